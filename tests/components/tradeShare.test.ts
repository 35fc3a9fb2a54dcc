// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import type {TradeYear} from "../../src/lib/derive/trade.js";
import {tradeShare} from "../../src/components/tradeShare.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables} from "../support/rows.js";

const sparse: TradeYear[] = [2016, 2017, 2018, 2019, 2020].map((year) => ({
  year,
  imports_usd_bn: 400,
  exports_usd_bn: 100,
  balance_usd_bn: -300,
  share_of_us_imports: year === 2017 ? 0.2 : year === 2020 ? 0.15 : undefined,
  release: "R",
  source_ids: ["src-a"]
}));

describe("tradeShare(rows, options)", () => {
  const t = fixtureTables();
  it('tradeShare(rows) draws a bar only where the total is known and writes "no total" elsewhere', () => {
    const svg = withoutWarnings(() => tradeShare(t.trade_years, {width: 640}));
    expectSnapshot("tradeShare-wide", svg);
    const texts = [...svg.querySelectorAll("text")].map((x) => x.textContent);
    expect(texts).toContain("25.0%");
    expect(texts).toContain("no total");
  });
  it("tradeShare(rows) never bridges missing years on a phone", () => {
    const svg = withoutWarnings(() => tradeShare(sparse, {width: 360}));
    expectSnapshot("tradeShare-narrow", svg);
    expect(svg.querySelectorAll("rect").length).toBe(2);
    expect(svg.getAttribute("aria-description")).toContain("No total in the data for 2016, 2018–2019");
  });
  it("tradeShare(rows) rounds its bar labels where eleven years leave a phone's bands too narrow for a decimal", () => {
    const years: TradeYear[] = Array.from({length: 11}, (_, k) => ({
      year: 2015 + k,
      imports_usd_bn: 400,
      exports_usd_bn: 100,
      balance_usd_bn: -300,
      share_of_us_imports: 0.216 - k * 0.01,
      release: "R",
      source_ids: ["src-a"]
    }));
    const labels = (svg: Element) =>
      [...svg.querySelectorAll("text")].map((x) => x.textContent ?? "").filter((x) => /\d%$|\d\u00a0%$/.test(x));
    expect(labels(tradeShare(years, {width: 960}))).toContain("21.6%");
    expect(labels(tradeShare(years, {width: 330}))).toContain("22%");
    expect(labels(tradeShare(years, {width: 330, lang: "de"}))).toContain("22\u00a0%");
    expect(labels(tradeShare(years, {width: 960, lang: "de"}))).toContain("21,6\u00a0%");
  });
});
