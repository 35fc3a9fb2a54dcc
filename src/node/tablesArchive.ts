import JSZip from "jszip";
import {
  PAGE_LINKED_ITEMS,
  PAGE_TABLES,
  allTables,
  linkedTimeline,
  listedSources,
  pageTables,
  sourcesHead
} from "../lib/outputs.js";
import {toJson} from "../lib/wire.js";
import {join} from "node:path";
import {DATA_DIR, loadDataset} from "./dataFolder.js";
import {vintageTable} from "./vintages.js";
import {readTableDocs} from "./tableDocs.js";

/**
 * Every table the pages read, raw and derived, plus data/README.md's column docs (table_docs), as one zip of JSON
 * files. One loader run validates and derives once; Framework extracts each member a page asks for
 * (FileAttachment("data/tables/NAME.json")) as its own static file. One process instead of one per table keeps the
 * clean build within its time budget. `pages/PAGE.json` holds all of a page's data in one file, and
 * `pages/sources-PAGE.json` only its sources (see pageTables); `pages/timeline-PAGE.json` the timeline items a page
 * refers to, where it refers to only some (PAGE_LINKED_ITEMS, see linkedTimeline); `pages/sources-methods.json` the
 * sources the Data and methods page lists (see listedSources) and `pages/sources-methods-head.json` what it loads
 * before a reader filters them (see sourcesHead).
 */
export async function tablesArchive(dir?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  const tables: Record<string, readonly unknown[]> = {
    ...allTables(loadDataset(dir)),
    table_docs: readTableDocs(),
    // The releases whose tables the site keeps under vintages/DATE/ (the build unpacks them there).
    vintages: await vintageTable(join(dir ?? (process.env.HIGH_FENCES_DATA || DATA_DIR), "vintages"))
  };
  tables.table_stats = tableStats(tables);
  // A fixed date keeps the archive byte-identical across builds of the same data.
  const date = new Date(Date.UTC(2020, 0, 1));
  for (const [name, rows] of Object.entries(tables)) zip.file(`${name}.json`, toJson(rows), {date});
  const listed = listedSources(tables.sources as Record<string, unknown>[]);
  zip.file("pages/sources-methods.json", toJson(listed), {date, createFolders: false});
  zip.file("pages/sources-methods-head.json", toJson(sourcesHead(listed)), {date, createFolders: false});
  for (const page of Object.keys(PAGE_TABLES) as (keyof typeof PAGE_TABLES)[]) {
    const shipped = pageTables(tables, page);
    const file = (name: string, text: string) => zip.file(`pages/${name}.json`, text, {date, createFolders: false});
    file(`sources-${page}`, toJson(shipped.sources));
    const referring = PAGE_LINKED_ITEMS[page];
    if (referring) file(`timeline-${page}`, toJson(linkedTimeline(tables, referring)));
    file(
      page,
      `{\n${Object.entries(shipped)
        .map(([name, rows]) => `${JSON.stringify(name)}: ${toJson(rows).trim()}`)
        .join(",\n")}\n}\n`
    );
  }
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE"});
}

/** Rows, distinct sources cited and the first row of every table, so the methods page need not load them all. */
export function tableStats(
  tables: Record<string, readonly unknown[]>
): {table: string; rows: number; sources_cited: number; example: string}[] {
  return Object.entries(tables).map(([table, rows]) => {
    const cited = new Set<string>();
    for (const row of rows as Record<string, unknown>[]) {
      if (Array.isArray(row.source_ids)) for (const id of row.source_ids) cited.add(String(id));
      else if (typeof row.source_id === "string") cited.add(row.source_id);
    }
    return {table, rows: rows.length, sources_cited: cited.size, example: rows.length ? toJson(rows[0]).trim() : ""};
  });
}
