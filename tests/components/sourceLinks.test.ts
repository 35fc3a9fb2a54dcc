// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {sourceIndex, sourceLinks} from "../../src/components/sourceLinks.js";

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
