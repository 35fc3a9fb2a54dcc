// The box a chart is drawn in keeps the height the build reserved for it from first paint until the chart is drawn.
import type {RowChart, SizedChart} from "../lib/chartHeights.js";

/**
 * Names the box Framework's `resize` returns after the chart `name` it draws (`data-hf-chart`), so that the stylesheet
 * the build adds (lib/chartHeights chartBoxCss, lib/postBuild reserveChartBoxes and reserveRowBoxes) gives it the
 * chart's height. Framework puts that box in the page empty and draws the chart into it a frame later, once it has
 * measured the width; without the name the box would collapse for that frame and what is below would jump up and back
 * down. A page passes it the box: `chartBox("tradeFlows", resize …)` as a cell's whole value; the build reads the name
 * from that call to reserve the box of the cell's placeholder too. Returns the element it was given.
 */
export function chartBox<T extends Element>(name: SizedChart | RowChart, box: T): T {
  box.setAttribute("data-hf-chart", name);
  return box;
}
