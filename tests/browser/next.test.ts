import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {shippedTable, useSite} from "../support/browserSite.js";
import {ui} from "../../src/lib/i18n/index.js";
import {next} from "../../src/lib/i18n/pages/next.js";
import {VERDICT_SYMBOLS} from "../../src/lib/commentaryWords.js";

const {open} = useSite();

const forecasts = () => shippedTable<{id: string; excerpt_id: string; verdict: string}>("forecasts");
const CHART = '#observablehq-main svg[aria-label^="The commentary\'s expectations by our verdict"]';

describe("page next.html in Chromium", () => {
  it("draws the verdict chart and lists every expectation beside its excerpt with our verdict", async () => {
    const {page, errors} = await open("next.html");
    expect(errors).toEqual([]);
    const all = forecasts();
    expect(await page.locator("#observablehq-main svg[aria-label]").count()).toBe(1);
    expect(await page.locator(CHART).count()).toBe(1);
    expect(await page.locator(".hf-forecast").count()).toBe(all.length);
    expect(await page.locator(".hf-forecast .hf-verdict").count()).toBe(all.length);
    expect(await page.locator('.hf-forecast-group blockquote[lang="de"]').count()).toBe(
      new Set(all.map((f) => f.excerpt_id)).size
    );
    // textContent, not innerText: labels are upper-cased by CSS.
    const text = (await page.locator("#observablehq-main").textContent()) ?? "";
    for (const key of [
      "What happened next",
      "The verdicts are ours",
      "Our verdict, as of",
      "What happened",
      "Measures and events that show it",
      "Our translation",
      "translation ours"
    ]) {
      expect(text).toContain(key);
    }
    // The chart's dots carry the numbers the list uses.
    const numbers = await page
      .locator(".hf-forecast h2")
      .evaluateAll((els) => els.map((e) => Number(e.textContent!.split(".")[0])));
    expect(numbers).toEqual(all.map((_, i) => i + 1));
    await page.close();
  });

  it("filters by verdict: redraws the chart, writes #verdict= into the URL, and a shared link restores the view", async () => {
    const {page} = await open("next.html");
    const open_ = forecasts().filter((f) => f.verdict === "open");
    const before = await page.locator(CHART).getAttribute("aria-description");
    expect(before).toContain("Happened:");
    await page.selectOption('select[name="verdict"]', "open");
    await page.waitForFunction((n) => document.querySelectorAll(".hf-forecast").length === n, open_.length);
    await page.waitForFunction(
      (sel) => !/Happened:/.test(document.querySelector(sel)?.getAttribute("aria-description") ?? "Happened:"),
      CHART
    );
    expect(await page.locator(CHART).getAttribute("aria-description")).toMatch(/^Still open: /);
    expect(new URL(page.url()).hash).toBe("#verdict=open");
    expect(
      new Set(
        await page.locator(".hf-forecast").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.verdict))
      )
    ).toEqual(new Set(["open"]));
    await page.close();

    const shared = await open("next.html#verdict=open");
    expect(await shared.page.locator('select[name="verdict"]').inputValue()).toBe("open");
    expect(await shared.page.locator(".hf-forecast").count()).toBe(open_.length);
    expect(await shared.page.locator(CHART).getAttribute("aria-description")).toMatch(/^Still open: /);
    await shared.page.close();
  });

  it("downloads exactly the plotted expectations as CSV", async () => {
    const {page} = await open("next.html#verdict=happened");
    const happened = forecasts().filter((f) => f.verdict === "happened");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download these rows")]);
    expect(download.suggestedFilename()).toBe("forecasts-happened.csv");
    const csv = readFileSync((await download.path())!, "utf-8")
      .trim()
      .split("\n");
    expect(csv[0]).toBe("n,id,excerpt_id,verdict,as_of,expectation");
    expect(new Set(csv.slice(1).map((line) => line.split(",")[1]))).toEqual(new Set(happened.map((f) => f.id)));
    expect(csv.slice(1).every((line) => line.split(",")[3] === "happened")).toBe(true);
    await page.close();
  });
});

describe("page de/next.html (German) in Chromium", () => {
  const t = ui("de");

  it("draws the verdict chart and lists every expectation beside its German excerpt, with no translation, under German verdicts", async () => {
    const {page, errors} = await open("de/next.html");
    expect(errors).toEqual([]);
    const all = forecasts();
    expect(await page.locator("#observablehq-main svg[aria-label]").count()).toBe(1);
    expect(await page.locator(".hf-forecast").count()).toBe(all.length);
    expect(await page.locator(".hf-forecast .hf-verdict").count()).toBe(all.length);
    expect(await page.locator('.hf-forecast-group blockquote[lang="de"]').count()).toBe(
      new Set(all.map((f) => f.excerpt_id)).size
    );
    expect(await page.locator('.hf-forecast-group [lang="en"]').count()).toBe(0);
    const text = (await page.locator("#observablehq-main").textContent()) ?? "";
    expect(text).toContain(next.de.title);
    expect(text).toContain("Die Urteile stammen von uns");
    for (const english of ["The verdicts are ours", "Our translation", "translation ours"])
      expect(text).not.toContain(english);
    const verdicts = await page.locator(".hf-forecast .hf-verdict").allTextContents();
    const names = Object.values(t.verdicts);
    expect(
      verdicts.every((v) => names.some((n) => v.includes(n))),
      verdicts.join(" | ")
    ).toBe(true);
    await page.close();
  });

  it("filters by verdict: German options, #verdict= in the URL, and a shared link restores the view", async () => {
    const {page} = await open("de/next.html");
    const open_ = forecasts().filter((f) => f.verdict === "open");
    const options = await page.locator('select[name="verdict"] option').allTextContents();
    expect(options).toContain(`${VERDICT_SYMBOLS.open} ${t.verdicts.open} (${open_.length})`);
    await page.selectOption('select[name="verdict"]', "open");
    await page.waitForFunction((n) => document.querySelectorAll(".hf-forecast").length === n, open_.length);
    expect(new URL(page.url()).hash).toBe("#verdict=open");
    expect(await page.locator(".card h2").first().textContent()).toContain(`${open_.length} von ${forecasts().length}`);
    await page.close();

    const shared = await open("de/next.html#verdict=open");
    expect(await shared.page.locator('select[name="verdict"]').inputValue()).toBe("open");
    expect(await shared.page.locator(".hf-forecast").count()).toBe(open_.length);
    await shared.page.close();
  });
});
