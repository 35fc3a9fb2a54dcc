// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {measureCard} from "../../src/components/measureCard.js";
import {lazySourceIndex, sourceIndex} from "../../src/components/sourceLinks.js";
import {fixtureTables} from "../support/rows.js";

const PAYLOAD = "<img src=x onerror=alert(1)><script>alert(2)</script>";

describe("measureCard(item, sources)", () => {
  const t = fixtureTables();
  const sources = sourceIndex(t.dataset.sources);
  it("shows title, lane, dates, status and source links of an item", () => {
    const card = measureCard(
      t.timeline.find((i) => i.id === "us-list-b"),
      sources
    );
    expect(card.querySelector("h3")?.textContent).toBe("List B");
    expect(card.textContent).toContain(
      "US tariffs · announced 17 Sep 2018, effective 24 Sep 2018 · status: suspended since 14 Feb 2020"
    );
    expect([...card.querySelectorAll("a")].map((a) => a.href)).toEqual(["https://example.org/a"]);
  });
  it("names a step scheduled after the lane's date as not yet in force", () => {
    const item = {...t.timeline.find((i) => i.id === "us-list-b")!, scheduled: new Date("2020-09-01T00:00:00Z")};
    expect(measureCard(item, sources).textContent).toContain(
      "status: suspended since 14 Feb 2020 · next step scheduled for 1 Sep 2020 (not yet in force)"
    );
  });
  it("sets data strings as text, never as HTML", () => {
    const item = {...t.timeline[0], title: PAYLOAD, summary: PAYLOAD};
    const card = measureCard(item, sources);
    expect(card.querySelector("img, script")).toBeNull();
    expect(card.textContent).toContain(PAYLOAD);
  });
  it("says how to pick an item when none is selected", () =>
    expect(measureCard(null, sources).textContent).toContain("Point at (or tap)"));
  it("fetches a lazy source index only when a card with an item is drawn, then shows its links", async () => {
    let fetches = 0;
    const lazy = lazySourceIndex({json: async () => (fetches++, t.dataset.sources)});
    measureCard(null, lazy);
    expect(fetches).toBe(0);
    const card = measureCard(
      t.timeline.find((i) => i.id === "us-list-b"),
      lazy
    );
    measureCard(t.timeline[0], lazy);
    await lazy.load();
    await Promise.resolve();
    expect(fetches).toBe(1);
    expect([...card.querySelectorAll("a")].map((a) => a.href)).toEqual(["https://example.org/a"]);
  });
});
