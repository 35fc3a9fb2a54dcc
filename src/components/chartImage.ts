// A chart as it is on screen, turned into an image file: the chart's <svg> cloned with the computed styles it needs
// written inline (so it looks the same outside the page's stylesheets), composed with its card's title, units and
// source line (src/lib/figure.ts), saved as SVG or drawn on a canvas at twice its size and saved as PNG. No server.
import {composeFigure, SYSTEM_FONTS} from "../lib/figure.js";
import type {Figure, FigureText} from "../lib/figure.js";
import {ui, type Lang} from "../lib/i18n/index.js";

/** The style properties a Plot chart's look depends on, copied from the computed style of every element. */
const PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "visibility",
  "display"
];

/** The main chart of a card: its largest <svg> (legend swatches and icons are smaller), outside the action bar. */
export function chartSvg(card: Element): SVGSVGElement | null {
  const svgs = [...card.querySelectorAll<SVGSVGElement>("svg")].filter(
    (s) => !s.closest(".hf-chart-actions") && !s.parentElement?.closest("svg")
  );
  const area = (s: SVGSVGElement) => s.getBoundingClientRect().width * s.getBoundingClientRect().height;
  return svgs.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/** The chart's SVG markup with its computed styles inline and system fonts; returns it with its size in px. */
export function inlineSvg(svg: SVGSVGElement): {markup: string; width: number; height: number} {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute("width")) || 640;
  const height = Math.round(box.height) || Number(svg.getAttribute("height")) || 400;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((element, i) => {
    const copy = copies[i] as SVGElement;
    if (!(copy instanceof SVGElement) || copy.tagName === "style") return;
    const computed = getComputedStyle(element);
    const style = PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`)
      .filter((s) => !s.endsWith(":"))
      .join(";");
    copy.setAttribute("style", `${copy.getAttribute("style") ?? ""};${style}`);
  });
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  clone.setAttribute("color", getComputedStyle(svg).color);
  clone.setAttribute("font-family", SYSTEM_FONTS);
  clone.style.fontFamily = SYSTEM_FONTS;
  return {markup: new XMLSerializer().serializeToString(clone), width, height};
}

/** The visible text of an element without its download links and action buttons. */
function cardText(element: Element | null): string {
  if (!element) return "";
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll(".hf-download, .hf-chart-actions, .hf-downloads").forEach((e) => e.remove());
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The first colour that is not transparent, from an element up to the page. */
function background(element: Element): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const color = getComputedStyle(e).backgroundColor;
    if (color && color !== "transparent" && !/rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return "#ffffff";
}

/**
 * The image of a card's chart as on screen: its title (<h2>), units (<h3>), source line (.hf-source) and the given
 * as-of date, in the card's own colours; `lang` sets the footer's words (English by default).
 */
export function cardFigure(
  card: Element,
  {asOf, url = location.href, fallback, lang = "en"}: {asOf: string; url?: string; fallback: FigureText; lang?: Lang}
): Figure {
  const svg = chartSvg(card);
  if (!svg) throw new Error(ui(lang).chart.noChart);
  const style = getComputedStyle(card);
  const muted = getComputedStyle(document.body).getPropertyValue("--theme-foreground-muted").trim();
  return composeFigure(inlineSvg(svg), {
    title: cardText(card.querySelector("h2")) || fallback.title,
    units: cardText(card.querySelector("h3")) || fallback.units,
    source: [...card.querySelectorAll(".hf-source")].map(cardText).filter(Boolean).join(" ") || fallback.source,
    asOf,
    url: url.replace(/[?#].*$/, ""),
    background: background(card),
    foreground: style.color,
    muted: muted || style.color,
    lang
  });
}

/** The SVG file of a figure. */
export function svgBlob(figure: Figure): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${figure.svg}`], {type: "image/svg+xml;charset=utf-8"});
}

/** The PNG file of a figure, drawn from its SVG on a canvas at `scale` times its size (2: sharp on retina screens). */
export async function pngBlob(figure: Figure, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(figure));
  try {
    const image = new Image();
    image.width = figure.width;
    image.height = figure.height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the chart's SVG could not be drawn"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = figure.width * scale;
    canvas.height = figure.height * scale;
    const context = canvas.getContext("2d")!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, figure.width, figure.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png")
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file through a temporary object URL. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
