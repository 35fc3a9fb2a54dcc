import {derivedTables} from "../../src/lib/outputs.js";
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
