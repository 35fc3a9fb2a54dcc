import {describe, expect, it} from "vitest";
import {diffCounts, diffData, diffTable, formatDiff} from "../../src/lib/dataDiff.js";

const HEADER = "measure_id,date,status,source_ids,notes\n";

describe("diffTable(name, before, after)", () => {
  it("diffTable keys rows by the table's key and reports rows added, changed (with the changed cells) and removed", () => {
    const before = HEADER + "a,2020-01-01,in-force,s1,\nb,2020-01-01,announced,s1,\n";
    const after = HEADER + "a,2020-01-01,in-force,s1;s2,note\nc,2021-01-01,scheduled,s2,\n";
    const d = diffTable("measure_status", before, after);
    expect(d.added).toEqual(["c | 2021-01-01 | scheduled"]);
    expect(d.removed).toEqual(["b | 2020-01-01 | announced"]);
    expect(d.changed).toEqual([
      {
        key: "a | 2020-01-01 | in-force",
        cells: [
          {column: "source_ids", before: "s1", after: "s1;s2"},
          {column: "notes", before: "", after: "note"}
        ]
      }
    ]);
  });

  it("diffTable treats a missing table as empty and a new column as empty before", () => {
    expect(diffTable("events", undefined, "id,date\ne1,2020-01-01\n").added).toEqual(["e1"]);
    const d = diffTable("meta", "key,value\nas_of,2020-01-01\n", "key,value,extra\nas_of,2020-01-01,x\n");
    expect(d.changed).toEqual([{key: "as_of", cells: [{column: "extra", before: "", after: "x"}]}]);
  });
});

describe("diffData(before, after) and formatDiff(diffs)", () => {
  const before = new Map([
    ["meta.csv", "key,value\nas_of,2020-06-30\n"],
    ["changelog.csv", "date,summary\n2020-06-30,First.\n"]
  ]);
  const after = new Map([
    ["meta.csv", "key,value\nas_of,2020-07-31\n"],
    ["changelog.csv", "date,summary\n2020-06-30,First.\n2020-07-31,Second.\n"]
  ]);
  const diffs = diffData(before, after);

  it("diffCounts totals every table but the changelog, which records the release itself", () => {
    expect(diffCounts(diffs)).toEqual({added: 0, changed: 1, removed: 0});
  });

  it("formatDiff prints one line per changed table, its rows, and the totals", () => {
    expect(formatDiff(diffs, {since: "v1"}).split("\n")).toEqual([
      "meta.csv: 0 added, 1 changed, 0 removed",
      "  ~ as_of",
      '      value: "2020-06-30" → "2020-07-31"',
      "changelog.csv: 1 added, 0 changed, 0 removed",
      "  + 2020-07-31",
      "",
      "since v1: 0 rows added, 1 changed, 0 removed"
    ]);
    expect(formatDiff(diffData(before, before), {since: "v1"})).toBe("no table changed since v1");
  });
});
