// npm run bench [-- --check] [--no-lighthouse]: builds the site from scratch and measures it. Prints a table and writes
// bench/results/latest.json. With --check, exits 1 when a page misses a budget of bench/budgets.json: gzip bytes,
// requests, layout shift or a Lighthouse score (times are reported, not enforced: they depend on the machine).
import {spawnSync} from "node:child_process";
import {mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {join, resolve, sep} from "node:path";
import {launchChromium} from "../tests/support/chromium.js";
import {lighthouseScores, type LighthouseScores} from "./lighthouse.js";
import {measureLoad} from "./pageLoad.js";
import {serveSite} from "../tests/support/server.js";
import {benchEstimate} from "./estimate.js";

const root = resolve(import.meta.dirname, "..");
const check = process.argv.includes("--check");
// Lighthouse takes some 10 s a run (two per page); --no-lighthouse skips it (and its budgets).
const withLighthouse = !process.argv.includes("--no-lighthouse");
const {pageGzipBytesByPage = {}, ...budgets} = JSON.parse(readFileSync(join(root, "bench/budgets.json"), "utf-8")) as {
  pageGzipBytesByPage?: Record<string, number>;
} & Record<string, number>;
/** A page's gzip budget: its own where budgets.json names one (an exception, said in its note), else pageGzipBytes. */
const gzipBudget = (page: string) => pageGzipBytesByPage[page] ?? budgets.pageGzipBytes;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => Math.round(ms / 100) / 10;

// 0. The line-level tariff estimate in this process: validation, the series both ways, the sensitivity runs.
const estimate = benchEstimate();

// 1. Each loader on its own (a fresh tsx process each, as Framework runs them).
const loaders: {loader: string; ms: number}[] = [];
for (const loader of readdirSync(join(root, "src/data"))
  .filter((f) => f.endsWith(".ts"))
  .sort()) {
  const t0 = performance.now();
  const r = spawnSync(join(root, "node_modules/.bin/tsx"), [join("src/data", loader)], {
    cwd: root,
    encoding: "utf-8",
    maxBuffer: 1 << 28
  });
  if (r.status !== 0) throw new Error(`${loader} failed:\n${r.stderr}`);
  loaders.push({loader, ms: Math.round(performance.now() - t0)});
}

// 2. A clean build (the build script drops the loader cache itself).
const out = join(root, "bench/results/dist");
const t0 = performance.now();
const build = spawnSync("npx", ["tsx", "src/cli/build.ts", "--out", out], {
  cwd: root,
  encoding: "utf-8",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
});
const buildMs = performance.now() - t0;
if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
const loadersMs = loaders.reduce((s, l) => s + l.ms, 0);

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const distBytes = files(out).reduce((s, f) => s + statSync(f).size, 0);

// 3. Every page in Chromium, served with gzip as a static host does: what a phone loads (bytes, requests, LCP), layout
// shift in both themes at 375 and 1280 px, time to the first chart (median of 5 loads), then Lighthouse.
const site = await serveSite(out, "/", {gzip: true});
const browser = await launchChromium();
// Every page of the built site in either language (the German tree under de/), but not the 404 pages, the embed pages
// (embed/ and de/embed/, one chart each) or the kept vintages' file lists (vintages/).
const pages = readdirSync(out, {recursive: true, encoding: "utf-8"})
  .map((f) => f.split(sep).join("/"))
  .filter((f) => f.endsWith(".html") && !/^(de\/)?(404\.html$|(embed|vintages|_[^/]*)\/)/.test(f))
  .sort();
interface PageResult {
  page: string;
  gzipBytes: number;
  requests: number;
  cls: number;
  lcpMs: number;
  firstChartMs: number;
  largest: string[];
  lighthouse: {mobile: LighthouseScores; desktop: LighthouseScores} | null;
}
const perPage: PageResult[] = [];
for (const file of pages) {
  const url = site.url + file;
  const loads = [];
  for (let run = 0; run < 5; run++) loads.push(await measureLoad(browser, url, {width: 375}));
  const variants = [loads[0]];
  for (const [width, colorScheme] of [
    [375, "dark"],
    [1280, "light"],
    [1280, "dark"]
  ] as const)
    variants.push(await measureLoad(browser, url, {width, colorScheme}));
  const lighthouse = withLighthouse
    ? {mobile: await lighthouseScores(url, "mobile"), desktop: await lighthouseScores(url, "desktop")}
    : null;
  perPage.push({
    page: file,
    gzipBytes: loads[0].transferBytes,
    requests: loads[0].requests,
    cls: Math.round(Math.max(...variants.map((v) => v.cls)) * 1000) / 1000,
    lcpMs: Math.round(median(loads.map((l) => l.lcpMs ?? NaN))),
    firstChartMs: Math.round(median(loads.map((l) => l.firstChartMs ?? Infinity))),
    largest: loads[0].files.slice(0, 3).map((f) => `${f.path.replace(/^.*\//, "")} ${(f.bytes / 1024).toFixed(0)} KB`),
    lighthouse
  });
  console.error(`measured ${file}`);
}
await browser.close();
await site.close();

const result = {
  buildSeconds: seconds(buildMs),
  loadersSeconds: seconds(loadersMs),
  pagesSeconds: seconds(Math.max(0, buildMs - loadersMs)),
  distBytes,
  loaders,
  estimate: {
    validateMs: estimate.validateMs,
    seriesMs: estimate.seriesMs,
    allRunsAndComparisonMs: estimate.allRunsAndComparisonMs,
    points: estimate.points
  },
  pages: perPage
};
mkdirSync(join(root, "bench/results"), {recursive: true});
writeFileSync(join(root, "bench/results/latest.json"), JSON.stringify(result, null, 2) + "\n");

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
console.log(
  `clean build ${result.buildSeconds} s (budget ${budgets.buildSeconds} s, reported only); loaders run one by one ${result.loadersSeconds} s; pages ≈ ${result.pagesSeconds} s`
);
console.log(`dist/ ${kb(distBytes)} (budget ${kb(budgets.distBytes)})`);
console.log(
  `tariff estimate: validation ${estimate.validateMs} ms, series both ways with the sensitivity runs ${estimate.seriesMs} ms, with the comparison ${estimate.allRunsAndComparisonMs} ms (target ≤ 3 s in the loader, reported only)`
);
console.log(
  `slowest loaders: ${[...loaders]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map((l) => `${l.loader} ${l.ms} ms`)
    .join(", ")}`
);
const score = (p: (typeof perPage)[number], f: "mobile" | "desktop") =>
  p.lighthouse ? `${p.lighthouse[f].performance} / ${p.lighthouse[f].accessibility}` : "–";
console.log(
  "\n| page | gzip KB | requests | CLS (max of 4) | LCP | first chart (median of 5) | Lighthouse mobile (perf / a11y) | desktop | largest files |\n|---|---:|---:|---:|---:|---:|---:|---:|---|"
);
for (const p of perPage)
  console.log(
    `| ${p.page} | ${(p.gzipBytes / 1024).toFixed(0)} | ${p.requests} | ${p.cls.toFixed(3)} | ${p.lcpMs} ms | ${p.firstChartMs} ms | ${score(p, "mobile")} | ${score(p, "desktop")} | ${p.largest.join(", ")} |`
  );
console.log(
  "\n" +
    JSON.stringify({
      buildSeconds: result.buildSeconds,
      distBytes,
      pages: perPage.map(({page, gzipBytes, requests, cls, firstChartMs, lighthouse}) => ({
        page,
        gzipBytes,
        requests,
        cls,
        firstChartMs,
        mobile: lighthouse?.mobile.performance,
        desktop: lighthouse?.desktop.performance
      }))
    })
);

if (check) {
  const over = [
    ...perPage.flatMap((p) => {
      const misses = [];
      if (p.gzipBytes > gzipBudget(p.page)) misses.push(`${kb(p.gzipBytes)} gzip > ${kb(gzipBudget(p.page))}`);
      if (p.requests > budgets.pageRequests) misses.push(`${p.requests} requests > ${budgets.pageRequests}`);
      if (p.cls > budgets.cls) misses.push(`layout shift ${p.cls} > ${budgets.cls}`);
      if (p.lighthouse) {
        const {mobile, desktop} = p.lighthouse;
        if (mobile.performance < budgets.lighthouseMobilePerformance)
          misses.push(`Lighthouse mobile ${mobile.performance} < ${budgets.lighthouseMobilePerformance}`);
        if (desktop.performance < budgets.lighthouseDesktopPerformance)
          misses.push(`Lighthouse desktop ${desktop.performance} < ${budgets.lighthouseDesktopPerformance}`);
        for (const [f, r] of [
          ["mobile", mobile],
          ["desktop", desktop]
        ] as const)
          if (r.accessibility < budgets.lighthouseAccessibility)
            misses.push(
              `Lighthouse accessibility (${f}) ${r.accessibility} < ${budgets.lighthouseAccessibility}: ${r.accessibilityFailures.join(", ")}`
            );
      }
      return misses.map((m) => `${p.page}: ${m}`);
    }),
    ...(distBytes > budgets.distBytes ? [`dist/: ${kb(distBytes)} > ${kb(budgets.distBytes)}`] : [])
  ];
  if (over.length) {
    console.error(`\nover budget:\n${over.join("\n")}`);
    process.exit(1);
  }
  console.log(`\nall budgets met${withLighthouse ? "" : " (Lighthouse skipped)"}`);
}
