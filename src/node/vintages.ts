// Kept vintages: every data release's exported tables (raw and derived, CSV and JSON) as one committed zip,
// data/vintages/YYYY-MM-DD.zip, written by `npm run data:release`. The build unpacks each into dist/vintages/YYYY-MM-DD/
// so a figure quoted from an earlier release can still be checked at a stable address. Committed archives (about
// 0.4 MB each) rather than rebuilding old commits at build time: a build needs no git history and no old code.
import {mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import JSZip from "jszip";
import {DATA_DIR} from "./dataFolder.js";

/** Where the vintages are kept. */
export const VINTAGE_DIR = join(DATA_DIR, "vintages");
const NAME = /^(\d{4}-\d{2}-\d{2})\.zip$/;

/** One kept vintage: its release date, the zip, its size, and the files it holds. */
export interface Vintage {
  date: string;
  zip: string;
  bytes: number;
  files: string[];
}

/** Writes a vintage zip (a fixed timestamp inside, so the same tables give the same bytes). */
export async function writeVintage(dir: string, date: string, files: ReadonlyMap<string, string>): Promise<string> {
  const zip = new JSZip();
  const stamp = new Date(Date.UTC(2020, 0, 1));
  for (const [name, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) zip.file(name, text, {date: stamp});
  const path = join(dir, `${date}.zip`);
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, await zip.generateAsync({type: "uint8array", compression: "DEFLATE"}));
  return path;
}

/** The kept vintages, oldest first. */
export async function listVintages(dir: string = VINTAGE_DIR): Promise<Vintage[]> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => NAME.test(f));
  } catch {
    return [];
  }
  const vintages: Vintage[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    const zip = await JSZip.loadAsync(readFileSync(path));
    // Only plain table files: a name with a path in it would write outside the vintage's folder.
    const files = Object.keys(zip.files).filter((f) => !zip.files[f].dir && /^[a-z0-9_]+\.(json|csv)$/.test(f));
    vintages.push({date: NAME.exec(name)![1], zip: path, bytes: statSync(path).size, files: files.sort()});
  }
  return vintages;
}

/** The `vintages` table the pages read: each kept release's date, its folder on the site and its number of files. */
export async function vintageTable(dir: string = VINTAGE_DIR) {
  return (await listVintages(dir)).map((v) => ({
    date: v.date,
    path: `vintages/${v.date}/`,
    files: v.files.length,
    zip_bytes: v.bytes
  }));
}

/** Unpacks every vintage into OUT/vintages/YYYY-MM-DD/; returns what it wrote. */
export async function unpackVintages(out: string, dir: string = VINTAGE_DIR): Promise<Vintage[]> {
  const vintages = await listVintages(dir);
  for (const v of vintages) {
    const zip = await JSZip.loadAsync(readFileSync(v.zip));
    const target = join(out, "vintages", v.date);
    mkdirSync(target, {recursive: true});
    for (const f of v.files) writeFileSync(join(target, f), await zip.files[f].async("uint8array"));
  }
  return vintages;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]!);

/** A plain page listing a vintage's files, so its folder can be browsed on any static host. */
export function vintageIndex(v: Vintage): string {
  const items = v.files.map((f) => `<li><a href="./${escape(f)}">${escape(f)}</a></li>`).join("\n");
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>High Fences: the data as released on ${v.date}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>
<h1>The data as released on ${v.date}</h1>
<p>Every table of this release, raw and derived, as CSV and JSON, kept unchanged. <a href="../../methods#changes-to-the-data">Back to the changelog</a>.</p>
<ul>
${items}
</ul>
</html>
`;
}
