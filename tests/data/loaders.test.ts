import {spawnSync} from "node:child_process";
import JSZip from "jszip";
import {vintageTable} from "../../src/node/vintages.js";
import {describe, expect, it} from "vitest";
import {join} from "node:path";
import {allTables} from "../../src/lib/outputs.js";
import {toJson} from "../../src/lib/wire.js";
import {loadDataset} from "../../src/node/dataFolder.js";
import {readTableDocs} from "../../src/node/tableDocs.js";
import {tableStats} from "../../src/node/tablesArchive.js";
import {brokenFolder} from "../support/brokenCases.js";
import {VALID_DIR} from "../support/fixtures.js";
import {ROOT} from "../support/site.js";

const run = (env: Record<string, string> = {}) =>
  spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/data/tables.zip.ts"], {cwd: ROOT, env: {...process.env, ...env}, maxBuffer: 1 << 28});

describe("the data loader src/data/tables.zip.ts on data/", () => {
  it("writes every raw and derived table, and the column docs, as JSON files of one zip", async () => {
    const result = run();
    expect(result.status, result.stderr.toString()).toBe(0);
    const zip = await JSZip.loadAsync(result.stdout);
    const tables: Record<string, readonly unknown[]> = {
      ...allTables(loadDataset()),
      table_docs: readTableDocs(),
      vintages: await vintageTable()
    };
    tables.table_stats = tableStats(tables);
    const members = Object.keys(zip.files).filter((f) => !f.startsWith("pages/"));
    expect(members.sort()).toEqual(Object.keys(tables).map((n) => `${n}.json`).sort());
    for (const [name, rows] of Object.entries(tables)) {
      const text = await zip.file(`${name}.json`)!.async("string");
      expect(text, name).toBe(toJson(rows));
      // Dates travel as calendar days, never as timestamps.
      expect(text, name).not.toMatch(/T00:00:00/);
    }
  });

  it("counts each table's rows and cited sources for the methods page", async () => {
    const zip = await JSZip.loadAsync(run().stdout);
    const stats = JSON.parse(await zip.file("table_stats.json")!.async("string")) as {table: string; rows: number; sources_cited: number}[];
    const measures = loadDataset().measures;
    expect(stats.find((s) => s.table === "measures")).toMatchObject({rows: measures.length, sources_cited: new Set(measures.flatMap((m) => m.source_ids)).size});
  });

  it("writes the same bytes twice (a fixed file date keeps builds reproducible)", () => {
    expect(Buffer.compare(run().stdout, run().stdout)).toBe(0);
  });
});

describe("the data loader on other data", () => {
  it("exits 1 on invalid data and prints the same FILE:ROW:COLUMN messages as data:check", () => {
    const result = run({HIGH_FENCES_DATA: brokenFolder("measures--impossible-date")});
    expect(result.status).toBe(1);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr.toString()).toContain('measures.csv:3:announced: "2018-02-30" is not a calendar date');
  });

  it("reads HIGH_FENCES_DATA, so the site can be built from the test fixture", async () => {
    const result = run({HIGH_FENCES_DATA: VALID_DIR});
    expect(result.status, result.stderr.toString()).toBe(0);
    const meta = JSON.parse(await (await JSZip.loadAsync(result.stdout)).file("meta.json")!.async("string"));
    expect(meta[0].as_of).toBe("2020-06-30");
  });
});
