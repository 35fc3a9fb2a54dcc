import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {AUTHORITY_COLORS, LANE_COLORS} from "./theme.js";
import {tidyAria} from "./tidyAria.js";
import type {AuthorityPoint} from "../lib/derive/lineTariff.js";
import {isoDay} from "../lib/dates.js";
import {label} from "../lib/format.js";
import type {Direction} from "../lib/vocab.js";
import {chartHeight} from "../lib/chartHeights.js";

/** Options of the by-authority chart. */
export interface TariffAuthoritiesOptions extends PlotPassThrough {
  width?: number;
  direction: Direction;
  /** The weighting basis to draw (the headline basis on the page). */
  basis: string;
  domain?: [Date, Date];
  yMax?: number;
}

/**
 * The additional duties of our line-level estimate on one basis, stacked by the legal authority behind each scope's
 * rate (percentage points of the weighted trade), as steps from one change date to the next.
 */
export function tariffAuthorities(
  points: readonly AuthorityPoint[],
  {width = 640, direction, basis, domain, yMax, ...options}: TariffAuthoritiesOptions
): SVGSVGElement | HTMLElement {
  const rows = points
    .filter((p) => p.direction === direction && p.basis === basis)
    .map((p) => ({...p, authorityLabel: label(p.authority)}));
  const authorities = [...new Set(rows.map((r) => r.authority))].sort();
  const totals = new Map<number, number>();
  for (const r of rows) totals.set(r.date.getTime(), (totals.get(r.date.getTime()) ?? 0) + r.additional_pct);
  return tidyAria(
    Plot.plot({
      width,
      height: chartHeight("tariffAuthorities", width),
      marginLeft: 44,
      x: {type: "utc", domain, label: null},
      // Without rows (no line data) Plot would invent a domain around 0: keep a plain 0–10 axis instead.
      y: {
        domain: yMax ? [0, yMax] : rows.length ? undefined : [0, 10],
        label: "Additional duties (pts)",
        grid: true,
        nice: true
      },
      color: {
        domain: authorities.map(label),
        range: authorities.map((a) => AUTHORITY_COLORS[a] ?? LANE_COLORS.context),
        legend: true
      },
      ariaLabel: `Additional duties by legal authority, ${label(direction)}, ${basis} basis`,
      ariaDescription: `Stacked steps from ${rows.length ? isoDay(rows[0].date) : "-"}; highest total ${Math.round(Math.max(0, ...totals.values()) * 10) / 10} points; authorities: ${authorities.map(label).join(", ") || "none"}.`,
      marks: [
        Plot.areaY(
          rows,
          Plot.stackY({
            x: "date",
            y: "additional_pct",
            fill: "authorityLabel",
            curve: "step-after",
            fillOpacity: 0.85,
            order: authorities.map(label)
          })
        ),
        Plot.ruleY([0]),
        Plot.tip(
          rows,
          Plot.pointerX(
            Plot.stackY({
              x: "date",
              y: "additional_pct",
              fill: "authorityLabel",
              order: authorities.map(label),
              title: (r: AuthorityPoint) =>
                `${label(r.authority)} from ${isoDay(r.date)}: ${r.additional_pct.toFixed(1)} pts on ${Math.round(r.covered_share * 100)}% of trade`
            })
          )
        )
      ],
      ...options
    })
  );
}
