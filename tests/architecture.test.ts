import {readFileSync, readdirSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {describe, expect, it} from "vitest";
import {ROOT} from "./support/site.js";

const SRC = join(ROOT, "src");
const list = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(SRC, dir), {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? list(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []
  );
/** Runtime import specifiers of a TS module or of a page's code (type-only imports are erased, so they do not count). */
const importsOf = (file: string) =>
  [
    ...readFileSync(join(SRC, file), "utf-8").matchAll(
      /^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm
    )
  ]
    .map((m) => m[1] ?? m[2])
    // A page template (src/templates/PAGE.md.tpl) imports from "{{root}}site.js": the site root is its parent folder.
    .map((spec) => spec.replace("{{root}}", "../"));

/** Every module a page or component reaches through relative imports, and the packages they import. */
function reach(entry: string): {files: string[]; packages: string[]} {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith("."))
        visit(
          resolve(SRC, dirname(file), spec)
            .slice(SRC.length + 1)
            .replace(/\.js$/, ".ts")
        );
      else packages.add(spec);
    }
  };
  visit(entry);
  return {files: [...files], packages: [...packages]};
}

// The pages: Markdown pages and page templates (src/templates/*.md.tpl), not the loaders' cached output.
const pages = list(".", /\.md(\.tpl)?$/).filter((f) => !f.startsWith(".observablehq"));
const components = list("components", /\.ts$/);
const lib = list("lib", /\.ts$/);

describe("architecture", () => {
  it("decides the phase of a status only in src/lib/phase.ts: no page or module keeps its own set of ended statuses", () => {
    const ENDING = ["suspended", "extended", "struck-down", "revoked", "expired", "superseded"];
    // The message tables name statuses as words (labels, phase names); they decide nothing.
    const own = new Set(["lib/vocab.ts", "lib/phase.ts", "lib/i18n/ui.en.ts", "lib/i18n/ui.de.ts"]);
    const copies = [...list(".", /\.ts$/), ...pages]
      .filter((file) => !own.has(file))
      .filter((file) => {
        const text = readFileSync(join(SRC, file), "utf-8");
        return ENDING.filter((status) => text.includes(`"${status}"`)).length > 1;
      });
    expect(copies).toEqual([]);
  });

  it("never imports from a CDN (npm:, http)", () => {
    const all = [
      ...pages,
      ...components,
      ...lib,
      ...list("data", /\.ts$/),
      ...list("cli", /\.ts$/),
      ...list("node", /\.ts$/)
    ];
    expect(all.filter((f) => importsOf(f).some((s) => s.startsWith("npm:") || s.startsWith("http")))).toEqual([]);
  });

  it("keeps src/lib free of node:*, the DOM runtime and observablehq:*", () => {
    const bad = lib.filter(
      (f) =>
        importsOf(f).some((s) => s.startsWith("node:") || s.startsWith("observablehq:")) ||
        /\bdocument\.|\bwindow\./.test(readFileSync(join(SRC, f), "utf-8"))
    );
    expect(bad).toEqual([]);
  });

  it("keeps components free of Framework-only calls, so tests can import them", () => {
    const bad = components.filter((f) =>
      /\b(FileAttachment|resize)\(|observablehq:/.test(readFileSync(join(SRC, f), "utf-8"))
    );
    expect(bad).toEqual([]);
  });

  it("never ships the schema library, arquero or Node modules to the browser", () => {
    for (const entry of [...pages, ...components]) {
      const {packages} = reach(entry);
      const forbidden = packages.filter(
        (p) => p === "zod" || p === "arquero" || p === "csv-parse/sync" || p.startsWith("node:")
      );
      expect(forbidden, entry).toEqual([]);
    }
  });

  it("declares every package a page or component imports as a direct dependency", () => {
    const {dependencies} = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf-8")) as {
      dependencies: Record<string, string>;
    };
    for (const entry of [...pages, ...components]) {
      const undeclared = reach(entry).packages.filter(
        (p) =>
          !(
            p
              .split("/")
              .slice(0, p.startsWith("@") ? 2 : 1)
              .join("/") in dependencies
          )
      );
      expect(undeclared, entry).toEqual([]);
    }
  });

  it("declares every library a page uses by name (Plot, d3, Inputs, html, aq) instead of relying on implicit imports", () => {
    for (const page of pages) {
      const text = readFileSync(join(SRC, page), "utf-8");
      const code =
        [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).join("\n") +
        [...text.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]).join("\n");
      for (const name of ["Plot", "d3", "Inputs", "aq", "html", "svg", "htl"]) {
        const used = new RegExp(`(^|[^\\w.$])${name}(\\.|\`)`).test(code);
        const declared = new RegExp(`import[^;]*\\b${name}\\b[^;]*from`).test(code);
        if (used) expect(declared, `${page} uses ${name}`).toBe(true);
      }
    }
  });
});
