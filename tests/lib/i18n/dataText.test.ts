import {describe, expect, it} from "vitest";
import {germanColumns, rowIn, rowsIn, tablesIn} from "../../../src/lib/i18n/dataText.js";
import {TABLES} from "../../../src/lib/tables.js";

describe("germanColumns(columns)", () => {
  it("names each text column that has a COLUMN_de twin, in schema order", () => {
    expect(germanColumns(Object.keys(TABLES.measures.schema.shape))).toEqual(["title", "summary"]);
    expect(germanColumns(Object.keys(TABLES.forecasts.schema.shape))).toEqual(["expectation", "outcome"]);
    expect(germanColumns(Object.keys(TABLES.sources.schema.shape))).toEqual([]);
  });
});

describe("rowIn(row, lang)", () => {
  const row = {id: "a", title: "Steel tariff", title_de: "Stahlzoll", summary: "Text.", summary_de: undefined};

  it("puts the German text under the English column name and drops the _de columns", () => {
    expect(rowIn(row, "de")).toEqual({id: "a", title: "Stahlzoll", summary: "Text."});
  });

  it("keeps the English text in English and drops the _de columns too", () => {
    expect(rowIn(row, "en")).toEqual({id: "a", title: "Steel tariff", summary: "Text."});
  });

  it("returns a row without German columns as it is", () => {
    const plain = {id: "b", rate_pct: 25};
    expect(rowIn(plain, "de")).toBe(plain);
  });
});

describe("rowsIn(rows, lang) and tablesIn(tables, lang)", () => {
  it("leaves a table without German columns untouched (the same array)", () => {
    const series = [{date: new Date(0), total_pct: 3}];
    expect(rowsIn(series, "de")).toBe(series);
    expect(tablesIn({series}, "de").series).toBe(series);
  });

  it("translates every row of a table with German columns", () => {
    const tables = tablesIn({events: [{id: "e", title: "Model", title_de: "Modell"}]}, "de");
    expect(tables.events).toEqual([{id: "e", title: "Modell"}]);
  });
});
