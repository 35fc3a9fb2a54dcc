import {describe, expect, it} from "vitest";
import {chipMatrix, chipMatrixRecords} from "../../../src/lib/derive/chipMatrix.js";
import {fixtureTables} from "../../support/rows.js";

describe("chipMatrix(rows, {chips, rules, thresholds})", () => {
  const t = fixtureTables();
  const options = {chips: t.dataset.chips, rules: t.dataset.chip_rules, thresholds: t.dataset.chip_rule_thresholds};
  const matrix = chipMatrix(t.chip_classes, options);

  it("chipMatrix orders chips by vendor, then TPP under the latest rule", () => {
    expect(matrix.map((r) => r.chip_id)).toEqual(["chip-small", "chip-cut", "chip-fast"]);
  });

  it("chipMatrix says which chips moved between rules, with the rule that moved them", () => {
    const cut = matrix.find((r) => r.chip_id === "chip-cut")!;
    expect(cut.classes["rule-2022"]?.classification).toBe("not-controlled");
    expect(cut.classes["rule-2023"]?.classification).toBe("licence-required");
    expect(cut.moved).toBe("Free to export → Licence required (Rule 2023)");
    expect(matrix.find((r) => r.chip_id === "chip-fast")!.moved).toBe("");
  });

  it("chipMatrix marks 'free to export' as unverified where a figure the rule tests is missing", () => {
    const small = matrix.find((r) => r.chip_id === "chip-small")!;
    expect(small.classes["rule-2022"]?.text).toBe("Free to export (unverified: no interconnect figure)");
    expect(small.market).toBe("World market");
  });

  it("chipMatrixRecords(matrix, rules) flattens the classes into one text column per rule", () => {
    const [first] = chipMatrixRecords(matrix, t.dataset.chip_rules);
    expect(first).toMatchObject({chip_id: "chip-small", "rule-2022": matrix[0].classes["rule-2022"]!.text});
    expect(first).not.toHaveProperty("classes");
  });
});
