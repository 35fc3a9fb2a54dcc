import {day} from "./dates.js";
import {averageSeries, averageTotal, coveredShare, directionOf, scopeWeights} from "./derive/averageTariff.js";
import {classifyAll} from "./derive/chips.js";
import {statusOn} from "./derive/status.js";
import {excerptPins, timelineItems} from "./derive/timeline.js";
import {tradeByYear} from "./derive/trade.js";
import {agreement} from "./derive/agreement.js";
import {pointOn} from "./derive/lineTariff.js";
import {comparePublished, headlineBasis, tariffRuns} from "./derive/tariffSeries.js";
import type {HeadlinePoint} from "./headline.js";
import {laneOf} from "./lanes.js";
import type {Dataset} from "./tables.js";
import {TABLES, TABLE_NAMES, type TableSpec} from "./tables.js";

/** The dataset's facts about itself, from meta.csv. */
export interface Meta {
  as_of: Date;
  commentary_url: string;
  commentary_title: string;
  commentary_date: Date;
  commentary_date_note: string;
  commentary_publisher: string;
}

/** Reads meta.csv's key/value rows into a typed record (validation has checked as_of). */
export function metaOf(dataset: Dataset): Meta {
  const get = (key: string) => dataset.meta.find((r) => r.key === key)?.value ?? "";
  return {
    as_of: day(get("as_of")),
    commentary_url: get("commentary_url"),
    commentary_title: get("commentary_title"),
    commentary_date: day(get("commentary_date") || get("as_of")),
    commentary_date_note: get("commentary_date_note"),
    commentary_publisher: get("commentary_publisher")
  };
}

/** The first date the estimate series starts from: just before the first Section 232/301 steps of 2018. */
export const SERIES_START = day("2018-01-01");

/** Every derived table, computed from the validated raw tables. Nobody types these. */
export function derivedTables(dataset: Dataset) {
  const meta = metaOf(dataset);
  const weights = scopeWeights(dataset.tariff_scopes, dataset.tariff_actions, dataset.measures, dataset.trade);
  const timeline = timelineItems(dataset.measures, dataset.measure_status, dataset.events, meta.as_of);
  const current = statusOn(dataset.measure_status, meta.as_of);
  const measuresById = new Map(dataset.measures.map((m) => [m.id, m]));
  const scopesById = new Map(dataset.tariff_scopes.map((s) => [s.scope, s]));
  const span = {start: SERIES_START, end: meta.as_of};
  const runs = tariffRuns(
    dataset,
    span,
    dataset.published_estimates.map((p) => p.date),
    dataset.published_estimates
  );
  const estimate = runs.main;
  const comparison = comparePublished(dataset.published_estimates, runs);
  // The headline cards: the line-level estimate on the headline basis (MFN included, and its MFN part).
  const headlineAt = (date: Date): HeadlinePoint[] =>
    (["us-on-cn", "cn-on-us"] as const).map((direction) => {
      const basis = headlineBasis(estimate.series, direction);
      const p = basis === undefined ? undefined : pointOn(estimate.series, direction, basis, date);
      const r1 = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 10) / 10);
      return {
        direction,
        date,
        basis,
        weights_year: p?.weights_year,
        total_pct: r1(p?.total_pct),
        mfn_pct: r1(p?.mfn_pct),
        additional_pct: r1(p?.additional_pct),
        covered_share: p?.covered_share,
        // Kept for the scope method's cross-check on the Data and methods page.
        scope_method_pct: Math.round(averageTotal(dataset.tariff_actions, weights, direction, date) * 10) / 10,
        scope_method_covered_share:
          Math.round(coveredShare(dataset.tariff_actions, weights, direction, date) * 1000) / 1000
      };
    });
  return {
    timeline,
    excerpt_pins: excerptPins(dataset.excerpts, timeline),
    current_status: dataset.measures.map((m) => ({
      measure_id: m.id,
      status: current.get(m.id)?.status ?? "announced",
      since: current.get(m.id)?.since ?? m.announced,
      source_ids: current.get(m.id)?.source_ids ?? m.source_ids
    })),
    tariff_steps: dataset.tariff_actions.map((a) => {
      const m = measuresById.get(a.measure_id);
      const s = scopesById.get(a.scope);
      return {
        ...a,
        label: s?.label,
        target: s?.target,
        direction: m && s ? directionOf(m.actor, s.target) : undefined,
        authority: m?.authority,
        actor: m?.actor,
        lane: m ? laneOf(m) : undefined
      };
    }),
    tariff_weights: weights.scopes,
    tariff_unweighted: weights.unweighted,
    tariff_average: averageSeries(dataset.tariff_actions, weights, {start: SERIES_START, end: meta.as_of}),
    headline: [...headlineAt(meta.commentary_date), ...headlineAt(meta.as_of)],
    tariff_series: estimate.series,
    tariff_series_by_authority: estimate.by_authority,
    tariff_estimate_notes: estimate.notes,
    tariff_comparison: comparison,
    tariff_agreement: agreement(comparison, {since: SERIES_START}),
    chip_classes: classifyAll(dataset.chips, dataset.chip_rules, dataset.chip_rule_thresholds),
    trade_years: tradeByYear(dataset.trade),
    meta: [meta]
  };
}

export type DerivedTables = ReturnType<typeof derivedTables>;
export type DerivedName = keyof DerivedTables;

/** Every table the site can emit: raw (validated) and derived, by name. */
export function allTables(dataset: Dataset): Record<string, readonly unknown[]> {
  // Line tables stay out: tens of thousands of rows the pages never read (they get the derived series).
  const raw = Object.fromEntries(
    TABLE_NAMES.filter((n) => n !== "meta" && !(TABLES[n] as TableSpec).bulky).map((n) => [n, dataset[n]])
  );
  return {...raw, ...derivedTables(dataset)};
}
