import {describe, expect, it} from "vitest";
import {
  averageSeries,
  averageTotal,
  coveredShare,
  directionOf,
  scopeWeights
} from "../../../src/lib/derive/averageTariff.js";
import {d, fixtureDataset} from "../../support/dataset.js";

describe("scopeWeights(actions, measures, trade)", () => {
  const {tariff_scopes, tariff_actions, measures, trade} = fixtureDataset();
  it("weights each scope by the trade it covers over the partner's total of that year", () => {
    const {scopes, unweighted} = scopeWeights(tariff_scopes, tariff_actions, measures, trade);
    expect(scopes.map((s) => [s.scope, s.direction, s.share, s.year_assumed, s.allocated])).toEqual([
      ["list-a", "us-on-cn", 0.1, false, false], // 50 / 500
      ["list-b", "us-on-cn", 0.2, false, false], // 100 / 500
      ["cn-a", "cn-on-us", 0.25, false, false] // 30 / 120
    ]);
    expect(unweighted).toEqual([]);
  });

  it("assumes the year before the first step when a source gives no year, and flags it", () => {
    const scopes = tariff_scopes.map((s) => (s.scope === "list-a" ? {...s, covered_year: undefined} : s));
    const list = scopeWeights(scopes, tariff_actions, measures, trade).scopes.find((s) => s.scope === "list-a")!;
    expect([list.covered_year, list.year_assumed, list.share]).toEqual([2017, true, 0.1]);
  });

  it("splits a group total by tariff lines and flags the split", () => {
    const scopes = tariff_scopes.map((s) =>
      s.scope !== "cn-a"
        ? {...s, covered_usd_bn: 150, covered_group: "lists", lines: s.scope === "list-a" ? 100 : 200}
        : s
    );
    const w = scopeWeights(scopes, tariff_actions, measures, trade).scopes;
    expect(w.filter((s) => s.allocated).map((s) => [s.scope, s.covered_usd_bn])).toEqual([
      ["list-a", 50],
      ["list-b", 100]
    ]);
  });

  it("lists scopes it cannot weight, with the reason", () => {
    const scopes = tariff_scopes.map((s) =>
      s.scope === "cn-a"
        ? {...s, covered_usd_bn: undefined}
        : s.scope === "list-a"
          ? {...s, covered_year: 2030}
          : {...s, covered_group: "g", lines: undefined}
    );
    expect(scopeWeights(scopes, tariff_actions, measures, trade).unweighted).toEqual([
      {scope: "list-a", direction: "us-on-cn", reason: "no us-imports-from-cn total for 2030 in trade.csv"},
      {
        scope: "list-b",
        direction: "us-on-cn",
        reason: 'only a total for group "g" is known, and not every scope of it has a tariff-line count'
      },
      {scope: "cn-a", direction: "cn-on-us", reason: "no source states the trade it covers"}
    ]);
  });
});

describe("averageTotal(actions, weights, direction, date)", () => {
  const {tariff_scopes, tariff_actions, measures, trade} = fixtureDataset();
  const weights = scopeWeights(tariff_scopes, tariff_actions, measures, trade);
  it("sums rate × share over the scopes in force", () => {
    expect(averageTotal(tariff_actions, weights, "us-on-cn", d("2018-01-01"))).toBe(0);
    expect(averageTotal(tariff_actions, weights, "us-on-cn", d("2018-07-06"))).toBeCloseTo(2.5); // 25 × 0.1
    expect(averageTotal(tariff_actions, weights, "us-on-cn", d("2018-09-24"))).toBeCloseTo(4.5); // + 10 × 0.2
    expect(averageTotal(tariff_actions, weights, "us-on-cn", d("2019-05-10"))).toBeCloseTo(7.5); // 25 × 0.1 + 25 × 0.2
    expect(averageTotal(tariff_actions, weights, "cn-on-us", d("2019-05-10"))).toBeCloseTo(6.25); // 25 × 0.25
  });
});

describe("averageSeries(actions, weights, {start, end})", () => {
  const {tariff_scopes, tariff_actions, measures, trade} = fixtureDataset();
  const weights = scopeWeights(tariff_scopes, tariff_actions, measures, trade);
  it("gives one point per authority at the start, each change and the end", () => {
    const us = averageSeries(tariff_actions, weights, {start: d("2018-01-01"), end: d("2020-06-30")}).filter(
      (p) => p.direction === "us-on-cn"
    );
    expect(us.map((p) => [p.date.toISOString().slice(0, 10), p.authority, p.contribution_pct])).toEqual([
      ["2018-01-01", "section-301", 0],
      ["2018-07-06", "section-301", 2.5],
      ["2018-09-24", "section-301", 4.5],
      ["2019-05-10", "section-301", 7.5],
      ["2020-02-14", "section-301", 2.5],
      ["2020-06-30", "section-301", 2.5]
    ]);
  });
});

describe("coveredShare(actions, weights, direction, date)", () => {
  const {tariff_scopes, tariff_actions, measures, trade} = fixtureDataset();
  const weights = scopeWeights(tariff_scopes, tariff_actions, measures, trade);
  it("adds the shares of scopes with a rate above zero", () => {
    expect(coveredShare(tariff_actions, weights, "us-on-cn", d("2019-01-01"))).toBeCloseTo(0.3);
    expect(coveredShare(tariff_actions, weights, "us-on-cn", d("2020-03-01"))).toBeCloseTo(0.1);
  });
  it("never exceeds 1 when scopes overlap", () => {
    const overlapping = {...weights, scopes: weights.scopes.map((s) => ({...s, share: 0.8}))};
    expect(coveredShare(tariff_actions, overlapping, "us-on-cn", d("2019-01-01"))).toBe(1);
  });
});

describe("directionOf(actor, target)", () => {
  it("maps US tariffs on China (or the world) to us-on-cn and China's on the US to cn-on-us", () => {
    expect(directionOf("US", "CN")).toBe("us-on-cn");
    expect(directionOf("US", "world")).toBe("us-on-cn");
    expect(directionOf("CN", "US")).toBe("cn-on-us");
  });
  it("leaves out US tariffs on third countries", () => expect(directionOf("US", "EU")).toBeUndefined());
});
