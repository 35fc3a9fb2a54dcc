// The commentary's kinds of statement, counterpoint stances and forecast verdicts in words and symbols: shared by the
// claim cards, the forecast chart, the filters and the pages. Text only (no DOM), so tests and pages use the same.
// The words are the message tables' (src/lib/i18n): these constants are the English ones, `ui(lang)` has every language.
import {messagesOf} from "./i18n/index.js";
import type {EXCERPT_KINDS, STANCES, VERDICTS} from "./vocab.js";

/** A counterpoint's stance. */
export type Stance = (typeof STANCES)[number];
/** An excerpt's kind. */
export type ExcerptKind = (typeof EXCERPT_KINDS)[number];
/** A verdict on one of the commentary's expectations (data/README.md, forecasts.csv). */
export type Verdict = (typeof VERDICTS)[number];

export const STANCE_LABELS: Record<Stance, string> = /* @__PURE__ */ messagesOf("en", (t) => t.stances);
export const STANCE_SYMBOLS: Record<Stance, string> = {against: "✗", supports: "✓", nuance: "≈"};
export const KIND_LABELS: Record<ExcerptKind, string> = /* @__PURE__ */ messagesOf("en", (t) => t.kinds);
/** What each kind of statement is, for the badges' tooltips. */
export const KIND_HINTS: Record<ExcerptKind, string> = /* @__PURE__ */ messagesOf("en", (t) => t.kindHints);
export const VERDICT_LABELS: Record<Verdict, string> = /* @__PURE__ */ messagesOf("en", (t) => t.verdicts);
export const VERDICT_SYMBOLS: Record<Verdict, string> = {happened: "✓", partly: "◐", "did-not-happen": "✗", open: "?"};
