import type {Measure, MeasureStatus} from "../schema.js";
import type {Status} from "../vocab.js";

/** A measure's status on a date, with the entry that set it. */
export interface StatusOn {
  measure_id: string;
  status: Status;
  since: Date;
  source_ids: string[];
}

/**
 * The status of every measure on a date: the latest entry of its history on or before the date. Measures whose history
 * starts later are absent. Entries on the same day keep their order in the table, so the later row wins.
 */
export function statusOn(history: readonly MeasureStatus[], date: Date): Map<string, StatusOn> {
  const result = new Map<string, StatusOn>();
  const ordered = history
    .map((entry, index) => ({entry, index}))
    .sort((a, b) => a.entry.date.getTime() - b.entry.date.getTime() || a.index - b.index);
  for (const {entry} of ordered) {
    if (entry.date.getTime() > date.getTime()) break;
    result.set(entry.measure_id, {
      measure_id: entry.measure_id,
      status: entry.status,
      since: entry.date,
      source_ids: entry.source_ids
    });
  }
  return result;
}

/** A measure with its status on the as-of date: a row of the measure tables. */
export interface MeasureWithStatus {
  id: string;
  title: string;
  actor: string;
  instrument: string;
  announced: Date;
  effective?: Date;
  ended?: Date;
  status?: Status;
  status_since?: Date;
  source_ids: string[];
}

/**
 * Joins measures with their current status (the loader's current_status table) and orders them by announcement, then
 * id. A measure the status table does not cover has no status.
 */
export function withCurrentStatus(
  measures: readonly Measure[],
  current: readonly {measure_id: string; status: Status; since: Date}[]
): MeasureWithStatus[] {
  const byId = new Map(current.map((c) => [c.measure_id, c]));
  return [...measures]
    .sort((a, b) => a.announced.getTime() - b.announced.getTime() || a.id.localeCompare(b.id))
    .map((m) => ({
      id: m.id,
      title: m.title,
      actor: m.actor,
      instrument: m.instrument,
      announced: m.announced,
      effective: m.effective,
      ended: m.ended,
      status: byId.get(m.id)?.status,
      status_since: byId.get(m.id)?.since,
      source_ids: m.source_ids
    }));
}
