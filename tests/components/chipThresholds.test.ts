// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {chipThresholds} from "../../src/components/chipThresholds.js";
import type {ChipRuleThreshold} from "../../src/lib/schema.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables} from "../support/rows.js";

describe("chipThresholds(rows, options)", () => {
  const t = fixtureTables();
  const options = {chips: t.dataset.chips, rules: t.dataset.chip_rules, thresholds: t.dataset.chip_rule_thresholds};

  it("chipThresholds(rows, {rule}) shades the 2022 rule's regions and colours each chip by its classification", () => {
    expectSnapshot(
      "chipThresholds-2022",
      withoutWarnings(() => chipThresholds(t.chip_classes, {...options, width: 800, rule: "rule-2022"}))
    );
  });

  it("chipThresholds(rows) draws the latest rule by default, against performance density, on a phone", () => {
    expectSnapshot(
      "chipThresholds-2023-narrow",
      withoutWarnings(() => chipThresholds(t.chip_classes, {...options, width: 360}))
    );
  });

  it("chipThresholds(rows, {rule}) lists the chips lacking a plotted figure below the chart instead of dropping them", () => {
    const figure = chipThresholds(t.chip_classes, {...options, width: 800, rule: "rule-2022"});
    expect(figure.tagName.toLowerCase()).toBe("figure");
    expect(figure.querySelector("figcaption")?.textContent).toContain(
      "Small chip (no interconnect figure; computed: Free to export*)"
    );
    expect(figure.querySelector("svg")?.getAttribute("aria-label")).toBe(
      "AI chips against the thresholds of Rule 2022: TPP against interconnect"
    );
  });

  it("chipThresholds(rows, {rule}) labels a chip that changed class with its class under the rule before", () => {
    const svg = chipThresholds(t.chip_classes, {...options, width: 800, rule: "rule-2023"}).querySelector("svg")!;
    const labels = [...svg.querySelectorAll("text")].map((e) => e.textContent);
    expect(labels.some((l) => l?.includes("Cut chip (was free)"))).toBe(true);
  });

  it("chipThresholds(rows, {thresholds}) moves the shaded border when a threshold in the data changes", () => {
    // The horizontal border of the 2022 rule sits at its interconnect threshold: lower on the chart for a lower one.
    const borderY = (thresholds: readonly ChipRuleThreshold[]) => {
      const svg = chipThresholds(t.chip_classes, {...options, thresholds, width: 800, rule: "rule-2022"}).querySelector(
        "svg"
      )!;
      const lines = [...svg.querySelectorAll('g[stroke-dasharray="5,3"] line')].filter(
        (l) => l.getAttribute("y1") === l.getAttribute("y2")
      );
      expect(lines).toHaveLength(1);
      return Number(lines[0].getAttribute("y1"));
    };
    const moved = options.thresholds.map((th) =>
      th.rule_id === "rule-2022" && th.metric === "interconnect_gbps" ? {...th, min: 300} : th
    );
    expect(borderY(moved)).toBeGreaterThan(borderY(options.thresholds));
  });
  it("chipThresholds(rows, {marginLeft}) passes the options it does not know to Plot.plot", () => {
    const svg = (o: object) => chipThresholds(t.chip_classes, {...options, width: 800, ...o}).querySelector("svg")!;
    expect(svg({marginLeft: 120}).outerHTML).not.toBe(svg({}).outerHTML);
  });
});
