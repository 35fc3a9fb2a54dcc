import {csvParse} from "d3-dsv";
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {sharedPage, shippedTable, useSite} from "../support/browserSite.js";
import {TABLE_NAMES} from "../../src/lib/tables.js";
import {methods} from "../../src/lib/i18n/pages/methods.js";

const {open} = useSite();

describe("page methods.html in Chromium", () => {
  // One load for the first three tests (the third follows a link away from the page).
  const english = sharedPage(open, "methods.html");
  it("documents every raw table with its columns and row count", async () => {
    const {page} = await english();
    for (const name of TABLE_NAMES.filter((n) => n !== "meta")) {
      await expect.poll(() => page.locator(`h2#${name}`).count(), {message: name}).toBe(1);
    }
    const stats = shippedTable<{table: string; rows: number}>("table_stats");
    const measures = stats.find((s) => s.table === "measures")!;
    expect(await page.locator("h2#measures + h3").textContent()).toContain(`${measures.rows} rows`);
  });

  it("downloads a whole table as CSV on request, fetched only then", async () => {
    const {page} = await english();
    const card = page.locator(".card", {has: page.locator("h2#trade")});
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.locator("a.hf-download", {hasText: "CSV"}).first().click()
    ]);
    const rows = csvParse(readFileSync((await download.path())!, "utf-8"));
    expect(rows.length).toBe(shippedTable("trade").length);
    expect(rows.columns).toEqual(Object.keys(shippedTable<object>("trade")[0]));
    expect(rows.columns.slice(0, 5)).toEqual(["year", "flow", "value_usd_bn", "source_id", "release"]);
  });

  it("lists every data release with its counts, and each kept vintage's link opens its tables as released", async () => {
    const {page} = await english();
    const releases = shippedTable<{date: string; added?: number}>("changelog");
    const vintages = shippedTable<{date: string; path: string}>("vintages");
    const table = page.locator("table", {has: page.locator("caption", {hasText: "Data releases"})});
    await expect.poll(() => table.locator("tbody tr").count()).toBe(releases.length);
    const links = table.locator("a[href*='vintages/']");
    expect(await links.count()).toBe(vintages.length);
    await links.first().click();
    await page.waitForURL(/vintages\/\d{4}-\d{2}-\d{2}\/index\.html$/);
    const csv = await page.request.get(new URL("measures.csv", page.url()).href);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split("\n")[0]).toContain("id,actor,target");
    await page.close();
  });

  it("filters the sources by kind in the URL, and a shared link restores it", async () => {
    const {page} = await open("methods.html");
    await page.selectOption("select[name=kind]", "primary");
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#kind=primary");
    const primary = shippedTable<{kind: string}>("sources").filter((s) => s.kind === "primary").length;
    await expect
      .poll(() => page.locator("caption", {hasText: "sources,"}).textContent())
      .toContain(`; ${primary} match`);
    await page.close();
    const shared = await open("methods.html#kind=primary");
    expect(await shared.page.locator("select[name=kind]").inputValue()).toBe("primary");
    await shared.page.close();
  });

  it("shows the first sources without loading the whole list, and finds any source once searched", async () => {
    const {page} = await open("methods.html");
    const fetched = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.includes("sources-methods."))
      );
    const all = shippedTable<{id: string; title: string; kind: string}>("sources");
    const caption = page.locator("caption", {hasText: "sources,"});
    await expect.poll(() => caption.textContent()).toContain(`(first 40 of ${all.length})`);
    expect(await page.locator("table", {has: caption}).locator("tbody tr").count()).toBe(40);
    expect(await fetched()).toEqual([]);
    const late = all[all.length - 1];
    await page.fill("input[name=q]", late.id);
    await expect.poll(() => page.locator("table", {has: caption}).locator("tbody").textContent()).toContain(late.title);
    expect((await fetched()).length).toBe(1);
    await page.close();
  });
});

describe("page de/methods.html (German) in Chromium", () => {
  // One load for the first three tests (the third follows a link away from the page).
  const german = sharedPage(open, "de/methods.html");
  it("is in German, says downloads keep English column names and German text columns end in _de, and keeps the English heading ids", async () => {
    const {page, errors} = await german();
    expect(errors).toEqual([]);
    const text = (await page.locator("#observablehq-main").textContent()) ?? "";
    expect(text).toContain(methods.de.title);
    expect(text).toContain("Spaltennamen bleiben englisch");
    expect(text).toContain("_de");
    for (const [id, key] of [
      ["the-sources", "sources"],
      ["licences-and-reuse", "licences"],
      ["changes-to-the-data", "changes"],
      ["known-limits", "limits"]
    ] as const) {
      expect(await page.locator(`h2#${id}`).textContent(), id).toBe(methods.de.headings[key]);
      expect(await page.locator(`h2#${id} a[href="#${id}"]`).count(), id).toBe(1);
    }
    for (const name of TABLE_NAMES.filter((n) => n !== "meta")) {
      await expect.poll(() => page.locator(`h2#${name}`).count(), {message: name}).toBe(1);
    }
    expect(await page.locator("#observablehq-toc").textContent()).toContain(methods.de.tocLabel);
  });

  it("downloads a whole table as CSV with the English column names, as the English page does", async () => {
    const {page} = await german();
    const card = page.locator(".card", {has: page.locator("h2#trade")});
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.locator("a.hf-download", {hasText: "CSV"}).first().click()
    ]);
    const rows = csvParse(readFileSync((await download.path())!, "utf-8"));
    expect(rows.length).toBe(shippedTable("trade").length);
    expect(rows.columns).toEqual(Object.keys(shippedTable<object>("trade")[0]));
    expect(rows.columns).toContain("release_de");
  });

  it("lists every data release, and each kept vintage's link opens the vintage at the site root", async () => {
    const {page} = await german();
    const releases = shippedTable<{date: string}>("changelog");
    const vintages = shippedTable<{date: string; path: string}>("vintages");
    const table = page.locator("#changes-to-the-data ~ .card table").first();
    await expect.poll(() => table.locator("tbody tr").count()).toBe(releases.length);
    const links = table.locator("a[href*='vintages/']");
    expect(await links.count()).toBe(vintages.length);
    await links.first().click();
    await page.waitForURL(/\/high-fences\/vintages\/\d{4}-\d{2}-\d{2}\/index\.html$/);
    const csv = await page.request.get(new URL("measures.csv", page.url()).href);
    expect(csv.status()).toBe(200);
    await page.close();
  });

  it("filters the sources by kind with German labels, and a shared link restores it", async () => {
    const {page} = await open("de/methods.html#kind=primary");
    expect(await page.locator("select[name=kind]").inputValue()).toBe("primary");
    const primary = shippedTable<{kind: string}>("sources").filter((s) => s.kind === "primary").length;
    await expect
      .poll(() => page.locator("caption", {hasText: "Quellen,"}).textContent())
      .toContain(`; ${primary} passen`);
    await page.close();
  });
});
