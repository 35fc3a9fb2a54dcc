import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {formatProblem} from "../../src/lib/problem.js";
import {validateDataset} from "../../src/lib/validate.js";

export const FIXTURES = join(import.meta.dirname, "../fixtures");
export const VALID_DIR = join(FIXTURES, "valid");

/** The valid fixture folder as file name → text, sub-folders included (`lines/us/weights.csv`). */
export function validFiles(dir = VALID_DIR, files = new Map<string, string>(), under = ""): Map<string, string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.isDirectory()) validFiles(join(dir, entry.name), files, `${under}${entry.name}/`);
    else if (entry.name.endsWith(".csv")) files.set(under + entry.name, readFileSync(join(dir, entry.name), "utf-8"));
  }
  return files;
}

/** The valid fixture with some files replaced (or removed, with undefined). */
export function withFiles(changes: Record<string, string | Uint8Array | undefined>): Map<string, string | Uint8Array> {
  const files: Map<string, string | Uint8Array> = validFiles();
  for (const [name, content] of Object.entries(changes)) {
    if (content === undefined) files.delete(name);
    else files.set(name, content);
  }
  return files;
}

/** The valid fixture file with one line (1-based) replaced. */
export function withLine(file: string, line: number, text: string): Map<string, string | Uint8Array> {
  const lines = validFiles().get(file)!.split("\n");
  lines[line - 1] = text;
  return withFiles({[file]: lines.join("\n")});
}

/** The messages validation prints for a set of files, formatted as data:check prints them. */
export function messages(files: ReadonlyMap<string, string | Uint8Array>): string[] {
  return validateDataset(files).problems.map(formatProblem);
}
