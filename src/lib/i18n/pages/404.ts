// The renderer (src/node/pageTemplate.ts) looks up a page's text module by the page's name; "404" is no identifier,
// so this file hands it the page-not-found texts (notFound.ts) as its default export.
export {notFound as default} from "./notFound.js";
