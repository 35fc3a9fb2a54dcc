// Data text in two languages. A raw table keeps the German form of a text column in `COLUMN_de`, right after it
// (src/lib/schema.ts, germanText); derived rows carry the same `_de` fields where they copy or write text (timeline
// titles, the tariff comparison's reasons, the estimate notes, trade releases). The whole-table files and downloads
// keep both; a page's data file is in one language, with the English column names and no `_de` column.
import type {Problem} from "../problem.js";
import {PAGE_MEASURES} from "../outputs.js";
import type {Dataset, TableName} from "../tables.js";
import type {Lang} from "./index.js";

/** The suffix of a German column: `title_de` is the German form of `title`. */
export const GERMAN_SUFFIX = "_de";

/** Whether a column name is the German form of another column. */
export function isGermanColumn(column: string): boolean {
  return column.endsWith(GERMAN_SUFFIX);
}

/** The text columns of a schema that have a German form (each `COLUMN` whose `COLUMN_de` exists), in order. */
export function germanColumns(columns: readonly string[]): string[] {
  return columns.filter((c) => !isGermanColumn(c) && columns.includes(c + GERMAN_SUFFIX));
}

/**
 * One row in a language, with the English column names and no `_de` column: in German each text column takes its
 * German form where the row has one (a row no page shows may lack it, and keeps its English text); in English the
 * German forms are dropped. A row without `_de` columns is returned as it is.
 */
export function rowIn<T extends object>(row: T, lang: Lang): T {
  const keys = Object.keys(row);
  if (!keys.some(isGermanColumn)) return row;
  const out: Record<string, unknown> = {};
  const r = row as Record<string, unknown>;
  for (const k of keys) {
    if (isGermanColumn(k)) continue;
    const german = r[k + GERMAN_SUFFIX];
    out[k] = lang === "de" && typeof german === "string" && german !== "" ? german : r[k];
  }
  return out as T;
}

/** Rows in a language (see rowIn); a table whose rows have no `_de` column is returned as it is. */
export function rowsIn<T extends object>(rows: readonly T[], lang: Lang): readonly T[] {
  return rows.some((r) => Object.keys(r).some(isGermanColumn)) ? rows.map((r) => rowIn(r, lang)) : rows;
}

/** Every table in a language (see rowIn). */
export function tablesIn(tables: Record<string, readonly unknown[]>, lang: Lang): Record<string, readonly unknown[]> {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rowsIn(rows as object[], lang)]));
}

/** Which rows of a raw table a page shows: every row, or the rows a predicate keeps. */
type Shown<T> = true | ((row: T, dataset: Dataset) => boolean);

/** The tariff scopes some rate step uses: the Tariffs page names their goods. */
const stepScopes = (dataset: Dataset) => new Set(dataset.tariff_actions.map((a) => a.scope));

/**
 * The raw tables whose text the pages show, and which of their rows: each such row needs the German form of every
 * text column that has one (where the English cell is not empty). Measures and events appear on the timeline, the
 * status notes of the Controls page's measures in its status history, every scope that a rate step uses in the tariff
 * tables, and so on (src/lib/outputs.ts PAGE_TABLES says which page reads what).
 */
export const SHOWN_ROWS: {[T in TableName]?: Shown<Dataset[T][number]>} = {
  measures: true,
  measure_status: (s, dataset) => {
    const m = dataset.measures.find((x) => x.id === s.measure_id);
    return m !== undefined && PAGE_MEASURES.controls!(m);
  },
  tariff_scopes: (s, dataset) => stepScopes(dataset).has(s.scope),
  chips: true,
  chip_rules: true,
  events: true,
  trade: true,
  excerpts: true,
  counterpoints: true,
  forecasts: true,
  changelog: true,
  line_bases: true
};

/** A table's rows as validation located them: the row and its line in the file. */
export interface LocatedRow {
  line: number;
  row: Record<string, unknown>;
}

/**
 * `data/FILE.csv:ROW:COLUMN_de: German text missing (the pages show this row)` for every row a page shows (SHOWN_ROWS)
 * whose English text in a column with a German form is set and whose German is empty; and the same for meta.csv's
 * `commentary_date_note_de` when the note is set (the Commentary and Methods pages print it).
 */
export function missingGerman(
  located: {[T in TableName]?: readonly LocatedRow[]},
  dataset: Dataset,
  files: {[T in TableName]?: string},
  dir: string
): Problem[] {
  const problems: Problem[] = [];
  for (const [name, shown] of Object.entries(SHOWN_ROWS) as [TableName, Shown<unknown>][]) {
    const rows = located[name] ?? [];
    if (rows.length === 0) continue;
    const columns = germanColumns([...new Set(rows.flatMap((r) => Object.keys(r.row)))]);
    for (const {line, row} of rows) {
      if (shown !== true && !shown(row, dataset)) continue;
      for (const c of columns)
        if (isSet(row[c]) && !isSet(row[c + GERMAN_SUFFIX]))
          problems.push({file: dir + files[name], row: line, column: c + GERMAN_SUFFIX, message: MISSING});
    }
  }
  const meta = located.meta ?? [];
  const note = meta.find((m) => m.row.key === "commentary_date_note");
  const german = meta.find((m) => m.row.key === "commentary_date_note_de");
  if (note && isSet(note.row.value) && !isSet(german?.row.value))
    problems.push({
      file: dir + files.meta,
      row: german?.line ?? note.line,
      column: "commentary_date_note_de",
      message: german ? MISSING : `${MISSING}; add the key commentary_date_note_de with the German note`
    });
  return problems;
}

const MISSING = "German text missing (the pages show this row)";
const isSet = (v: unknown) => typeof v === "string" && v.trim() !== "";
