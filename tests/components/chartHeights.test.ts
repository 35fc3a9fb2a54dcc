// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {chipThresholds} from "../../src/components/chipThresholds.js";
import {forecastChart} from "../../src/components/forecastChart.js";
import {rateGrid} from "../../src/components/rateGrid.js";
import {mineralControls} from "../../src/components/mineralControls.js";
import {rulesTimeline} from "../../src/components/rulesTimeline.js";
import {controlPeriods} from "../../src/lib/derive/statusPeriods.js";
import {toJson} from "../../src/lib/wire.js";
import {cnControl, statusEntry} from "../support/rows.js";
import {sourceYears} from "../../src/components/sourceYears.js";
import {tariffAuthorities} from "../../src/components/tariffAuthorities.js";
import {tariffAverage} from "../../src/components/tariffAverage.js";
import {timeline} from "../../src/components/timeline.js";
import {tradeBalance} from "../../src/components/tradeBalance.js";
import {tradeFlows} from "../../src/components/tradeFlows.js";
import {tradeShare} from "../../src/components/tradeShare.js";
import {
  CHART_HEIGHTS,
  LEGEND_GAP,
  chartBoxCss,
  chartBoxHeight,
  chartHeight,
  legendHeight,
  presentVerdicts,
  ROW_COUNTS,
  rowsBoxHeight,
  rowsHeight,
  statusRows,
  type SizedChart
} from "../../src/lib/chartHeights.js";
import {timeDomain} from "../../src/lib/domains.js";
import {fixtureTables} from "../support/rows.js";

const t = fixtureTables();
const draw: Record<SizedChart, (width: number) => Element> = {
  timeline: (width) => timeline(t.timeline, {width, domain: timeDomain(t.meta[0].as_of), pins: t.excerpt_pins}),
  tradeFlows: (width) => tradeFlows(t.trade_years, {width, measures: t.timeline}),
  tradeBalance: (width) => tradeBalance(t.trade_years, {width}),
  tradeShare: (width) => tradeShare(t.trade_years, {width}),
  tariffAverage: (width) => tariffAverage(t.tariff_series, {width, direction: "us-on-cn"}),
  tariffAuthorities: (width) =>
    tariffAuthorities(t.tariff_series_by_authority, {
      width,
      direction: "us-on-cn",
      basis: t.tariff_series[0]?.basis ?? ""
    }),
  sourceYears: (width) => sourceYears(t.dataset.sources, {width}),
  chipThresholds: (width) =>
    chipThresholds(t.chip_classes, {
      width,
      chips: t.dataset.chips,
      rules: t.dataset.chip_rules,
      thresholds: t.dataset.chip_rule_thresholds
    })
};
// The chart's own SVG: the element itself, or the SVG directly inside Plot's figure (a legend's swatches hold SVGs too).
const svgHeight = (el: Element) =>
  Number((el.tagName.toLowerCase() === "svg" ? el : el.querySelector(":scope > svg"))?.getAttribute("height"));

describe("chartHeight(name, width)", () => {
  it("covers every chart it reserves a box for", () =>
    expect(Object.keys(draw).sort()).toEqual(Object.keys(CHART_HEIGHTS).sort()));
  it.each(
    Object.keys(CHART_HEIGHTS).flatMap((name) => [375, 1280].map((width) => ({name: name as SizedChart, width})))
  )("is the height of the SVG that $name draws at $width px", ({name, width}) => {
    const height = chartHeight(name, width);
    expect(height).toBeGreaterThan(0);
    expect(svgHeight(draw[name](width))).toBe(height);
  });
  it("gives a phone its own height where the layout changes", () => {
    expect(chartHeight("tradeFlows", 375)).toBeLessThan(chartHeight("tradeFlows", 1280));
    expect(chartHeight("chipThresholds", 375)).toBe(360);
    expect(chartHeight("chipThresholds", 800)).toBe(448);
  });
});

// jsdom lays nothing out, so the legend's box is the min-height the component gives it.
const legendOf = (el: Element) => el.querySelector<HTMLElement>(':scope > div[class*="-swatches"]');

describe("legendHeight(name, width) and chartBoxHeight(name, width)", () => {
  it.each(
    (Object.keys(CHART_HEIGHTS) as SizedChart[]).flatMap((name) => [277, 414, 670].map((width) => ({name, width})))
  )("is the min-height of the legend that $name draws at $width px, or no legend", ({name, width}) => {
    const legend = legendOf(draw[name](width));
    const height = legendHeight(name, width);
    expect(legend ? legend.style.minHeight : undefined).toBe(height === undefined ? undefined : `${height}px`);
  });
  it("adds the legend and the gap below it to the SVG's height", () => {
    expect(chartBoxHeight("tariffAverage", 277)).toBe(260 + 60 + LEGEND_GAP);
    expect(chartBoxHeight("tariffAverage", 414)).toBe(260 + 33 + LEGEND_GAP);
    expect(chartBoxHeight("tariffAverage", 900)).toBe(320 + 33 + LEGEND_GAP);
    expect(chartBoxHeight("timeline", 900)).toBe(chartHeight("timeline", 900));
  });
});

describe("chartBoxCss(container)", () => {
  const css = chartBoxCss("box");
  it("gives each box its widest height, then the height below each breakpoint, widest first", () => {
    const rules = css.split("\n").filter((l) => l.includes('"tariffAverage"'));
    expect(rules).toEqual([
      `[data-hf-chart="tariffAverage"] { min-height: ${chartBoxHeight("tariffAverage", 1280)}px; }`,
      `@container box (width < 560px) { [data-hf-chart="tariffAverage"] { min-height: ${chartBoxHeight("tariffAverage", 559)}px; } }`,
      `@container box (width < 400px) { [data-hf-chart="tariffAverage"] { min-height: ${chartBoxHeight("tariffAverage", 399)}px; } }`
    ]);
  });
  it("keeps a share of the width between its bounds with container units", () =>
    expect(css).toContain('[data-hf-chart="chipThresholds"] { min-height: clamp(360px, 56cqw, 520px); }'));
});

describe("rowsHeight(name, rows) and ROW_COUNTS", () => {
  it("is the height of the SVG that forecastChart draws for the verdicts present", () => {
    const at = new Date(Date.UTC(2025, 5, 1));
    const rows = [
      {id: "a", n: 1, excerpt_id: "x", expectation: "A.", verdict: "open" as const, as_of: at},
      {id: "b", n: 2, excerpt_id: "x", expectation: "B.", verdict: "partly" as const, as_of: at},
      {id: "c", n: 3, excerpt_id: "x", expectation: "C.", verdict: "open" as const, as_of: at}
    ];
    expect(presentVerdicts(rows)).toEqual(["partly", "open"]);
    expect(svgHeight(forecastChart(rows, {width: 640}))).toBe(rowsHeight("forecastChart", 2));
  });
  it("keeps one row for a chart with none", () =>
    expect(rowsHeight("forecastChart", 0)).toBe(rowsHeight("forecastChart", 1)));
  it("counts forecastChart's rows from the page's data: the verdicts that occur, each once", () => {
    expect(ROW_COUNTS.forecastChart({forecasts: [{verdict: "open"}, {verdict: "open"}, {verdict: "partly"}]})).toBe(2);
    expect(ROW_COUNTS.forecastChart({})).toBeUndefined();
  });
});

describe("rowsHeight and rowsBoxHeight for rateGrid", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  const steps = [
    {scope: "list-1", label: "List 1", date: d("2018-07-06"), rate_pct: 25},
    {scope: "list-3", date: d("2018-09-24"), rate_pct: 10},
    {scope: "list-3", date: d("2019-05-10"), rate_pct: 25},
    {scope: "later", date: d("2027-01-01"), rate_pct: 50}
  ];
  const end = d("2026-01-01");
  const chart = rateGrid(steps, {width: 640, end});
  it("draws one row per scope with a period before the end: rateGridRows", () =>
    expect(Number(chart.querySelector(":scope > svg:last-child")?.getAttribute("height"))).toBe(
      rowsHeight("rateGrid", 2)
    ));
  it("puts the legend's height above it: the whole box", () => {
    const legend = chart.querySelector(":scope > svg:first-child");
    expect(Number(legend?.getAttribute("height"))).toBe(rowsBoxHeight("rateGrid", 2) - rowsHeight("rateGrid", 2));
  });
  it("counts the rows of the page's opening view from its data: US tariffs on China up to the lane's checked date", () =>
    expect(
      ROW_COUNTS.rateGrid({
        meta: [{checked_through_us_tariffs: "2026-01-01"}],
        tariff_steps: [
          ...steps.map((s) => ({...s, date: s.date.toISOString().slice(0, 10), direction: "us-on-cn"})),
          {scope: "cn-list", date: "2019-01-01", rate_pct: 5, direction: "cn-on-us"}
        ]
      })
    ).toBe(2));
});

describe("rowsHeight for statusBars' charts (rulesTimeline, mineralControls)", () => {
  const meta = {
    checked_through_us_controls: new Date(Date.UTC(2026, 0, 1)),
    checked_through_cn_controls: new Date(Date.UTC(2026, 0, 1))
  };
  const measures = [
    ...t.dataset.measures,
    cnControl("cn-a", "2023-07-03"),
    cnControl("cn-b", "2024-12-03", {effective: new Date(Date.UTC(2024, 11, 3))})
  ];
  const history = [...t.dataset.measure_status, statusEntry("cn-a", "2023-08-01", "in-force")];
  const us = controlPeriods("us", measures, history, meta);
  const cn = controlPeriods("cn", measures, history, meta);
  it.each([375, 1280])("is the height of the SVG each draws at %i px, a row per measure", (width) => {
    expect(statusRows(us)).toBeGreaterThan(0);
    expect(svgHeight(rulesTimeline(us, {width}))).toBe(rowsHeight("rulesTimeline", statusRows(us), width));
    expect(statusRows(cn)).toBe(2);
    expect(svgHeight(mineralControls(cn, {width}))).toBe(rowsHeight("mineralControls", 2, width));
  });
  it("gives a row two lines on a phone", () =>
    expect(rowsHeight("rulesTimeline", 3, 375)).toBeGreaterThan(rowsHeight("rulesTimeline", 3, 1280)));
  it("counts the rows from the page's data as the loader wrote it", () => {
    const wire = JSON.parse(toJson({measures, measure_status: history, meta: [meta]}));
    expect(ROW_COUNTS.rulesTimeline(wire)).toBe(statusRows(us));
    expect(ROW_COUNTS.mineralControls(wire)).toBe(2);
    expect(ROW_COUNTS.mineralControls({meta: [meta]})).toBeUndefined();
  });
});
