// The share cards' og:image files, rendered at build time in Node: one 1200×630 PNG per page into OUT/_share/, drawn
// from src/lib/share.ts's SVG by resvg (a native binary shipped in the npm package, no service, no network) with the
// machine's system fonts (DejaVu Sans or Liberation Sans on Debian; the SVG names a system font stack).
import {mkdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {Resvg} from "@resvg/resvg-js";
import {JSDOM} from "jsdom";
import type {Dataset} from "../lib/tables.js";
import {derivedTables, metaOf} from "../lib/outputs.js";
import {formats, type Lang} from "../lib/i18n/index.js";
import {shareWords} from "../lib/i18n/share.js";
import {allTables} from "../lib/outputs.js";
import {SHARE_CHARTS, pageDescription, shareCardSvg, shareImagePath} from "../lib/share.js";

/** Rasterises an SVG to PNG at its own size with system fonts. */
export function svgToPng(svg: string): Uint8Array {
  return new Resvg(svg, {font: {loadSystemFonts: true, defaultFontFamily: "DejaVu Sans"}}).render().asPng();
}

/** The key figure of a page's share card, where the page leads with one. */
function keyFigure(page: string, dataset: Dataset, lang: Lang): {value: string; label: string} | undefined {
  if (page !== "index" && page !== "tariffs" && page !== "trade") return undefined;
  const {pct, usdBn} = formats(lang);
  const t = shareWords(lang);
  const meta = metaOf(dataset);
  const derived = derivedTables(dataset);
  if (page === "trade") {
    const last = derived.trade_years[derived.trade_years.length - 1];
    return last ? {value: usdBn(last.imports_usd_bn, 0), label: t.importsIn(last.year)} : undefined;
  }
  // The Overview's and the Tariffs page's first card: the US estimate on its tariff lane's checked-through date.
  const through = meta.checked_through_us_tariffs.getTime();
  const now = derived.headline.find((h) => h.direction === "us-on-cn" && h.date.getTime() === through);
  return now?.total_pct === undefined
    ? undefined
    : {
        value: pct(now.total_pct, 0),
        label: t.keyFigure
      };
}

/** Width at which the key charts are drawn for a share card (their desktop layout; the card scales them to fit). */
const CHART_WIDTH = 1000;

/**
 * Draws a page's key chart as on its embed page, in a jsdom document (Plot and the components need a DOM), and
 * returns its <svg> markup and size; undefined when the page has none or it cannot be drawn.
 */
async function keyChart(page: string, tables: Record<string, unknown>, lang: Lang) {
  const id = SHARE_CHARTS[page];
  if (!id) return undefined;
  const dom = new JSDOM("<!doctype html><html><body></body></html>");
  const globals = {document: dom.window.document, window: dom.window, navigator: dom.window.navigator};
  const saved = Object.fromEntries(
    Object.keys(globals).map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)])
  );
  for (const [k, v] of Object.entries(globals))
    Object.defineProperty(globalThis, k, {value: v, configurable: true, writable: true});
  try {
    const {embedChart} = await import("../components/embedCharts.js");
    const element = embedChart(id, tables, {width: CHART_WIDTH, hash: "", lang});
    const svgs = element.tagName.toLowerCase() === "svg" ? [element] : [...element.querySelectorAll("svg")];
    const svg = svgs.sort((a, b) => Number(b.getAttribute("height") ?? 0) - Number(a.getAttribute("height") ?? 0))[0];
    if (!svg) return undefined;
    svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    const width = Number(svg.getAttribute("width")) || CHART_WIDTH;
    const height = Number(svg.getAttribute("height")) || 400;
    // XML, not HTML, serialisation: attribute values may hold "<", which an SVG parser rejects unescaped.
    return {markup: new dom.window.XMLSerializer().serializeToString(svg), width, height};
  } finally {
    for (const [k, d] of Object.entries(saved)) {
      if (d) Object.defineProperty(globalThis, k, d);
      else delete (globalThis as Record<string, unknown>)[k];
    }
  }
}

/**
 * Writes OUT/_share/PAGE.png (German: OUT/_share/de/PAGE.png) for every page (name and title in `lang`), returning the
 * files written (relative to OUT).
 */
export async function writeShareImages(
  out: string,
  pages: readonly {page: string; title: string}[],
  dataset: Dataset,
  lang: Lang = "en"
): Promise<string[]> {
  const meta = metaOf(dataset);
  const tables = {...allTables(dataset), meta: [meta]};
  const files: string[] = [];
  for (const {page, title} of pages) {
    const chart = await keyChart(page, tables, lang);
    const svg = shareCardSvg({
      title,
      description: pageDescription(page, lang) ?? "",
      figure: keyFigure(page, dataset, lang),
      chart,
      asOf: formats(lang).longDate(meta.as_of),
      lang
    });
    const file = shareImagePath(page, lang);
    mkdirSync(dirname(join(out, file)), {recursive: true});
    writeFileSync(join(out, file), svgToPng(svg));
    files.push(file);
  }
  return files;
}
