import {readFileSync} from "node:fs";
import {join} from "node:path";
import {spawnSync} from "node:child_process";
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {PAGE_TABLES, SOURCE_LINK_COLUMNS, allTables, citedSources} from "../../src/lib/outputs.js";
import {loadDataset} from "../../src/node/dataFolder.js";
import {ROOT} from "../support/site.js";

/** The archive members a page's Markdown attaches (data/tables/NAME.json → NAME). */
const attached = (page: string) =>
  [...readFileSync(join(ROOT, `src/${page}.md`), "utf-8").matchAll(/FileAttachment\("data\/tables\/([\w/-]+)\.json"\)/g)].map(
    (m) => m[1]
  );

describe("the pages' own source indexes (PAGE_TABLES, pages/sources-PAGE.json)", () => {
  const tables = allTables(loadDataset()) as Record<string, readonly Record<string, unknown>[]>;

  it.each(Object.keys(PAGE_TABLES))("%s.md loads its own index, never the whole sources table", (page) => {
    expect(attached(page)).toContain(`pages/sources-${page}`);
    expect(attached(page)).not.toContain("sources");
  });

  it.each(Object.entries(PAGE_TABLES))("%s.md reads only tables its index was made from", (page, names) => {
    const read = attached(page).filter((n) => !n.startsWith("pages/"));
    expect(read.filter((n) => !(names as readonly string[]).includes(n))).toEqual([]);
  });

  it("holds every source a listed table cites, and no other, with the link columns only", () => {
    const index = citedSources(tables, ["tariff_steps"]);
    const cited = new Set(tables.tariff_steps.flatMap((r) => r.source_ids as string[]));
    expect(new Set(index.map((s) => s.id))).toEqual(cited);
    expect(Object.keys(index[0]).sort()).toEqual([...SOURCE_LINK_COLUMNS].sort());
  });

  it("is written by the loader for every page, much smaller than the sources table", async () => {
    const out = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/data/tables.zip.ts"], {cwd: ROOT, maxBuffer: 1 << 28});
    const zip = await JSZip.loadAsync(out.stdout);
    const whole = (await zip.file("sources.json")!.async("string")).length;
    for (const page of Object.keys(PAGE_TABLES)) {
      const text = await zip.file(`pages/sources-${page}.json`)?.async("string");
      expect(text, page).toBeDefined();
      expect(text!.length, page).toBeLessThan(whole * 0.8);
    }
  });
});
