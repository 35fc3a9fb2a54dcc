// Calendar dates are UTC midnights throughout (see src/lib/cells.ts), so these helpers use UTC on purpose.

/** Formats a calendar date as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC-midnight Date of a YYYY-MM-DD string (no validation: use cells.parseIsoDate for input). */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Compares two dates for sorting, earliest first. */
export function byDate(a: Date, b: Date): number {
  return a.getTime() - b.getTime();
}
