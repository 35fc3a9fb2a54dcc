// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import type {ForecastPoint} from "../../src/components/forecastChart.js";
import {forecastChart, forecastChartRows, verdictBadge} from "../../src/components/forecastChart.js";
import {VERDICT_COLORS} from "../../src/components/theme.js";
import {d} from "../support/dataset.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";

/** Hand-made forecasts: every verdict, two on one date (dodged apart), numbered as a page would list them. */
const forecasts: ForecastPoint[] = [
  {
    id: "fc-a",
    n: 1,
    excerpt_id: "x-one",
    expectation: "Tariffs this weekend.",
    verdict: "partly",
    as_of: d("2025-03-04")
  },
  {
    id: "fc-b",
    n: 2,
    excerpt_id: "x-one",
    expectation: "Tariffs on drugs.",
    verdict: "happened",
    as_of: d("2026-04-02")
  },
  {
    id: "fc-c",
    n: 3,
    excerpt_id: "x-one",
    expectation: "Tariffs on metals.",
    verdict: "happened",
    as_of: d("2026-04-02")
  },
  {
    id: "fc-d",
    n: 4,
    excerpt_id: "x-two",
    expectation: "Controls deterred.",
    verdict: "did-not-happen",
    as_of: d("2026-01-15")
  },
  {id: "fc-e", n: 5, excerpt_id: "x-three", expectation: "Chips superfluous.", verdict: "open", as_of: d("2025-09-18")}
];
const domain: [Date, Date] = [d("2025-01-01"), d("2026-07-01")];
const marker = {date: d("2025-01-30"), label: "Commentary"};

describe("forecastChart(forecasts, options)", () => {
  it("forecastChart(forecasts, {width, domain, marker}) places numbered dots in one row per verdict", () => {
    expectSnapshot(
      "forecastChart-wide",
      withoutWarnings(() => forecastChart(forecasts, {width: 720, domain, marker}))
    );
  });

  it("forecastChart(forecasts, {width: 360}) fits a phone with fewer ticks", () => {
    expectSnapshot(
      "forecastChart-narrow",
      withoutWarnings(() => forecastChart(forecasts, {width: 360, domain, marker}))
    );
  });

  it("forecastChart(filtered) draws only the verdicts present, with their counts in words", () => {
    const svg = withoutWarnings(() =>
      forecastChart(
        forecasts.filter((f) => f.verdict === "happened"),
        {width: 640, domain}
      )
    );
    expectSnapshot("forecastChart-filtered", svg);
    expect(svg.textContent).toContain("✓ Happened · 2");
    expect(svg.textContent).not.toContain("Still open");
    expect(svg.querySelectorAll("circle")).toHaveLength(2);
  });

  it("forecastChart(forecasts) labels the chart and lists each verdict's expectations for screen readers", () => {
    const svg = withoutWarnings(() => forecastChart(forecasts, {width: 640, domain}));
    expect(svg.getAttribute("aria-label")).toBe(
      "The commentary's expectations by our verdict, placed at the date each verdict is as of"
    );
    const description = svg.querySelector("desc")?.textContent ?? svg.getAttribute("aria-description") ?? "";
    expect(description).toBe(
      "Happened: 2 (2026-04-02), 3 (2026-04-02). Partly happened: 1 (2025-03-04). Did not happen: 4 (2026-01-15). Still open: 5 (2025-09-18)."
    );
  });

  it("forecastChartRows(forecasts) gives exactly the plotted rows for the download", () => {
    expect(forecastChartRows(forecasts.slice(0, 1))).toEqual([
      {
        n: 1,
        id: "fc-a",
        excerpt_id: "x-one",
        verdict: "partly",
        as_of: d("2025-03-04"),
        expectation: "Tariffs this weekend."
      }
    ]);
  });

  it("verdictBadge(verdict) writes the verdict as symbol and words, with its colour only as a border", () => {
    const badge = verdictBadge("did-not-happen");
    expect(badge.textContent).toBe("✗ Did not happen");
    expect(badge.className).toContain("hf-badge");
    expect(badge.style.getPropertyValue("--hf-badge-color")).toBe(VERDICT_COLORS["did-not-happen"]);
  });
  it("forecastChart(forecasts, {title}) passes the options it does not know to Plot.plot", () => {
    const chart = forecastChart(forecasts, {width: 640, domain, title: "Verdicts"});
    expect(chart.querySelector("h2")?.textContent).toBe("Verdicts");
  });
});
