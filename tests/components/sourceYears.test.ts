// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {sourceYears} from "../../src/components/sourceYears.js";
import {tidyAria} from "../../src/components/tidyAria.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables} from "../support/rows.js";

describe("tidyAria(chart) and sourceYears(sources)", () => {
  const t = fixtureTables();
  it("keeps the chart's label on an svg with role img and drops the marks' labels", () => {
    const chart = withoutWarnings(() => sourceYears(t.dataset.sources, {width: 480}));
    const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg[aria-label]")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(chart.querySelectorAll("g[aria-label]").length).toBe(0);
    expect(tidyAria(chart)).toBe(chart);
    expectSnapshot("sourceYears", chart);
  });
});
