import * as Plot from "@observablehq/plot";
import {tidyAria} from "./tidyAria.js";
import type {AveragePoint} from "../lib/derive/averageTariff.js";
import {isoDay} from "../lib/dates.js";
import {label} from "../lib/format.js";
import type {Direction} from "../lib/vocab.js";

/** A published estimate to set beside ours. */
export interface PublishedPoint {
  publisher: string;
  date: Date;
  rate_pct: number;
  direction: Direction;
}

/** Options of the average-tariff chart. */
export interface TariffAverageOptions {
  width?: number;
  direction: Direction;
  domain?: [Date, Date];
  /** The y domain, shared by both directions so their heights compare honestly. */
  yMax?: number;
  published?: readonly PublishedPoint[];
  marker?: {date: Date; label: string};
}

/** Authority colours: each legal basis keeps its colour across both directions. */
const AUTHORITY_COLORS: Record<string, string> = {
  "section-301": "#3b6fd4",
  "section-232": "#6a8fd8",
  ieepa: "#7b5cc4",
  "section-122": "#a98bd9",
  "cn-tariff-commission": "#d9482b",
  "cn-trade-remedy": "#e58b6d"
};

/**
 * Our estimated average additional tariff for one direction as stacked steps, one band per legal authority (direct
 * labels at the right end), with other trackers' published headline figures as labelled dots. The estimate is
 * additional duties only; published figures usually include the normal (MFN) tariff, so the dots sit higher.
 */
export function tariffAverage(
  points: readonly AveragePoint[],
  {width = 640, direction, domain, yMax, published = [], marker}: TariffAverageOptions
): SVGSVGElement | HTMLElement {
  const rows = points.filter((p) => p.direction === direction).map((p) => ({...p, authorityLabel: label(p.authority)}));
  const own = published.filter(
    (p) => p.direction === direction && (!domain || (p.date >= domain[0] && p.date <= domain[1]))
  );
  const authorities = [...new Set(rows.map((r) => r.authority))];
  const last = rows.length ? rows[rows.length - 1].date : undefined;
  const totals = new Map<number, number>();
  for (const r of rows) totals.set(r.date.getTime(), (totals.get(r.date.getTime()) ?? 0) + r.contribution_pct);
  const totalRows = [...totals].map(([t, v]) => ({date: new Date(t), total: Math.round(v * 10) / 10}));
  const narrow = width < 560;
  return tidyAria(
    Plot.plot({
      width,
      height: narrow ? 260 : 320,
      marginLeft: 44,
      marginRight: narrow ? 12 : 150,
      x: {type: "utc", domain, label: null},
      y: {domain: yMax ? [0, yMax] : undefined, label: "Average additional tariff (%)", grid: true, nice: true},
      color: {
        domain: authorities.map(label),
        range: authorities.map((a) => AUTHORITY_COLORS[a] ?? "#7f8c8d"),
        legend: narrow
      },
      ariaLabel: `Estimated average additional tariff, ${label(direction)}, by legal authority`,
      ariaDescription: `Step chart from ${rows.length ? isoDay(rows[0].date) : "-"} to ${last ? isoDay(last) : "-"}; highest estimate ${Math.max(0, ...totalRows.map((t) => t.total))}%; ${own.length} published estimates shown as dots.`,
      marks: [
        Plot.areaY(
          rows,
          Plot.stackY({
            x: "date",
            y: "contribution_pct",
            fill: "authorityLabel",
            curve: "step-after",
            fillOpacity: 0.85,
            order: authorities.map(label)
          })
        ),
        Plot.lineY(totalRows, {x: "date", y: "total", curve: "step-after", stroke: "currentColor", strokeWidth: 1}),
        narrow
          ? null
          : Plot.text(
              rows.filter((r) => r.date.getTime() === last?.getTime() && r.contribution_pct > 0.5),
              Plot.stackY({
                x: "date",
                y: "contribution_pct",
                z: "authorityLabel",
                text: "authorityLabel",
                order: authorities.map(label),
                textAnchor: "start",
                dx: 4,
                fill: "authorityLabel",
                fontWeight: "bold"
              })
            ),
        marker ? Plot.ruleX([marker.date], {stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.7}) : null,
        marker
          ? Plot.text([marker], {
              x: "date",
              frameAnchor: "top",
              text: "label",
              dy: -4,
              textAnchor: "start",
              dx: 3,
              fill: "currentColor",
              fontSize: 10
            })
          : null,
        Plot.dot(own, {
          x: "date",
          y: "rate_pct",
          r: 3.5,
          stroke: "currentColor",
          fill: "var(--theme-background)",
          strokeWidth: 1.5,
          symbol: "circle"
        }),
        Plot.ruleY([0]),
        Plot.tip(
          totalRows,
          Plot.pointerX({
            x: "date",
            y: "total",
            title: (d) => `Our estimate from ${isoDay(d.date)}: ${d.total}% additional duty`
          })
        ),
        Plot.tip(
          own,
          Plot.pointer({
            x: "date",
            y: "rate_pct",
            title: (d) => `${d.publisher}, ${isoDay(d.date)}: ${d.rate_pct}% (published; usually incl. MFN duties)`
          })
        )
      ]
    })
  );
}
