// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {mineralControls} from "../../src/components/mineralControls.js";
import {statusPeriods} from "../../src/components/statusPeriods.js";
import {timeDomain} from "../../src/components/theme.js";
import type {Measure, MeasureStatus} from "../../src/lib/schema.js";
import {d} from "../support/dataset.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";

// Hand-made rows: the valid fixture has no Chinese export control.
const measure = (id: string, title: string, announced: string): Measure => ({
  id,
  actor: "CN",
  target: ["US"],
  instrument: "export-control",
  authority: "cn-export-control",
  title,
  summary: "",
  announced: d(announced),
  effective: undefined,
  ended: undefined,
  amends: undefined,
  responds_to: [],
  sectors: ["critical-minerals"],
  source_ids: ["src-a"],
  notes: undefined
});
const entry = (measure_id: string, date: string, status: MeasureStatus["status"]): MeasureStatus => ({measure_id, date: d(date), status, source_ids: ["src-a"], notes: undefined});
const asOf = d("2026-06-30");
const periods = statusPeriods(
  [measure("gallium", "Export licences for gallium and germanium items", "2023-07-03"), measure("rare-earths", "Export licences for seven medium and heavy rare earths", "2025-04-04"), measure("list", "Export control list: 12 US entities", "2025-04-09")],
  [
    entry("gallium", "2023-07-03", "announced"),
    entry("gallium", "2023-08-01", "in-force"),
    entry("rare-earths", "2025-04-04", "in-force"),
    entry("rare-earths", "2025-11-07", "suspended"),
    entry("list", "2025-04-10", "in-force"),
    entry("list", "2025-08-12", "revoked")
  ],
  {asOf}
);

describe("mineralControls(periods, options)", () => {
  it("mineralControls(periods) draws bars in force, suspended and revoked, each with its status as text", () => {
    const chart = withoutWarnings(() => mineralControls(periods, {width: 960, domain: timeDomain(asOf)}));
    expectSnapshot("mineralControls-wide", chart);
    const texts = [...chart.querySelectorAll("text")].map((e) => e.textContent);
    expect(texts).toEqual(expect.arrayContaining(["in force", "suspended Nov 2025", "revoked Aug 2025"]));
    expect(chart.getAttribute("aria-description")).toContain("1 are in force, 1 suspended, 1 no longer in force");
  });

  it("mineralControls(periods) fits a phone", () => {
    expectSnapshot("mineralControls-narrow", withoutWarnings(() => mineralControls(periods, {width: 360, domain: timeDomain(asOf)})));
  });
});
