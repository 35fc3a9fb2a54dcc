// npm run data:check [-- --data DIR]: validates every table; prints rows per table and the as-of date, or every
// problem as data/FILE.csv:ROW:COLUMN: message and exits 1.
import {formatProblem, sortProblems} from "../lib/problem.js";
import {TABLES, TABLE_NAMES} from "../lib/tables.js";
import {checkDataFolder} from "../node/dataFolder.js";
import {argValue} from "../node/args.js";

const {dataset, problems} = checkDataFolder(argValue("--data"));
if (problems.length > 0) {
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? "" : "s"}: nothing was built. Fix them and run npm run data:check again.`
  );
  process.exit(1);
}
for (const name of TABLE_NAMES)
  console.log(`${TABLES[name].file.padEnd(28)} ${String(dataset[name].length).padStart(5)} rows`);
console.log(`\nas of ${dataset.meta.find((r) => r.key === "as_of")?.value}: all tables valid.`);
