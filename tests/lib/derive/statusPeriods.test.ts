import {describe, expect, it} from "vitest";
import {
  currentLabel,
  firstSourceIds,
  isAhead,
  onControlTimeline,
  statusPeriods
} from "../../../src/lib/derive/statusPeriods.js";
import {d} from "../../support/dataset.js";
import {cnControl, statusEntry} from "../../support/rows.js";

describe("statusPeriods(measures, history, {asOf})", () => {
  const asOf = d("2025-12-31");

  it("statusPeriods(measures, history) splits a history into periods, the last open until the as-of date", () => {
    const periods = statusPeriods(
      [cnControl("a", "2023-07-03")],
      [
        statusEntry("a", "2023-07-03", "announced"),
        statusEntry("a", "2023-08-01", "in-force"),
        statusEntry("a", "2025-11-09", "suspended", "clause 2 only")
      ],
      {asOf}
    );
    expect(
      periods.map((p) => [p.status, p.phase, p.start.toISOString().slice(0, 10), p.end.toISOString().slice(0, 10)])
    ).toEqual([
      ["announced", "pending", "2023-07-03", "2023-08-01"],
      ["in-force", "in-force", "2023-08-01", "2025-11-09"],
      ["suspended", "paused", "2025-11-09", "2025-12-31"]
    ]);
    expect(periods.every((p) => p.current_status === "suspended")).toBe(true);
    expect(periods[2].notes).toBe("clause 2 only");
  });

  it("statusPeriods(measures, history) ends a revoked measure with a zero-length period and reads 'extended' as suspended", () => {
    const periods = statusPeriods(
      [cnControl("b", "2025-04-04")],
      [
        statusEntry("b", "2025-04-04", "in-force"),
        statusEntry("b", "2025-05-14", "suspended"),
        statusEntry("b", "2025-08-12", "extended"),
        statusEntry("b", "2025-11-10", "revoked")
      ],
      {asOf}
    );
    expect(periods.map((p) => p.phase)).toEqual(["in-force", "paused", "paused", "ended"]);
    expect(periods[3].start).toEqual(periods[3].end);
  });

  it("statusPeriods(measures, history) keeps the later row of one day and ignores entries after the as-of date", () => {
    const periods = statusPeriods(
      [cnControl("c", "2024-12-03")],
      [
        statusEntry("c", "2024-12-03", "announced"),
        statusEntry("c", "2024-12-03", "in-force"),
        statusEntry("c", "2026-02-01", "revoked")
      ],
      {asOf}
    );
    expect(periods.map((p) => p.status)).toEqual(["in-force"]);
    expect(periods[0].end).toEqual(asOf);
  });

  it("statusPeriods(measures, []) falls back to the measure's own dates and orders measures by first date", () => {
    const periods = statusPeriods(
      [
        cnControl("late", "2025-02-04", {effective: d("2025-03-01")}),
        cnControl("early", "2020-01-01", {effective: d("2020-01-01"), ended: d("2021-01-01")})
      ],
      [],
      {asOf}
    );
    expect(periods.map((p) => `${p.measure_id}:${p.phase}`)).toEqual([
      "early:in-force",
      "early:ended",
      "late:pending",
      "late:in-force"
    ]);
  });
});

describe("a step scheduled after the as-of date", () => {
  const asOf = d("2026-06-30");
  const periods = statusPeriods(
    [cnControl("rare-earths", "2025-10-09")],
    [
      statusEntry("rare-earths", "2025-10-09", "in-force"),
      statusEntry("rare-earths", "2025-11-10", "suspended"),
      statusEntry("rare-earths", "2026-11-10", "scheduled", "the suspension ends"),
      statusEntry("rare-earths", "2026-12-01", "revoked")
    ],
    {asOf}
  );

  it("statusPeriods keeps a step scheduled after the as-of date as a pending period, ignores other later entries, and keeps the current status before it", () => {
    expect(periods.map((p) => [p.status, p.phase, p.start.toISOString().slice(0, 10)])).toEqual([
      ["in-force", "in-force", "2025-10-09"],
      ["suspended", "paused", "2025-11-10"],
      ["scheduled", "pending", "2026-11-10"]
    ]);
    expect(periods.every((p) => p.current_status === "suspended")).toBe(true);
    expect(periods[1].end).toEqual(asOf);
  });
  it("isAhead marks only the periods after the current status", () =>
    expect(periods.map(isAhead)).toEqual([false, false, true]));
});

describe("firstSourceIds(periods, measures)", () => {
  it("firstSourceIds gives each measure's first source once, in the periods' order", () => {
    const measures = [cnControl("a", "2023-07-03", {source_ids: ["s1", "s2"]}), cnControl("b", "2024-01-01")];
    const periods = [{measure_id: "b"}, {measure_id: "a"}, {measure_id: "a"}, {measure_id: "gone"}];
    expect(firstSourceIds(periods, measures)).toEqual(["src-a", "s1"]);
  });
});

describe("currentLabel(period)", () => {
  it("currentLabel says 'in force', or the status and the month it began", () => {
    expect(currentLabel({current_status: "in-force", current_since: d("2023-08-01")})).toBe("in force");
    expect(currentLabel({current_status: "suspended", current_since: d("2025-11-09")})).toBe("suspended Nov 2025");
  });
});

describe("onControlTimeline(side, measure)", () => {
  const m = (actor: string, instrument: string, authority = "ear") => ({actor, instrument, authority});
  it("puts US export controls and entity listings on the US timeline, and nothing of China's", () => {
    expect(onControlTimeline("us", m("US", "export-control"))).toBe(true);
    expect(onControlTimeline("us", m("US", "entity-listing"))).toBe(true);
    expect(onControlTimeline("us", m("US", "tariff", "301"))).toBe(false);
    expect(onControlTimeline("us", m("CN", "export-control", "mofcom"))).toBe(false);
  });
  it("puts only China's export controls on China's timeline (its listings of firms are in the table)", () => {
    expect(onControlTimeline("cn", m("CN", "export-control", "mofcom"))).toBe(true);
    expect(onControlTimeline("cn", m("CN", "entity-listing", "mofcom"))).toBe(false);
    expect(onControlTimeline("cn", m("US", "export-control"))).toBe(false);
  });
});
