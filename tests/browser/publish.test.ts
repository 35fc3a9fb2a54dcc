import {describe, expect, it} from "vitest";
import {useSite} from "../support/browserSite.js";
import {notFound} from "../../src/lib/i18n/pages/notFound.js";

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

  it("serves the 404 page with a German line (lang=de) that leads to the German pages", async () => {
    const {page} = await open("no/such/page");
    expect(await page.locator('#observablehq-main p[lang="de"]').count()).toBe(1);
    await Promise.all([
      page.waitForURL(`${origin()}/high-fences/de/`),
      page.click('#observablehq-main p[lang="de"] a')
    ]);
    await page.close();
  });

  it("has a German 404 page under de/ whose links lead to the German pages", async () => {
    const german = await open("de/404.html");
    expect(await german.page.locator("h1").textContent()).toBe(notFound.de.title);
    expect(await german.page.locator("html").getAttribute("lang")).toBe("de");
    await Promise.all([
      german.page.waitForURL(`${origin()}/high-fences/de/methods.html`),
      german.page.click("#observablehq-main a:text('Daten und Methoden')")
    ]);
    await german.page.close();
  });

  it("links every page to every other within the sub-path", async () => {
    const {page} = await open("index.html");
    const hrefs = await page.$$eval("#observablehq-sidebar a", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(7);
    for (const href of hrefs) expect(href.startsWith(`${origin()}/high-fences/`), href).toBe(true);
    await page.close();
  });
});
