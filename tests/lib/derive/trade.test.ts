import {describe, expect, it} from "vitest";
import {tradeByYear} from "../../../src/lib/derive/trade.js";
import {fixtureDataset} from "../../support/dataset.js";

describe("tradeByYear(rows)", () => {
  const years = tradeByYear(fixtureDataset().trade);
  it("pivots flows into one row per year with the balance", () => {
    expect(years.map((y) => [y.year, y.imports_usd_bn, y.exports_usd_bn, y.balance_usd_bn])).toEqual([
      [2017, 500, 120, -380],
      [2018, 540, 110, -430]
    ]);
  });
  it("gives China's share of US imports only where the total is known", () => {
    expect(years[0].share_of_us_imports).toBe(0.25);
    expect(years[1].share_of_us_imports).toBeUndefined();
  });
  it("leaves out a year that lacks one of the two bilateral flows", () =>
    expect(years.map((y) => y.year)).not.toContain(2019));
  it("returns nothing for no rows", () => expect(tradeByYear([])).toEqual([]));
});
