import {describe, expect, it} from "vitest";
import {builtins, renderPage, renderTemplate} from "../../src/node/pageTemplate.js";
import {tariffs} from "../../src/lib/i18n/pages/tariffs.js";

describe("renderTemplate(template, texts, builtins, file)", () => {
  const texts = {title: "Zölle", method: {weights: "Gewichte **fett**"}, n: 3};

  it("replaces each key with the text at its dotted path, front matter included", () => {
    const out = renderTemplate("---\ntitle: {{title}}\n---\n\n{{method.weights}} ({{n}})", texts, builtins("de"));
    expect(out).toBe("---\ntitle: Zölle\n---\n\nGewichte **fett** (3)");
  });

  it("fills in the built-ins lang, root and data for each language", () => {
    const t = 'import {x} from "{{root}}site.js"; const lang = "{{lang}}"; FileAttachment("{{data}}p.json")';
    expect(renderTemplate(t, {}, builtins("en"))).toBe(
      'import {x} from "./site.js"; const lang = "en"; FileAttachment("./data/tables/pages/p.json")'
    );
    expect(renderTemplate(t, {}, builtins("de"))).toBe(
      'import {x} from "../site.js"; const lang = "de"; FileAttachment("../data/tables/pages/de/p.json")'
    );
  });

  it("lets no text module override a built-in", () => {
    expect(renderTemplate("{{lang}}", {lang: "fr"}, builtins("de"))).toBe("de");
  });

  it("fails on an unknown key, naming the template and the line", () => {
    expect(() => renderTemplate("a\nb\n{{title}} {{lede}}", texts, builtins("en"), "src/templates/x.md.tpl")).toThrow(
      "src/templates/x.md.tpl:3: unknown key lede"
    );
  });

  it("fails on a key that names an object or a function rather than text", () => {
    expect(() => renderTemplate("{{method}}", texts, builtins("en"), "t")).toThrow("t:1: unknown key method");
    expect(() => renderTemplate("{{f}}", {f: () => "x"}, builtins("en"), "t")).toThrow("t:1: unknown key f");
  });

  it("leaves braces that are not a placeholder alone (JavaScript objects in cells)", () => {
    const code = "html`<div style=${{color: 'red'}}>` {{ not a key }}";
    expect(renderTemplate(code, texts, builtins("en"))).toBe(code);
  });
});

describe("renderPage(page, lang)", () => {
  it("renders the Tariffs template with each language's title and no placeholder left", async () => {
    for (const lang of ["en", "de"] as const) {
      const page = await renderPage("tariffs", lang);
      expect(page).toContain(`title: ${tariffs[lang].title}\n`);
      expect(page).not.toMatch(/\{\{[\w.-]+\}\}/);
    }
  });

  it("refuses a page name that is not a slug", async () => {
    await expect(renderPage("../x", "en")).rejects.toThrow("not a page name: ../x");
  });
});
