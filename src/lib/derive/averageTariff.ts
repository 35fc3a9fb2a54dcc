import type {Measure, TariffAction, TradeRow} from "../schema.js";
import type {Authority, Direction, TradeFlow} from "../vocab.js";
import {rateInForce} from "./rates.js";

// METHOD (also shown on the Tariffs and Data-and-methods pages): the estimated average ADDITIONAL tariff one side
// levies on the other's goods on a date is the coverage-weighted sum of the rates in force,
//   average(t) = Σ_scope rate_scope(t) × share_scope,   share_scope = covered_usd_bn / partner's total goods that year,
// where covered_usd_bn and its year come from the source of the scope (e.g. "$200 billion of 2017 imports") and the
// total is the trade table's flow for that year (US imports from China for US tariffs, US exports to China for China's).
// Where a source states the value but not its year, the year before the scope's first step is assumed (lists were
// drawn up from the latest full year of trade) and the scope is flagged `year_assumed`.
// Rates of overlapping scopes add up, as stacked duties do. It leaves out MFN duties, exclusions granted later, and
// shifts in trade caused by the tariffs themselves, which is why it differs from product-level estimates such as PIIE's.

/** The trade flow that weights each direction's tariffs. */
export const WEIGHT_FLOW: Record<Direction, TradeFlow> = {"us-on-cn": "us-imports-from-cn", "cn-on-us": "us-exports-to-cn"};

/** Which direction a measure's tariffs run in, or undefined when it does not hit the other side. */
export function directionOf(measure: Pick<Measure, "actor" | "target">): Direction | undefined {
  if (measure.actor === "US" && (measure.target.includes("CN") || measure.target.includes("world"))) return "us-on-cn";
  if (measure.actor === "CN" && (measure.target.includes("US") || measure.target.includes("world"))) return "cn-on-us";
  return undefined;
}

/** A scope with the weight it carries in the estimate. */
export interface WeightedScope {
  scope: string;
  scope_label: string;
  direction: Direction;
  authority: Authority;
  measure_id: string;
  covered_usd_bn: number;
  covered_year: number;
  /** True when no source states the year of covered_usd_bn and the year before the first step was used. */
  year_assumed: boolean;
  /** covered_usd_bn ÷ the partner's total goods trade of covered_year. */
  share: number;
}

/** The scopes that enter the estimate, and those left out with the reason. */
export interface Weights {
  scopes: WeightedScope[];
  unweighted: {scope: string; reason: string}[];
}

/**
 * Weights every tariff scope that hits the other side by the share of trade it covers. A scope's coverage is taken from
 * its first step that states one; a scope without a stated coverage, or whose year has no trade total, is left out and
 * listed with the reason, so the page can say what the estimate does not include.
 */
export function scopeWeights(actions: readonly TariffAction[], measures: readonly Measure[], trade: readonly TradeRow[]): Weights {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const totals = new Map(trade.map((t) => [`${t.flow}|${t.year}`, t.value_usd_bn]));
  const scopes: WeightedScope[] = [];
  const unweighted: Weights["unweighted"] = [];
  const seen = new Set<string>();
  const ordered = [...actions].sort((a, b) => a.date.getTime() - b.date.getTime());
  for (const action of ordered) {
    if (seen.has(action.scope)) continue;
    const measure = byId.get(action.measure_id);
    const direction = measure && directionOf(measure);
    if (!measure || !direction) continue;
    seen.add(action.scope);
    const stated = ordered.find((a) => a.scope === action.scope && a.covered_usd_bn !== undefined);
    if (!stated || stated.covered_usd_bn === undefined) {
      unweighted.push({scope: action.scope, reason: "no source states the trade it covers"});
      continue;
    }
    const year = stated.covered_year ?? action.date.getUTCFullYear() - 1;
    const total = totals.get(`${WEIGHT_FLOW[direction]}|${year}`);
    if (!total) {
      unweighted.push({scope: action.scope, reason: `no ${WEIGHT_FLOW[direction]} total for ${year} in trade.csv`});
      continue;
    }
    scopes.push({
      scope: action.scope,
      scope_label: action.scope_label,
      direction,
      authority: measure.authority,
      measure_id: measure.id,
      covered_usd_bn: stated.covered_usd_bn,
      covered_year: year,
      year_assumed: stated.covered_year === undefined,
      share: Math.min(1, stated.covered_usd_bn / total)
    });
  }
  return {scopes, unweighted};
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
export function averageOn(actions: readonly TariffAction[], weights: Weights, direction: Direction, date: Date): Map<Authority, number> {
  const result = new Map<Authority, number>();
  for (const s of weights.scopes) {
    if (s.direction !== direction) continue;
    const rate = rateInForce(actions, s.scope, date);
    result.set(s.authority, (result.get(s.authority) ?? 0) + rate * s.share);
  }
  return result;
}

/** The estimated average on a date, summed over authorities. */
export function averageTotal(actions: readonly TariffAction[], weights: Weights, direction: Direction, date: Date): number {
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
    const authorities = [...new Set(weights.scopes.filter((s) => s.direction === direction).map((s) => s.authority))].sort();
    const dates = [start, end, ...actions.filter((a) => scopes.has(a.scope)).map((a) => a.date)]
      .filter((d) => d >= start && d <= end)
      .map((d) => d.getTime());
    for (const time of [...new Set(dates)].sort((a, b) => a - b)) {
      const date = new Date(time);
      const on = averageOn(actions, weights, direction, date);
      for (const authority of authorities) points.push({direction, date, authority, contribution_pct: round(on.get(authority) ?? 0)});
    }
  }
  return points;
}

/**
 * Share of the partner's goods under any additional tariff on a date: weighted shares of scopes with a rate above
 * zero, summed and capped at 1. Overlapping scopes make the sum an upper bound, which the pages say.
 */
export function coveredShare(actions: readonly TariffAction[], weights: Weights, direction: Direction, date: Date): number {
  let share = 0;
  for (const s of weights.scopes) {
    if (s.direction === direction && rateInForce(actions, s.scope, date) > 0) share += s.share;
  }
  return Math.min(1, share);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
