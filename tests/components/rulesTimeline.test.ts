// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {rulesTimeline} from "../../src/components/rulesTimeline.js";
import {statusPeriods} from "../../src/lib/derive/statusPeriods.js";
import {timeDomain} from "../../src/lib/domains.js";
import {laneOf} from "../../src/lib/lanes.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables} from "../support/rows.js";

describe("rulesTimeline(periods, options)", () => {
  const t = fixtureTables();
  const asOf = t.meta[0].as_of;
  const periods = statusPeriods(
    t.dataset.measures.filter((m) => laneOf(m) === "us-controls"),
    t.dataset.measure_status,
    {asOf}
  );
  const domain = timeDomain(asOf);

  it("rulesTimeline(periods) draws each US control as a status bar, flags the chip rules and writes the status at desktop width", () => {
    const chart = withoutWarnings(() =>
      rulesTimeline(periods, {
        width: 960,
        domain,
        ruleMeasureIds: ["us-rule-x"],
        marker: {date: t.meta[0].commentary_date, label: "Commentary"}
      })
    );
    expectSnapshot("rulesTimeline-wide", chart);
    const texts = [...chart.querySelectorAll("text")].map((e) => e.textContent);
    expect(texts).toContain("◆ Rule X");
    expect(texts).toContain("in force");
  });

  it("rulesTimeline(periods) puts the status and name above each bar on a phone", () => {
    const chart = withoutWarnings(() => rulesTimeline(periods, {width: 360, domain}));
    expectSnapshot("rulesTimeline-narrow", chart);
    expect([...chart.querySelectorAll("text")].map((e) => e.textContent)).toContain("in force · Rule X");
  });
  it("rulesTimeline(periods, {subtitle}) passes the options it does not know through statusBars to Plot.plot", () => {
    const chart = rulesTimeline(periods, {width: 640, domain, subtitle: "Since 2018"});
    expect(chart.querySelector("h3")?.textContent).toBe("Since 2018");
  });
});
