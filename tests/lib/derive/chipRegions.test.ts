import {describe, expect, it} from "vitest";
import {chipExtent, chipRegions} from "../../../src/lib/derive/chipRegions.js";
import {fixtureTables} from "../../support/rows.js";

describe("chipRegions(thresholds, y, xDomain, yDomain)", () => {
  const t = fixtureTables();
  const own = t.dataset.chip_rule_thresholds.filter((x) => x.rule_id === "rule-2022");

  it("chipRegions cuts the plane at the rule's thresholds and classifies each cell", () => {
    const {cells, vertical, horizontal} = chipRegions(own, "interconnect_gbps", [100, 10000], [0, 1000]);
    expect(cells).toHaveLength(4);
    expect(cells.find((c) => c.x1 === 4800 && c.y1 === 600)?.classification).toBe("licence-required");
    expect(cells.filter((c) => c.classification === "not-controlled")).toHaveLength(3);
    expect(vertical).toEqual([{x: 4800, y1: 600, y2: 1000}]);
    expect(horizontal).toEqual([{y: 600, x1: 4800, x2: 10000}]);
  });

  it("chipExtent(rows, thresholds, metric) spans every chip and threshold, padded, from 0 on a linear metric", () => {
    const [lo, hi] = chipExtent(t.chip_classes, t.dataset.chip_rule_thresholds, "interconnect_gbps");
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(600 * 1.12);
    const [tlo] = chipExtent(t.chip_classes, t.dataset.chip_rule_thresholds, "tpp");
    expect(tlo).toBeCloseTo(800 / 1.4);
  });
});
