// The JavaScript of a Framework page (src/*.md) as one module ESLint can check: the ```js cells verbatim and every
// inline ${…} expression as a statement, each at its own line and column, everything else blanked to spaces. One
// module, because a page's cells share one scope (a name declared in one cell is read in another, or nowhere).
import {parseExpressionAt} from "acorn";

const FENCE = /^```js\b[^\n]*$/;
const CLOSE = /^```\s*$/;

/** Blanks a text to spaces, keeping its line breaks (so positions in the rest stay where they were). */
function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

/**
 * The page's JavaScript with the positions of the Markdown file: fenced ```js cells as they are, each inline `${expr}`
 * as `;(expr)` in place of `${expr}`, and all other text as spaces. A cell that starts after an inline expression is
 * preceded by `;` where its fence was, so no cell continues the statement before it.
 */
export function pageCells(markdown: string): string {
  const lines = markdown.split("\n");
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
  return out.join("\n");
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
