import {describe, expect, it} from "vitest";
import {tariffYMax, timeDomain, yearDomain, yearMid, yearRanges, yearSlots, yearStart} from "../../src/lib/domains.js";
import {isoDay} from "../../src/lib/dates.js";
import {d} from "../support/dataset.js";

describe("the shared axes", () => {
  it("timeDomain(asOf) runs from July 2017, or `from`, to the first of the month after the as-of date", () => {
    expect(timeDomain(d("2026-06-30")).map(isoDay)).toEqual(["2017-07-01", "2026-07-01"]);
    expect(timeDomain(d("2025-12-15"), {from: yearStart(d("2025-01-30"))}).map(isoDay)).toEqual([
      "2025-01-01",
      "2026-01-01"
    ]);
  });
  it("yearDomain spans 1 January of the first year to 1 January after the last, and yearMid is 1 July", () => {
    expect(yearDomain([{year: 2019}, {year: 2017}]).map(isoDay)).toEqual(["2017-01-01", "2020-01-01"]);
    expect(isoDay(yearMid(2018))).toBe("2018-07-01");
  });
  it("yearSlots keeps a slot for a missing year", () => {
    expect(yearSlots([{year: 2017}, {year: 2019}])).toEqual(["2017", "2018", "2019"]);
    expect(yearSlots([])).toEqual([]);
  });
  it("yearRanges joins consecutive years into ranges", () => {
    expect(yearRanges([2019, 2016, 2018, 2020, 2023])).toBe("2016, 2018–2020, 2023");
    expect(yearRanges([])).toBe("");
  });
  it("tariffYMax rounds the highest of ours and the drawn trackers' totals up to 10, never below 10", () => {
    const ours = [{total_pct: 21.3}, {total_pct: 38.85}];
    expect(tariffYMax(ours)).toBe(40);
    expect(tariffYMax(ours, [{publisher: "PIIE", rate_pct: 124.1}])).toBe(130);
    // A tracker not drawn, or one authority's part, does not set the axis.
    expect(
      tariffYMax(ours, [
        {publisher: "Fitch Ratings", rate_pct: 90},
        {publisher: "PIIE", rate_pct: 60, authority: "section-301"}
      ])
    ).toBe(40);
    expect(tariffYMax([])).toBe(10);
  });
});
