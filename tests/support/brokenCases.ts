import {cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {FIXTURES, VALID_DIR, withFiles} from "./fixtures.js";

export const BROKEN_DIR = join(FIXTURES, "broken");

/** One broken-input case: the valid fixture with one table replaced by tests/fixtures/broken/TABLE--CASE.csv. */
export interface BrokenCase {
  name: string;
  table: string;
  files: Map<string, string | Uint8Array>;
}

/** Every case of the broken-input corpus, read as bytes so encoding errors reach the validator. */
export function brokenCases(): BrokenCase[] {
  return readdirSync(BROKEN_DIR)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => {
      const [table, name] = f.replace(".csv", "").split("--");
      return {
        name: `${table}--${name}`,
        table,
        files: withFiles({[`${table}.csv`]: new Uint8Array(readFileSync(join(BROKEN_DIR, f)))})
      };
    });
}

/** A temporary copy of the valid fixture folder with some tables replaced by corpus files (`TABLE--CASE`). */
export function brokenFolder(...cases: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "hf-data-"));
  cpSync(VALID_DIR, dir, {recursive: true});
  for (const c of cases)
    writeFileSync(join(dir, `${c.split("--")[0]}.csv`), readFileSync(join(BROKEN_DIR, `${c}.csv`)));
  return dir;
}
