import type {Page} from "playwright-core";

/** How long the page's DOM must stay unchanged, with no request in flight, to count as drawn (ms). */
const QUIET = 100;

/**
 * Follows a page's requests and DOM changes from its first document on; call before `goto`. `settled` then waits until
 * the page has drawn: the document loaded, every Framework cell placeholder (`<observablehq-loading>`) replaced, every
 * `resize()` box drawn (Framework's `position: relative` div stays empty until its ResizeObserver fires, after the
 * first paint), no request in flight and no DOM change for 100 ms. This replaces Playwright's `networkidle` (500 ms of
 * silence on every load) and fixed waits: it returns as soon as the page is done, and waits for a slow page as long as
 * it keeps working (up to `timeout`, after which it returns anyway: the test's assertions then say what is missing).
 */
export async function followPage(page: Page): Promise<{settled: (timeout?: number) => Promise<void>}> {
  let inflight = 0;
  page.on("request", () => inflight++);
  page.on("requestfinished", () => inflight--);
  page.on("requestfailed", () => inflight--);
  await page.addInitScript(() => {
    const w = window as unknown as {__hfChanged: number};
    w.__hfChanged = 0;
    new MutationObserver(() => (w.__hfChanged = performance.now())).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true
    });
  });
  const settled = async (timeout = 15_000) => {
    const end = Date.now() + timeout;
    for (;;) {
      const left = end - Date.now();
      const drawn = await page
        .waitForFunction(
          (quiet) =>
            document.readyState === "complete" &&
            !document.querySelector(
              "#observablehq-main observablehq-loading, #observablehq-main div[style^='position: relative']:empty"
            ) &&
            performance.now() - ((window as unknown as {__hfChanged?: number}).__hfChanged ?? 0) >= quiet,
          QUIET,
          {polling: 25, timeout: Math.max(left, 1)}
        )
        .then(
          () => true,
          () => false
        );
      if (!drawn) {
        console.warn(`${page.url()}: not settled after ${timeout} ms`);
        return;
      }
      if (inflight <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return {settled};
}
