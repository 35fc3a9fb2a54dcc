import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {shippedTable, useSite} from "../support/browserSite.js";

const {open} = useSite();

const FLOWS = '#observablehq-main svg[aria-label^="US goods imports from and exports to China"]';

describe("page trade.html in Chromium", () => {
  it("draws the three charts, the table and the summary computed from the data", async () => {
    const {page, errors} = await open("trade.html");
    expect(errors).toEqual([]);
    expect(await page.locator("#observablehq-main svg[aria-label]").count()).toBe(3);
    const years = shippedTable<{year: number; imports_usd_bn: number; exports_usd_bn: number}>("trade_years");
    const [first, last] = [years[0], years[years.length - 1]];
    const text = await page.locator("#observablehq-main").innerText();
    const money = (v: number) =>
      `$${v.toLocaleString("en-US", {minimumFractionDigits: 1, maximumFractionDigits: 1})}bn`;
    expect(text).toContain(
      `US goods imports from China were ${money(first.imports_usd_bn)} in ${first.year} and ${money(last.imports_usd_bn)} in ${last.year}`
    );
    for (const key of [
      "What the figures show",
      "US goods trade balance with China per year",
      "China's share of all US goods imports",
      "The figures, with their release and source",
      "Census Bureau revises past years"
    ]) {
      expect(text).toContain(key);
    }
    // One table row per year of the trade table, each with a source link.
    const rows = page.locator("#observablehq-main .hf-table tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(years.length);
    expect(await rows.first().locator(".hf-sources a").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("redraws the flows chart and updates the hash when the marked measures change, and a shared link restores them", async () => {
    const {page} = await open("trade.html");
    const before = await page.locator(FLOWS).getAttribute("aria-description");
    expect(before).toMatch(/\(US: \d+, China: \d+\)/);
    await page.selectOption('select[name="marks"]', "cn");
    await page.waitForFunction(
      (sel) => !/US: \d+/.test(document.querySelector(sel)?.getAttribute("aria-description") ?? "US: 1"),
      FLOWS
    );
    expect(await page.locator(FLOWS).getAttribute("aria-description")).toMatch(/\(China: \d+\)/);
    expect(new URL(page.url()).hash).toBe("#marks=cn");
    await page.close();

    const shared = await open("trade.html#marks=cn");
    expect(await shared.page.locator('select[name="marks"]').inputValue()).toBe("cn");
    expect(await shared.page.locator(FLOWS).getAttribute("aria-description")).toMatch(/\(China: \d+\)/);
    expect(await shared.page.locator(FLOWS).getAttribute("aria-description")).not.toMatch(/US: \d+/);
    await shared.page.close();
  });

  it("downloads exactly the plotted years as CSV", async () => {
    const {page} = await open("trade.html");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download these rows")]);
    expect(download.suggestedFilename()).toBe("trade-flows.csv");
    const csv = readFileSync((await download.path())!, "utf-8")
      .trim()
      .split("\n");
    expect(csv[0]).toBe("year,imports_usd_bn,exports_usd_bn,release,source_ids");
    const years = shippedTable<{year: number; imports_usd_bn: number; exports_usd_bn: number}>("trade_years");
    expect(csv.slice(1).map((line) => Number(line.split(",")[0]))).toEqual(years.map((y) => y.year));
    expect(csv[1]).toContain(String(years[0].imports_usd_bn));
    await page.close();
  });
});
