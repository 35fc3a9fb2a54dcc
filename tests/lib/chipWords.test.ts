import {describe, expect, it} from "vitest";
import {clauseName, describeRule, missingReason} from "../../src/lib/chipWords.js";
import {chipPoints} from "../../src/lib/derive/chipPoints.js";
import {fixtureTables} from "../support/rows.js";

describe("chip words", () => {
  const t = fixtureTables();
  it("describeRule(thresholds) writes each clause in words, most severe outcome first", () => {
    expect(describeRule(t.dataset.chip_rule_thresholds.filter((x) => x.rule_id === "rule-2023"))).toEqual([
      "Licence required (A): TPP ≥ 4,800",
      "Licence required (B): TPP ≥ 1,600 and performance density ≥ 5.92",
      "Notify (licence exception) (C): TPP 800–4,800 (below 4,800)"
    ]);
  });

  it("missingReason(point, metric) names the figure a chip lacks for the plotted metric", () => {
    const points = chipPoints(t.chip_classes, {rule: "rule-2023", chips: t.dataset.chips, rules: t.dataset.chip_rules});
    expect(
      missingReason(
        points.find((p) => p.chip_id === "chip-small")!,
        "performance_density"
      )
    ).toBe("no performance density (die area not stated)");
    expect(
      missingReason(
        points.find((p) => p.chip_id === "chip-fast")!,
        "tpp"
      )
    ).toBeUndefined();
  });

  it("clauseName(slug) writes a clause as the regulation does", () => {
    expect(clauseName("3a090-a-1")).toBe("3A090.a.1");
  });
});
