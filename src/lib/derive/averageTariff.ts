import type {Measure, TariffAction, TariffScope, TradeRow} from "../schema.js";
import type {Authority, Direction, Target, TradeFlow} from "../vocab.js";
import {rateInForce} from "./rates.js";

// METHOD (also shown on the Tariffs and Data-and-methods pages): the estimated average ADDITIONAL tariff one side
// levies on the other's goods on a date is the coverage-weighted sum of the rates in force,
//   average(t) = Σ_scope rate_scope(t) × share_scope,   share_scope = covered_usd_bn / partner's total goods that year,
// where covered_usd_bn and its year come from the source of the scope (tariff_scopes.csv, e.g. "$200 billion") and the
// total is the trade table's flow for that year (US imports from China for US tariffs, US exports to China for China's).
// Rates of overlapping scopes add up, as stacked duties do. It leaves out MFN duties, exclusions granted later, and
// shifts in trade caused by the tariffs themselves, which is why it differs from product-level estimates such as PIIE's.
// Two stated assumptions fill gaps in the sources, and every scope that uses one is flagged:
// - no year given for covered_usd_bn: the year before the scope's first step (lists were drawn from the last full year);
// - only a total for several scopes (covered_group, e.g. one retaliation round with four rate bands): the total is split
//   in proportion to the scopes' tariff-line counts; a group without line counts for all its scopes is left out.

/** The trade flow that weights each direction's tariffs. */
export const WEIGHT_FLOW: Record<Direction, TradeFlow> = {
  "us-on-cn": "us-imports-from-cn",
  "cn-on-us": "us-exports-to-cn"
};

/** Which direction a tariff runs in, from the acting side and whose goods it hits; undefined for third countries. */
export function directionOf(actor: Measure["actor"], target: Target): Direction | undefined {
  if (actor === "US" && (target === "CN" || target === "world")) return "us-on-cn";
  if (actor === "CN" && (target === "US" || target === "world")) return "cn-on-us";
  return undefined;
}

/** A scope with the weight it carries in the estimate. */
export interface WeightedScope {
  scope: string;
  label: string;
  /** The goods label in German (tariff_scopes.label_de; the German page data carries it as `label`). */
  label_de?: string;
  direction: Direction;
  authority: Authority;
  measure_id: string;
  /** The trade this scope stands for in the estimate (its share of a group total where split). */
  covered_usd_bn: number;
  covered_year: number;
  /** True when no source states the year of covered_usd_bn and the year before the first step was used. */
  year_assumed: boolean;
  /** True when covered_usd_bn is our split of a group total by tariff lines, not a stated value. */
  allocated: boolean;
  /** covered_usd_bn ÷ the partner's total goods trade of covered_year. */
  share: number;
}

/** The scopes that enter the estimate, and those left out with the reason. */
export interface Weights {
  scopes: WeightedScope[];
  unweighted: {scope: string; direction: Direction; reason: string}[];
}

/**
 * Weights every tariff scope that hits the other side by the share of trade it covers, following the METHOD above.
 * Direction and authority come from the measure of the scope's first step. Scopes that cannot be weighted are listed
 * with the reason, so the page can say what the estimate leaves out.
 */
export function scopeWeights(
  scopes: readonly TariffScope[],
  actions: readonly TariffAction[],
  measures: readonly Measure[],
  trade: readonly TradeRow[]
): Weights {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const totals = new Map(trade.map((t) => [`${t.flow}|${t.year}`, t.value_usd_bn]));
  const firstStep = new Map<string, TariffAction>();
  for (const a of [...actions].sort((x, y) => x.date.getTime() - y.date.getTime()))
    if (!firstStep.has(a.scope)) firstStep.set(a.scope, a);
  const groupLines = new Map<string, number | undefined>();
  for (const s of scopes) {
    if (s.covered_group === undefined) continue;
    const sum = groupLines.has(s.covered_group) ? groupLines.get(s.covered_group) : 0;
    groupLines.set(s.covered_group, sum === undefined || s.lines === undefined ? undefined : sum + s.lines);
  }
  const weights: Weights = {scopes: [], unweighted: []};
  for (const s of scopes) {
    const step = firstStep.get(s.scope);
    const measure = step && byId.get(step.measure_id);
    const direction = measure && directionOf(measure.actor, s.target);
    if (!step || !measure || !direction) continue;
    const skip = (reason: string) => weights.unweighted.push({scope: s.scope, direction, reason});
    if (s.covered_usd_bn === undefined) {
      skip("no source states the trade it covers");
      continue;
    }
    let covered = s.covered_usd_bn;
    if (s.covered_group !== undefined) {
      const lines = groupLines.get(s.covered_group);
      if (lines === undefined || s.lines === undefined) {
        skip(`only a total for group "${s.covered_group}" is known, and not every scope of it has a tariff-line count`);
        continue;
      }
      covered = (s.covered_usd_bn * s.lines) / lines;
    }
    const year = s.covered_year ?? step.date.getUTCFullYear() - 1;
    const total = totals.get(`${WEIGHT_FLOW[direction]}|${year}`);
    if (!total) {
      skip(`no ${WEIGHT_FLOW[direction]} total for ${year} in trade.csv`);
      continue;
    }
    weights.scopes.push({
      scope: s.scope,
      label: s.label,
      label_de: s.label_de,
      direction,
      authority: measure.authority,
      measure_id: measure.id,
      covered_usd_bn: Math.round(covered * 1000) / 1000,
      covered_year: year,
      year_assumed: s.covered_year === undefined,
      allocated: s.covered_group !== undefined,
      share: Math.min(1, covered / total)
    });
  }
  return weights;
}

/** One authority's contribution to the estimated average on a date. */
export interface AveragePoint {
  direction: Direction;
  date: Date;
  authority: Authority;
  /** Percentage points this authority adds to the average. */
  contribution_pct: number;
}

/** The estimate split by authority on one date, in percentage points. */
export function averageOn(
  actions: readonly TariffAction[],
  weights: Weights,
  direction: Direction,
  date: Date
): Map<Authority, number> {
  const result = new Map<Authority, number>();
  for (const s of weights.scopes) {
    if (s.direction !== direction) continue;
    const rate = rateInForce(actions, s.scope, date);
    result.set(s.authority, (result.get(s.authority) ?? 0) + rate * s.share);
  }
  return result;
}

/** The estimated average on a date, summed over authorities. */
export function averageTotal(
  actions: readonly TariffAction[],
  weights: Weights,
  direction: Direction,
  date: Date
): number {
  let total = 0;
  for (const v of averageOn(actions, weights, direction, date).values()) total += v;
  return total;
}

/**
 * The estimate as a step series: one point per authority at each date where a weighted scope of that direction changes
 * rate, from `start` to `end`. Consecutive equal values are kept so the series draws as steps.
 */
export function averageSeries(
  actions: readonly TariffAction[],
  weights: Weights,
  {start, end}: {start: Date; end: Date}
): AveragePoint[] {
  const points: AveragePoint[] = [];
  for (const direction of ["us-on-cn", "cn-on-us"] as const) {
    const scopes = new Set(weights.scopes.filter((s) => s.direction === direction).map((s) => s.scope));
    const authorities = [
      ...new Set(weights.scopes.filter((s) => s.direction === direction).map((s) => s.authority))
    ].sort();
    const dates = [start, end, ...actions.filter((a) => scopes.has(a.scope)).map((a) => a.date)]
      .filter((d) => d >= start && d <= end)
      .map((d) => d.getTime());
    for (const time of [...new Set(dates)].sort((a, b) => a - b)) {
      const date = new Date(time);
      const on = averageOn(actions, weights, direction, date);
      for (const authority of authorities)
        points.push({direction, date, authority, contribution_pct: round(on.get(authority) ?? 0)});
    }
  }
  return points;
}

/**
 * Share of the partner's goods under any additional tariff on a date: weighted shares of scopes with a rate above
 * zero, summed and capped at 1. Overlapping scopes make the sum an upper bound, which the pages say.
 */
export function coveredShare(
  actions: readonly TariffAction[],
  weights: Weights,
  direction: Direction,
  date: Date
): number {
  let share = 0;
  for (const s of weights.scopes) {
    if (s.direction === direction && rateInForce(actions, s.scope, date) > 0) share += s.share;
  }
  return Math.min(1, share);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
