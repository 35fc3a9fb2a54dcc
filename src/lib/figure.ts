// The image a chart leaves the site as: its SVG with the title, the units, the source line, the as-of date and the
// site's name drawn around it as SVG text in system fonts, so the file opens anywhere and always carries its source.
// One composition for the SVG and the PNG download (the PNG is this SVG drawn on a canvas), for the share cards'
// og:image (rendered in Node) and for the tests. Pure string work: no DOM.
import {escapeHtml, SITE_NAME} from "./charts.js";
import {ui, type Lang} from "./i18n/index.js";
import {charsThatFit, wrapLines} from "./labelPlacement.js";

/** A font stack of system fonts that every platform has one of (no web font: the image must open offline). */
export const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

/** The texts and colours around a chart. */
export interface FigureText {
  title: string;
  units?: string;
  source: string;
  /** The data's as-of date, written as the reader should see it ("1 December 2026"). */
  asOf: string;
  /** Where the chart comes from (the page's address), written after the site's name. */
  url?: string;
  background?: string;
  foreground?: string;
  muted?: string;
  /** The language of the footer's words (English by default). */
  lang?: Lang;
}

/** A composed image: its SVG markup and its size in CSS px. */
export interface Figure {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
const TITLE = 17;
const SMALL = 12;
const LINE = 1.3;

/** Text lines of one font size, wrapped to a width, as <text> elements from a top y; returns them and their height. */
function textBlock(
  text: string,
  {
    x,
    y,
    width,
    size,
    weight = "normal",
    fill,
    maxLines = 6
  }: {x: number; y: number; width: number; size: number; weight?: "normal" | "bold"; fill: string; maxLines?: number}
): {markup: string; height: number} {
  if (!text.trim()) return {markup: "", height: 0};
  const lines = wrapLines(text.trim(), charsThatFit(width, size, weight), maxLines).split("\n");
  const markup = lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${round(y + size + i * size * LINE)}" font-size="${size}"${weight === "bold" ? ' font-weight="bold"' : ""} fill="${fill}">${escapeHtml(line)}</text>`
    )
    .join("");
  return {markup, height: round(lines.length * size * LINE)};
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Composes a chart's SVG (markup of one <svg> element, `width`×`height` CSS px, its styles already inline) with its
 * title and units above and its source line, as-of date and the site's name below, on an opaque background.
 */
export function composeFigure(chart: {markup: string; width: number; height: number}, text: FigureText): Figure {
  const {background = "#ffffff", foreground = "#1b1e23", muted = "#5f6670"} = text;
  const width = Math.max(Math.ceil(chart.width) + 2 * PAD, 320);
  const inner = width - 2 * PAD;
  let y = PAD;
  const title = textBlock(text.title, {x: PAD, y, width: inner, size: TITLE, weight: "bold", fill: foreground});
  y += title.height + 4;
  const units = textBlock(text.units ?? "", {x: PAD, y, width: inner, size: SMALL, fill: muted});
  y += units.height + (units.height ? 10 : 6);
  const chartY = y;
  y += Math.ceil(chart.height) + 10;
  const source = textBlock(text.source, {x: PAD, y, width: inner, size: SMALL, fill: foreground, maxLines: 14});
  y += source.height + 2;
  const credit = [SITE_NAME, ui(text.lang).chart.imageAsOf(text.asOf), text.url].filter(Boolean).join(" · ");
  const footer = textBlock(credit, {x: PAD, y, width: inner, size: SMALL, fill: muted});
  y += footer.height + PAD;
  const height = Math.ceil(y);
  // The chart keeps its own coordinate system inside a nested <svg> placed below the title.
  const placed = chart.markup.replace(/^<svg\b[^>]*>/, (open) =>
    open.replace(/\s(?:x|y)="[^"]*"/g, "").replace(/^<svg/, `<svg x="${PAD}" y="${chartY}"`)
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${SYSTEM_FONTS}'>` +
    `<rect width="${width}" height="${height}" fill="${background}"/>` +
    title.markup +
    units.markup +
    placed +
    source.markup +
    footer.markup +
    `</svg>`;
  return {svg, width, height};
}
