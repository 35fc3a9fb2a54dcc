import {longDate, pct} from "./format.js";
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
export function headlineFigure(point: HeadlinePoint | undefined): string {
  return point?.total_pct === undefined ? "no line data" : pct(point.total_pct);
}

/** The line under a headline card's figure: its MFN part and the figure when the commentary appeared. */
export function headlineNote(now: HeadlinePoint | undefined, then: HeadlinePoint | undefined, asOf: Date): string {
  if (now?.total_pct === undefined) return "the line-level estimate needs the tariff-line tables in data/lines";
  const before = then?.total_pct === undefined ? "" : `; ${pct(then.total_pct)} when the commentary appeared`;
  return `estimated average tariff incl. MFN on ${longDate(asOf)}, of which MFN ${pct(now.mfn_pct)}${before}`;
}
