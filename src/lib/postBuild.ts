// Framework 1.13 writes accessibility faults into every page that no option turns off: <html> has no lang, the
// viewport meta says maximum-scale=1 (which stops readers zooming on a phone), the sidebar's close <label> sits
// directly inside an <ol>, and the sidebar toggle is named only by its title. The build rewrites them (see src/cli/build.ts); these are plain string edits of Framework's fixed markup.

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
