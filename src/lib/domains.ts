// The shared axes: one time axis for the timeline-like charts and one year axis for the trade charts, so charts on
// different pages line up. Calendar dates in UTC (see dates.ts).

/** 1 January of a date's year. */
export function yearStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
}

/**
 * The shared time axis of the timeline-like charts: from the Section 301 investigation (1 July 2017), or `from`, to
 * the first of the month after the as-of date.
 */
export function timeDomain(asOf: Date, {from}: {from?: Date} = {}): [Date, Date] {
  return [from ?? new Date(Date.UTC(2017, 6, 1)), new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() + 1, 1))];
}

/** A calendar year's value sits at mid-year (1 July), inside the band from 1 January to 31 December. */
export function yearMid(year: number): Date {
  return new Date(Date.UTC(year, 6, 1));
}

/** Every calendar year from the first to the last in the rows, as band-scale labels; missing years keep a slot. */
export function yearSlots(rows: readonly {year: number}[]): string[] {
  const years = rows.map((r) => r.year);
  const [first, last] = years.length ? [Math.min(...years), Math.max(...years)] : [0, -1];
  return Array.from({length: last - first + 1}, (_, k) => String(first + k));
}

/** The time axis of the trade charts: 1 January of the first year to 1 January after the last (2018 with no rows). */
export function yearDomain(rows: readonly {year: number}[]): [Date, Date] {
  const years = rows.map((r) => r.year);
  const first = years.length ? Math.min(...years) : 2018;
  const last = years.length ? Math.max(...years) : 2018;
  return [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))];
}

/** Every year of a list of years, as ranges: "2018–2020, 2022". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let k = 0; k < sorted.length;) {
    let j = k;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === k ? String(sorted[k]) : `${sorted[k]}–${sorted[j]}`);
    k = j + 1;
  }
  return parts.join(", ");
}

/**
 * One y maximum for both directions of the tariff charts (ours and the trackers drawn), rounded up to 10 and at least
 * 10, so their heights compare honestly. A published figure of one authority's part (`authority` set) is not drawn.
 */
export function tariffYMax(
  series: readonly {total_pct: number}[],
  published: readonly {publisher: string; rate_pct: number; authority?: string}[] = [],
  publishers: readonly string[] = ["PIIE", "Yale Budget Lab"]
): number {
  const drawn = published.filter((p) => !p.authority && publishers.includes(p.publisher)).map((p) => p.rate_pct);
  return Math.max(10, Math.ceil(Math.max(0, ...series.map((p) => p.total_pct), ...drawn) / 10) * 10);
}
