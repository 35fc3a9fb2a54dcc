import {formats} from "../format.js";
import type {PublishedEstimate} from "../schema.js";
import {LINE_TABLES, type Dataset} from "../tables.js";
import {DIRECTIONS, type Direction} from "../vocab.js";
import {
  HEADLINE_BASIS,
  evaluateLines,
  pointOn,
  prepareLines,
  type PreparedLines,
  type AuthorityPoint,
  type EstimateVariant,
  type LineEstimate,
  type SeriesPoint
} from "./lineTariff.js";

/** The line-level estimate of both directions, from a validated dataset (the series starts at `start`). */
export function tariffSeries(
  dataset: Dataset,
  {start, end, variant}: {start: Date; end: Date; variant?: EstimateVariant}
): LineEstimate {
  return merge(preparedBothWays(dataset, {start, end}).map((p) => evaluateLines(p, {variant})));
}

/** Both directions' lines, prepared once (the costly part), for the main run and the sensitivity runs. */
function preparedBothWays(dataset: Dataset, {start, end}: {start: Date; end: Date}): PreparedLines[] {
  return DIRECTIONS.map((direction) => {
    const t = LINE_TABLES[direction];
    return prepareLines({
      direction,
      lines: {
        weights: dataset[t.weights],
        mfn: dataset[t.mfn],
        scope_lines: dataset[t.scope_lines],
        exemptions: dataset[t.exemptions]
      },
      bases: dataset.line_bases,
      stacking: dataset.line_stacking,
      actions: dataset.tariff_actions,
      measures: dataset.measures,
      start,
      end
    });
  });
}

function merge(runs: LineEstimate[]): LineEstimate {
  return {
    series: runs.flatMap((r) => r.series),
    by_authority: runs.flatMap((r) => r.by_authority),
    notes: runs.flatMap((r) => r.notes)
  };
}

/**
 * The estimate both ways, and the sensitivity runs (without exemptions, without stacking rules) evaluated only on the
 * dates `at` (the published figures' dates: all a comparison needs); for each published figure with `their_rates`, ours
 * recomputed with those rates on its date. The lines are grouped once for all of them.
 */
export function tariffRuns(
  dataset: Dataset,
  span: {start: Date; end: Date},
  at: readonly Date[],
  theirs: readonly Pick<PublishedEstimate, "id" | "date" | "their_rates">[] = []
): EstimateRuns {
  const prepared = preparedBothWays(dataset, span);
  const theirInputs = new Map<string, LineEstimate>();
  for (const p of theirs) {
    if (!p.their_rates?.length) continue;
    const rates = new Map(p.their_rates.map((r) => [r.scope, r.rate_pct]));
    theirInputs.set(p.id, merge(prepared.map((q) => evaluateLines(q, {variant: {rates}, at: [p.date]}))));
  }
  return {
    main: merge(prepared.map((p) => evaluateLines(p))),
    noExemptions: merge(prepared.map((p) => evaluateLines(p, {variant: {noExemptions: true}, at}))),
    noStacking: merge(prepared.map((p) => evaluateLines(p, {variant: {noStacking: true}, at}))),
    theirInputs
  };
}

/** The basis the headline uses in a direction: PIIE's where the series has it, else the first basis it has. */
export function headlineBasis(series: readonly SeriesPoint[], direction: Direction): string | undefined {
  return series.find((p) => p.direction === direction && p.headline)?.basis;
}

/** A published figure beside ours on the same date and basis, with what each input we can vary is worth there. */
export interface Comparison {
  id: string;
  publisher: string;
  direction: Direction;
  date: Date;
  /** Our basis it is compared with (the row's own basis, else the headline basis). */
  basis: string;
  weights_year?: number;
  published_pct: number;
  /** Ours, MFN included (or the authority's part where the published figure is one authority's). */
  ours_pct?: number;
  /** Ours minus theirs, percentage points. */
  difference_pct?: number;
  /** The MFN part of ours. */
  mfn_pct?: number;
  /** Ours on the other basis with a value that day, minus ours: what the weights year alone changes. */
  weights_effect_pct?: number;
  /** The other basis used for weights_effect_pct and its year, e.g. "yale 2024". */
  weights_alternative?: string;
  /** What deducting exemptions takes off ours (ours minus ours without exemptions; ≤ 0). */
  exemptions_pct?: number;
  /** What the stacking rules (exclusions, replacements) take off ours (≤ 0). */
  exclusions_pct?: number;
  /** What their differing inputs (`their_rates`) add to ours, and ours computed with them. */
  their_inputs_pct?: number;
  ours_with_their_inputs_pct?: number;
  /** Why the numbers differ, from the figures above. */
  reason: string;
  /** The same reason in German (the German page data carries it as `reason`). */
  reason_de?: string;
  method: string;
  source_ids: string[];
}

/** The estimate runs a comparison needs: the real one and the sensitivity runs that leave one input out. */
export interface EstimateRuns {
  main: LineEstimate;
  noExemptions: LineEstimate;
  noStacking: LineEstimate;
  /** Ours recomputed with a published figure's `their_rates`, by the figure's id. */
  theirInputs?: ReadonlyMap<string, LineEstimate>;
}

// Half away from zero, so -6.25 and 6.25 round to the same magnitude.
const r1 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
const signed = (x: number) => `${x > 0 ? "+" : ""}${r1(x).toFixed(1)}`;
/** German: "+1,2", "−1,2" (a typographic minus, as formats("de") writes a deficit). */
const signedDe = (x: number) => `${r1(x) > 0 ? "+" : r1(x) < 0 ? "−" : ""}${formats("de").number(Math.abs(r1(x)), 1)}`;

/** What one input is worth on a date, named in "why the numbers differ". */
type Effect =
  | {kind: "their-inputs"; rates: readonly {scope: string; rate_pct: number}[]}
  | {kind: "weights"; basis: string; year: number | undefined}
  | {kind: "exemptions" | "exclusions"};

/** Why a published figure and ours differ, as parameters: the texts of both languages are written from them. */
type Reason =
  | {kind: "starts-later" | "no-line-data"; basis: string}
  | {kind: "compared"; difference: number; comparable: boolean; named: readonly [Effect, number][]};

/** The reason in English and in German. */
function reasonTexts(r: Reason): {reason: string; reason_de: string} {
  if (r.kind !== "compared")
    return r.kind === "starts-later"
      ? {reason: `our ${r.basis} basis starts later`, reason_de: `unsere ${r.basis}-Basis beginnt später`}
      : {
          reason: `no line data for the ${r.basis} basis yet`,
          reason_de: `noch keine Zolllinien-Daten für die ${r.basis}-Basis`
        };
  const de = formats("de");
  const what = (e: Effect, lang: "en" | "de") => {
    if (e.kind === "their-inputs")
      return lang === "en"
        ? `their inputs (${e.rates.map((x) => `${x.scope} at ${x.rate_pct}%`).join(", ")})`
        : `ihre Annahmen (${e.rates.map((x) => `${x.scope} zu ${de.number(x.rate_pct)} %`).join(", ")})`;
    if (e.kind === "weights") return lang === "en" ? `${e.basis} ${e.year} weights` : `Gewichte ${e.basis} ${e.year}`;
    if (e.kind === "exemptions") return lang === "en" ? "exemptions" : "Ausnahmen";
    return lang === "en" ? "exclusions" : "Ausschlüsse";
  };
  const agrees = Math.abs(r.difference) <= 1;
  const en = [
    agrees
      ? "agrees within 1 pt"
      : `ours ${signed(r.difference)} pts${r.comparable ? "" : "; their method differs from a trade-weighted statutory rate"}`,
    ...r.named.map(([e, v]) => `${what(e, "en")}: ${signed(v)} pts`)
  ];
  const german = [
    agrees
      ? "höchstens 1 Punkt Abstand"
      : `unser Wert ${signedDe(r.difference)} Punkte${r.comparable ? "" : "; ihre Methode ist kein handelsgewichteter gesetzlicher Zollsatz"}`,
    ...r.named.map(([e, v]) => `${what(e, "de")}: ${signedDe(v)} Punkte`)
  ];
  return {reason: en.join("; "), reason_de: german.join("; ")};
}

/** Our figure on a date: the total, or one authority's part. */
function valueOn(run: LineEstimate, direction: Direction, basis: string, date: Date, authority?: string) {
  const point = pointOn(run.series, direction, basis, date);
  if (!point || point.date.getTime() > date.getTime()) return undefined;
  if (!authority) return {value: point.total_pct, point};
  const part = pointOn(
    run.by_authority.filter((a: AuthorityPoint) => a.authority === authority),
    direction,
    basis,
    date
  );
  return {value: part && part.date.getTime() === point.date.getTime() ? part.additional_pct : 0, point};
}

/**
 * For every published figure: ours on the same date and basis, the difference, and what each input we can vary is
 * worth on that date (MFN part, weights year, exemptions, stacking exclusions), so "why the numbers differ" is computed,
 * not written. A figure before our basis's first date, or without line data, gets no value and says so.
 */
export function comparePublished(published: readonly PublishedEstimate[], runs: EstimateRuns): Comparison[] {
  const bases = (direction: Direction) => [
    ...new Set(runs.main.series.filter((p) => p.direction === direction).map((p) => p.basis))
  ];
  return [...published]
    .sort(
      (a, b) =>
        a.direction.localeCompare(b.direction) || a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id)
    )
    .map((p) => {
      const basis = p.basis ?? headlineBasis(runs.main.series, p.direction) ?? HEADLINE_BASIS;
      const base = {
        id: p.id,
        publisher: p.publisher,
        direction: p.direction,
        date: p.date,
        basis,
        published_pct: p.rate_pct,
        method: p.method,
        source_ids: p.source_ids
      };
      const ours = valueOn(runs.main, p.direction, basis, p.date, p.authority);
      if (!ours)
        return {
          ...base,
          ...reasonTexts({kind: bases(p.direction).includes(basis) ? "starts-later" : "no-line-data", basis})
        };
      const difference = ours.value - p.rate_pct;
      const alternatives = bases(p.direction)
        .filter((b) => b !== basis)
        .map((b) => ({b, v: valueOn(runs.main, p.direction, b, p.date, p.authority)}))
        .filter((x) => x.v !== undefined);
      const alt = alternatives[0];
      const weightsEffect = alt ? alt.v!.value - ours.value : undefined;
      const noEx = valueOn(runs.noExemptions, p.direction, basis, p.date, p.authority)?.value ?? ours.value;
      const noSt = valueOn(runs.noStacking, p.direction, basis, p.date, p.authority)?.value ?? ours.value;
      const exemptions = ours.value - noEx;
      const exclusions = ours.value - noSt;
      const theirRun = runs.theirInputs?.get(p.id);
      const withTheirs = theirRun && valueOn(theirRun, p.direction, basis, p.date, p.authority)?.value;
      const theirEffect = withTheirs === undefined ? undefined : withTheirs - ours.value;
      const effects: [Effect, number][] = [
        [{kind: "their-inputs", rates: p.their_rates ?? []}, theirEffect ?? 0],
        [{kind: "weights", basis: String(alt?.b), year: alt?.v?.point.weights_year}, weightsEffect ?? 0],
        [{kind: "exemptions"}, exemptions],
        [{kind: "exclusions"}, exclusions]
      ];
      const named = effects
        .filter(([, v]) => Math.abs(v) >= 0.5)
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
        .slice(0, 2);
      return {
        ...base,
        weights_year: ours.point.weights_year,
        ours_pct: r1(ours.value),
        difference_pct: r1(difference),
        mfn_pct: r1(ours.point.mfn_pct),
        weights_effect_pct: weightsEffect === undefined ? undefined : r1(weightsEffect),
        weights_alternative: alt ? `${alt.b} ${alt.v!.point.weights_year}` : undefined,
        exemptions_pct: r1(exemptions),
        exclusions_pct: r1(exclusions),
        their_inputs_pct: theirEffect === undefined ? undefined : r1(theirEffect),
        ours_with_their_inputs_pct: withTheirs === undefined ? undefined : r1(withTheirs),
        ...reasonTexts({kind: "compared", difference, comparable: p.basis !== undefined, named})
      };
    });
}
