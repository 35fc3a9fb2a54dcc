import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, inject, it} from "vitest";
import {CHARTS} from "../../src/lib/charts.js";
import {useSite} from "../support/browserSite.js";
import {PAGES} from "../support/site.js";

const {open, origin} = useSite();
const site = () => `${origin()}/high-fences/`;

/** A PNG's size from its IHDR chunk (after the 8-byte signature and the chunk's length and type). */
function pngSize(bytes: Buffer): {width: number; height: number} {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

const pagesWithCharts = [...new Set(CHARTS.map((c) => c.page))];

describe("the SVG and PNG downloads of the charts", () => {
  for (const name of pagesWithCharts) {
    it(`${name}.html: the first chart's SVG and PNG are produced, decode as images and carry the title and source line`, async () => {
      const {page, errors} = await open(`${name}.html`);
      const bar = page.locator(".hf-chart-actions").first();
      const card = bar.locator("xpath=ancestor::div[contains(@class,'card')][1]");
      const title = (await card.locator("h2").first().innerText()).trim();
      const source = (await card.locator(".hf-source").first().innerText()).replace(/\s+/g, " ").trim();

      const [svgDownload] = await Promise.all([
        page.waitForEvent("download"),
        bar.locator("button", {hasText: "SVG"}).click()
      ]);
      expect(svgDownload.suggestedFilename()).toMatch(
        new RegExp(`^high-fences-${await bar.getAttribute("data-chart")}(-[\\w-]+)?\\.svg$`)
      );
      const svg = readFileSync((await svgDownload.path())!, "utf-8");
      const text = (s: string) =>
        s
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'");
      const drawn = text([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" "));
      // Long lines are wrapped; compare word by word.
      const words = (s: string) =>
        s
          .replace(/\s+/g, " ")
          .replace(/ ?(Download these rows \(CSV\)|Download the marked measures \(CSV\))/g, "")
          .trim();
      expect(drawn.replace(/\s+/g, " ")).toContain(words(title).split(" ").slice(0, 6).join(" "));
      expect(drawn.replace(/\s+/g, " ")).toContain(words(source).split(" ").slice(0, 8).join(" "));
      expect(drawn).toContain("High Fences");
      expect(drawn).toMatch(/data as of \d{1,2} \w{3} \d{4}/);
      // No web font, no external reference: the file opens anywhere.
      expect(svg).not.toMatch(/@import|url\(http|href="http/);
      const svgSize = await page.evaluate(async (markup) => {
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
        await image.decode();
        return {width: image.naturalWidth, height: image.naturalHeight};
      }, svg);
      expect(svgSize.width).toBeGreaterThan(300);
      expect(svgSize.height).toBeGreaterThan(150);

      const [pngDownload] = await Promise.all([
        page.waitForEvent("download"),
        bar.locator("button", {hasText: "PNG"}).click()
      ]);
      const png = readFileSync((await pngDownload.path())!);
      expect(pngSize(png)).toEqual({width: svgSize.width * 2, height: svgSize.height * 2});
      const decoded = await page.evaluate(async (b64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        return bitmap.width;
      }, png.toString("base64"));
      expect(decoded).toBe(svgSize.width * 2);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("offers a copy-ready iframe snippet of the chart's embed page with the page's filters", async () => {
    const {page} = await open("trade.html#marks=cn");
    const bar = page.locator('.hf-chart-actions[data-chart="trade-flows"]');
    await bar.locator("summary").click();
    const code = bar.locator("textarea");
    await expect.poll(() => code.inputValue()).toContain("<iframe");
    const snippet = await code.inputValue();
    expect(snippet).toContain(`src="${site()}embed/trade-flows.html#marks=cn"`);
    expect(snippet).toContain("high-fences:height");
    await bar.locator("select").selectOption("dark");
    await bar.locator('input[type="checkbox"]').check();
    expect(await code.inputValue()).toContain(
      `src="${site()}embed/trade-flows.html?theme=dark&amp;transparent#marks=cn"`
    );
    await page.close();
  });
});

describe("the chart actions on the German pages", () => {
  it("offer an embed snippet of the German embed page (de/embed/ID.html) with the page's filters", async () => {
    const {page} = await open("de/next.html#verdict=open");
    const bar = page.locator('.hf-chart-actions[data-chart="forecast-verdicts"]');
    await bar.locator("summary").click();
    const code = bar.locator("textarea");
    await expect.poll(() => code.inputValue()).toContain("<iframe");
    expect(await code.inputValue()).toContain(`src="${site()}de/embed/forecast-verdicts.html#verdict=open"`);
    await page.close();
  });

  for (const name of ["commentary", "next", "methods"]) {
    it(`de/${name}.html: the first chart's SVG carries its German title and the German as-of date`, async () => {
      const {page, errors} = await open(`de/${name}.html`);
      const bar = page.locator(".hf-chart-actions").first();
      const card = bar.locator("xpath=ancestor::div[contains(@class,'card')][1]");
      const title = (await card.locator("h2").first().innerText()).replace(/\s+/g, " ").trim();
      const [svgDownload] = await Promise.all([
        page.waitForEvent("download"),
        bar.locator("button", {hasText: "SVG"}).click()
      ]);
      const svg = readFileSync((await svgDownload.path())!, "utf-8");
      const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
        .map((m) => m[1])
        .join(" ")
        .replace(/\s+/g, " ");
      expect(drawn).toContain(title.split(" ").slice(0, 4).join(" "));
      expect(drawn).toMatch(/\d{1,2}\. \p{L}+\.? \d{4}/u);
      expect(drawn).not.toMatch(/data as of/i);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe("the share tags of every page", () => {
  // The German pages (de/NAME.html) have their own cards, _share/de/NAME.png.
  for (const name of [...PAGES, ...PAGES.map((p) => `de/${p}`)]) {
    // The tags are static HTML: read from the build and resolved as a browser resolves them, the image fetched from the
    // test server (no Chromium needed).
    it(`${name}.html has a description, Open Graph and Twitter tags whose image exists and loads under /high-fences/`, async () => {
      const html = readFileSync(join(inject("siteDir"), `${name}.html`), "utf-8");
      const meta = (key: string) => html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`))?.[1];
      expect(meta("description")).toBeTruthy();
      expect(meta("og:title")).toMatch(/High Fences/);
      expect(meta("og:description")).toBe(meta("description"));
      expect(meta("twitter:card")).toBe("summary_large_image");
      const image = meta("og:image")!;
      expect(meta("twitter:image")).toBe(image);
      // No site URL configured for the test build: relative links, no og:url, no foreign URL.
      expect(image).not.toMatch(/^https?:/);
      expect(meta("og:url")).toBeUndefined();
      const png = readFileSync(join(inject("siteDir"), new URL(image, "http://x/").pathname));
      expect(pngSize(png)).toEqual({width: 1200, height: 630});
      // Where a reader's browser takes the image from: the tag's URL against the page's own (no <base> changes it).
      expect(html).not.toMatch(/<base\b/);
      const resolved = new URL(image, `${site()}${name}.html`).href;
      expect(resolved).toBe(`${site()}_share/${name}.png`);
      const response = await fetch(resolved);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
    });
  }
});
