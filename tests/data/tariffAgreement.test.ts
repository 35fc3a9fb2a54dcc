import {describe, expect, it} from "vitest";
import {agreement} from "../../src/lib/derive/agreement.js";
import {comparePublished, tariffRuns} from "../../src/lib/derive/tariffSeries.js";
import {SERIES_START, metaOf} from "../../src/lib/outputs.js";
import type {Direction} from "../../src/lib/vocab.js";
import {loadDataset} from "../../src/node/dataFolder.js";

// The line-level estimate on the real data against the published figures it is meant to agree with (issue 13). Every
// figure compared is computed from data/; only the bounds are written here.
const ds = loadDataset();
const span = {start: SERIES_START, end: metaOf(ds).as_of};
const runs = tariffRuns(
  ds,
  span,
  ds.published_estimates.map((p) => p.date),
  ds.published_estimates
);
const compared = comparePublished(ds.published_estimates, runs);
const of = (publisher: string, direction: Direction) =>
  compared.filter((c) => c.publisher === publisher && c.direction === direction && c.date >= SERIES_START);
const misses = (rows: typeof compared) =>
  rows.map((c) => `${c.date.toISOString().slice(0, 10)}: theirs ${c.published_pct}, ours ${c.ours_pct}`).join("; ");

/** Issue 13's targets: PIIE basis vs every PIIE figure (mean and worst absolute difference), Yale basis vs Yale. */
const TARGET = {mean: 1.5, worst: 4, yale: 2};

/**
 * Where the data does not reach a target, what it does reach (measured on 1 December 2026 with the inputs of
 * data/lines), so the test stays honest and still fails if the estimate gets worse. US on China: US imports from China
 * by HTS10 in 2017, PIIE's weights, were not found; the PIIE basis uses 2024 lines rescaled to PIIE's stated list
 * values and coverage (data/lines/bases.csv, data/lines/us/NOTES.md). The sensitivity basis with 2024 weights
 * throughout moves ours by 2 to 7 points on PIIE's dates (tariff_comparison: weights), and PIIE's own step sizes imply
 * list shares its stated coverage does not, so ours is 3 to 4 points below PIIE from September 2018 on and about 8 on
 * 3 May 2025 (auto parts excluded from the reciprocal tariff here, stacked by PIIE). Tighten to TARGET when the 2017
 * weights arrive.
 */
const REACHED: Partial<Record<Direction, {mean: number; worst: number}>> = {"us-on-cn": {mean: 3.4, worst: 7.7}};

/**
 * Yale basis, 1 January and 24 February 2026: ours is about 5.5 points below Yale's China figures as published. Yale's
 * build of 11 March 2026 charged the suspended Section 301 List 4B (fixed by Yale on 25 March): published_estimates
 * records it in `their_rates`, and ours recomputed with it is within the target (the next test). The rest is Yale's
 * whole-heading auto-parts list and its undated IEEPA exempt list (data/lines/us/NOTES.md).
 */
const REACHED_YALE: number | undefined = 5.7;

describe("the PIIE-basis estimate against every PIIE figure from 2018 on", () => {
  for (const direction of ["us-on-cn", "cn-on-us"] as const) {
    const rows = of("PIIE", direction);
    const bound = REACHED[direction] ?? TARGET;
    const what = REACHED[direction]
      ? `misses issue 13's ${TARGET.mean}/${TARGET.worst}-point target: within ${bound.mean} points on average and ${bound.worst} at worst`
      : `meets issue 13's target: within ${bound.mean} points on average and ${bound.worst} at worst`;
    it(`has a value of ours for each of PIIE's ${rows.length} figures (${direction})`, () => {
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.filter((c) => c.ours_pct === undefined).map((c) => c.id)).toEqual([]);
    });
    it(`${what} (${direction})`, () => {
      const [a] = agreement(compared, {publishers: ["PIIE"], since: SERIES_START}).filter((x) => x.direction === direction);
      expect(a.figures).toBe(rows.length);
      expect(a.mean_abs_pct, misses(rows)).toBeLessThanOrEqual(bound.mean);
      expect(a.worst_abs_pct, misses(rows)).toBeLessThanOrEqual(bound.worst);
    });
  }
});

describe("the Yale-basis estimate against the Yale Budget Lab's China figures from 2025 on", () => {
  const rows = of("Yale Budget Lab", "us-on-cn").filter((c) => c.date >= new Date("2025-01-01T00:00:00Z"));
  const bound = REACHED_YALE ?? TARGET.yale;
  const what = REACHED_YALE
    ? `misses issue 13's ${TARGET.yale}-point target: within ${bound} points`
    : `meets issue 13's target: within ${bound} points`;
  it(`${what} at each of Yale's ${rows.length} dates`, () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const c of rows) expect(Math.abs(c.difference_pct ?? Infinity), misses([c])).toBeLessThanOrEqual(bound);
  });
  it(`meets issue 13's target once ours is recomputed with Yale's documented inputs (their_rates): within ${TARGET.yale} points`, () => {
    const withTheirs = rows.filter((c) => c.ours_with_their_inputs_pct !== undefined);
    expect(withTheirs.length).toBe(rows.filter((c) => ds.published_estimates.find((p) => p.id === c.id)?.their_rates.length).length);
    for (const c of withTheirs)
      expect(
        Math.abs(c.ours_with_their_inputs_pct! - c.published_pct),
        `${c.date.toISOString().slice(0, 10)}: Yale ${c.published_pct}, ours with their inputs ${c.ours_with_their_inputs_pct}`
      ).toBeLessThanOrEqual(TARGET.yale);
  });
});
