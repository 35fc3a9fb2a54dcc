// Framework 1.13 writes accessibility faults into every page that no option turns off: <html> has no lang, the
// viewport meta says maximum-scale=1 (which stops readers zooming on a phone), the sidebar's close <label> sits
// directly inside an <ol>, and the sidebar toggle is named only by its title. The build rewrites them (see src/cli/build.ts); these are plain string edits of Framework's fixed markup.
import {
  CHART_HEIGHTS,
  ROW_COUNTS,
  ROW_HEIGHTS,
  chartBoxCss,
  rowsBoxHeight,
  type RowChart,
  type RowsHeight
} from "./chartHeights.js";

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
 * What an inline cell draws when its whole value is one call of a component with a fixed box (src/style.css gives each
 * box its height), by the call that opens the cell's expression: the chart actions bar, a download link.
 */
export const FIXED_BOXES: Record<string, string> = {
  chartActions: "chartActions",
  downloadLink: "downloadLink",
  lazyDownloadLink: "downloadLink"
};

/**
 * Whether a block cell displays a list: calls display() in a loop (one card per excerpt, per table). Its height is
 * not known before it draws, but it is long: its mark keeps at least the window's height (src/style.css), so that
 * nothing after it is in view at first paint and moves when it fills.
 */
export function displaysList(body: string): boolean {
  return /\b(for \(|\.forEach\()[^]*\bdisplay\(/.test(body);
}

/** The controls a block cell displays: how many `view(hashSelect(…))` and `view(hashSearch(…))` calls its body makes. */
export function controlCount(body: string): number {
  return body.match(/\bview\(\s*hash(?:Select|Search)\(/g)?.length ?? 0;
}

/**
 * Gives every box the page's script draws its final size before the script runs, so nothing moves when it arrives.
 * Framework writes an inline `${…}` as an empty <observablehq-loading> mark that the cell's value replaces, and a
 * block cell as an empty div that the cell fills; either pushes down whatever is below once drawn. This
 *
 * - marks the mark of `${chartBox("NAME", resize((width) => NAME(…)))}` with `data-hf-chart="NAME"` for a chart whose
 *   height is known from its width (lib/chartHeights CHART_HEIGHTS), and adds the stylesheet (chartBoxCss) that gives
 *   it, and then the resize() box that replaces it (components/chartBox), the chart's height at the width of the
 *   block it sits in;
 * - marks the mark of `${chartActions(…)}`, `${downloadLink(…)}` with `data-hf-box="NAME"` (FIXED_BOXES): the
 *   stylesheet (src/style.css) gives it the height of what replaces it;
 * - puts a mark into each block cell that displays controls (`view(hashSelect(…))`), one line per control, or a list
 *   (displaysList), which Framework removes when the cell first displays (it treats a mark just before a cell's root
 *   as its loading mark).
 *
 * Only a cell whose value is that one call: a template with a chart inside has one mark for the whole template.
 */
export function reserveChartBoxes(html: string): string {
  const names = Object.keys(CHART_HEIGHTS);
  const sized = new Map<string, string>();
  const fixed = new Map<string, string>();
  // Each block cell that gets a mark: the mark's content (a line per control), or "" for a list.
  const blocks = new Map<string, string>();
  for (const cell of html.split(/(?=define\(\{id: ")/)) {
    const m = /^define\(\{id: "([0-9a-f]{8}(?:-\d+)?)"(, mode: "inline")?, inputs: \[([^\]]*)\]/.exec(cell);
    if (!m) continue;
    if (!m[2]) {
      const n = /"view"/.test(m[3]) ? controlCount(cell) : 0;
      if (n) blocks.set(m[1], "<i></i>".repeat(n));
      else if (/"display"/.test(m[3]) && displaysList(cell)) blocks.set(m[1], "");
      continue;
    }
    const value = /\bdisplay\(await\(\s*/.exec(cell);
    if (!value) continue;
    const expression = cell.slice(value.index + value[0].length);
    const box = /^([A-Za-z]+)\(/.exec(expression);
    if (box && Object.hasOwn(FIXED_BOXES, box[1])) fixed.set(m[1], FIXED_BOXES[box[1]]);
    const chart = /^chartBox\(\s*"([A-Za-z]+)"/.exec(expression);
    if (chart && names.includes(chart[1])) sized.set(m[1], chart[1]);
  }
  if (!sized.size && !fixed.size && !blocks.size) return html;
  const marked = html
    .replace(/<observablehq-loading><\/observablehq-loading><!--:([0-9a-f]{8}(?:-\d+)?):-->/g, (placeholder, id) => {
      const attribute = sized.has(id)
        ? ` data-hf-chart="${sized.get(id)}"`
        : fixed.has(id)
          ? ` data-hf-box="${fixed.get(id)}"`
          : "";
      return attribute ? `<observablehq-loading${attribute}></observablehq-loading><!--:${id}:-->` : placeholder;
    })
    .replace(
      /(<div class="observablehq observablehq--block[^"]*">)<!--:([0-9a-f]{8}(?:-\d+)?):-->/g,
      (block, open, id) =>
        blocks.has(id)
          ? `${open}<observablehq-loading data-hf-box="${blocks.get(id) ? "controls" : "list"}">${blocks.get(id)}</observablehq-loading><!--:${id}:-->`
          : block
    );
  return sized.size
    ? marked.replace("</head>", `<style id="hf-chart-boxes">\n${CHART_BOX_STYLE}\n</style>\n</head>`)
    : marked;
}

/**
 * The reserved boxes' stylesheet: each box's parent is the size container its height is computed from; the box does not
 * spin as Framework's loading mark does (a turning box would be measured at its turned extent).
 */
const CHART_BOX_STYLE = `:has(> [data-hf-chart]) { container: hf-box / inline-size; }
observablehq-loading[data-hf-chart] { display: block; animation: none; transform: none; }
${chartBoxCss("hf-box")}`;

/**
 * Reserves the boxes of the charts whose height comes from their rows (lib/chartHeights ROW_HEIGHTS) in a built page:
 * for each `${chartBox("NAME", resize(…))}` of such a chart, the page's data (the pages/PAGE.json it registers, read
 * with `read`, a path relative to the page) give the rows it draws first (ROW_COUNTS), and the page's head gets the
 * box's height. Run after reserveChartBoxes. A page without such a chart, or whose data lack the rows, is unchanged.
 */
export function reserveRowBoxes(html: string, read: (path: string) => unknown): string {
  const names = [...html.matchAll(/\bdisplay\(await\(\s*chartBox\(\s*"([A-Za-z]+)"/g)]
    .map((m) => m[1])
    .filter((n): n is RowChart => Object.hasOwn(ROW_HEIGHTS, n));
  const file = /registerFile\("[^"]*\/pages\/(?:[a-z]+\/)?[a-z]+\.json", \{[^}]*"path":"([^"]+)"/.exec(html)?.[1];
  if (!names.length || !file) return html;
  const tables = read(file) as Record<string, unknown>;
  const rules = [...new Set(names)].flatMap((name) => {
    const rows = ROW_COUNTS[name](tables);
    // The mark, and resize()'s box until the chart is in it: a filter that shows fewer rows then shrinks the box.
    const box = `:is(observablehq-loading, div:empty)[data-hf-chart="${name}"]`;
    if (rows === undefined) return [];
    const below = (ROW_HEIGHTS[name] as RowsHeight).below;
    return [
      `${box} { min-height: ${rowsBoxHeight(name, rows)}px; }`,
      ...(below === undefined
        ? []
        : [
            `@container hf-box (width < ${below}px) { ${box} { min-height: ${rowsBoxHeight(name, rows, below - 1)}px; } }`
          ])
    ];
  });
  if (!rules.length) return html;
  const marked = html.replace(
    /<observablehq-loading><\/observablehq-loading><!--:([0-9a-f]{8}(?:-\d+)?):-->/g,
    (placeholder, id) => {
      const cell = new RegExp(`define\\(\\{id: "${id}"[^]*?display\\(await\\(\\s*chartBox\\(\\s*"([A-Za-z]+)"`).exec(
        html
      );
      const name = cell && !cell[0].slice(1).includes("define({id:") ? cell[1] : undefined;
      return name && Object.hasOwn(ROW_HEIGHTS, name)
        ? `<observablehq-loading data-hf-chart="${name}"></observablehq-loading><!--:${id}:-->`
        : placeholder;
    }
  );
  const style = `<style id="hf-row-boxes">\n${ROW_BOX_STYLE}\n${rules.join("\n")}\n</style>\n</head>`;
  return marked.replace("</head>", style);
}

const ROW_BOX_STYLE = `:has(> [data-hf-chart]) { container: hf-box / inline-size; }
observablehq-loading[data-hf-chart] { display: block; animation: none; transform: none; }`;
