import {spawnSync} from "node:child_process";
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {allTables} from "../../src/lib/outputs.js";
import {toJson} from "../../src/lib/wire.js";
import {readTableDocs} from "../../src/node/tableDocs.js";
import {loadDataset} from "../../src/node/dataFolder.js";
import {ROOT} from "../support/site.js";
import {VALID_DIR} from "../support/fixtures.js";
import {brokenFolder} from "../support/brokenCases.js";

const ALL = readdirSync(join(ROOT, "src/data")).filter((f) => f.endsWith(".json.ts"));
/** The loaders that emit a data table (all but table_docs, which emits data/README.md's column docs). */
const LOADERS = ALL.filter((f) => readFileSync(join(ROOT, "src/data", f), "utf-8").includes("emitTable("));
const run = (loader: string, env: Record<string, string> = {}) =>
  spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join("src/data", loader)], {cwd: ROOT, encoding: "utf-8", env: {...process.env, ...env}});

describe("data loaders on data/", () => {
  const tables = allTables(loadDataset());
  it.each(LOADERS)("%s writes its validated table as JSON, row for row", (loader) => {
    const name = loader.replace(".json.ts", "");
    const result = run(loader);
    expect(result.status, result.stderr).toBe(0);
    expect(tables[name].length).toBeGreaterThan(0);
    expect(result.stdout).toBe(toJson(tables[name]));
    // Dates travel as calendar days, never as timestamps.
    expect(result.stdout).not.toMatch(/T00:00:00/);
  });
});

describe("the table_docs loader", () => {
  it("writes data/README.md's column docs as JSON", () => {
    const result = run("table_docs.json.ts");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(toJson(readTableDocs()));
    expect(ALL.length).toBe(LOADERS.length + 1);
  });
});

describe("a data loader on invalid data", () => {
  it("exits 1 and prints the same FILE:ROW:COLUMN messages as data:check", () => {
    const result = run(LOADERS[0], {HIGH_FENCES_DATA: brokenFolder("measures--impossible-date")});
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('measures.csv:3:announced: "2018-02-30" is not a calendar date');
  });

  it("works on the valid fixture too (the loaders read HIGH_FENCES_DATA)", () => {
    const result = run("meta.json.ts", {HIGH_FENCES_DATA: VALID_DIR});
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)[0].as_of).toBe("2020-06-30");
  });
});
