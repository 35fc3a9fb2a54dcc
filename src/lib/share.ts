// Share cards: the description, Open Graph and Twitter card tags of every page, and the 1200×630 og:image drawn for
// it at build time (src/node/shareImages.ts rasterises shareCardSvg). Links are relative to the page, so they work
// under any base path (HIGH_FENCES_BASE); Open Graph wants absolute URLs, so when the site's public address is known
// (HIGH_FENCES_SITE_URL, e.g. https://user.github.io/high-fences/) og:image and og:url are absolute and og:url is set.
import {escapeHtml, SITE_NAME} from "./charts.js";
import {SYSTEM_FONTS} from "./figure.js";
import type {Lang} from "./i18n/index.js";
import {shareWords} from "./i18n/share.js";
import {charsThatFit, wrapLines} from "./labelPlacement.js";
import {basePath, pathLanguage} from "./pageLanguage.js";

/** One sentence per page for its description and share card (by page file name without extension), in English. */
export const PAGE_DESCRIPTIONS: Record<string, string> = shareWords("en").descriptions;

/** A page's description in a language, or undefined for a page without one (the embed pages). */
export function pageDescription(page: string, lang: Lang = "en"): string | undefined {
  return shareWords(lang).descriptions[page];
}

/** The key chart of each page (a chart id of src/lib/charts.ts), drawn on its share card. */
export const SHARE_CHARTS: Record<string, string> = {
  index: "tariff-average-us-on-cn",
  tariffs: "tariff-average-us-on-cn",
  controls: "chip-thresholds",
  trade: "trade-flows",
  commentary: "claim-evidence",
  next: "forecast-verdicts",
  methods: "sources-by-year"
};

/** The light theme's colours, for CSS variables in a chart drawn outside the page (resvg knows no var()). */
const LIGHT: Record<string, string> = {
  "theme-background": "#ffffff",
  "plot-background": "#ffffff",
  "theme-background-alt": "#f5f5f5",
  "theme-foreground": "#1b1e23",
  "theme-foreground-focus": "#3b5fc0",
  "theme-foreground-muted": "#767a80",
  "theme-foreground-faint": "#8d9095",
  "theme-foreground-fainter": "#bbbdbf",
  "theme-foreground-faintest": "#dcdddd"
};

/** Replaces CSS variables (var(--name) or var(--name, fallback)) with the light theme's colours, else the fallback. */
export function resolveThemeColors(markup: string): string {
  return markup.replace(
    /var\(--([\w-]+)\s*(?:,\s*([^()]*))?\)/g,
    (_, name: string, fallback?: string) => LIGHT[name] ?? fallback?.trim() ?? "currentColor"
  );
}

/** The share image of a page in a language, relative to the site root: _share/PAGE.png, _share/de/PAGE.png. */
export function shareImagePath(page: string, lang: Lang = "en"): string {
  return lang === "en" ? `_share/${page}.png` : `_share/${lang}/${page}.png`;
}

/** The prefix from a page (Framework path such as "/tariffs" or "/embed/trade-share") back to the site root. */
export function rootPrefix(path: string): string {
  const depth = path.replace(/^\//, "").split("/").length - 1;
  return depth > 0 ? "../".repeat(depth) : "./";
}

/** The file name of a Framework page path: "/" and "/index" are "index". */
export function pageName(path: string): string {
  const name = path.replace(/^\//, "").replace(/\.html$/, "");
  return name === "" ? "index" : name;
}

/**
 * The <meta> tags of a page: description, Open Graph (og:title, og:description, og:image with its size, og:type,
 * og:site_name, og:url when `siteUrl` is set) and Twitter (summary_large_image). Pages without a description (the
 * embed pages) get none. A German page (under de/) gets its German description and share image.
 */
export function shareTags({title, path, siteUrl}: {title: string | null; path: string; siteUrl?: string}): string {
  const lang = pathLanguage(path);
  const page = pageName(lang === "en" ? path : basePath(path));
  const description = pageDescription(page, lang);
  if (!description) return "";
  const base = siteUrl ? siteUrl.replace(/\/?$/, "/") : rootPrefix(path);
  const image = `${base}${shareImagePath(page, lang)}`;
  const heading = title && title !== SITE_NAME ? `${title} – ${SITE_NAME}` : SITE_NAME;
  const tags: [string, string, string][] = [
    ["name", "description", description],
    ["property", "og:type", "website"],
    ["property", "og:site_name", SITE_NAME],
    ["property", "og:title", heading],
    ["property", "og:description", description],
    ["property", "og:image", image],
    ["property", "og:image:width", "1200"],
    ["property", "og:image:height", "630"],
    ["property", "og:image:alt", `${heading}: ${description}`],
    ["name", "twitter:card", "summary_large_image"],
    ["name", "twitter:title", heading],
    ["name", "twitter:description", description],
    ["name", "twitter:image", image]
  ];
  const folder = lang === "en" ? "" : `${lang}/`;
  if (siteUrl) tags.push(["property", "og:url", `${base}${folder}${page === "index" ? "" : `${page}.html`}`]);
  return tags.map(([k, n, v]) => `<meta ${k}="${n}" content="${escapeHtml(v)}">`).join("\n");
}

/** The colours of the site's icon: the fence posts and its rail. */
const POSTS = ["rgb(59,111,212)", "rgb(59,111,212)", "rgb(217,72,43)"];

/**
 * The 1200×630 share card of a page as SVG: the site's fence mark and name, the page's title, its key chart (an <svg>
 * of `chart.width`×`chart.height`, scaled to fit) or else its description, a key figure when the page has one, and the
 * data's as-of date, in system fonts; `lang` sets the footer's words (English by default).
 */
export function shareCardSvg({
  title,
  description,
  figure,
  chart,
  asOf,
  lang = "en"
}: {
  title: string;
  description: string;
  figure?: {value: string; label: string};
  chart?: {markup: string; width: number; height: number};
  asOf: string;
  lang?: Lang;
}): string {
  const W = 1200;
  const H = 630;
  const lines = (text: string, size: number, width: number, max: number, weight: "normal" | "bold" = "normal") =>
    // DejaVu Sans, the fallback on Linux, is wider than the estimate: leave a tenth spare.
    wrapLines(text, charsThatFit(width * 0.9, size, weight), max).split("\n");
  const text = (x: number, y: number, size: number, content: string, attrs = "") =>
    `<text x="${x}" y="${y}" font-size="${size}"${attrs}>${escapeHtml(content)}</text>`;
  const posts = POSTS.map((fill, i) => `<rect x="${64 + i * 24}" y="40" width="10" height="48" fill="${fill}"/>`).join(
    ""
  );
  const parts = [
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<rect y="${H - 12}" width="${W}" height="12" fill="rgb(59,111,212)"/>`,
    posts,
    `<rect x="58" y="55" width="74" height="8" fill="rgb(127,140,141)"/>`,
    text(150, 78, 32, SITE_NAME, ' font-weight="bold" fill="#1b1e23"')
  ];
  const footer = text(64, H - 34, 24, shareWords(lang).footer(asOf), ' fill="#5f6670"');
  if (chart) {
    const titleWidth = figure ? W - 128 - 300 : W - 128;
    let y = 150;
    for (const line of lines(title, 44, titleWidth, 2, "bold")) {
      parts.push(text(64, y, 44, line, ' font-weight="bold" fill="#1b1e23"'));
      y += 52;
    }
    if (figure) {
      parts.push(text(W - 64, 150, 72, figure.value, ' font-weight="bold" text-anchor="end" fill="rgb(217,72,43)"'));
      lines(figure.label, 20, 380, 3).forEach((line, i) =>
        parts.push(text(W - 64, 180 + i * 24, 20, line, ' text-anchor="end" fill="#4a515b"'))
      );
    }
    const top = Math.max(y - 20, figure ? 240 : 0);
    const box = {x: 48, y: top, width: W - 96, height: H - 80 - top};
    const nested = chart.markup.replace(/^<svg\b[^>]*>/, (open) => {
      const kept = open.replace(/\s(?:x|y|width|height|viewBox|preserveAspectRatio)="[^"]*"/g, "");
      return kept.replace(
        /^<svg/,
        `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMidYMid meet" color="#1b1e23"`
      );
    });
    parts.push(resolveThemeColors(nested), footer);
  } else {
    let y = 230;
    for (const line of lines(title, 64, W - 128, 2, "bold")) {
      parts.push(text(64, y, 64, line, ' font-weight="bold" fill="#1b1e23"'));
      y += 76;
    }
    y += 10;
    const width = figure ? W - 128 - 360 : W - 128;
    for (const line of lines(description, 32, width, 5)) {
      parts.push(text(64, y, 32, line, ' fill="#4a515b"'));
      y += 42;
    }
    if (figure) {
      parts.push(text(W - 64, 330, 120, figure.value, ' font-weight="bold" text-anchor="end" fill="rgb(217,72,43)"'));
      lines(figure.label, 26, 340, 4).forEach((line, i) =>
        parts.push(text(W - 64, 380 + i * 34, 26, line, ' text-anchor="end" fill="#4a515b"'))
      );
    }
    parts.push(footer);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family='${SYSTEM_FONTS}'>${parts.join("")}</svg>`;
}
