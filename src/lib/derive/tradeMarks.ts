// The tariff measures marked on the trade charts' time axis: grouped by side and day, with the phase a mark shows and
// the short names of the big rounds. Pure.
import {isoDay} from "../dates.js";
import {ui, type Lang} from "../i18n/index.js";
import {phaseOf, type Phase} from "../phase.js";
import type {TimelineItem} from "./timeline.js";

/** Whose tariff measures are marked on the time axis. */
export type Sides = "both" | "us" | "cn" | "none";

/** Measures of one side taking effect on one day: one mark on the time axis. */
export interface MeasureMark {
  side: "US" | "CN";
  /** The effective date, or the announcement where a measure never took effect. */
  date: Date;
  ids: string[];
  titles: string[];
  statuses: string[];
  /** The most current phase among its measures: in force, else pending, paused, ended (drawn pale or hollow). */
  phase: Phase;
  /** Short name, when one of the measures is a key round. */
  label?: string;
}

/** Which phase a mark of several measures shows: the one most in force. */
const PHASE_RANK: Record<Phase, number> = {"in-force": 0, pending: 1, paused: 2, ended: 3};
/**
 * The tariff measures to mark on the time axis: measures of the US and China tariff lanes that have a status, dated
 * by when they took effect (announcement if never), inside the domain, grouped by side and day. A mark is named
 * only when one of its measures is a big round of `labels` (default: `ui(lang).tradeFlows.keyMeasures`, by measure
 * id; every other measure is a plain mark with a tooltip).
 */
export function measureMarks(
  items: readonly TimelineItem[],
  domain: [Date, Date],
  {
    sides = "both",
    lang = "en",
    labels = ui(lang).tradeFlows.keyMeasures
  }: {sides?: Sides; lang?: Lang; labels?: Readonly<Record<string, string>>} = {}
): MeasureMark[] {
  const lanes = new Set(
    sides === "none"
      ? []
      : sides === "us"
        ? ["us-tariffs"]
        : sides === "cn"
          ? ["cn-tariffs"]
          : ["us-tariffs", "cn-tariffs"]
  );
  const groups = new Map<string, MeasureMark>();
  for (const i of items) {
    if (i.kind !== "measure" || !lanes.has(i.lane) || !i.status) continue;
    if (i.end < domain[0] || i.end >= domain[1]) continue;
    const side = i.lane === "us-tariffs" ? "US" : "CN";
    const key = `${side} ${isoDay(i.end)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = {side, date: i.end, ids: [], titles: [], statuses: [], phase: "ended"}));
    g.ids.push(i.id);
    g.titles.push(i.title);
    g.statuses.push(i.status);
    const phase = phaseOf(i.status);
    if (PHASE_RANK[phase] < PHASE_RANK[g.phase]) g.phase = phase;
    g.label ??= labels[i.id];
  }
  return [...groups.values()].sort((a, b) => a.date.getTime() - b.date.getTime() || a.side.localeCompare(b.side));
}

/** The marks as rows for a CSV download. */
export function measureMarkRecords(marks: readonly MeasureMark[]) {
  return marks.map((m) => ({
    side: m.side,
    date: m.date,
    measure_ids: m.ids,
    titles: m.titles,
    statuses_now: m.statuses,
    name_on_chart: m.label
  }));
}
