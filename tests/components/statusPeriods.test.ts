import {describe, expect, it} from "vitest";
import {statusPeriods} from "../../src/components/statusPeriods.js";
import type {Measure, MeasureStatus} from "../../src/lib/schema.js";
import {d} from "../support/dataset.js";

const measure = (id: string, announced: string, extra: Partial<Measure> = {}): Measure => ({
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
});
const entry = (measure_id: string, date: string, status: MeasureStatus["status"], notes?: string): MeasureStatus => ({measure_id, date: d(date), status, source_ids: ["src-a"], notes});

describe("statusPeriods(measures, history, {asOf})", () => {
  const asOf = d("2025-12-31");

  it("statusPeriods(measures, history) splits a history into periods, the last open until the as-of date", () => {
    const periods = statusPeriods([measure("a", "2023-07-03")], [entry("a", "2023-07-03", "announced"), entry("a", "2023-08-01", "in-force"), entry("a", "2025-11-09", "suspended", "clause 2 only")], {asOf});
    expect(periods.map((p) => [p.status, p.phase, p.start.toISOString().slice(0, 10), p.end.toISOString().slice(0, 10)])).toEqual([
      ["announced", "pending", "2023-07-03", "2023-08-01"],
      ["in-force", "in-force", "2023-08-01", "2025-11-09"],
      ["suspended", "suspended", "2025-11-09", "2025-12-31"]
    ]);
    expect(periods.every((p) => p.current_status === "suspended")).toBe(true);
    expect(periods[2].notes).toBe("clause 2 only");
  });

  it("statusPeriods(measures, history) ends a revoked measure with a zero-length period and reads 'extended' as suspended", () => {
    const periods = statusPeriods(
      [measure("b", "2025-04-04")],
      [entry("b", "2025-04-04", "in-force"), entry("b", "2025-05-14", "suspended"), entry("b", "2025-08-12", "extended"), entry("b", "2025-11-10", "revoked")],
      {asOf}
    );
    expect(periods.map((p) => p.phase)).toEqual(["in-force", "suspended", "suspended", "ended"]);
    expect(periods[3].start).toEqual(periods[3].end);
  });

  it("statusPeriods(measures, history) keeps the later row of one day and ignores entries after the as-of date", () => {
    const periods = statusPeriods([measure("c", "2024-12-03")], [entry("c", "2024-12-03", "announced"), entry("c", "2024-12-03", "in-force"), entry("c", "2026-02-01", "revoked")], {asOf});
    expect(periods.map((p) => p.status)).toEqual(["in-force"]);
    expect(periods[0].end).toEqual(asOf);
  });

  it("statusPeriods(measures, []) falls back to the measure's own dates and orders measures by first date", () => {
    const periods = statusPeriods([measure("late", "2025-02-04", {effective: d("2025-03-01")}), measure("early", "2020-01-01", {effective: d("2020-01-01"), ended: d("2021-01-01")})], [], {asOf});
    expect(periods.map((p) => `${p.measure_id}:${p.phase}`)).toEqual(["early:in-force", "early:ended", "late:pending", "late:in-force"]);
  });
});
