// The JavaScript of a Framework page (src/*.md) or page template (src/templates/*.md.tpl) as one module ESLint can
// check: the ```js cells verbatim and every inline ${…} expression as a statement, each at its own line and column,
// everything else blanked to spaces. One module, because a page's cells share one scope (a name declared in one cell
// is read in another, or nowhere). A template's {{KEY}} placeholders (src/node/pageTemplate.ts) read as the number 0
// padded to their length: valid inside a string and in code alike.
import {existsSync} from "node:fs";
import {basename, dirname, join} from "node:path";
import {parseExpressionAt} from "acorn";
import {require as tsxRequire} from "tsx/cjs/api";

const FENCE = /^```js\b[^\n]*$/;
const CLOSE = /^```\s*$/;

/** Blanks a text to spaces, keeping its line breaks (so positions in the rest stay where they were). */
function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

/**
 * The page's JavaScript with the positions of the Markdown file: fenced ```js cells as they are, each inline `${expr}`
 * as `;(expr)` in place of `${expr}`, and all other text as spaces. A cell that starts after an inline expression is
 * preceded by `;` where its fence was, so no cell continues the statement before it. `texts` (a template's text
 * module's values, see templateTexts) are Markdown the template inlines: their `${expr}` follow the page's last line,
 * so names the page declares for its prose count as used (names the prose reads are not checked: a text may sit in a
 * cell's template literal and read its names).
 */
export function pageCells(markdown: string, texts: readonly string[] = []): string {
  const lines = markdown.replace(/\{\{[\w.-]+\}\}/g, (p) => "0".padEnd(p.length, " ")).split("\n");
  const out: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length) out.push(inlineExpressions(prose.join("\n")));
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE.test(lines[i])) {
      prose.push(lines[i]);
      continue;
    }
    flush();
    out.push(";" + blank(lines[i]).slice(1));
    for (i++; i < lines.length && !CLOSE.test(lines[i]); i++) out.push(lines[i]);
    if (i < lines.length) out.push(blank(lines[i]));
  }
  flush();
  // A text may be inlined inside a cell's template literal, where it reads that literal's own names: not checked here.
  if (texts.length) out.push(";/* eslint-disable no-undef */");
  for (const text of texts) out.push(";" + inlineExpressions(text).slice(1));
  return out.join("\n");
}

/** Every string in a value (nested objects and arrays), in order. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The texts a page template inlines that hold `${…}` expressions: the values of its text module
 * (src/lib/i18n/pages/PAGE.ts next to src/templates/PAGE.md.tpl), in every language. Loaded synchronously (ESLint's
 * processors are synchronous: tsx's require loads TypeScript). None for a plain page.
 */
export function templateTexts(filename: string): string[] {
  if (!filename.endsWith(".md.tpl")) return [];
  const page = basename(filename, ".md.tpl");
  const module = join(dirname(filename), "..", "lib", "i18n", "pages", `${page}.ts`);
  if (!existsSync(module)) return [];
  const exports = tsxRequire(module, import.meta.url) as Record<string, unknown>;
  const name = page.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return strings(exports[name] ?? exports.default).filter((t) => t.includes("${"));
}

/** Prose with each `${expr}` turned into `;(expr)` and the rest blanked. */
function inlineExpressions(text: string): string {
  let out = "";
  let at = 0;
  for (let open = text.indexOf("${"); open >= 0; open = text.indexOf("${", at)) {
    const expr = parseExpressionAt(text, open + 2, {ecmaVersion: "latest", sourceType: "module"});
    const close = text.indexOf("}", expr.end);
    if (close < 0 || text.slice(expr.end, close).trim() !== "") throw new SyntaxError(`unclosed \${ at ${open}`);
    out += blank(text.slice(at, open)) + ";(" + text.slice(open + 2, close) + ")";
    at = close + 1;
  }
  return out + blank(text.slice(at));
}
