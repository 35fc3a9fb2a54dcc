import {describe, expect, it} from "vitest";
import {searchEntries} from "../../src/lib/searchEntries.js";
import {fixtureDataset} from "../support/dataset.js";

describe("searchEntries(dataset)", () => {
  const entries = searchEntries(fixtureDataset());
  it("gives every measure, excerpt, forecast and chip an entry with a unique path (the index's id)", () => {
    expect(entries.length).toBe(4 + 1 + 1 + 3);
    expect(new Set(entries.map((e) => e.path)).size).toBe(entries.length);
  });
  it("opens tariff measures on the Tariffs page filtered to them, and excerpts at their anchor", () => {
    expect(entries.find((e) => e.title === "List A")?.path).toBe("/tariffs.html#q=List%20A&m=us-list-a");
    expect(entries.find((e) => e.title === "Rule X")?.path).toBe("/controls.html#m=us-rule-x");
    expect(entries.find((e) => e.path.startsWith("/commentary"))?.path).toBe("/commentary.html#excerpt-x-one");
  });
  it("indexes the German and English text of excerpts and the document ids of a measure's sources", () => {
    expect(entries.find((e) => e.path.startsWith("/commentary"))?.text).toContain("„Zölle“");
    expect(entries.find((e) => e.title === "List A")?.keywords).toContain("1 FR 1");
  });
});

describe("searchEntries(dataset, 'de')", () => {
  const entries = searchEntries(fixtureDataset(), "de");
  it("links every entry to the German pages and gives measures their German titles and summaries", () => {
    expect(entries.length).toBe(searchEntries(fixtureDataset()).length);
    expect(entries.every((e) => e.path.startsWith("/de/"))).toBe(true);
    const list = entries.find((e) => e.title === "(de) List A");
    expect(list?.path).toBe(`/de/tariffs.html#q=${encodeURIComponent("(de) List A")}&m=us-list-a`);
    expect(list?.text).toMatch(
      /^\(de\) Tariff on list A goods\. Angekündigt am 2018-06-15, in Kraft seit 2018-07-06\./
    );
  });
  it("indexes the German original of excerpts and no English translation", () => {
    const excerpt = entries.find((e) => e.path.startsWith("/de/commentary"));
    const english = searchEntries(fixtureDataset()).find((e) => e.path.startsWith("/commentary"));
    expect(excerpt?.title).toMatch(/^Kommentar ¶/);
    expect(excerpt?.text).toContain("„Zölle“");
    expect(english!.text.startsWith(excerpt!.text)).toBe(true);
    expect(excerpt!.text.length).toBeLessThan(english!.text.length);
  });
});
