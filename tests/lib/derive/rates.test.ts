import {describe, expect, it} from "vitest";
import {rateInForce, stepsOf} from "../../../src/lib/derive/rates.js";
import {d, fixtureDataset} from "../../support/dataset.js";

describe("rateInForce(actions, scope, date)", () => {
  const {tariff_actions} = fixtureDataset();
  it("is 0 before the first step", () => expect(rateInForce(tariff_actions, "list-b", d("2018-09-23"))).toBe(0));
  it("takes a step's rate on its own date", () =>
    expect(rateInForce(tariff_actions, "list-b", d("2018-09-24"))).toBe(10));
  it("keeps the latest step until the next", () =>
    expect(rateInForce(tariff_actions, "list-b", d("2019-12-31"))).toBe(25));
  it("falls to 0 when a step removes the tariff", () =>
    expect(rateInForce(tariff_actions, "list-b", d("2020-02-14"))).toBe(0));
  it("is 0 for an unknown scope", () => expect(rateInForce(tariff_actions, "nope", d("2020-01-01"))).toBe(0));
  it("does not depend on the order of the rows", () => {
    const reversed = [...tariff_actions].reverse();
    expect(rateInForce(reversed, "list-b", d("2019-06-01"))).toBe(25);
    expect(stepsOf(reversed, "list-b").map((s) => s.rate_pct)).toEqual([10, 25, 0]);
  });
});
