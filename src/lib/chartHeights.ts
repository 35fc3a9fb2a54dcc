// The height of each chart's SVG, from its width and the rows it draws: one definition that the chart component uses
// for Plot's `height` and the build uses to reserve the chart's box before the chart is drawn (src/lib/postBuild.ts
// reserveChartBoxes), so a chart drawn after first paint does not push the page down. Pure.
import {LANES} from "./lanes.js";
import {VERDICTS} from "./vocab.js";
import {rateIntervals, type RateStep} from "./derive/rates.js";
import {controlPeriods} from "./derive/statusPeriods.js";
import type {Measure, MeasureStatus} from "./schema.js";
import {reviveTables} from "./wire.js";

type Verdict = (typeof VERDICTS)[number];

/**
 * A height that depends on the width only: `narrow` px below `below` px of width, else `wide` px; or, with `share`,
 * `share` × width rounded and kept within [`narrow`, `wide`]. Plain data, so the build can write it as CSS.
 */
export interface WidthHeight {
  below?: number;
  narrow: number;
  wide: number;
  share?: number;
}

/** The height of a WidthHeight at `width`. */
export function heightAt(spec: WidthHeight, width: number): number {
  if (spec.share !== undefined) return Math.round(Math.max(spec.narrow, Math.min(spec.wide, width * spec.share)));
  return width < (spec.below ?? 0) ? spec.narrow : spec.wide;
}

/** Below this width (px) a chart takes its phone layout. */
export const NARROW_BELOW = 560;

/**
 * The legend Plot draws above a chart's SVG (its swatches, `color: {legend: true}`): the height its box keeps, from
 * the chart's width. The swatches wrap onto as many lines as their labels need, which depends on the words (German
 * labels are longer) and the data (one swatch per authority), so the box is given the height of the most lines seen
 * at that width (the component sets it as the legend's min-height, src/components/legendBox.ts): a legend that needs
 * fewer lines is centred in it. Plot puts LEGEND_GAP px between the legend and the SVG.
 */
export const LEGEND_GAP = 5;

/**
 * The charts whose height depends on the width alone, by component name (the name the pages call inside
 * `resize((width) => NAME(…))`): the SVG's height, and where Plot adds a legend above the SVG (tariffAverage,
 * tariffAuthorities, sourceYears) the legend's. Where a chart adds a caption below it (chipThresholds: what each
 * class means under the selected rule) the reserved box is the SVG's height and the caption's lines still move what
 * is below. Charts whose height comes from their rows (rateGrid, statusBars, claimEvidence, forecastChart) are not
 * here: their boxes are not reserved yet.
 */
export const CHART_HEIGHTS = {
  timeline: {below: NARROW_BELOW, narrow: 60 + LANES.length * 44, wide: 60 + LANES.length * 52},
  tradeFlows: {below: NARROW_BELOW, narrow: 380, wide: 420},
  tradeBalance: {below: NARROW_BELOW, narrow: 260, wide: 300},
  tradeShare: {below: NARROW_BELOW, narrow: 240, wide: 280},
  tariffAverage: {below: NARROW_BELOW, narrow: 260, wide: 320, legend: {below: 400, narrow: 60, wide: 33}},
  tariffAuthorities: {below: NARROW_BELOW, narrow: 220, wide: 260, legend: {below: 400, narrow: 60, wide: 45}},
  sourceYears: {narrow: 220, wide: 220, legend: {narrow: 33, wide: 33}},
  chipThresholds: {narrow: 360, wide: 520, share: 0.56}
} as const satisfies Record<string, WidthHeight & {legend?: WidthHeight}>;

/** The name of a chart of CHART_HEIGHTS. */
export type SizedChart = keyof typeof CHART_HEIGHTS;

const specOf = (name: string) => (CHART_HEIGHTS as Record<string, WidthHeight & {legend?: WidthHeight}>)[name];

/** The SVG height of chart `name` at `width`. */
export function chartHeight(name: SizedChart, width: number): number {
  return heightAt(CHART_HEIGHTS[name], width);
}

/** The height of the legend box above chart `name`'s SVG at `width`, or undefined for a chart without a legend. */
export function legendHeight(name: SizedChart, width: number): number | undefined {
  const legend = specOf(name).legend;
  return legend && heightAt(legend, width);
}

/** The height of chart `name`'s whole box at `width`: its SVG, and its legend with the gap below it. */
export function chartBoxHeight(name: SizedChart, width: number): number {
  const legend = legendHeight(name, width);
  return chartHeight(name, width) + (legend === undefined ? 0 : legend + LEGEND_GAP);
}

/**
 * CSS that gives each reserved box (an element with `data-hf-chart="NAME"`) the height of its chart, chartBoxHeight,
 * (as min-height: a caption below the SVG, as chipThresholds may add, still grows it) at the width of its container
 * (the card or block it sits in, which the stylesheet makes a size container): the widest layout's height, then one
 * container query per narrower layout, widest first so that the narrowest that applies wins; for a share of the
 * width, a clamp() of container units.
 */
export function chartBoxCss(container = "hf-box"): string {
  return (Object.keys(CHART_HEIGHTS) as SizedChart[])
    .map((name) => {
      const spec = specOf(name);
      const box = `[data-hf-chart="${name}"]`;
      if (spec.share !== undefined)
        return `${box} { min-height: clamp(${spec.narrow}px, ${+(spec.share * 100).toFixed(4)}cqw, ${spec.wide}px); }`;
      // Each breakpoint, widest first; just below it the box is as high as at any width a pixel narrower.
      const breaks = [...new Set([spec.below, spec.legend?.below].filter((b): b is number => !!b))].sort(
        (a, b) => b - a
      );
      return [
        `${box} { min-height: ${chartBoxHeight(name, Infinity)}px; }`,
        ...breaks.map(
          (b) => `@container ${container} (width < ${b}px) { ${box} { min-height: ${chartBoxHeight(name, b - 1)}px; } }`
        )
      ].join("\n");
    })
    .join("\n");
}

/**
 * statusBars' rows (the charts rulesTimeline and mineralControls draw with it): 32 px each, 60 px below 640 px of
 * width, where a row's name takes two lines above its bar.
 */
export const STATUS_ROWS = {base: 52, row: 32, min: 1, legend: 0, below: 640, narrowRow: 60} as const;

/**
 * The charts whose height comes from their rows: `base` px (axes and margins) and `row` px per row, at least `min`
 * rows, and above the SVG a legend of `legend` px (Plot's threshold legend, an SVG of fixed height). The build
 * reserves their boxes from the rows the page shows first (ROW_COUNTS), read from the page's data.
 */
export const ROW_HEIGHTS = {
  forecastChart: {base: 60, row: 76, min: 1, legend: 0},
  rateGrid: {base: 40, row: 22, min: 0, legend: 50},
  rulesTimeline: STATUS_ROWS,
  mineralControls: STATUS_ROWS
} as const satisfies Record<string, RowsHeight>;

/** A height from rows: see ROW_HEIGHTS. Below `below` px of width a row takes `narrowRow` px. */
export interface RowsHeight {
  base: number;
  row: number;
  min: number;
  legend: number;
  below?: number;
  narrowRow?: number;
}

/** The name of a chart of ROW_HEIGHTS. */
export type RowChart = keyof typeof ROW_HEIGHTS;

/** The SVG height of chart `name` with `rows` rows at `width` (a chart whose rows do not depend on it needs none). */
export function rowsHeight(name: RowChart, rows: number, width = Infinity): number {
  return heightOfRows(ROW_HEIGHTS[name], rows, width);
}

/** The SVG height of `rows` rows of RowsHeight `spec` at `width`. */
export function heightOfRows(spec: RowsHeight, rows: number, width = Infinity): number {
  const row = spec.below !== undefined && width < spec.below ? (spec.narrowRow ?? spec.row) : spec.row;
  return spec.base + Math.max(spec.min, rows) * row;
}

/** The height of chart `name`'s whole box with `rows` rows at `width`: its legend and its SVG. */
export function rowsBoxHeight(name: RowChart, rows: number, width = Infinity): number {
  return ROW_HEIGHTS[name].legend + rowsHeight(name, rows, width);
}

/** The verdicts that have at least one forecast, in the order of VERDICTS: forecastChart's rows. */
export function presentVerdicts(forecasts: readonly {verdict: Verdict}[]): Verdict[] {
  return VERDICTS.filter((v) => forecasts.some((f) => f.verdict === v));
}

/** The scopes rateGrid draws a row for: those with a period at a rate before `end`, each once. */
export function rateGridRows(steps: readonly RateStep[], end: Date): string[] {
  return [...new Set(rateIntervals(steps, end).map((d) => d.name))];
}

type Wire = Record<string, unknown>[];

/** The measures statusBars draws a row for: each measure with a period, once. */
export function statusRows(periods: readonly {measure_id: string}[]): number {
  return new Set(periods.map((p) => p.measure_id)).size;
}

/** The rows of the Export controls page's timelines of US controls ("us") or China's mineral controls ("cn"). */
function periodRows(tables: Record<string, unknown>, side: "us" | "cn"): number | undefined {
  if (!table(tables, "measures") || !table(tables, "measure_status") || !table(tables, "meta")) return undefined;
  const t = reviveTables(tables as Record<string, Wire>);
  return statusRows(controlPeriods(side, t.measures as Measure[], t.measure_status as MeasureStatus[], t.meta[0]));
}
const table = (tables: Record<string, unknown>, name: string): Wire | undefined =>
  Array.isArray(tables[name]) ? (tables[name] as Wire) : undefined;

/**
 * How many rows each chart of ROW_HEIGHTS draws when its page opens with no filter in its URL, from the page's data
 * as the loader wrote it (pages/PAGE.json, dates as ISO strings): what the build reserves. The Tariffs page's rate grid
 * opens on US tariffs on China (its direction select's default, src/templates/tariffs.md.tpl) up to the date that lane
 * is checked through. Undefined where the data lack the tables.
 */
export const ROW_COUNTS: Record<RowChart, (tables: Record<string, unknown>) => number | undefined> = {
  forecastChart: (tables) => {
    const forecasts = table(tables, "forecasts");
    return forecasts && presentVerdicts(forecasts as {verdict: Verdict}[]).length;
  },
  rulesTimeline: (tables) => periodRows(tables, "us"),
  mineralControls: (tables) => periodRows(tables, "cn"),
  rateGrid: (tables) => {
    const steps = table(tables, "tariff_steps");
    const end = table(tables, "meta")?.[0]?.checked_through_us_tariffs;
    if (!steps || typeof end !== "string") return undefined;
    const shown = steps
      .filter((s) => s.direction === "us-on-cn")
      .map((s) => ({...s, date: new Date(String(s.date))}) as unknown as RateStep);
    return rateGridRows(shown, new Date(end)).length;
  }
};
