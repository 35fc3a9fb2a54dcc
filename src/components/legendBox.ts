// The legend Plot draws above a chart keeps the height the build reserved for it (lib/chartHeights legendHeight), so
// the chart fills its reserved box exactly whatever the number of lines its swatches take.
import {legendHeight, type SizedChart} from "../lib/chartHeights.js";

/**
 * Gives the swatches legend of `chart` (Plot's <figure>: the legend, then the SVG) the min-height of chart `name`'s
 * legend at `width`. Returns the element it was given; a chart without a legend (a bare <svg>) is left as it is.
 */
export function legendBox<T extends Element>(chart: T, name: SizedChart, width: number): T {
  const height = legendHeight(name, width);
  // Not `instanceof HTMLElement`: the build draws charts in Node on a DOM implementation with no such global.
  const legend = chart.querySelector<HTMLElement>(':scope > div[class*="-swatches"]');
  if (height !== undefined && legend?.style) legend.style.minHeight = `${height}px`;
  return chart;
}
