import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchChromium} from "../support/chromium.js";
import {builtBy, checkoutCopy, startBuild} from "../support/builds.js";
import {serveSite} from "../support/server.js";
import {followPage} from "../support/settle.js";
import {BASE, PAGES} from "../support/site.js";
import {PAYLOAD, xssData} from "../support/xssSite.js";

// Text fields that carry HTML and script must reach the reader as text: the site built from the fixture data with such
// payloads in titles, summaries, quotes and counterpoints (support/xssSite.ts; globalSetup.ts starts the build), every
// page opened and watched for anything running.
let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  const {dir, status, output} = await builtBy(
    inject("xssSiteDir"),
    () => startBuild({HIGH_FENCES_DATA: xssData()}, {checkout: checkoutCopy()}).done
  );
  if (status !== 0) throw new Error(output);
  site = await serveSite(dir, BASE);
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("text from the data that looks like HTML", () => {
  it.each(PAGES)("is shown as text on %s.html and nothing in it runs", async (name) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const {settled} = await followPage(page);
    await page.goto(`${site.url}${name}.html`, {waitUntil: "load"});
    // Drawn, every request (an <img src=x> among them) answered and the page still for 100 ms: a handler would have run.
    await settled();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
    expect(await page.locator('#observablehq-main img[src="x"]').count()).toBe(0);
    await page.close();
  });

  it("appears literally where the page quotes it", async () => {
    const page = await browser.newPage();
    const {settled} = await followPage(page);
    await page.goto(`${site.url}commentary.html`, {waitUntil: "load"});
    await settled();
    expect(await page.locator("#observablehq-main").innerText()).toContain(PAYLOAD);
    await page.close();
  });
});
