// One page load in headless Chromium, measured: bytes on the wire (from a gzip-serving host), requests, layout shifts,
// largest contentful paint and the time the first chart appeared. Used by bench/run.ts.
import type {Browser} from "playwright-core";
import {paintRecord, recordPaint, shiftSum, type Shift} from "../tests/support/layoutShift.js";

/** What one load of one page cost and did. */
export interface PageLoad {
  /** Bytes transferred (gzip bodies as served, plus headers). */
  transferBytes: number;
  requests: number;
  /** Every request's path and transferred bytes, largest first. */
  files: {path: string; bytes: number}[];
  cls: number;
  /** Layout shift after the first chart appeared. */
  clsAfterFirstChart: number;
  shifts: Shift[];
  lcpMs: number | null;
  firstChartMs: number | null;
}

/** Loads `url` in a fresh context at `width` px and measures it; waits for the network to settle and 500 ms more. */
export async function measureLoad(
  browser: Browser,
  url: string,
  {width = 375, colorScheme = "light"}: {width?: number; colorScheme?: "light" | "dark"} = {}
): Promise<PageLoad> {
  const context = await browser.newContext({
    viewport: {width, height: width < 600 ? 812 : 900},
    colorScheme,
    deviceScaleFactor: width < 600 ? 2 : 1
  });
  const page = await context.newPage();
  await recordPaint(page);
  const done: Promise<{path: string; bytes: number}>[] = [];
  page.on("requestfinished", (r) => {
    if (/^(data|blob):/.test(r.url())) return;
    done.push(
      r.sizes().then((s) => ({path: new URL(r.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize}))
    );
  });
  await page.goto(url, {waitUntil: "networkidle"});
  await page.waitForSelector("#observablehq-main svg[aria-label]", {timeout: 30_000}).catch(() => undefined);
  await page.waitForTimeout(500);
  const record = await paintRecord(page);
  const files = (await Promise.all(done)).sort((a, b) => b.bytes - a.bytes);
  await context.close();
  return {
    transferBytes: files.reduce((s, f) => s + f.bytes, 0),
    requests: files.length,
    files,
    cls: shiftSum(record.shifts),
    clsAfterFirstChart: record.firstChart === null ? 0 : shiftSum(record.shifts, record.firstChart),
    shifts: record.shifts,
    lcpMs: record.lcp,
    firstChartMs: record.firstChart
  };
}
