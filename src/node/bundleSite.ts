import {build, context, type BuildOptions} from "esbuild";
import {resolve} from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

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
  logLevel: "warning"
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
