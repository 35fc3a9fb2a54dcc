import {existsSync} from "node:fs";
import {CHARTS} from "./src/lib/charts.js";
import {shareTags} from "./src/lib/share.js";
import {common} from "./src/lib/i18n/pages/common.js";
import {
  PAGE_LANGUAGES,
  languageSwitch,
  localeTags,
  localPath,
  pathLanguage,
  rootLink,
  type PageLanguage
} from "./src/lib/pageLanguage.js";

/** The site's pages in navigation order, with their English names (a page built from a template takes its names from
 * its text module, src/lib/i18n/pages/PAGE.ts); a page joins the navigation once its template or Markdown file exists. */
const SITE_PAGES = [
  {name: "Overview", slug: "index"},
  {name: "Tariffs", slug: "tariffs"},
  {name: "Export controls and chips", slug: "controls"},
  {name: "Trade", slug: "trade"},
  {name: "The commentary, claim by claim", slug: "commentary"},
  {name: "What happened next", slug: "next"},
  {name: "Data and methods", slug: "methods"}
];

/** A page of the navigation: its name in its language, its Framework path and its language. */
export interface NavPage {
  name: string;
  path: string;
  lang: PageLanguage;
  /** Whether the page is built from a template, in every language. */
  bilingual: boolean;
}

/** The navigation name of a templated page in `lang`: its text module's `nav`, else its `title`. */
async function pageName(slug: string, lang: PageLanguage, fallback: string): Promise<string> {
  const file = new URL(`./src/lib/i18n/pages/${slug}.ts`, import.meta.url);
  if (!existsSync(file)) return fallback;
  const texts = ((await import(file.href)) as Record<string, Record<string, {nav?: string; title?: string}>>)[slug];
  return texts?.[lang]?.nav ?? texts?.[lang]?.title ?? fallback;
}

const exists = (path: string) => existsSync(new URL(path, import.meta.url));

/** Every page of the site in every language it exists in: English pages first, then the German ones (src/de/). */
export const ALL_PAGES: NavPage[] = [];
for (const lang of PAGE_LANGUAGES)
  for (const {name, slug} of SITE_PAGES) {
    const bilingual = exists(`./src/templates/${slug}.md.tpl`);
    if (!bilingual && (lang !== "en" || !exists(`./src/${slug}.md`))) continue;
    ALL_PAGES.push({
      name: bilingual ? await pageName(slug, lang, name) : name,
      path: localPath(`/${slug}`, lang),
      lang,
      bilingual
    });
  }

/** The English pages in navigation order (their paths "/index", "/tariffs", …). */
export const PAGES = ALL_PAGES.filter((p) => p.lang === "en");

/** The pages that exist in every language, by their path in each. */
const BILINGUAL = new Set(ALL_PAGES.filter((p) => p.bilingual).map((p) => p.path));

/** Whether the page at a Framework path ("/", "/index", "/de/tariffs") exists in every language. */
const bilingual = (path: string) => BILINGUAL.has(path === "/" ? "/index" : path);

/** The Data and methods page in `lang` (the English one until it has a German counterpart), from the site root. */
const methodsLink = (lang: PageLanguage) =>
  rootLink(BILINGUAL.has(localPath("/methods", lang)) ? localPath("/methods", lang) : "/methods");

/**
 * The script that makes the language switch keep the view: whenever the link may be followed (pointer down, focus,
 * click), its href takes the current query and hash. Inline, in the head of every page.
 */
const SWITCH_SCRIPT = `<script>addEventListener("DOMContentLoaded",()=>{for(const a of document.querySelectorAll("a.hf-lang-link")){const keep=()=>{a.href=a.href.replace(/[?#].*$/,"")+location.search+location.hash};for(const e of["pointerdown","focus","click","mouseenter"])a.addEventListener(e,keep)}})</script>`;

/** The site's icon: an inline SVG of the fence. */
const ICON = `<link rel="icon" href="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><rect x='1' y='3' width='2' height='12' fill='rgb(59,111,212)'/><rect x='6' y='3' width='2' height='12' fill='rgb(59,111,212)'/><rect x='11' y='3' width='2' height='12' fill='rgb(217,72,43)'/><rect y='6' width='16' height='2' fill='rgb(127,140,141)'/></svg>">`;

// Observable Framework configuration. Everything here must work offline: no Google Fonts (globalStylesheets: []),
// and a fixed footer instead of the default build-date stamp so two builds of the same inputs are identical.
export default {
  title: "High Fences",
  root: "src",
  output: process.env.HIGH_FENCES_OUT ?? "dist",
  // Served from a sub-path (e.g. GitHub Pages /high-fences/) when HIGH_FENCES_BASE is set at build time.
  base: process.env.HIGH_FENCES_BASE ?? "/",
  theme: ["air", "near-midnight"],
  globalStylesheets: [],
  style: "style.css",
  // Framework indexes the pages' static text; the measures, excerpts and chips the pages draw from data are added here.
  search: {
    async *index() {
      const {dataSearchEntries} = await import("./src/node/searchIndex.js");
      yield* dataSearchEntries();
    }
  },
  pager: false,
  toc: false,
  preserveExtension: true,
  // The language switch (src/lib/pageLanguage.ts): static HTML at the top of every bilingual page.
  header: ({path}: {path: string}) =>
    languageSwitch(path, bilingual(path), {
      label: common[pathLanguage(path)].languages,
      title: common[pathLanguage(path)].readIn
    }),
  // The icon is inline, so browsers do not ask the host root for /favicon.ico (a 404 on a sub-path site). The share
  // tags (src/lib/share.ts) are relative unless HIGH_FENCES_SITE_URL gives the site's public address.
  // og:locale (src/lib/pageLanguage.ts); the build adds the hreflang alternates.
  head: ({title, path}: {title: string | null; path: string}) =>
    `${ICON}\n${shareTags({title, path, siteUrl: process.env.HIGH_FENCES_SITE_URL || undefined})}\n${localeTags(path, bilingual(path))}\n${SWITCH_SCRIPT}`,
  footer: ({path}: {path: string}) => common[pathLanguage(path)].footer(methodsLink(pathLanguage(path))),
  // One embed page per chart (src/embed/[chart].md): not in the navigation, not in the search index (index: false).
  // The pages built from templates (src/[page].md.ts, src/de/[page].md.ts) are parameterized, so listed here too.
  dynamicPaths: [
    ...CHARTS.flatMap((c) => [`/embed/${c.id}`, `/de/embed/${c.id}`]),
    ...ALL_PAGES.filter((p) => p.bilingual).map((p) => p.path),
    ...(existsSync(new URL("./src/templates/404.md.tpl", import.meta.url)) ? ["/404", "/de/404"] : [])
  ],
  // Both trees are listed (so search indexes both); the build keeps only the page's own language in each sidebar.
  pages: ALL_PAGES.map(({name, path}) => ({name, path: path === "/index" ? "/" : path}))
};
