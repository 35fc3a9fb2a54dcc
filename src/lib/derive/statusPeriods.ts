// The periods a measure spent in each status, from its status history: the rows the status-bar charts of the
// "Export controls and chips" page draw (rulesTimeline, mineralControls). Pure: no DOM, no Plot.
import {formats, ui, type Lang} from "../i18n/index.js";
import {laneOf} from "../lanes.js";
import {phaseOf, type Phase} from "../phase.js";
import type {Measure, MeasureStatus} from "../schema.js";
import type {Status} from "../vocab.js";

/** One period of one measure in one status; an "ended" period has no length (start = end) and marks the end. */
export interface StatusPeriod {
  measure_id: string;
  title: string;
  /** The measure's summary, in our own words. */
  summary: string;
  actor: string;
  instrument: string;
  status: Status;
  phase: Phase;
  start: Date;
  end: Date;
  /** The measure's status on the as-of date, repeated on each of its periods so charts can label the row. */
  current_status: Status;
  current_since: Date;
  notes?: string;
  source_ids: string[];
}

/** Options of statusPeriods. */
export interface StatusPeriodOptions {
  /** The data's as-of date: open periods end here and later entries are ignored. */
  asOf: Date;
}

/**
 * Splits each measure's status history into periods: from each entry to the next (entries on the same day: the later
 * row wins, as in derive/status.ts), the last open until the as-of date unless it ended the measure. Steps scheduled
 * after the as-of date follow as periods of status "scheduled" (phase pending) that start on their day; the current
 * status stays the last one on or before the as-of date. A measure without
 * history falls back to its own dates: announced → effective pending, then in force until `ended` or the as-of date.
 * Measures come out in order of their first date, then id; periods in date order.
 */
export function statusPeriods(
  measures: readonly Measure[],
  history: readonly MeasureStatus[],
  {asOf}: StatusPeriodOptions
): StatusPeriod[] {
  const byMeasure = new Map<string, MeasureStatus[]>();
  const ahead = new Map<string, MeasureStatus[]>();
  history
    .map((entry, index) => ({entry, index}))
    .sort((a, b) => a.entry.date.getTime() - b.entry.date.getTime() || a.index - b.index)
    .forEach(({entry}) => {
      // After the as-of date only a scheduled step is known (a source dates it in the future); others are ignored.
      const into = entry.date.getTime() <= asOf.getTime() ? byMeasure : entry.status === "scheduled" ? ahead : null;
      into?.set(entry.measure_id, [...(into.get(entry.measure_id) ?? []), entry]);
    });
  const result: StatusPeriod[][] = [];
  for (const m of measures) {
    if (m.announced.getTime() > asOf.getTime()) continue;
    const entries = dedupeDays(byMeasure.get(m.id) ?? fallbackHistory(m, asOf));
    if (entries.length === 0) continue;
    const last = entries[entries.length - 1];
    const periods = entries.map((e, i): StatusPeriod => {
      const phase = phaseOf(e.status);
      const next = entries[i + 1];
      return {
        measure_id: m.id,
        title: m.title,
        summary: m.summary,
        actor: m.actor,
        instrument: m.instrument,
        status: e.status,
        phase,
        start: e.date,
        end: phase === "ended" ? e.date : next ? next.date : asOf,
        current_status: last.status,
        current_since: last.date,
        ...(e.notes ? {notes: e.notes} : {}),
        source_ids: e.source_ids
      };
    });
    // Scheduled steps: from their day on, drawn apart (never as in force); each runs to the next one, the last is a point.
    const scheduled = dedupeDays(ahead.get(m.id) ?? []);
    scheduled.forEach((e, i) =>
      periods.push({
        ...periods[periods.length - 1],
        status: e.status,
        phase: phaseOf(e.status),
        start: e.date,
        end: scheduled[i + 1]?.date ?? e.date,
        notes: e.notes,
        source_ids: e.source_ids
      })
    );
    if (!periods[periods.length - 1].notes) delete periods[periods.length - 1].notes;
    result.push(periods);
  }
  return result
    .sort((a, b) => a[0].start.getTime() - b[0].start.getTime() || a[0].measure_id.localeCompare(b[0].measure_id))
    .flat();
}

/** Whether a period lies after the as-of date (a scheduled step still to come): it starts after the current status. */
export function isAhead(p: Pick<StatusPeriod, "start" | "current_since">): boolean {
  return p.start.getTime() > p.current_since.getTime();
}

/** One entry of a status history, as far as the periods need it. */
interface Entry {
  date: Date;
  status: Status;
  source_ids: string[];
  notes?: string;
}

/** Keeps the last entry of each day (the history's order decides within a day). */
function dedupeDays(entries: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  for (const e of entries) {
    if (out.length && out[out.length - 1].date.getTime() === e.date.getTime()) out[out.length - 1] = e;
    else out.push(e);
  }
  return out;
}

/** A history built from a measure's own dates, for a measure the status table does not cover. */
function fallbackHistory(m: Measure, asOf: Date): Entry[] {
  const entries: Entry[] = [{date: m.announced, status: "announced", source_ids: m.source_ids}];
  if (m.effective && m.effective.getTime() <= asOf.getTime())
    entries.push({date: m.effective, status: "in-force", source_ids: m.source_ids});
  if (m.ended && m.ended.getTime() <= asOf.getTime())
    entries.push({date: m.ended, status: "expired", source_ids: m.source_ids});
  return entries;
}

/** The first source of each measure the periods cover, each once, in the periods' order: a chart's source line. */
export function firstSourceIds(
  periods: readonly Pick<StatusPeriod, "measure_id">[],
  measures: readonly Pick<Measure, "id" | "source_ids">[]
): string[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  return [...new Set(periods.flatMap((p) => byId.get(p.measure_id)?.source_ids.slice(0, 1) ?? []))];
}

/** The row label in the status column: "in force", or "suspended Nov 2025" when the status changed the measure. */
export function currentLabel(p: Pick<StatusPeriod, "current_status" | "current_since">, lang: Lang = "en"): string {
  const t = ui(lang);
  return t.currentStatus(
    t.label(p.current_status),
    p.current_status === "in-force",
    formats(lang).monthYear(p.current_since)
  );
}

/**
 * Whether a measure is drawn on one of the Export controls page's two timelines: the US export-control lane ("us":
 * controls, listings, chip subsidies, lib/lanes laneOf) or China's export controls ("cn").
 */
export function onControlTimeline(side: "us" | "cn", m: Parameters<typeof laneOf>[0]): boolean {
  return side === "us" ? laneOf(m) === "us-controls" : m.actor === "CN" && m.instrument === "export-control";
}

/**
 * The periods of the Export controls page's two timelines (onControlTimeline), each up to the date its lane is checked
 * through. One definition for the page, its facts and the build's reserved boxes.
 */
export function controlPeriods(
  side: "us" | "cn",
  measures: readonly Measure[],
  history: readonly MeasureStatus[],
  meta: {checked_through_us_controls?: unknown; checked_through_cn_controls?: unknown}
): StatusPeriod[] {
  const asOf = (side === "us" ? meta.checked_through_us_controls : meta.checked_through_cn_controls) as Date;
  return statusPeriods(
    measures.filter((m) => onControlTimeline(side, m)),
    history,
    {asOf}
  );
}
