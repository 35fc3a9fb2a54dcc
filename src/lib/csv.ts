import {parse} from "csv-parse/sync";
import type {Problem} from "./problem.js";

/** One data record of a CSV file: its cells by column name and the line it starts on. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

/** A CSV file read into records, with every structural problem found. */
export interface CsvTable {
  file: string;
  columns: string[];
  records: CsvRecord[];
  problems: Problem[];
  /** False when a quoting error stopped the read: records after it are missing. */
  complete: boolean;
  /** Records left out for a problem of their own, with the cells they do have, so their ids are still known. */
  rejected: CsvRecord[];
}

const BOM = "\uFEFF";

/**
 * Decodes bytes as UTF-8, reporting the line of the first invalid byte instead of silently inserting U+FFFD.
 * Returns the text, or a problem.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): {text: string} | {problem: Problem} {
  try {
    return {text: new TextDecoder("utf-8", {fatal: true}).decode(bytes)};
  } catch {
    let line = 1;
    // Find the first byte sequence that fails to decode; count the newlines before it.
    for (let i = 0; i < bytes.length;) {
      const width = utf8SequenceLength(bytes, i);
      if (width === 0)
        return {
          problem: {
            file,
            row: line,
            column: "-",
            message: `not valid UTF-8 (byte 0x${bytes[i].toString(16).padStart(2, "0")} at offset ${i}); save the file as UTF-8`
          }
        };
      if (bytes[i] === 0x0a) line++;
      i += width;
    }
    return {problem: {file, row: line, column: "-", message: "not valid UTF-8; save the file as UTF-8"}};
  }
}

/** Length of the well-formed UTF-8 sequence at i, or 0 where it is malformed. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const width = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
  if (width === 0 || i + width > bytes.length) return 0;
  for (let k = 1; k < width; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return width;
}

/**
 * Reads RFC 4180 CSV text with a header row. CRLF and LF line ends are both fine; a byte-order mark is accepted at the
 * very start (Excel writes one) and reported anywhere else. Records with the wrong number of fields are reported and
 * dropped; a quoting error stops the read at that record (what follows cannot be trusted) and is reported.
 */
export function readCsv(file: string, input: string): CsvTable {
  const problems: Problem[] = [];
  const text = (input.startsWith(BOM) ? input.slice(1) : input).replace(/\r\n/g, "\n");
  if (text.trim() === "") {
    return {
      file,
      columns: [],
      records: [],
      problems: [{file, row: 1, column: "-", message: "file is empty; expected a header row"}],
      complete: false,
      rejected: []
    };
  }
  const lines = text.split("\n");
  const raw: {line: number; end: number; values: string[]}[] = [];
  let lastEnd = 0;
  let complete = true;
  if (!text.includes('"') && !text.includes("\r")) {
    // Fast path: without quotes (or stray carriage returns) a record is a line and a field is what lies between commas,
    // exactly what csv-parse yields, at a fraction of its cost on the tariff-line tables (tens of thousands of rows).
    lines.forEach((l, i) => {
      if (l !== "") raw.push({line: i + 1, end: i + 1, values: l.split(",")});
    });
  } else
    try {
      parse(text, {
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
        // With `info`, csv-parse hands on_record {record, info} although its types say string[].
        on_record: ((entry: {record: string[]; info: {lines: number}}) => {
          const {record, info} = entry;
          // info.lines is the line the record ends on; it starts after the previous record's end (blank lines aside).
          const start = firstNonBlankLine(lines, lastEnd + 1, info.lines);
          raw.push({line: start, end: info.lines, values: record});
          lastEnd = info.lines;
          return null;
        }) as unknown as (record: string[]) => null
      });
    } catch (error) {
      const e = error as {code?: string; lines?: number; message: string};
      const line =
        e.code === "CSV_QUOTE_NOT_CLOSED"
          ? firstNonBlankLine(lines, lastEnd + 1, e.lines ?? lastEnd + 1)
          : (e.lines ?? lastEnd + 1);
      const message =
        e.code === "CSV_QUOTE_NOT_CLOSED"
          ? "a quoted cell starts here and is never closed (missing closing double quote)"
          : e.code === "CSV_INVALID_CLOSING_QUOTE"
            ? "text follows a closing quote; inside a quoted cell write a double quote as two double quotes"
            : `malformed CSV: ${e.message}`;
      problems.push({file, row: line, column: "-", message});
      complete = false;
    }
  if (raw.length === 0) return {file, columns: [], records: [], problems, complete: false, rejected: []};
  const [header, ...body] = raw;
  const columns = header.values.map((c) => c.trim());
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    if (c === "") problems.push({file, row: 1, column: `#${i + 1}`, message: "header cell is empty"});
    else if (seen.has(c)) problems.push({file, row: 1, column: c, message: "column appears twice in the header"});
    seen.add(c);
  });
  const records: CsvRecord[] = [];
  const rejected: CsvRecord[] = [];
  for (const {line, values} of body) {
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => (cells[c] = (values[i] ?? "").replaceAll(BOM, "")));
    if (values.length !== columns.length) {
      problems.push({
        file,
        row: line,
        column: "-",
        message: `has ${values.length} field${values.length === 1 ? "" : "s"}, the header has ${columns.length}`
      });
      rejected.push({line, cells});
      continue;
    }
    const stray = columns.filter((c, i) => values[i].includes(BOM));
    for (const c of stray)
      problems.push({file, row: line, column: c, message: "contains a stray byte-order mark (U+FEFF); remove it"});
    (stray.length ? rejected : records).push({line, cells});
  }
  return {file, columns, records, problems, complete, rejected};
}

/** The first line in [from, to] that is not blank, so a record's reported line is where its text starts. */
function firstNonBlankLine(lines: readonly string[], from: number, to: number): number {
  for (let l = from; l < to; l++) if ((lines[l - 1] ?? "").trim() !== "") return l;
  return to;
}
