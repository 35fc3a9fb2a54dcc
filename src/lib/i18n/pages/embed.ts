// The text of the embed pages (src/templates/embed.md.tpl: embed/ID.html and de/embed/ID.html), in both languages.
// The chart's own title, units and source line come from the chart's words (embedCharts with {lang}).
import type {Lang} from "../index.js";

const en = {
  /** The page title until the chart's title replaces it. */
  title: "Chart",
  /** After the chart's title in the browser tab. */
  site: "High Fences"
};

const de: typeof en = {
  title: "Grafik",
  site: "High Fences"
};

/** The embed pages' text by language. */
export const embed: Record<Lang, typeof en> = {en, de};
