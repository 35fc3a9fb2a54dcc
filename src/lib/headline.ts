import {formats, ui, type Lang} from "./i18n/index.js";
import type {Direction} from "./vocab.js";

/** The estimate a headline card shows for one direction on one date (the headline table of the pages). */
export interface HeadlinePoint {
  direction: Direction;
  date: Date;
  /** The weighting basis of the line-level estimate; undefined without line data. */
  basis?: string;
  weights_year?: number;
  /** Average tariff incl. MFN, percent. */
  total_pct?: number;
  mfn_pct?: number;
  additional_pct?: number;
  covered_share?: number;
  /** The old scope-level estimate (additional duties only), kept as a labelled cross-check. */
  scope_method_pct: number;
  scope_method_covered_share: number;
}

/** The big figure of a headline card: the average incl. MFN, or a plain "no line data". */
export function headlineFigure(point: HeadlinePoint | undefined, lang: Lang = "en"): string {
  return point?.total_pct === undefined ? ui(lang).headline.noLineData : formats(lang).pct(point.total_pct);
}

/** The line under a headline card's figure: its MFN part and the figure when the commentary appeared. */
export function headlineNote(
  now: HeadlinePoint | undefined,
  then: HeadlinePoint | undefined,
  asOf: Date,
  lang: Lang = "en"
): string {
  const t = ui(lang).headline;
  const f = formats(lang);
  if (now?.total_pct === undefined) return t.needsLines;
  const before = then?.total_pct === undefined ? "" : t.then(f.pct(then.total_pct));
  return t.note(f.longDate(asOf), f.pct(now.mfn_pct), before);
}
