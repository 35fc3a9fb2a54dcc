import {describe, expect, it} from "vitest";
import {comparePublished, tariffRuns, tariffSeries} from "../../../src/lib/derive/tariffSeries.js";
import {derivedTables} from "../../../src/lib/outputs.js";
import {d, fixtureDataset} from "../../support/dataset.js";

// The valid fixture's line tables (tests/fixtures/valid/lines): US lines of $100, $200 and $100 with MFN 2%, 4% and
// 0%; List A (25% from 2018-07-06) on the first, List B (10%, then 25%, then 0) on the other two, the third exempt from
// List B from 2019-09-01. China: $50 and $150 with MFN 10% and 3%, the second under a 25% answer from 2018-07-06.

describe("tariffSeries(dataset, {start, end})", () => {
  const span = {start: d("2018-01-01"), end: d("2020-06-30")};
  const us = (date: string) =>
    tariffSeries(fixtureDataset(), span).series.find(
      (p) => p.direction === "us-on-cn" && p.date.getTime() === d(date).getTime()
    );
  it("weights MFN and additional duties by line for each change date", () => {
    expect(us("2018-01-01")).toMatchObject({total_pct: 2.5, mfn_pct: 2.5, additional_pct: 0, covered_share: 0});
    expect(us("2018-07-06")).toMatchObject({additional_pct: 6.25, total_pct: 8.75, covered_share: 0.25});
    expect(us("2018-09-24")!.additional_pct).toBe(13.75);
    expect(us("2019-05-10")!.additional_pct).toBe(25);
    expect(us("2019-09-01")).toMatchObject({additional_pct: 18.75, covered_share: 0.75});
    expect(us("2020-02-14")!.additional_pct).toBe(6.25);
  });
  it("computes China's direction from its own folder", () => {
    const cn = tariffSeries(fixtureDataset(), span).series.filter((p) => p.direction === "cn-on-us");
    expect(cn.at(-1)).toMatchObject({mfn_pct: 4.75, additional_pct: 18.75, total_pct: 23.5, headline: true});
  });
});

describe("comparePublished(published, runs)", () => {
  it("sets each figure beside ours on the same date and basis, with what the exemptions are worth", () => {
    const ds = fixtureDataset();
    const span = {start: d("2018-01-01"), end: d("2020-06-30")};
    const late = {...ds.published_estimates[0], id: "late", date: d("2019-10-01"), rate_pct: 20};
    const runs = tariffRuns(ds, span, [ds.published_estimates[0].date, late.date]);
    const [one, two] = comparePublished([...ds.published_estimates, late], runs);
    expect(one).toMatchObject({basis: "piie", published_pct: 17.5, ours_pct: 27.5, difference_pct: 10, mfn_pct: 2.5});
    expect(two).toMatchObject({ours_pct: 21.3, exemptions_pct: -6.3, exclusions_pct: 0});
    expect(two.reason).toBe("ours +1.3 pts; exemptions: -6.3 pts");
  });

  it("writes the same reason in German from the same figures (German numbers, a typographic minus)", () => {
    const ds = fixtureDataset();
    const span = {start: d("2018-01-01"), end: d("2020-06-30")};
    const late = {...ds.published_estimates[0], id: "late", date: d("2019-10-01"), rate_pct: 20};
    const close = {...late, id: "close", rate_pct: 21};
    const runs = tariffRuns(ds, span, [late.date]);
    const rows = comparePublished([late, close], runs);
    const two = rows.find((r) => r.id === "late")!;
    const near = rows.find((r) => r.id === "close")!;
    expect(two.reason_de).toBe("unser Wert +1,3 Punkte; Ausnahmen: −6,3 Punkte");
    expect(near.reason).toBe("agrees within 1 pt; exemptions: -6.3 pts");
    expect(near.reason_de).toBe("höchstens 1 Punkt Abstand; Ausnahmen: −6,3 Punkte");
  });
});

describe("comparePublished(published, runs) with their_rates", () => {
  it("recomputes ours with the publisher's differing rates and names what they add", () => {
    const ds = fixtureDataset();
    const span = {start: d("2018-01-01"), end: d("2020-06-30")};
    const theirs = {
      ...ds.published_estimates[0],
      id: "theirs",
      date: d("2020-03-01"),
      rate_pct: 30,
      their_rates: [{scope: "list-b", rate_pct: 25}]
    };
    const [c] = comparePublished([theirs], tariffRuns(ds, span, [theirs.date], [theirs]));
    // List B at 25% instead of 0 on the $200bn line (the $100bn one is exempt): +12.5 points.
    expect(c).toMatchObject({ours_pct: 8.8, their_inputs_pct: 12.5, ours_with_their_inputs_pct: 21.3});
    expect(c.reason).toContain("their inputs (list-b at 25%): +12.5 pts");
    expect(c.reason_de).toContain("ihre Annahmen (list-b zu 25 %): +12,5 Punkte");
  });
});

describe("tariffRuns(dataset, span, at)", () => {
  it("evaluates the sensitivity runs on the given dates only, with the values a full run has there", () => {
    const ds = fixtureDataset();
    const span = {start: d("2018-01-01"), end: d("2020-06-30")};
    const runs = tariffRuns(ds, span, [d("2019-10-01"), d("2017-01-01")]);
    const full = tariffSeries(ds, {...span, variant: {noExemptions: true}});
    const us = runs.noExemptions.series.filter((p) => p.direction === "us-on-cn");
    expect(us.map((p) => p.date)).toEqual([d("2019-10-01")]);
    const same = full.series.find((p) => p.direction === "us-on-cn" && p.date.getTime() === d("2019-09-01").getTime())!;
    expect(us[0].total_pct).toBe(same.total_pct);
    expect(runs.main.series).toEqual(tariffSeries(ds, span).series);
  });
});

describe("derivedTables(dataset).headline", () => {
  it("shows the line-level total incl. MFN and its MFN part on the as-of and commentary dates", () => {
    const {headline} = derivedTables(fixtureDataset());
    expect(headline.map((h) => [h.direction, h.date.toISOString().slice(0, 10), h.total_pct, h.mfn_pct])).toEqual([
      ["us-on-cn", "2019-06-01", 27.5, 2.5],
      ["cn-on-us", "2019-06-01", 23.5, 4.8],
      ["us-on-cn", "2020-06-30", 8.8, 2.5],
      ["cn-on-us", "2020-06-30", 23.5, 4.8]
    ]);
  });
});
