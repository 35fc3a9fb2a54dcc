import type {Direction} from "../vocab.js";
import type {Comparison} from "./tariffSeries.js";

/** How close our estimate is to one publisher's figures in one direction. */
export interface Agreement {
  direction: Direction;
  publisher: string;
  /** Our basis the figures are compared with. */
  basis: string;
  /** Figures with a value of ours. */
  figures: number;
  /** Figures without one (before our basis starts, or no line data). */
  without_ours: number;
  /** Mean of |ours − theirs|, percentage points. */
  mean_abs_pct: number;
  /** Largest |ours − theirs| and its date. */
  worst_abs_pct: number;
  worst_date?: Date;
}

/**
 * The agreement of our estimate with each publisher's figures from `since` on, per direction: mean and largest absolute
 * difference over the dates it publishes. The Tariffs page shows it and the agreement test asserts it, so both read
 * the same numbers.
 */
export function agreement(
  rows: readonly Comparison[],
  {publishers = ["PIIE", "Yale Budget Lab"], since}: {publishers?: readonly string[]; since?: Date} = {}
): Agreement[] {
  const out: Agreement[] = [];
  for (const publisher of publishers)
    for (const direction of ["us-on-cn", "cn-on-us"] as const) {
      const own = rows.filter(
        (r) => r.publisher === publisher && r.direction === direction && (!since || r.date >= since)
      );
      if (own.length === 0) continue;
      const valued = own.filter((r) => r.difference_pct !== undefined);
      const worst = valued.reduce<Comparison | undefined>(
        (w, r) => (!w || Math.abs(r.difference_pct!) > Math.abs(w.difference_pct!) ? r : w),
        undefined
      );
      const sum = valued.reduce((s, r) => s + Math.abs(r.difference_pct!), 0);
      out.push({
        direction,
        publisher,
        basis: own[0].basis,
        figures: valued.length,
        without_ours: own.length - valued.length,
        mean_abs_pct: valued.length ? Math.round((sum / valued.length) * 100) / 100 : NaN,
        worst_abs_pct: worst ? Math.abs(worst.difference_pct!) : NaN,
        worst_date: worst?.date
      });
    }
  return out;
}
