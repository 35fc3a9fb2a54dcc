// How far each lane of the record reaches: the newest source read for it. A source belongs to the lanes of the rows
// that cite it, so the dates follow from the data and nobody keeps a second list.
import {LANES, laneOf, type Lane} from "../lanes.js";
import type {Dataset} from "../tables.js";

/** The tables the lanes of sources are read from. */
export type ReachTables = Pick<
  Dataset,
  | "sources"
  | "measures"
  | "measure_status"
  | "tariff_scopes"
  | "tariff_actions"
  | "chips"
  | "chip_rules"
  | "chip_rule_thresholds"
  | "events"
  | "trade"
  | "counterpoints"
  | "forecasts"
  | "published_estimates"
>;

/** The newest dated source of a lane. */
export interface LaneReach {
  lane: Lane;
  date: Date;
  source_id: string;
}

/**
 * The lanes each source serves, from the rows that cite it: a measure's rows (its status history, rate steps, chip
 * rules and their thresholds) in the measure's lane; a tariff scope in the lanes of the measures that set its rates;
 * chips in US export controls (the rules they are measured against); a published estimate in its direction's tariff
 * lane; events, trade, counterpoints and forecasts in context.
 */
export function sourceLanes(t: ReachTables): Map<string, Set<Lane>> {
  const lanes = new Map<string, Set<Lane>>();
  const cite = (ids: readonly string[], lane: Lane | undefined) => {
    if (!lane) return;
    for (const id of ids) {
      const set = lanes.get(id) ?? new Set<Lane>();
      set.add(lane);
      lanes.set(id, set);
    }
  };
  const measureLane = new Map(t.measures.map((m) => [m.id, laneOf(m)]));
  for (const m of t.measures) cite(m.source_ids, laneOf(m));
  for (const s of t.measure_status) cite(s.source_ids, measureLane.get(s.measure_id));
  const scopeLanes = new Map<string, Set<Lane>>();
  for (const a of t.tariff_actions) {
    const lane = measureLane.get(a.measure_id);
    cite(a.source_ids, lane);
    if (lane) scopeLanes.set(a.scope, (scopeLanes.get(a.scope) ?? new Set<Lane>()).add(lane));
  }
  for (const s of t.tariff_scopes) for (const lane of scopeLanes.get(s.scope) ?? []) cite(s.source_ids, lane);
  for (const c of t.chips) cite(c.source_ids, "us-controls");
  const ruleLane = new Map(t.chip_rules.map((r) => [r.id, measureLane.get(r.measure_id)]));
  for (const r of t.chip_rules) cite(r.source_ids, ruleLane.get(r.id));
  for (const th of t.chip_rule_thresholds) cite(th.source_ids, ruleLane.get(th.rule_id));
  for (const e of t.events) cite(e.source_ids, "context");
  for (const r of t.trade) cite([r.source_id], "context");
  for (const c of t.counterpoints) cite(c.source_ids, "context");
  for (const f of t.forecasts) cite(f.source_ids, "context");
  for (const p of t.published_estimates) cite(p.source_ids, p.direction === "us-on-cn" ? "us-tariffs" : "cn-tariffs");
  return lanes;
}

/**
 * Each lane's newest dated source (ties: the smallest id, so the answer is stable). A lane no dated source serves is
 * absent.
 */
export function laneReach(t: ReachTables): Map<Lane, LaneReach> {
  const lanes = sourceLanes(t);
  const reach = new Map<Lane, LaneReach>();
  for (const s of t.sources) {
    if (!s.date) continue;
    for (const lane of lanes.get(s.id) ?? []) {
      const best = reach.get(lane);
      const newer = !best || s.date > best.date || (s.date.getTime() === best.date.getTime() && s.id < best.source_id);
      if (newer) reach.set(lane, {lane, date: s.date, source_id: s.id});
    }
  }
  return new Map(LANES.filter((l) => reach.has(l)).map((l) => [l, reach.get(l)!]));
}
