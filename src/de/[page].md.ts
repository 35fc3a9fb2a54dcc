// Page loader for the German pages under de/: renders src/templates/PAGE.md.tpl in German.
import {pageArg, renderPage} from "../node/pageTemplate.js";

process.stdout.write(await renderPage(pageArg(), "de"));
