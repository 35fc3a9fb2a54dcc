import * as aq from "arquero";
import type {TradeRow} from "../schema.js";

/** One year of US goods trade with China, with the derived balance and share. */
export interface TradeYear {
  year: number;
  imports_usd_bn: number;
  exports_usd_bn: number;
  /** Exports minus imports: negative is a US deficit. */
  balance_usd_bn: number;
  /** US imports from China ÷ all US goods imports, where the total is known. */
  share_of_us_imports?: number;
  release: string;
  /** The releases in German (the German page data carries them as `release`). */
  release_de?: string;
  source_ids: string[];
}

/**
 * Pivots the trade table into one row per year with balance and China's share of US imports. Years that lack either
 * bilateral flow are left out: a balance of one flow would mislead.
 */
export function tradeByYear(rows: readonly TradeRow[]): TradeYear[] {
  if (rows.length === 0) return [];
  const wide = aq
    .from(rows.map((r) => ({year: r.year, flow: r.flow, value: r.value_usd_bn})))
    .groupby("year")
    .pivot("flow", "value")
    .orderby("year")
    .objects() as Record<string, number>[];
  const meta = new Map<number, TradeRow[]>();
  for (const r of rows) meta.set(r.year, [...(meta.get(r.year) ?? []), r]);
  return wide
    .filter((w) => w["us-imports-from-cn"] !== undefined && w["us-exports-to-cn"] !== undefined)
    .map((w) => {
      const imports = w["us-imports-from-cn"],
        exports = w["us-exports-to-cn"],
        total = w["us-imports-total"];
      const of = meta.get(w.year)!;
      return {
        year: w.year,
        imports_usd_bn: imports,
        exports_usd_bn: exports,
        balance_usd_bn: Math.round((exports - imports) * 1000) / 1000,
        share_of_us_imports: total ? imports / total : undefined,
        release: [...new Set(of.map((r) => r.release))].join("; "),
        release_de: [...new Set(of.map((r) => r.release_de || r.release))].join("; "),
        source_ids: [...new Set(of.map((r) => r.source_id))].sort()
      };
    });
}
