import {describe, expect, it} from "vitest";
import {matchSources} from "../../../src/lib/derive/sources.js";

describe("matchSources(sources, {kind, q})", () => {
  const sources = [
    {id: "fr-1", publisher: "Federal Register", title: "Notice", document_id: "83 FR 28710", kind: "primary" as const},
    {id: "piie", publisher: "PIIE", title: "Chart", document_id: undefined, kind: "secondary" as const}
  ];
  it("matchSources finds a query in the id, publisher, title or document id, ignoring case", () => {
    expect(matchSources(sources, {q: "83 fr"}).map((s) => s.id)).toEqual(["fr-1"]);
    expect(matchSources(sources, {q: "piie"}).map((s) => s.id)).toEqual(["piie"]);
  });
  it("matchSources keeps one kind, and every source for an empty filter", () => {
    expect(matchSources(sources, {kind: "secondary"}).map((s) => s.id)).toEqual(["piie"]);
    expect(matchSources(sources)).toHaveLength(2);
  });
});
