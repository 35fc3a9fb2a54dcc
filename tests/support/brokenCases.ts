import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {FIXTURES, withFiles} from "./fixtures.js";

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
      return {name: `${table}--${name}`, table, files: withFiles({[`${table}.csv`]: new Uint8Array(readFileSync(join(BROKEN_DIR, f)))})};
    });
}
