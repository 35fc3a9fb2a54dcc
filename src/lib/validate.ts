import {readCsv, decodeUtf8} from "./csv.js";
import {isoDay} from "./dates.js";
import type {Problem} from "./problem.js";
import {laneReach} from "./derive/reach.js";
import {LANE_LABELS, laneOf, type Lane} from "./lanes.js";
import {metaRecordSchema, type MetaRecord} from "./schema.js";
import {TABLES, TABLE_NAMES, type Dataset, type TableName, type TableSpec} from "./tables.js";
import {missingGerman} from "./i18n/dataText.js";

/** Each raw table's file inside data/. */
const TABLE_FILES = Object.fromEntries(TABLE_NAMES.map((name) => [name, TABLES[name].file])) as Record<
  TableName,
  string
>;

/** What a data folder holds: file name → raw bytes (or text). Missing tables are simply absent. */
export type DataFiles = ReadonlyMap<string, Uint8Array | string>;

/** A validated row together with the line it came from, for cross-table messages. */
interface Located {
  line: number;
  row: Record<string, unknown>;
}

/** Result of validating a data folder: the typed tables (valid rows only) and every problem found. */
export interface Validation {
  dataset: Dataset;
  problems: Problem[];
}

/** Options for validateDataset. */
export interface ValidateOptions {
  /** Prefix of file names in messages; `data/` by default. */
  dir?: string;
}

/**
 * Validates every table of a data folder: CSV structure, header, each cell against its schema, unique keys,
 * references between tables, date order, and the rules that span tables. Collects all problems; never throws for bad
 * data. Rows with a problem of their own are left out of the dataset.
 */
export function validateDataset(files: DataFiles, {dir = "data/"}: ValidateOptions = {}): Validation {
  const problems: Problem[] = [];
  const located = {} as Record<TableName, Located[]>;
  // Ids of every record, valid or not: a row dropped for a bad cell must not make references to it look dangling.
  const ids = {} as Record<TableName, Set<string>>;
  const broken = new Set<TableName>();
  for (const name of TABLE_NAMES) {
    const spec: TableSpec = TABLES[name];
    const file = dir + spec.file;
    located[name] = [];
    ids[name] = new Set();
    const content = files.get(spec.file);
    if (content === undefined) {
      // A checkout without line data (data/lines/) is valid: the estimate then says it has no line data.
      if (spec.optional) continue;
      problems.push({file, row: 1, column: "-", message: "file is missing"});
      broken.add(name);
      continue;
    }
    const read = readTableRows(file, content, spec, problems, ids[name]);
    if (!read.complete) broken.add(name);
    located[name] = read.rows;
  }
  checkKeys(located, dir, problems);
  checkReferences(located, ids, broken, dir, problems);
  checkDateOrder(located, dir, problems);
  checkCrossTableRules(located, broken, dir, problems);
  const dataset = Object.fromEntries(TABLE_NAMES.map((name) => [name, located[name].map((l) => l.row)])) as Dataset;
  problems.push(...missingGerman(located, dataset, TABLE_FILES, dir));
  return {dataset, problems};
}

/**
 * Reads and types one table's valid rows. `complete` is false when some records could not be read at all (bad
 * encoding, broken quoting, missing columns), so other tables' references into it cannot be judged.
 */
function readTableRows(
  file: string,
  content: Uint8Array | string,
  spec: TableSpec,
  problems: Problem[],
  ids: Set<string>
): {rows: Located[]; complete: boolean} {
  let text: string;
  if (typeof content === "string") text = content;
  else {
    const decoded = decodeUtf8(file, content);
    if ("problem" in decoded) {
      problems.push(decoded.problem);
      return {rows: [], complete: false};
    }
    text = decoded.text;
  }
  const csv = readCsv(file, text);
  problems.push(...csv.problems);
  if (csv.columns.length === 0) return {rows: [], complete: false};
  const expected = Object.keys(spec.schema.shape);
  const missing = expected.filter((c) => !csv.columns.includes(c) && !spec.optionalColumns?.includes(c));
  for (const c of csv.columns) {
    if (c !== "" && !expected.includes(c)) {
      problems.push({file, row: 1, column: c, message: `unknown column; expected the columns ${expected.join(", ")}`});
    }
  }
  for (const c of missing)
    problems.push({file, row: 1, column: c, message: "required column is missing from the header"});
  if (missing.length > 0) return {rows: [], complete: false};
  const rows: Located[] = [];
  const idColumn = spec.key.length === 1 ? spec.key[0] : undefined;
  for (const record of csv.rejected) if (idColumn && record.cells[idColumn]) ids.add(record.cells[idColumn].trim());
  for (const record of csv.records) {
    const cells = Object.fromEntries(expected.map((c) => [c, record.cells[c] ?? ""]));
    // A table's id column is its single key column (id, or scope for tariff_scopes).
    if (idColumn && cells[idColumn] !== undefined) ids.add(cells[idColumn].trim());
    const parsed = spec.schema.safeParse(cells);
    if (parsed.success) rows.push({line: record.line, row: parsed.data as Record<string, unknown>});
    else {
      for (const issue of parsed.error.issues) {
        problems.push({file, row: record.line, column: String(issue.path[0] ?? "-"), message: issue.message});
      }
    }
  }
  return {rows, complete: csv.complete};
}

/** Stringifies a key cell (dates as YYYY-MM-DD) for uniqueness and lookups. */
export function keyOf(value: unknown): string {
  return value instanceof Date ? isoDay(value) : String(value);
}

/** Reports repeated keys and keeps only the first row of each key, so later checks see one row per id. */
function checkKeys(located: Record<TableName, Located[]>, dir: string, problems: Problem[]) {
  for (const name of TABLE_NAMES) {
    const {key, file} = TABLES[name];
    const first = new Map<string, number>();
    located[name] = located[name].filter(({line, row}) => {
      const k = key.map((c) => keyOf(row[c])).join(" | ");
      const seen = first.get(k);
      if (seen === undefined) {
        first.set(k, line);
        return true;
      } else {
        const what = key.length === 1 ? `id ${JSON.stringify(k)}` : `${key.join(" + ")} ${JSON.stringify(k)}`;
        problems.push({
          file: dir + file,
          row: line,
          column: key[0],
          message: `duplicate ${what}; first used on line ${seen}`
        });
        return false;
      }
    });
  }
}

function checkReferences(
  located: Record<TableName, Located[]>,
  ids: Record<TableName, Set<string>>,
  broken: Set<TableName>,
  dir: string,
  problems: Problem[]
) {
  for (const name of TABLE_NAMES) {
    const spec: TableSpec = TABLES[name];
    for (const {column, table} of spec.refs) {
      // A table that could not be read would make every reference to it look dangling: say it once, at the file.
      if (broken.has(table)) continue;
      for (const {line, row} of located[name]) {
        const value = row[column];
        const refs = Array.isArray(value) ? value : value === undefined ? [] : [value];
        for (const ref of refs) {
          if (!ids[table].has(String(ref))) {
            problems.push({
              file: dir + spec.file,
              row: line,
              column,
              message: `refers to ${JSON.stringify(ref)}, which is not an id in ${TABLES[table].file}`
            });
          }
        }
      }
    }
  }
}

function checkDateOrder(located: Record<TableName, Located[]>, dir: string, problems: Problem[]) {
  for (const name of TABLE_NAMES) {
    const spec: TableSpec = TABLES[name];
    for (const [before, after] of spec.dateOrder) {
      for (const {line, row} of located[name]) {
        const a = row[before],
          b = row[after];
        if (a instanceof Date && b instanceof Date && b < a) {
          problems.push({
            file: dir + spec.file,
            row: line,
            column: after,
            message: `${keyOf(b)} is before ${before} ${keyOf(a)}`
          });
        }
      }
    }
  }
}

/** What each meta.csv key holds, for the message when its row is missing. */
const META_MEANING: Partial<Record<string, string>> = {
  as_of: "the date the record reaches (its newest lane's checked-through date)",
  commentary_date: "the commentary's publication date"
};

/**
 * Types meta.csv's key/value rows with metaRecordSchema: a bad value is reported at its own row (column `value`), a
 * missing key at the header. Returns the typed record when it is valid.
 */
function checkMeta(located: Record<TableName, Located[]>, dir: string, problems: Problem[]): MetaRecord | undefined {
  const file = dir + TABLES.meta.file;
  const lineOf = new Map(located.meta.map(({line, row}) => [String(row.key), line]));
  const cells = Object.fromEntries(
    Object.keys(metaRecordSchema.shape).map((key) => {
      const row = located.meta.find((l) => l.row.key === key)?.row;
      return [key, row?.value === undefined ? "" : String(row.value)];
    })
  );
  const parsed = metaRecordSchema.safeParse(cells);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      const line = lineOf.get(key);
      if (line === undefined)
        problems.push({
          file,
          row: 1,
          column: "key",
          message: `needs a row "${key}"${META_MEANING[key] ? ` with ${META_MEANING[key]}` : ""}`
        });
      else problems.push({file, row: line, column: "value", message: `${key} ${issue.message}`});
    }
    return undefined;
  }
  return parsed.data;
}

/** Rules that need several tables at once: the meta record, status histories, tariff steps, rule thresholds. */
function checkCrossTableRules(
  located: Record<TableName, Located[]>,
  broken: Set<TableName>,
  dir: string,
  problems: Problem[]
) {
  const path = (name: TableName) => dir + TABLES[name].file;
  const meta = broken.has("meta") ? undefined : checkMeta(located, dir, problems);
  // Each lane reaches as far as the newest source it cites (derive/reach.ts): the "now" of its statuses.
  const reach = laneReach(Object.fromEntries(TABLE_NAMES.map((n) => [n, located[n].map((l) => l.row)])) as Dataset);
  const checkedThrough = (lane: Lane) => reach.get(lane)?.date ?? meta?.as_of;
  // A source row dropped for a bad cell would make its lanes look shorter than they are: judge them on a clean table.
  const sourcesComplete = !broken.has("sources") && !problems.some((p) => p.file === path("sources"));
  if (meta)
    for (const {line, row} of located.sources) {
      if (row.date instanceof Date && row.date > meta.as_of)
        problems.push({
          file: path("sources"),
          row: line,
          column: "date",
          message: `${keyOf(row.date)} is after the as-of date ${keyOf(meta.as_of)} in meta.csv`
        });
    }
  // as_of states how far the record reaches as a whole: the newest lane's checked-through date, never a day no source
  // of the record reached (a "now" beyond the sources would claim what nobody checked).
  const newest = [...reach.values()].sort(
    (a, b) => b.date.getTime() - a.date.getTime() || a.source_id.localeCompare(b.source_id)
  )[0];
  if (meta && newest && sourcesComplete && newest.date.getTime() !== meta.as_of.getTime())
    problems.push({
      file: path("meta"),
      row: located.meta.find((l) => l.row.key === "as_of")!.line,
      column: "value",
      message: `as_of ${keyOf(meta.as_of)} is not the newest checked-through date of the record, ${keyOf(newest.date)} (the ${LANE_LABELS[newest.lane]} lane, source ${JSON.stringify(newest.source_id)}); state that date`
    });
  const measures = new Map(located.measures.map(({row}) => [String(row.id), row]));
  for (const {line, row} of located.measure_status) {
    const m = measures.get(String(row.measure_id));
    const date = row.date as Date;
    if (m && date < (m.announced as Date)) {
      problems.push({
        file: path("measure_status"),
        row: line,
        column: "date",
        message: `${keyOf(date)} is before the measure was announced (${keyOf(m.announced)})`
      });
    }
    const lane = m ? laneOf(m as Parameters<typeof laneOf>[0]) : undefined;
    const through = lane ? checkedThrough(lane) : undefined;
    // A step still to come is "scheduled"; every other status is a fact about a day some source of the lane reached.
    if (sourcesComplete && lane && through && row.status !== "scheduled" && date > through) {
      const newest = reach.get(lane);
      problems.push({
        file: path("measure_status"),
        row: line,
        column: "date",
        message: `${keyOf(date)} is after the ${LANE_LABELS[lane]} lane is checked through (${keyOf(through)}, ${newest ? `the newest source it cites, ${JSON.stringify(newest.source_id)}` : "as_of in meta.csv"}); cite a source of that date or later, or give a step still to come the status "scheduled"`
      });
    }
    // A scheduled day the checked record has passed must say what happened on it (a later entry of the measure).
    const resolved = located.measure_status.some(
      (o) => o.row.measure_id === row.measure_id && o.row.status !== "scheduled" && (o.row.date as Date) >= date
    );
    if (sourcesComplete && lane && through && row.status === "scheduled" && date <= through && !resolved) {
      problems.push({
        file: path("measure_status"),
        row: line,
        column: "status",
        message: `scheduled for ${keyOf(date)}, but the ${LANE_LABELS[lane]} lane is checked through ${keyOf(through)}: record what happened on that day (in-force, extended, revoked, …)`
      });
    }
  }
  for (const {line, row} of located.tariff_actions) {
    const m = measures.get(String(row.measure_id));
    if (m && m.instrument !== "tariff") {
      problems.push({
        file: path("tariff_actions"),
        row: line,
        column: "measure_id",
        message: `${JSON.stringify(row.measure_id)} is a measure of instrument "${m.instrument}", not "tariff"`
      });
    }
  }
  // One page, one source row: a second id for the same URL splits its citations and shows twice on the pages.
  const urls = new Map<string, {line: number; id: unknown}>();
  for (const {line, row} of located.sources) {
    const url = String(row.url).replace(/\/+$/, "");
    const first = urls.get(url);
    if (first)
      problems.push({
        file: path("sources"),
        row: line,
        column: "url",
        message: `same page as source ${JSON.stringify(first.id)} on line ${first.line}; cite that id instead`
      });
    else urls.set(url, {line, id: row.id});
  }
  const groups = new Map<string, {line: number; total: unknown}>();
  for (const {line, row} of located.tariff_scopes) {
    if (row.covered_usd_bn === undefined && (row.covered_year !== undefined || row.covered_group !== undefined)) {
      const column = row.covered_year !== undefined ? "covered_year" : "covered_group";
      problems.push({
        file: path("tariff_scopes"),
        row: line,
        column,
        message: `gives a ${column.replace("covered_", "")} but no covered_usd_bn; give the value too, or leave it empty`
      });
    }
    if (row.covered_group !== undefined) {
      const first = groups.get(String(row.covered_group));
      if (!first) groups.set(String(row.covered_group), {line, total: row.covered_usd_bn});
      else if (first.total !== row.covered_usd_bn) {
        problems.push({
          file: path("tariff_scopes"),
          row: line,
          column: "covered_usd_bn",
          message: `${row.covered_usd_bn} differs from the total ${first.total} of group "${row.covered_group}" on line ${first.line}; every scope of a group repeats the group's total`
        });
      }
    }
  }
  checkLineRules(located, path, problems);
  for (const {line, row} of located.chip_rule_thresholds) {
    const {min, max} = row as {min?: number; max?: number};
    if (min === undefined && max === undefined)
      problems.push({
        file: path("chip_rule_thresholds"),
        row: line,
        column: "min",
        message: "a threshold needs a min, a max, or both"
      });
    else if (min !== undefined && max !== undefined && !(min < max))
      problems.push({
        file: path("chip_rule_thresholds"),
        row: line,
        column: "max",
        message: `${max} is not above min ${min}`
      });
  }
}

/**
 * Rules of the line-level tables: a stacking rule names two different scopes and no pair has two rules; the periods of
 * one weighting basis do not overlap; every scope a line table uses has dated steps in tariff_actions.csv.
 */
function checkLineRules(located: Record<TableName, Located[]>, path: (name: TableName) => string, problems: Problem[]) {
  const pairs = new Map<string, number>();
  for (const {line, row} of located.line_stacking) {
    if (row.scope === row.other)
      problems.push({file: path("line_stacking"), row: line, column: "other", message: "names the rule's own scope"});
    const pair = [row.scope, row.other].sort().join(" + ");
    const first = pairs.get(pair);
    if (first !== undefined)
      problems.push({
        file: path("line_stacking"),
        row: line,
        column: "other",
        message: `a second rule for the pair ${pair}; the first is on line ${first}`
      });
    else pairs.set(pair, line);
  }
  const periods = new Map<string, {line: number; from: number; to: number}[]>();
  for (const {line, row} of located.line_bases) {
    const key = `${row.direction} ${row.basis}`;
    const from = row.date_from instanceof Date ? row.date_from.getTime() : -Infinity;
    const to = row.date_to instanceof Date ? row.date_to.getTime() : Infinity;
    const earlier = periods.get(key) ?? [];
    const clash = earlier.find((p) => p.from < to && from < p.to);
    if (clash)
      problems.push({
        file: path("line_bases"),
        row: line,
        column: "date_from",
        message: `overlaps the period of basis "${row.basis}" (${row.direction}) on line ${clash.line}; periods of one basis must not overlap`
      });
    periods.set(key, [...earlier, {line, from, to}]);
  }
  const scopeIds = new Set(located.tariff_scopes.map(({row}) => String(row.scope)));
  for (const {line, row} of located.published_estimates)
    for (const {scope} of (row.their_rates as {scope: string}[] | undefined) ?? [])
      if (!scopeIds.has(scope))
        problems.push({
          file: path("published_estimates"),
          row: line,
          column: "their_rates",
          message: `refers to ${JSON.stringify(scope)}, which is not a scope in tariff_scopes.csv`
        });
  // Only judged when every step was read: a step dropped for a bad cell would make its scope look stepless.
  if (problems.some((p) => p.file === path("tariff_actions"))) return;
  const stepped = new Set(located.tariff_actions.map(({row}) => String(row.scope)));
  for (const name of ["us_scope_lines", "cn_scope_lines"] as const) {
    const reported = new Set<string>();
    for (const {line, row} of located[name]) {
      const scope = String(row.scope);
      if (stepped.has(scope) || reported.has(scope)) continue;
      reported.add(scope);
      problems.push({
        file: path(name),
        row: line,
        column: "scope",
        message: `scope ${JSON.stringify(scope)} has no rate steps in tariff_actions.csv; add its dated steps there`
      });
    }
  }
}
