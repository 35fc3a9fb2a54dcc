import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchChromium} from "../support/chromium.js";
import {VALID_DIR} from "../support/fixtures.js";
import {serveSite} from "../support/server.js";
import {followPage} from "../support/settle.js";
import {BASE, PAGES, buildSite} from "../support/site.js";

// Text fields that carry HTML and script must reach the reader as text: build the site from the fixture data with such
// payloads in titles, summaries, quotes and counterpoints, then open every page and watch for anything running.
const PAYLOAD = `<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2;alert(2)</script>`;
const csvCell = `"${PAYLOAD.replaceAll('"', '""')}"`;

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  const data = mkdtempSync(join(tmpdir(), "hf-xss-"));
  cpSync(VALID_DIR, data, {recursive: true});
  const patch = (file: string, from: string, to: string) => {
    const text = readFileSync(join(data, file), "utf-8");
    if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
    writeFileSync(join(data, file), text.replace(from, to));
  };
  patch(
    "measures.csv",
    "us-list-a,US,CN,tariff,section-301,List A,Tariff on list A goods.",
    `us-list-a,US,CN,tariff,section-301,${csvCell},${csvCell}`
  );
  patch("excerpts.csv", `"""Tariffs"" – a sentence."`, csvCell);
  patch("counterpoints.csv", "Someone disagrees.", csvCell);
  patch("sources.csv", '"Notice A, with a comma"', csvCell);
  const {dir, status, output} = buildSite({HIGH_FENCES_DATA: data});
  if (status !== 0) throw new Error(output);
  site = await serveSite(dir, BASE);
  browser = await launchChromium();
}, 240_000);
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
