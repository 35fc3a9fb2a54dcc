import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {shippedTable, useSite} from "../support/browserSite.js";
import {ui} from "../../src/lib/i18n/index.js";
import {commentary} from "../../src/lib/i18n/pages/commentary.js";

const {open} = useSite();

interface ExcerptRow {
  id: string;
  kind: string;
  measure_ids: string[];
  event_ids: string[];
}
const excerpts = () => shippedTable<ExcerptRow>("excerpts");
const counterpoints = () => shippedTable<{excerpt_id: string; stance: string}>("counterpoints");
const linkedCount = (rows: ExcerptRow[]) => rows.filter((x) => x.measure_ids.length + x.event_ids.length > 0).length;
const CHARTS = "#observablehq-main svg[aria-label]";

describe("page commentary.html in Chromium", () => {
  it("shows the thesis, the link to the original, every excerpt in German and English, and one evidence chart per excerpt with links", async () => {
    const {page, errors} = await open("commentary.html");
    expect(errors).toEqual([]);
    const all = excerpts();
    expect(await page.locator(CHARTS).count()).toBe(linkedCount(all));
    expect(await page.locator(".hf-excerpt").count()).toBe(all.length);
    expect(await page.locator('.hf-excerpt blockquote[lang="de"]').count()).toBe(all.length);
    // textContent, not innerText: labels are upper-cased by CSS.
    const text = (await page.locator("#observablehq-main").textContent()) ?? "";
    for (const key of [
      "The commentary, claim by claim",
      "late January 2025",
      "Our translation",
      "Counterpoints",
      "Excerpts quoted from Handelsblatt",
      "translation ours"
    ]) {
      expect(text).toContain(key);
    }
    const meta = shippedTable<{commentary_url: string}>("meta")[0];
    expect(await page.locator(`#observablehq-main a[href="${meta.commentary_url}"]`).count()).toBe(2);
    expect(await page.locator(".hf-counterpoint").count()).toBe(counterpoints().length);
    await page.close();
  });

  it("filters by kind: redraws the charts, writes #kind= into the URL, and a shared link restores the view", async () => {
    const {page} = await open("commentary.html");
    const forecasts = excerpts().filter((x) => x.kind === "forecast");
    await page.selectOption('select[name="kind"]', "forecast");
    await page.waitForFunction((n) => document.querySelectorAll(".hf-excerpt").length === n, forecasts.length);
    expect(new URL(page.url()).hash).toBe("#kind=forecast");
    expect(await page.locator(CHARTS).count()).toBe(linkedCount(forecasts));
    expect(
      new Set(await page.locator(".hf-excerpt").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind)))
    ).toEqual(new Set(["forecast"]));
    await page.close();

    const shared = await open("commentary.html#kind=forecast");
    expect(await shared.page.locator('select[name="kind"]').inputValue()).toBe("forecast");
    expect(await shared.page.locator(".hf-excerpt").count()).toBe(forecasts.length);
    expect(await shared.page.locator(CHARTS).count()).toBe(linkedCount(forecasts));
    await shared.page.close();
  });

  it("filters counterpoints by stance and keeps only the excerpts that have one, with #stance= in the URL", async () => {
    const {page} = await open("commentary.html");
    const supported = new Set(
      counterpoints()
        .filter((c) => c.stance === "supports")
        .map((c) => c.excerpt_id)
    );
    await page.selectOption('select[name="stance"]', "supports");
    await page.waitForFunction((n) => document.querySelectorAll(".hf-excerpt").length === n, supported.size);
    expect(new URL(page.url()).hash).toBe("#stance=supports");
    const stances = await page.locator(".hf-counterpoint").evaluateAll((els) => els.map((e) => e.className));
    expect(stances.length).toBe(counterpoints().filter((c) => c.stance === "supports").length);
    expect(stances.every((c) => c.includes("hf-counterpoint-supports"))).toBe(true);
    expect(await page.locator(".hf-counterpoint .hf-stance").first().innerText()).toBe("✓ Supports the claim");
    await page.close();
  });

  it("downloads exactly the first evidence chart's rows as CSV", async () => {
    const {page} = await open("commentary.html");
    const first = excerpts().find((x) => x.measure_ids.length + x.event_ids.length > 0)!;
    const timeline = new Map(shippedTable<{id: string; start: string}>("timeline").map((i) => [i.id, i]));
    const expected = [...first.measure_ids, ...first.event_ids]
      .map((id) => timeline.get(id)!)
      .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
      .map((i) => i.id);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download these rows")]);
    expect(download.suggestedFilename()).toBe(`excerpt-${first.id}-evidence.csv`);
    const csv = readFileSync((await download.path())!, "utf-8")
      .trim()
      .split("\n");
    expect(csv[0]).toBe("id,kind,lane,title,start,end,status,phase,status_since,source_ids");
    expect(csv.slice(1).map((line) => line.split(",")[0])).toEqual(expected);
    await page.close();
  });
});

describe("page de/commentary.html (German) in Chromium", () => {
  const de = commentary.de;
  const t = ui("de");

  it("shows the German text, every excerpt as the German original with no translation beside it, and the same evidence charts", async () => {
    const {page, errors} = await open("de/commentary.html");
    expect(errors).toEqual([]);
    const all = excerpts();
    expect(await page.locator(CHARTS).count()).toBe(linkedCount(all));
    expect(await page.locator(".hf-excerpt").count()).toBe(all.length);
    expect(await page.locator('.hf-excerpt blockquote[lang="de"]').count()).toBe(all.length);
    expect(await page.locator('.hf-excerpt [lang="en"]').count()).toBe(0);
    const text = (await page.locator("#observablehq-main").textContent()) ?? "";
    expect(text).toContain(de.title);
    expect(text).toContain("Auszüge zitiert aus Handelsblatt");
    for (const english of ["Our translation", "translation ours", "Excerpts quoted from"])
      expect(text).not.toContain(english);
    const meta = shippedTable<{commentary_url: string}>("meta")[0];
    expect(await page.locator(`#observablehq-main a[href="${meta.commentary_url}"]`).count()).toBe(2);
    expect(await page.locator(".hf-counterpoint").count()).toBe(counterpoints().length);
    await page.close();
  });

  it("filters by kind with German labels: redraws the charts, writes #kind= into the URL, and a shared link restores the view", async () => {
    const {page} = await open("de/commentary.html");
    const forecasts = excerpts().filter((x) => x.kind === "forecast");
    const options = await page.locator('select[name="kind"] option').allTextContents();
    expect(options).toContain(`${t.kinds.forecast} (${forecasts.length})`);
    await page.selectOption('select[name="kind"]', "forecast");
    await page.waitForFunction((n) => document.querySelectorAll(".hf-excerpt").length === n, forecasts.length);
    expect(new URL(page.url()).hash).toBe("#kind=forecast");
    expect(await page.locator(CHARTS).count()).toBe(linkedCount(forecasts));
    expect(await page.locator(".hf-showing").textContent()).toBe(
      `Angezeigt: ${forecasts.length} von ${excerpts().length} Auszügen, Art: ${t.kinds.forecast}.`
    );
    await page.close();

    const shared = await open("de/commentary.html#kind=forecast");
    expect(await shared.page.locator('select[name="kind"]').inputValue()).toBe("forecast");
    expect(await shared.page.locator(".hf-excerpt").count()).toBe(forecasts.length);
    expect(await shared.page.locator(CHARTS).count()).toBe(linkedCount(forecasts));
    await shared.page.close();
  });

  it("filters counterpoints by stance from a shared link (#stance=), naming the stance in German", async () => {
    const {page} = await open("de/commentary.html#stance=supports");
    const supported = new Set(
      counterpoints()
        .filter((c) => c.stance === "supports")
        .map((c) => c.excerpt_id)
    );
    await page.waitForFunction((n) => document.querySelectorAll(".hf-excerpt").length === n, supported.size);
    expect(await page.locator(".hf-counterpoint .hf-stance").first().innerText()).toContain(t.stances.supports);
    await page.close();
  });
});
