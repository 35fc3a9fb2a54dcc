import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {AUTHORITY_COLORS, LANE_COLORS} from "./theme.js";
import {tidyAria} from "./tidyAria.js";
import type {AuthorityPoint} from "../lib/derive/lineTariff.js";
import {isoDay} from "../lib/dates.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import type {Direction} from "../lib/vocab.js";
import {chartHeight} from "../lib/chartHeights.js";
import {legendBox} from "./legendBox.js";

/** Options of the by-authority chart. */
export interface TariffAuthoritiesOptions extends PlotPassThrough {
  width?: number;
  direction: Direction;
  /** The weighting basis to draw (the headline basis on the page). */
  basis: string;
  domain?: [Date, Date];
  yMax?: number;
  /** The language of the chart's words and numbers (English by default). */
  lang?: Lang;
}

/**
 * The additional duties of our line-level estimate on one basis, stacked by the legal authority behind each scope's
 * rate (percentage points of the weighted trade), as steps from one change date to the next.
 */
export function tariffAuthorities(
  points: readonly AuthorityPoint[],
  {width = 640, direction, basis, domain, yMax, lang = "en", ...options}: TariffAuthoritiesOptions
): SVGSVGElement | HTMLElement {
  const t = ui(lang);
  const f = formats(lang);
  const label = (slug: string) => t.label(slug);
  const rows = points
    .filter((p) => p.direction === direction && p.basis === basis)
    .map((p) => ({...p, authorityLabel: label(p.authority)}));
  const authorities = [...new Set(rows.map((r) => r.authority))].sort();
  const totals = new Map<number, number>();
  for (const r of rows) totals.set(r.date.getTime(), (totals.get(r.date.getTime()) ?? 0) + r.additional_pct);
  const chart = tidyAria(
    Plot.plot({
      width,
      height: chartHeight("tariffAuthorities", width),
      marginLeft: 44,
      x: {type: "utc", domain, label: null, tickFormat: f.timeTick},
      // Without rows (no line data) Plot would invent a domain around 0: keep a plain 0–10 axis instead.
      y: {
        domain: yMax ? [0, yMax] : rows.length ? undefined : [0, 10],
        label: t.tariffAuthorities.yLabel,
        tickFormat: f.numberTick,
        grid: true,
        nice: true
      },
      color: {
        domain: authorities.map(label),
        range: authorities.map((a) => AUTHORITY_COLORS[a] ?? LANE_COLORS.context),
        legend: true
      },
      ariaLabel: t.tariffAuthorities.ariaLabel(label(direction), basis),
      ariaDescription: t.tariffAuthorities.ariaDescription(
        rows.length ? isoDay(rows[0].date) : "-",
        f.number(Math.round(Math.max(0, ...totals.values()) * 10) / 10),
        authorities.map(label)
      ),
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
                t.tariffAuthorities.tip(
                  label(r.authority),
                  isoDay(r.date),
                  f.number(r.additional_pct, 1),
                  f.rate(Math.round(r.covered_share * 100))
                )
            })
          )
        )
      ],
      ...options
    })
  );
  return legendBox(chart, "tariffAuthorities", width);
}
