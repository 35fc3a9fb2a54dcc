import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import JSZip from "jszip";
import {beforeAll, describe, expect, it} from "vitest";
import {VALID_DIR} from "../support/fixtures.js";
import {ROOT} from "../support/site.js";

const tsx = join(ROOT, "node_modules/.bin/tsx");
const run = (script: string, args: string[]) =>
  spawnSync(tsx, [join(ROOT, "src/cli", script), ...args], {
    cwd: ROOT,
    encoding: "utf-8",
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
  });
const git = (repo: string, ...args: string[]) => {
  const r = spawnSync("git", ["-C", repo, "-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], {
    encoding: "utf-8"
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
};
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, "utf-8")));

/** A temporary git repository whose data/ is the valid fixture, committed and tagged v1, then edited. */
function tempRepo() {
  const repo = mkdtempSync(join(tmpdir(), "hf-repo-"));
  const data = join(repo, "data");
  cpSync(VALID_DIR, data, {recursive: true});
  git(repo, "init", "-q");
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "first release");
  git(repo, "tag", "v1");
  // One row added, one changed, one removed.
  edit(
    join(data, "events.csv"),
    (t) =>
      t + "model-two,2020-01-10,ai-model,CN,Second model,Zweites Modell,Another model.,Ein weiteres Modell.,,,src-b,\n"
  );
  edit(join(data, "measures.csv"), (t) => t.replace("Tariff on list A goods.", "Tariff on the goods of list A."));
  edit(join(data, "counterpoints.csv"), (t) => t.split("\n")[0] + "\n");
  return {repo, data};
}

describe("npm run data:diff -- --since REF", () => {
  const {data} = tempRepo();

  it("prints per table the rows added, changed with their cells, and removed since a tag", () => {
    const r = run("dataDiff.ts", ["--since", "v1", "--data", data]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("measures.csv: 0 added, 1 changed, 0 removed\n  ~ us-list-a\n");
    expect(r.stdout).toContain('      summary: "Tariff on list A goods." → "Tariff on the goods of list A."');
    expect(r.stdout).toContain("events.csv: 1 added, 0 changed, 0 removed\n  + model-two\n");
    expect(r.stdout).toContain("counterpoints.csv: 0 added, 0 changed, 1 removed\n  - cp-one\n");
    expect(r.stdout).toMatch(/since v1 \([0-9a-f]{7}\): 1 rows added, 1 changed, 1 removed/);
  });

  it("writes the same difference as JSON with --json", () => {
    const r = run("dataDiff.ts", ["--since", "v1", "--data", data, "--json"]);
    expect(JSON.parse(r.stdout).totals).toEqual({added: 1, changed: 1, removed: 1});
  });

  it("says in one line that a ref is unknown and exits 1", () => {
    const r = run("dataDiff.ts", ["--since", "no-such-tag", "--data", data]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain('"no-such-tag" is not a commit, branch or tag');
  });
});

describe("npm run data:release -- --summary TEXT", () => {
  let repo: string, data: string;
  beforeAll(() => ({repo, data} = tempRepo()));

  it("appends a dated changelog row with the counts since the previous release and keeps the tables as a vintage", async () => {
    const r = run("dataRelease.ts", [
      "--summary",
      "Second release, with a comma",
      "--summary-de",
      "Zweite Veröffentlichung, mit Komma",
      "--since",
      "v1",
      "--date",
      "2020-07-31",
      "--data",
      data
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(data, "changelog.csv"), "utf-8").trim().split("\n").at(-1)).toBe(
      '2020-07-31,1,1,1,"Second release, with a comma","Zweite Veröffentlichung, mit Komma"'
    );
    const zip = await JSZip.loadAsync(readFileSync(join(data, "vintages/2020-07-31.zip")));
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["measures.csv", "measures.json", "timeline.json"]));
    const changelog = JSON.parse(await zip.files["changelog.json"].async("string"));
    expect(changelog.at(-1)).toMatchObject({date: "2020-07-31", added: 1, summary: "Second release, with a comma"});
  });

  it("refuses a second release on one date unless told to record it again with --replace", () => {
    const again = run("dataRelease.ts", [
      "--summary",
      "Same day",
      "--summary-de",
      "Derselbe Tag",
      "--date",
      "2020-07-31",
      "--data",
      data
    ]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already has a release dated 2020-07-31; add --replace");
    const redo = run("dataRelease.ts", [
      "--summary",
      "Second, again",
      "--summary-de",
      "Zweite, noch einmal",
      "--date",
      "2020-07-31",
      "--replace",
      "--since",
      "v1",
      "--data",
      data
    ]);
    expect(redo.status, redo.stderr).toBe(0);
    const rows = readFileSync(join(data, "changelog.csv"), "utf-8").trim().split("\n");
    expect(rows.filter((r) => r.startsWith("2020-07-31,"))).toEqual([
      '2020-07-31,1,1,1,"Second, again","Zweite, noch einmal"'
    ]);
  });

  it("compares the next release with the commit that kept the last vintage", () => {
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "second release");
    edit(join(data, "events.csv"), (t) => t.replace("Another model.", "A larger model."));
    const r = run("dataRelease.ts", [
      "--summary",
      "Third.",
      "--summary-de",
      "Dritte.",
      "--date",
      "2020-08-31",
      "--data",
      data
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(data, "changelog.csv"), "utf-8").trim().split("\n").at(-1)).toBe(
      "2020-08-31,0,1,0,Third.,Dritte."
    );
    expect(existsSync(join(data, "vintages/2020-08-31.zip"))).toBe(true);
  });

  it("refuses to run without a summary in both languages", () => {
    expect(run("dataRelease.ts", ["--data", data]).status).toBe(2);
    expect(run("dataRelease.ts", ["--summary", "Only English", "--data", data]).status).toBe(2);
  });
});
