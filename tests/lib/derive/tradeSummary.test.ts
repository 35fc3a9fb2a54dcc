import {describe, expect, it} from "vitest";
import type {TradeRow} from "../../../src/lib/schema.js";
import {tradeByYear} from "../../../src/lib/derive/trade.js";
import {changeText, tradeChartRecords, tradeSummary, tradeTableRows} from "../../../src/lib/derive/tradeSummary.js";

const row = (year: number, flow: TradeRow["flow"], value_usd_bn: number, release = "R1"): TradeRow => ({
  year,
  flow,
  value_usd_bn,
  release,
  source_id: `src-${release}`,
  notes: undefined
});

// 2017–2019 with both flows, a total only in 2018 (from another release), and 2020 with imports only.
const trade: TradeRow[] = [
  row(2017, "us-imports-from-cn", 500),
  row(2017, "us-exports-to-cn", 130),
  row(2018, "us-imports-from-cn", 540),
  row(2018, "us-exports-to-cn", 120),
  row(2018, "us-imports-total", 2600, "R2"),
  row(2019, "us-imports-from-cn", 450),
  row(2019, "us-exports-to-cn", 106),
  row(2020, "us-imports-from-cn", 435)
];
const years = tradeByYear(trade);

describe("tradeSummary(years, trade)", () => {
  const summary = tradeSummary(years, trade);
  it("tradeSummary states the first, last, peak and change of each flow from the rows", () => {
    const [flows] = summary.paragraphs;
    expect(flows).toContain("US goods imports from China were $500.0bn in 2017 and $450.0bn in 2019 (down 10.0%)");
    expect(flows).toContain("highest in 2018 ($540.0bn)");
    expect(flows).toContain("a US deficit in 3 of 3 years");
    expect(flows).toContain("From 2018 to 2019 imports went down 16.7%");
  });
  it("tradeSummary names the years without a total, with mixed releases and with one flow only", () => {
    expect(summary.shareYears).toEqual([2018]);
    expect(summary.shareMissing).toEqual([2017, 2019]);
    expect(summary.mixedShare).toEqual([2018]);
    expect(summary.flowsOnly).toEqual([2020]);
    expect(summary.paragraphs[1]).toContain("For 2020 the data hold only one of the two flows, so that year is");
  });
  it("tradeSummary says nothing without years", () => {
    expect(tradeSummary([], []).paragraphs).toEqual([]);
  });
  it("changeText says up or down with the percentage", () => {
    expect(changeText(100, 112.3)).toBe("up 12.3%");
    expect(changeText(100, 96)).toBe("down 4.0%");
  });
});

describe("tradeTableRows(years, trade) and tradeChartRecords(years, trade)", () => {
  it("tradeTableRows keeps a year with one flow, without a balance", () => {
    const rows = tradeTableRows(years, trade);
    expect(rows.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020]);
    expect(rows[3]).toMatchObject({imports_usd_bn: 435, exports_usd_bn: undefined, balance_usd_bn: undefined});
    expect(rows[1].flows).toHaveLength(3);
  });
  it("tradeChartRecords gives each chart's rows, the share in percent to one decimal", () => {
    const {share, balance} = tradeChartRecords(years, trade);
    expect(share[1]).toEqual({
      year: 2018,
      imports_usd_bn: 540,
      us_imports_total_usd_bn: 2600,
      share_of_us_imports_pct: 20.8
    });
    expect(balance[0].balance_usd_bn).toBe(-370);
  });
});
