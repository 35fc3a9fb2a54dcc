import {describe, expect, it} from "vitest";
import {forecastGroups, latestVerdictDate, numberForecasts} from "../../../src/lib/derive/forecasts.js";
import type {Forecast} from "../../../src/lib/schema.js";
import {d, fixtureDataset} from "../../support/dataset.js";

const forecast = (id: string, excerpt_id: string, as_of: string): Forecast => ({
  ...fixtureDataset().forecasts[0],
  id,
  excerpt_id,
  as_of: d(as_of)
});

describe("numberForecasts(forecasts, excerpts)", () => {
  const excerpts = [{id: "x1"}, {id: "x2"}];
  const forecasts = [
    forecast("b", "x2", "2025-03-01"),
    forecast("a", "x1", "2025-06-01"),
    forecast("c", "x2", "2026-01-01"),
    forecast("u", "gone", "2025-01-01")
  ];
  const numbered = numberForecasts(forecasts, excerpts);

  it("numberForecasts numbers in the order of the text, keeping the table's order within an excerpt, unknown last", () => {
    expect(numbered.map((f) => `${f.n}:${f.id}`)).toEqual(["1:a", "2:b", "3:c", "4:u"]);
  });
  it("forecastGroups puts each excerpt's forecasts under it, and says when an excerpt is unknown", () => {
    const groups = forecastGroups(numbered, excerpts);
    expect(groups.map((g) => [g.excerpt_id, g.excerpt?.id, g.forecasts.map((f) => f.id)])).toEqual([
      ["x1", "x1", ["a"]],
      ["x2", "x2", ["b", "c"]],
      ["gone", undefined, ["u"]]
    ]);
  });
  it("latestVerdictDate is the latest as-of date, undefined for none", () => {
    expect(latestVerdictDate(numbered)).toEqual(d("2026-01-01"));
    expect(latestVerdictDate([])).toBeUndefined();
  });
});
