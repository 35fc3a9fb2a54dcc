import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {tidyAria} from "./tidyAria.js";
import {nice, ticks} from "d3";
import type {TimelineItem} from "../lib/derive/timeline.js";
import type {TradeYear} from "../lib/derive/trade.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {placeInRows, type RowLabel} from "../lib/labelPlacement.js";
import {measureMarks, type MeasureMark, type Sides} from "../lib/derive/tradeMarks.js";
import {phaseDots} from "./phaseDots.js";
import {LANE_COLORS} from "./theme.js";
import {yearDomain, yearMid} from "../lib/domains.js";
import {chartHeight} from "../lib/chartHeights.js";

/** Flow colours: China red for goods coming from China, US blue for goods going from the US (the lanes' hues). */
export const FLOW_COLORS = {imports: LANE_COLORS["cn-tariffs"], exports: LANE_COLORS["us-tariffs"]} as const;

/** Options of the trade-flows chart. */
export interface TradeFlowsOptions extends PlotPassThrough {
  width?: number;
  /** Timeline items; the tariff lanes' measures with a status are marked on the time axis. */
  measures?: readonly TimelineItem[];
  /** Whose measures to mark (default both). */
  sides?: Sides;
  /** Short names of the measures to name on the chart (default: the big rounds, `ui(lang).tradeFlows.keyMeasures`). */
  labels?: Readonly<Record<string, string>>;
  /** The language of the chart's words and numbers (English by default). */
  lang?: Lang;
}

const SIDE_COLORS = {US: LANE_COLORS["us-tariffs"], CN: LANE_COLORS["cn-tariffs"]} as const;
const SIDE_SYMBOLS = {US: "triangle", CN: "diamond"} as const;

/** A named mark placed in a row above the chart. */
type PlacedLabel = RowLabel<MeasureMark>;

const ROW_HEIGHT = 13;
const LABEL_SIZE = 10;

/**
 * US goods imports from and exports to China per calendar year as two directly labelled lines (each year's value at
 * mid-year, vertical lines at 1 January), with the tariff measures of both sides marked in two rows along the time
 * axis and the big rounds named above the chart. Years missing inside the range break the lines (never interpolated).
 */
export function tradeFlows(
  rows: readonly TradeYear[],
  {
    width = 640,
    measures = [],
    sides = "both",
    lang = "en",
    labels = ui(lang).tradeFlows.keyMeasures,
    ...options
  }: TradeFlowsOptions = {}
): SVGSVGElement | HTMLElement {
  const t = ui(lang);
  const {longDate, signedUsdBn, usdBn} = formats(lang);
  const SIDE_NAMES = t.sides;
  const narrow = width < 560;
  const domain = yearDomain(rows);
  const [first, last] = [domain[0].getUTCFullYear(), domain[1].getUTCFullYear() - 1];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const years = Array.from({length: Math.max(0, last - first + 1)}, (_, k) => first + k);
  // One point per year of the range; a missing year is NaN, which breaks the line instead of bridging the gap.
  const series = years.map((year) => ({
    year,
    date: yearMid(year),
    imports: byYear.get(year)?.imports_usd_bn ?? NaN,
    exports: byYear.get(year)?.exports_usd_bn ?? NaN
  }));
  const marks = measureMarks(measures, domain, {sides, labels});

  const marginLeft = 46;
  const marginRight = narrow ? 66 : 122;
  const marginBottom = 26;
  const height = chartHeight("tradeFlows", width);
  const x = (d: Date) =>
    marginLeft +
    ((d.getTime() - domain[0].getTime()) / (domain[1].getTime() - domain[0].getTime())) *
      (width - marginLeft - marginRight);
  // The big rounds' names in rows above the frame; a name that fits in no row keeps its mark and tooltip.
  const placed = placeInRows(marks, {
    text: (m) => m.label,
    at: (m) => x(m.date),
    width,
    rows: narrow ? 3 : 4,
    fontSize: LABEL_SIZE
  });
  const rows_ = placed.length ? Math.max(...placed.map((p) => p.row)) + 1 : 0;
  const marginTop = 18 + rows_ * ROW_HEIGHT;
  const frame = height - marginTop - marginBottom;

  // The measures' rows sit in a band below zero, inside the y scale, so one tooltip serves lines and marks alike.
  const sideRows = (sides === "both" ? ["US", "CN"] : sides === "us" ? ["US"] : sides === "cn" ? ["CN"] : []) as (
    "US" | "CN"
  )[];
  const band = sideRows.length ? 12 + sideRows.length * 15 : 0;
  const values = rows.flatMap((r) => [r.imports_usd_bn, r.exports_usd_bn]);
  const yMax = nice(0, Math.max(1, ...values) * 1.04, 5)[1];
  const yMin = -(yMax * band) / Math.max(1, frame - band);
  const at = (pxFromBottom: number) => yMin + (pxFromBottom / frame) * (yMax - yMin);
  const sideY = {US: at(band - 13), CN: at(band - 13 - (sideRows.length > 1 ? 15 : 0))};
  const yPx = (v: number) => marginTop + ((yMax - v) / (yMax - yMin)) * frame;
  const vAt = (px: number) => yMax - ((px - marginTop) / frame) * (yMax - yMin);

  // Direct labels right of each line's last point, pushed apart when the two ends come close.
  const lastRow = rows.length ? byYear.get(Math.max(...rows.map((r) => r.year))) : undefined;
  const ends = lastRow
    ? [
        {
          text: narrow ? t.trade.importsShort : t.trade.imports,
          value: lastRow.imports_usd_bn,
          color: FLOW_COLORS.imports,
          py: yPx(lastRow.imports_usd_bn)
        },
        {
          text: narrow ? t.trade.exportsShort : t.trade.exports,
          value: lastRow.exports_usd_bn,
          color: FLOW_COLORS.exports,
          py: yPx(lastRow.exports_usd_bn)
        }
      ]
    : [];
  const gap = narrow ? 30 : 16;
  if (ends.length === 2 && Math.abs(ends[0].py - ends[1].py) < gap) {
    const [hi, lo] = ends[0].py <= ends[1].py ? [ends[0], ends[1]] : [ends[1], ends[0]];
    const mid = (hi.py + lo.py) / 2;
    hi.py = mid - gap / 2;
    lo.py = mid + gap / 2;
  }

  const step = Math.max(1, Math.ceil(34 / ((width - marginLeft - marginRight) / Math.max(1, years.length))));
  const tickYears = years.filter((y) => (y - first) % step === 0);
  const boundaries = [...years.map((y) => new Date(Date.UTC(y, 0, 1))), domain[1]];

  const tips = [
    ...rows.flatMap((r) =>
      (["imports", "exports"] as const).map((flow) => ({
        x: yearMid(r.year),
        y: flow === "imports" ? r.imports_usd_bn : r.exports_usd_bn,
        title: [
          t.trade.calendarYear(r.year),
          t.trade.importsValue(usdBn(r.imports_usd_bn)),
          t.trade.exportsValue(usdBn(r.exports_usd_bn)),
          t.trade.balanceValue(signedUsdBn(r.balance_usd_bn))
        ].join("\n")
      }))
    ),
    ...marks.map((m) => ({
      x: m.date,
      y: sideY[m.side],
      title: [
        t.tradeFlows.markTitle(m.side, m.ids.length, longDate(m.date)),
        ...m.titles.map((title, k) => t.tradeFlows.markItem(title, t.label(m.statuses[k])))
      ].join("\n")
    }))
  ];

  const named = (row: number, anchor: "start" | "end") => placed.filter((p) => p.row === row && p.anchor === anchor);
  const labelMarks = Array.from({length: rows_}, (_, row) => [
    Plot.ruleX(
      placed.filter((p) => p.row === row),
      {
        x: (p: PlacedLabel) => p.item.date,
        y1: yMax,
        y2: (p: PlacedLabel) => sideY[p.item.side],
        insetTop: -(6 + row * ROW_HEIGHT),
        stroke: "currentColor",
        strokeOpacity: 0.35,
        strokeDasharray: "2,2"
      }
    ),
    ...(["start", "end"] as const).map((anchor) =>
      Plot.text(named(row, anchor), {
        x: (p: PlacedLabel) => p.item.date,
        dx: anchor === "start" ? 3 : -3,
        frameAnchor: "top",
        dy: -(5 + row * ROW_HEIGHT),
        lineAnchor: "bottom",
        textAnchor: anchor,
        text: (p: PlacedLabel) => p.item.label,
        fill: "currentColor",
        fontSize: LABEL_SIZE,
        stroke: "var(--theme-background, white)",
        strokeWidth: 3,
        paintOrder: "stroke"
      })
    )
  ]).flat();

  const measureText = marks.length
    ? t.tradeFlows.marked(
        marks.length,
        sideRows.map((s) => [SIDE_NAMES[s], marks.filter((m) => m.side === s).length] as [string, number]),
        placed.map((p) => [p.item.label, longDate(p.item.date)] as [string, string])
      )
    : "";
  const flowText = (pick: (r: TradeYear) => number, name: string) =>
    rows.length
      ? t.tradeFlows.flow(
          name,
          usdBn(pick(rows[0])),
          rows[0].year,
          usdBn(pick(rows[rows.length - 1])),
          rows[rows.length - 1].year
        )
      : "";

  return tidyAria(
    Plot.plot({
      width,
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      x: {
        type: "utc",
        domain,
        ticks: tickYears.map(yearMid),
        tickFormat: (d: Date) => String(d.getUTCFullYear()),
        tickSize: 0,
        label: null
      },
      y: {
        domain: [yMin, yMax],
        ticks: ticks(0, yMax, narrow ? 4 : 6),
        tickFormat: formats(lang).numberTick,
        grid: true,
        label: t.trade.usdBn,
        labelArrow: "none"
      },
      ariaLabel: t.tradeFlows.ariaLabel,
      ariaDescription:
        `${t.tradeFlows.ariaDescription} ${flowText((r) => r.imports_usd_bn, t.trade.imports)} ${flowText((r) => r.exports_usd_bn, t.trade.exports)}${measureText}`.trim(),
      marks: [
        Plot.gridX(boundaries, {stroke: "currentColor", strokeOpacity: 0.12}),
        Plot.ruleY([0], {stroke: "currentColor", strokeOpacity: 0.5}),
        ...labelMarks,
        Plot.lineY(series, {x: "date", y: "imports", stroke: FLOW_COLORS.imports, strokeWidth: 2.2}),
        Plot.lineY(series, {
          x: "date",
          y: "exports",
          stroke: FLOW_COLORS.exports,
          strokeWidth: 2.2,
          strokeDasharray: "6,3"
        }),
        Plot.dot(rows, {
          x: (r: TradeYear) => yearMid(r.year),
          y: "imports_usd_bn",
          r: 3,
          fill: FLOW_COLORS.imports,
          symbol: "circle"
        }),
        Plot.dot(rows, {
          x: (r: TradeYear) => yearMid(r.year),
          y: "exports_usd_bn",
          r: 3.2,
          fill: FLOW_COLORS.exports,
          symbol: "square"
        }),
        Plot.text(ends, {
          x: () => (lastRow ? yearMid(lastRow.year) : undefined),
          y: (e: (typeof ends)[number]) => vAt(e.py),
          text: "text",
          fill: (e: (typeof ends)[number]) => e.color,
          textAnchor: "start",
          dx: 8,
          fontSize: 11,
          fontWeight: "bold",
          lineHeight: 1.1
        }),
        ...sideRows
          .map((s) => [
            Plot.text([SIDE_NAMES[s]], {
              x: domain[0],
              y: sideY[s],
              text: (d: string) => d,
              textAnchor: "end",
              dx: -6,
              fill: "currentColor",
              fontSize: 10
            }),
            ...phaseDots(
              marks.filter((m) => m.side === s),
              (m) => m.phase,
              {
                x: "date",
                y: sideY[s],
                symbol: SIDE_SYMBOLS[s],
                r: narrow ? 3.2 : 4,
                strokeWidth: 1.3,
                fill: SIDE_COLORS[s]
              }
            )
          ])
          .flat(),
        Plot.tip(tips, Plot.pointer({x: "x", y: "y", title: "title", maxRadius: 30}))
      ],
      color: {type: "identity"},
      ...options
    })
  );
}
