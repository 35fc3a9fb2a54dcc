import type {TimelineItem} from "../lib/derive/timeline.js";
import {label, longDate} from "../lib/format.js";
import {LANE_LABELS} from "../lib/lanes.js";
import {sourceLinksOf, type LazySourceIndex, type SourceRef} from "./sourceLinks.js";

/**
 * The card of one timeline item: title, lane, dates, current status, summary and the links to its sources. Every
 * string from the data is set as text. With no item, a hint says how to pick one. `sources` may be a LazySourceIndex
 * (fetched when the first card with an item is drawn).
 */
export function measureCard(
  item: TimelineItem | null | undefined,
  sources: Map<string, SourceRef> | LazySourceIndex
): HTMLElement {
  const card = document.createElement("div");
  card.className = "hf-measure";
  card.setAttribute("aria-live", "polite");
  if (!item) {
    const hint = document.createElement("p");
    hint.className = "hf-muted";
    hint.textContent =
      "Point at (or tap) a bar or diamond in the timeline to see the measure, its status and its sources here.";
    card.append(hint);
    return card;
  }
  const title = document.createElement("h3");
  title.textContent = item.title;
  const facts = document.createElement("p");
  const dates =
    item.kind === "event"
      ? longDate(item.start)
      : `announced ${longDate(item.start)}${item.end.getTime() !== item.start.getTime() ? `, effective ${longDate(item.end)}` : ""}${item.ended ? `, ended ${longDate(item.ended)}` : ""}`;
  facts.textContent = `${LANE_LABELS[item.lane]} · ${dates}${item.status ? ` · status: ${label(item.status)}${item.status_since ? ` since ${longDate(item.status_since)}` : ""}` : ""}${item.scheduled ? ` · next step scheduled for ${longDate(item.scheduled)} (not yet in force)` : ""}`;
  const summary = document.createElement("p");
  summary.textContent = item.summary;
  const src = document.createElement("p");
  src.className = "hf-source";
  src.append("Sources: ", sourceLinksOf(item.source_ids, sources));
  card.append(title, facts, summary, src);
  return card;
}
