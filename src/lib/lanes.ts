// The timeline's lanes, shared by the loader that assigns them and the chart that draws them (no schema import here:
// browser code uses this file). The lanes' names are the message tables' (src/lib/i18n).
import {messagesOf, ui, type Lang} from "./i18n/index.js";

export const LANES = ["us-tariffs", "us-controls", "cn-tariffs", "cn-controls", "context"] as const;
export type Lane = (typeof LANES)[number];

/** The lanes' names in English (`laneLabels(lang)` in any language). */
export const LANE_LABELS: Record<Lane, string> = /* @__PURE__ */ messagesOf("en", (t) => t.lanes);

/** The lanes' names in a language. */
export function laneLabels(lang: Lang = "en"): Record<Lane, string> {
  return ui(lang).lanes;
}

/** The field of the meta table (derived, see src/lib/derive/reach.ts) that states how far a lane of the record reaches. */
export const CHECKED_THROUGH_KEYS = {
  "us-tariffs": "checked_through_us_tariffs",
  "us-controls": "checked_through_us_controls",
  "cn-tariffs": "checked_through_cn_tariffs",
  "cn-controls": "checked_through_cn_controls",
  context: "checked_through_context"
} as const satisfies Record<Lane, string>;

const TARIFF_AUTHORITIES = new Set([
  "section-232",
  "section-301",
  "section-201",
  "section-122",
  "ieepa",
  "trade-agreement",
  "us-court",
  "cn-tariff-commission",
  "cn-trade-remedy"
]);

/** The lane of a measure: tariffs (and the deals and rulings about them) apart from controls, per actor. */
export function laneOf(measure: {actor: string; instrument: string; authority: string}): Lane {
  const tariffLike =
    measure.instrument === "tariff" ||
    measure.instrument === "agreement" ||
    ((measure.instrument === "court-ruling" ||
      measure.instrument === "investigation" ||
      measure.instrument === "other") &&
      TARIFF_AUTHORITIES.has(measure.authority));
  if (measure.actor === "US") return tariffLike ? "us-tariffs" : "us-controls";
  return tariffLike ? "cn-tariffs" : "cn-controls";
}

/** The lane filters of the overview timeline, by URL value ("" shows every lane). */
export const LANE_GROUPS = /* @__PURE__ */ (["", "us", "cn", "tariffs", "controls"] as const).map((value) => ({
  value,
  label: ui("en").laneGroups[value]
}));
export type LaneGroup = (typeof LANE_GROUPS)[number]["value"];

/** The lane filters with their labels in a language. */
export function laneGroups(lang: Lang = "en"): {value: LaneGroup; label: string}[] {
  return LANE_GROUPS.map(({value}) => ({value, label: ui(lang).laneGroups[value]}));
}

/** Whether a lane is shown under a lane filter; the context lane is always shown (it dates the others). */
export function inLaneGroup(lane: Lane, group: string): boolean {
  if (lane === "context") return true;
  if (group === "us") return lane.startsWith("us-");
  if (group === "cn") return lane.startsWith("cn-");
  if (group === "tariffs") return lane.endsWith("tariffs");
  if (group === "controls") return lane.endsWith("controls");
  return true;
}
