import {allTables} from "../lib/outputs.js";
import {DataError} from "../lib/problem.js";
import {toJson} from "../lib/wire.js";
import {loadDataset} from "./dataFolder.js";

/**
 * The body of every data loader: validate data/, derive, write one table as JSON to stdout. On bad data it prints
 * every problem to stderr and exits 1, so the build stops with the same messages as `npm run data:check`.
 */
export function emitTable(name: string): void {
  try {
    const tables = allTables(loadDataset());
    if (!(name in tables)) throw new Error(`no table named ${JSON.stringify(name)}`);
    process.stdout.write(toJson(tables[name]));
  } catch (error) {
    process.stderr.write((error instanceof DataError ? error.message : String((error as Error).stack ?? error)) + "\n");
    process.exit(1);
  }
}
