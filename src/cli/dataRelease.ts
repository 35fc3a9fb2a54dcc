// npm run data:release -- --summary "one line" --summary-de "eine Zeile" [--since REF] [--date YYYY-MM-DD] [--replace] [--data DIR]: records a
// data release.
// Compares the tables with the previous release (by default the last commit that added a vintage under
// data/vintages/), appends the dated row with rows added, changed and removed to data/changelog.csv, and keeps this
// release's exported tables as data/vintages/DATE.zip. Commit both with the data; it never touches another table.
import {appendFileSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {csvFormatRows} from "d3-dsv";
import {isoDay} from "../lib/dates.js";
import {diffCounts, diffData} from "../lib/dataDiff.js";
import {exportFiles} from "../lib/exportFiles.js";
import {allTables} from "../lib/outputs.js";
import {DataError} from "../lib/problem.js";
import {argValue} from "../node/args.js";
import {DATA_DIR, loadDataset} from "../node/dataFolder.js";
import {dataTextsAt, dataTextsNow, git, resolveCommit} from "../node/gitData.js";
import {writeVintage} from "../node/vintages.js";

const summary = argValue("--summary")?.trim();
// The changelog is shown on both languages' methods page, so a release says what changed in German too.
const summaryDe = argValue("--summary-de")?.trim();
const dataDir = argValue("--data") ?? process.env.HIGH_FENCES_DATA ?? DATA_DIR;
const date = argValue("--date") ?? isoDay(new Date());
const fail = (message: string, code = 1): never => {
  console.error(`data:release: ${message}`);
  process.exit(code);
};
if (!summary || summary.includes("\n") || !summaryDe || summaryDe.includes("\n"))
  fail(
    'usage: npm run data:release -- --summary "one line on what changed" --summary-de "dieselbe Zeile auf Deutsch" [--since REF] [--date YYYY-MM-DD]',
    2
  );
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date ${JSON.stringify(date)} is not YYYY-MM-DD`, 2);

try {
  loadDataset(dataDir);
  const changelogPath = join(dataDir, "changelog.csv");
  const lines = readFileSync(changelogPath, "utf-8").split("\n");
  if (lines.some((line) => line.startsWith(`${date},`))) {
    // --replace redoes a release of the same day (data changed after it was recorded, before it was published).
    if (!process.argv.includes("--replace"))
      fail(`changelog.csv already has a release dated ${date}; add --replace to record it again`);
    writeFileSync(changelogPath, lines.filter((line) => !line.startsWith(`${date},`)).join("\n"));
  }
  // The previous release: the last commit that added a vintage (the release commit holds the data and its zip).
  const since =
    argValue("--since") ?? (git(dataDir, ["log", "-1", "--format=%H", "--", "vintages/"]).trim() || undefined);
  if (!since) fail("no earlier release has a vintage under data/vintages/; name the previous release with --since REF");
  const commit = resolveCommit(dataDir, since!);
  const counts = diffCounts(diffData(dataTextsAt(dataDir, commit), dataTextsNow(dataDir)));
  const text = readFileSync(changelogPath, "utf-8");
  const row = csvFormatRows([
    [date, String(counts.added), String(counts.changed), String(counts.removed), summary!, summaryDe!]
  ]);
  appendFileSync(changelogPath, `${text.endsWith("\n") ? "" : "\n"}${row}\n`);
  // Validate again with the new row, then keep this release's tables (raw and derived, as data:export writes them).
  const files = exportFiles(allTables(loadDataset(dataDir)));
  const zip = await writeVintage(join(dataDir, "vintages"), date, files);
  console.log(
    `release ${date}: ${counts.added} rows added, ${counts.changed} changed, ${counts.removed} removed since ${since} (${commit.slice(0, 7)})`
  );
  console.log(`appended to ${changelogPath}; kept the tables as ${zip}`);
  console.log("commit both with the data: git add data && git commit");
} catch (error) {
  fail(error instanceof DataError ? error.message : (error as Error).message);
}
