import {describe, expect, it} from "vitest";
import {agreement} from "../../../src/lib/derive/agreement.js";
import type {Comparison} from "../../../src/lib/derive/tariffSeries.js";
import {d} from "../../support/dataset.js";

const row = (publisher: string, date: string, difference_pct?: number): Comparison => ({
  id: `${publisher}-${date}`,
  publisher,
  direction: "us-on-cn",
  date: d(date),
  basis: "piie",
  published_pct: 10,
  ours_pct: difference_pct === undefined ? undefined : 10 + difference_pct,
  difference_pct,
  reason: "",
  method: "",
  source_ids: ["src-a"]
});

describe("agreement(rows, {publishers, since})", () => {
  it("gives the mean and the largest absolute difference per publisher and direction, with the worst date", () => {
    const rows = [row("PIIE", "2018-01-01", -1), row("PIIE", "2019-01-01", 3), row("PIIE", "2020-01-01", -2)];
    expect(agreement(rows)).toEqual([
      {
        direction: "us-on-cn",
        publisher: "PIIE",
        basis: "piie",
        figures: 3,
        without_ours: 0,
        mean_abs_pct: 2,
        worst_abs_pct: 3,
        worst_date: d("2019-01-01")
      }
    ]);
  });
  it("counts figures without a value of ours apart, and leaves out those before `since`", () => {
    const rows = [row("PIIE", "2017-01-20", 5), row("PIIE", "2018-06-01"), row("PIIE", "2019-01-01", 1)];
    const [a] = agreement(rows, {since: d("2018-01-01")});
    expect(a).toMatchObject({figures: 1, without_ours: 1, mean_abs_pct: 1, worst_abs_pct: 1});
  });
});
