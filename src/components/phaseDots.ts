import * as Plot from "@observablehq/plot";
import type {Phase} from "../lib/phase.js";

/** How pale a paused measure's dot is: its colour shows, but it reads as neither in force nor gone. */
export const PAUSED_OPACITY = 0.35;

/**
 * A measure's dot in each phase (src/lib/phase.ts): filled while in force or pending, pale while paused (suspended),
 * hollow once no longer in force. `fill` is the colour channel or a constant; the other options go to every dot.
 * Three marks, not one fill channel: the page background in a colour channel would fall outside the colour scale.
 */
export function phaseDots<T>(
  rows: readonly T[],
  phase: (row: T) => Phase,
  {fill, ...options}: Plot.DotOptions & {fill: Plot.ChannelValueSpec}
): Plot.Dot[] {
  const of = (...phases: Phase[]) => rows.filter((r) => phases.includes(phase(r)));
  const common = {strokeWidth: 1.5, ...options, stroke: fill};
  return [
    Plot.dot(of("in-force", "pending"), {...common, fill}),
    Plot.dot(of("paused"), {...common, fill, fillOpacity: PAUSED_OPACITY}),
    Plot.dot(of("ended"), {...common, fill: "var(--theme-background)"})
  ];
}
