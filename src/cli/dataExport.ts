// npm run data:export -- --out DIR: writes every table, raw and derived, to DIR as NAME.csv and NAME.json.
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {exportFiles} from "../lib/exportFiles.js";
import {allTables} from "../lib/outputs.js";
import {DataError} from "../lib/problem.js";
import {argValue} from "../node/args.js";
import {loadDataset} from "../node/dataFolder.js";

const out = argValue("--out");
if (!out) {
  console.error("usage: npm run data:export -- --out DIR");
  process.exit(2);
}
try {
  const tables = allTables(loadDataset(argValue("--data")));
  mkdirSync(out, {recursive: true});
  for (const [file, text] of exportFiles(tables)) writeFileSync(join(out, file), text);
  for (const [name, rows] of Object.entries(tables))
    console.log(`${name.padEnd(24)} ${String(rows.length).padStart(5)} rows`);
  console.log(`\nwrote ${Object.keys(tables).length} tables as CSV and JSON to ${out}`);
} catch (error) {
  console.error(error instanceof DataError ? error.message : error);
  process.exit(1);
}
