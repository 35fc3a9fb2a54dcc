import {readFileSync} from "node:fs";
import {csvParse} from "d3-dsv";
import {describe, expect, it} from "vitest";
import {shippedTable, useSite} from "../support/browserSite.js";

const {open} = useSite();

interface Rule {
  id: string;
  name: string;
  effective: string;
}
const rules = () =>
  shippedTable<Rule>("chip_rules").sort((a, b) => a.effective.localeCompare(b.effective) || a.id.localeCompare(b.id));
const CHIPS = '#observablehq-main svg[aria-label^="AI chips against the thresholds of"]';
const TABLE_ROWS = '#observablehq-main .hf-table[aria-label="Export controls and entity listings"] tbody tr';

describe("page controls.html in Chromium", () => {
  it("draws the three charts and the tables, with the chips of the latest rule", async () => {
    const {page, errors} = await open("controls.html");
    expect(errors).toEqual([]);
    expect(await page.locator("#observablehq-main svg[aria-label]").count()).toBe(3);
    const text = await page.locator("#observablehq-main").innerText();
    for (const key of [
      "Export controls and chips",
      "Named AI chips against the thresholds of",
      "Each chip's class under each rule, and which chips moved",
      "US export controls, entity listings and chip subsidies",
      "China's export controls on minerals and materials, and their suspensions",
      "Every export control and entity listing, both sides"
    ]) {
      expect(text).toContain(key);
    }
    const latest = rules().at(-1)!;
    expect(await page.locator(CHIPS).getAttribute("aria-label")).toContain(latest.name);
    expect(await page.locator('select[name="rule"]').inputValue()).toBe(latest.id);
    // Every chip is either a dot or listed under the chart: plotted + listed = the chips in the classification table.
    const chips = shippedTable<{id: string}>("chips");
    expect(
      await page.locator('#observablehq-main .hf-table[aria-label="Chip classification by rule"] tbody tr').count()
    ).toBe(chips.length);
    await page.close();
  });

  it("redraws the chip chart and updates the hash when another rule is picked, and a shared link restores it", async () => {
    const [first] = rules();
    const {page} = await open("controls.html");
    await page.selectOption('select[name="rule"]', first.id);
    await page.waitForFunction(
      ([sel, name]) => document.querySelector(sel)?.getAttribute("aria-label")?.includes(name),
      [CHIPS, first.name] as const
    );
    expect(new URL(page.url()).hash).toBe(`#rule=${first.id}`);
    expect(await page.locator("#observablehq-main h2", {hasText: "Named AI chips"}).innerText()).toContain(first.name);
    await page.close();

    const shared = await open(`controls.html#rule=${first.id}`);
    expect(await shared.page.locator('select[name="rule"]').inputValue()).toBe(first.id);
    expect(await shared.page.locator(CHIPS).getAttribute("aria-label")).toContain(first.name);
    await shared.page.close();
  });

  it("filters the table by actor and instrument, keeps both in the hash, and a shared link restores them", async () => {
    const measures = shippedTable<{id: string; actor: string; instrument: string}>("measures");
    const expected = measures.filter((m) => m.actor === "CN" && m.instrument === "entity-listing").length;
    expect(expected).toBeGreaterThan(0);
    const {page} = await open("controls.html");
    const all = await page.locator(TABLE_ROWS).count();
    await page.selectOption('select[name="actor"]', "CN");
    await page.selectOption('select[name="instrument"]', "entity-listing");
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n, [
      TABLE_ROWS,
      expected
    ] as const);
    expect(all).toBeGreaterThan(expected);
    expect(new URL(page.url()).hash).toBe("#actor=CN&instrument=entity-listing");
    const actors = await page.locator(`${TABLE_ROWS} td[data-label="Actor"]`).allTextContents();
    expect(new Set(actors)).toEqual(new Set(["CN"]));
    await page.close();

    const shared = await open("controls.html#actor=CN&instrument=entity-listing");
    expect(await shared.page.locator('select[name="actor"]').inputValue()).toBe("CN");
    expect(await shared.page.locator('select[name="instrument"]').inputValue()).toBe("entity-listing");
    expect(await shared.page.locator(TABLE_ROWS).count()).toBe(expected);
    await shared.page.close();
  });

  it("downloads exactly the chips plotted under the selected rule as CSV", async () => {
    const [first] = rules();
    const {page} = await open(`controls.html#rule=${first.id}`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download these rows")]);
    expect(download.suggestedFilename()).toBe(`chips-${first.id}.csv`);
    const rows = csvParse(readFileSync((await download.path())!, "utf-8"));
    expect(rows.columns).toEqual(
      expect.arrayContaining(["chip_id", "name", "rule_id", "tpp", "classification", "derivation"])
    );
    // Rows are the plotted chips of that rule; the chips listed under the chart as lacking a figure are not in it.
    const classes = shippedTable<{chip_id: string; rule_id: string}>("chip_classes").filter(
      (r) => r.rule_id === first.id
    );
    const listed = await page
      .locator('#observablehq-main figure:has(svg[aria-label^="AI chips"]) figcaption strong')
      .allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length + listed.length).toBe(classes.length);
    expect(rows.every((r) => r.rule_id === first.id && r.tpp !== "")).toBe(true);
    expect(rows.some((r) => listed.includes(r.name!))).toBe(false);
    await page.close();
  });

  it("downloads the US rules chart's status periods, all of US measures", async () => {
    const {page} = await open("controls.html");
    const link = page
      .locator(".card", {hasText: "US export controls, entity listings and chip subsidies"})
      .locator("a.hf-download");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const rows = csvParse(readFileSync((await download.path())!, "utf-8"));
    expect(rows.columns).toEqual(
      expect.arrayContaining([
        "measure_id",
        "title",
        "actor",
        "instrument",
        "status",
        "phase",
        "start",
        "end",
        "current_status"
      ])
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(["US"]));
    await page.close();
  });
});
