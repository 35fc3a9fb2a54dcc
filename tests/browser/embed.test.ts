import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {CHARTS, embedSnippet, pagePath} from "../../src/lib/charts.js";
import {shippedTable, useSite} from "../support/browserSite.js";
import {formats, ui} from "../../src/lib/i18n/index.js";
import {serveSite} from "../support/server.js";

const {open, origin, browser} = useSite();
const site = () => `${origin()}/high-fences/`;

describe("the embed pages (embed/CHART-ID.html)", () => {
  for (const chart of CHARTS) {
    it(`embed/${chart.id}.html shows only its chart, title, source line, as-of date and a link back, at 400 and 800 px`, async () => {
      for (const width of [400, 800]) {
        const {page, errors, foreign} = await open(`embed/${chart.id}.html`, {width});
        expect(errors).toEqual([]);
        expect(foreign).toEqual([]);
        // The chart is drawn once its data arrive: wait for it (the page may look settled a moment before that).
        await page.locator("#observablehq-main svg").first().waitFor({timeout: 15_000});
        expect(await page.locator("#observablehq-main svg").count()).toBeGreaterThan(0);
        // The chart (the widest svg; legends are smaller) fills the frame's width without overflowing it.
        const widest = await page.$$eval("#observablehq-main svg", (svgs) =>
          Math.max(...svgs.map((s) => s.getBoundingClientRect().width))
        );
        expect(widest).toBeGreaterThan(width / 2);
        expect(widest).toBeLessThanOrEqual(width);
        // The title is the chart's, or names the default state (the latest chip rule).
        const title = (await page.locator(".hf-embed-card h2").textContent())!;
        if (chart.id === "chip-thresholds") expect(title).toMatch(/^Named AI chips against the thresholds of /);
        else if (chart.id === "tariff-rates")
          expect(title).toBe("Additional US tariff rates on Chinese goods, per list or product group");
        else expect(title).toBe(chart.title);
        expect(await page.locator(".hf-embed-card .hf-source").textContent()).toContain(chart.source);
        expect(await page.locator(".hf-embed-card .hf-source").textContent()).toMatch(/Data as of \d{1,2} \w{3} \d{4}/);
        const back = await page.locator(".hf-embed-card .hf-source a").getAttribute("href");
        expect(new URL(back!, page.url()).href).toBe(new URL(pagePath(chart.id), site()).href);
        // No sidebar, no search, no header or footer: only the chart's card.
        for (const selector of [
          "#observablehq-sidebar",
          "#observablehq-search",
          "#observablehq-header",
          "#observablehq-footer"
        ]) {
          expect(await page.locator(selector).count(), selector).toBe(0);
        }
        // It never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.close();
      }
    });
  }

  it("are left out of the navigation and the site search", async () => {
    const dir = join(inject("siteDir"), "_observablehq");
    const index = JSON.parse(
      readFileSync(
        join(
          dir,
          readdirSync(dir).find((f) => /^minisearch\..*\.json$/.test(f))!
        ),
        "utf-8"
      )
    );
    const ids = Object.values(index.documentIds as Record<string, string>);
    expect(ids.length).toBeGreaterThan(7);
    expect(ids.filter((id) => id.includes("embed/"))).toEqual([]);
    const {page} = await open("index.html");
    expect(await page.locator('#observablehq-sidebar a[href*="embed/"]').count()).toBe(0);
    await page.close();
  });

  it("follows ?theme=dark and ?theme=light whatever the reader's system setting, and ?transparent drops the background", async () => {
    const dark = await open("embed/trade-balance.html?theme=dark", {colorScheme: "light"});
    const luminance = (rgb: string) =>
      rgb
        .match(/\d+(\.\d+)?/g)!
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b, 0);
    expect(luminance(await dark.page.evaluate(() => getComputedStyle(document.body).color))).toBeGreaterThan(500);
    await dark.page.close();
    const light = await open("embed/trade-balance.html?theme=light", {colorScheme: "dark"});
    expect(luminance(await light.page.evaluate(() => getComputedStyle(document.body).color))).toBeLessThan(200);
    const background = await light.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(luminance(background), background).toBeGreaterThan(700);
    await light.page.close();
    const clear = await open("embed/trade-balance.html?transparent");
    expect(await clear.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    expect(await clear.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      "rgba(0, 0, 0, 0)"
    );
    await clear.page.close();
  });

  it("names the state the hash sets in the title: a claim-evidence embed names its paragraph, tariff-rates its direction", async () => {
    const excerpt = shippedTable<{id: string; paragraph: number; measure_ids: string[]}>("excerpts").find(
      (x) => x.measure_ids.length > 0
    )!;
    const claim = await open(`embed/claim-evidence.html#excerpt=${excerpt.id}`);
    expect(await claim.page.locator(".hf-embed-card h2").textContent()).toBe(
      `What paragraph ${excerpt.paragraph} of the commentary refers to, on the timeline`
    );
    expect(await claim.page.locator("#observablehq-main svg[aria-label]").first().getAttribute("aria-label")).toContain(
      `paragraph ${excerpt.paragraph}`
    );
    await claim.page.close();
    const rates = await open("embed/tariff-rates.html#dir=cn-on-us");
    expect(await rates.page.locator(".hf-embed-card h2").textContent()).toBe(
      "China's additional tariff rates on US goods, per round"
    );
    await rates.page.close();
  });

  it("reads the full page's hash state: the trade-flows embed with #marks=cn marks only China's measures", async () => {
    const {page} = await open("embed/trade-flows.html#marks=cn");
    const description = await page
      .locator("#observablehq-main svg[aria-description]")
      .first()
      .getAttribute("aria-description");
    expect(description).toMatch(/\(China: \d+\)/);
    expect(description).not.toMatch(/US: \d+/);
    await page.close();
  });
});

describe("the German embed pages (de/embed/CHART-ID.html)", () => {
  const asOf = () => shippedTable<{as_of: string}>("meta")[0].as_of;
  for (const chart of CHARTS) {
    it(`de/embed/${chart.id}.html shows its chart with German title and source line at 400 px, linking back to the German page`, async () => {
      const width = 400;
      const {page, errors, foreign} = await open(`de/embed/${chart.id}.html`, {width});
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      expect(await page.locator("html").getAttribute("lang")).toBe("de");
      await page.locator("#observablehq-main svg").first().waitFor({timeout: 15_000});
      const widest = await page.$$eval("#observablehq-main svg", (svgs) =>
        Math.max(...svgs.map((s) => s.getBoundingClientRect().width))
      );
      expect(widest).toBeGreaterThan(width / 2);
      expect(widest).toBeLessThanOrEqual(width);
      // The title is the chart's German title, or names the default state (the latest chip rule, US tariffs).
      const words = ui("de").charts[chart.id as keyof ReturnType<typeof ui>["charts"]];
      const title = (await page.locator(".hf-embed-card h2").textContent())!;
      if (chart.id === "chip-thresholds" || chart.id === "tariff-rates") expect(title).not.toBe(chart.title);
      else expect(title).toBe(words.title);
      const source = (await page.locator(".hf-embed-card .hf-source").textContent())!;
      expect(source).toContain(words.source);
      expect(source).toContain(formats("de").longDate(new Date(`${asOf().slice(0, 10)}T00:00:00Z`)));
      expect(source).not.toMatch(/Data as of|See it on/);
      const back = await page.locator(".hf-embed-card .hf-source a").getAttribute("href");
      expect(new URL(back!, page.url()).href).toBe(new URL(`de/${pagePath(chart.id)}`, site()).href);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.title)).toBe(`${title} – High Fences`);
      await page.close();
    });
  }
});

describe("a page on another origin that embeds every chart with the copied snippet", () => {
  let parent: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "high-fences-parent-"));
    const snippets = CHARTS.map((c) => embedSnippet(`${site()}embed/${c.id}.html`, c.id, {height: 150}));
    writeFileSync(
      join(dir, "index.html"),
      `<!doctype html><html><head><meta charset="utf-8"><title>An article</title></head><body><p>Our story.</p>
<script>window.heights = []; window.addEventListener("message", (e) => window.heights.push(e.data));</script>
${snippets.join("\n<p>More of our story.</p>\n")}</body></html>`
    );
    parent = await serveSite(dir, "/");
  });
  afterAll(async () => {
    await parent?.close();
  });

  it("gets each frame's height by postMessage, and the snippet's script sizes each frame so it never scrolls", async () => {
    // The file's Chromium (useSite), in a context of its own as every page.
    const page = await browser().newPage({viewport: {width: 800, height: 900}});
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(parent.url, {waitUntil: "load"});
    // The snippet's frames load lazily, as an article's would: scroll each one into view.
    for (const chart of CHARTS) {
      await page.locator(`iframe[data-high-fences-id="${chart.id}"]`).scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (id) => (window as unknown as {heights: {id: string}[]}).heights.some((m) => m.id === id),
        chart.id,
        {timeout: 15_000}
      );
    }
    await page.waitForFunction(
      (n) => new Set((window as unknown as {heights: {id: string}[]}).heights.map((m) => m.id)).size >= n,
      CHARTS.length,
      {timeout: 20_000}
    );
    // A frame posts its height again once its chart is drawn (a busy machine draws the last ones late): wait until
    // every frame's latest height is a drawn chart's, then let the frames settle.
    await page.waitForFunction(
      (ids) => {
        const heights = (window as unknown as {heights: {id: string; height: number}[]}).heights;
        return ids.every((id) => (heights.filter((m) => m.id === id).pop()?.height ?? 0) > 150);
      },
      CHARTS.map((c) => c.id),
      {timeout: 20_000}
    );
    await page.waitForTimeout(300);
    const messages = await page.evaluate(
      () => (window as unknown as {heights: {type: string; id: string; height: number}[]}).heights
    );
    for (const chart of CHARTS) {
      const own = messages.filter((m) => m.id === chart.id);
      expect(own.length, chart.id).toBeGreaterThan(0);
      expect(own.every((m) => m.type === "high-fences:height")).toBe(true);
      const last = own[own.length - 1].height;
      expect(last, chart.id).toBeGreaterThan(150);
      const frame = page.locator(`iframe[data-high-fences-id="${chart.id}"]`);
      expect(await frame.evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height)).toBe(last);
      const inner = page.frameLocator(`iframe[data-high-fences-id="${chart.id}"]`).locator("html");
      const [scroll, client] = await inner.evaluate((h) => [h.scrollHeight, h.clientHeight]);
      expect(scroll, `${chart.id} scrolls inside its frame`).toBeLessThanOrEqual(client + 1);
    }
    expect(errors).toEqual([]);
    await page.close();
    // Fifteen frames on one page: on a loaded machine this takes longer than one page's test.
  }, 60_000);
});
