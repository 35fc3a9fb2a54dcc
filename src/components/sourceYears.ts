import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {tidyAria} from "./tidyAria.js";
import {SOURCE_KINDS} from "../lib/vocab.js";
import {ui, type Lang} from "../lib/i18n/index.js";
import {SOURCE_KIND_COLORS} from "./theme.js";
import {chartHeight} from "../lib/chartHeights.js";
import {legendBox} from "./legendBox.js";

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
  {width = 640, lang = "en", ...options}: PlotPassThrough & {/** English by default. */ lang?: Lang} = {}
): SVGSVGElement | HTMLElement {
  const t = ui(lang);
  const kindLabel = (kind: string) => t.sourceKinds[kind as keyof typeof t.sourceKinds] ?? kind;
  const dated = sources
    .filter((s) => s.date)
    .map((s) => ({year: String(s.date!.getUTCFullYear()), kind: kindLabel(s.kind)}));
  const undated = sources.length - dated.length;
  const chart = tidyAria(
    Plot.plot({
      width,
      height: chartHeight("sourceYears", width),
      marginLeft: 40,
      x: {label: null, type: "band"},
      y: {label: t.sourceYears.yLabel, grid: true},
      color: {domain: SOURCE_KINDS.map(kindLabel), range: SOURCE_KINDS.map((k) => SOURCE_KIND_COLORS[k]), legend: true},
      ariaLabel: t.sourceYears.ariaLabel,
      ariaDescription: t.sourceYears.ariaDescription(
        dated.length,
        dated.map((d) => d.year).sort()[0] ?? "-",
        dated
          .map((d) => d.year)
          .sort()
          .at(-1) ?? "-",
        undated
      ),
      marks: [
        Plot.barY(
          dated,
          Plot.groupX(
            {
              y: "count",
              title: (group: {year: string; kind: string}[]) =>
                t.sourceYears.tip(group[0].year, group.length, group[0].kind)
            },
            {x: "year", fill: "kind", order: SOURCE_KINDS.map(kindLabel), tip: true}
          )
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
  return legendBox(chart, "sourceYears", width);
}
