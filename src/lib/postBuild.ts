// Framework 1.13 writes accessibility faults into every page that no option turns off: <html> has no lang, the
// viewport meta says maximum-scale=1 (which stops readers zooming on a phone), the sidebar's close <label> sits
// directly inside an <ol>, and the sidebar toggle is named only by its title. The build rewrites them (see src/cli/build.ts); these are plain string edits of Framework's fixed markup.
import {CHART_HEIGHTS, chartBoxCss} from "./chartHeights.js";

/** The viewport every page declares: the device's width, and no limit on zooming. */
export const VIEWPORT = "width=device-width, initial-scale=1";

/** Fixes Framework's page markup: lang on <html>, a zoomable viewport, a valid sidebar list, a named sidebar toggle. */
export function fixFrameworkHtml(html: string, lang = "en"): string {
  return html
    .replace(/<html>/, `<html lang="${lang}">`)
    .replace(/<meta name="viewport" content="[^"]*">/, `<meta name="viewport" content="${VIEWPORT}">`)
    .replace(
      /(<nav id="observablehq-sidebar">\s*)<ol>\s*(<label id="observablehq-sidebar-close"[^>]*><\/label>)/,
      "$1$2\n  <ol>"
    )
    .replace(
      /<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">/,
      '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar" aria-label="Toggle sidebar">'
    );
}

/**
 * A static host serves 404.html at whatever path was missing (/high-fences/a/b/c), where the relative links Framework
 * writes ("./_import/…") would point nowhere: make the 404 page's links absolute under the site's base path.
 */
export function absolutize404(html: string, base: string): string {
  return html.replace(/(["'(])\.\/(?=[^"')]*["')])/g, `$1${base}`);
}

/**
 * Framework stamps each data file's registration with the modification time of its cache entry, which changes with
 * every build; pin it to one date (the data's as-of date) so two builds of the same inputs are byte-identical.
 */
export function pinLastModified(html: string, time: number): string {
  return html.replace(/"lastModified":\d+/g, `"lastModified":${time}`);
}

/**
 * Marks every block cell that displays something (its inputs include `display` or `view`; inline `${…}` cells have
 * their own loading element) with the class `hf-display`, so the stylesheet (src/settle.css) can hold back the page
 * below a block until the block has drawn. Framework writes such a block as an empty div holding the cell's comment.
 */
export function markDisplayBlocks(html: string): string {
  const displays = new Set<string>();
  for (const m of html.matchAll(/define\(\{id: "([0-9a-f]{8}(?:-\d+)?)"(, mode: "[a-z]+")?, inputs: \[([^\]]*)\]/g))
    if (!m[2]?.includes("inline") && /"(display|view)"/.test(m[3])) displays.add(m[1]);
  return html.replace(/<div class="observablehq observablehq--block"><!--:([0-9a-f]{8}(?:-\d+)?):-->/g, (block, id) =>
    displays.has(id) ? `<div class="observablehq observablehq--block hf-display"><!--:${id}:-->` : block
  );
}

/**
 * The names a built page takes from the site bundle and the bundle's file name, from the lines Framework writes, one
 * per code block that imports from it: `const {a, b} = await import("./_import/site.HASH.js")` (the path may be
 * `../_import/` or absolute). The names of all such blocks, each once, in order. Null when the page does not import it.
 */
export function pageImports(html: string): {names: string[]; file: string} | null {
  const found = [...html.matchAll(/const \{([^}]*)\} = await import\("[^"]*_import\/(site\.[0-9a-f]{8}\.js)"\)/g)];
  if (!found.length) return null;
  const names = found.flatMap((m) =>
    m[1]
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean)
  );
  return {names: [...new Set(names)], file: found[0][2]};
}

/** Points every reference to the bundle `from` (its import and its modulepreload link) at `to`. */
export function replaceImport(html: string, from: string, to: string): string {
  return html.split(`_import/${from}`).join(`_import/${to}`);
}

/**
 * Reserves the box of every chart whose height is known from its width (lib/chartHeights CHART_HEIGHTS) before the
 * chart is drawn. Framework writes an inline `${resize((width) => NAME(…))}` as an empty <observablehq-loading>
 * placeholder, which the chart replaces once its data and code arrive and so pushes down whatever is below it. This
 * marks each such placeholder `data-hf-chart="NAME"` and adds the stylesheet (chartBoxCss) that gives it the chart's
 * height at the width of the block it sits in, so the chart takes the place already kept for it.
 */
export function reserveChartBoxes(html: string): string {
  const names = Object.keys(CHART_HEIGHTS);
  const sized = new Map<string, string>();
  const cells = html.split(/(?=define\(\{id: ")/);
  for (const cell of cells) {
    const m = /^define\(\{id: "([0-9a-f]{8}(?:-\d+)?)", mode: "inline"/.exec(cell);
    if (!m) continue;
    // Only a cell that displays the resize box itself: one whose value is `resize((width) => …)`, not a template
    // with a chart inside (its placeholder stands for the whole template).
    const at = cell.search(/\bdisplay\(await\(\s*resize\(\(width\) =>/);
    if (at < 0) continue;
    const call = new RegExp(`\\b(${names.join("|")})\\(`).exec(cell.slice(at));
    if (call) sized.set(m[1], call[1]);
  }
  if (!sized.size) return html;
  const marked = html.replace(
    /<observablehq-loading><\/observablehq-loading><!--:([0-9a-f]{8}(?:-\d+)?):-->/g,
    (placeholder, id) =>
      sized.has(id)
        ? `<observablehq-loading data-hf-chart="${sized.get(id)}"></observablehq-loading><!--:${id}:-->`
        : placeholder
  );
  return marked.replace("</head>", `<style id="hf-chart-boxes">\n${CHART_BOX_STYLE}\n</style>\n</head>`);
}

/**
 * The reserved boxes' stylesheet: each box's parent is the size container its height is computed from; the box does not
 * spin as Framework's loading mark does (a turning box would be measured at its turned extent).
 */
const CHART_BOX_STYLE = `:has(> observablehq-loading[data-hf-chart]) { container: hf-box / inline-size; }
observablehq-loading[data-hf-chart] { display: block; animation: none; transform: none; }
${chartBoxCss("hf-box")}`;
