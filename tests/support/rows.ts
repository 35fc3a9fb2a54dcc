import {derivedTables} from "../../src/lib/outputs.js";
import type {TimelineItem} from "../../src/lib/derive/timeline.js";
import type {Measure, MeasureStatus} from "../../src/lib/schema.js";
import {d} from "./dataset.js";
import {fixtureDataset} from "./dataset.js";

/** The derived tables of the valid fixture: tiny, hand-made input for component snapshots (not live data). */
export function fixtureTables() {
  const dataset = fixtureDataset();
  return {dataset, ...derivedTables(dataset)};
}

/** A hand-made Chinese export-control measure (the valid fixture has none), with fields overridden by `extra`. */
export function cnControl(id: string, announced: string, extra: Partial<Measure> = {}): Measure {
  return {
    id,
    actor: "CN",
    target: ["US"],
    instrument: "export-control",
    authority: "cn-export-control",
    title: `Measure ${id}`,
    summary: "",
    announced: d(announced),
    effective: undefined,
    ended: undefined,
    amends: undefined,
    responds_to: [],
    sectors: ["critical-minerals"],
    source_ids: ["src-a"],
    notes: undefined,
    ...extra
  };
}

/** A hand-made status-history entry. */
export function statusEntry(
  measure_id: string,
  date: string,
  status: MeasureStatus["status"],
  notes?: string
): MeasureStatus {
  return {measure_id, date: d(date), status, source_ids: ["src-a"], notes};
}

/** A hand-made timeline measure dated on one day (announced = effective = `end`). */
export function timelineItem(
  id: string,
  lane: TimelineItem["lane"],
  end: string,
  status: TimelineItem["status"]
): TimelineItem {
  return {
    id,
    kind: "measure",
    lane,
    actor: lane.startsWith("us") ? "US" : "CN",
    title: `Measure ${id}`,
    summary: "",
    start: d(end),
    end: d(end),
    status,
    sectors: [],
    source_ids: ["src-a"]
  };
}

/** Measures for the trade charts' marks: two sides on one day, a suspension, a control, one without status, one late. */
export function markedItems(): TimelineItem[] {
  return [
    timelineItem("us-a", "us-tariffs", "2018-07-06", "in-force"),
    timelineItem("us-b", "us-tariffs", "2018-07-06", "in-force"),
    timelineItem("cn-a", "cn-tariffs", "2018-07-06", "in-force"),
    timelineItem("us-c", "us-tariffs", "2019-09-01", "suspended"),
    timelineItem("us-ctl", "us-controls", "2019-10-21", "in-force"),
    timelineItem("us-nostatus", "us-tariffs", "2020-02-14", undefined),
    timelineItem("us-late", "us-tariffs", "2026-02-24", "in-force")
  ];
}
