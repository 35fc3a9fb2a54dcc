// npm run data:check [-- --data DIR]: validates every table; prints rows per table, how far each lane of the record
// reaches and the as-of date, or every problem as data/FILE.csv:ROW:COLUMN: message and exits 1.
import {formatProblem, sortProblems} from "../lib/problem.js";
import {TABLES, TABLE_NAMES} from "../lib/tables.js";
import {checkDataFolder} from "../node/dataFolder.js";
import {argValue} from "../node/args.js";
import {isoDay} from "../lib/dates.js";
import {laneReach} from "../lib/derive/reach.js";
import {LANES, LANE_LABELS} from "../lib/lanes.js";

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
const reach = laneReach(dataset);
console.log("");
for (const lane of LANES) {
  const r = reach.get(lane);
  console.log(
    `${LANE_LABELS[lane].padEnd(34)} checked through ${r ? `${isoDay(r.date)} (newest source: ${r.source_id})` : "as_of (no dated source)"}`
  );
}
console.log(`\nas of ${dataset.meta.find((r) => r.key === "as_of")?.value}: all tables valid.`);
