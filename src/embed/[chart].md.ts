// Page loader for the English embed pages (embed/ID.html): renders src/templates/embed.md.tpl for chart ID.
import {chartArg, renderEmbed} from "../node/embedPage.js";

process.stdout.write(renderEmbed(chartArg(), "en"));
