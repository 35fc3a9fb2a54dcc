import {build, context, type BuildOptions, type Plugin} from "esbuild";
import {createHash} from "node:crypto";
import {readFileSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import type {Lang} from "../lib/i18n/index.js";
import {filePath, pathLanguage} from "../lib/pageLanguage.js";
import {pageImports, replaceImport} from "../lib/postBuild.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** The lines that define `missing(name)` (a function that throws, naming what is left out) and `missingArray(name)`. */
const MISSING = (module: string) => `const missing = (name) => () => {
  throw new Error("${module} is left out of the site bundle (src/node/bundleSite.ts): " + name + " is not there");
};
const missingArray = (name) => new Proxy([], {get: missing(name)});`;

/**
 * Plot imports d3-geo (through `d3`) for map projections and GeoJSON marks, which no chart here draws: some 25 KB of
 * minified code on every page (and its one bundled file keeps 7 KB even when only geoTransform is used, because of
 * its top-level `new Adder()` calls). This stands in for it with functions that throw, so a chart that starts to need
 * a projection fails loudly (in the browser tests) instead of drawing wrong. The names are d3-geo's own; geoTransform
 * (a few lines, which Plot calls when it loads) is written out here as d3-geo defines it.
 */
const GEO_TRANSFORM = `export function geoTransform(methods) {
  return {stream(stream) { const s = Object.create(TRANSFORM_STREAM); for (const k in methods) s[k] = methods[k]; s.stream = stream; return s; }};
}
const TRANSFORM_STREAM = {
  point(x, y) { this.stream.point(x, y); }, sphere() { this.stream.sphere(); },
  lineStart() { this.stream.lineStart(); }, lineEnd() { this.stream.lineEnd(); },
  polygonStart() { this.stream.polygonStart(); }, polygonEnd() { this.stream.polygonEnd(); }
};`;

/**
 * Plot imports every colour scheme of d3-scale-chromatic (some 18 KB minified, 7 KB gzip, in one file whose
 * top-level `ramp(...)` calls no bundler can drop), and our charts name none: they give their colours as ranges
 * (src/components/theme.ts). Only Plot's defaults stay (observable10 and tableau10 and category10 for categories,
 * turbo for ordinal and continuous, rdbu and rdylbu for diverging and threshold scales, greys for booleans), copied
 * from the installed package at bundle time; any other scheme throws when a chart asks for it.
 */
const KEPT_SCHEMES = [
  "schemeObservable10",
  "schemeTableau10",
  "schemeCategory10",
  "schemeRdBu",
  "schemeRdYlBu",
  "schemeGreys"
];
const KEPT_INTERPOLATORS: Record<string, string> = {
  interpolateRdBu: "schemeRdBu",
  interpolateRdYlBu: "schemeRdYlBu",
  interpolateGreys: "schemeGreys"
};

/** Resolves `module` to the stand-in that `contents` writes (its real exports are passed in). */
function standIn(module: string, contents: (real: Record<string, unknown>) => string): Plugin {
  const namespace = `stand-in-${module}`;
  return {
    name: namespace,
    setup(b) {
      b.onResolve({filter: new RegExp(`^${module}$`)}, () => ({path: module, namespace}));
      b.onLoad({filter: /.*/, namespace}, async () => ({
        contents: contents(await import(module)),
        loader: "js",
        resolveDir: ROOT
      }));
    }
  };
}

const NO_GEO = standIn("d3-geo", (real) =>
  [
    MISSING("d3-geo"),
    GEO_TRANSFORM,
    ...Object.keys(real)
      .filter((n) => n !== "geoTransform")
      .map((n) => `export const ${n} = missing("${n}");`)
  ].join("\n")
);

const FEW_SCHEMES = standIn("d3-scale-chromatic", (real) =>
  [
    `import {interpolateRgbBasis} from "d3-interpolate";`,
    MISSING("d3-scale-chromatic"),
    // The kept schemes first: the kept interpolators are made from them.
    ...KEPT_SCHEMES.map((n) => `export const ${n} = ${JSON.stringify(real[n])};`),
    ...Object.keys(real)
      .filter((n) => !KEPT_SCHEMES.includes(n))
      .map((n) =>
        n in KEPT_INTERPOLATORS
          ? `export const ${n} = interpolateRgbBasis(${KEPT_INTERPOLATORS[n]}[${KEPT_INTERPOLATORS[n]}.length - 1]);`
          : n === "interpolateTurbo"
            ? `export const ${n} = ${String(real[n])};`
            : n.startsWith("scheme")
              ? `export const ${n} = missingArray("${n}");`
              : `export const ${n} = missing("${n}");`
      )
  ].join("\n")
);

/** Each language's message table (src/lib/i18n), the module that exports it under the language's name. */
const MESSAGE_TABLES: Record<Lang, string> = {
  en: resolve(ROOT, "src/lib/i18n/ui.en.ts"),
  de: resolve(ROOT, "src/lib/i18n/ui.de.ts")
};

/**
 * The message tables of every language but `lang` (some 7-8 KB gzip each), for the bundle of a page in `lang`: each
 * is resolved to a stand-in that throws, naming the message and this file, as soon as a message is read. Property
 * chains are allowed (`ui("en").lanes.context` is another stand-in), because word modules name their English
 * constants at load (`LANE_LABELS = ui("en").lanes`) whether or not a page uses them; but turning a message into text,
 * calling one or listing a group's keys throws, so a German page that shows an English word fails its browser tests
 * instead of showing it.
 */
export function onlyMessagesOf(lang: Lang): Plugin {
  const namespace = `stand-in-messages-${lang}`;
  const left = Object.entries(MESSAGE_TABLES).filter(([l]) => l !== lang);
  return {
    name: namespace,
    setup(b) {
      b.onResolve({filter: /\/ui\.[a-z]+\.js$/}, (args) => {
        const path = resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts");
        return left.some(([, file]) => file === path) ? {path, namespace} : undefined;
      });
      b.onLoad({filter: /.*/, namespace}, (args) => {
        const [other] = left.find(([, file]) => file === args.path)!;
        return {contents: messagesStandIn(other as Lang, lang), loader: "js"};
      });
    }
  };
}

/** The stand-in module of language `other`'s message table in the bundle of a page in `lang`. */
function messagesStandIn(other: Lang, lang: Lang): string {
  const file = `src/lib/i18n/ui.${other}.ts`;
  return `const read = (path) => {
  throw new Error("${file} is left out of the bundle of the pages in ${lang} (src/node/bundleSite.ts): " + path + " was read");
};
const messages = (path) =>
  new Proxy(() => {}, {
    get: (_, key) => (typeof key === "symbol" || key === "toString" || key === "valueOf" || key === "toJSON" ? read(path) : messages(path + "." + key)),
    apply: () => read(path + "()"),
    has: () => read(path),
    ownKeys: () => read(path)
  });
export const ${other} = messages("${other}");`;
}

/** esbuild options for src/site.ts → src/site.js: one minified ES module with Plot, d3, htl and our components. */
export const SITE_BUNDLE: BuildOptions = {
  entryPoints: [resolve(ROOT, "src/site.ts")],
  outfile: resolve(ROOT, "src/site.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  plugins: [NO_GEO, FEW_SCHEMES]
};

/** Bundles the pages' browser code once. */
export async function bundleSite(): Promise<void> {
  await build(SITE_BUNDLE);
}

/** Bundles and keeps rebundling on every change (for `npm run dev`); returns a function that stops watching. */
export async function watchSite(): Promise<() => Promise<void>> {
  const ctx = await context(SITE_BUNDLE);
  await ctx.watch();
  return () => ctx.dispose();
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? htmlFiles(join(dir, f)) : f.endsWith(".html") ? [join(dir, f)] : []
  );

/**
 * One bundle per page and language, in a built site: each page loads only the names it imports from site.js (and so
 * only the components and Plot parts those use) instead of the whole site bundle, some 20–30 KB gzip less per page,
 * and only its own language's message table (`onlyMessagesOf`), some 8 KB gzip less. Reads each page's import from
 * the built HTML (Framework writes `const {a, b} = await import("./_import/site.HASH.js")`), bundles
 * `export {a, b} from "src/site.ts"` for the page's language (`pathLanguage`: German under de/), writes it as
 * `_import/site.CONTENTHASH.js` (pages of one language that import the same names share one file) and points the
 * page's import and modulepreload at it. The whole bundle stays for pages that
 * import everything (none today) and is removed when no page refers to it.
 */
export async function bundlePages(dir: string): Promise<{page: string; file: string}[]> {
  const written: {page: string; file: string}[] = [];
  const wholeFiles = new Set<string>();
  for (const path of htmlFiles(dir)) {
    const html = readFileSync(path, "utf-8");
    const found = pageImports(html);
    if (!found) continue;
    wholeFiles.add(found.file);
    const lang = pathLanguage(filePath(path.slice(dir.length + 1)));
    const result = await build({
      ...SITE_BUNDLE,
      plugins: [...SITE_BUNDLE.plugins!, onlyMessagesOf(lang)],
      entryPoints: undefined,
      outfile: undefined,
      stdin: {
        contents: `export {${found.names.join(", ")}} from ${JSON.stringify(resolve(ROOT, "src/site.ts"))};`,
        resolveDir: resolve(ROOT, "src"),
        loader: "ts"
      },
      write: false
    });
    const code = result.outputFiles[0].contents;
    const file = `site.${createHash("sha256").update(code).digest("hex").slice(0, 8)}.js`;
    writeFileSync(join(dir, "_import", file), code);
    writeFileSync(path, replaceImport(html, found.file, file));
    written.push({page: path.slice(dir.length + 1), file});
  }
  const stillUsed = (f: string) => htmlFiles(dir).some((p) => readFileSync(p, "utf-8").includes(f));
  for (const f of wholeFiles) if (!stillUsed(f)) rmSync(join(dir, "_import", f), {force: true});
  return written;
}
