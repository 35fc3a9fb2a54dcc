import * as Plot from "@observablehq/plot";
import {STATUS_ROWS, heightOfRows} from "../lib/chartHeights.js";
import type {PlotPassThrough} from "./plotOptions.js";
import {dateMarker, type DateMarker} from "./dateMarker.js";
import {isoDay} from "../lib/dates.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {charsThatFit, wrapLines} from "../lib/labelPlacement.js";
import {currentLabel, isAhead, type StatusPeriod} from "../lib/derive/statusPeriods.js";
import {LANE_COLORS} from "./theme.js";
import {tidyAria} from "./tidyAria.js";

/** Options of the status-bar chart. */
export interface StatusBarsOptions extends Omit<PlotPassThrough, "color"> {
  width?: number;
  /** The shared time axis (lib/domains.ts timeDomain). */
  domain?: [Date, Date];
  /** The colour of a period in force (a lane colour from theme.ts). */
  color?: string;
  /** What the chart shows, for screen readers. */
  ariaLabel?: string;
  /** A dated rule across the chart, e.g. the commentary's date. */
  marker?: DateMarker;
  /** A short prefix for some measures' names, e.g. "◆" for the rules whose thresholds another chart draws. */
  flag?: (measureId: string) => string | undefined;
  /** The language of the chart's words and dates (English by default). */
  lang?: Lang;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Measures as rows of status periods on a time axis: a thin dashed line while announced, a solid bar in the lane
 * colour while in force, a pale grey dashed bar while suspended, and × where a measure was revoked, expired or
 * superseded; each row ends in a text label of its status on the as-of date, so colour never carries meaning alone.
 * Measure names sit left of the rows on wide screens and above them on phones.
 */
export function statusBars(
  periods: readonly StatusPeriod[],
  {
    width = 640,
    domain,
    color = LANE_COLORS["us-controls"],
    lang = "en",
    ariaLabel = ui(lang).statusBars.ariaLabel,
    marker,
    flag,
    ...options
  }: StatusBarsOptions = {}
): SVGSVGElement | HTMLElement {
  const t = ui(lang);
  const {longDate} = formats(lang);
  const current = (p: StatusPeriod) => currentLabel(p, lang);
  const narrow = width < STATUS_ROWS.below;
  const ids = [...new Set(periods.map((p) => p.measure_id))];
  // Each row's current period: the last one on or before the as-of date (scheduled steps come after it).
  const lastOf = new Map(periods.filter((p) => !isAhead(p)).map((p) => [p.measure_id, p]));
  const scheduledCount = new Set(periods.filter(isAhead).map((p) => p.measure_id)).size;
  const rows = ids.map((id) => lastOf.get(id)!);
  const name = (id: string) => {
    const p = lastOf.get(id);
    const f = flag?.(id);
    return `${f ? `${f} ` : ""}${p?.title ?? id}`;
  };
  const start = domain?.[0] ?? new Date(Math.min(...periods.map((p) => p.start.getTime())));
  const end = domain?.[1] ?? new Date(Math.max(...periods.map((p) => p.end.getTime())));
  const marginLeft = narrow ? 8 : Math.min(320, Math.round(width * 0.32));
  const marginRight = narrow ? 8 : 132;
  const counts = {"in-force": 0, paused: 0, ended: 0, pending: 0};
  for (const r of rows) counts[r.phase]++;
  const span = rows.length ? `${periods[0].start.getUTCFullYear()}–${isoDay(end).slice(0, 4)}` : "";
  return tidyAria(
    Plot.plot({
      width,
      height: heightOfRows(STATUS_ROWS, ids.length, width),
      marginLeft,
      marginRight,
      marginTop: 28,
      marginBottom: 24,
      x: {
        type: "utc",
        domain: [start, end],
        label: null,
        grid: true,
        ticks: narrow ? 4 : undefined,
        tickFormat: formats(lang).timeTick
      },
      y: {domain: ids, label: null, axis: null, paddingInner: narrow ? 0.72 : 0.35, paddingOuter: narrow ? 0.6 : 0.2},
      ariaLabel,
      ariaDescription:
        t.statusBars.ariaDescription(ids.length, span, counts, scheduledCount) +
        rows.map((r) => `${r.title}: ${current(r)}.`).join(" "),
      marks: [
        ...dateMarker(marker, {text: {dy: -16}, rule: {strokeOpacity: 0.6}}),
        // Phones: the status, then the name, in two lines above each row; wide screens: names left, status right.
        narrow
          ? Plot.text(rows, {
              x: start,
              y: "measure_id",
              text: (r: StatusPeriod) =>
                wrapLines(`${current(r)} · ${name(r.measure_id)}`, charsThatFit(width - 16, 11)),
              textAnchor: "start",
              lineAnchor: "bottom",
              dy: -10,
              fontSize: 11,
              fill: "currentColor"
            })
          : Plot.axisY({
              tickSize: 0,
              tickFormat: (id: string) => wrapLines(name(id), charsThatFit(marginLeft - 14, 11)),
              fontSize: 11
            }),
        narrow
          ? null
          : Plot.text(rows, {
              x: end,
              y: "measure_id",
              text: current,
              textAnchor: "start",
              dx: 8,
              fontSize: 11,
              fontStyle: "italic",
              fill: "currentColor"
            }),
        Plot.ruleY(
          periods.filter((p) => p.phase === "pending" && p.status !== "scheduled"),
          {y: "measure_id", x1: "start", x2: "end", stroke: color, strokeWidth: 2, strokeDasharray: "3,3"}
        ),
        Plot.barX(
          periods.filter((p) => p.phase === "in-force"),
          {y: "measure_id", x1: "start", x2: "end", fill: color}
        ),
        Plot.barX(
          periods.filter((p) => p.phase === "paused"),
          {
            y: "measure_id",
            x1: "start",
            x2: "end",
            fill: LANE_COLORS.context,
            fillOpacity: 0.35,
            stroke: LANE_COLORS.context,
            strokeDasharray: "3,2"
          }
        ),
        // A scheduled step (a date a source gives in the future) is never drawn as in force: a pale, dashed bar from
        // its day to the next step or the chart's end, labelled "scheduled".
        Plot.barX(
          periods.filter((p) => p.status === "scheduled" && p.start <= end),
          {
            y: "measure_id",
            x1: "start",
            x2: (p: StatusPeriod) => (p.end > p.start && p.end < end ? p.end : end),
            fill: color,
            fillOpacity: 0.18,
            stroke: color,
            strokeDasharray: "2,2",
            insetTop: 2,
            insetBottom: 2
          }
        ),
        Plot.text(
          periods.filter((p) => p.status === "scheduled" && p.start <= end),
          {
            y: "measure_id",
            x: "start",
            text: () => t.statusBars.scheduled,
            textAnchor: "start",
            dx: 3,
            dy: narrow ? 0 : -9,
            fontSize: 9,
            fill: "currentColor"
          }
        ),
        // A period shorter than a pixel would vanish: mark where each in-force period starts.
        Plot.tickX(
          periods.filter((p) => p.phase === "in-force"),
          {y: "measure_id", x: "start", stroke: color, strokeWidth: 2}
        ),
        Plot.dot(
          periods.filter((p) => p.phase === "ended"),
          {y: "measure_id", x: "start", symbol: "times", r: 4.5, stroke: "currentColor", strokeWidth: 2}
        ),
        Plot.tip(
          periods,
          Plot.pointerY({
            y: "measure_id",
            x1: "start",
            x2: "end",
            lineWidth: 32,
            title: (p: StatusPeriod) => {
              const last = lastOf.get(p.measure_id) === p;
              const status = t.label(p.status);
              const what = `${capitalise(status)}${status === t.phases[p.phase] ? "" : ` (${t.phases[p.phase]})`}`;
              return [
                p.title,
                isAhead(p)
                  ? t.statusBars.scheduledFor(longDate(p.start))
                  : p.phase === "ended"
                    ? t.statusBars.on(what, longDate(p.start))
                    : last
                      ? t.statusBars.since(what, longDate(p.start))
                      : t.statusBars.fromTo(what, longDate(p.start), longDate(p.end)),
                p.notes,
                last ? null : t.statusBars.now(current(p)),
                p.summary
              ]
                .filter(Boolean)
                .join("\n");
            }
          })
        )
      ],
      ...options
    })
  );
}
