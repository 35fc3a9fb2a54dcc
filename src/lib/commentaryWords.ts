// The commentary's kinds of statement, counterpoint stances and forecast verdicts in words and symbols: shared by the
// claim cards, the forecast chart, the filters and the pages. Text only (no DOM), so tests and pages use the same.
import type {EXCERPT_KINDS, STANCES, VERDICTS} from "./vocab.js";

/** A counterpoint's stance. */
export type Stance = (typeof STANCES)[number];
/** An excerpt's kind. */
export type ExcerptKind = (typeof EXCERPT_KINDS)[number];
/** A verdict on one of the commentary's expectations (data/README.md, forecasts.csv). */
export type Verdict = (typeof VERDICTS)[number];

export const STANCE_LABELS: Record<Stance, string> = {
  against: "Against the claim",
  supports: "Supports the claim",
  nuance: "Nuance"
};
export const STANCE_SYMBOLS: Record<Stance, string> = {against: "✗", supports: "✓", nuance: "≈"};
export const KIND_LABELS: Record<ExcerptKind, string> = {fact: "Fact", assessment: "Assessment", forecast: "Forecast"};
/** What each kind of statement is, for the badges' tooltips. */
export const KIND_HINTS: Record<ExcerptKind, string> = {
  fact: "a statement of fact that sources can confirm or correct",
  assessment: "a judgement by the author",
  forecast: "an expectation about what comes next"
};
export const VERDICT_LABELS: Record<Verdict, string> = {
  happened: "Happened",
  partly: "Partly happened",
  "did-not-happen": "Did not happen",
  open: "Still open"
};
export const VERDICT_SYMBOLS: Record<Verdict, string> = {happened: "✓", partly: "◐", "did-not-happen": "✗", open: "?"};
