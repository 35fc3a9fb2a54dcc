// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {tableDocCard} from "../../src/components/tableDocCard.js";

describe("tableDocCard(doc, {stat, download})", () => {
  const doc = {
    table: "trade",
    file: "trade.csv",
    title: "US goods trade",
    columns: [{name: "year", type: "integer", description: "<b>Calendar</b> year"}]
  };
  it("tableDocCard shows the file, counts, download, columns and example row, all as text", () => {
    const link = document.createElement("a");
    link.textContent = "JSON";
    const card = tableDocCard(doc, {stat: {rows: 12, sources_cited: 3, example: '{"year":2018}'}, download: link});
    expect(card.querySelector("h2")?.id).toBe("trade");
    expect(card.querySelector("h2")?.textContent).toBe("trade.csv — US goods trade");
    expect(card.querySelector("h3")?.textContent).toBe("12 rows, citing 3 sources · download JSON");
    expect(card.querySelector("td[data-label=Meaning]")?.textContent).toBe("<b>Calendar</b> year");
    expect(card.querySelector("b")).toBeNull();
    expect(card.querySelector("pre")?.textContent).toBe('{\n "year": 2018\n}');
  });
  it("tableDocCard says – rows and leaves out the example when the stats are missing", () => {
    const card = tableDocCard(doc);
    expect(card.querySelector("h3")?.textContent).toBe("– rows · download ");
    expect(card.querySelector("details")).toBeNull();
  });
});
