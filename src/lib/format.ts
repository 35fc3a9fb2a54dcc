// Number and date formatting shared by pages and components: one place, so figures read the same everywhere, in each
// language. `formats(lang)` is the whole set; the bare exports (`pct`, `longDate`, `label`, …) are the English forms.
import {utcFormat} from "d3";
import type {Lang} from "./i18n/index.js";

/** Every number and date form a page or chart writes, in one language. */
export interface Formats {
  /** The BCP 47 locale the forms follow ("en-US", "de-DE"). */
  locale: string;
  /** "12.3%" / "12,3 %" (one decimal by default), or "–" for a missing value. */
  pct(value: number | undefined, digits?: number): string;
  /** A percentage as the value has it: "25%", "7.5%" / "25 %", "7,5 %" (rates and tick labels). */
  rate(value: number): string;
  /** "$438.9bn" / "438,9 Mrd. $", or "–". */
  usdBn(value: number | undefined, digits?: number): string;
  /** "−$202.1bn" / "−202,1 Mrd. $" for a deficit, "$3.0bn" / "3,0 Mrd. $" for a surplus, or "–". */
  signedUsdBn(value: number | undefined, digits?: number): string;
  /** "1,234.5" / "1.234,5" with exactly `digits` decimals (default: as many as the value has, up to three). */
  number(value: number | undefined, digits?: number): string;
  /** "14 May 2025", "7 Nov 2025" / "14. Mai 2025", "7. Nov. 2025" (short months, as in English) from a UTC calendar date, or "–". */
  longDate(date: Date | undefined): string;
  /** "Nov 2025" / "Nov. 2025" from a UTC calendar date. */
  monthYear(date: Date): string;
  /** "a, b and c" / "a, b und c"; `or` joins with "or" / "oder". */
  list(items: readonly string[], or?: boolean): string;
  /** "1st", "2nd", "23rd" / "1.", "2.", "23.". */
  ordinal(n: number): string;
  /**
   * Tick format of a time axis for Plot: undefined in English (Plot's own, which the English snapshots hold), German
   * years and months ("2025", "Apr.", "14. Apr.") in German.
   */
  timeTick: ((date: Date) => string) | undefined;
  /** Tick format of a number axis for Plot: undefined in English (Plot's own), decimal commas in German. */
  numberTick: ((value: number) => string) | undefined;
}

const MISSING = "–";
const enDay = utcFormat("%-d %b %Y");
const enMonth = utcFormat("%b %Y");

/** Memoized Intl formatters (built once per locale and option set). */
const numberFormats = new Map<string, Intl.NumberFormat>();
function intlNumber(locale: string, digits: number | undefined): Intl.NumberFormat {
  const key = `${locale}|${digits ?? ""}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locale,
      digits === undefined ? {maximumFractionDigits: 3} : {minimumFractionDigits: digits, maximumFractionDigits: digits}
    );
    numberFormats.set(key, f);
  }
  return f;
}

const enOrdinal = new Intl.PluralRules("en-US", {type: "ordinal"});
const EN_ORDINAL_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = {one: "st", two: "nd", few: "rd"};

const en: Formats = {
  locale: "en-US",
  pct: (value, digits = 1) => (value === undefined || Number.isNaN(value) ? MISSING : `${value.toFixed(digits)}%`),
  rate: (value) => `${value}%`,
  usdBn: (value, digits = 1) => (value === undefined ? MISSING : `$${intlNumber("en-US", digits).format(value)}bn`),
  signedUsdBn: (value, digits = 1) =>
    value === undefined ? MISSING : value < 0 ? `−${en.usdBn(-value, digits)}` : en.usdBn(value, digits),
  number: (value, digits) => (value === undefined ? MISSING : intlNumber("en-US", digits).format(value)),
  longDate: (date) => (date ? enDay(date) : MISSING),
  monthYear: (date) => enMonth(date),
  list: (items, or = false) => new Intl.ListFormat("en-US", {type: or ? "disjunction" : "conjunction"}).format(items),
  ordinal: (n) => `${n}${EN_ORDINAL_SUFFIX[enOrdinal.select(n)] ?? "th"}`,
  timeTick: undefined,
  numberTick: undefined
};

const dePercent = new Map<number, Intl.NumberFormat>();
const deDay = new Intl.DateTimeFormat("de-DE", {day: "numeric", month: "short", year: "numeric", timeZone: "UTC"});
const deMonthYear = new Intl.DateTimeFormat("de-DE", {month: "short", year: "numeric", timeZone: "UTC"});
const deMonth = new Intl.DateTimeFormat("de-DE", {month: "short", timeZone: "UTC"});
const deDayMonth = new Intl.DateTimeFormat("de-DE", {day: "numeric", month: "short", timeZone: "UTC"});
/** The space Intl puts between a German number and its unit (no break, so "438,9 Mrd. $" stays on one line). */
const NBSP = "\u00a0";

const de: Formats = {
  locale: "de-DE",
  pct(value, digits = 1) {
    if (value === undefined || Number.isNaN(value)) return MISSING;
    let f = dePercent.get(digits);
    if (!f) {
      f = new Intl.NumberFormat("de-DE", {
        style: "percent",
        minimumFractionDigits: digits,
        maximumFractionDigits: digits
      });
      dePercent.set(digits, f);
    }
    return f.format(value / 100);
  },
  rate: (value) => `${intlNumber("de-DE", undefined).format(value)}${NBSP}%`,
  usdBn: (value, digits = 1) =>
    value === undefined ? MISSING : `${intlNumber("de-DE", digits).format(value)}${NBSP}Mrd.${NBSP}$`,
  signedUsdBn: (value, digits = 1) =>
    value === undefined ? MISSING : value < 0 ? `−${de.usdBn(-value, digits)}` : de.usdBn(value, digits),
  number: (value, digits) => (value === undefined ? MISSING : intlNumber("de-DE", digits).format(value)),
  longDate: (date) => (date ? deDay.format(date) : MISSING),
  monthYear: (date) => deMonthYear.format(date),
  list: (items, or = false) => new Intl.ListFormat("de-DE", {type: or ? "disjunction" : "conjunction"}).format(items),
  ordinal: (n) => `${n}.`,
  timeTick: (date) =>
    date.getUTCDate() !== 1
      ? deDayMonth.format(date)
      : date.getUTCMonth() === 0
        ? String(date.getUTCFullYear())
        : deMonth.format(date),
  // A true minus sign, as Plot writes English ticks (Intl writes a hyphen).
  numberTick: (value) => intlNumber("de-DE", undefined).format(value).replace("-", "−")
};

const FORMATS: Record<Lang, Formats> = {en, de};

/** The number and date forms of a language (English by default). */
export function formats(lang: Lang = "en"): Formats {
  return FORMATS[lang];
}

/** "12.3%" (one decimal), or "–" for a missing value. */
export const pct = en.pct;

/** "$438.9bn" */
export const usdBn = en.usdBn;

/** "−$202.1bn" for a deficit, "$3.0bn" for a surplus. */
export const signedUsdBn = en.signedUsdBn;

/** "14 May 2025" from a UTC calendar date. */
export const longDate = en.longDate;

/** "Nov 2025" from a UTC calendar date. */
export const monthYear = en.monthYear;
