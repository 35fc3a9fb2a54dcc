import {spawn} from "node:child_process";
import {readFileSync, readdirSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {FIXTURES, VALID_DIR} from "../support/fixtures.js";
import {ROOT} from "../support/site.js";

// Recorded answers of the Federal Register API's documents search (GET /api/v1/documents.json), in the documented
// shape {count, description, total_pages, next_page_url, results: [{document_number, citation, title, ...}]}.
const RECORDED = join(FIXTURES, "federal-register");
const recorded = (name: string) => readFileSync(join(RECORDED, `${name}.json`), "utf-8");

/** Which recorded answer a request gets: by agency, document type and term, as the API would filter. */
function answerFor(params: URLSearchParams): string {
  const agencies = params.getAll("conditions[agencies][]");
  const page = params.get("page") ?? "1";
  if (agencies.includes("trade-representative-office-of-united-states"))
    return recorded(page === "1" ? "ustr-china" : "ustr-china-page-2");
  if (agencies.includes("industry-and-security-bureau")) return recorded("bis-china");
  if (params.getAll("conditions[type][]").includes("PRESDOCU") && params.get("conditions[term]") === "China")
    return recorded("presidential-china");
  return recorded("empty");
}

/** Every file of a folder and its subfolders (data/lines/) with its time and text, to see that nothing was written. */
const snapshot = (dir: string) =>
  readdirSync(dir, {recursive: true, encoding: "utf-8"})
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => [f, statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f), "utf-8")]);

const run = (env: Record<string, string>) =>
  new Promise<{status: number | null; stdout: string; stderr: string}>((done) => {
    const child = spawn(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/dataFreshness.ts", "--data", VALID_DIR], {
      cwd: ROOT,
      env: {...process.env, ...env}
    });
    let stdout = "",
      stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (status) => done({status, stdout, stderr}));
  });

describe("npm run data:freshness against a local replay of the Federal Register API", () => {
  let server: Server;
  let base: string;
  const requests: URLSearchParams[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname !== "/api/v1/documents.json") {
        res.writeHead(404).end();
        return;
      }
      requests.push(url.searchParams);
      res.writeHead(200, {"content-type": "application/json"}).end(answerFor(url.searchParams));
    });
    await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

  it("lists every document no source cites, with date, citation, title and URL, once, across pages", async () => {
    const before = snapshot(VALID_DIR);
    const r = await run({HIGH_FENCES_FR_API: base});
    expect(snapshot(VALID_DIR), "it never edits the data folder").toEqual(before);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("USTR documents naming China since 2020-06-30 (US tariffs): 3 published, 2 not cited");
    expect(r.stdout).toContain(
      "  2020-07-15  85 FR 40,001  Fixture notice of a new Section 301 action\n" +
        "      https://www.federalregister.gov/documents/2020/07/15/2020-00002/fixture-new-action"
    );
    expect(r.stdout).toContain("  2020-08-01  FR Doc. 2020-00003  Fixture notice on the second page");
    // 2020-00001 is "1 FR 1", the document id of fixture source src-a.
    expect(r.stdout).not.toContain("2020-00001");
    // Found by two queries, listed once.
    expect(r.stdout.match(/fixture-entity-list/g)).toHaveLength(1);
    expect(r.stdout).toContain("3 documents to check.");
  });

  it("asks by agency, term and publication date since each lane's checked-through date", () => {
    const ustr = requests.find(
      (p) => p.get("conditions[agencies][]") === "trade-representative-office-of-united-states"
    );
    expect(ustr?.get("conditions[term]")).toBe("China");
    expect(ustr?.get("conditions[publication_date][gte]")).toBe("2020-06-30");
    expect(ustr?.getAll("fields[]")).toEqual(expect.arrayContaining(["document_number", "citation", "html_url"]));
    const presidential = requests.filter((p) => p.getAll("conditions[type][]").includes("PRESDOCU"));
    expect(new Set(presidential.map((p) => p.get("conditions[term]")))).toEqual(
      new Set(["China", "tariff", '"export controls"'])
    );
    expect(presidential[0].getAll("conditions[presidential_document_type][]")).toEqual([
      "executive_order",
      "proclamation"
    ]);
  });
});

describe("npm run data:freshness offline", () => {
  it("says in one line that the API cannot be reached and exits non-zero", async () => {
    const r = await run({HIGH_FENCES_FR_API: "http://127.0.0.1:9/api/v1"});
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^data:freshness: cannot reach the Federal Register API at http:\/\/127\.0\.0\.1:9\/api\/v1 .*it needs the internet\./
    );
  });
});
