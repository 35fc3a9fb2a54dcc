import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {toCsv} from "../../src/lib/csvWrite.js";
import {validateDataset} from "../../src/lib/validate.js";
import {BROKEN_DIR, brokenCases} from "../support/brokenCases.js";
import {messages} from "../support/fixtures.js";

// The corpus: tests/fixtures/broken/TABLE--CASE.csv replaces one table of the valid fixture; expected.json holds the
// exact messages data:check prints for it (reviewed by hand; an empty list means the input is valid text).
const expected = JSON.parse(readFileSync(join(BROKEN_DIR, "expected.json"), "utf-8")) as Record<string, string[]>;
const cases = brokenCases();

describe("the broken-input corpus", () => {
  it("has an expectation for every case and at least 20 cases", () => {
    expect(cases.map((c) => c.name).sort()).toEqual(Object.keys(expected).sort());
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s gets exactly its messages", (name, c) => {
    expect(messages(c.files)).toEqual(expected[name]);
  });
});

describe("text that looks like code", () => {
  const byName = new Map(cases.map((c) => [c.name, c]));
  it("keeps an HTML payload as plain text in the typed rows", () => {
    const {dataset} = validateDataset(byName.get("measures--html-payload")!.files);
    expect(dataset.measures.find((m) => m.id === "us-rule-x")?.summary).toBe(
      "<img src=x onerror=alert(1)><script>alert(2)</script>"
    );
  });

  it("neutralises a formula cell when the table is downloaded as CSV", () => {
    const {dataset} = validateDataset(byName.get("sources--formula-cell")!.files);
    const csv = toCsv(dataset.sources);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
