// npm run bench [-- --check]: builds the site from scratch and measures it. Prints a table and writes
// bench/results/latest.json. With --check, exits 1 when a size budget in bench/budgets.json is exceeded (times are
// reported, not enforced: they depend on the machine).
import {spawnSync} from "node:child_process";
import {mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {gzipSync} from "node:zlib";
import {launchChromium} from "../tests/support/chromium.js";
import {serveSite} from "../tests/support/server.js";
import {benchEstimate} from "./estimate.js";

const root = resolve(import.meta.dirname, "..");
const check = process.argv.includes("--check");
const budgets = JSON.parse(readFileSync(join(root, "bench/budgets.json"), "utf-8")) as Record<string, number>;
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

// 3. Every page in Chromium: bytes and requests, time to the first chart, JS heap.
const site = await serveSite(out, "/");
const browser = await launchChromium();
const pages = readdirSync(out)
  .filter((f) => f.endsWith(".html") && f !== "404.html")
  .sort();
const perPage = [];
for (const file of pages) {
  const firstChart: number[] = [];
  let bytes = 0,
    gzip = 0,
    requests = 0,
    heap = 0;
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const bodies: Promise<void>[] = [];
    let runBytes = 0,
      runGzip = 0,
      runRequests = 0;
    page.on("response", (r) => {
      runRequests++;
      bodies.push(
        r
          .body()
          .then((b) => void ((runBytes += b.length), (runGzip += gzipSync(b).length)))
          .catch(() => undefined)
      );
    });
    const start = performance.now();
    await page.goto(site.url + file);
    await page.waitForSelector("#observablehq-main svg[aria-label]", {timeout: 30_000});
    firstChart.push(performance.now() - start);
    await page.waitForLoadState("networkidle");
    await Promise.all(bodies);
    if (run === 0) {
      [bytes, gzip, requests] = [runBytes, runGzip, runRequests];
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const {metrics} = (await cdp.send("Performance.getMetrics")) as {metrics: {name: string; value: number}[]};
      heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
    }
    await context.close();
  }
  perPage.push({
    page: file,
    bytes,
    gzipBytes: gzip,
    requests,
    firstChartMs: Math.round(median(firstChart)),
    jsHeapBytes: Math.round(heap)
  });
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
console.log(
  "\n| page | transferred | gzip | requests | first chart (median of 5) | JS heap |\n|---|---:|---:|---:|---:|---:|"
);
for (const p of perPage)
  console.log(
    `| ${p.page} | ${kb(p.bytes)} | ${kb(p.gzipBytes)} | ${p.requests} | ${p.firstChartMs} ms | ${(p.jsHeapBytes / 1048576).toFixed(1)} MB |`
  );
console.log(
  "\n" +
    JSON.stringify({
      buildSeconds: result.buildSeconds,
      distBytes,
      pages: perPage.map(({page, gzipBytes, requests, firstChartMs}) => ({page, gzipBytes, requests, firstChartMs}))
    })
);

if (check) {
  const over = [
    ...perPage
      .filter((p) => p.gzipBytes > budgets.pageGzipBytes)
      .map((p) => `${p.page}: ${kb(p.gzipBytes)} gzip > ${kb(budgets.pageGzipBytes)}`),
    ...perPage
      .filter((p) => p.requests > budgets.pageRequests)
      .map((p) => `${p.page}: ${p.requests} requests > ${budgets.pageRequests}`),
    ...(distBytes > budgets.distBytes ? [`dist/: ${kb(distBytes)} > ${kb(budgets.distBytes)}`] : [])
  ];
  if (over.length) {
    console.error(`\nover budget:\n${over.join("\n")}`);
    process.exit(1);
  }
  console.log("\nall size budgets met");
}
