import {csvParse} from "d3-dsv";
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {shippedTable, useSite} from "../support/browserSite.js";
import {TABLE_NAMES} from "../../src/lib/tables.js";

const {open} = useSite();

describe("page methods.html in Chromium", () => {
  it("documents every raw table with its columns and row count", async () => {
    const {page} = await open("methods.html");
    for (const name of TABLE_NAMES.filter((n) => n !== "meta")) {
      await expect.poll(() => page.locator(`h2#${name}`).count(), {message: name}).toBe(1);
    }
    const stats = shippedTable<{table: string; rows: number}>("table_stats");
    const measures = stats.find((s) => s.table === "measures")!;
    expect(await page.locator("h2#measures + h3").textContent()).toContain(`${measures.rows} rows`);
    await page.close();
  });

  it("filters the sources by kind in the URL, and a shared link restores it", async () => {
    const {page} = await open("methods.html");
    await page.selectOption("select[name=kind]", "primary");
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#kind=primary");
    const primary = shippedTable<{kind: string}>("sources").filter((s) => s.kind === "primary").length;
    await expect
      .poll(() => page.locator("caption", {hasText: "sources,"}).textContent())
      .toContain(`; ${primary} match`);
    await page.close();
    const shared = await open("methods.html#kind=primary");
    expect(await shared.page.locator("select[name=kind]").inputValue()).toBe("primary");
    await shared.page.close();
  });

  it("downloads a whole table as CSV on request, fetched only then", async () => {
    const {page} = await open("methods.html");
    const card = page.locator(".card", {has: page.locator("h2#trade")});
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.locator("a.hf-download", {hasText: "CSV"}).first().click()
    ]);
    const rows = csvParse(readFileSync((await download.path())!, "utf-8"));
    expect(rows.length).toBe(shippedTable("trade").length);
    expect(rows.columns).toEqual(["year", "flow", "value_usd_bn", "source_id", "release", "notes"]);
    await page.close();
  });
});
