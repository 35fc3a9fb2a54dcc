import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {dateMarker, type DateMarker} from "./dateMarker.js";
import {LANE_COLORS, PUBLISHER_COLORS} from "./theme.js";
import {tidyAria} from "./tidyAria.js";
import type {SeriesPoint} from "../lib/derive/lineTariff.js";
import {isoDay} from "../lib/dates.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import type {Direction} from "../lib/vocab.js";
import {chartHeight} from "../lib/chartHeights.js";
import {legendBox} from "./legendBox.js";

/** A published estimate to set beside ours. */
export interface PublishedPoint {
  publisher: string;
  date: Date;
  rate_pct: number;
  direction: Direction;
  authority?: string;
}

/** Options of the average-tariff chart. */
export interface TariffAverageOptions extends PlotPassThrough {
  width?: number;
  direction: Direction;
  domain?: [Date, Date];
  /** The y domain, shared by both directions so their heights compare honestly. */
  yMax?: number;
  published?: readonly PublishedPoint[];
  /** Publishers drawn as lines of their own (others are left to the table). */
  publishers?: readonly string[];
  /** A dated rule across the chart, e.g. the commentary's date. */
  marker?: DateMarker;
  /** The language of the chart's words and numbers (English by default). */
  lang?: Lang;
}

/** The legend label of one of our bases, e.g. "Ours, PIIE basis". */
export function basisLabel(p: Pick<SeriesPoint, "basis">, lang: Lang = "en"): string {
  return ui(lang).tariffAverage.basis(p.basis === "piie" ? "PIIE" : p.basis === "yale" ? "Yale" : p.basis);
}

/**
 * Our line-level average tariff (MFN included) for one direction as a step line per weighting basis, its MFN part as a
 * shaded band, and the published series of PIIE and the Yale Budget Lab as lines with dots at their dates, so the
 * reader sees where the trackers agree and where they part.
 */
export function tariffAverage(
  series: readonly SeriesPoint[],
  {
    width = 640,
    direction,
    domain,
    yMax,
    published = [],
    publishers = ["PIIE", "Yale Budget Lab"],
    marker,
    lang = "en",
    ...options
  }: TariffAverageOptions
): SVGSVGElement | HTMLElement {
  const t = ui(lang);
  const f = formats(lang);
  const ours = series.filter((p) => p.direction === direction).map((p) => ({...p, series: basisLabel(p, lang)}));
  const headline = ours.filter((p) => p.headline);
  const theirs = published
    .filter(
      (p) =>
        p.direction === direction &&
        !p.authority &&
        publishers.includes(p.publisher) &&
        (!domain || (p.date >= domain[0] && p.date <= domain[1]))
    )
    .map((p) => ({...p, series: p.publisher}))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  // The headline basis first: it takes the text colour, the others grey.
  const ourLabels = [...new Set([...headline, ...ours].map((p) => p.series))];
  const theirLabels = publishers.filter((p) => theirs.some((t) => t.publisher === p));
  const top = Math.max(0, ...ours.map((p) => p.total_pct), ...theirs.map((p) => p.rate_pct));
  const chart = tidyAria(
    Plot.plot({
      width,
      height: chartHeight("tariffAverage", width),
      marginLeft: 44,
      x: {type: "utc", domain, label: null, tickFormat: f.timeTick},
      y: {
        domain: yMax ? [0, yMax] : ours.length || theirs.length ? undefined : [0, 10],
        label: t.tariffAverage.yLabel,
        tickFormat: f.numberTick,
        grid: true,
        nice: true
      },
      color: {
        domain: [...ourLabels, ...theirLabels],
        range: [
          ...ourLabels.map((_, i) => (i === 0 ? "currentColor" : LANE_COLORS.context)),
          ...theirLabels.map((p) => PUBLISHER_COLORS[p] ?? LANE_COLORS.context)
        ],
        legend: true
      },
      ariaLabel: t.tariffAverage.ariaLabel(t.label(direction)),
      ariaDescription: t.tariffAverage.ariaDescription(
        ourLabels,
        ours.length ? isoDay(ours[0].date) : "-",
        f.rate(Math.round(top * 10) / 10),
        theirs.length,
        theirLabels
      ),
      marks: [
        Plot.areaY(headline, {
          x: "date",
          y: "mfn_pct",
          curve: "step-after",
          fill: "currentColor",
          fillOpacity: 0.12
        }),
        Plot.lineY(
          ours.filter((p) => !p.headline),
          {x: "date", y: "total_pct", z: "series", stroke: "series", curve: "step-after", strokeDasharray: "4,2"}
        ),
        Plot.lineY(headline, {x: "date", y: "total_pct", stroke: "series", curve: "step-after", strokeWidth: 2}),
        Plot.lineY(theirs, {
          x: "date",
          y: "rate_pct",
          z: "series",
          stroke: "series",
          curve: "step-after",
          strokeWidth: 1
        }),
        Plot.dot(theirs, {
          x: "date",
          y: "rate_pct",
          stroke: "series",
          fill: "var(--theme-background)",
          r: 3,
          strokeWidth: 1.5
        }),
        ...dateMarker(marker, {text: {dy: -4, textAnchor: "start", dx: 3}}),
        Plot.ruleY([0]),
        Plot.tip(
          headline,
          Plot.pointerX({
            x: "date",
            y: "total_pct",
            title: (p: SeriesPoint) =>
              t.tariffAverage.oursTip(
                isoDay(p.date),
                f.pct(p.total_pct),
                f.pct(p.mfn_pct),
                f.pct(p.additional_pct),
                p.basis,
                String(p.weights_year)
              )
          })
        ),
        Plot.tip(
          theirs,
          Plot.pointer({
            x: "date",
            y: "rate_pct",
            title: (p: PublishedPoint) => t.tariffAverage.theirsTip(p.publisher, isoDay(p.date), f.rate(p.rate_pct))
          })
        )
      ],
      ...options
    })
  );
  return legendBox(chart, "tariffAverage", width);
}
