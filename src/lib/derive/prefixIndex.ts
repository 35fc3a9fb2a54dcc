/**
 * Rows keyed by a tariff-code prefix, looked up by a full line code: every row whose code is a prefix of the line
 * (`"8471"` matches the line `"8471300100"`), longest prefix first. One map lookup per prefix length present, so a
 * lookup costs at most ten probes however many rows the index holds.
 */
export class PrefixIndex<T extends {code: string}> {
  private readonly byCode = new Map<string, T[]>();
  /** The code lengths present, longest first. */
  private readonly lengths: number[];

  constructor(rows: readonly T[]) {
    for (const row of rows) {
      const list = this.byCode.get(row.code);
      if (list) list.push(row);
      else this.byCode.set(row.code, [row]);
    }
    this.lengths = [...new Set(rows.map((r) => r.code.length))].sort((a, b) => b - a);
  }

  /** The rows whose code is a prefix of `code` (or equal to it), grouped by prefix, longest prefix first. */
  matches(code: string): T[][] {
    const found: T[][] = [];
    for (const length of this.lengths) {
      if (length > code.length) continue;
      const rows = this.byCode.get(code.slice(0, length));
      if (rows) found.push(rows);
    }
    return found;
  }
}
