import {describe, expect, it} from "vitest";
import {parseTableDocs, tableDocsIn} from "../../src/lib/tableDocs.js";
import {TABLES, TABLE_NAMES} from "../../src/lib/tables.js";
import {readTableDocs} from "../../src/node/tableDocs.js";

describe("parseTableDocs(markdown)", () => {
  it("reads each ## NAME.csv section's column table", () => {
    const docs = parseTableDocs(
      "# x\n## a.csv — the A\n| column | type | |\n|---|---|---|\n| id | slug | the id |\n| n | number | a | b |\n## Other\n| z | y | x |\n"
    );
    expect(docs).toEqual([
      {
        table: "a",
        file: "a.csv",
        title: "the A",
        columns: [
          {name: "id", type: "slug", description: "the id"},
          {name: "n", type: "number", description: "a | b"}
        ]
      }
    ]);
  });
});

describe("data/README.md", () => {
  const docs = readTableDocs();
  it("documents every table, and every column of it, in schema order", () => {
    expect(docs.map((d) => d.table).sort()).toEqual([...TABLE_NAMES].sort());
    for (const name of TABLE_NAMES) {
      const documented = docs.find((d) => d.table === name)!.columns.map((c) => c.name);
      expect(documented, name).toEqual(Object.keys(TABLES[name].schema.shape));
    }
  });
});

describe("tableDocsIn(docs, lang)", () => {
  const docs = readTableDocs();
  it("keeps data/README.md's docs in English", () => {
    expect(tableDocsIn(docs, "en")).toEqual(docs);
  });

  it("gives every table a German title and every column a German type, and a German description where the English has one", () => {
    const german = tableDocsIn(docs, "de");
    expect(german.map((d) => [d.table, d.file, d.columns.map((c) => c.name)])).toEqual(
      docs.map((d) => [d.table, d.file, d.columns.map((c) => c.name)])
    );
    german.forEach((d, i) => {
      expect(d.title, d.table).not.toBe("");
      expect(d.title, d.table).not.toBe(docs[i].title);
      d.columns.forEach((c, j) => {
        const english = docs[i].columns[j];
        expect(c.type, `${d.table}.${c.name}`).not.toBe("");
        expect(c.description === "", `${d.table}.${c.name}`).toBe(english.description === "");
      });
    });
  });
});
