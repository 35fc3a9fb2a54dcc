// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {mineralControls} from "../../src/components/mineralControls.js";
import {statusPeriods} from "../../src/lib/derive/statusPeriods.js";
import {timeDomain} from "../../src/lib/domains.js";
import {d} from "../support/dataset.js";
import {cnControl, statusEntry} from "../support/rows.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";

const asOf = d("2026-06-30");
const periods = statusPeriods(
  [
    cnControl("gallium", "2023-07-03", {title: "Export licences for gallium and germanium items"}),
    cnControl("rare-earths", "2025-04-04", {title: "Export licences for seven medium and heavy rare earths"}),
    cnControl("list", "2025-04-09", {title: "Export control list: 12 US entities"})
  ],
  [
    statusEntry("gallium", "2023-07-03", "announced"),
    statusEntry("gallium", "2023-08-01", "in-force"),
    statusEntry("rare-earths", "2025-04-04", "in-force"),
    statusEntry("rare-earths", "2025-11-07", "suspended"),
    statusEntry("list", "2025-04-10", "in-force"),
    statusEntry("list", "2025-08-12", "revoked")
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
    expectSnapshot(
      "mineralControls-narrow",
      withoutWarnings(() => mineralControls(periods, {width: 360, domain: timeDomain(asOf)}))
    );
  });
});

describe("a scheduled step in the status bars", () => {
  const scheduled = statusPeriods(
    [cnControl("rare-earths", "2025-10-09", {title: "Export controls on rare-earth technologies"})],
    [
      statusEntry("rare-earths", "2025-10-09", "in-force"),
      statusEntry("rare-earths", "2025-11-10", "suspended"),
      statusEntry("rare-earths", "2026-11-10", "scheduled", "the suspension ends")
    ],
    {asOf}
  );

  it("mineralControls(periods) draws a scheduled step as a pale bar labelled scheduled, never as in force", () => {
    const chart = withoutWarnings(() => mineralControls(scheduled, {width: 960, domain: timeDomain(d("2026-12-01"))}));
    const texts = [...chart.querySelectorAll("text")].map((e) => e.textContent);
    expect(texts).toContain("scheduled");
    expect(texts).toContain("suspended Nov 2025");
    const pale = [...chart.querySelectorAll("g[fill-opacity='0.18'] rect")];
    expect(pale).toHaveLength(1);
    expect(chart.getAttribute("aria-description")).toContain("0 are in force, 1 suspended");
    expect(chart.getAttribute("aria-description")).toContain("1 have a step scheduled after that date");
    expectSnapshot("mineralControls-scheduled", chart);
  });
});
