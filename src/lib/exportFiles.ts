import {toCsv} from "./csvWrite.js";
import {toJson} from "./wire.js";

/** Every table as the files `npm run data:export` writes and a kept vintage holds: NAME.json and NAME.csv. */
export function exportFiles(tables: Record<string, readonly unknown[]>): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, rows] of Object.entries(tables)) {
    files.set(`${name}.json`, toJson(rows));
    files.set(`${name}.csv`, toCsv(rows as object[]));
  }
  return files;
}
