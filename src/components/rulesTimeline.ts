import {LANE_COLORS} from "./theme.js";
import type {DateMarker} from "./dateMarker.js";
import {statusBars, type StatusBarsOptions} from "./statusBars.js";
import {ui} from "../lib/i18n/index.js";
import type {StatusPeriod} from "../lib/derive/statusPeriods.js";

/** Options of the US rules timeline. */
export interface RulesTimelineOptions extends Omit<StatusBarsOptions, "color" | "ariaLabel" | "flag"> {
  width?: number;
  /** The shared time axis (lib/domains.ts timeDomain). */
  domain?: [Date, Date];
  /** Measures whose chip thresholds the page charts (chip_rules.measure_id): flagged with ◆. */
  ruleMeasureIds?: readonly string[];
  /** A dated rule across the chart, e.g. the commentary's date. */
  marker?: DateMarker;
}

/**
 * The US export controls, entity listings and chip subsidies over time, one row per measure: dashed while announced,
 * a bar in the US-controls lane colour while in force, grey while suspended, × where revoked or superseded, and the
 * status on the as-of date at the end of each row. The chip rules whose thresholds the page charts are marked ◆.
 */
export function rulesTimeline(
  periods: readonly StatusPeriod[],
  {width, domain, lang = "en", ruleMeasureIds = [], marker, ...options}: RulesTimelineOptions = {}
): SVGSVGElement | HTMLElement {
  const rules = new Set(ruleMeasureIds);
  return statusBars(periods, {
    ...options,
    width,
    domain,
    marker,
    lang,
    color: LANE_COLORS["us-controls"],
    ariaLabel: ui(lang).statusBars.usControls,
    flag: (id) => (rules.has(id) ? "◆" : undefined)
  });
}
