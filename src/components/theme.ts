// One colour per lane, actor, status and classification across the site. Colours are chosen to read on both the light
// and the dark theme (mid-tone, no near-white or near-black), and never carry meaning alone: every mark that uses them
// also has a label, a lane or a symbol.
import type {Lane} from "../lib/lanes.js";
import {messagesOf, ui, type Lang} from "../lib/i18n/index.js";
import {LANES, LANE_LABELS} from "../lib/lanes.js";
import type {Classification, Direction, SourceKind, STANCES, VERDICTS} from "../lib/vocab.js";

/** Lane colours: US blue hues, China red/orange hues, context grey. */
export const LANE_COLORS: Record<Lane, string> = {
  "us-tariffs": "#3b6fd4",
  "us-controls": "#7b5cc4",
  "cn-tariffs": "#d9482b",
  "cn-controls": "#c27a14",
  context: "#7f8c8d"
};

/** Plot colour scale options for lanes, with readable labels (English; `laneColorIn(lang)` in any language). */
export const laneColor = {
  type: "categorical" as const,
  domain: /* @__PURE__ */ LANES.map((l) => LANE_LABELS[l]),
  range: /* @__PURE__ */ LANES.map((l) => LANE_COLORS[l])
};

/** Plot colour scale options for lanes, labelled in a language. */
export function laneColorIn(lang: Lang = "en"): typeof laneColor {
  return {...laneColor, domain: LANES.map((l) => ui(lang).lanes[l])};
}

/** The directions of the tariff charts in English (`ui(lang).directions` in any language). */
export const DIRECTION_LABELS: Record<Direction, string> = /* @__PURE__ */ messagesOf("en", (t) => t.directions);

/** Chip classification colours (src/lib/chipWords.ts has the labels, shown with them in every chart). */
export const CLASS_COLORS: Record<Classification, string> = {
  "licence-required": "#c0392b",
  "case-by-case": "#8e44ad",
  notification: "#d68910",
  unknown: "#7f8c8d",
  "not-controlled": "#1e8449"
};

/** Counterpoint stances: against red, supports green, nuance amber (always shown with the word as well). */
export const STANCE_COLORS: Record<(typeof STANCES)[number], string> = {
  against: "#c0392b",
  supports: "#1e8449",
  nuance: "#d68910"
};

/** Forecast verdicts, on the same red/amber/green/grey (always shown with the word and a symbol as well). */
export const VERDICT_COLORS: Record<(typeof VERDICTS)[number], string> = {
  happened: "#1e8449",
  partly: "#d68910",
  "did-not-happen": "#c0392b",
  open: "#7f8c8d"
};

/** Source kinds: primary in the US-tariffs blue, secondary a neutral grey. */
export const SOURCE_KIND_COLORS: Record<SourceKind, string> = {
  primary: LANE_COLORS["us-tariffs"],
  secondary: "#9aa5b1"
};

/** Tariff-rate bands (threshold scale, light to dark blue) of the rate grid: below 10%, 10–25, 25–50, 50–100, 100+. */
export const RATE_BANDS = {domain: [10, 25, 50, 100], range: ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]};

/** Legal-authority colours of the tariff charts: each authority keeps its colour in both directions (US blues and
 * violets, China reds); an authority without one is drawn in the context grey. */
export const AUTHORITY_COLORS: Record<string, string> = {
  "section-301": "#3b6fd4",
  "section-232": "#6a8fd8",
  "section-201": "#9db4e6",
  ieepa: "#7b5cc4",
  "section-122": "#a98bd9",
  "cn-tariff-commission": "#d9482b",
  "cn-trade-remedy": "#e58b6d"
};

/** The published trackers drawn beside our tariff estimate, each in a colour of its own (ours is the text colour). */
export const PUBLISHER_COLORS: Record<string, string> = {PIIE: "#d9482b", "Yale Budget Lab": "#3b6fd4"};
