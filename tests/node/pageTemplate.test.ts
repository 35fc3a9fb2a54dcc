import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {
  FACTS_FILE_VARIABLE,
  archiveFacts,
  builtins,
  pageFactsOf,
  renderPage,
  renderTemplate
} from "../../src/node/pageTemplate.js";
import {tariffs} from "../../src/lib/i18n/pages/tariffs.js";
import {FACT_PAGES} from "../../src/lib/pageFacts.js";
import {tablesArchive} from "../../src/node/tablesArchive.js";
import {VALID_DIR} from "../support/fixtures.js";

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

describe("renderTemplate(template, texts, builtins, file, facts)", () => {
  const facts = {asOf: "13 Aug 2026", link: '<a href="x">„T“</a>'};

  it("places the page's facts as given, in the template and inside the texts it places", () => {
    const texts = {lede: "The record reaches {{facts.asOf}}; see {{facts.link}}."};
    expect(renderTemplate("{{facts.asOf}}\n\n{{lede}}", texts, builtins("en"), "t", facts)).toBe(
      '13 Aug 2026\n\nThe record reaches 13 Aug 2026; see <a href="x">„T“</a>.'
    );
  });

  it("fails on a fact the page does not have, naming the template's line, also when a text names it", () => {
    expect(() => renderTemplate("a\n{{facts.nope}}", {}, builtins("en"), "t", facts)).toThrow(
      "t:2: unknown key facts.nope"
    );
    expect(() => renderTemplate("{{lede}}", {lede: "{{facts.nope}}"}, builtins("en"), "t", facts)).toThrow(
      "t:1: unknown key facts.nope"
    );
  });
});

describe("pageFactsOf(page, lang) and archiveFacts(archive)", () => {
  it("give the same facts from the data folder (npm run dev) as from the archive's page files (npm run build)", async () => {
    const before = process.env.HIGH_FENCES_DATA;
    process.env.HIGH_FENCES_DATA = VALID_DIR;
    try {
      const all = await archiveFacts(await tablesArchive(VALID_DIR));
      for (const lang of ["en", "de"] as const)
        for (const page of FACT_PAGES)
          expect(await pageFactsOf(page, lang), `${lang} ${page}`).toEqual(all[lang][page]);
    } finally {
      if (before === undefined) delete process.env.HIGH_FENCES_DATA;
      else process.env.HIGH_FENCES_DATA = before;
    }
  }, 60_000);

  it("reads the facts from the file the build names instead of deriving them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "facts-"));
    const file = join(dir, "facts.json");
    const facts = {reach: "R", asOf: "A"};
    writeFileSync(file, JSON.stringify({en: {methods: facts}, de: {methods: facts}}));
    process.env[FACTS_FILE_VARIABLE] = file;
    try {
      expect(await pageFactsOf("methods", "de")).toEqual(facts);
    } finally {
      delete process.env[FACTS_FILE_VARIABLE];
    }
  });
});

describe("renderPage(page, lang)", () => {
  it("renders the Tariffs template with each language's title and no placeholder left", async () => {
    for (const lang of ["en", "de"] as const) {
      const page = await renderPage("tariffs", lang);
      expect(page).toContain(`title: ${tariffs[lang].title}\n`);
      expect(page).not.toMatch(/\{\{[\w.-]+\}\}/);
    }
  }, 30_000);

  it("renders every page's facts into its text, so no line under a title or headline card waits for the browser", async () => {
    const all = await archiveFacts(await tablesArchive());
    for (const lang of ["en", "de"] as const)
      for (const page of FACT_PAGES) {
        const md = await renderPage(page, lang, all[lang][page]);
        expect(md, `${lang} ${page}`).not.toMatch(/\{\{[\w.-]+\}\}/);
        expect(md, `${lang} ${page}`).toContain('<p class="hf-reach hf-muted"');
        expect(md, `${lang} ${page}`).not.toContain("display(dataReach(");
      }
  }, 120_000);

  it("refuses a page name that is not a slug", async () => {
    await expect(renderPage("../x", "en")).rejects.toThrow("not a page name: ../x");
  });
});
