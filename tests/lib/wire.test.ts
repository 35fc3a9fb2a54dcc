import {describe, expect, it} from "vitest";
import {revive, reviveTables, toJson, type Wire} from "../../src/lib/wire.js";
import {toCsv, safeCell} from "../../src/lib/csvWrite.js";
import {d} from "../support/dataset.js";
import {csvFormatRows} from "d3-dsv";
import fc from "fast-check";

describe("toJson(rows) and revive(rows)", () => {
  it("writes dates as YYYY-MM-DD and revives them as UTC midnights", () => {
    const rows = [{id: "a", date: d("2019-05-10"), ids: ["x"], n: 1.5, none: undefined}];
    const text = toJson(rows);
    expect(text).toBe('[\n{"id":"a","date":"2019-05-10","ids":["x"],"n":1.5}\n]\n');
    const back = revive<{id: string; date: Date}>(JSON.parse(text) as Wire<{id: string; date: Date}>[]);
    expect(back[0].date.getTime()).toBe(Date.UTC(2019, 4, 10));
  });
  it("leaves text that only contains a date alone", () => {
    expect(revive([{s: "from 2019-05-10 on"}])[0].s).toBe("from 2019-05-10 on");
  });
});

describe("toCsv(rows)", () => {
  it("quotes as RFC 4180 and joins lists with ;", () => {
    expect(toCsv([{a: 'say "hi", ok', b: ["x", "y"], c: d("2020-01-02"), e: undefined}])).toBe(
      'a,b,c,e\n"say ""hi"", ok",x;y,2020-01-02,\n'
    );
  });
  it("toCsv(rows) writes what d3-dsv's csvFormatRows writes for the same cells", () => {
    const cell = fc.string({unit: fc.constantFrom("a", "1", " ", ",", '"', "\n", "\r", "ä", ";")});
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), {minLength: 1}), (pairs) => {
        const rows = pairs.map(([x, y]) => ({x, y}));
        const cells = pairs.map(([x, y]) => [safeCell(x), safeCell(y)]);
        expect(toCsv(rows)).toBe(csvFormatRows([["x", "y"], ...cells]) + "\n");
      })
    );
  });
  it("neutralises cells a spreadsheet would run as formulas, but not negative numbers", () => {
    expect(safeCell('=HYPERLINK("https://x")')).toBe('\'=HYPERLINK("https://x")');
    expect(safeCell("+1+2")).toBe("'+1+2");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell("-380")).toBe("-380");
    expect(safeCell("-1+1")).toBe("'-1+1");
  });
});

describe("reviveTables(tables)", () => {
  it("revives every table of a page's data file as revive does one", () => {
    const wire = {meta: [{as_of: "2025-03-01", title: "x"}], steps: [{date: "2018-07-06", rate_pct: 25}]};
    expect(reviveTables(wire)).toEqual({meta: revive(wire.meta), steps: revive(wire.steps)});
    expect(reviveTables(wire).steps[0].date).toBeInstanceOf(Date);
  });
});
