// Page templates: one Markdown template per page (src/templates/PAGE.md.tpl) holds the page's cells once for both
// languages; the page loaders (src/[page].md.ts, src/de/[page].md.ts) render it with the page's text module
// (src/lib/i18n/pages/PAGE.ts) for one language. Syntax: {{KEY}} is the text module's value at KEY (a dotted path);
// {{lang}}, {{root}} and {{data}} are built in. See /work/briefs/de-contract.md.
import {existsSync, readFileSync} from "node:fs";
import {relative, resolve} from "node:path";
import {pathToFileURL} from "node:url";

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
 * built-in of that name (`lang`, `root`, `data`; a text module cannot override them). A key that names nothing, or
 * names an object or a function rather than text, fails with `FILE:LINE: unknown key KEY` (FILE as given).
 */
export function renderTemplate(template: string, texts: object, builtin: Builtins, file = "template"): string {
  const lines = template.split("\n");
  return lines
    .map((line, i) =>
      line.replace(PLACEHOLDER, (_match, key: string) => {
        const value = key in builtin ? builtin[key as keyof Builtins] : lookup(texts, key);
        if (typeof value !== "string" && typeof value !== "number")
          throw new Error(`${file}:${i + 1}: unknown key ${key}`);
        return String(value);
      })
    )
    .join("\n");
}

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
 * Renders page `page` in `lang`: its template with its text module's texts of that language. The text module exports
 * `PAGE: Record<Lang, texts>` (a page without one renders with the built-ins only).
 */
export async function renderPage(page: string, lang: PageLang): Promise<string> {
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
  return renderTemplate(readFileSync(file, "utf-8"), texts, builtins(lang), relative(ROOT, file));
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
