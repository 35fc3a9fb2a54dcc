import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {useSite} from "../support/browserSite.js";

const {open} = useSite();

/** Types a query into Framework's search box and returns the result links. */
async function search(page: Page, query: string): Promise<{text: string; href: string}[]> {
  await page.fill("#observablehq-search input", query);
  await page.waitForSelector("#observablehq-search-results li a", {timeout: 10_000});
  return page.$$eval("#observablehq-search-results li a", (as) =>
    as.map((a) => ({text: a.textContent ?? "", href: (a as HTMLAnchorElement).href}))
  );
}

describe("the site search", () => {
  it("finds a tariff measure and opens the Tariffs page's table filtered to it", async () => {
    const {page, settled} = await open("index.html");
    const results = await search(page, "List 3");
    const hit = results.find((r) => r.text.includes("List 3"));
    expect(hit?.href).toMatch(/\/high-fences\/tariffs\.html#q=/);
    await page.goto(hit!.href, {waitUntil: "load"});
    await settled();
    await page.waitForSelector(".hf-table caption");
    const caption = await page.locator(".hf-table caption").last().textContent();
    expect(caption).toMatch(/^\d+ tariff steps$/);
    expect(Number(caption!.split(" ")[0])).toBeGreaterThan(0);
    expect(Number(caption!.split(" ")[0])).toBeLessThan(10);
    await page.close();
  });

  it("finds the commentary's German words and links to the excerpt", async () => {
    const {page} = await open("index.html");
    const results = await search(page, "Warnschuss");
    expect(results.some((r) => /commentary\.html#excerpt-/.test(r.href))).toBe(true);
    await page.close();
  });

  it("finds a chip by name", async () => {
    const {page} = await open("index.html");
    expect((await search(page, "H800")).some((r) => /controls\.html/.test(r.href))).toBe(true);
    await page.close();
  });
});

describe("the site search on a German page", () => {
  it("finds a measure by its German title, links to the German Tariffs page and counts in German", async () => {
    const {page, settled} = await open("de/index.html");
    const results = await search(page, "Liste 3");
    const hit = results.find((r) => r.text.includes("Liste 3"));
    expect(hit?.href).toMatch(/\/high-fences\/de\/tariffs\.html#q=/);
    expect(results.every((r) => r.href.includes("/high-fences/de/"))).toBe(true);
    expect(await page.locator("#observablehq-search-results > div").first().textContent()).toMatch(/^\d+ Treffer$/);
    await page.goto(hit!.href, {waitUntil: "load"});
    await settled();
    await page.waitForSelector(".hf-table caption");
    expect(await page.locator(".hf-table caption").last().textContent()).toMatch(/^[1-9]\d* Zollschritte$/);
    await page.close();
  });

  it("finds no English page from a German one, and no German page from an English one", async () => {
    const {page} = await open("index.html");
    expect((await search(page, "List 3")).some((r) => r.href.includes("/de/"))).toBe(false);
    await page.close();
  });
});
