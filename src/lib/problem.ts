/** One thing wrong with the data, located as precisely as we can: file, 1-based line, column name. */
export interface Problem {
  /** Path as the editor knows it, e.g. `data/measures.csv`. */
  file: string;
  /** 1-based line in the file where the record starts (the header is line 1). */
  row: number;
  /** Column name, or `-` when the problem concerns the whole record or file. */
  column: string;
  message: string;
}

/** Formats a problem as `data/FILE.csv:ROW:COLUMN: what is wrong`, the form editors and CI logs grep for. */
export function formatProblem({file, row, column, message}: Problem): string {
  return `${file}:${row}:${column}: ${message}`;
}

/** Orders problems by file, then row, then column, so reports are stable and read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.row - b.row ||
      a.column.localeCompare(b.column) ||
      a.message.localeCompare(b.message)
  );
}

/** Thrown when data does not validate; carries every problem so callers can print them all at once. */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    super(
      `${sorted.length} problem${sorted.length === 1 ? "" : "s"} in data/:\n${sorted.map(formatProblem).join("\n")}`
    );
    this.name = "DataError";
    this.problems = sorted;
  }
}
