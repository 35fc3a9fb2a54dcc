// The one line near the top of every page that says how far its data reach, lane by lane, with a link to the
// changelog. The dates are the meta table's checked-through dates (derived from the newest source of each lane). The
// pages have it in their HTML (src/lib/pageFacts.ts's reachHtml, the same words); this element is for other uses.
import {LANES, type CHECKED_THROUGH_KEYS, type Lane} from "../lib/lanes.js";
import type {Lang} from "../lib/i18n/index.js";
import {reachText} from "../lib/pageFacts.js";

/** The part of the meta row the line needs: each lane's checked-through date. */
export type LaneDates = {[K in (typeof CHECKED_THROUGH_KEYS)[Lane]]: Date};

/** Options of dataReach. */
export interface DataReachOptions {
  /** The lanes the page shows; all five by default. */
  lanes?: readonly Lane[];
  /** Where the changelog is: the Data and methods page's "Changes to the data". */
  changelog?: string;
  /** The language of the line (English by default). */
  lang?: Lang;
}

/**
 * "Data checked through: US tariffs 13 Aug 2026 · China's tariffs 26 Feb 2026; each “now” is its lane's date.
 * Changelog". A page of one lane gives that lane's date only; a page that mixes lanes whose dates differ says so.
 */
export function dataReach(
  meta: LaneDates,
  {lanes = LANES, changelog = "./methods.html#changes-to-the-data", lang = "en"}: DataReachOptions = {}
): HTMLParagraphElement {
  const text = reachText(meta, lanes, lang);
  const p = document.createElement("p");
  p.className = "hf-reach hf-muted";
  p.title = text.title;
  p.append(text.line);
  const a = document.createElement("a");
  a.href = changelog;
  a.textContent = text.changelog;
  p.append(a);
  return p;
}
