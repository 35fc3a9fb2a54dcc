// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {chipThresholds} from "../../src/components/chipThresholds.js";
import {sourceYears} from "../../src/components/sourceYears.js";
import {tariffAuthorities} from "../../src/components/tariffAuthorities.js";
import {tariffAverage} from "../../src/components/tariffAverage.js";
import {timeline} from "../../src/components/timeline.js";
import {tradeBalance} from "../../src/components/tradeBalance.js";
import {tradeFlows} from "../../src/components/tradeFlows.js";
import {tradeShare} from "../../src/components/tradeShare.js";
import {CHART_HEIGHTS, chartHeight, type SizedChart} from "../../src/lib/chartHeights.js";
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
