import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {readCsv} from "../../src/lib/csv.js";
import {validateDataset} from "../../src/lib/validate.js";
import {validFiles} from "../support/fixtures.js";

// Random damage to valid CSV text: the reader and validator must never throw, every problem they report must carry a
// location, and no row that breaks a rule may reach the typed dataset.
const files = validFiles();
const names = [...files.keys()].sort();
const LOCATION = /^(tests\/fixtures\/valid\/|data\/)?[a-z_]+\.csv$/;

/** One random edit of a text: insert, delete or replace a short run of characters, often CSV-significant ones. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({max: 6}),
  insert: fc.oneof(
    fc.constantFrom('"', ",", "\n", "\r\n", ";", "\uFEFF", "-", "2019-02-30", "1e9", "=cmd", "", " "),
    fc.string({maxLength: 6})
  )
});
const apply = (text: string, e: {at: number; remove: number; insert: string}) => {
  const at = text.length ? e.at % text.length : 0;
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
};

describe("readCsv and validateDataset on randomly damaged CSV", () => {
  it("never throw, and report every problem with a file, a line and a column", () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(edit, {minLength: 1, maxLength: 4}), (name, edits) => {
        const damaged = new Map(files);
        damaged.set(name, edits.reduce(apply, files.get(name)!));
        const {problems} = validateDataset(damaged);
        for (const p of problems) {
          expect(p.file).toMatch(/\.csv$/);
          expect(Number.isInteger(p.row) && p.row >= 1).toBe(true);
          expect(p.column.length).toBeGreaterThan(0);
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      {numRuns: 400, seed: 20250130}
    );
  });

  it("never accept a row that breaks a rule: every typed row re-validates on its own", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("measures.csv", "trade.csv", "tariff_actions.csv", "sources.csv"),
        fc.array(edit, {minLength: 1, maxLength: 3}),
        (name, edits) => {
          const damaged = new Map(files);
          damaged.set(name, edits.reduce(apply, files.get(name)!));
          const {dataset} = validateDataset(damaged);
          for (const m of dataset.measures) {
            expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            if (m.effective) expect(m.effective.getTime()).toBeGreaterThanOrEqual(m.announced.getTime());
          }
          for (const t of dataset.trade) expect(t.value_usd_bn).toBeGreaterThanOrEqual(0);
          for (const a of dataset.tariff_actions) expect(a.rate_pct >= 0 && a.rate_pct <= 1000).toBe(true);
          for (const s of dataset.sources) expect(s.url.startsWith("https://")).toBe(true);
          const ids = dataset.measures.map((m) => m.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
      ),
      {numRuns: 300, seed: 7}
    );
  });

  it("readCsv never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({maxLength: 200}), (text) => {
        const t = readCsv("x.csv", text);
        for (const p of t.problems) expect(p.file).toMatch(LOCATION);
      }),
      {numRuns: 500, seed: 3}
    );
  });
});
