// What changed in the tables between two versions of data/: rows added, changed (with the changed cells) and removed,
// per table, each row known by its table's key. Compares the cells as written (trimmed text), so a version whose rows
// no longer validate, or whose columns differ, can still be compared.
import {readCsv} from "./csv.js";
import {TABLES, TABLE_NAMES, type TableName} from "./tables.js";

/** One changed cell of a row kept in both versions. */
export interface CellChange {
  column: string;
  before: string;
  after: string;
}

/** A row present in both versions with different cells. */
export interface RowChange {
  key: string;
  cells: CellChange[];
}

/** The difference of one table between two versions. */
export interface TableDiff {
  table: TableName;
  file: string;
  added: string[];
  changed: RowChange[];
  removed: string[];
}

/** Totals over every table: the counts a changelog row states. */
export interface DiffCounts {
  added: number;
  changed: number;
  removed: number;
}

/** A version of data/: file name (e.g. `measures.csv`) → CSV text; a missing table is absent. */
export type DataTexts = ReadonlyMap<string, string>;

/** The rows of one CSV text by key (the table's key columns joined with " | "); the first row of a repeated key wins. */
function rowsByKey(name: TableName, text: string | undefined): Map<string, Record<string, string>> {
  const rows = new Map<string, Record<string, string>>();
  if (text === undefined) return rows;
  const csv = readCsv(TABLES[name].file, text);
  for (const {cells} of [...csv.records, ...csv.rejected]) {
    const trimmed = Object.fromEntries(Object.entries(cells).map(([c, v]) => [c, v.trim()]));
    const key = TABLES[name].key.map((c) => trimmed[c] ?? "").join(" | ");
    if (!rows.has(key)) rows.set(key, trimmed);
  }
  return rows;
}

/** Compares one table's CSV text before and after; a column only one version has counts as empty in the other. */
export function diffTable(name: TableName, before: string | undefined, after: string | undefined): TableDiff {
  const a = rowsByKey(name, before);
  const b = rowsByKey(name, after);
  const added = [...b.keys()].filter((k) => !a.has(k));
  const removed = [...a.keys()].filter((k) => !b.has(k));
  const changed: RowChange[] = [];
  for (const [key, row] of b) {
    const old = a.get(key);
    if (!old) continue;
    const columns = [...new Set([...Object.keys(old), ...Object.keys(row)])];
    const cells = columns
      .filter((c) => (old[c] ?? "") !== (row[c] ?? ""))
      .map((column) => ({column, before: old[column] ?? "", after: row[column] ?? ""}));
    if (cells.length) changed.push({key, cells});
  }
  return {table: name, file: TABLES[name].file, added, changed, removed};
}

/** Compares every table of data/ between two versions, in the tables' usual order. */
export function diffData(before: DataTexts, after: DataTexts): TableDiff[] {
  return TABLE_NAMES.map((name) => diffTable(name, before.get(TABLES[name].file), after.get(TABLES[name].file)));
}

/** Rows added, changed and removed over all tables (the changelog's own table is left out: it records the release). */
export function diffCounts(diffs: readonly TableDiff[]): DiffCounts {
  const counted = diffs.filter((d) => d.table !== "changelog");
  const sum = (f: (d: TableDiff) => number) => counted.reduce((n, d) => n + f(d), 0);
  return {
    added: sum((d) => d.added.length),
    changed: sum((d) => d.changed.length),
    removed: sum((d) => d.removed.length)
  };
}

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The report `npm run data:diff` prints: one line of counts per table that changed, then its rows (`+` added, `~`
 * changed with each changed cell as `column: "before" → "after"`, `-` removed), and a total.
 */
export function formatDiff(diffs: readonly TableDiff[], {since}: {since: string}): string {
  const lines: string[] = [];
  for (const d of diffs) {
    if (!d.added.length && !d.changed.length && !d.removed.length) continue;
    lines.push(`${d.file}: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`);
    for (const k of d.added) lines.push(`  + ${k}`);
    for (const c of d.changed) {
      lines.push(`  ~ ${c.key}`);
      for (const cell of c.cells)
        lines.push(`      ${cell.column}: ${JSON.stringify(clip(cell.before))} → ${JSON.stringify(clip(cell.after))}`);
    }
    for (const k of d.removed) lines.push(`  - ${k}`);
  }
  const total = diffCounts(diffs);
  lines.push(
    lines.length
      ? `\nsince ${since}: ${total.added} rows added, ${total.changed} changed, ${total.removed} removed`
      : `no table changed since ${since}`
  );
  return lines.join("\n");
}
