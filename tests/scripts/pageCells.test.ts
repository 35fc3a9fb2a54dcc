import {describe, expect, it} from "vitest";
import {pageCells} from "../../scripts/lint/pageCells.js";

describe("pageCells(markdown)", () => {
  const page = [
    "---",
    "title: T",
    "---",
    "",
    "```js",
    'import {a, b} from "./site.js";',
    "```",
    "",
    "Text ${a({x: `${b}`})} and ${1 + 2}.",
    "",
    "```js",
    "const c = 1;",
    "```"
  ].join("\n");

  it("pageCells keeps every line and column of the page, so ESLint's positions are the page's", () => {
    const cells = pageCells(page);
    expect(cells.split("\n").length).toBe(page.split("\n").length);
    const lines = cells.split("\n");
    expect(lines[5]).toBe('import {a, b} from "./site.js";');
    expect(lines[8].indexOf("a({x:")).toBe(page.split("\n")[8].indexOf("a({x:"));
  });

  it("pageCells turns inline expressions into statements, nested braces and templates included, and blanks the prose", () => {
    const line = pageCells(page).split("\n")[8];
    expect(line.trim()).toBe(";(a({x: `${b}`}))     ;(1 + 2)");
    expect(pageCells(page)).not.toContain("title");
  });

  it("pageCells starts every cell with a semicolon where its fence was, so no cell continues the statement before", () => {
    expect(pageCells("${x}\n```js\n(y)\n```").split("\n")).toEqual([";(x)", ";    ", "(y)", "   "]);
  });

  it("pageCells fails on an inline expression that is never closed", () => {
    expect(() => pageCells("Text ${a b}")).toThrow();
  });
});
