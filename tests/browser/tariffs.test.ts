import {csvParse} from "d3-dsv";
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {shippedTable, useSite} from "../support/browserSite.js";

const {open} = useSite();
const GRID = 'svg[aria-label="Additional tariff rate per scope over time"]';

describe("page tariffs.html in Chromium", () => {
  it("draws both average-tariff charts, both authority charts, the rate grid and the comparison with every published estimate", async () => {
    const {page} = await open("tariffs.html");
    expect(await page.locator('svg[aria-label^="Average tariff,"]').count()).toBe(2);
    expect(await page.locator('svg[aria-label^="Additional duties by legal authority"]').count()).toBe(2);
    expect(await page.locator(GRID).count()).toBe(1);
    const published = shippedTable("published_estimates");
    const caption = page.locator("caption", {hasText: "Published averages beside our estimate"});
    expect(await caption.locator("xpath=..").locator("tbody tr").count()).toBe(published.length);
    await page.close();
  });

  it("switches the rate grid to China's tariffs, writes #dir= into the URL, and a shared link restores it", async () => {
    const {page} = await open("tariffs.html");
    const usRows = await page.locator(`${GRID} g[aria-label="y-axis tick label"] text, ${GRID} text`).count();
    await page.selectOption("select[name=dir]", "cn-on-us");
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#dir=cn-on-us");
    await expect.poll(() => page.locator("h2", {hasText: "China's additional tariff rates"}).count()).toBe(1);
    expect(await page.locator(`${GRID} text`).count()).not.toBe(usRows);
    await page.close();
    const shared = await open("tariffs.html#dir=cn-on-us");
    expect(await shared.page.locator("select[name=dir]").inputValue()).toBe("cn-on-us");
    expect(await shared.page.locator("h2", {hasText: "China's additional tariff rates"}).count()).toBe(1);
    await shared.page.close();
  });

  it("downloads exactly the plotted rate steps as CSV", async () => {
    const {page} = await open("tariffs.html#dir=cn-on-us");
    const card = page.locator(".card", {has: page.locator(GRID)});
    const [download] = await Promise.all([page.waitForEvent("download"), card.locator("a.hf-download").click()]);
    const rows = csvParse(readFileSync((await download.path())!, "utf-8"));
    const expected = shippedTable<{direction?: string}>("tariff_steps").filter((s) => s.direction === "cn-on-us");
    expect(rows.length).toBe(expected.length);
    expect(rows.every((r) => r.direction === "cn-on-us")).toBe(true);
    await page.close();
  });

  it("filters the table of steps by a search in the URL", async () => {
    const {page} = await open("tariffs.html#q=List%203");
    const caption = await page.locator("caption", {hasText: "tariff steps"}).textContent();
    const n = Number(caption!.split(" ")[0]);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(shippedTable("tariff_steps").length);
    await page.close();
  });
});
