import {build, context, type BuildOptions, type Plugin} from "esbuild";
import {createHash} from "node:crypto";
import {readFileSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import type {Lang} from "../lib/i18n/index.js";
import {CHARTS} from "../lib/charts.js";
import {basePath, filePath, pathLanguage} from "../lib/pageLanguage.js";
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
 * The message tables in the bundle of a page in `lang`. Every other language's table (some 7-8 KB gzip each) is
 * resolved to a stand-in that throws, naming the message and this file, as soon as a message is read. Property chains
 * are allowed (`ui("en").lanes.context` is another stand-in), because word modules name their English constants at
 * load (`LANE_LABELS = ui("en").lanes`) whether or not a page uses them; but turning a message into text, calling one
 * or listing a group's keys throws, so a German page that shows an English word fails its browser tests instead of
 * showing it. With `groups`, the page's own table keeps only those top-level groups (`messageGroupsNamed`), the
 * others being the same kind of stand-in (with none, the whole table is one), and of a group named in `entries` only
 * those entries (the page's own charts' texts); without, it is whole.
 */
export function onlyMessagesOf(
  lang: Lang,
  groups?: ReadonlySet<string>,
  entries?: Readonly<Record<string, ReadonlySet<string>>>
): Plugin {
  const namespace = `messages-${lang}`;
  const langOf = (path: string) => (Object.keys(MESSAGE_TABLES) as Lang[]).find((l) => MESSAGE_TABLES[l] === path);
  return {
    name: namespace,
    setup(b) {
      b.onResolve({filter: /\/ui\.[a-z]+\.js$/}, (args) => {
        const path = resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts");
        const table = langOf(path);
        return table && (table !== lang || groups) ? {path, namespace} : undefined;
      });
      b.onLoad({filter: /.*/, namespace}, async (args) => {
        const table = langOf(args.path)!;
        // An empty `groups` stands in for the whole table (so its group names are not in the bundle either).
        if (table !== lang || groups!.size === 0)
          return {
            contents: `${standInMessages(table, `the pages in ${lang}`)}\nexport const ${table} = messages("${table}");`,
            loader: "js"
          };
        const real = (await import(args.path))[table] as Record<string, unknown>;
        return {
          contents: keepGroups(readFileSync(args.path, "utf-8"), table, real, groups!, entries),
          loader: "ts",
          resolveDir: dirname(args.path)
        };
      });
    }
  };
}

/** The lines that define `messages(path)`, a stand-in for the messages at `path` of a table left out of `bundle`. */
function standInMessages(lang: Lang, bundle: string): string {
  const file = `src/lib/i18n/ui.${lang}.ts`;
  return `const readMessage = (path) => {
  throw new Error("${file} is left out of the bundle of ${bundle} (src/node/bundleSite.ts): " + path + " was read");
};
const messages = (path) =>
  new Proxy(() => {}, {
    get: (_, key) => (typeof key === "symbol" || key === "toString" || key === "valueOf" || key === "toJSON" ? readMessage(path) : messages(path + "." + key)),
    apply: () => readMessage(path + "()"),
    has: () => readMessage(path),
    ownKeys: () => readMessage(path)
  });`;
}

/**
 * The entries of an object literal that Prettier laid out between lines `from` and `to` (exclusive), `indent` spaces
 * in: each entry's key (an identifier or a quoted string) and the line it starts on.
 */
function entryStarts(lines: readonly string[], from: number, to: number, indent: number): {i: number; name: string}[] {
  const entry = new RegExp(`^ {${indent}}(?:"([^"\\\\]+)"|([A-Za-z_$][\\w$]*))(?::|,$)`);
  const starts: {i: number; name: string}[] = [];
  for (let i = from; i < to; i++) {
    const m = entry.exec(lines[i]);
    if (m) starts.push({i, name: m[1] ?? m[2]});
  }
  return starts;
}

/**
 * The source of message table `lang` (src/lib/i18n/ui.LANG.ts, whose value is `table`) with only the top-level
 * groups in `keep`, and of a group named in `entries` only those entries: every other group's or entry's value
 * becomes a stand-in (`standInMessages`), so the constants only it used drop out of the bundle. Relies on Prettier's
 * layout (the table is `export const LANG… = {` … `};`, each group and entry starting on a line of its own, two and
 * four spaces in) and checks it: the groups and entries found must be the table's own, or this throws.
 */
export function keepGroups(
  source: string,
  lang: Lang,
  table: Record<string, unknown>,
  keep: ReadonlySet<string>,
  entries: Readonly<Record<string, ReadonlySet<string>>> = {}
): string {
  const lines = source.split("\n");
  const open = lines.findIndex((l) => new RegExp(`^export const ${lang}\\b.*= \\{$`).test(l));
  const close = lines.findIndex((l, i) => i > open && /^\};?$/.test(l));
  const wrong = () =>
    new Error(`src/lib/i18n/ui.${lang}.ts is not laid out as keepGroups expects (run Prettier on it)`);
  if (open < 0 || close < 0) throw wrong();
  const starts = entryStarts(lines, open + 1, close, 2);
  if (starts.map((g) => g.name).join() !== Object.keys(table).join()) throw wrong();
  const body = starts.flatMap(({i, name}, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].i : close;
    if (!keep.has(name)) return [`  ${name}: messages("${lang}.${name}"),`];
    const only = entries[name];
    if (!only) return lines.slice(i, end);
    // The group's own closing line: the last `  }` before the next group.
    const shut = lines.slice(0, end).findLastIndex((l) => /^ {2}\}/.test(l));
    const inner = entryStarts(lines, i + 1, shut, 4);
    if (shut <= i || inner.map((e) => e.name).join() !== Object.keys(table[name] as object).join()) throw wrong();
    return [
      ...lines.slice(i, inner[0].i),
      ...inner.flatMap(({i: at, name: key}, n) =>
        only.has(key)
          ? lines.slice(at, n + 1 < inner.length ? inner[n + 1].i : shut)
          : [`    ${JSON.stringify(key)}: messages(${JSON.stringify(`${lang}.${name}.${key}`)}),`]
      ),
      ...lines.slice(shut, end)
    ];
  });
  return [
    ...lines.slice(0, open),
    standInMessages(lang, "this page (nothing in it names the group)"),
    ...lines.slice(open, starts[0].i),
    ...body,
    ...lines.slice(close)
  ].join("\n");
}

/**
 * The top-level groups of a message table (`names`) that a page may read: those its code names by member access
 * (`.chips`) in its bundle built without any message table, or in its HTML (which holds the page's own cells). Code
 * reads messages so (`t.chips.noTpp`, `ui(lang).lanes`; nothing indexes a table with a computed group name or
 * destructures its groups), and the bundle is minified without renaming properties, so a group named nowhere is never
 * read; should one be read in another way, its stand-in throws, naming it, in the browser tests. A property of the
 * same name elsewhere (`.share`) keeps a group: this errs on the side of keeping.
 */
export function messageGroupsNamed(names: readonly string[], ...code: string[]): Set<string> {
  const read = new Set(code.flatMap((c) => [...c.matchAll(/\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1])));
  return new Set(names.filter((n) => read.has(n)));
}

/**
 * Plot's colour-ramp legend (its legends/ramp.js, with d3-axis: some 5 KB minified, 1.7 KB gzip) draws only the
 * legend of a continuous or threshold colour scale, which among our charts only rateGrid (the Tariffs page) shows, and
 * embedChart (the embed pages, which draw any chart). The bundle of a page that imports none of RAMP_LEGEND_CHARTS
 * gets a stand-in that throws, naming itself, if a chart asks for such a legend (so a chart that starts to need one
 * fails its browser tests instead of drawing without it).
 */
export const RAMP_LEGEND_CHARTS: readonly string[] = ["rateGrid", "embedChart"];

const NO_RAMP_LEGEND: Plugin = {
  name: "stand-in-plot-ramp-legend",
  setup(b) {
    b.onResolve({filter: /^\.\/legends\/ramp\.js$/}, (args) =>
      /[\\/]@observablehq[\\/]plot[\\/]src$/.test(args.resolveDir)
        ? {path: "legends/ramp.js", namespace: "stand-in-plot-ramp-legend"}
        : undefined
    );
    b.onLoad({filter: /.*/, namespace: "stand-in-plot-ramp-legend"}, () => ({
      contents: `${MISSING("Plot's colour-ramp legend")}\nexport const legendRamp = missing("legendRamp");`,
      loader: "js"
    }));
  }
};

/** The stand-ins a page's bundle can take for what the names it imports never draw. */
function leftOutFor(names: readonly string[]): Plugin[] {
  return names.some((n) => RAMP_LEGEND_CHARTS.includes(n)) ? [] : [NO_RAMP_LEGEND];
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

/** The site bundle of only these names of src/site.ts, with `messages` choosing the message tables. */
async function bundleNames(names: readonly string[], messages: Plugin): Promise<Uint8Array> {
  const result = await build({
    ...SITE_BUNDLE,
    plugins: [...SITE_BUNDLE.plugins!, ...leftOutFor(names), messages],
    entryPoints: undefined,
    outfile: undefined,
    stdin: {
      contents: `export {${names.join(", ")}} from ${JSON.stringify(resolve(ROOT, "src/site.ts"))};`,
      resolveDir: resolve(ROOT, "src"),
      loader: "ts"
    },
    write: false
  });
  return result.outputFiles[0].contents;
}

/**
 * One bundle per page and language, in a built site: each page loads only the names it imports from site.js (and so
 * only the components and Plot parts those use) instead of the whole site bundle, some 20–30 KB gzip less per page,
 * and only the groups of its own language's message table that its code names (`onlyMessagesOf`,
 * `messageGroupsNamed`), some 10 KB gzip less. Reads each page's import from the built HTML (Framework writes
 * `const {a, b} = await import("./_import/site.HASH.js")`), bundles `export {a, b} from "src/site.ts"` for the page's
 * language (`pathLanguage`: German under de/), writes it as `_import/site.CONTENTHASH.js` (pages whose bundles come
 * out the same share one file) and points the page's import and modulepreload at it. The whole bundle stays for pages
 * that import everything (none today) and is removed when no page refers to it.
 */
export async function bundlePages(dir: string): Promise<{page: string; file: string}[]> {
  const written: {page: string; file: string}[] = [];
  const wholeFiles = new Set<string>();
  // Pages that import the same names in one language (the embed pages) make the same bundles: build each once.
  const built = new Map<string, Promise<Uint8Array>>();
  const once = (key: string, make: () => Promise<Uint8Array>) => {
    if (!built.has(key)) built.set(key, make());
    return built.get(key)!;
  };
  for (const path of htmlFiles(dir)) {
    const html = readFileSync(path, "utf-8");
    const found = pageImports(html);
    if (!found) continue;
    wholeFiles.add(found.file);
    const lang = pathLanguage(filePath(path.slice(dir.length + 1)));
    // First without any message table, to see which of its groups the page's code names; then with those.
    const names = Object.keys((await import(MESSAGE_TABLES[lang]))[lang]);
    const probe = await once(`${lang} ${found.names}`, () => bundleNames(found.names, onlyMessagesOf(lang, new Set())));
    const groups = messageGroupsNamed(names, new TextDecoder().decode(probe), html);
    // Of the charts' texts, those of the page's own charts (an embed page may show any chart).
    const page = basePath(filePath(path.slice(dir.length + 1))).slice(1);
    const charts: Record<string, ReadonlySet<string>> = page.startsWith("embed/")
      ? {}
      : {charts: new Set(CHARTS.filter((c) => c.page === page).map((c) => c.id))};
    const kept = `${lang} ${found.names} ${[...groups]} ${[...(charts.charts ?? ["all"])]}`;
    const code = await once(kept, () => bundleNames(found.names, onlyMessagesOf(lang, groups, charts)));
    const file = `site.${createHash("sha256").update(code).digest("hex").slice(0, 8)}.js`;
    writeFileSync(join(dir, "_import", file), code);
    writeFileSync(path, replaceImport(html, found.file, file));
    written.push({page: path.slice(dir.length + 1), file});
  }
  const stillUsed = (f: string) => htmlFiles(dir).some((p) => readFileSync(p, "utf-8").includes(f));
  for (const f of wholeFiles) if (!stillUsed(f)) rmSync(join(dir, "_import", f), {force: true});
  return written;
}
