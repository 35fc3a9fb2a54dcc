// The embed pages: one per chart and language (embed/ID.html, de/embed/ID.html), rendered from one template
// (src/templates/embed.md.tpl) by the page loaders src/embed/[chart].md.ts and src/de/embed/[chart].md.ts. They sit one
// folder deeper than the pages of their language, so their root and data folder are one step further up.
import {readFileSync} from "node:fs";
import {chartSpec} from "../lib/charts.js";
import {embed} from "../lib/i18n/pages/embed.js";
import {type Builtins, type PageLang, renderTemplate, templatePath} from "./pageTemplate.js";

/** The built-in values of an embed page in `lang`: the site root and the page-data folder, relative to the page. */
export function embedBuiltins(lang: PageLang): Builtins {
  return lang === "en"
    ? {lang, root: "../", data: "../data/tables/pages/"}
    : {lang, root: "../../", data: `../../data/tables/pages/${lang}/`};
}

/**
 * The Markdown of chart `chart`'s embed page in `lang`: the template with the embed texts of that language and the
 * chart's page (`{{page}}`, whose data file holds the chart's tables). Throws on an unknown chart id.
 */
export function renderEmbed(chart: string, lang: PageLang): string {
  const {page} = chartSpec(chart);
  return renderTemplate(
    readFileSync(templatePath("embed"), "utf-8"),
    {...embed[lang], page},
    embedBuiltins(lang),
    "src/templates/embed.md.tpl"
  );
}

/** The chart id an embed page loader was asked for: Framework passes the route's parameter as `--chart=ID`. */
export function chartArg(argv: readonly string[] = process.argv.slice(2)): string {
  const arg = argv.find((a) => a.startsWith("--chart="));
  if (!arg) throw new Error("embed page loader: no --chart=ID argument");
  return arg.slice("--chart=".length);
}
