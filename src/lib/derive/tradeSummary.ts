// What the Trade page says about the figures, and the rows its downloads and table offer: computed from the trade
// table and the per-year pivot (trade.ts), so the prose cannot disagree with the charts. Pure.
import {yearRanges} from "../domains.js";
import {formats, messagesOf, ui, type Lang} from "../i18n/index.js";
import type {TradeRow} from "../schema.js";
import type {TradeFlow} from "../vocab.js";
import type {TradeYear} from "./trade.js";

/** The flows in words (English; `ui(lang).tradeSummary.flowNames` in any language), for the table's release list. */
export const FLOW_NAMES: Record<TradeFlow, string> = /* @__PURE__ */ messagesOf("en", (t) => t.tradeSummary.flowNames);

/** "up 12.3%" or "down 4.0%" (German "+12,3 %", "−4,0 %"): the change from a to b. */
export function changeText(a: number, b: number, lang: Lang = "en"): string {
  const c = (b / a - 1) * 100;
  return ui(lang).tradeSummary.change(c < 0, formats(lang).pct(Math.abs(c)));
}

/** The facts the page states, the years each caveat concerns, and the sources of each chart. */
export interface TradeSummary {
  /** The summary's two paragraphs (empty without years). */
  paragraphs: string[];
  /** Years with China's share of US imports (the total is known). */
  shareYears: number[];
  /** Years of the pivot without a total of US imports. */
  shareMissing: number[];
  /** Years whose share divides imports from one release by a total from another. */
  mixedShare: number[];
  /** Years the trade table holds only one bilateral flow of (in the table, not in the charts). */
  flowsOnly: number[];
  tradeSourceIds: string[];
  shareSourceIds: string[];
}

/**
 * The Trade page's summary of the years (sorted by year, as tradeByYear gives them) and the raw trade rows, its
 * paragraphs in `lang` (English by default).
 */
export function tradeSummary(years: readonly TradeYear[], trade: readonly TradeRow[], lang: Lang = "en"): TradeSummary {
  const rowOf = tradeLookup(trade);
  const known = years.filter((y) => y.share_of_us_imports !== undefined);
  const shareMissing = years.filter((y) => y.share_of_us_imports === undefined).map((y) => y.year);
  const flowsOnly = tradeTableYears(trade).filter((y) => !years.some((t) => t.year === y));
  const mixedShare = known
    .filter((y) => rowOf(y.year, "us-imports-from-cn")?.release !== rowOf(y.year, "us-imports-total")?.release)
    .map((y) => y.year);
  const sourcesOf = (rows: readonly TradeYear[]) => [...new Set(rows.flatMap((y) => y.source_ids))].sort();
  return {
    paragraphs: years.length ? summaryParagraphs(years, known, shareMissing, flowsOnly, lang) : [],
    shareYears: known.map((y) => y.year),
    shareMissing,
    mixedShare,
    flowsOnly,
    tradeSourceIds: sourcesOf(years),
    shareSourceIds: sourcesOf(known)
  };
}

function summaryParagraphs(
  years: readonly TradeYear[],
  known: readonly TradeYear[],
  shareMissing: readonly number[],
  flowsOnly: readonly number[],
  lang: Lang
): string[] {
  const t = ui(lang).tradeSummary;
  const {pct, signedUsdBn, usdBn} = formats(lang);
  const change = (a: number, b: number) => changeText(a, b, lang);
  const first = years[0];
  const last = years[years.length - 1];
  const prev = years[years.length - 2] ?? first;
  const top = (key: "imports_usd_bn" | "exports_usd_bn") => years.reduce((a, b) => (b[key] > a[key] ? b : a));
  const low = (key: "imports_usd_bn" | "balance_usd_bn") => years.reduce((a, b) => (b[key] < a[key] ? b : a));
  const worst = low("balance_usd_bn");
  const flows = t.flows({
    firstYear: first.year,
    lastYear: last.year,
    prevYear: prev.year,
    firstImports: usdBn(first.imports_usd_bn),
    lastImports: usdBn(last.imports_usd_bn),
    importsChange: change(first.imports_usd_bn, last.imports_usd_bn),
    topImportsYear: top("imports_usd_bn").year,
    topImports: usdBn(top("imports_usd_bn").imports_usd_bn),
    lowImportsYear: low("imports_usd_bn").year,
    lowImports: usdBn(low("imports_usd_bn").imports_usd_bn),
    firstExports: usdBn(first.exports_usd_bn),
    lastExports: usdBn(last.exports_usd_bn),
    topExportsYear: top("exports_usd_bn").year,
    topExports: usdBn(top("exports_usd_bn").exports_usd_bn),
    firstBalance: signedUsdBn(first.balance_usd_bn),
    lastBalance: signedUsdBn(last.balance_usd_bn),
    worstIsDeficit: worst.balance_usd_bn < 0,
    worstYear: worst.year,
    worstBalance: signedUsdBn(worst.balance_usd_bn),
    deficits: years.filter((y) => y.balance_usd_bn < 0).length,
    years: years.length,
    recentImports: change(prev.imports_usd_bn, last.imports_usd_bn),
    recentExports: change(prev.exports_usd_bn, last.exports_usd_bn)
  });
  const share = t.share(
    known.map((y) => `${y.year} (${pct(y.share_of_us_imports! * 100)})`),
    yearRanges(shareMissing),
    flowsOnly.length ? yearRanges(flowsOnly) : "",
    flowsOnly.length
  );
  return [flows, share];
}

/** A lookup of the trade table by year and flow. */
export function tradeLookup(trade: readonly TradeRow[]): (year: number, flow: TradeFlow) => TradeRow | undefined {
  const byKey = new Map(trade.map((r) => [`${r.year}|${r.flow}`, r]));
  return (year, flow) => byKey.get(`${year}|${flow}`);
}

/** Every year the trade table holds, ascending. */
function tradeTableYears(trade: readonly TradeRow[]): number[] {
  return [...new Set(trade.map((r) => r.year))].sort((a, b) => a - b);
}

/** One year of the Trade page's table: every flow the data hold for it, with the derived balance and share. */
export interface TradeTableRow {
  year: number;
  imports_usd_bn?: number;
  exports_usd_bn?: number;
  balance_usd_bn?: number;
  us_imports_total_usd_bn?: number;
  share_of_us_imports?: number;
  /** The year's rows of the trade table, each with its release and source. */
  flows: TradeRow[];
}

/** The table's rows: every year of the trade table, including years with one flow only (no balance there). */
export function tradeTableRows(years: readonly TradeYear[], trade: readonly TradeRow[]): TradeTableRow[] {
  const rowOf = tradeLookup(trade);
  return tradeTableYears(trade).map((year) => {
    const y = years.find((t) => t.year === year);
    return {
      year,
      imports_usd_bn: rowOf(year, "us-imports-from-cn")?.value_usd_bn,
      exports_usd_bn: rowOf(year, "us-exports-to-cn")?.value_usd_bn,
      balance_usd_bn: y?.balance_usd_bn,
      us_imports_total_usd_bn: rowOf(year, "us-imports-total")?.value_usd_bn,
      share_of_us_imports: y?.share_of_us_imports,
      flows: trade.filter((r) => r.year === year)
    };
  });
}

/** The rows behind each trade chart, as its download link offers them. */
export function tradeChartRecords(years: readonly TradeYear[], trade: readonly TradeRow[]) {
  const rowOf = tradeLookup(trade);
  return {
    flows: years.map(({year, imports_usd_bn, exports_usd_bn, release, source_ids}) => ({
      year,
      imports_usd_bn,
      exports_usd_bn,
      release,
      source_ids
    })),
    balance: years.map(({year, imports_usd_bn, exports_usd_bn, balance_usd_bn, release, source_ids}) => ({
      year,
      exports_usd_bn,
      imports_usd_bn,
      balance_usd_bn,
      release,
      source_ids
    })),
    share: years.map((y) => ({
      year: y.year,
      imports_usd_bn: y.imports_usd_bn,
      us_imports_total_usd_bn: rowOf(y.year, "us-imports-total")?.value_usd_bn,
      share_of_us_imports_pct:
        y.share_of_us_imports === undefined ? undefined : Math.round(y.share_of_us_imports * 1000) / 10
    }))
  };
}
