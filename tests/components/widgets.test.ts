// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {dataTable} from "../../src/components/dataTable.js";
import {measureCard} from "../../src/components/measureCard.js";
import {sourceIndex, sourceLinks} from "../../src/components/sourceLinks.js";
import {sourceYears} from "../../src/components/sourceYears.js";
import {tidyAria} from "../../src/components/tidyAria.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
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
});

describe("sourceLinks(ids, index)", () => {
  it("links each source by its document id, naming the publisher where a document id repeats", () => {
    const index = sourceIndex([
      {
        id: "a",
        publisher: "Federal Register",
        title: "T",
        url: "https://example.org/a",
        kind: "primary",
        document_id: "88 FR 1"
      },
      {
        id: "b",
        publisher: "Law firm",
        title: "T",
        url: "https://example.org/b",
        kind: "secondary",
        document_id: "88 FR 1"
      },
      {id: "c", publisher: "News", title: "T", url: "https://example.org/c", kind: "secondary"}
    ]);
    expect(sourceLinks(["a", "b", "c", "zz"], index).textContent).toBe(
      "88 FR 1 (Federal Register); 88 FR 1 (Law firm); News; zz"
    );
  });
});

describe("dataTable(rows, columns, {caption})", () => {
  it("renders cells as text with their column names for the phone layout", () => {
    const table = dataTable([{a: PAYLOAD}], [{label: "A", value: (r) => r.a}], {caption: "C"});
    expect(table.querySelector("img, script")).toBeNull();
    expect(table.querySelector("td")?.textContent).toBe(PAYLOAD);
    expect(table.querySelector("td")?.dataset.label).toBe("A");
    expect(table.getAttribute("aria-label")).toBe("C");
  });
  it("says when no row matches and when rows are cut", () => {
    expect(dataTable([], [{label: "A", value: () => ""}], {caption: "C"}).textContent).toContain("No rows match");
    expect(
      dataTable([1, 2, 3], [{label: "N", value: String}], {caption: "C", limit: 2}).querySelector("caption")
        ?.textContent
    ).toBe("C (first 2 of 3)");
  });
});

describe("tidyAria(chart) and sourceYears(sources)", () => {
  const t = fixtureTables();
  it("keeps the chart's label on an svg with role img and drops the marks' labels", () => {
    const chart = withoutWarnings(() => sourceYears(t.dataset.sources, {width: 480}));
    const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg[aria-label]")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(chart.querySelectorAll("g[aria-label]").length).toBe(0);
    expect(tidyAria(chart)).toBe(chart);
    expectSnapshot("sourceYears", chart);
  });
});
