import {describe, expect, it} from "vitest";
import {useSite} from "../support/browserSite.js";

const {open, origin} = useSite();

describe("the site published under a sub-path (/high-fences/)", () => {
  it("serves its 404 page, styled and working, at a missing nested path", async () => {
    const {page, errors, foreign} = await open("no/such/page");
    expect(await page.locator("h1").textContent()).toBe("Page not found");
    // The stylesheet loaded: the body font is the one our style.css sets, not the browser default.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("Georgia");
    expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
    expect(foreign).toEqual([]);
    // Its links lead back into the site from any depth.
    await Promise.all([
      page.waitForURL(`${origin()}/high-fences/`),
      page.click("#observablehq-main a:text('overview')")
    ]);
    await page.waitForSelector("#observablehq-main h1");
    expect(await page.locator("#observablehq-main h1").first().textContent()).toBe("High Fences");
    await page.close();
  });

  it("links every page to every other within the sub-path", async () => {
    const {page} = await open("index.html");
    const hrefs = await page.$$eval("#observablehq-sidebar a", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(7);
    for (const href of hrefs) expect(href.startsWith(`${origin()}/high-fences/`), href).toBe(true);
    await page.close();
  });
});
