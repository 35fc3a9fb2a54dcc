// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import type {TradeYear} from "../../src/lib/derive/trade.js";
import {tradeBalance} from "../../src/components/tradeBalance.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables} from "../support/rows.js";

const mixed: TradeYear[] = [
  {year: 2016, imports_usd_bn: 100, exports_usd_bn: 110, balance_usd_bn: 10, release: "R", source_ids: ["src-a"]},
  {year: 2017, imports_usd_bn: 500, exports_usd_bn: 130, balance_usd_bn: -370, release: "R", source_ids: ["src-a"]},
  {year: 2019, imports_usd_bn: 450, exports_usd_bn: 106, balance_usd_bn: -344, release: "R", source_ids: ["src-a"]}
];

describe("tradeBalance(rows, options)", () => {
  const t = fixtureTables();
  it("tradeBalance(rows) draws one labelled bar per year below zero, with the years along the top", () => {
    expectSnapshot(
      "tradeBalance-wide",
      withoutWarnings(() => tradeBalance(t.trade_years, {width: 640}))
    );
  });
  it("tradeBalance(rows) draws a surplus above zero in another colour and keeps a missing year's slot empty", () => {
    const svg = withoutWarnings(() => tradeBalance(mixed, {width: 360}));
    expectSnapshot("tradeBalance-mixed-narrow", svg);
    expect([...svg.querySelectorAll("text")].map((x) => x.textContent)).toEqual(
      expect.arrayContaining(["−370.0", "10.0", "2018"])
    );
  });
  it("tradeBalance(rows, {width: 300}) turns the labels upright when ten bars share a phone's width", () => {
    const ten: TradeYear[] = Array.from({length: 10}, (_, k) => ({
      year: 2016 + k,
      imports_usd_bn: 400 + k,
      exports_usd_bn: 100,
      balance_usd_bn: -300 - k,
      release: "R",
      source_ids: ["src-a"]
    }));
    const svg = withoutWarnings(() => tradeBalance(ten, {width: 300}));
    expectSnapshot("tradeBalance-upright", svg);
    expect(svg.querySelector('[transform*="rotate(-90)"]')).not.toBeNull();
  });
  it("tradeBalance(rows) describes the first and last year for screen readers", () => {
    const svg = tradeBalance(mixed);
    expect(svg.getAttribute("aria-description")).toContain("$10.0bn in 2016");
    expect(svg.getAttribute("aria-description")).toContain("−$344.0bn in 2019");
  });
  it("tradeBalance(rows, {title}) passes the options it does not know to Plot.plot", () => {
    const chart = tradeBalance(t.trade_years, {width: 640, title: "Balance"});
    expect(chart.querySelector("h2")?.textContent).toBe("Balance");
  });
});
