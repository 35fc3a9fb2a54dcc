import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parseTableDocs, type TableDoc} from "../lib/tableDocs.js";
import {DATA_DIR} from "./dataFolder.js";

/** The table docs of data/README.md. */
export function readTableDocs(dir: string = DATA_DIR): TableDoc[] {
  return parseTableDocs(readFileSync(join(dir, "README.md"), "utf-8"));
}
