// Page templates: one Markdown template per page (src/templates/PAGE.md.tpl) holds the page's cells once for both
// languages; the page loaders (src/[page].md.ts, src/de/[page].md.ts) render it with the page's text module
// (src/lib/i18n/pages/PAGE.ts) for one language and the page's facts (src/lib/pageFacts.ts). Syntax: {{KEY}} is the
// text module's value at KEY (a dotted path); {{lang}}, {{root}} and {{data}} are built in; {{facts.KEY}} is a fact of
// the page's data, computed at build time so the page's text is in its HTML.
import {existsSync, readFileSync} from "node:fs";
import {relative, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import type {FactPage, Facts, PageData} from "../lib/pageFacts.js";
// The modules that derive facts are imported only when a page loader must derive them (npm run dev): in a build the
// 46 page loaders read one file, and each starts faster without the data model.

/** The languages a page is built in (helper A's `LANGS` in src/lib/i18n once it lands; the same two values). */
export type PageLang = "en" | "de";

/** The repository root. */
const ROOT = resolve(import.meta.dirname, "../..");

/** The values every template may use besides its text module's. */
export interface Builtins {
  /** The page's language. */
  lang: PageLang;
  /** The relative path from the page to the site root: `./` for English pages, `../` for German ones. */
  root: string;
  /** The folder of the page-data files, relative to the page. */
  data: string;
}

/** The built-in values of a page in `lang`. */
export function builtins(lang: PageLang): Builtins {
  return lang === "en"
    ? {lang, root: "./", data: "./data/tables/pages/"}
    : {lang, root: "../", data: `../data/tables/pages/${lang}/`};
}

/** A placeholder: two braces, a dotted key of letters, digits, `_` or `-`, two braces. */
const PLACEHOLDER = /\{\{([A-Za-z_][\w-]*(?:\.[\w-]+)*)\}\}/g;

/**
 * Renders a template: every `{{KEY}}` becomes the text at KEY in `texts` (a dotted path into nested objects), or the
 * built-in of that name (`lang`, `root`, `data`; a text module cannot override them); `{{facts.KEY}}` becomes the
 * page's fact KEY (HTML computed from the page's data at build time, src/lib/pageFacts.ts), in the template and in
 * the texts placed into it. A key that names nothing, or names an object or a function rather than text, fails with
 * `FILE:LINE: unknown key KEY` (FILE as given).
 */
export function renderTemplate(
  template: string,
  texts: object,
  builtin: Builtins,
  file = "template",
  facts: Facts = {}
): string {
  const lines = template.split("\n");
  return lines
    .map((line, i) => {
      const fail = (key: string) => new Error(`${file}:${i + 1}: unknown key ${key}`);
      const fact = (key: string) => {
        const value = Object.hasOwn(facts, key) ? facts[key] : undefined;
        if (typeof value !== "string") throw fail(`facts.${key}`);
        return value;
      };
      return line.replace(PLACEHOLDER, (_match, key: string) => {
        if (key.startsWith("facts.")) return fact(key.slice("facts.".length));
        const value = key in builtin ? builtin[key as keyof Builtins] : lookup(texts, key);
        if (typeof value !== "string" && typeof value !== "number") throw fail(key);
        // A text may state facts of the page: only those placeholders are read inside it.
        return String(value).replace(FACT_PLACEHOLDER, (_m, name: string) => fact(name));
      });
    })
    .join("\n");
}

/** A fact's placeholder inside a text: `{{facts.KEY}}`. */
const FACT_PLACEHOLDER = /\{\{facts\.([A-Za-z_][\w-]*)\}\}/g;

/** The value at a dotted path of an object, or undefined. */
function lookup(texts: object, key: string): unknown {
  let value: unknown = texts;
  for (const part of key.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The template file of a page. */
export function templatePath(page: string): string {
  return resolve(ROOT, "src/templates", `${page}.md.tpl`);
}

/** The text module of a page. */
export function textModulePath(page: string): string {
  return resolve(ROOT, "src/lib/i18n/pages", `${page}.ts`);
}

/** Whether a page is built from a template (and so exists in every language). */
export function hasTemplate(page: string): boolean {
  return existsSync(templatePath(page));
}

/**
 * Renders page `page` in `lang`: its template with its text module's texts of that language and the page's facts
 * (`facts`, or those the build wrote, or computed from the data folder: see pageFactsOf). The text module exports
 * `PAGE: Record<Lang, texts>` (a page without one renders with the built-ins only).
 */
export async function renderPage(page: string, lang: PageLang, facts?: Facts): Promise<string> {
  if (!/^[a-z0-9-]+$/.test(page)) throw new Error(`not a page name: ${page}`);
  const file = templatePath(page);
  if (!existsSync(file)) throw new Error(`${relative(ROOT, file)}: no such template`);
  const modulePath = textModulePath(page);
  let texts: object = {};
  if (existsSync(modulePath)) {
    const module = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>;
    const byLang = (module[camel(page)] ?? module.default) as Record<string, object> | undefined;
    if (!byLang?.[lang]) throw new Error(`${relative(ROOT, modulePath)}: exports no ${camel(page)}.${lang}`);
    texts = byLang[lang];
  }
  const pageFacts = facts ?? (await pageFactsOf(page, lang));
  return renderTemplate(readFileSync(file, "utf-8"), texts, builtins(lang), relative(ROOT, file), pageFacts);
}

/**
 * The environment variable that names the file of every page's facts (`{LANG: {PAGE: facts}}`, JSON), which
 * `npm run build` writes once per build (see writtenFacts) so the 46 page loaders need not each derive the data.
 */
export const FACTS_FILE_VARIABLE = "HIGH_FENCES_PAGE_FACTS";

/** Every page's facts in every language. */
export type AllFacts = Record<PageLang, Record<FactPage, Facts>>;

/**
 * Page `page`'s facts in `lang` (none for a page that states no facts, such as the 404 page): from the file the build
 * wrote (FACTS_FILE_VARIABLE) when it is set, else derived from the data folder (`npm run dev`, tests), so a data edit
 * shows in both.
 */
export async function pageFactsOf(page: string, lang: PageLang): Promise<Facts> {
  const written = process.env[FACTS_FILE_VARIABLE];
  if (written) return (JSON.parse(readFileSync(written, "utf-8")) as AllFacts)[lang][page as FactPage] ?? {};
  const [{FACT_PAGES, pageFacts}, {tablesIn}, {allTables, pageTables}, {loadDataset}] = await Promise.all([
    import("../lib/pageFacts.js"),
    import("../lib/i18n/dataText.js"),
    import("../lib/outputs.js"),
    import("./dataFolder.js")
  ]);
  if (!(FACT_PAGES as readonly string[]).includes(page)) return {};
  const local = tablesIn(allTables(loadDataset()), lang);
  const data = page === "methods" ? {meta: local.meta} : pageTables(local, page as Exclude<FactPage, "methods">);
  return pageFacts(page as FactPage, await wireRound(data), lang);
}

/** Tables as the browser has them: written as the page files are (lib/wire toJson) and revived. */
async function wireRound(tables: Record<string, readonly unknown[]>): Promise<PageData> {
  const {reviveTables, toJson} = await import("../lib/wire.js");
  return reviveTables(
    Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, JSON.parse(toJson(rows))]))
  );
}

/**
 * Every page's facts in every language, from the data archive's page files (`pages/PAGE.json`, `pages/de/PAGE.json`,
 * see src/node/tablesArchive.ts): exactly the data each page reads in the browser.
 */
export async function archiveFacts(archive: Uint8Array): Promise<AllFacts> {
  const [{default: JSZip}, {LANGS}, {FACT_PAGES, pageFacts}, {reviveTables}, {PAGE_FOLDER}] = await Promise.all([
    import("jszip"),
    import("../lib/i18n/index.js"),
    import("../lib/pageFacts.js"),
    import("../lib/wire.js"),
    import("./tablesArchive.js")
  ]);
  const zip = await JSZip.loadAsync(archive);
  const read = async (path: string): Promise<PageData> => {
    const entry = zip.file(path);
    if (!entry) throw new Error(`data archive: no ${path}`);
    return reviveTables(JSON.parse(await entry.async("string")));
  };
  const all = {} as AllFacts;
  for (const lang of LANGS) {
    all[lang] = {} as Record<FactPage, Facts>;
    for (const page of FACT_PAGES)
      all[lang][page] = pageFacts(page, await read(`${PAGE_FOLDER[lang]}${page}.json`), lang);
  }
  return all;
}

/** A page name as the text module's export name: `chip-rules` → `chipRules`. */
function camel(page: string): string {
  return page.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** The page name a page loader was asked for: Framework passes the route's parameter as `--page=NAME`. */
export function pageArg(argv: readonly string[] = process.argv.slice(2)): string {
  const arg = argv.find((a) => a.startsWith("--page="));
  if (!arg) throw new Error("page loader: no --page=NAME argument");
  return arg.slice("--page=".length);
}
