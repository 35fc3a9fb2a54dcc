// Loaders write JSON; pages read it back. Dates travel as YYYY-MM-DD strings (calendar dates, UTC) and are revived
// into UTC-midnight Dates. The wire types are derived from the row types, never written by hand.
import {day, isoDay} from "./dates.js";

/** The JSON form of a row type: Dates become YYYY-MM-DD strings, everything else stays. */
export type Wire<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | undefined ? string | undefined : T[K];
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Serialises rows to JSON text with dates as YYYY-MM-DD and a stable layout (one row per line). */
export function toJson(rows: unknown): string {
  const replacer = function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? isoDay(raw) : value;
  };
  if (Array.isArray(rows)) return `[\n${rows.map((r) => JSON.stringify(r, replacer)).join(",\n")}\n]\n`;
  return JSON.stringify(rows, replacer, 1) + "\n";
}

/**
 * Revives the rows a loader wrote: every string value of the form YYYY-MM-DD becomes a UTC-midnight Date. Text fields
 * never hold a bare date in this data model (data/README.md), so the rule is unambiguous.
 */
export function revive<T>(rows: readonly Wire<T>[]): T[] {
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row as Record<string, unknown>)) {
      out[k] = typeof v === "string" && ISO_DAY.test(v) ? day(v) : v;
    }
    return out as T;
  });
}

/** Revives every table of a page's data file (`pages/PAGE.json`: table name → rows), as `revive` does one table. */
export function reviveTables(
  tables: Record<string, readonly Wire<unknown>[]>
): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, revive<Record<string, unknown>>(rows)])
  );
}
