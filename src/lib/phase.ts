// What a status means for a reader: the one place that decides whether a measure is pending, in force, paused or over.
// Every page and chart asks this file (timeline dots, trade-chart marks, claim charts, status bars, tables).
import {isoDay} from "./dates.js";
import {messagesOf, ui, type Lang} from "./i18n/index.js";
import type {Status} from "./vocab.js";

/** The phases a measure passes through, in the order a reader meets them. */
export const PHASES = ["pending", "in-force", "paused", "ended"] as const;
/** Not yet in force, in force, paused (suspended, or a suspension extended), or no longer in force. */
export type Phase = (typeof PHASES)[number];

/**
 * The phase of each status. "extended" prolongs a suspension or deadline (data/README.md), so it reads as paused;
 * "scheduled" (a step whose date lies after its source) has not started, so it is pending.
 */
const PHASE_OF: Record<Status, Phase> = {
  announced: "pending",
  threatened: "pending",
  scheduled: "pending",
  "in-force": "in-force",
  suspended: "paused",
  extended: "paused",
  "struck-down": "ended",
  revoked: "ended",
  expired: "ended",
  superseded: "ended"
};

/** The phase of a status; a measure without any status yet (undefined) is pending. */
export function phaseOf(status: Status | undefined): Phase {
  return status === undefined ? "pending" : PHASE_OF[status];
}

/** Readable phase names in English, used in keys, tooltips and descriptions (`ui(lang).phases` in any language). */
export const PHASE_LABELS: Record<Phase, string> = /* @__PURE__ */ messagesOf("en", (t) => t.phases);

/** "in force since 2025-04-04" or "revoked on 2025-05-13": a status that lasts is "since" its date, an end is "on" it. */
export function statusSince(status: Status, since: Date, lang: Lang = "en"): string {
  const t = ui(lang);
  return t.statusSince(t.label(status), phaseOf(status) === "ended", isoDay(since));
}
