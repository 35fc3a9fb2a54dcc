import {LANE_COLORS} from "./theme.js";
import type {DateMarker} from "./dateMarker.js";
import {statusBars, type StatusBarsOptions} from "./statusBars.js";
import {ui} from "../lib/i18n/index.js";
import type {StatusPeriod} from "../lib/derive/statusPeriods.js";

/** Options of the mineral-controls chart. */
export interface MineralControlsOptions extends Omit<StatusBarsOptions, "color" | "ariaLabel" | "flag"> {
  width?: number;
  /** The shared time axis (lib/domains.ts timeDomain). */
  domain?: [Date, Date];
  /** A dated rule across the chart, e.g. the commentary's date. */
  marker?: DateMarker;
}

/**
 * China's export controls (gallium and germanium, graphite, antimony, tungsten, rare earths, ...) as bars from the
 * date they took effect to their suspension, revocation or the as-of date: solid in the China-controls lane colour
 * while in force, grey and dashed while suspended, with the status on the as-of date written at the end of each row.
 */
export function mineralControls(
  periods: readonly StatusPeriod[],
  {width, domain, lang = "en", marker, ...options}: MineralControlsOptions = {}
): SVGSVGElement | HTMLElement {
  return statusBars(periods, {
    ...options,
    width,
    domain,
    marker,
    lang,
    color: LANE_COLORS["cn-controls"],
    ariaLabel: ui(lang).statusBars.chinaMinerals
  });
}
