// npm run build: validate data/, then build the site into a fresh folder and swap it in for dist/ only when the build
// succeeded, so invalid data or a failed build never destroys the last good site.
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {
  absolutize404,
  fixFrameworkHtml,
  pinLastModified,
  reserveChartBoxes,
  reserveRowBoxes
} from "../lib/postBuild.js";
import {bundlePages, bundleSite} from "../node/bundleSite.js";
import {formatProblem, sortProblems} from "../lib/problem.js";
import {DATA_DIR, checkDataFolder} from "../node/dataFolder.js";
import {unpackVintages, vintageIndex} from "../node/vintages.js";
import {argValue} from "../node/args.js";
import {writeShareImages} from "../node/shareImages.js";
import {tablesArchive} from "../node/tablesArchive.js";
import {FACTS_FILE_VARIABLE, archiveFacts} from "../node/pageTemplate.js";
import {ALL_PAGES, PAGES} from "../../observablehq.config.js";
import {common} from "../lib/i18n/pages/common.js";
import {
  PAGE_LANGUAGES,
  alternateLinks,
  appendToHead,
  filePath,
  localizeSearchScript,
  localizeSidebar,
  pathLanguage,
  relativeLink,
  searchScriptName,
  useSearchScript
} from "../lib/pageLanguage.js";

const root = resolve(import.meta.dirname, "../..");
const out = resolve(root, argValue("--out") ?? "dist");
const next = `${out}.next`;

const {problems, dataset} = checkDataFolder();
if (problems.length > 0) {
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? "" : "s"} in data/: build stopped; ${out} is unchanged.`
  );
  process.exit(1);
}

// Two builds in one checkout (a test run beside a manual build) would delete each other's loader cache: take a lock
// (a folder, created atomically) and wait for a running build to finish. A lock older than 10 minutes is stale.
const lock = resolve(root, "src/.observablehq/build.lock");
mkdirSync(resolve(root, "src/.observablehq"), {recursive: true});
for (let waited = 0; ; waited += 500) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, {recursive: true, force: true});
    else if (waited === 0) console.error("another build is running in this checkout: waiting for it…");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}
process.on("exit", () => rmSync(lock, {recursive: true, force: true}));

// Framework reuses cached loader output even when data/ or src/lib changed; drop only that part of the cache (the
// rest lets the client bundle resolve without the network).
rmSync(resolve(root, "src/.observablehq/cache/data"), {recursive: true, force: true});
// The same holds for the page loaders' output (src/[page].md.ts renders templates and text modules it does not name).
const cache = resolve(root, "src/.observablehq/cache");
for (const name of existsSync(cache) ? readdirSync(cache) : [])
  if (/\.md(\.\d+(\.err)?)?$/.test(name)) rmSync(join(cache, name), {force: true});
for (const folder of ["de", "embed"]) rmSync(join(cache, folder), {recursive: true, force: true});
rmSync(next, {recursive: true, force: true});
const started = Date.now();
await bundleSite();
// The data archive once, in this process, from the dataset validated above: Framework takes it as the archive
// loader's output (src/data/tables.zip.ts; a cached output newer than its loader is used as is), and its page files
// give every page's facts, which the page loaders read from one file instead of each deriving the data again.
const archive = await tablesArchive(undefined, dataset);
mkdirSync(resolve(cache, "data"), {recursive: true});
writeFileSync(resolve(cache, "data/tables.zip"), archive);
// (One build at a time in a checkout, see the lock above, so the file's name is fixed.)
const factsFile = resolve(root, "src/.observablehq/page-facts.json");
writeFileSync(factsFile, JSON.stringify(await archiveFacts(archive)));
process.on("exit", () => rmSync(factsFile, {force: true}));
const result = spawnSync("npx", ["observable", "build"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    HIGH_FENCES_OUT: next,
    [FACTS_FILE_VARIABLE]: factsFile
  }
});
if (result.status !== 0 || !existsSync(resolve(next, "index.html"))) {
  rmSync(next, {recursive: true, force: true});
  console.error(`build failed: ${out} is unchanged.`);
  process.exit(result.status || 1);
}
// The share cards' og:image files (src/lib/share.ts writes the tags that point to them).
await writeShareImages(
  next,
  PAGES.map((p) => ({page: p.path.slice(1), title: p.name})),
  dataset
);
// The German pages' cards (_share/de/PAGE.png), with their German titles, figures and dates.
await writeShareImages(
  next,
  ALL_PAGES.filter((p) => p.lang === "de").map((p) => ({page: p.path.replace(/^\/de\//, ""), title: p.name})),
  dataset,
  "de"
);
// Every page, the embed pages under embed/ included.
const bilingual = new Set(ALL_PAGES.filter((p) => p.bilingual).map((p) => p.path));
for (const file of readdirSync(next, {recursive: true, encoding: "utf-8"}).filter((f) => f.endsWith(".html"))) {
  const path = resolve(next, file);
  const asOf = Date.parse(`${dataset.meta.find((r) => r.key === "as_of")?.value}T00:00:00Z`) || 0;
  const page = filePath(file);
  const lang = pathLanguage(page);
  // The page's language: <html lang>, its own tree in the sidebar, Framework's words, hreflang, its search script.
  let html = reserveChartBoxes(pinLastModified(fixFrameworkHtml(readFileSync(path, "utf-8"), lang), asOf));
  html = reserveRowBoxes(html, (file) => JSON.parse(readFileSync(resolve(path, "..", file), "utf-8")));
  html = localizeSidebar(html, file, common[lang], lang !== "en" ? relativeLink(page, `/${lang}/index`) : undefined);
  if (bilingual.has(page)) html = appendToHead(html, alternateLinks(page));
  html = useSearchScript(html, lang);
  writeFileSync(path, file === "404.html" ? absolutize404(html, process.env.HIGH_FENCES_BASE || "/") : html);
}
// Framework's search script, once per language: each keeps its own pages' results and speaks its language.
for (const name of readdirSync(resolve(next, "_observablehq")).filter((f) => /^search\.[0-9a-f]{8}\.js$/.test(f))) {
  const script = readFileSync(resolve(next, "_observablehq", name), "utf-8");
  for (const lang of PAGE_LANGUAGES)
    writeFileSync(
      resolve(next, "_observablehq", searchScriptName(name, lang)),
      localizeSearchScript(script, lang, common[lang])
    );
}
// Each page gets a bundle of only what it imports (see bundlePages).
await bundlePages(next);
// Earlier releases' tables, kept at dist/vintages/YYYY-MM-DD/ (src/node/vintages.ts), each with a plain file list.
const vintages = await unpackVintages(next, join(process.env.HIGH_FENCES_DATA || DATA_DIR, "vintages"));
for (const v of vintages) writeFileSync(resolve(next, "vintages", v.date, "index.html"), vintageIndex(v));
rmSync(out, {recursive: true, force: true});
renameSync(next, out);
console.log(`built ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
