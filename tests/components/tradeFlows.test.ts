// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import type {TradeYear} from "../../src/lib/derive/trade.js";
import {tradeFlows} from "../../src/components/tradeFlows.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables, markedItems} from "../support/rows.js";

/** Hand-made years with a gap (2019 missing) to show that lines break instead of bridging it. */
const gappy: TradeYear[] = [
  {
    year: 2017,
    imports_usd_bn: 500,
    exports_usd_bn: 130,
    balance_usd_bn: -370,
    share_of_us_imports: 0.21,
    release: "R1",
    source_ids: ["src-a"]
  },
  {year: 2018, imports_usd_bn: 540, exports_usd_bn: 120, balance_usd_bn: -420, release: "R1", source_ids: ["src-a"]},
  {year: 2020, imports_usd_bn: 435, exports_usd_bn: 125, balance_usd_bn: -310, release: "R2", source_ids: ["src-b"]},
  {year: 2021, imports_usd_bn: 505, exports_usd_bn: 151, balance_usd_bn: -354, release: "R2", source_ids: ["src-b"]}
];

const items = markedItems();

describe("tradeFlows(rows, options)", () => {
  const t = fixtureTables();

  it("tradeFlows(rows, {measures, labels}) draws two labelled lines and names the key measures at desktop width", () => {
    const labels = {"us-list-a": "List A", "cn-answer-a": "Answer A", "us-list-b": "List B"};
    expectSnapshot(
      "tradeFlows-wide",
      withoutWarnings(() => tradeFlows(t.trade_years, {width: 960, measures: t.timeline, labels}))
    );
  });

  it("tradeFlows(rows, {width: 360}) wraps the line labels and thins the year ticks on a phone", () => {
    expectSnapshot(
      "tradeFlows-narrow",
      withoutWarnings(() => tradeFlows(gappy, {width: 360, measures: items, labels: {"us-a": "A", "us-c": "C"}}))
    );
  });

  it('tradeFlows(rows, {sides: "none"}) draws the lines alone, breaking them at a missing year', () => {
    const svg = withoutWarnings(() => tradeFlows(gappy, {width: 640, measures: items, sides: "none"}));
    expectSnapshot("tradeFlows-none", svg);
    // Two lines, each broken at 2019 into two segments: a path with two "M" commands.
    const paths = [...svg.querySelectorAll("path")]
      .map((p) => p.getAttribute("d") ?? "")
      .filter((p) => p.startsWith("M") && (p.match(/M/g) ?? []).length === 2);
    expect(paths.length).toBe(2);
  });

  it("tradeFlows(rows) sets an aria label and a description with the first and last year", () => {
    const svg = tradeFlows(gappy, {width: 640});
    expect(svg.getAttribute("aria-label")).toMatch(/imports from and exports to China/);
    expect(svg.getAttribute("aria-description")).toContain("$500.0bn in 2017");
    expect(svg.getAttribute("aria-description")).toContain("$505.0bn in 2021");
  });
});
