import {describe, expect, it} from "vitest";
import {chipMetrics, classifyAll, classifyChip} from "../../../src/lib/derive/chips.js";
import type {Chip, ChipRuleThreshold} from "../../../src/lib/schema.js";
import {fixtureDataset} from "../../support/dataset.js";

// Hand-made rows: unspecified optional cells are simply absent, as an empty CSV cell would be.
const chip = (fields: Partial<Chip>) =>
  ({id: "c", name: "C", vendor: "V", market: "global", source_ids: ["s"], derivation: "-", ...fields}) as Chip;
const t = (fields: Partial<ChipRuleThreshold>) =>
  ({
    rule_id: "r",
    outcome: "licence-required",
    clause: "a",
    metric: "tpp",
    source_ids: ["s"],
    ...fields
  }) as ChipRuleThreshold;

describe("chipMetrics(chip)", () => {
  it("derives TPP as dense TOPS × bit length and density as TPP ÷ die area", () => {
    const m = chipMetrics(chip({dense_tops: 989.5, bit_length: 16, die_area_mm2: 814}));
    expect(m.tpp).toBe(15832);
    expect(m.tpp_basis).toBe("derived");
    expect(m.performance_density).toBeCloseTo(19.45, 2);
  });
  it("prefers a stated TPP", () =>
    expect(chipMetrics(chip({tpp_stated: 4000, dense_tops: 1, bit_length: 8}))).toMatchObject({
      tpp: 4000,
      tpp_basis: "stated"
    }));
  it("leaves TPP and density undefined without the inputs", () =>
    expect(chipMetrics(chip({die_area_mm2: 800}))).toMatchObject({tpp: undefined, performance_density: undefined}));
});

describe("classifyChip(metrics, thresholds)", () => {
  const rule2022 = [t({metric: "tpp", min: 4800}), t({metric: "interconnect_gbps", min: 600})];
  it("requires every condition of a clause (AND)", () => {
    expect(classifyChip({tpp: 4992, interconnect_gbps: 600}, rule2022)).toBe("licence-required");
    expect(classifyChip({tpp: 4992, interconnect_gbps: 400}, rule2022)).toBe("not-controlled");
  });
  it("accepts any clause of an outcome (OR) and prefers the more severe outcome", () => {
    const rule = [
      t({clause: "a", min: 4800}),
      t({clause: "b", min: 1600}),
      t({clause: "b", metric: "performance_density", min: 5.92}),
      t({outcome: "notification", clause: "c", min: 2400, max: 4800})
    ];
    expect(classifyChip({tpp: 2000, performance_density: 6}, rule)).toBe("licence-required");
    expect(classifyChip({tpp: 3000, performance_density: 2}, rule)).toBe("notification");
    expect(classifyChip({tpp: 5000}, rule)).toBe("licence-required");
    expect(classifyChip({tpp: 1000}, rule)).toBe("not-controlled");
  });
  it("treats min as inclusive and max as exclusive", () => {
    const band = [t({outcome: "notification", min: 2400, max: 4800})];
    expect(classifyChip({tpp: 2400}, band)).toBe("notification");
    expect(classifyChip({tpp: 4800}, band)).toBe("not-controlled");
  });
  it("says unknown, not free, when a figure the deciding clause needs is missing", () => {
    expect(classifyChip({tpp: 5000}, rule2022)).toBe("unknown");
    expect(classifyChip({interconnect_gbps: 900}, rule2022)).toBe("unknown");
  });
  it("still decides when a known figure rules the clause out", () =>
    expect(classifyChip({tpp: 1000}, rule2022)).toBe("not-controlled"));
  it("prefers a severe outcome that holds over a missing figure elsewhere", () => {
    const rule = [t({clause: "a", min: 4800}), t({clause: "b", metric: "interconnect_gbps", min: 600})];
    expect(classifyChip({tpp: 5000}, rule)).toBe("licence-required");
  });
});

describe("classifyAll(chips, rules, thresholds)", () => {
  it("moves the cut-down chip from free under the first rule to controlled under the second", () => {
    const {chips, chip_rules, chip_rule_thresholds} = fixtureDataset();
    const rows = classifyAll(chips, chip_rules, chip_rule_thresholds).map(
      (r) => `${r.rule_id} ${r.chip_id} ${r.classification}`
    );
    expect(rows).toEqual([
      "rule-2022 chip-cut not-controlled",
      "rule-2022 chip-fast licence-required",
      "rule-2022 chip-small not-controlled",
      "rule-2023 chip-cut licence-required",
      "rule-2023 chip-fast licence-required",
      "rule-2023 chip-small notification"
    ]);
  });
});
