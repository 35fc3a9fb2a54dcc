// The commentary page's claims: each excerpt with the timeline items it refers to and the counterpoints a filter
// keeps. Pure.
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
