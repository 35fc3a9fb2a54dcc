import type {Page} from "playwright-core";

/** One layout-shift entry as the page's PerformanceObserver saw it (times in ms since navigation start). */
export interface Shift {
  value: number;
  time: number;
  hadRecentInput: boolean;
  /** The shifted nodes, described as `tag#id.class` (for finding what moved). */
  sources: string[];
}

/** What a page recorded about its own loading: every layout shift, the first chart, the largest contentful paint. */
export interface PaintRecord {
  shifts: Shift[];
  /** When the first chart's `svg` appeared in the page's main column (ms since navigation start), or null. */
  firstChart: number | null;
  /** The last largest-contentful-paint candidate's time (ms), or null. */
  lcp: number | null;
}

// Runs in the page before any of its scripts: buffered observers for layout shifts and LCP, and a MutationObserver that
// notes the first chart (an svg with an aria-label inside the main column) the moment it is inserted.
const RECORDER = `(() => {
  const record = (window.__paint = {shifts: [], firstChart: null, lcp: null});
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return String(node && node.nodeName);
    const cls = typeof node.className === "string" && node.className ? "." + node.className.trim().split(/\\s+/).join(".") : "";
    return node.tagName.toLowerCase() + (node.id ? "#" + node.id : "") + cls;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      record.shifts.push({
        value: e.value,
        time: e.startTime,
        hadRecentInput: e.hadRecentInput,
        sources: (e.sources || []).map((s) => describe(s.node))
      });
  }).observe({type: "layout-shift", buffered: true});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) record.lcp = e.startTime;
  }).observe({type: "largest-contentful-paint", buffered: true});
  const seen = () => document.querySelector("#observablehq-main svg[aria-label]");
  const watch = new MutationObserver(() => {
    if (record.firstChart === null && seen()) {
      record.firstChart = performance.now();
      watch.disconnect();
    }
  });
  watch.observe(document, {childList: true, subtree: true});
})();`;

/** Installs the recorder in a page; call before `page.goto`. */
export async function recordPaint(page: Page): Promise<void> {
  await page.addInitScript(RECORDER);
}

/** Reads what the recorder saw so far. */
export async function paintRecord(page: Page): Promise<PaintRecord> {
  return page.evaluate(() => (window as unknown as {__paint: PaintRecord}).__paint);
}

/** Sum of the layout shifts not caused by input (an upper bound on the page's cumulative layout shift). */
export function shiftSum(shifts: readonly Shift[], after = -Infinity): number {
  return shifts.filter((s) => !s.hadRecentInput && s.time >= after).reduce((sum, s) => sum + s.value, 0);
}
