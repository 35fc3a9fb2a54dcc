import type {MeasureStatus} from "../schema.js";
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
