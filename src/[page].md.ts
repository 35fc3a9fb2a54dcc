// Page loader for the English pages at the site root: renders src/templates/PAGE.md.tpl in English.
import {pageArg, renderPage} from "./node/pageTemplate.js";

process.stdout.write(await renderPage(pageArg(), "en"));
