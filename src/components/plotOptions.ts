import type * as Plot from "@observablehq/plot";

/**
 * The Plot options a chart passes through to Plot.plot, after its own, so a page can change a margin, a title or a
 * scale without editing the component (as Framework's examples do: `chart(data, {width, ...options})`). The chart
 * draws its own marks, so `marks` is not among them.
 */
export type PlotPassThrough = Omit<Plot.PlotOptions, "marks">;
