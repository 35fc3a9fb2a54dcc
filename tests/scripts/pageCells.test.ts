import {describe, expect, it} from "vitest";
import {resolve} from "node:path";
import {pageCells, templateTexts} from "../../scripts/lint/pageCells.js";

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

  it("pageCells reads a template's placeholders as the number 0 of the same length, in strings and in code", () => {
    const cells = pageCells('```js\nimport {a} from "{{root}}site.js";\nconst n = {{count}};\n```').split("\n");
    expect(cells[1]).toBe('import {a} from "0       site.js";');
    expect(cells[2]).toBe("const n = 0        ;");
  });

  it("pageCells appends the expressions of a template's texts after the page, under a no-undef exemption", () => {
    const cells = pageCells("```js\nconst bases = [];\n```", ["Weights: ${bases.join()}."]).split("\n");
    expect(cells.slice(3)).toEqual([";/* eslint-disable no-undef */", ";        ;(bases.join()) "]);
  });
});

describe("templateTexts(filename)", () => {
  it("gives the texts of a template's module that hold expressions, in both languages", () => {
    const texts = templateTexts(resolve(import.meta.dirname, "../../src/templates/commentary.md.tpl"));
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts.every((t) => t.includes("${"))).toBe(true);
    expect(texts.some((t) => t.includes("Auszügen"))).toBe(true);
  });

  it("gives nothing for a plain page", () => {
    expect(templateTexts("src/404.md")).toEqual([]);
  });
});
