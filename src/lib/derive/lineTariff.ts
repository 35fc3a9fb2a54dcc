import type {
  LineExemption,
  LineMfn,
  LineWeight,
  Measure,
  ScopeLine,
  StackingRule,
  TariffAction,
  WeightBasis
} from "../schema.js";
import type {Authority, Direction} from "../vocab.js";
import {PrefixIndex} from "./prefixIndex.js";
import {formats} from "../format.js";

// METHOD (shown on the Tariffs and Data-and-methods pages): the average tariff one side levies on the other's goods on
// a date is computed on the tariff line,
//   total(t) = Σ_line w_line × (MFN_line(t) + Σ_scope rate_scope(t) over the scopes that apply to the line) / Σ_line w_line,
// where w_line is the line's trade value in the basis's weights year (data/lines/{dir}/weights.csv), MFN_line(t) the
// newest MFN row on or before t of the longest matching code prefix (mfn.csv), and a scope applies to a line when the
// line belongs to it on t (scope_lines.csv), is not exempt on t (exemptions.csv) and its rate in tariff_actions.csv is
// above zero; then the stacking rules (data/lines/stacking.csv) drop scopes: `excluded_by` drops a scope on a line that
// is in the other scope on t, `replaces` drops the other scope while the first applies. Every other pair adds. Where a
// scope charges only part of a line's value (scope_lines.csv `share`, e.g. a Section 232 derivative's metal content),
// its rate counts on that part, and a scope it excludes or replaces keeps the rest.

/** A direction's line tables. */
export interface LineData {
  weights: readonly LineWeight[];
  mfn: readonly LineMfn[];
  scope_lines: readonly ScopeLine[];
  exemptions: readonly LineExemption[];
}

/** Switches of the sensitivity runs: each leaves one input out, to measure what it is worth. */
export interface EstimateVariant {
  /** Deduct no exemption (exemptions.csv ignored). */
  noExemptions?: boolean;
  /** Apply no stacking rule: every duty on a line adds. */
  noStacking?: boolean;
  /**
   * Rates that replace a scope's rate on every date (scope → percent): another tracker's inputs where they differ from
   * ours (published_estimates.csv `their_rates`), so ours can be recomputed the way they computed.
   */
  rates?: ReadonlyMap<string, number>;
}

/** What the estimator needs for one direction. */
export interface EstimateInput {
  direction: Direction;
  lines: LineData;
  /** Weighting bases of every direction (data/lines/bases.csv); the estimator takes its own direction's rows. */
  bases: readonly WeightBasis[];
  stacking: readonly StackingRule[];
  actions: readonly TariffAction[];
  measures: readonly Measure[];
  start: Date;
  end: Date;
  variant?: EstimateVariant;
}

/** The estimate on one change date for one weighting basis. */
export interface SeriesPoint {
  direction: Direction;
  date: Date;
  basis: string;
  /** MFN plus additional duties, percent of trade. */
  total_pct: number;
  additional_pct: number;
  mfn_pct: number;
  /** Share of the weighted trade (0–1) with any additional duty above zero. */
  covered_share: number;
  weights_year: number;
  /** True for the basis the headline cards use. */
  headline: boolean;
}

/** One authority's part of the additional duties on a change date. */
export interface AuthorityPoint {
  direction: Direction;
  date: Date;
  basis: string;
  authority: Authority;
  /** Percentage points this authority adds to the average. */
  additional_pct: number;
  /** Share of the weighted trade with a duty of this authority above zero. */
  covered_share: number;
  weights_year: number;
}

/** A fact about the inputs that a reader of the estimate should know (missing weights, lines without MFN, …). */
export interface EstimateNote {
  direction: Direction;
  basis: string;
  weights_year?: number;
  /** Weighted share of trade the note concerns (0–1), where it concerns a share. */
  share?: number;
  note: string;
  /** The same note in German (the German page data carries it as `note`). */
  note_de?: string;
}

/** The whole estimate of one direction. */
export interface LineEstimate {
  series: SeriesPoint[];
  by_authority: AuthorityPoint[];
  notes: EstimateNote[];
}

/**
 * The basis the headline cards use: PIIE's, where the data has it, because PIIE publishes both directions from 2018 on
 * with stated weights; else the first basis of the direction in bases.csv.
 */
export const HEADLINE_BASIS = "piie";

/** A period of one basis: [from, to) with the weights year used in it. */
interface Period {
  basis: string;
  from: number;
  to: number;
  year: number;
  key: string;
}

/** Lines that share memberships and exemptions share their duties: evaluated once per date. */
interface DutyGroup {
  /** Longest prefix first; `share` is the part of the line's value the scope charges (1 unless scope_lines says). */
  members: {scope: string; from: number; to: number; share: number}[];
  exempt: {scope: string; from: number; to: number}[];
  weight: Map<string, number>;
}

/** Lines that share an MFN schedule. */
interface MfnGroup {
  steps: {at: number; pct: number}[];
  weight: Map<string, number>;
}

const time = (d: Date | undefined, fallback: number) => (d === undefined ? fallback : d.getTime());
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The periods of each basis of a direction; without a bases.csv row, each basis of the weights with its latest year. */
export function basisPeriods(
  direction: Direction,
  bases: readonly WeightBasis[],
  weights: readonly LineWeight[]
): Period[] {
  const own = bases.filter((b) => b.direction === direction);
  const periods: Period[] = own.map((b) => ({
    basis: b.basis,
    from: time(b.date_from, -Infinity),
    to: time(b.date_to, Infinity),
    year: b.weights_year,
    key: `${b.weights_basis ?? b.basis}|${b.weights_year}`
  }));
  const named = new Set(own.map((b) => b.basis));
  const latest = new Map<string, number>();
  for (const w of weights) if (!named.has(w.basis)) latest.set(w.basis, Math.max(latest.get(w.basis) ?? 0, w.year));
  for (const [basis, year] of latest)
    periods.push({basis, from: -Infinity, to: Infinity, year, key: `${basis}|${year}`});
  return periods.sort((a, b) => a.basis.localeCompare(b.basis) || a.from - b.from);
}

/** The MFN schedule of one line: at each date the newest row on or before it of the longest prefix that has one. */
function mfnSchedule(groups: LineMfn[][]): {at: number; pct: number}[] {
  const dates = [...new Set(groups.flatMap((g) => g.map((r) => r.date.getTime())))].sort((a, b) => a - b);
  const steps: {at: number; pct: number}[] = [];
  for (const at of dates) {
    let pct: number | undefined;
    for (const rows of groups) {
      let best: LineMfn | undefined;
      for (const r of rows) if (r.date.getTime() <= at && (!best || r.date > best.date)) best = r;
      if (best) {
        pct = best.mfn_pct;
        break;
      }
    }
    if (pct !== undefined && (steps.length === 0 || steps[steps.length - 1].pct !== pct)) steps.push({at, pct});
  }
  return steps;
}

const inPeriod = (t: number, p: {from: number; to: number}) => p.from <= t && t < p.to;

/**
 * The line-level estimate of one direction (METHOD above): one point per basis at the start, at every date on which a
 * rate, membership, exemption, MFN rate or weights period changes, and at the end; the same split by the authority of
 * the measure behind each scope's rate step. Pure and deterministic; a direction without line data gives no points and
 * a note saying so.
 */
export function lineEstimate(input: EstimateInput): LineEstimate {
  return evaluateLines(prepareLines(input), {variant: input.variant});
}

/** A direction's lines grouped by what they are subject to, ready to be evaluated on any dates and variants. */
export interface PreparedLines {
  direction: Direction;
  start: number;
  end: number;
  periods: Period[];
  totals: Map<string, number>;
  duties: DutyGroup[];
  mfns: MfnGroup[];
  steps: Map<string, TariffAction[]>;
  authorityOf: Map<string, Authority>;
  stacking: readonly StackingRule[];
  /** Every change date from start to end, in order. */
  timeline: number[];
  notes: EstimateNote[];
}

/**
 * The costly half of the estimate, done once per direction: weights by line, the prefix look-ups that group lines by
 * their memberships, exemptions and MFN schedule, and the change dates. evaluateLines then runs on it as often as the
 * sensitivity runs need.
 */
export function prepareLines(input: Omit<EstimateInput, "variant">): PreparedLines {
  const {direction, lines, stacking, actions, measures} = input;
  const start = input.start.getTime();
  const end = input.end.getTime();
  const periods = basisPeriods(direction, input.bases, lines.weights);
  const notes: EstimateNote[] = [];
  const empty: PreparedLines = {
    direction,
    start,
    end,
    periods: [],
    totals: new Map(),
    duties: [],
    mfns: [],
    steps: new Map(),
    authorityOf: new Map(),
    stacking,
    timeline: [],
    notes
  };
  if (lines.weights.length === 0) {
    notes.push({
      direction,
      basis: "",
      note: "no line data: data/lines has no weights for this direction",
      note_de: "keine Zolllinien-Daten: data/lines enthält für diese Richtung keine Gewichte"
    });
    return empty;
  }

  // Weights by line and basis-year key, only for the keys a period uses.
  const keys = new Set(periods.map((p) => p.key));
  const byCode = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const w of lines.weights) {
    const key = `${w.basis}|${w.year}`;
    if (!keys.has(key)) continue;
    let m = byCode.get(w.code);
    if (!m) byCode.set(w.code, (m = new Map()));
    m.set(key, (m.get(key) ?? 0) + w.value_usd);
    totals.set(key, (totals.get(key) ?? 0) + w.value_usd);
  }
  for (const p of periods)
    if (!totals.get(p.key))
      notes.push({
        direction,
        basis: p.basis,
        weights_year: p.year,
        note: `no weights for basis "${p.key.split("|")[0]}" in ${p.year}: basis "${p.basis}" has no value in that period`,
        note_de: `keine Gewichte der Basis „${p.key.split("|")[0]}“ für ${p.year}: Die Basis „${p.basis}“ hat in diesem Zeitraum keinen Wert`
      });

  // Group the lines by what they are subject to, through prefix indexes (a handful of map lookups per line).
  const mfnIndex = new PrefixIndex(lines.mfn);
  const memberIndex = new PrefixIndex(lines.scope_lines);
  const exemptIndex = new PrefixIndex(lines.exemptions);
  const duties = new Map<string, DutyGroup>();
  const mfns = new Map<string, MfnGroup>();
  const noMfn = new Map<string, number>();
  const add = (target: Map<string, number>, weight: Map<string, number>) => {
    for (const [k, v] of weight) target.set(k, (target.get(k) ?? 0) + v);
  };
  for (const [code, weight] of byCode) {
    const members = memberIndex
      .matches(code)
      .flat()
      .map((r) => ({
        scope: r.scope,
        from: time(r.date_from, -Infinity),
        to: time(r.date_to, Infinity),
        share: r.share ?? 1
      }));
    const scopes = new Set(members.map((m) => m.scope));
    const exempt = exemptIndex
      .matches(code)
      .flat()
      .filter((r) => scopes.has(r.scope))
      .map((r) => ({scope: r.scope, from: time(r.date_from, -Infinity), to: time(r.date_to, Infinity)}));
    const sig = (xs: {scope: string; from: number; to: number; share?: number}[]) =>
      xs
        .map((x) => `${x.scope}:${x.from}:${x.to}:${x.share ?? ""}`)
        .sort()
        .join(",");
    const dutyKey = `${sig(members)}|${sig(exempt)}`;
    let group = duties.get(dutyKey);
    if (!group) duties.set(dutyKey, (group = {members, exempt, weight: new Map()}));
    add(group.weight, weight);
    const steps = mfnSchedule(mfnIndex.matches(code));
    if (steps.length === 0) add(noMfn, weight);
    const mfnKey = steps.map((s) => `${s.at}:${s.pct}`).join(",");
    let mg = mfns.get(mfnKey);
    if (!mg) mfns.set(mfnKey, (mg = {steps, weight: new Map()}));
    add(mg.weight, weight);
  }
  for (const p of periods) {
    const missing = (noMfn.get(p.key) ?? 0) / (totals.get(p.key) || 1);
    if (missing > 0)
      notes.push({
        direction,
        basis: p.basis,
        weights_year: p.year,
        share: round(missing, 4),
        note: `${round(missing * 100, 1)}% of the weighted trade has no MFN rate in mfn.csv (counted as 0)`,
        note_de: `Für ${formats("de").pct(round(missing * 100, 1))} des gewichteten Handels nennt mfn.csv keinen MFN-Satz (als 0 gezählt)`
      });
  }

  // Rate steps and the authority behind them, per scope.
  const authorityOf = new Map(measures.map((m) => [m.id, m.authority]));
  const steps = new Map<string, TariffAction[]>();
  for (const a of [...actions].sort((x, y) => x.date.getTime() - y.date.getTime())) {
    const list = steps.get(a.scope);
    if (list) list.push(a);
    else steps.set(a.scope, [a]);
  }

  // Change dates.
  const usedScopes = new Set(lines.scope_lines.map((r) => r.scope));
  const dates = new Set<number>([start, end]);
  const push = (t: number) => {
    if (t > start && t < end) dates.add(t);
  };
  for (const g of duties.values())
    for (const x of [...g.members, ...g.exempt]) {
      push(x.from);
      push(x.to);
    }
  for (const scope of usedScopes) for (const s of steps.get(scope) ?? []) push(s.date.getTime());
  for (const g of mfns.values()) for (const s of g.steps) push(s.at);
  for (const p of periods) push(p.from);
  const timeline = [...dates].sort((a, b) => a - b);
  return {
    direction,
    start,
    end,
    periods,
    totals,
    duties: [...duties.values()],
    mfns: [...mfns.values()],
    steps,
    authorityOf,
    stacking,
    timeline,
    notes
  };
}

/**
 * Evaluates prepared lines on their change dates, or only on the dates `at` (within start and end: what a comparison
 * needs), under a sensitivity variant.
 */
export function evaluateLines(
  prep: PreparedLines,
  {variant = {}, at}: {variant?: EstimateVariant; at?: readonly Date[]} = {}
): LineEstimate {
  const {direction, periods, totals, duties, mfns, steps, authorityOf} = prep;
  const result: LineEstimate = {series: [], by_authority: [], notes: [...prep.notes]};
  if (periods.length === 0) return result;
  const stepOn = (scope: string, t: number): TariffAction | undefined => {
    let found: TariffAction | undefined;
    for (const s of steps.get(scope) ?? []) {
      if (s.date.getTime() <= t) found = s;
      else break;
    }
    return found;
  };
  const excludedBy = new Map<string, string[]>();
  const replaces = new Map<string, string[]>();
  if (!variant.noStacking)
    for (const r of prep.stacking) {
      const map = r.rule === "excluded_by" ? excludedBy : replaces;
      map.set(r.scope, [...(map.get(r.scope) ?? []), r.other]);
    }
  const timeline = at
    ? [...new Set(at.map((d) => d.getTime()).filter((t) => t >= prep.start && t <= prep.end))].sort((a, b) => a - b)
    : prep.timeline;

  for (const t of timeline) {
    const live = periods.filter((p) => inPeriod(t, p) && totals.get(p.key));
    if (live.length === 0) continue;
    const rate = new Map<string, {pct: number; authority: Authority}>();
    const rateOf = (scope: string) => {
      let r = rate.get(scope);
      if (!r) {
        const step = stepOn(scope, t);
        const first = steps.get(scope)?.[0];
        const authority = authorityOf.get((step ?? first)?.measure_id ?? "") ?? "other";
        rate.set(scope, (r = {pct: variant.rates?.get(scope) ?? step?.rate_pct ?? 0, authority}));
      }
      return r;
    };
    const sums = new Map<
      string,
      {add: number; covered: number; mfn: number; auth: Map<Authority, {add: number; covered: number}>}
    >();
    // Two bases may share weights (a sensitivity basis borrows them): sum once per weights key.
    const liveKeys = [...new Set(live.map((p) => p.key))];
    for (const key of liveKeys) sums.set(key, {add: 0, covered: 0, mfn: 0, auth: new Map()});
    for (const g of duties) {
      // The scopes that apply, each with the share of the line's value it charges: the longest matching prefix's row
      // in force decides a scope's share.
      const active = new Map<string, number>();
      for (const m of g.members) {
        if (!inPeriod(t, m) || active.has(m.scope)) continue;
        if (!variant.noExemptions && g.exempt.some((e) => e.scope === m.scope && inPeriod(t, e))) continue;
        if (rateOf(m.scope).pct > 0) active.set(m.scope, m.share);
      }
      if (active.size === 0) continue;
      // excluded_by: a scope charges only the part of the value its excluding scopes leave (none, for a whole line);
      // then replaces: a replaced scope keeps only the part the replacing scope does not charge.
      const kept = new Map<string, number>();
      for (const [s, share] of active) {
        const by = Math.max(0, ...(excludedBy.get(s) ?? []).map((o) => active.get(o) ?? 0));
        if (share * (1 - by) > 0) kept.set(s, share * (1 - by));
      }
      const applied = new Map<string, number>();
      for (const [s, share] of kept) {
        let left = share;
        for (const [k, kShare] of kept) if ((replaces.get(k) ?? []).includes(s)) left *= 1 - kShare;
        if (left > 0) applied.set(s, left);
      }
      if (applied.size === 0) continue;
      let pct = 0;
      const byAuthority = new Map<Authority, number>();
      for (const [s, share] of applied) {
        const r = rateOf(s);
        pct += r.pct * share;
        byAuthority.set(r.authority, (byAuthority.get(r.authority) ?? 0) + r.pct * share);
      }
      for (const key of liveKeys) {
        const w = g.weight.get(key);
        if (!w) continue;
        const sum = sums.get(key)!;
        sum.add += w * pct;
        sum.covered += w;
        for (const [authority, a] of byAuthority) {
          const s = sum.auth.get(authority) ?? {add: 0, covered: 0};
          s.add += w * a;
          s.covered += w;
          sum.auth.set(authority, s);
        }
      }
    }
    for (const g of mfns) {
      let pct = 0;
      for (const s of g.steps) if (s.at <= t) pct = s.pct;
      if (pct === 0) continue;
      for (const key of liveKeys) {
        const w = g.weight.get(key);
        if (w) sums.get(key)!.mfn += w * pct;
      }
    }
    const headline = periods.some((p) => p.basis === HEADLINE_BASIS) ? HEADLINE_BASIS : periods[0].basis;
    for (const p of live) {
      const total = totals.get(p.key)!;
      const sum = sums.get(p.key)!;
      const date = new Date(t);
      const additional = sum.add / total;
      const mfn = sum.mfn / total;
      result.series.push({
        direction,
        date,
        basis: p.basis,
        total_pct: round(additional + mfn),
        additional_pct: round(additional),
        mfn_pct: round(mfn),
        covered_share: round(sum.covered / total, 4),
        weights_year: p.year,
        headline: p.basis === headline
      });
      for (const [authority, a] of [...sum.auth].sort((x, y) => x[0].localeCompare(y[0])))
        result.by_authority.push({
          direction,
          date,
          basis: p.basis,
          authority,
          additional_pct: round(a.add / total),
          covered_share: round(a.covered / total, 4),
          weights_year: p.year
        });
    }
  }
  // Every authority of a basis on every date (0 where it adds nothing), so stacked charts draw without gaps.
  const seen = new Map<string, Set<Authority>>();
  for (const a of result.by_authority) seen.set(a.basis, (seen.get(a.basis) ?? new Set()).add(a.authority));
  const have = new Set(result.by_authority.map((a) => `${a.basis}|${a.date.getTime()}|${a.authority}`));
  for (const p of result.series)
    for (const authority of seen.get(p.basis) ?? [])
      if (!have.has(`${p.basis}|${p.date.getTime()}|${authority}`))
        result.by_authority.push({
          direction,
          date: p.date,
          basis: p.basis,
          authority,
          additional_pct: 0,
          covered_share: 0,
          weights_year: p.weights_year
        });
  result.series.sort((a, b) => a.basis.localeCompare(b.basis) || a.date.getTime() - b.date.getTime());
  result.by_authority.sort(
    (a, b) =>
      a.basis.localeCompare(b.basis) || a.date.getTime() - b.date.getTime() || a.authority.localeCompare(b.authority)
  );
  return result;
}

/** The point of a series in force on a date (the latest change on or before it), or undefined before its first point. */
export function pointOn<T extends {date: Date; direction: Direction; basis: string}>(
  series: readonly T[],
  direction: Direction,
  basis: string,
  date: Date
): T | undefined {
  let found: T | undefined;
  for (const p of series)
    if (p.direction === direction && p.basis === basis && p.date.getTime() <= date.getTime())
      if (!found || p.date > found.date) found = p;
  return found;
}
