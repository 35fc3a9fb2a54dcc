import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchChromium} from "../support/chromium.js";
import {serveSite} from "../support/server.js";
import {BASE, PAGES} from "../support/site.js";

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  site = await serveSite(inject("siteDir"), BASE);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page, recording console errors, page errors and every request to another origin. */
async function open(path: string, width = 1280): Promise<{page: Page; errors: string[]; foreign: string[]}> {
  const page = await browser.newPage({viewport: {width, height: 900}});
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => !r.url().startsWith(site.origin) && !r.url().startsWith("data:") && foreign.push(r.url()));
  await page.goto(site.url + path, {waitUntil: "networkidle"});
  // resize() draws after the first paint: wait for a chart before asserting.
  await page.waitForSelector("figure svg, svg[role=img], .card svg", {timeout: 15_000}).catch(() => undefined);
  return {page, errors, foreign};
}

describe.each(PAGES)("page %s.html in Chromium", (name) => {
  it("renders with no error element, no console error, no foreign request, and draws a chart", async () => {
    const {page, errors, foreign} = await open(`${name}.html`);
    expect(await page.locator(".observablehq--error").count()).toBe(0);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.locator("svg [aria-label], svg[aria-label]").count()).toBeGreaterThan(0);
    await page.close();
  });
});
