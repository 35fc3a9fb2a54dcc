import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {dateMarker, type DateMarker} from "./dateMarker.js";
import {tidyAria} from "./tidyAria.js";
import {VERDICT_COLORS} from "./theme.js";
import {isoDay} from "../lib/dates.js";
import {VERDICT_SYMBOLS, type Verdict} from "../lib/commentaryWords.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {VERDICTS} from "../lib/vocab.js";
import {presentVerdicts, rowsHeight} from "../lib/chartHeights.js";

/** The part of a forecast row the chart needs, with the number the page lists it under. */
export interface ForecastPoint {
  id: string;
  /** 1, 2, 3… in the order the page lists the forecasts; drawn inside the dot so chart and list refer to each other. */
  n: number;
  excerpt_id: string;
  expectation: string;
  verdict: Verdict;
  /** The date our verdict is as of (the latest evidence behind it). */
  as_of: Date;
}

/** Options of the forecast chart. */
export interface ForecastChartOptions extends PlotPassThrough {
  width?: number;
  /** The time axis; defaults to the span of the verdicts' dates. */
  domain?: [Date, Date];
  /** The date the commentary appeared, drawn as a dashed rule. */
  marker?: DateMarker;
  /** The language of the chart's words and dates (English by default). */
  lang?: Lang;
}

/** A text badge for a verdict: symbol and words, with the verdict's colour as a border (never colour alone). */
export function verdictBadge(verdict: Verdict, lang: Lang = "en"): HTMLSpanElement {
  const span = document.createElement("span");
  span.className = `hf-badge hf-verdict hf-verdict-${verdict}`;
  span.style.borderColor = VERDICT_COLORS[verdict];
  span.style.setProperty("--hf-badge-color", VERDICT_COLORS[verdict]);
  span.textContent = `${VERDICT_SYMBOLS[verdict]} ${ui(lang).verdicts[verdict]}`;
  return span;
}

/** The rows the chart plots (exactly those given, in list order) in the form its download link offers. */
export function forecastChartRows(forecasts: readonly ForecastPoint[]) {
  return forecasts.map((f) => ({
    n: f.n,
    id: f.id,
    excerpt_id: f.excerpt_id,
    verdict: f.verdict,
    as_of: f.as_of,
    expectation: f.expectation
  }));
}

/**
 * The commentary's expectations by our verdict: one row per verdict (labelled with symbol, words and count), each
 * expectation a numbered dot placed at the date its verdict is as of, dodged so dots on the same date stay apart.
 */
export function forecastChart(
  forecasts: readonly ForecastPoint[],
  {width = 640, domain, marker, lang = "en", ...options}: ForecastChartOptions = {}
): SVGSVGElement | HTMLElement {
  const t = ui(lang);
  const VERDICT_LABELS = t.verdicts;
  const rows = forecasts.map((f) => ({...f, verdictLabel: VERDICT_LABELS[f.verdict]}));
  const present = presentVerdicts(rows);
  const facets = present.map((v) => ({
    verdict: v,
    verdictLabel: VERDICT_LABELS[v],
    text: `${VERDICT_SYMBOLS[v]} ${VERDICT_LABELS[v]} · ${rows.filter((r) => r.verdict === v).length}`
  }));
  const times = rows.map((r) => r.as_of.getTime());
  const xDomain: [Date, Date] | undefined =
    domain ??
    (rows.length ? [new Date(Math.min(...times) - 30 * 864e5), new Date(Math.max(...times) + 30 * 864e5)] : undefined);
  const narrow = width < 480;
  const r = 9;
  const dodge = <T extends Plot.DotOptions | Plot.TextOptions | Plot.TipOptions>(options: T) =>
    Plot.dodgeY("middle", {x: "as_of", fy: "verdictLabel", r, ...options} as T & {r: number});
  return tidyAria(
    Plot.plot({
      width,
      height: rowsHeight("forecastChart", present.length),
      marginTop: 30,
      marginBottom: 30,
      // Room for half of the first and last tick labels, which sit on the frame's edges.
      marginLeft: 18,
      marginRight: 18,
      x: {
        type: "utc",
        domain: xDomain,
        label: null,
        grid: true,
        ticks: narrow ? 4 : undefined,
        tickFormat: formats(lang).timeTick
      },
      fy: {domain: present.map((v) => VERDICT_LABELS[v]), axis: null, padding: 0.08},
      color: {domain: [...VERDICTS], range: VERDICTS.map((v) => VERDICT_COLORS[v]), legend: false},
      ariaLabel: t.forecasts.ariaLabel,
      ariaDescription: facets.length
        ? `${facets
            .map(
              (f) =>
                `${f.verdictLabel}: ${rows
                  .filter((r) => r.verdict === f.verdict)
                  .map((r) => `${r.n} (${isoDay(r.as_of)})`)
                  .join(", ")}`
            )
            .join(". ")}.`
        : t.forecasts.none,
      marks: [
        Plot.frame({anchor: "bottom", strokeOpacity: 0.2}),
        ...dateMarker(marker, {text: {dx: -4, textAnchor: "start", facetAnchor: "top"}}),
        Plot.text(facets, {
          fy: "verdictLabel",
          frameAnchor: "top-left",
          dx: 2,
          dy: 3,
          text: "text",
          fontWeight: "bold",
          fontSize: 12,
          fill: "currentColor",
          stroke: "var(--theme-background)",
          strokeWidth: 3,
          paintOrder: "stroke"
        }),
        Plot.dot(rows, dodge({fill: "verdict", stroke: "var(--theme-background)", strokeWidth: 1})),
        Plot.text(rows, dodge({text: "n", fill: "white", fontSize: 10, fontWeight: "bold"})),
        Plot.tip(
          rows,
          Plot.pointer(
            dodge({
              title: (d: (typeof rows)[number]) =>
                t.forecasts.tip(d.n, d.expectation, `${VERDICT_SYMBOLS[d.verdict]} ${d.verdictLabel}`, isoDay(d.as_of))
            })
          )
        )
      ],
      ...options
    })
  );
}
