import {spawnSync} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {DataTexts} from "../lib/dataDiff.js";
import {TABLES, TABLE_NAMES} from "../lib/tables.js";

/** Runs git in a folder; returns stdout, or throws with git's own message. */
export function git(dir: string, args: string[]): string {
  const r = spawnSync("git", ["-C", dir, ...args], {encoding: "utf-8", maxBuffer: 64 * 1024 * 1024});
  if (r.error) throw new Error(`git could not run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(r.stderr.trim() || `git ${args.join(" ")} failed`);
  return r.stdout;
}

/** The full commit hash a ref names, or an Error saying the ref is unknown. */
export function resolveCommit(dir: string, ref: string): string {
  try {
    return git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim();
  } catch {
    throw new Error(`${JSON.stringify(ref)} is not a commit, branch or tag of the repository at ${dir}`);
  }
}

/** The tables of a data folder as they were at a commit (`git show REF:./FILE`, read in the folder itself). */
export function dataTextsAt(dataDir: string, ref: string): DataTexts {
  const commit = resolveCommit(dataDir, ref);
  const present = new Set(git(dataDir, ["ls-tree", "-r", "--name-only", commit, "./"]).split("\n").filter(Boolean));
  const texts = new Map<string, string>();
  for (const name of TABLE_NAMES) {
    const file = TABLES[name].file;
    // ls-tree names are relative to the repository root; match on the file name.
    if (![...present].some((p) => p === file || p.endsWith(`/${file}`))) continue;
    texts.set(file, git(dataDir, ["show", `${commit}:./${file}`]));
  }
  return texts;
}

/** The tables of a data folder as they are on disk now. */
export function dataTextsNow(dataDir: string): DataTexts {
  const texts = new Map<string, string>();
  for (const name of TABLE_NAMES) {
    const path = join(dataDir, TABLES[name].file);
    if (existsSync(path)) texts.set(TABLES[name].file, readFileSync(path, "utf-8"));
  }
  return texts;
}
