// Every chart of the site under a stable id, and what a chart needs to leave the site with its source attached: the
// address of its embed page, the copy-ready <iframe> snippet, the height message the embed page posts to its parent,
// the embed page's options (?theme, ?transparent) and the names of its image downloads. Pure: no DOM, no node:*.
// The charts' titles, units and source lines are the message tables' (src/lib/i18n), in every language.
import {ui, type Lang} from "./i18n/index.js";

/** The site's name, drawn into every exported image and named in every snippet. */
export const SITE_NAME = "High Fences";

/** One chart of the site: where it lives and what it says, for its embed page, its snippet and its images. */
export interface ChartSpec {
  /** Stable id (kebab case): the embed page is embed/ID.html, the images high-fences-ID.svg/png. */
  id: string;
  /** The page that shows the chart, as its file name without extension ("index" is the overview). */
  page: string;
  /** What the chart shows (its card's title, without the parts that follow the page's filters). */
  title: string;
  /** The units and how to read the marks (its card's subtitle, short). */
  units: string;
  /** The source line carried by the chart wherever it goes. */
  source: string;
  /** The URL-hash keys of the full page that change this chart (the embed page reads the same ones). */
  hashKeys: readonly string[];
}

/** Where each chart lives and which hash keys change it, in page order (the texts come from the tables). */
const PLACES: readonly Omit<ChartSpec, "title" | "units" | "source">[] = [
  {id: "overview-timeline", page: "index", hashKeys: ["lanes"]},
  {id: "tariff-average-us-on-cn", page: "tariffs", hashKeys: []},
  {id: "tariff-average-cn-on-us", page: "tariffs", hashKeys: []},
  {id: "tariff-authorities-us-on-cn", page: "tariffs", hashKeys: []},
  {id: "tariff-authorities-cn-on-us", page: "tariffs", hashKeys: []},
  {id: "tariff-rates", page: "tariffs", hashKeys: ["dir"]},
  {id: "chip-thresholds", page: "controls", hashKeys: ["rule"]},
  {id: "us-export-controls", page: "controls", hashKeys: []},
  {id: "china-mineral-controls", page: "controls", hashKeys: []},
  {id: "trade-flows", page: "trade", hashKeys: ["marks"]},
  {id: "trade-balance", page: "trade", hashKeys: []},
  {id: "trade-share", page: "trade", hashKeys: []},
  {id: "claim-evidence", page: "commentary", hashKeys: ["excerpt"]},
  {id: "forecast-verdicts", page: "next", hashKeys: ["verdict"]},
  {id: "sources-by-year", page: "methods", hashKeys: []}
];

/** The charts with their texts in a language. */
function chartsIn(lang: Lang): readonly ChartSpec[] {
  const texts = ui(lang).charts;
  return PLACES.map((c) => ({...c, ...texts[c.id]}));
}

/**
 * Every chart of the site, in page order, with its English texts. The ids are stable: published embeds and links
 * depend on them. (Pure: a bundle that does not use it drops it, so German pages never read the English texts.)
 */
export const CHARTS: readonly ChartSpec[] = /* @__PURE__ */ chartsIn("en");

/** Where the chart with this id lives; throws on an unknown id (a typo in a page must fail, not draw nothing). */
function chartPlace(id: string): (typeof PLACES)[number] {
  const place = PLACES.find((c) => c.id === id);
  if (!place) throw new Error(`unknown chart id "${id}" (known: ${PLACES.map((c) => c.id).join(", ")})`);
  return place;
}

/** The chart with this id, its texts in `lang`; throws on an unknown id (a typo in a page must fail, not draw nothing). */
export function chartSpec(id: string, lang: Lang = "en"): ChartSpec {
  return {...chartPlace(id), ...ui(lang).charts[id]};
}

/** The embed page of a chart, relative to the site root: embed/ID.html. */
export function embedPath(id: string): string {
  return `embed/${chartPlace(id).id}.html`;
}

/** The full page of a chart, relative to the site root ("./" for the overview). */
export function pagePath(id: string): string {
  const {page} = chartPlace(id);
  return page === "index" ? "./" : `${page}.html`;
}

/** How an embed page is drawn: the embedding page's colour scheme and whether the background is left transparent. */
export interface EmbedOptions {
  /** "dark" or "light"; undefined follows the reader's system setting. */
  theme?: "dark" | "light";
  transparent: boolean;
}

/** Reads an embed page's options from its query string (`?theme=dark&transparent`). Unknown values are ignored. */
export function embedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get("theme");
  const transparent = params.get("transparent");
  return {
    theme: theme === "dark" || theme === "light" ? theme : undefined,
    transparent: transparent !== null && transparent !== "false" && transparent !== "0"
  };
}

/**
 * The absolute address of a chart's embed page, from the address of any page of the site (all pages sit at the site
 * root, so the embed page is ./embed/ID.html beside them), with its options and the full page's hash state.
 */
export function embedUrl(pageUrl: string, id: string, options: Partial<EmbedOptions> & {hash?: string} = {}): string {
  const url = new URL(`./${embedPath(id)}`, pageUrl);
  if (options.theme) url.searchParams.set("theme", options.theme);
  if (options.transparent) url.searchParams.set("transparent", "");
  url.hash = options.hash && options.hash !== "#" ? options.hash : "";
  return url.href.replace(/transparent=(?=&|#|$)/, "transparent");
}

/** The type of the message an embed page posts to its parent frame. */
export const HEIGHT_MESSAGE = "high-fences:height";

/** What an embed page posts to its parent: `{type: "high-fences:height", id, height}` (height in CSS px, rounded up). */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  id: string;
  height: number;
}

/** The height message of an embed page. */
export function heightMessage(id: string, height: number): HeightMessage {
  return {type: HEIGHT_MESSAGE, id, height: Math.ceil(height)};
}

/** Whether a received message is an embed page's height message. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  const m = data as Partial<HeightMessage> | null;
  return (
    typeof m === "object" &&
    m !== null &&
    m.type === HEIGHT_MESSAGE &&
    typeof m.id === "string" &&
    typeof m.height === "number" &&
    Number.isFinite(m.height)
  );
}

/** Escapes a text for an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]!);
}

/**
 * The copy-ready snippet that embeds a chart: a comment that documents the height message, the <iframe>, and a small
 * script that sets the frame's height from that message (so the frame never scrolls inside). The script may appear
 * several times on one page: each copy resizes only the frame the message came from.
 */
export function embedSnippet(
  src: string,
  id: string,
  {lang = "en", title = chartSpec(id, lang).title, height = 480}: {lang?: Lang; title?: string; height?: number} = {}
): string {
  const attr = escapeHtml;
  return [
    `<!-- ${ui(lang).chart.snippetNote(SITE_NAME, title.replace(/--/g, "–"), `{type: "${HEIGHT_MESSAGE}", id: "${id}", height}`)} -->`,
    `<iframe src="${attr(src)}" title="${attr(title)}" data-high-fences-id="${attr(id)}" width="100%" height="${Math.ceil(height)}" style="border:0;width:100%" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data,D=document;if(!d||d.type!=="${HEIGHT_MESSAGE}")return;D.querySelectorAll("iframe[data-high-fences-id]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})});</script>`
  ].join("\n");
}

/**
 * The file name of a chart's image download: high-fences-ID.svg or .png, with `variant` (e.g. the excerpt of a
 * claim-evidence chart) appended when one chart id is drawn several times on its page.
 */
export function imageFilename(id: string, format: "svg" | "png", variant?: string): string {
  const safe = variant?.replace(/[^a-z0-9-]+/gi, "-").replace(/^-+|-+$/g, "");
  return `high-fences-${chartPlace(id).id}${safe ? `-${safe}` : ""}.${format}`;
}

/** The part of a page's URL hash that concerns one chart (its hashKeys), as "#k=v&…" or "" when none is set. */
export function chartHash(id: string, hash: string): string {
  const {hashKeys} = chartPlace(id);
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const kept = new URLSearchParams();
  for (const key of hashKeys) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `#${text}` : "";
}
