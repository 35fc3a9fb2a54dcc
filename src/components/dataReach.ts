// The one line near the top of every page that says how far its data reach, lane by lane, with a link to the
// changelog. The dates are the meta table's checked-through dates (derived from the newest source of each lane).
import {CHECKED_THROUGH_KEYS, LANES, LANE_LABELS, type Lane} from "../lib/lanes.js";
import {longDate} from "../lib/format.js";

/** The part of the meta row the line needs: each lane's checked-through date. */
export type LaneDates = {[K in (typeof CHECKED_THROUGH_KEYS)[Lane]]: Date};

/** Options of dataReach. */
export interface DataReachOptions {
  /** The lanes the page shows; all five by default. */
  lanes?: readonly Lane[];
  /** Where the changelog is: the Data and methods page's "Changes to the data". */
  changelog?: string;
}

/** Short lane names for the one line (the timeline's lane labels are longer). */
const SHORT: Record<Lane, string> = {
  "us-tariffs": "US tariffs",
  "us-controls": "US controls",
  "cn-tariffs": "China's tariffs",
  "cn-controls": "China's controls",
  context: "context"
};

/**
 * "Data checked through: US tariffs 13 Aug 2026 · China's tariffs 26 Feb 2026; each “now” is its lane's date.
 * Changelog". A page of one lane gives that lane's date only; a page that mixes lanes whose dates differ says so.
 */
export function dataReach(
  meta: LaneDates,
  {lanes = LANES, changelog = "./methods.html#changes-to-the-data"}: DataReachOptions = {}
): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = "hf-reach hf-muted";
  const dates = lanes.map((lane) => ({lane, date: meta[CHECKED_THROUGH_KEYS[lane]]}));
  const mixed = dates.some((d) => d.date.getTime() !== dates[0].date.getTime());
  p.title = dates.map((d) => `${LANE_LABELS[d.lane]}: checked through ${longDate(d.date)}`).join("\n");
  p.append(
    `Data checked through: ${dates.map((d) => `${SHORT[d.lane]} ${longDate(d.date)}`).join(" · ")}` +
      (mixed ? "; each “now” on this page is its own lane's date. " : ". ")
  );
  const a = document.createElement("a");
  a.href = changelog;
  a.textContent = "Changelog";
  p.append(a);
  return p;
}
