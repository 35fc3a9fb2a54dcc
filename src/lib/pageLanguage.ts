// Which language a page is in and where its counterpart is: English pages at the site root, German ones under de/
// (same file names). Pure string functions for the config's head, the build's rewrite of Framework's markup and the
// language switch.

/** A page language (the same values as src/lib/i18n's `Lang`). */
export type PageLanguage = "en" | "de";

/** The languages of the site, English first (the default, `x-default`). */
export const PAGE_LANGUAGES: readonly PageLanguage[] = ["en", "de"];

/** The folder of each language's pages below the site root ("" for English). */
const FOLDER: Record<PageLanguage, string> = {en: "", de: "de/"};

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<PageLanguage, string> = {en: "English", de: "Deutsch"};

/** The Open Graph locale of each language. */
export const OG_LOCALES: Record<PageLanguage, string> = {en: "en_GB", de: "de_DE"};

/** The language of a page, by its Framework path ("/tariffs", "/de/tariffs", "/de/embed/x", "de/index.html"). */
export function pathLanguage(path: string): PageLanguage {
  return /^\/?de(\/|$)/.test(path) ? "de" : "en";
}

/** A page's path within its language's tree: "/de/tariffs" → "/tariffs"; "/" → "/index". */
export function basePath(path: string): string {
  const p = `/${path.replace(/^\//, "")}`.replace(/^\/de(?=\/|$)/, "") || "/";
  return p === "/" ? "/index" : p;
}

/** The Framework path of a page in `lang`: localPath("/tariffs", "de") → "/de/tariffs". */
export function localPath(path: string, lang: PageLanguage): string {
  return `/${FOLDER[lang]}${basePath(path).slice(1)}`;
}

/** The relative link from one page of the site to another (both Framework paths): ("/de/tariffs", "/tariffs") → "../tariffs.html". */
export function relativeLink(from: string, to: string): string {
  const dir = from.replace(/^\//, "").split("/").slice(0, -1);
  const target = to.replace(/^\//, "").split("/");
  let common = 0;
  while (common < dir.length && common < target.length - 1 && dir[common] === target[common]) common++;
  const up = dir.length - common;
  return `${up > 0 ? "../".repeat(up) : "./"}${target.slice(common).join("/")}.html`;
}

/**
 * The Open Graph locale tags of a page: `og:locale`, and `og:locale:alternate` when the page exists in every language.
 * (Written by the config's `head`.)
 */
export function localeTags(path: string, bilingual: boolean): string {
  const lang = pathLanguage(path);
  const tags = [`<meta property="og:locale" content="${OG_LOCALES[lang]}">`];
  if (bilingual)
    for (const other of PAGE_LANGUAGES.filter((l) => l !== lang))
      tags.push(`<meta property="og:locale:alternate" content="${OG_LOCALES[other]}">`);
  return tags.join("\n");
}

/**
 * The `hreflang` alternates of a page that exists in every language: one per language plus `x-default` (the English
 * page), relative links. The build writes them into the head (Framework would take a `<link href>` given to `head` for
 * a file to copy).
 */
export function alternateLinks(path: string): string {
  const links = PAGE_LANGUAGES.map(
    (l) => `<link rel="alternate" hreflang="${l}" href="${relativeLink(path, localPath(path, l))}">`
  );
  links.push(`<link rel="alternate" hreflang="x-default" href="${relativeLink(path, localPath(path, "en"))}">`);
  return links.join("\n");
}

/** A link from the site root to a page (for Framework's header and footer, which it rewrites relative to the page). */
export function rootLink(path: string): string {
  return `./${path.replace(/^\//, "")}.html`;
}

/**
 * The language switch of a page (the config's `header`): the page's own language, then a real link to the same page in
 * the other language, with `hreflang` and `lang`. The config's SWITCH_SCRIPT carries the URL state (query and
 * hash) over when it is followed. `names` are the languages' names in themselves; `label` names the switch and
 * `title` describes the link, in the page's language. Empty for a page that exists in one language only.
 */
export function languageSwitch(
  path: string,
  bilingual: boolean,
  {label, title}: {label: string; title: string}
): string {
  if (!bilingual) return "";
  const lang = pathLanguage(path);
  const items = PAGE_LANGUAGES.map((l) =>
    l === lang
      ? `<span class="hf-lang-current" lang="${l}" aria-current="page">${LANGUAGE_NAMES[l]}</span>`
      : `<a class="hf-lang-link" href="${rootLink(localPath(path, l))}" hreflang="${l}" lang="${l}" title="${title}">${LANGUAGE_NAMES[l]}</a>`
  );
  return `<nav class="hf-lang" aria-label="${label}">${items.join("")}</nav>`;
}

/** The Framework path of a built page file: "de/tariffs.html" → "/de/tariffs"; "index.html" → "/index". */
export function filePath(file: string): string {
  return `/${file.replace(/\\/g, "/").replace(/\.html$/, "")}`;
}

/** The site path a link on page `file` (a built file, e.g. "de/tariffs.html") points to: "../tariffs.html" → "/tariffs.html". */
export function linkTarget(file: string, href: string): string {
  return decodeURI(new URL(href, `https://site.invalid/${file.replace(/\\/g, "/")}`).pathname);
}

/** Framework's English words in its fixed markup, as the page's language says them. */
export interface FrameworkWords {
  /** The search box's placeholder. */
  search: string;
  /** The sidebar toggle's title and accessible name. */
  toggleSidebar: string;
}

/**
 * Makes Framework's sidebar speak the language of the built page `file`: keeps only the links to pages of that
 * language (Framework lists both trees), points the site-name link at the language's home page (`home`, relative to the
 * page; English pages keep Framework's), and puts Framework's own words (search placeholder, sidebar toggle) in the
 * page's language.
 */
export function localizeSidebar(html: string, file: string, words: FrameworkWords, home?: string): string {
  const lang = pathLanguage(filePath(file));
  let first = true;
  return html
    .replace(
      /\n\s*<li class="observablehq-link(?: observablehq-link-active)?"><a href="([^"]*)">[^<]*<\/a><\/li>/g,
      (item, href: string) => {
        // The first item is the site's name, linking home.
        if (first) return ((first = false), home ? item.replace(`href="${href}"`, `href="${home}"`) : item);
        return pathLanguage(linkTarget(file, href)) === lang ? item : "";
      }
    )
    .replace(
      '<input type="search" placeholder="Search">',
      `<input type="search" placeholder="${words.search}" aria-label="${words.search}">`
    )
    .replace(
      /(<input id="observablehq-sidebar-toggle" type="checkbox") title="Toggle sidebar"(?: aria-label="Toggle sidebar")?>/,
      `$1 title="${words.toggleSidebar}" aria-label="${words.toggleSidebar}">`
    );
}

/** Adds tags at the end of a page's head. */
export function appendToHead(html: string, tags: string): string {
  return tags ? html.replace("</head>", `${tags}\n</head>`) : html;
}

/** The words of Framework's search results: their count and the line shown when there are none. */
export interface SearchWords {
  /** The count line for n results, e.g. "3 results". */
  results: (n: number) => string;
  /** The line shown when nothing matched. */
  noResults: string;
}

/**
 * Framework's search script (dist/_observablehq/search.HASH.js) for the pages of `lang`: it keeps only the results of
 * that language's pages (ids under /de/ are German) and says its counts in that language. `results` must not need its
 * argument's formatting beyond a number: it is turned into a template with `${COUNT}` for n > 1 and 1.
 * Throws when Framework's script is not the one this rewrite was written for (1.13).
 */
export function localizeSearchScript(script: string, lang: PageLanguage, words: SearchWords): string {
  const search = /const (\w+)=(\w+)\.search\((\w+),(\{boost:\{title:4,keywords:4\},fuzzy:\.15,prefix:!0\})\)/;
  const count = /`<div>\$\{(\w+)\.length\.toLocaleString\("en-US"\)\} result\$\{\1\.length===1\?"":"s"\}<\/div>/;
  if (!search.test(script) || !count.test(script) || !script.includes('"<div>no results</div>"'))
    throw new Error("Framework's search script is not the expected one: update localizeSearchScript");
  const german = lang === "de";
  const locale = german ? "de-DE" : "en-US";
  // The count's words: the message for 1 and for many, with the number written by the browser in the locale.
  const one = JSON.stringify(words.results(1).replace(/^1\s*/, " "));
  const many = JSON.stringify(words.results(2).replace(/^2\s*/, " "));
  return script
    .replace(
      search,
      (_m, r, index, query, options) =>
        `const ${r}=${index}.search(${query},${options}).filter((d)=>/^\\/de\\//.test(d.id)===${german})`
    )
    .replace(
      count,
      (_m, r) => `\`<div>\${${r}.length.toLocaleString("${locale}")+(${r}.length===1?${one}:${many})}</div>`
    )
    .replace('"<div>no results</div>"', JSON.stringify(`<div>${words.noResults}</div>`));
}

/** A page's search script under `lang`'s name: "search.HASH.js" → "search.HASH.de.js"; English keeps the name. */
export function searchScriptName(name: string, lang: PageLanguage): string {
  return lang === "en" ? name : name.replace(/\.js$/, `.${lang}.js`);
}

/** Points a page at its language's search script (the import in Framework's inline search-init script). */
export function useSearchScript(html: string, lang: PageLanguage): string {
  return html.replace(
    /(_observablehq\/)(search\.[0-9a-f]{8}\.js)/g,
    (_m, dir, name) => dir + searchScriptName(name, lang)
  );
}
