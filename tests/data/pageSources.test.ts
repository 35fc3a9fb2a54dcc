import {readFileSync} from "node:fs";
import {join} from "node:path";
import {spawnSync} from "node:child_process";
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {
  LISTED_SOURCE_COLUMNS,
  PAGE_LAZY_SOURCES,
  PAGE_MEASURE_USE,
  PAGE_TABLES,
  SOURCE_LINK_COLUMNS,
  allTables,
  citedSources,
  linkedTimeline,
  listedSources,
  pageTables,
  sourcesHead
} from "../../src/lib/outputs.js";
import {loadDataset} from "../../src/node/dataFolder.js";
import {laneOf} from "../../src/lib/lanes.js";
import {ROOT} from "../support/site.js";

/**
 * The archive members a page's template attaches, the same in both languages: `{{data}}NAME.json` (the page-data
 * folder of the page's language, pages/ or pages/de/) → pages/NAME; `{{root}}data/tables/NAME.json` → NAME.
 */
const attached = (page: string) =>
  [
    ...readFileSync(join(ROOT, `src/templates/${page}.md.tpl`), "utf-8").matchAll(
      /FileAttachment\("(\{\{data\}\}|\{\{root\}\}data\/tables\/)([\w/-]+)\.json"\)/g
    )
  ].map((m) => (m[1] === "{{data}}" ? `pages/${m[2]}` : m[2]));

describe("the pages' own source indexes (PAGE_TABLES, pages/sources-PAGE.json)", () => {
  const tables = allTables(loadDataset()) as Record<string, readonly Record<string, unknown>[]>;

  it.each(Object.keys(PAGE_TABLES))(
    "%s.md loads its own data file or its own source index, never the whole sources table",
    (page) => {
      expect(attached(page).some((n) => n === `pages/${page}` || n === `pages/sources-${page}`)).toBe(true);
      expect(attached(page)).not.toContain("sources");
    }
  );

  it.each(Object.entries(PAGE_TABLES))("%s.md reads only tables its index was made from", (page, names) => {
    const read = attached(page).filter((n) => !n.startsWith("pages/"));
    expect(read.filter((n) => !(names as readonly string[]).includes(n))).toEqual([]);
  });

  it("linkedTimeline keeps only the timeline items the rows of the referring tables name, in timeline order", () => {
    const items = linkedTimeline(tables, ["forecasts"]);
    const named = new Set(tables.forecasts.flatMap((f) => [...((f.measure_ids as string[]) ?? []), ...((f.event_ids as string[]) ?? [])]));
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(tables.timeline.length);
    expect(items.every((i) => named.has(String(i.id)))).toBe(true);
    expect(items).toEqual(tables.timeline.filter((i) => named.has(String(i.id))));
  });

  it("listedSources keeps every source with the columns the methods page shows, without the notes", () => {
    const listed = listedSources(tables.sources);
    expect(listed.map((s) => s.id)).toEqual(tables.sources.map((s) => s.id));
    expect(Object.keys(listed[0]).every((c) => (LISTED_SOURCE_COLUMNS as readonly string[]).includes(c))).toBe(true);
    expect(listed.some((s) => "notes" in s)).toBe(false);
  });

  it("sourcesHead keeps the first sources whole and only the date and kind of the others", () => {
    const listed = listedSources(tables.sources);
    const head = sourcesHead(listed, 3);
    expect(head.length).toBe(listed.length);
    expect(head.slice(0, 3)).toEqual(listed.slice(0, 3));
    expect(head.slice(3).every((s) => Object.keys(s).join() === "date,kind")).toBe(true);
    expect(head.map((s) => s.kind)).toEqual(listed.map((s) => s.kind));
  });

  it("holds every source a listed table cites, and no other, with the link columns only", () => {
    const index = citedSources(tables, ["tariff_steps"]);
    const cited = new Set(tables.tariff_steps.flatMap((r) => r.source_ids as string[]));
    expect(new Set(index.map((s) => s.id))).toEqual(cited);
    expect(Object.keys(index[0]).sort()).toEqual([...SOURCE_LINK_COLUMNS].sort());
  });

  it("ships a page's tables cut to the columns it names, and only the sources those rows cite", () => {
    const shipped = pageTables(tables, "tariffs");
    expect(Object.keys(shipped).sort()).toEqual([...PAGE_TABLES.tariffs, "sources"].sort());
    expect(Object.keys(shipped.measures[0] as object)).toEqual(["id", "title"]);
    expect(shipped.tariff_steps).toEqual(tables.tariff_steps.map(({notes: _, ...r}) => r));
    expect(shipped.tariff_comparison.length).toBe(tables.tariff_comparison.length);
    expect(shipped.tariff_comparison.some((r) => "method" in (r as object))).toBe(false);
    expect(Object.keys(shipped.tariff_comparison[0] as object)).toContain("reason");
    const cited = new Set(
      Object.values(shipped).flatMap((rows) => (rows as Record<string, unknown>[]).flatMap((r) => (r.source_ids as string[]) ?? []))
    );
    expect((shipped.sources as {id: string}[]).every((s) => cited.has(s.id))).toBe(true);
    expect(shipped.sources.length).toBeLessThan(tables.sources.length);
  });

  it("ships the Tariffs page only the measures its tariff steps name, and the commentary's date without its texts", () => {
    const shipped = pageTables(tables, "tariffs") as Record<string, Record<string, unknown>[]>;
    const named = new Set(tables.tariff_steps.map((s) => s.measure_id));
    expect(new Set(shipped.measures.map((m) => m.id))).toEqual(named);
    expect(shipped.measures.length).toBeLessThan(tables.measures.length);
    for (const page of ["tariffs", "controls", "trade"] as const) {
      const [meta] = pageTables(tables, page).meta as Record<string, unknown>[];
      expect(meta.commentary_date, page).toBeDefined();
      expect(Object.keys(meta).filter((c) => /^commentary_(url|title|publisher|date_note)$/.test(c)), page).toEqual([]);
    }
    expect(Object.keys(pageTables(tables, "commentary").meta[0] as object)).toContain("commentary_url");
  });

  it("is written by the loader for every page, much smaller than the sources table", async () => {
    const out = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/data/tables.zip.ts"], {cwd: ROOT, maxBuffer: 1 << 28});
    const zip = await JSZip.loadAsync(out.stdout);
    const whole = (await zip.file("sources.json")!.async("string")).length;
    for (const page of Object.keys(PAGE_TABLES)) {
      const text = await zip.file(`pages/sources-${page}.json`)?.async("string");
      expect(text, page).toBeDefined();
      expect(text!.length, page).toBeLessThan(whole * 0.8);
      // A page that fetches its sources when first needed (PAGE_LAZY_SOURCES) leaves them out of its page file.
      const keys = Object.keys(JSON.parse((await zip.file(`pages/${page}.json`)!.async("string")) as string));
      if (PAGE_LAZY_SOURCES.includes(page as keyof typeof PAGE_TABLES)) expect(keys, page).not.toContain("sources");
      else expect(keys, page).toContain("sources");
    }
  });
});

describe("pageTables(tables, 'controls')", () => {
  const tables = allTables(loadDataset()) as Record<string, readonly Record<string, unknown>[]>;
  const shipped = pageTables(tables, "controls") as Record<string, Record<string, unknown>[]>;
  it("keeps the measures of the export-control lanes and their status rows, and no other", () => {
    const controls = tables.measures.filter((m) => /controls$/.test(laneOf(m as never)));
    expect(shipped.measures.map((m) => m.id)).toEqual(controls.map((m) => m.id));
    const ids = new Set(controls.map((m) => m.id));
    expect(shipped.measure_status).toEqual(tables.measure_status.filter((r) => ids.has(r.measure_id)));
    expect(shipped.current_status.every((r) => ids.has(r.measure_id))).toBe(true);
    expect(shipped.measures.length).toBeLessThan(tables.measures.length);
  });
  it("links every source of the measures it lists, the first of those it draws, and the chips' and rules'", () => {
    const index = new Set((shipped.sources as {id: string}[]).map((s) => s.id));
    const {draws, lists} = PAGE_MEASURE_USE.controls!;
    for (const m of shipped.measures as {id: string; actor: string; instrument: string; authority: string; source_ids: string[]}[]) {
      if (lists(m)) expect(m.source_ids.filter((id) => !index.has(id)), m.id).toEqual([]);
      if (draws(m)) expect(index.has(m.source_ids[0]), m.id).toBe(true);
      expect("summary" in m, m.id).toBe(draws(m));
    }
    for (const name of ["chips", "chip_rules", "chip_rule_thresholds"])
      for (const r of shipped[name]) expect((r.source_ids as string[]).every((id) => index.has(id)), name).toBe(true);
    // Status entries' sources are not linked on the page: an index of every cited source would be larger.
    expect(index.size).toBeLessThan(
      citedSources({...shipped, sources: tables.sources}, ["measures", "measure_status", "chips", "chip_rules"]).length
    );
  });

  it("ships the columns its charts, table and downloads read: each status with its date, no notes", () => {
    expect(Object.keys(shipped.current_status[0]).sort()).toEqual(["measure_id", "since", "status"]);
    expect(shipped.measures.some((m) => typeof m.summary === "string")).toBe(true);
    expect(shipped.measures.some((m) => "notes" in m)).toBe(false);
    expect(shipped.chip_rule_thresholds.some((r) => "notes" in r)).toBe(false);
    expect(shipped.chip_rules.some((r) => "notes" in r)).toBe(true);
  });
});
