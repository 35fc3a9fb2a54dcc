import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, inject} from "vitest";
import {launchChromium} from "./chromium.js";
import {serveSite} from "./server.js";
import {BASE} from "./site.js";

/** A page opened in Chromium with what it logged: console errors, uncaught errors, requests to other origins. */
export interface OpenedPage {
  page: Page;
  errors: string[];
  foreign: string[];
}

/**
 * Serves the test build (see globalSetup.ts) and starts Chromium for the tests of one file; returns `open`, which loads
 * a page (path relative to the site root, hash allowed) and waits until its charts are drawn.
 */
export function useSite(): {
  open: (path: string, options?: {width?: number; colorScheme?: "light" | "dark"}) => Promise<OpenedPage>;
  origin: () => string;
} {
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
  const open = async (
    path: string,
    {width = 1280, colorScheme = "light"}: {width?: number; colorScheme?: "light" | "dark"} = {}
  ): Promise<OpenedPage> => {
    const page = await browser.newPage({viewport: {width, height: 900}, colorScheme, acceptDownloads: true});
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on(
      "request",
      (r) => !r.url().startsWith(site.origin) && !/^(data|blob):/.test(r.url()) && foreign.push(r.url())
    );
    await page.goto(site.url + path, {waitUntil: "networkidle"});
    // resize() draws after the first paint: wait for the charts to settle before asserting.
    await page
      .waitForFunction(() => document.querySelectorAll("#observablehq-main svg").length > 0, null, {timeout: 15_000})
      .catch(() => undefined);
    await page.waitForTimeout(150);
    return {page, errors, foreign};
  };
  return {open, origin: () => site.origin};
}

/** A data table as the test build ships it (dist/_file/data/tables/NAME.HASH.json), for checking pages against it. */
export function shippedTable<T>(name: string): T[] {
  const dir = join(inject("siteDir"), "_file", "data", "tables");
  const file = readdirSync(dir).find((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.json$`).test(f));
  if (!file) throw new Error(`no ${name} JSON in the build`);
  return JSON.parse(readFileSync(join(dir, file), "utf-8")) as T[];
}
