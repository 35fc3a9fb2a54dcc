import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, inject} from "vitest";
import {launchChromium} from "./chromium.js";
import {followPage} from "./settle.js";
import {serveSite} from "./server.js";
import {BASE} from "./site.js";

/**
 * A page opened in Chromium with what it logged (console errors, uncaught errors, requests to other origins) and
 * `settled`, which waits until it has drawn again (after an input, a theme change…; see settle.ts).
 */
export interface OpenedPage {
  page: Page;
  errors: string[];
  foreign: string[];
  settled: () => Promise<void>;
}

/**
 * Serves the test build (see globalSetup.ts) and starts Chromium for the tests of one file; returns `open`, which loads
 * a page (path relative to the site root, hash allowed) and waits until its charts are drawn (see settle.ts), `origin`
 * and `browser` (for a test that serves pages of its own).
 */
export function useSite(): {
  open: (path: string, options?: {width?: number; colorScheme?: "light" | "dark"}) => Promise<OpenedPage>;
  origin: () => string;
  browser: () => Browser;
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
    const {settled} = await followPage(page);
    await page.goto(site.url + path, {waitUntil: "load"});
    // resize() draws after the first paint: wait until every chart is drawn and the page is still before asserting.
    await settled();
    return {page, errors, foreign, settled};
  };
  return {open, origin: () => site.origin, browser: () => browser};
}

/**
 * One load of a page shared by the tests of the describe block that calls this: the first test to ask opens it, each
 * later one takes it as the test before left it (so a test that navigates away goes last); closed after the block.
 */
export function sharedPage(
  open: ReturnType<typeof useSite>["open"],
  path: string,
  options?: Parameters<ReturnType<typeof useSite>["open"]>[1]
): () => Promise<OpenedPage> {
  let loaded: Promise<OpenedPage> | undefined;
  afterAll(async () => {
    const page = (await loaded)?.page;
    if (page && !page.isClosed()) await page.close();
  });
  return () => (loaded ??= open(path, options));
}

/** A data table as the test build ships it (dist/_file/data/tables/NAME.HASH.json), for checking pages against it. */
export function shippedTable<T>(name: string): T[] {
  const dir = join(inject("siteDir"), "_file", "data", "tables");
  const file = readdirSync(dir).find((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.json$`).test(f));
  if (!file) throw new Error(`no ${name} JSON in the build`);
  return JSON.parse(readFileSync(join(dir, file), "utf-8")) as T[];
}
