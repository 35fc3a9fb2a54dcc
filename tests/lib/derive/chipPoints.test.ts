import {describe, expect, it} from "vitest";
import {
  chipPoints,
  placeable,
  plottable,
  pointGroups,
  secondMetric,
  shortName
} from "../../../src/lib/derive/chipPoints.js";
import {missingReason} from "../../../src/lib/chipWords.js";
import {fixtureTables} from "../../support/rows.js";

describe("chip points", () => {
  const t = fixtureTables();
  it("secondMetric(thresholds) picks the metric a rule tests besides TPP, performance density when it tests TPP alone", () => {
    expect(secondMetric(t.dataset.chip_rule_thresholds.filter((x) => x.rule_id === "rule-2022"))).toBe(
      "interconnect_gbps"
    );
    expect(secondMetric(t.dataset.chip_rule_thresholds.filter((x) => x.rule_id === "rule-2023"))).toBe(
      "performance_density"
    );
    expect(secondMetric([{metric: "tpp"}])).toBe("performance_density");
  });

  it("chipPoints(rows, {rule}) joins names and the class under the previous rule when it differs", () => {
    const points = chipPoints(t.chip_classes, {rule: "rule-2023", chips: t.dataset.chips, rules: t.dataset.chip_rules});
    const cut = points.find((p) => p.chip_id === "chip-cut")!;
    expect(cut).toMatchObject({
      name: "Cut chip",
      classification: "licence-required",
      previous_classification: "not-controlled",
      previous_rule: "Rule 2022"
    });
    expect(points.find((p) => p.chip_id === "chip-fast")!.previous_classification).toBeUndefined();
  });

  it("plottable(points, y) keeps the points with both figures, exactly those missingReason finds nothing missing for", () => {
    const points = chipPoints(t.chip_classes, {rule: "rule-2023", chips: t.dataset.chips, rules: t.dataset.chip_rules});
    const lacking = {...points[0], tpp: undefined};
    for (const y of ["tpp", "interconnect_gbps", "performance_density"] as const) {
      const all = [...points, lacking, {...points[0], [y]: undefined}];
      expect(plottable(all, y)).toEqual(all.filter((p) => missingReason(p, y) === undefined));
      expect(placeable(lacking, y)).toBe(false);
    }
    expect(points.some((p) => placeable(p, "performance_density"))).toBe(true);
  });

  it("shortName(chip) drops the vendor and any parenthetical", () => {
    expect(shortName({name: "NVIDIA A100 (SXM4 80GB)", vendor: "NVIDIA"})).toBe("A100");
    expect(shortName({name: "Huawei Ascend 910B", vendor: "Huawei (HiSilicon)"})).toBe("Ascend 910B");
    expect(shortName({name: "Fast chip", vendor: "Vendor"})).toBe("Fast chip");
  });
});

describe("pointGroups(points, y)", () => {
  it("pointGroups puts chips with the same figures and class into one group", () => {
    const t = fixtureTables();
    const points = chipPoints(t.chip_classes, {rule: "rule-2022", chips: t.dataset.chips, rules: t.dataset.chip_rules});
    const same = [...points, {...points[0], chip_id: "twin", name: "Twin"}];
    const groups = pointGroups(same, "tpp");
    expect(groups.find((g) => g.members.some((m) => m.chip_id === "twin"))?.members.map((m) => m.chip_id)).toEqual([
      points[0].chip_id,
      "twin"
    ]);
    expect(groups).toHaveLength(points.length);
  });
});
