import {describe, expect, it} from "vitest";
import {chipNumber, clauseName, describeRule, figureLines, missingReason} from "../../src/lib/chipWords.js";
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

  it("describeRule, missingReason and figureLines write German words and numbers with lang de", () => {
    expect(
      describeRule(
        t.dataset.chip_rule_thresholds.filter((x) => x.rule_id === "rule-2023"),
        "de"
      )
    ).toEqual([
      "Genehmigungspflichtig (A): TPP ≥ 4.800",
      "Genehmigungspflichtig (B): TPP ≥ 1.600 und Leistungsdichte ≥ 5,92",
      "Meldepflicht (Lizenzausnahme) (C): TPP 800–4.800 (unter 4.800)"
    ]);
    const points = chipPoints(t.chip_classes, {rule: "rule-2023", chips: t.dataset.chips, rules: t.dataset.chip_rules});
    expect(
      missingReason(
        points.find((p) => p.chip_id === "chip-small")!,
        "performance_density",
        "de"
      )
    ).toBe("keine Leistungsdichte (Chipfläche nicht angegeben)");
    const point = points.find((p) => p.performance_density !== undefined)!;
    const lines = figureLines({...point, die_area_basis: "estimate"}, "de");
    expect(lines.find((l) => l.startsWith("Leistungsdichte"))).toContain("(geschätzt)");
    expect(chipNumber(4800, "de")).toBe("4.800");
    expect(chipNumber(5.925, "de")).toBe("5,93");
    expect(chipNumber(4800)).toBe("4,800");
  });

  it("clauseName(slug) writes a clause as the regulation does", () => {
    expect(clauseName("3a090-a-1")).toBe("3A090.a.1");
  });
  it("figureLines(point) marks a performance density built on an estimated die area as an estimate", () => {
    const points = chipPoints(t.chip_classes, {rule: "rule-2023", chips: t.dataset.chips, rules: t.dataset.chip_rules});
    const point = points.find((p) => p.performance_density !== undefined)!;
    const density = (p: typeof point) => figureLines(p).find((l) => l.startsWith("Performance density"))!;
    expect(density({...point, die_area_basis: "stated"})).not.toContain("estimate");
    expect(density({...point, die_area_basis: "estimate"})).toContain("(estimate)");
    expect(density({...point, die_area_basis: "estimate"})).toContain("die area estimated");
  });
});
