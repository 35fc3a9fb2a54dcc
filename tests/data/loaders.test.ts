import {spawnSync} from "node:child_process";
import JSZip from "jszip";
import {vintageTable} from "../../src/node/vintages.js";
import {describe, expect, it} from "vitest";
import {join} from "node:path";
import {PAGE_TABLES, allTables} from "../../src/lib/outputs.js";
import {toJson} from "../../src/lib/wire.js";
import {loadDataset} from "../../src/node/dataFolder.js";
import {readTableDocs} from "../../src/node/tableDocs.js";
import {tableStats} from "../../src/node/tablesArchive.js";
import {brokenFolder} from "../support/brokenCases.js";
import {VALID_DIR} from "../support/fixtures.js";
import {ROOT} from "../support/site.js";

const run = (env: Record<string, string> = {}) =>
  spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/data/tables.zip.ts"], {cwd: ROOT, env: {...process.env, ...env}, maxBuffer: 1 << 28});

/** The loader's output on data/, written once for the tests that read it (the last test shows a second run is the same). */
let first: ReturnType<typeof run> | undefined;
const output = () => (first ??= run());

describe("the data loader src/data/tables.zip.ts on data/", () => {
  it("writes every raw and derived table, and the column docs, as JSON files of one zip", async () => {
    const result = output();
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
    const zip = await JSZip.loadAsync(output().stdout);
    const stats = JSON.parse(await zip.file("table_stats.json")!.async("string")) as {table: string; rows: number; sources_cited: number}[];
    const measures = loadDataset().measures;
    expect(stats.find((s) => s.table === "measures")).toMatchObject({rows: measures.length, sources_cited: new Set(measures.flatMap((m) => m.source_ids)).size});
  });

  it("writes each page's data in English and in German: the same tables, rows and columns, and no _de column", async () => {
    const zip = await JSZip.loadAsync(output().stdout);
    const read = async (path: string) => JSON.parse(await zip.file(path)!.async("string"));
    const columns = (rows: Record<string, unknown>[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();
    for (const page of [...Object.keys(PAGE_TABLES), "methods"]) {
      const en = (await read(`pages/${page}.json`)) as Record<string, Record<string, unknown>[]>;
      const de = (await read(`pages/de/${page}.json`)) as Record<string, Record<string, unknown>[]>;
      expect(Object.keys(de), page).toEqual(Object.keys(en));
      for (const [name, rows] of Object.entries(en)) {
        expect(de[name].length, `${page}.${name}`).toBe(rows.length);
        expect(columns(de[name]), `${page}.${name}`).toEqual(columns(rows));
        expect(columns(rows).filter((c) => c.endsWith("_de")), `${page}.${name}`).toEqual([]);
      }
      if (page !== "methods")
        expect(await zip.file(`pages/de/sources-${page}.json`)!.async("string")).toBe(
          await zip.file(`pages/sources-${page}.json`)!.async("string")
        );
    }
  });

  it("writes the German page data with the German text of the rows: measure titles, timeline, reasons", async () => {
    const zip = await JSZip.loadAsync(output().stdout);
    const read = async (path: string) => JSON.parse(await zip.file(path)!.async("string"));
    const dataset = loadDataset();
    const measure = dataset.measures.find((m) => m.title_de)!;
    const tariffs = await read("pages/de/tariffs.json");
    expect(tariffs.measures.find((m: {id: string}) => m.id === measure.id).title).toBe(measure.title_de);
    const englishTariffs = await read("pages/tariffs.json");
    expect(englishTariffs.measures.find((m: {id: string}) => m.id === measure.id).title).toBe(measure.title);
    const scopeLabel = new Map(dataset.tariff_scopes.map((t) => [t.scope, t.label_de]));
    for (const step of tariffs.tariff_steps as {scope: string; label: string}[])
      expect(step.label, step.scope).toBe(scopeLabel.get(step.scope));
    const event = dataset.events.find((e) => e.summary_de)!;
    const index = await read("pages/de/index.json");
    expect(index.timeline.find((i: {id: string}) => i.id === event.id).summary).toBe(event.summary_de);
    const comparison = await read("tariff_comparison.json");
    expect(tariffs.tariff_comparison.map((c: {reason: string}) => c.reason)).toEqual(
      comparison.map((c: {reason_de: string}) => c.reason_de)
    );
    expect(englishTariffs.tariff_comparison.map((c: {reason: string}) => c.reason)).toEqual(
      comparison.map((c: {reason: string}) => c.reason)
    );
  });

  it("writes the same bytes twice (a fixed file date keeps builds reproducible)", () => {
    const again = run();
    expect(again.status, again.stderr.toString()).toBe(0);
    expect(Buffer.compare(output().stdout, again.stdout)).toBe(0);
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
