// npm run data:freshness [-- --data DIR]: asks the Federal Register API for documents published since each lane's
// checked-through date (USTR and BIS documents naming China; executive orders and proclamations naming China, tariffs
// or export controls) and lists those no row of sources.csv cites yet, with date, citation, title and URL. It needs
// the internet: when the API cannot be reached it says so in one line and exits 1. It only reads data/.
import {isoDay} from "../lib/dates.js";
import {
  FRESHNESS_QUERIES,
  FR_API,
  citedBy,
  documentLine,
  parsePage,
  queryUrl,
  type FrDocument
} from "../lib/freshness.js";
import {LANE_LABELS} from "../lib/lanes.js";
import {checkedThrough, metaOf} from "../lib/outputs.js";
import {DataError} from "../lib/problem.js";
import {argValue} from "../node/args.js";
import {loadDataset} from "../node/dataFolder.js";

const base = process.env.HIGH_FENCES_FR_API || FR_API;
/** At most this many pages (of 100) per query: more means the record is far behind, and the first ones say so. */
const MAX_PAGES = 5;

/** A network failure, as opposed to a bad answer: the one-line "offline" message. */
class Unreachable extends Error {}

async function getPage(url: string) {
  let response: Response;
  try {
    response = await fetch(url, {signal: AbortSignal.timeout(20_000), headers: {accept: "application/json"}});
  } catch (error) {
    const cause = (error as {cause?: {code?: string; message?: string}}).cause;
    throw new Unreachable(cause?.code ?? cause?.message ?? (error as Error).message);
  }
  if (!response.ok) throw new Error(`the API answered HTTP ${response.status} for ${url}`);
  return parsePage(await response.json());
}

try {
  const dataset = loadDataset(argValue("--data"));
  const meta = metaOf(dataset);
  const seen = new Map<string, FrDocument>();
  const report: string[] = [];
  let uncited = 0;
  for (const query of FRESHNESS_QUERIES) {
    const since = new Date(Math.min(...query.lanes.map((lane) => checkedThrough(meta, lane).getTime())));
    const found: FrDocument[] = [];
    let total = 0;
    for (let page = 1, pages = 1; page <= Math.min(pages, MAX_PAGES); page++) {
      const result = await getPage(queryUrl(base, query, isoDay(since), page));
      found.push(...result.results);
      total = result.count;
      pages = result.total_pages;
    }
    const fresh = found.filter((d) => !seen.has(d.document_number) && !citedBy(d, dataset.sources));
    for (const d of found) seen.set(d.document_number, d);
    uncited += fresh.length;
    const lanes = query.lanes.map((l) => LANE_LABELS[l]).join(" / ");
    report.push(
      `${query.label} since ${isoDay(since)} (${lanes}): ${total} published, ${fresh.length} not cited by sources.csv` +
        (found.length < total ? ` (first ${found.length} read)` : "")
    );
    for (const d of fresh) report.push(documentLine(d));
  }
  console.log(report.join("\n"));
  console.log(
    uncited
      ? `\n${uncited} document${uncited === 1 ? "" : "s"} to check. Read each; record what it confirms in data/ with its source, then npm run data:check.`
      : "\nEvery document found is cited already."
  );
} catch (error) {
  if (error instanceof Unreachable) {
    console.error(
      `data:freshness: cannot reach the Federal Register API at ${base} (${error.message}); it needs the internet.`
    );
    process.exit(1);
  }
  console.error(`data:freshness: ${error instanceof DataError ? error.message : (error as Error).message}`);
  process.exit(1);
}
