import JSZip from "jszip";
import {allTables} from "../lib/outputs.js";
import {toJson} from "../lib/wire.js";
import {loadDataset} from "./dataFolder.js";
import {readTableDocs} from "./tableDocs.js";

/**
 * Every table the pages read, raw and derived, plus data/README.md's column docs (table_docs), as one zip of JSON
 * files. One loader run validates and derives once; Framework extracts each member a page asks for
 * (FileAttachment("data/tables/NAME.json")) as its own static file. One process instead of one per table keeps the
 * clean build within its time budget.
 */
export async function tablesArchive(dir?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  const tables = {...allTables(loadDataset(dir)), table_docs: readTableDocs()};
  // A fixed date keeps the archive byte-identical across builds of the same data.
  const date = new Date(Date.UTC(2020, 0, 1));
  for (const [name, rows] of Object.entries(tables)) zip.file(`${name}.json`, toJson(rows), {date});
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE"});
}
