import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {dateMarker, type DateMarker} from "./dateMarker.js";
import {LANE_COLORS, PUBLISHER_COLORS} from "./theme.js";
import {tidyAria} from "./tidyAria.js";
import type {SeriesPoint} from "../lib/derive/lineTariff.js";
import {isoDay} from "../lib/dates.js";
import {label} from "../lib/format.js";
import type {Direction} from "../lib/vocab.js";
import {chartHeight} from "../lib/chartHeights.js";

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
}

/** The legend label of one of our bases, e.g. "Ours, PIIE weights (2017)". */
export function basisLabel(p: Pick<SeriesPoint, "basis">): string {
  return `Ours, ${p.basis === "piie" ? "PIIE" : p.basis === "yale" ? "Yale" : p.basis} basis`;
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
    ...options
  }: TariffAverageOptions
): SVGSVGElement | HTMLElement {
  const ours = series.filter((p) => p.direction === direction).map((p) => ({...p, series: basisLabel(p)}));
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
  return tidyAria(
    Plot.plot({
      width,
      height: chartHeight("tariffAverage", width),
      marginLeft: 44,
      x: {type: "utc", domain, label: null},
      y: {
        domain: yMax ? [0, yMax] : ours.length || theirs.length ? undefined : [0, 10],
        label: "Average tariff incl. MFN (%)",
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
      ariaLabel: `Average tariff, ${label(direction)}: ours and published trackers`,
      ariaDescription: `Step lines of our line-level estimate (${ourLabels.join(", ") || "no line data"}) from ${ours.length ? isoDay(ours[0].date) : "-"}; highest ${Math.round(top * 10) / 10}%; ${theirs.length} published figures of ${theirLabels.join(" and ") || "no tracker"}.`,
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
              `Ours from ${isoDay(p.date)}: ${p.total_pct.toFixed(1)}% (MFN ${p.mfn_pct.toFixed(1)}%, additional ${p.additional_pct.toFixed(1)}%; ${p.basis} basis, ${p.weights_year} weights)`
          })
        ),
        Plot.tip(
          theirs,
          Plot.pointer({
            x: "date",
            y: "rate_pct",
            title: (p: PublishedPoint) => `${p.publisher}, ${isoDay(p.date)}: ${p.rate_pct}% (published)`
          })
        )
      ],
      ...options
    })
  );
}
