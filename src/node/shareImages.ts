// The share cards' og:image files, rendered at build time in Node: one 1200×630 PNG per page into OUT/_share/, drawn
// from src/lib/share.ts's SVG by resvg (a native binary shipped in the npm package, no service, no network) with the
// machine's system fonts (DejaVu Sans or Liberation Sans on Debian; the SVG names a system font stack).
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {Resvg} from "@resvg/resvg-js";
import type {Dataset} from "../lib/tables.js";
import {derivedTables, metaOf} from "../lib/outputs.js";
import {longDate, pct, usdBn} from "../lib/format.js";
import {PAGE_DESCRIPTIONS, shareCardSvg, shareImagePath} from "../lib/share.js";

/** Rasterises an SVG to PNG at its own size with system fonts. */
export function svgToPng(svg: string): Uint8Array {
  return new Resvg(svg, {font: {loadSystemFonts: true, defaultFontFamily: "DejaVu Sans"}}).render().asPng();
}

/** The key figure of a page's share card, where the page leads with one. */
function keyFigure(page: string, dataset: Dataset): {value: string; label: string} | undefined {
  if (page !== "index" && page !== "tariffs" && page !== "trade") return undefined;
  const meta = metaOf(dataset);
  const derived = derivedTables(dataset);
  if (page === "trade") {
    const last = derived.trade_years[derived.trade_years.length - 1];
    return last
      ? {value: usdBn(last.imports_usd_bn, 0), label: `US goods imports from China in ${last.year}`}
      : undefined;
  }
  const now = derived.headline.find((h) => h.direction === "us-on-cn" && h.date.getTime() === meta.as_of.getTime());
  return now
    ? {
        value: pct(now.average_pct, 0),
        label: "estimated average additional US tariff on Chinese goods"
      }
    : undefined;
}

/** Writes OUT/_share/PAGE.png for every page (name and title), returning the files written (relative to OUT). */
export function writeShareImages(
  out: string,
  pages: readonly {page: string; title: string}[],
  dataset: Dataset
): string[] {
  mkdirSync(join(out, "_share"), {recursive: true});
  const asOf = longDate(metaOf(dataset).as_of);
  return pages.map(({page, title}) => {
    const svg = shareCardSvg({
      title,
      description: PAGE_DESCRIPTIONS[page] ?? "",
      figure: keyFigure(page, dataset),
      asOf
    });
    const file = shareImagePath(page);
    writeFileSync(join(out, file), svgToPng(svg));
    return file;
  });
}
