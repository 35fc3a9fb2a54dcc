import {isoDay} from "./dates.js";

// Spreadsheets run cells that start with these as formulas (CSV injection, OWASP): prefix them with a quote.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a cell a spreadsheet would evaluate as a formula; plain negative numbers stay numbers. */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

/** Formats one cell value: dates as YYYY-MM-DD, lists joined with `;`, missing as empty. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) return value.map(cellText).join(";");
  return String(value);
}

/** One RFC 4180 field: quoted (inner quotes doubled) when it holds a quote, comma or line break. */
function field(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats rows as RFC 4180 CSV (columns in first-seen order), safe to open in a spreadsheet. */
export function toCsv(rows: readonly object[]): string {
  const columns: string[] = [];
  for (const row of rows) for (const k of Object.keys(row)) if (!columns.includes(k)) columns.push(k);
  const body = rows.map((row) => columns.map((c) => safeCell(cellText((row as Record<string, unknown>)[c]))));
  // Written here rather than with d3-dsv's csvFormatRows (the same output), whose one file of parsers and
  // formatters would add some 1 KB gzip to every page that offers a download.
  return [columns, ...body].map((cells) => cells.map(field).join(",")).join("\n") + "\n";
}
