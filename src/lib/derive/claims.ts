// The commentary page's claims: each excerpt with the timeline items it refers to and the counterpoints a filter
// keeps. Pure.
import {formats, ui, type Lang} from "../i18n/index.js";
import {phaseOf, type Phase} from "../phase.js";
import type {Counterpoint, Excerpt} from "../schema.js";
import {linkedItems, type TimelineItem} from "./timeline.js";

/** One excerpt as the claim card shows it. */
export interface ClaimView<X extends Excerpt = Excerpt, C extends Counterpoint = Counterpoint> {
  excerpt: X;
  items: TimelineItem[];
  /** The counterpoints the stance filter keeps. */
  counterpoints: C[];
  /** How many of the excerpt's counterpoints the filter hides. */
  hidden: number;
}

/**
 * The excerpts a kind and a stance filter leave ("all" keeps every one), in table order, each with its linked items and
 * kept counterpoints. A stance keeps an excerpt only if one of its counterpoints has that stance.
 */
export function claimViews<X extends Excerpt, C extends Counterpoint>(
  excerpts: readonly X[],
  counterpoints: readonly C[],
  items: ReadonlyMap<string, TimelineItem>,
  {kind = "all", stance = "all"}: {kind?: string; stance?: string} = {}
): ClaimView<X, C>[] {
  return excerpts.flatMap((excerpt) => {
    const all = counterpoints.filter((c) => c.excerpt_id === excerpt.id);
    const kept = stance === "all" ? all : all.filter((c) => c.stance === stance);
    if ((kind !== "all" && excerpt.kind !== kind) || (stance !== "all" && kept.length === 0)) return [];
    return [{excerpt, items: linkedItems(excerpt, items), counterpoints: kept, hidden: all.length - kept.length}];
  });
}

/** One plotted row: exactly what the chart draws and what its download link offers. */
export interface ClaimEvidenceRow {
  id: string;
  kind: "measure" | "event";
  lane: string;
  title: string;
  /** Announced (measures) or the event's date. */
  start: Date;
  /** Effective date (measures), else `start`. */
  end: Date;
  status: string;
  /** What the status means (src/lib/phase.ts); events are "in-force", drawn as diamonds. */
  phase: Phase;
  status_since: Date | undefined;
  source_ids: string[];
}

/**
 * The rows the chart plots, earliest first: linked measures and events with their dates and current status (lane and
 * status in words of `lang`, English by default).
 */
export function claimEvidenceRows(items: readonly TimelineItem[], lang: Lang = "en"): ClaimEvidenceRow[] {
  const t = ui(lang);
  return [...items]
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id))
    .map((i) => ({
      id: i.id,
      kind: i.kind,
      lane: t.lanes[i.lane],
      title: i.title,
      start: i.start,
      end: i.end,
      status: i.kind === "event" ? t.event : t.label(i.status ?? "announced"),
      phase: i.kind === "event" ? "in-force" : phaseOf(i.status),
      status_since: i.status_since,
      source_ids: i.source_ids
    }));
}

/** "announced 8 Mar 2018, effective 23 Mar 2018" or "20 Jan 2025" (events), in `lang` (English by default). */
export function datesText(row: Pick<ClaimEvidenceRow, "kind" | "start" | "end">, lang: Lang = "en"): string {
  const {longDate} = formats(lang);
  if (row.kind === "event") return longDate(row.start);
  return ui(lang).announcedEffective(
    longDate(row.start),
    row.end.getTime() !== row.start.getTime() ? longDate(row.end) : undefined
  );
}
