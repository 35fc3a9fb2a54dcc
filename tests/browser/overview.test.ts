import {describe, expect, it} from "vitest";
import {shippedTable, useSite} from "../support/browserSite.js";

const {open} = useSite();

describe("page index.html in Chromium", () => {
  it("shows the headline estimates (incl. MFN) from the shipped headline table, each on its tariff lane's checked-through date", async () => {
    const {page} = await open("index.html");
    const headline = shippedTable<{direction: string; date: string; total_pct?: number}>("headline");
    const meta = shippedTable<{checked_through_us_tariffs: string; checked_through_cn_tariffs: string}>("meta")[0];
    const us = headline.find((h) => h.direction === "us-on-cn" && h.date === meta.checked_through_us_tariffs)!;
    const cn = headline.find((h) => h.direction === "cn-on-us" && h.date === meta.checked_through_cn_tariffs)!;
    const figure = (h: {total_pct?: number}) =>
      h.total_pct === undefined ? "no line data" : `${h.total_pct.toFixed(1)}%`;
    expect(await page.locator(".hf-big").nth(0).textContent()).toBe(figure(us));
    expect(await page.locator(".hf-big").nth(1).textContent()).toBe(figure(cn));
    const [day, month, year] = [
      +meta.checked_through_us_tariffs.slice(8),
      meta.checked_through_us_tariffs.slice(5, 7),
      meta.checked_through_us_tariffs.slice(0, 4)
    ];
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    expect(await page.locator(".card .hf-muted").first().textContent()).toContain(
      `on ${day} ${months[+month - 1]} ${year}`
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
    // The card's source links are drawn after its title: wait for them as for the title.
    await expect.poll(() => page.locator(".hf-measure .hf-sources a").count()).toBeGreaterThan(0);
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
