import {readFileSync, readdirSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {DataError} from "../lib/problem.js";
import type {Dataset} from "../lib/tables.js";
import {validateDataset, type Validation} from "../lib/validate.js";

/** The repository's data/ folder, wherever the command runs from. */
export const DATA_DIR = resolve(fileURLToPath(new URL("../../data/", import.meta.url)));

/**
 * Reads every .csv file of a folder and its sub-folders (data/lines/us/…) as bytes, keyed by the path inside the
 * folder with "/" separators (decoding is the validator's job, so bad encodings are reported).
 */
export function readDataFolder(
  dir: string,
  files = new Map<string, Uint8Array>(),
  under = ""
): Map<string, Uint8Array> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.isDirectory()) readDataFolder(join(dir, entry.name), files, `${under}${entry.name}/`);
    else if (entry.name.endsWith(".csv")) files.set(under + entry.name, readFileSync(join(dir, entry.name)));
  }
  return files;
}

/** Validates a data folder; file names in messages are relative to the working directory (`data/…`). */
export function checkDataFolder(dir: string = process.env.HIGH_FENCES_DATA || DATA_DIR): Validation {
  const prefix = (relative(process.cwd(), resolve(dir)) || ".") + "/";
  return validateDataset(readDataFolder(dir), {dir: prefix});
}

/** The validated dataset, or a DataError listing every problem. */
export function loadDataset(dir?: string): Dataset {
  const {dataset, problems} = checkDataFolder(dir);
  if (problems.length > 0) throw new DataError(problems);
  return dataset;
}
