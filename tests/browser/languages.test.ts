import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, inject, it} from "vitest";
import {en as uiEn} from "../../src/lib/i18n/ui.en.js";
import {de as uiDe} from "../../src/lib/i18n/ui.de.js";
import {common} from "../../src/lib/i18n/pages/common.js";
import {useSite} from "../support/browserSite.js";
import {GERMAN_PAGES, PAGES, ROOT} from "../support/site.js";

const {open} = useSite();
const dist = inject("siteDir");
const html = (page: string) => readFileSync(join(dist, `${page}.html`), "utf-8");

/** The German counterpart of an English page name and back ("tariffs" ⇄ "de/tariffs"). */
const german = (page: string) => `de/${page}`;
const english = (page: string) => page.replace(/^de\//, "");

/** Every string leaf of a message table, with its dotted key (functions are left out: they need values). */
function leaves(value: unknown, key = ""): [string, string][] {
  if (typeof value === "string") return [[key, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, key ? `${key}.${k}` : k));
  return [];
}

/**
 * The phrases of a text that a reader sees as they are: the text split at HTML tags, Markdown marks, `${…}`
 * expressions and sentence punctuation, trimmed, of two words or more.
 */
function phrases(text: string): string[] {
  return text
    .replace(/\$\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}/g, "\n")
    .replace(/<[^>]*>|\*\*|[*_`]/g, "\n")
    .split(/[\n;:()·.?!]|,\s/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.split(" ").length >= 2 && p.length >= 10);
}

/** Proper names the German pages cite as they are (the contract: proper names, document ids and citations stay). */
const PROPER_NAMES = new Set([
  "White House",
  "Federal Register",
  "State Council Tariff Commission",
  "Unreliable Entity List",
  "Yale Budget Lab",
  "High Fences"
]);

/**
 * The phrases of one language's message tables that the other language does not share: for each key present in both
 * tables, the phrases of `mine` that appear nowhere in the other language's texts and are no proper name.
 */
function ownPhrases(mine: unknown, theirs: unknown): string[] {
  const other = new Map(leaves(theirs));
  const everything = [...other.values()].join("\n");
  const found = new Set<string>();
  for (const [key, text] of leaves(mine)) {
    const counterpart = other.get(key);
    if (counterpart === undefined || counterpart === text) continue;
    for (const p of phrases(text)) if (!everything.includes(p) && !PROPER_NAMES.has(p)) found.add(p);
  }
  return [...found];
}

/** The text modules of the pages (src/lib/i18n/pages/PAGE.ts), by page name. */
async function pageModules(): Promise<Record<string, {en: object; de: object}>> {
  const modules: Record<string, {en: object; de: object}> = {};
  for (const page of PAGES) {
    const file = join(ROOT, "src/lib/i18n/pages", `${page}.ts`);
    if (!existsSync(file)) continue;
    const module = (await import(file)) as Record<string, {en: object; de: object}>;
    modules[page] = module[page];
  }
  return modules;
}

describe("the two page trees", () => {
  it("give every English page a German counterpart and every German page an English one", () => {
    expect(GERMAN_PAGES.map(english).sort()).toEqual([...PAGES].sort());
    for (const page of PAGES) expect(existsSync(join(dist, `${german(page)}.html`)), german(page)).toBe(true);
  });

  it("mark each page's language on <html> and link both languages and x-default with hreflang", () => {
    for (const page of [...PAGES, ...GERMAN_PAGES]) {
      const lang = page.startsWith("de/") ? "de" : "en";
      const text = html(page);
      expect(text, page).toContain(`<html lang="${lang}">`);
      const alternates = Object.fromEntries(
        [...text.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]])
      );
      expect(Object.keys(alternates).sort(), page).toEqual(["de", "en", "x-default"]);
      const dir = page.includes("/") ? join(dist, "de") : dist;
      expect(existsSync(join(dir, alternates.en)), `${page} → ${alternates.en}`).toBe(true);
      expect(existsSync(join(dir, alternates.de)), `${page} → ${alternates.de}`).toBe(true);
      expect(join(dir, alternates["x-default"])).toBe(join(dist, `${english(page)}.html`));
      expect(text, page).toContain(`<meta property="og:locale" content="${lang === "de" ? "de_DE" : "en_GB"}">`);
    }
  });

  it("list only the pages of the page's own language in the sidebar", () => {
    for (const page of [...PAGES, ...GERMAN_PAGES]) {
      const nav = /<nav id="observablehq-sidebar">[\s\S]*?<\/nav>/.exec(html(page))?.[0] ?? "";
      const links = [...nav.matchAll(/<li class="observablehq-link[^"]*"><a href="([^"]+)">/g)].map((m) => m[1]);
      // The site's name, then one link per page of the tree.
      expect(links.length, page).toBe(PAGES.length + 1);
      const targets = links.map((href) => new URL(href, `https://x/${page}.html`).pathname);
      const inGerman = targets.filter((t) => t.startsWith("/de/")).length;
      expect(inGerman, page).toBe(page.startsWith("de/") ? links.length : 0);
    }
  });
});

describe("the language switch", () => {
  it("is a real link to the counterpart, with hreflang and lang, in the page's static HTML", () => {
    expect(html("tariffs")).toMatch(/<a class="hf-lang-link" href="\.\/de\/tariffs\.html" hreflang="de" lang="de"/);
    expect(html("de/tariffs")).toMatch(/<a class="hf-lang-link" href="\.\.\/tariffs\.html" hreflang="en" lang="en"/);
  });

  it("keeps the view: the hash and the query go along to the other language, and the view is the same there", async () => {
    const {page} = await open("tariffs.html?x=1#dir=cn-on-us");
    await page.click("a.hf-lang-link");
    await page.waitForURL(/\/de\/tariffs\.html/);
    await page.waitForSelector("#observablehq-main select");
    expect(new URL(page.url()).hash).toBe("#dir=cn-on-us");
    expect(new URL(page.url()).search).toBe("?x=1");
    expect(await page.locator("#observablehq-main select").first().inputValue()).toBe("cn-on-us");
    // The reader then filters the steps table (the hash changes after load): the switch takes the hash of the moment.
    await page.selectOption("#observablehq-main select >> nth=1", "us-on-cn");
    await page.waitForFunction(() => location.hash.includes("tdir=us-on-cn"));
    await page.click("a.hf-lang-link");
    await page.waitForURL(/\/high-fences\/tariffs\.html/);
    expect(new URL(page.url()).hash).toMatch(/dir=cn-on-us.*tdir=us-on-cn|tdir=us-on-cn.*dir=cn-on-us/);
    await page.waitForSelector("#observablehq-main select");
    expect(await page.locator("#observablehq-main select").nth(1).inputValue()).toBe("us-on-cn");
    await page.close();
  });
});

// A page's rendered text against the other language's message tables: the UI table (src/lib/i18n/ui.*.ts), the shared
// page texts and each page's own text module, phrases of two words or more that differ between the languages.
let tables: {english: string[]; germanOnly: string[]} | undefined;
async function messagePhrases(): Promise<{english: string[]; germanOnly: string[]}> {
  if (!tables) {
    const shared = {ui: {en: uiEn, de: uiDe}, common, ...(await pageModules())};
    tables = {
      english: [...new Set(Object.values(shared).flatMap((m) => ownPhrases(m.en, m.de)))],
      germanOnly: [...new Set(Object.values(shared).flatMap((m) => ownPhrases(m.de, m.en)))]
    };
  }
  return tables;
}

/** What a page shows once drawn: its chart action bars' ids, its number of charts, its text, its errors. */
async function shown(path: string) {
  const {page, errors, foreign} = await open(`${path}.html`);
  const failed = await page.locator(".observablehq--error").count();
  const reach = await page.locator("#observablehq-main .hf-reach").first().textContent();
  const changelog = await page.locator("#observablehq-main .hf-reach a").first().getAttribute("href");
  const ids = await page.$$eval(".hf-chart-actions", (bars) => bars.map((b) => (b as HTMLElement).dataset.chart));
  const charts = await page.locator("#observablehq-main svg[aria-label]").count();
  // The text last: citations, which stay as they are in both languages (source links and their publishers' names),
  // data shown as code (example rows), and passages marked with their own language are taken out of the page first.
  const text = (
    await page.evaluate(() => {
      for (const e of document.querySelectorAll(".hf-sources, a[href^='http'], cite, pre, code, body [lang]"))
        e.remove();
      return document.body.innerText;
    })
  )
    // Quotations (a German note quoting an English data value: „US imports from China in 2017“) are citations too.
    .replace(/„[^“]*“|“[^”]*”/g, " ")
    .replace(/\s+/g, " ");
  await page.close();
  return {ids, charts, text, errors, foreign, failed, reach, changelog};
}

describe.each(PAGES)("page %s.html and its German counterpart in Chromium", (page) => {
  it("draw the same charts (chart action bars in the same order, as many charts) without error, and each shows no UI string of the other language", async () => {
    const {english, germanOnly} = await messagePhrases();
    expect(english.length).toBeGreaterThan(100);
    expect(germanOnly.length).toBeGreaterThan(100);
    // Both languages load at once (each in its own browser context): one waits for its data while the other draws.
    const [en, de] = await Promise.all([shown(page), shown(german(page))]);
    expect(de.ids).toEqual(en.ids);
    expect(de.charts).toBe(en.charts);
    expect(de.errors).toEqual([]);
    expect(de.foreign).toEqual([]);
    expect(de.failed).toBe(0);
    // The German line of how far the data reach links the German changelog, at the heading id the English one uses.
    expect(de.reach).toMatch(/^Daten geprüft bis: .*\d{4}.*Änderungsprotokoll$/);
    expect(de.changelog).toBe(en.changelog);
    expect(html("de/methods")).toContain('id="changes-to-the-data"');
    expect(
      english.filter((p) => de.text.includes(p)),
      `English on de/${page}.html`
    ).toEqual([]);
    expect(
      germanOnly.filter((p) => en.text.includes(p)),
      `German on ${page}.html`
    ).toEqual([]);
  });
});

describe("the check for the other language's strings", () => {
  it("finds an English phrase left on a German page (it can fail)", () => {
    expect(ownPhrases({a: "Every tariff step, with its source"}, {a: "Jeder Zollschritt"})).toEqual([
      "Every tariff step",
      "with its source"
    ]);
    expect(phrases("see <a href='x'>the Tariffs page</a>: ${f(1)} some more text, or so")).toEqual([
      "the Tariffs page",
      "some more text"
    ]);
  });
});
