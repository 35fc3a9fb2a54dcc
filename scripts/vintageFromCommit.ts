// tsx scripts/vintageFromCommit.ts COMMIT DATE: keeps the tables of a release made before `npm run data:release`
// existed. Exports the commit's data with the commit's own code (git archive into a temporary folder, this checkout's
// node_modules linked in, its `data:export` run there) and writes them as data/vintages/DATE.zip, as data:release does.
import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, readdirSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {writeVintage} from "../src/node/vintages.js";

const [commit, date] = process.argv.slice(2);
if (!commit || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) {
  console.error("usage: tsx scripts/vintageFromCommit.ts COMMIT YYYY-MM-DD");
  process.exit(2);
}
const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "hf-vintage-"));
const sh = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, {cwd, encoding: "utf-8", stdio: ["ignore", "pipe", "inherit"]});
  if (r.status !== 0) process.exit(r.status ?? 1);
  return r.stdout;
};
sh("bash", ["-c", `git -C "${root}" archive "${commit}" | tar -x -C "${work}"`], root);
symlinkSync(join(root, "node_modules"), join(work, "node_modules"));
const out = join(work, "export");
sh(join(root, "node_modules/.bin/tsx"), ["src/cli/dataExport.ts", "--out", out], work);
const files = new Map(readdirSync(out).map((f) => [f, readFileSync(join(out, f), "utf-8")]));
const zip = await writeVintage(join(root, "data/vintages"), date, files);
console.log(`kept ${files.size} files of ${commit} as ${zip}`);
