import type {Event, Excerpt, Measure, MeasureStatus} from "../schema.js";
import {laneOf, type Lane} from "../lanes.js";
import type {Status} from "../vocab.js";
import {statusOn, type StatusOn} from "./status.js";

/** One bar or point of the unified timeline. */
export interface TimelineItem {
  id: string;
  kind: "measure" | "event";
  lane: Lane;
  actor: string;
  instrument?: string;
  authority?: string;
  title: string;
  summary: string;
  /** The title and summary in German (the German page data carries them as `title` and `summary`). */
  title_de?: string;
  summary_de?: string;
  /** Announced (measures) or the event's date. */
  start: Date;
  /** Effective date, or `start` when it took effect at once, was never in force, or is an event. */
  end: Date;
  ended?: Date;
  /** Status on the date the item's lane is checked through. */
  status?: Status;
  status_since?: Date;
  /** The first step scheduled after the lane's checked-through date (status "scheduled"), never drawn as in force. */
  scheduled?: Date;
  sectors: string[];
  source_ids: string[];
}

/** Where a commentary excerpt is pinned: at each measure or event it refers to. */
export interface ExcerptPin {
  excerpt_id: string;
  paragraph: number;
  item_id: string;
  lane: Lane;
  date: Date;
}

/**
 * Builds the one timeline every page shares: measures in their lanes with their current status, then events. `asOf`
 * is the "now" of the statuses: one date, or each lane's checked-through date.
 */
export function timelineItems(
  measures: readonly Measure[],
  history: readonly MeasureStatus[],
  events: readonly Event[],
  asOf: Date | ((lane: Lane) => Date)
): TimelineItem[] {
  const onLane = new Map<number, Map<string, StatusOn>>();
  const statusAt = (lane: Lane) => {
    const date = typeof asOf === "function" ? asOf(lane) : asOf;
    if (!onLane.has(+date)) onLane.set(+date, statusOn(history, date));
    return onLane.get(+date)!;
  };
  const status = {get: (id: string, lane: Lane) => statusAt(lane).get(id)};
  const scheduled = (id: string, lane: Lane) => {
    const after = typeof asOf === "function" ? asOf(lane) : asOf;
    const next = history
      .filter((h) => h.measure_id === id && h.status === "scheduled" && h.date > after)
      .sort((a, b) => a.date.getTime() - b.date.getTime())[0];
    return next ? {scheduled: next.date} : {};
  };
  const items: TimelineItem[] = measures.map((m) => ({
    id: m.id,
    kind: "measure",
    lane: laneOf(m),
    actor: m.actor,
    instrument: m.instrument,
    authority: m.authority,
    title: m.title,
    summary: m.summary,
    title_de: m.title_de,
    summary_de: m.summary_de,
    start: m.announced,
    end: m.effective ?? m.announced,
    ended: m.ended,
    status: status.get(m.id, laneOf(m))?.status,
    status_since: status.get(m.id, laneOf(m))?.since,
    ...scheduled(m.id, laneOf(m)),
    sectors: m.sectors,
    source_ids: m.source_ids
  }));
  for (const e of events) {
    items.push({
      id: e.id,
      kind: "event",
      lane: "context",
      actor: e.actor,
      title: e.title,
      summary: e.summary,
      title_de: e.title_de,
      summary_de: e.summary_de,
      start: e.date,
      end: e.date,
      sectors: [],
      source_ids: e.source_ids
    });
  }
  return items.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

/** Pins each excerpt at the items it refers to; references to unknown ids are dropped (validation reports them). */
export function excerptPins(excerpts: readonly Excerpt[], items: readonly TimelineItem[]): ExcerptPin[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const pins: ExcerptPin[] = [];
  for (const x of excerpts) {
    for (const id of [...x.measure_ids, ...x.event_ids]) {
      const item = byId.get(id);
      if (item) pins.push({excerpt_id: x.id, paragraph: x.paragraph, item_id: id, lane: item.lane, date: item.start});
    }
  }
  return pins.sort((a, b) => a.date.getTime() - b.date.getTime() || a.excerpt_id.localeCompare(b.excerpt_id));
}

/** The timeline items a row refers to (an excerpt's or a forecast's measure_ids, then event_ids); unknown ids are left out. */
export function linkedItems(
  ref: {measure_ids: readonly string[]; event_ids: readonly string[]},
  items: ReadonlyMap<string, TimelineItem>
): TimelineItem[] {
  return [...ref.measure_ids, ...ref.event_ids].flatMap((id) => items.get(id) ?? []);
}

/** One timeline item the commentary refers to, with every paragraph that does (sorted, each once). */
export interface PinnedItem {
  item_id: string;
  date: Date;
  lane: Lane;
  paragraphs: number[];
}

/** The pins grouped by item: one marker per referred item, so clustered pins stay readable. */
export function pinnedItems(pins: readonly ExcerptPin[]): PinnedItem[] {
  const byItem = new Map<string, PinnedItem>();
  for (const p of pins) {
    const entry = byItem.get(p.item_id) ?? {item_id: p.item_id, date: p.date, lane: p.lane, paragraphs: []};
    if (!entry.paragraphs.includes(p.paragraph)) entry.paragraphs.push(p.paragraph);
    byItem.set(p.item_id, entry);
  }
  return [...byItem.values()].map((e) => ({...e, paragraphs: [...e.paragraphs].sort((a, b) => a - b)}));
}
