import type {TimelineItem} from "../lib/derive/timeline.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {sourceLinksOf, type LazySourceIndex, type SourceRef} from "./sourceLinks.js";

/**
 * The card of one timeline item: title, lane, dates, current status, summary and the links to its sources. Every
 * string from the data is set as text. With no item, a hint says how to pick one. `sources` may be a LazySourceIndex
 * (fetched when the first card with an item is drawn). `lang` sets the words and dates.
 */
export function measureCard(
  item: TimelineItem | null | undefined,
  sources: Map<string, SourceRef> | LazySourceIndex,
  lang: Lang = "en"
): HTMLElement {
  const t = ui(lang);
  const {longDate} = formats(lang);
  const card = document.createElement("div");
  card.className = "hf-measure";
  card.setAttribute("aria-live", "polite");
  if (!item) {
    const hint = document.createElement("p");
    hint.className = "hf-muted";
    hint.textContent = t.measureCard.hint;
    card.append(hint);
    return card;
  }
  const title = document.createElement("h3");
  title.textContent = item.title;
  const facts = document.createElement("p");
  const dates =
    item.kind === "event"
      ? longDate(item.start)
      : t.measureCard.dates(
          longDate(item.start),
          item.end.getTime() !== item.start.getTime() ? longDate(item.end) : undefined,
          item.ended ? longDate(item.ended) : undefined
        );
  const status = item.status
    ? t.measureCard.status(t.label(item.status), item.status_since ? longDate(item.status_since) : undefined)
    : "";
  const scheduled = item.scheduled ? t.measureCard.scheduled(longDate(item.scheduled)) : "";
  facts.textContent = `${t.lanes[item.lane]} · ${dates}${status}${scheduled}`;
  const summary = document.createElement("p");
  summary.textContent = item.summary;
  const src = document.createElement("p");
  src.className = "hf-source";
  src.append(t.measureCard.sources, sourceLinksOf(item.source_ids, sources, lang));
  card.append(title, facts, summary, src);
  return card;
}
