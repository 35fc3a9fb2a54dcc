import {describe, expect, it} from "vitest";
import {sharedPage, useSite} from "../support/browserSite.js";
import {GERMAN_PAGES, PAGES} from "../support/site.js";

const {open} = useSite();

describe.each(PAGES)("page %s.html in Chromium", (name) => {
  // The first two tests share one load at 1280 px (the second follows a link away from it).
  const wide = sharedPage(open, `${name}.html`);
  it("renders with no error element, no console error, no foreign request, and draws a labelled chart", async () => {
    const {page, errors, foreign} = await wide();
    expect(await page.locator(".observablehq--error").count()).toBe(0);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.locator("#observablehq-main svg[aria-label]").count()).toBeGreaterThan(0);
  });

  it("says under its title how far its data reach, lane by lane, and links the changelog", async () => {
    const {page} = await wide();
    const reach = page.locator("#observablehq-main .hf-reach").first();
    expect(await reach.textContent()).toMatch(/^Data checked through: .*\d{4}.*Changelog$/);
    const link = reach.locator("a");
    expect(await link.getAttribute("href")).toBe("./methods.html#changes-to-the-data");
    await link.click();
    await page.waitForURL(/methods/);
    expect(await page.locator("#changes-to-the-data").count()).toBe(1);
    await page.close();
  });

  it("fits a 375 px phone without sideways scrolling of the page", async () => {
    const {page, errors} = await open(`${name}.html`, {width: 375});
    expect(errors).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe.each(GERMAN_PAGES)("German page %s.html in Chromium", (name) => {
  // Errors, foreign requests, the charts and the German data-reach line at 1280 px: languages.test.ts (one load).
  it("fits a 375 px phone without sideways scrolling of the page (German words are longer)", async () => {
    const {page, errors} = await open(`${name}.html`, {width: 375});
    expect(errors).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
