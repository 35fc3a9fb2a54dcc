import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchChromium} from "../support/chromium.js";
import {paintRecord, recordPaint, shiftSum} from "../support/layoutShift.js";
import {serveSite} from "../support/server.js";
import {BASE, GERMAN_PAGES, PAGES} from "../support/site.js";

// The limit: the best pages stay under 0.02 (Lighthouse calls 0.1 "good").
const LIMIT = 0.02;

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  site = await serveSite(inject("siteDir"), BASE, {gzip: true});
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

// Each page at each width in each theme, as [name, width, scheme]: tuples, so the title's %s, %i, %s take them in
// order (vitest's $name reads a property of an object case, and printed "undefined" for the page).
const CASES = [...PAGES, ...GERMAN_PAGES].flatMap((name) =>
  [375, 1280].flatMap((width) => (["light", "dark"] as const).map((scheme) => [name, width, scheme] as const))
);

describe.each(CASES)("page %s.html at %i px, %s theme", (name, width, scheme) => {
  it("does not move once painted: layout shifts without input sum to at most 0.02, before and after the first chart", async () => {
    const page = await browser.newPage({viewport: {width, height: width < 600 ? 812 : 900}, colorScheme: scheme});
    await recordPaint(page);
    await page.goto(site.url + `${name}.html`, {waitUntil: "networkidle"});
    await page.waitForSelector("#observablehq-main svg[aria-label]", {timeout: 15_000});
    await page.waitForTimeout(300);
    const {shifts, firstChart} = await paintRecord(page);
    const moved = shifts.map((s) => `${s.value.toFixed(3)} at ${Math.round(s.time)} ms: ${s.sources.join(", ")}`);
    expect(firstChart, "the first chart appeared").not.toBeNull();
    expect(shiftSum(shifts, firstChart!), `after the first chart: ${moved.join("; ")}`).toBeLessThanOrEqual(LIMIT);
    expect(shiftSum(shifts), `whole load: ${moved.join("; ")}`).toBeLessThanOrEqual(LIMIT);
    // Stillness must not come from hiding: nothing in main (or the footer) is held back invisible while it draws.
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll("#observablehq-main > *, #observablehq-footer")]
        .filter((e) => getComputedStyle(e).visibility === "hidden")
        .map((e) => e.outerHTML.slice(0, 80))
    );
    expect(hidden).toEqual([]);
    await page.close();
  });
});
