import {existsSync} from "node:fs";
import {CHARTS} from "./src/lib/charts.js";
import {shareTags} from "./src/lib/share.js";

/** The site's pages in navigation order (a page joins the navigation once its Markdown file exists). */
export const PAGES = [
  {name: "Overview", path: "/index"},
  {name: "Tariffs", path: "/tariffs"},
  {name: "Export controls and chips", path: "/controls"},
  {name: "Trade", path: "/trade"},
  {name: "The commentary, claim by claim", path: "/commentary"},
  {name: "What happened next", path: "/next"},
  {name: "Data and methods", path: "/methods"}
].filter((p) => existsSync(new URL(`./src${p.path}.md`, import.meta.url)));

/** The site's icon: an inline SVG of the fence. */
const ICON = `<link rel="icon" href="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><rect x='1' y='3' width='2' height='12' fill='rgb(59,111,212)'/><rect x='6' y='3' width='2' height='12' fill='rgb(59,111,212)'/><rect x='11' y='3' width='2' height='12' fill='rgb(217,72,43)'/><rect y='6' width='16' height='2' fill='rgb(127,140,141)'/></svg>">`;

// Observable Framework configuration. Everything here must work offline: no Google Fonts (globalStylesheets: []),
// and a fixed footer instead of the default build-date stamp so two builds of the same inputs are identical.
export default {
  title: "High Fences",
  root: "src",
  output: process.env.HIGH_FENCES_OUT ?? "dist",
  // Served from a sub-path (e.g. GitHub Pages /high-fences/) when HIGH_FENCES_BASE is set at build time.
  base: process.env.HIGH_FENCES_BASE ?? "/",
  theme: ["air", "near-midnight"],
  globalStylesheets: [],
  style: "style.css",
  // Framework indexes the pages' static text; the measures, excerpts and chips the pages draw from data are added here.
  search: {
    async *index() {
      const {dataSearchEntries} = await import("./src/node/searchIndex.js");
      yield* dataSearchEntries();
    }
  },
  pager: false,
  toc: false,
  preserveExtension: true,
  header: "",
  // The icon is inline, so browsers do not ask the host root for /favicon.ico (a 404 on a sub-path site). The share
  // tags (src/lib/share.ts) are relative unless HIGH_FENCES_SITE_URL gives the site's public address.
  head: ({title, path}: {title: string | null; path: string}) =>
    `${ICON}\n${shareTags({title, path, siteUrl: process.env.HIGH_FENCES_SITE_URL || undefined})}`,
  footer:
    'High Fences: US–China trade measures since 2018, every figure linked to its source. Code under the MIT licence; data under CC BY 4.0 (credit “High Fences” and the sources linked), with the notices of the repositories we draw on: see <a href="./methods.html#licences-and-reuse">Data and methods</a>.',
  // One embed page per chart (src/embed/[chart].md): not in the navigation, not in the search index (index: false).
  dynamicPaths: CHARTS.map((c) => `/embed/${c.id}`),
  pages: PAGES.map((p) => (p.path === "/index" ? {...p, path: "/"} : p))
};
