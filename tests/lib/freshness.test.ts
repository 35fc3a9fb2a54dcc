import {describe, expect, it} from "vitest";
import {FRESHNESS_QUERIES, citedBy, parsePage, queryUrl, type FrDocument} from "../../src/lib/freshness.js";

const doc: FrDocument = {
  document_number: "2026-14501",
  citation: "91 FR 36,120",
  title: "Notice of Action",
  publication_date: "2026-07-20",
  html_url: "https://www.federalregister.gov/documents/2026/07/20/2026-14501/notice-of-action"
};
const source = (cells: {url?: string; document_id?: string; notes?: string}) => ({
  url: "https://example.org/page",
  document_id: undefined,
  notes: undefined,
  ...cells
});

describe("citedBy(doc, sources)", () => {
  it("finds a document by its number in a source's URL (govinfo or federalregister.gov)", () => {
    expect(citedBy(doc, [source({url: "https://www.govinfo.gov/content/pkg/FR-2026-07-20/html/2026-14501.htm"})])).toBe(
      true
    );
    expect(
      citedBy(doc, [source({url: "https://www.govinfo.gov/content/pkg/FR-2026-07-20/html/2026-145012.htm"})])
    ).toBe(false);
  });
  it("finds a document by its FR citation as a document id, however the page number is written", () => {
    expect(citedBy(doc, [source({document_id: "91 FR 36120"})])).toBe(true);
    expect(citedBy(doc, [source({document_id: "91 FR 3612"})])).toBe(false);
    expect(citedBy(doc, [source({notes: "reprints 91 FR 36120 in full"})])).toBe(true);
  });
  it("finds nothing in sources that do not name it", () => {
    expect(citedBy(doc, [source({}), source({document_id: "EO 14257"})])).toBe(false);
  });
});

describe("parsePage(body) and queryUrl(base, query, since)", () => {
  it("parsePage reads the documented envelope, and a search with no match (no results key) as empty", () => {
    expect(parsePage({count: 1, total_pages: 1, results: [doc]}).results).toEqual([
      {...doc, pdf_url: undefined, type: undefined}
    ]);
    expect(parsePage({count: 0, description: "none"})).toEqual({count: 0, total_pages: 0, results: []});
    expect(() => parsePage({errors: {conditions: "bad"}})).toThrow(
      'not a documents search result: {"conditions":"bad"}'
    );
  });
  it("queryUrl asks for the documents published on or after a date, with the query's conditions and the fields used", () => {
    const url = new URL(queryUrl("http://127.0.0.1:1/api/v1/", FRESHNESS_QUERIES[0], "2026-08-13", 2));
    expect(url.pathname).toBe("/api/v1/documents.json");
    expect(url.searchParams.get("conditions[publication_date][gte]")).toBe("2026-08-13");
    expect(url.searchParams.get("conditions[agencies][]")).toBe("trade-representative-office-of-united-states");
    expect(url.searchParams.get("page")).toBe("2");
    expect(url.searchParams.getAll("fields[]")).toContain("citation");
  });
});
