import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {tidyAria} from "./tidyAria.js";
import {SOURCE_KINDS} from "../lib/vocab.js";
import {SOURCE_KIND_COLORS} from "./theme.js";
import {chartHeight} from "../lib/chartHeights.js";

/** What the chart needs of a source. */
export interface DatedSource {
  date?: Date;
  kind: string;
}

/**
 * How many of the sources were published each year, primary and secondary stacked (labelled, not colour alone);
 * sources without a date are counted in the description.
 */
export function sourceYears(
  sources: readonly DatedSource[],
  {width = 640, ...options}: PlotPassThrough = {}
): SVGSVGElement | HTMLElement {
  const dated = sources.filter((s) => s.date).map((s) => ({year: String(s.date!.getUTCFullYear()), kind: s.kind}));
  const undated = sources.length - dated.length;
  return tidyAria(
    Plot.plot({
      width,
      height: chartHeight("sourceYears", width),
      marginLeft: 40,
      x: {label: null, type: "band"},
      y: {label: "Sources", grid: true},
      color: {domain: SOURCE_KINDS, range: SOURCE_KINDS.map((k) => SOURCE_KIND_COLORS[k]), legend: true},
      ariaLabel: "Sources by year of publication, primary and secondary",
      ariaDescription: `${dated.length} dated sources from ${dated.map((d) => d.year).sort()[0] ?? "-"} to ${
        dated
          .map((d) => d.year)
          .sort()
          .at(-1) ?? "-"
      }; ${undated} without a date.`,
      marks: [
        Plot.barY(
          dated,
          Plot.groupX({y: "count"}, {x: "year", fill: "kind", order: ["primary", "secondary"], tip: true})
        ),
        Plot.text(
          dated,
          Plot.groupX({y: "count", text: "count"}, {x: "year", dy: -6, fill: "currentColor", fontSize: 10})
        ),
        Plot.ruleY([0])
      ],
      ...options
    })
  );
}
