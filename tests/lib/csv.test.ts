import {describe, expect, it} from "vitest";
import {decodeUtf8, readCsv} from "../../src/lib/csv.js";
import fc from "fast-check";

describe("readCsv(file, text)", () => {
  it("reads a header and records with their line numbers", () => {
    const t = readCsv("f.csv", "a,b\n1,2\n3,4\n");
    expect(t.columns).toEqual(["a", "b"]);
    expect(t.records).toEqual([
      {line: 2, cells: {a: "1", b: "2"}},
      {line: 3, cells: {a: "3", b: "4"}}
    ]);
    expect(t.problems).toEqual([]);
  });

  it("accepts CRLF line ends and quoted cells with commas, quotes and line breaks", () => {
    const t = readCsv("f.csv", 'a,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\n5,6\r\n');
    expect(t.records.map((r) => r.cells)).toEqual([
      {a: "x, y", b: 'say "hi"'},
      {a: "two\nlines", b: "z"},
      {a: "5", b: "6"}
    ]);
    expect(t.records.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it("accepts a byte-order mark at the very start, as Excel writes it", () => {
    const t = readCsv("f.csv", "\uFEFFa,b\n1,2\n");
    expect(t.columns).toEqual(["a", "b"]);
    expect(t.problems).toEqual([]);
  });

  it("reports a stray byte-order mark inside a cell", () => {
    const t = readCsv("f.csv", "a,b\n1,\uFEFF2\n");
    expect(t.problems).toEqual([
      {file: "f.csv", row: 2, column: "b", message: "contains a stray byte-order mark (U+FEFF); remove it"}
    ]);
    expect(t.records).toEqual([]);
  });

  it("reports every record with the wrong number of fields and keeps the others", () => {
    const t = readCsv("f.csv", "a,b\n1,2,3\n4,5\n6\n");
    expect(t.problems.map((p) => [p.row, p.message])).toEqual([
      [2, "has 3 fields, the header has 2"],
      [4, "has 1 field, the header has 2"]
    ]);
    expect(t.records.map((r) => r.line)).toEqual([3]);
  });

  it("reports an unterminated quote at the line where the quoted cell starts", () => {
    const t = readCsv("f.csv", 'a,b\n1,2\n3,"never closed\n4,5\n6,7\n');
    expect(t.problems).toEqual([
      {
        file: "f.csv",
        row: 3,
        column: "-",
        message: "a quoted cell starts here and is never closed (missing closing double quote)"
      }
    ]);
    expect(t.records.map((r) => r.line)).toEqual([2]);
  });

  it("reports text after a closing quote", () => {
    const t = readCsv("f.csv", 'a,b\n1,"2"x\n');
    expect(t.problems).toEqual([
      {
        file: "f.csv",
        row: 2,
        column: "-",
        message: "text follows a closing quote; inside a quoted cell write a double quote as two double quotes"
      }
    ]);
  });

  it("reports an empty file", () => {
    expect(readCsv("f.csv", "").problems).toEqual([
      {file: "f.csv", row: 1, column: "-", message: "file is empty; expected a header row"}
    ]);
  });

  it("reports empty and repeated header cells", () => {
    expect(readCsv("f.csv", "a,,a\n1,2,3\n").problems).toEqual([
      {file: "f.csv", row: 1, column: "#2", message: "header cell is empty"},
      {file: "f.csv", row: 1, column: "a", message: "column appears twice in the header"}
    ]);
  });

  it("skips blank lines without shifting line numbers", () => {
    const t = readCsv("f.csv", "a\n\n1\n\n2\n");
    expect(t.records.map((r) => [r.line, r.cells.a])).toEqual([
      [3, "1"],
      [5, "2"]
    ]);
  });
});

describe("decodeUtf8(file, bytes)", () => {
  it("decodes valid UTF-8, umlauts included", () => {
    expect(decodeUtf8("f.csv", new TextEncoder().encode("a\nÄußerung\n"))).toEqual({text: "a\nÄußerung\n"});
  });

  it("names the line of the first byte that is not UTF-8 (a Latin-1 file)", () => {
    const bytes = Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xc4, 0x0a]); // "a\nb\nÄ\n" in Latin-1
    expect(decodeUtf8("f.csv", bytes)).toEqual({
      problem: {
        file: "f.csv",
        row: 3,
        column: "-",
        message: "not valid UTF-8 (byte 0xc4 at offset 4); save the file as UTF-8"
      }
    });
  });
});

describe("readCsv(file, text) without quotes", () => {
  it("reads the same records, lines and problems as with every cell quoted", () => {
    const cell = fc.stringMatching(/^[a-z0-9 .;-]{0,6}$/);
    fc.assert(
      fc.property(
        // A row of one empty cell is a blank line unquoted (skipped) but a record quoted, so it is left out.
        fc.array(
          fc.array(cell, {minLength: 1, maxLength: 4}).filter((r) => r.join(",") !== ""),
          {minLength: 1, maxLength: 8}
        ),
        fc.boolean(),
        (rows, blankLine) => {
          const lines = [["a", "b", "c"], ...rows];
          const plain = lines.map((r) => r.join(",")).join("\n") + (blankLine ? "\n\n" : "\n");
          const quoted = lines.map((r) => r.map((c) => `"${c}"`).join(",")).join("\n") + (blankLine ? "\n\n" : "\n");
          const [p, q] = [readCsv("x.csv", plain), readCsv("x.csv", quoted)];
          expect(p.records).toEqual(q.records);
          expect(p.rejected).toEqual(q.rejected);
          expect(p.problems).toEqual(q.problems);
        }
      )
    );
  });
});
