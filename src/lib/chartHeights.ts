// The height of each chart's SVG, from its width and the rows it draws: one definition that the chart component uses
// for Plot's `height` and the build uses to reserve the chart's box before the chart is drawn (src/lib/postBuild.ts
// reserveChartBoxes), so a chart drawn after first paint does not push the page down. Pure.
import {LANES} from "./lanes.js";

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
 * The charts whose SVG height depends on the width alone, by component name (the name the pages call inside
 * `resize((width) => NAME(…))`). Where Plot adds a legend above the SVG (tariffAverage, tariffAuthorities,
 * sourceYears) or a chart a caption below it (chipThresholds), the reserved box is the SVG's height and only the
 * legend's or caption's lines still move what is below. Charts whose height comes from their rows (rateGrid,
 * statusBars, claimEvidence, forecastChart) are not here: their boxes are not reserved yet.
 */
export const CHART_HEIGHTS = {
  timeline: {below: NARROW_BELOW, narrow: 60 + LANES.length * 44, wide: 60 + LANES.length * 52},
  tradeFlows: {below: NARROW_BELOW, narrow: 380, wide: 420},
  tradeBalance: {below: NARROW_BELOW, narrow: 260, wide: 300},
  tradeShare: {below: NARROW_BELOW, narrow: 240, wide: 280},
  tariffAverage: {below: NARROW_BELOW, narrow: 260, wide: 320},
  tariffAuthorities: {below: NARROW_BELOW, narrow: 220, wide: 260},
  sourceYears: {narrow: 220, wide: 220},
  chipThresholds: {narrow: 360, wide: 520, share: 0.56}
} as const satisfies Record<string, WidthHeight>;

/** The name of a chart of CHART_HEIGHTS. */
export type SizedChart = keyof typeof CHART_HEIGHTS;

/** The SVG height of chart `name` at `width`. */
export function chartHeight(name: SizedChart, width: number): number {
  return heightAt(CHART_HEIGHTS[name], width);
}

/**
 * CSS that gives each reserved box (an element with `data-hf-chart="NAME"`) the height of its chart (as min-height: a
 * caption below the SVG, as chipThresholds may add, still grows it) at the width of
 * its container (the card or block it sits in, which the stylesheet makes a size container): a height, and for a
 * stepped height a container query below the breakpoint; for a share of the width, a clamp() of container units.
 */
export function chartBoxCss(container = "hf-box"): string {
  return Object.entries(CHART_HEIGHTS as Record<string, WidthHeight>)
    .map(([name, spec]) => {
      const box = `[data-hf-chart="${name}"]`;
      if (spec.share !== undefined)
        return `${box} { min-height: clamp(${spec.narrow}px, ${spec.share * 100}cqw, ${spec.wide}px); }`;
      return `${box} { min-height: ${spec.wide}px; }\n@container ${container} (width < ${spec.below}px) { ${box} { min-height: ${spec.narrow}px; } }`;
    })
    .join("\n");
}
