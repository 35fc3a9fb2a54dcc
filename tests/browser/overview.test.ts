import {describe, expect, it} from "vitest";
import {shippedTable, useSite} from "../support/browserSite.js";

const {open} = useSite();

describe("page index.html in Chromium", () => {
  it("shows the headline estimates (incl. MFN) from the shipped headline table", async () => {
    const {page} = await open("index.html");
    const headline = shippedTable<{direction: string; date: string; total_pct?: number}>("headline");
    const meta = shippedTable<{as_of: string}>("meta")[0];
    const us = headline.find((h) => h.direction === "us-on-cn" && h.date === meta.as_of)!;
    expect(await page.locator(".hf-big").first().textContent()).toBe(
      us.total_pct === undefined ? "no line data" : `${us.total_pct.toFixed(1)}%`
    );
    await page.close();
  });

  it("lets the keyboard step through the timeline and shows each item's card with its sources", async () => {
    const {page} = await open("index.html");
    const items = shippedTable<{title: string; lane: string}>("timeline");
    await page.focus(".hf-keyboard-chart");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator(".hf-measure h3").textContent()).toBe(items[0].title);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator(".hf-measure h3").textContent()).toBe(items[1].title);
    expect(await page.locator(".hf-measure .hf-sources a").count()).toBeGreaterThan(0);
    await page.keyboard.press("End");
    await expect.poll(() => page.locator(".hf-measure h3").textContent()).toBe(items[items.length - 1].title);
    await page.close();
  });

  it("filters the lanes, keeps the filter in the hash, and a shared link restores it", async () => {
    const {page} = await open("index.html");
    const before = await page.locator(".hf-keyboard-chart svg[aria-label] circle").count();
    await page.selectOption("select[name=lanes]", "cn");
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#lanes=cn");
    await expect.poll(() => page.locator(".hf-keyboard-chart svg[aria-label] circle").count()).toBeLessThan(before);
    const after = await page.locator(".hf-keyboard-chart svg[aria-label] circle").count();
    await page.close();
    const shared = await open("index.html#lanes=cn");
    expect(await shared.page.locator("select[name=lanes]").inputValue()).toBe("cn");
    expect(await shared.page.locator(".hf-keyboard-chart svg[aria-label] circle").count()).toBe(after);
    await shared.page.close();
  });
});
