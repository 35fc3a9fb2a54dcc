import {build, context, type BuildOptions, type Plugin} from "esbuild";
import {createHash} from "node:crypto";
import {readFileSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {pageImports, replaceImport} from "../lib/postBuild.js";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Plot imports d3-geo (through `d3`) for map projections and GeoJSON marks, which no chart here draws: some 25 KB of
 * minified code on every page. This stands in for it with functions that throw, so a chart that starts to need a
 * projection fails loudly (in the browser tests) instead of drawing wrong. The names are d3-geo's own; geoTransform
 * (a few lines, which Plot calls when it loads) is the real one.
 */
const NO_GEO: Plugin = {
  name: "no-d3-geo",
  setup(b) {
    b.onResolve({filter: /^d3-geo$/}, (args) =>
      args.pluginData === "real" ? undefined : {path: "d3-geo", namespace: "no-d3-geo"}
    );
    b.onLoad({filter: /.*/, namespace: "no-d3-geo"}, async () => {
      const real = await b.resolve("d3-geo", {kind: "import-statement", resolveDir: ROOT, pluginData: "real"});
      const names = Object.keys(await import("d3-geo")).filter((n) => n !== "geoTransform");
      const stub = (n: string) =>
        `() => { throw new Error("d3-geo is left out of the site bundle (src/node/bundleSite.ts): ${n} is not there"); }`;
      const contents = [
        `export {geoTransform} from ${JSON.stringify(real.path)};`,
        ...names.map((n) => `export const ${n} = ${stub(n)};`)
      ].join("\n");
      return {contents, loader: "js", resolveDir: ROOT};
    });
  }
};

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
  plugins: [NO_GEO]
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
 * One bundle per page, in a built site: each page loads only the names it imports from site.js (and so only the
 * components and Plot parts those use) instead of the whole site bundle, some 20–30 KB gzip less per page. Reads
 * each page's import from the built HTML (Framework writes `const {a, b} = await import("./_import/site.HASH.js")`),
 * bundles `export {a, b} from "src/site.ts"`, writes it as `_import/site.CONTENTHASH.js` (pages that import the same
 * names share one file) and points the page's import and modulepreload at it. The whole bundle stays for pages that
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
    const result = await build({
      ...SITE_BUNDLE,
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
