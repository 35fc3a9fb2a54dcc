// The line-level tariff estimate on the real data, measured on its own: validation, the series both ways (and the two
// sensitivity runs the comparison needs), and the comparison with every published figure.
// `npx tsx bench/estimate.ts` prints the times, the table of ours vs PIIE vs Yale at each of their dates and the notes;
// `npm run bench` reports the times with the rest of the benchmark. Times are reported, never enforced.
import {SERIES_START, metaOf} from "../src/lib/outputs.js";
import {comparePublished, tariffRuns} from "../src/lib/derive/tariffSeries.js";
import {loadDataset} from "../src/node/dataFolder.js";

/** Milliseconds of each step, and the comparison rows. */
export function benchEstimate(dir?: string) {
  const t0 = performance.now();
  const dataset = loadDataset(dir);
  const t1 = performance.now();
  const span = {start: SERIES_START, end: metaOf(dataset).as_of};
  const runs = tariffRuns(
    dataset,
    span,
    dataset.published_estimates.map((p) => p.date),
    dataset.published_estimates
  );
  const main = runs.main;
  const t2 = performance.now();
  const comparison = comparePublished(dataset.published_estimates, runs);
  const t3 = performance.now();
  const lines = (["us_weights", "cn_weights"] as const).map((t) => dataset[t].length);
  return {
    validateMs: Math.round(t1 - t0),
    seriesMs: Math.round(t2 - t1),
    allRunsAndComparisonMs: Math.round(t3 - t1),
    weightRows: {us: lines[0], cn: lines[1]},
    points: main.series.length,
    notes: main.notes,
    comparison
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchEstimate();
  console.log(
    `validate ${r.validateMs} ms; series both ways with the two sensitivity runs ${r.seriesMs} ms; with the comparison ${r.allRunsAndComparisonMs} ms; ${r.points} points; weight rows US ${r.weightRows.us}, CN ${r.weightRows.cn}`
  );
  for (const n of r.notes) console.log(`note: ${n.direction} ${n.basis} ${n.weights_year ?? ""}: ${n.note}`);
  const f = (x: number | undefined) => (x === undefined ? "–" : x.toFixed(1));
  console.log(
    "\n| direction | date | publisher | published | ours (basis, year) | diff | weights | exemptions | exclusions | MFN | their inputs | ours with them |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  );
  for (const c of r.comparison.filter((c) => c.publisher === "PIIE" || c.publisher === "Yale Budget Lab"))
    console.log(
      `| ${c.direction} | ${c.date.toISOString().slice(0, 10)} | ${c.publisher} | ${c.published_pct} | ${f(c.ours_pct)} (${c.basis} ${c.weights_year ?? ""}) | ${f(c.difference_pct)} | ${f(c.weights_effect_pct)} | ${f(c.exemptions_pct)} | ${f(c.exclusions_pct)} | ${f(c.mfn_pct)} | ${f(c.their_inputs_pct)} | ${f(c.ours_with_their_inputs_pct)} |`
    );
}
