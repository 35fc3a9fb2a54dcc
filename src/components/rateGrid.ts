import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {tidyAria} from "./tidyAria.js";
import {isoDay} from "../lib/dates.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {rateIntervals, type RateStep} from "../lib/derive/rates.js";
import {rateGridRows, rowsHeight} from "../lib/chartHeights.js";
import {RATE_BANDS} from "./theme.js";

/**
 * Rates per scope over time: a row per scope, each interval between two steps a bar shaded by the rate and labelled
 * with it, so a reader sees when each list started, rose, was cut or ended. Intervals run to the next step or `end`.
 */
export function rateGrid(
  steps: readonly RateStep[],
  {
    width = 640,
    domain,
    end,
    lang = "en",
    ...options
  }: PlotPassThrough & {domain?: [Date, Date]; end: Date; /** English by default. */ lang?: Lang}
): SVGSVGElement | HTMLElement {
  const t = ui(lang).rateGrid;
  const f = formats(lang);
  const intervals = rateIntervals(steps, end);
  const names = rateGridRows(steps, end);
  const narrow = width < 560;
  // Label a period only where its bar is wide enough for the text (about 26 px); the tooltip has every rate.
  const span = domain ? domain[1].getTime() - domain[0].getTime() : 1;
  const plotWidth = width - (narrow ? 8 : 300) - 20;
  const wideEnough = (d: {date: Date; until: Date}) =>
    !domain || ((d.until.getTime() - d.date.getTime()) / span) * plotWidth >= 26;
  const short = (s: string) => (s.length > (narrow ? 34 : 48) ? s.slice(0, narrow ? 33 : 47) + "…" : s);
  return tidyAria(
    Plot.plot({
      width,
      height: rowsHeight("rateGrid", names.length),
      marginLeft: narrow ? 8 : 300,
      marginTop: 24,
      x: {type: "utc", domain, label: null, axis: "top", grid: true, tickFormat: f.timeTick},
      y: {domain: names, axis: narrow ? null : "left", label: null, tickFormat: short},
      // Discrete bands (not a continuous ramp) so the legend is plain SVG and each band reads as a named range.
      color: {
        type: "threshold",
        ...RATE_BANDS,
        label: t.legend,
        tickFormat: f.numberTick,
        legend: true
      },
      ariaLabel: t.ariaLabel,
      ariaDescription: t.ariaDescription(names.length),
      marks: [
        Plot.barX(intervals, {
          x1: "date",
          x2: "until",
          y: "name",
          fill: (d) => (d.rate_pct === 0 ? "var(--theme-foreground-faintest)" : d.rate_pct),
          inset: 1
        }),
        Plot.text(
          intervals.filter((d) => d.rate_pct > 0 && wideEnough(d)),
          {
            x: "date",
            y: "name",
            text: (d) => f.rate(d.rate_pct),
            textAnchor: "start",
            dx: 3,
            fill: (d) => (d.rate_pct >= 50 ? "white" : "black"),
            fontSize: 9
          }
        ),
        narrow
          ? Plot.text(names, {
              x: domain?.[0],
              y: (d) => d,
              text: (d) => short(d),
              textAnchor: "start",
              dy: -8,
              fontSize: 9,
              fill: "currentColor"
            })
          : null,
        Plot.tip(
          intervals,
          Plot.pointer({
            x1: "date",
            x2: "until",
            y: "name",
            title: (d) => t.tip(d.name, f.rate(d.rate_pct), isoDay(d.date), d.until < end ? isoDay(d.until) : undefined)
          })
        )
      ],
      ...options
    })
  );
}
