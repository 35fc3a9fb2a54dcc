import {spawn, spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {TABLES, TABLE_NAMES, type TableSpec} from "../../src/lib/tables.js";
import {BROKEN_DIR, brokenFolder} from "../support/brokenCases.js";
import {VALID_DIR} from "../support/fixtures.js";
import {ROOT} from "../support/site.js";

const tsx = join(ROOT, "node_modules/.bin/tsx");
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(tsx, [join("src/cli", script), ...args], {
    cwd: ROOT,
    encoding: "utf-8",
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...env}
  });

/** `run` without blocking: the script's exit status and its error output, once it has ended. */
const runAsync = (script: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<{status: number | null; stderr: string}>((resolve) => {
    const child = spawn(tsx, [join("src/cli", script), ...args], {
      cwd: ROOT,
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...env}
    });
    let stderr = "";
    child.stdout.resume();
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({status, stderr}));
  });

describe("npm run data:check", () => {
  it("prints rows per table and the as-of date for valid data", () => {
    const r = run("dataCheck.ts", ["--data", VALID_DIR]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/measures\.csv\s+4 rows/);
    expect(r.stdout).toContain("as of 2020-06-30: all tables valid.");
  });

  it("prints every problem of every file as FILE:ROW:COLUMN and exits 1", () => {
    const dir = brokenFolder("measures--impossible-date", "trade--negative-value", "sources--unterminated-quote");
    const r = run("dataCheck.ts", ["--data", dir]);
    expect(r.status).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.includes(".csv:"));
    expect(lines.map((l) => l.replace(/^.*\/(\w+\.csv)/, "$1"))).toEqual([
      'measures.csv:3:announced: "2018-02-30" is not a calendar date',
      "sources.csv:2:-: a quoted cell starts here and is never closed (missing closing double quote)",
      "trade.csv:2:value_usd_bn: -500 is below the minimum 0"
    ]);
    expect(r.stderr).toContain("3 problems");
  });
});

describe("npm run data:export", () => {
  it("writes every raw and derived table as CSV and JSON", () => {
    const out = mkdtempSync(join(tmpdir(), "hf-export-"));
    const r = run("dataExport.ts", ["--data", VALID_DIR, "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(out);
    for (const name of [
      ...TABLE_NAMES.filter((n) => n !== "meta" && !(TABLES[n] as TableSpec).bulky),
      "timeline",
      "tariff_average",
      "tariff_series",
      "tariff_series_by_authority",
      "tariff_comparison",
      "tariff_agreement",
      "chip_classes",
      "trade_years",
      "current_status"
    ]) {
      expect(files).toContain(`${name}.csv`);
      expect(files).toContain(`${name}.json`);
    }
    expect(readFileSync(join(out, "trade_years.csv"), "utf-8").split("\n")[1]).toBe(
      "2017,500,120,-380,0.25,Fixture release,(de) Fixture release,src-b"
    );
  });

  it("refuses to run without --out", () => expect(run("dataExport.ts", []).status).toBe(2));
});

describe("npm run build on invalid data", () => {
  it("exits 1 before building and leaves the previous dist/ untouched", () => {
    const out = join(mkdtempSync(join(tmpdir(), "hf-dist-")), "dist");
    cpSync(VALID_DIR, join(out, "marker"), {recursive: true}); // stands for the last good site
    const before = readdirSync(join(out, "marker")).sort();
    const r = run("build.ts", ["--out", out], {HIGH_FENCES_DATA: brokenFolder("measures--effective-before-announced")});
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("measures.csv:5:effective: 2019-10-01 is before announced 2019-10-07");
    expect(r.stderr).toContain("is unchanged");
    expect(readdirSync(join(out, "marker")).sort()).toEqual(before);
    expect(existsSync(`${out}.next`)).toBe(false);
  });
});

describe("npm run build on each broken file of the corpus", () => {
  const cases = Object.entries(
    JSON.parse(readFileSync(join(BROKEN_DIR, "expected.json"), "utf-8")) as Record<string, string[]>
  ).filter(([, messages]) => messages.length > 0);
  // Each build stops at the data check, and starting tsx is most of its time: while one case's test checks its build,
  // the next case's build runs (two at a time, the next one started by the test before it).
  const builds = new Map<number, Promise<{out: string; status: number | null; stderr: string}>>();
  const build = (i: number) => {
    if (i < cases.length && !builds.has(i)) {
      const out = join(mkdtempSync(join(tmpdir(), "hf-dist-")), "dist");
      cpSync(VALID_DIR, out, {recursive: true});
      builds.set(
        i,
        runAsync("build.ts", ["--out", out], {HIGH_FENCES_DATA: brokenFolder(cases[i][0])}).then((r) => ({out, ...r}))
      );
    }
    return builds.get(i)!;
  };
  it.each(cases.map(([name, messages], i) => [name, messages, i] as const))(
    "%s: exits 1 with its messages and leaves dist/ as it was",
    async (_, messages, i) => {
      const r = build(i);
      build(i + 1);
      const {out, status, stderr} = await r;
      expect(status).toBe(1);
      for (const m of messages) expect(stderr).toContain(m.replace(/^data\//, ""));
      expect(readdirSync(out).sort()).toEqual(readdirSync(VALID_DIR).sort());
    }
  );
});
