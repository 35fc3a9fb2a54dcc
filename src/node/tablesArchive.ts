import JSZip from "jszip";
import {PAGE_LAZY_SOURCES, PAGE_TABLES, allTables, listedSources, pageTables, sourcesHead} from "../lib/outputs.js";
import {LANGS, type Lang} from "../lib/i18n/index.js";
import {tablesIn} from "../lib/i18n/dataText.js";
import {tableDocsIn} from "../lib/tableDocs.js";
import {toJson} from "../lib/wire.js";
import {join} from "node:path";
import {DATA_DIR, loadDataset} from "./dataFolder.js";
import type {Dataset} from "../lib/tables.js";
import {vintageTable} from "./vintages.js";
import {readTableDocs} from "./tableDocs.js";

/**
 * Every table the pages read, raw and derived, plus data/README.md's column docs (table_docs), as one zip of JSON
 * files. One loader run validates and derives once; Framework extracts each member a page asks for
 * (FileAttachment("data/tables/NAME.json")) as its own static file. One process instead of one per table keeps the
 * clean build within its time budget. `pages/PAGE.json` holds all of a page's data in one file, and
 * `pages/sources-PAGE.json` only its sources (see pageTables); `pages/de/` holds the same files with the text in
 * German, and `pages/methods.json` (and `pages/de/methods.json`) the Data and methods page's meta, changelog and
 * table docs. The whole-table files keep the `_de` columns, as the downloads do. A page that refers to only some
 * timeline items ships only those (PAGE_LINKED_ITEMS); the Overview's page file leaves its sources out (it fetches
 * them when first needed, PAGE_LAZY_SOURCES); `pages/sources-methods.json` holds the sources the Data and methods page
 * lists (see listedSources) and `pages/sources-methods-head.json` what it loads before a reader filters them (see
 * sourcesHead), in both languages (sources have no German). `dataset`: the folder's dataset when the caller has
 * validated it already (the build).
 */
export async function tablesArchive(dir?: string, dataset: Dataset = loadDataset(dir)): Promise<Uint8Array> {
  const zip = new JSZip();
  const docs = readTableDocs();
  const tables: Record<string, readonly unknown[]> = {
    ...allTables(dataset),
    table_docs: docs,
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
  const pageFile = (shipped: Record<string, readonly unknown[]>) =>
    `{\n${Object.entries(shipped)
      .map(([name, rows]) => `${JSON.stringify(name)}: ${toJson(rows).trim()}`)
      .join(",\n")}\n}\n`;
  // Each page's data once per language (pages/PAGE.json, pages/de/PAGE.json): the same tables, rows and English
  // column names, the text columns in the page's language and no `_de` column (lib/i18n/dataText).
  for (const lang of LANGS) {
    const local = tablesIn(tables, lang);
    const folder = PAGE_FOLDER[lang];
    const file = (name: string, text: string) => zip.file(`${folder}${name}.json`, text, {date, createFolders: false});
    for (const page of Object.keys(PAGE_TABLES) as (keyof typeof PAGE_TABLES)[]) {
      const shipped = pageTables(local, page);
      file(`sources-${page}`, toJson(shipped.sources));
      const {sources, ...rest} = shipped;
      file(page, pageFile(PAGE_LAZY_SOURCES.includes(page) ? rest : {...rest, sources}));
    }
    // The Data and methods page: the facts it prints, the releases and the column docs, in its language.
    file("methods", pageFile({meta: local.meta, changelog: local.changelog, table_docs: tableDocsIn(docs, lang)}));
  }
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE"});
}

/** The folder of the archive that holds a language's page data. */
export const PAGE_FOLDER: Record<Lang, string> = {en: "pages/", de: "pages/de/"};

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
