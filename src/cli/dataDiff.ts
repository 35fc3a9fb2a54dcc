// npm run data:diff -- --since REF [--data DIR] [--json]: compares the tables of data/ (or DIR) with those at a git ref
// (commit, branch or tag) and prints per table the rows added, changed (with the changed cells) and removed.
import {diffCounts, diffData, formatDiff} from "../lib/dataDiff.js";
import {argValue} from "../node/args.js";
import {DATA_DIR} from "../node/dataFolder.js";
import {dataTextsAt, dataTextsNow, resolveCommit} from "../node/gitData.js";

const since = argValue("--since");
const dataDir = argValue("--data") ?? process.env.HIGH_FENCES_DATA ?? DATA_DIR;
if (!since) {
  console.error("usage: npm run data:diff -- --since REF   (a commit, branch or tag, e.g. HEAD~3 or main)");
  process.exit(2);
}
try {
  const commit = resolveCommit(dataDir, since);
  const diffs = diffData(dataTextsAt(dataDir, commit), dataTextsNow(dataDir));
  const label = `${since} (${commit.slice(0, 7)})`;
  if (process.argv.includes("--json"))
    console.log(JSON.stringify({since, commit, totals: diffCounts(diffs), tables: diffs}, null, 1));
  else console.log(formatDiff(diffs, {since: label}));
} catch (error) {
  console.error(`data:diff: ${(error as Error).message}`);
  process.exit(1);
}
