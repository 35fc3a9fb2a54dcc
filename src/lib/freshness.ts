// The editors' freshness check: which Federal Register documents published since a lane's checked-through date no
// row of sources.csv cites yet. Queries and response fields follow the Federal Register API v1 documents search
// (GET /documents.json with conditions[...] parameters; a JSON body {count, total_pages, next_page_url, results}),
// as its source defines them (usnationalarchives/federalregister-api-core: EntrySearch, EntryApiRepresentation,
// ApiController#render_search). Pure: the command in src/cli/dataFreshness.ts does the fetching.
import type {Lane} from "./lanes.js";
import type {Source} from "./schema.js";

/** The public API's base URL (HIGH_FENCES_FR_API overrides it, e.g. for the replay test). */
export const FR_API = "https://www.federalregister.gov/api/v1";

/** One standing question to the API: which lanes it serves and its search conditions. */
export interface FreshnessQuery {
  id: string;
  label: string;
  /** The lanes it checks; it asks from the earliest of their checked-through dates. */
  lanes: readonly Lane[];
  /** Search conditions as query parameters (repeated keys for lists), without the publication date. */
  conditions: readonly [string, string][];
}

/** The queries `npm run data:freshness` asks, one per kind of document the record is built from. */
export const FRESHNESS_QUERIES: readonly FreshnessQuery[] = [
  {
    id: "ustr-china",
    label: "USTR documents naming China",
    lanes: ["us-tariffs"],
    conditions: [
      ["conditions[agencies][]", "trade-representative-office-of-united-states"],
      ["conditions[term]", "China"]
    ]
  },
  {
    id: "bis-china",
    label: "BIS (Industry and Security Bureau) documents naming China",
    lanes: ["us-controls"],
    conditions: [
      ["conditions[agencies][]", "industry-and-security-bureau"],
      ["conditions[term]", "China"]
    ]
  },
  {
    id: "presidential-china",
    label: "Executive orders and proclamations naming China",
    lanes: ["us-tariffs", "us-controls"],
    conditions: [
      ["conditions[type][]", "PRESDOCU"],
      ["conditions[presidential_document_type][]", "executive_order"],
      ["conditions[presidential_document_type][]", "proclamation"],
      ["conditions[term]", "China"]
    ]
  },
  {
    id: "presidential-tariffs",
    label: "Executive orders and proclamations on tariffs",
    lanes: ["us-tariffs"],
    conditions: [
      ["conditions[type][]", "PRESDOCU"],
      ["conditions[presidential_document_type][]", "executive_order"],
      ["conditions[presidential_document_type][]", "proclamation"],
      ["conditions[term]", "tariff"]
    ]
  },
  {
    id: "presidential-export-controls",
    label: "Executive orders and proclamations on export controls",
    lanes: ["us-controls"],
    conditions: [
      ["conditions[type][]", "PRESDOCU"],
      ["conditions[presidential_document_type][]", "executive_order"],
      ["conditions[presidential_document_type][]", "proclamation"],
      ["conditions[term]", '"export controls"']
    ]
  }
];

/** The fields asked for (fields[]): what the report prints and what matching needs. */
export const FR_FIELDS = ["document_number", "citation", "title", "type", "publication_date", "html_url", "pdf_url"];

/** One document of a search result, as far as the check needs it. */
export interface FrDocument {
  document_number: string;
  citation?: string;
  title: string;
  type?: string;
  publication_date: string;
  html_url: string;
  pdf_url?: string;
}

/** One page of a search result. */
export interface FrPage {
  count: number;
  total_pages: number;
  results: FrDocument[];
}

/** The URL of one page of a query's results published on or after `since` (YYYY-MM-DD), oldest first. */
export function queryUrl(base: string, query: FreshnessQuery, since: string, page = 1): string {
  const params = new URLSearchParams();
  for (const [k, v] of query.conditions) params.append(k, v);
  params.append("conditions[publication_date][gte]", since);
  for (const f of FR_FIELDS) params.append("fields[]", f);
  params.append("per_page", "100");
  params.append("page", String(page));
  params.append("order", "oldest");
  return `${base.replace(/\/+$/, "")}/documents.json?${params}`;
}

const isText = (v: unknown): v is string => typeof v === "string" && v !== "";

/**
 * Reads one page of the API's answer; throws on a body that is not the documented shape. A search with no match has
 * `count: 0` and no `results` (the API leaves them out).
 */
export function parsePage(body: unknown): FrPage {
  const b = body as {count?: unknown; total_pages?: unknown; results?: unknown; errors?: unknown};
  if (!b || typeof b !== "object" || typeof b.count !== "number")
    throw new Error(`not a documents search result${b && b.errors ? `: ${JSON.stringify(b.errors)}` : ""}`);
  const results = Array.isArray(b.results) ? b.results : [];
  return {
    count: b.count,
    total_pages: typeof b.total_pages === "number" ? b.total_pages : results.length ? 1 : 0,
    results: results
      .filter((r): r is Record<string, unknown> => !!r && typeof r === "object")
      .filter((r) => isText(r.document_number) && isText(r.html_url) && isText(r.publication_date))
      .map((r) => ({
        document_number: String(r.document_number),
        citation: isText(r.citation) ? r.citation : undefined,
        title: isText(r.title) ? r.title : "(untitled)",
        type: isText(r.type) ? r.type : undefined,
        publication_date: String(r.publication_date),
        html_url: String(r.html_url),
        pdf_url: isText(r.pdf_url) ? r.pdf_url : undefined
      }))
  };
}

/** "91 FR 12,345" and "91 FR 12345" are one citation. */
const normaliseCitation = (c: string) => c.replace(/[\s,.]/g, "").toUpperCase();

/**
 * Whether a source cites a document: its document number in the source's URL, document id or notes (govinfo and
 * federalregister.gov URLs carry it), its FR citation as the source's document id or in its notes, or its URL.
 */
export function citedBy(doc: FrDocument, sources: readonly Pick<Source, "url" | "document_id" | "notes">[]): boolean {
  const citation = doc.citation ? normaliseCitation(doc.citation) : undefined;
  const url = doc.html_url.replace(/\/+$/, "");
  return sources.some((s) => {
    const text = `${s.url} ${s.document_id ?? ""} ${s.notes ?? ""}`;
    if (new RegExp(`(^|[^0-9])${doc.document_number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^0-9]|$)`).test(text))
      return true;
    if (s.url.replace(/\/+$/, "") === url) return true;
    if (!citation) return false;
    if (s.document_id && normaliseCitation(s.document_id) === citation) return true;
    return s.notes ? normaliseCitation(s.notes).includes(citation) : false;
  });
}

/** One line of the report: date, citation (or document number), title, URL. */
export function documentLine(doc: FrDocument): string {
  return `  ${doc.publication_date}  ${doc.citation ?? `FR Doc. ${doc.document_number}`}  ${doc.title}\n      ${doc.html_url}`;
}
