// Small joins and counts the pages and charts share, so no page builds its own lookup.

/** Rows by their `id`. */
export function indexById<T extends {id: string}>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

/** How many rows have each of the given values (every value is a key, 0 where none has it). */
export function countBy<T, K extends string>(
  rows: readonly T[],
  key: (row: T) => K,
  values: readonly K[]
): Record<K, number> {
  const counts = Object.fromEntries(values.map((v) => [v, 0])) as Record<K, number>;
  for (const r of rows) {
    const k = key(r);
    if (k in counts) counts[k]++;
  }
  return counts;
}
