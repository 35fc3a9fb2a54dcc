/**
 * Converts the public US-side inputs of the line-level tariff estimate into the committed CSVs of `data/lines/us/`.
 *
 * Run: `npx tsx scripts/lines/usLines.ts` with the fetched bare git directories in the environment (defaults are the
 * search tool's mirror paths):
 *   YALE_GIT   Budget-Lab-Yale/tariff-rate-tracker (MIT)      resources/*.csv, config/policy_params.yaml,
 *                                                             data/us_notes/chapter99_2026_rev_6.txt (HTS ch. 99 text)
 *   REDUX_GIT  tradewartracker/trade-war-redux-2025 (MIT)     data/2024-hs10-imports5700.parquet, tariff-lists/*.csv
 *   WAUGH_GIT  mwaugh0328/tradewar-tracker (MIT)              data/tariff_data_2017.zip (USITC 2017 tariff database)
 *   WAUGH_AWS_GIT mwaugh0328/tradewar-tracker-aws-product-level (MIT) data/imports/5700data.parquet (Census monthly
 *                                                             US imports for consumption from China by HS2, 2013-2020)
 * Each input is read at the commit pinned below (COMMITS), so a rerun gives the same files.
 *
 * Outputs (sorted by their key columns, codes as digit strings):
 *   data/lines/us/weights.csv      basis,year,code,value_usd — `yale` 2024: US imports for consumption from China
 *                                  (Census CTY_CODE 5700) by HTS10, every line with value > 0 (CON_VAL_YR).
 *                                  `piie` 2017: NOT observed data — the same 2024 lines rescaled (raked) so that the
 *                                  HS2 chapters carry their 2017 shares (Census, by HS2) and the Section 301 list
 *                                  groups the stated 2017 values (see PIIE_2017 below and data/lines/bases.csv); the
 *                                  stand-in for the missing 2017 HTS10 imports.
 *   data/lines/us/mfn.csv          code,date,mfn_pct — HTS8 MFN (column 1 general) from the USITC 2017 tariff database:
 *                                  the ad-valorem part only (the database gives no ad-valorem equivalent, its
 *                                  `mfn_ave` column is empty), dated 2018-01-01. Specific and compound duties are
 *                                  therefore understated (their specific part counts 0).
 *   data/lines/us/scope_lines.csv  scope,code,date_from,date_to,share — membership of the existing scopes of
 *                                  data/tariff_scopes.csv (301 lists, 2024 review groups, Section 232 2018/2025 sectors,
 *                                  IEEPA China scopes and Section 122 as all-lines scopes with 2-digit prefixes).
 *   data/lines/us/exemptions.csv   scope,code,date_from,date_to,reason,source_ids — Annex II of EO 14257 (5 Apr 2025),
 *                                  the 11 April 2025 electronics list, the 14 Nov 2025 Annex II additions, the Berman
 *                                  and chapter 98 goods of Yale's IEEPA exempt list, the Section 122 exempt products,
 *                                  and Annex II of the April 2026 metals proclamation (out of the steel/aluminium duty).
 * What it changes: filters to China, renames columns, drops zero-value lines, keeps one Section 301 list per HTS8
 * (the highest rate: 1, 2, 3 before 4A before 4B; Yale's list has 1,055 HTS8 on two lists because of partial
 * subheadings), maps the 2024 four-year-review codes of US note 31 to our `301-2024-*` scopes by product, and turns
 * Yale's HTS prefixes into scope rows. Rates are never written here: they live in data/tariff_actions.csv.
 */
import {execFileSync} from "node:child_process";
import {mkdirSync, writeFileSync} from "node:fs";
import JSZip from "jszip";
import {parquetReadObjects} from "hyparquet";

const MIRROR = "/work/.mirror";
const GIT = {
  yale: process.env.YALE_GIT ?? `${MIRROR}/Budget-Lab-Yale+tariff-rate-tracker/repo`,
  redux: process.env.REDUX_GIT ?? `${MIRROR}/tradewartracker+trade-war-redux-2025/repo`,
  waugh: process.env.WAUGH_GIT ?? `${MIRROR}/mwaugh0328+tradewar-tracker/repo`,
  waughAws: process.env.WAUGH_AWS_GIT ?? `${MIRROR}/mwaugh0328+tradewar-tracker-aws-product-level/repo`
};
/** The commits read (recorded in data/lines/provenance.csv). */
export const COMMITS = {
  yale: "8315fffd697c42559141ed5f8bf7c8fa3da47ae8",
  redux: "726c5958e1e43eb08ac076a1e602ae3149164b03",
  waugh: "753b351647341787b232bcefa349b29c42b7d474",
  waughAws: "c26909873c580f3eabf0c6f4da1bfc3e80976229"
};
const OUT = "data/lines/us";

const blob = (repo: keyof typeof GIT, path: string): Buffer =>
  execFileSync("git", ["--git-dir", GIT[repo], "show", `${COMMITS[repo]}:${path}`], {maxBuffer: 1 << 30});
const text = (repo: keyof typeof GIT, path: string): string => blob(repo, path).toString("utf8");
/** Rows of a simple CSV (no quoted commas in the files read here), header mapped to cells; quotes stripped. */
const csvRows = (src: string): Record<string, string>[] => {
  const lines = src.split(/\r?\n/).filter((l) => l.trim() !== "");
  const head = lines[0].split(",").map((h) => h.replace(/"/g, "").trim());
  return lines.slice(1).map((l) => {
    const cells = l.split(",").map((c) => c.replace(/"/g, "").trim());
    return Object.fromEntries(head.map((h, i) => [h, cells[i] ?? ""]));
  });
};
const digits = (s: string): string => s.replace(/\D/g, "");
const cell = (v: string | number): string => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const write = (file: string, header: string[], rows: (string | number)[][]): void => {
  const body = rows.map((r) => r.map(cell).join(",")).join("\n");
  writeFileSync(`${OUT}/${file}`, `${header.join(",")}\n${body}\n`);
  console.log(`${OUT}/${file}: ${rows.length} rows`);
};

/** The first sheet of an .xlsx workbook as rows of cell texts keyed by column letter (shared strings resolved). */
const readSheet = async (bytes: Uint8Array): Promise<Map<string, string>[]> => {
  const book = await JSZip.loadAsync(bytes);
  const sharedXml = (await book.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")
  );
  const xml = await book.file("xl/worksheets/sheet1.xml")!.async("string");
  const rows: Map<string, string>[] = [];
  for (const row of xml.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells = new Map<string, string>();
    for (const c of row[2].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const v = c[3]?.match(/<v>([\s\S]*?)<\/v>/)?.[1] ?? "";
      cells.set(c[1], /t="s"/.test(c[2]) ? shared[Number(v)] : v);
    }
    rows.push(cells);
  }
  return rows;
};

// ---------------------------------------------------------------- weights (2024 HTS10 imports from China)

const parquet = blob("redux", "data/2024-hs10-imports5700.parquet");
const ab = parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.byteLength) as ArrayBuffer;
const imports = (await parquetReadObjects({file: ab, columns: ["CTY_CODE", "HS10", "CON_VAL_YR", "CAL_DUT_YR"]})) as {
  CTY_CODE: string;
  HS10: string;
  CON_VAL_YR: string;
  CAL_DUT_YR: string;
}[];
const value2024 = new Map<string, number>();
const duty2024 = new Map<string, number>(); // Census calculated duty, for the checks printed at the end
for (const r of imports) {
  if (r.CTY_CODE !== "5700") continue;
  const v = Number(r.CON_VAL_YR);
  if (!/^\d{10}$/.test(r.HS10) || !(v > 0)) continue;
  value2024.set(r.HS10, (value2024.get(r.HS10) ?? 0) + v);
  duty2024.set(r.HS10, (duty2024.get(r.HS10) ?? 0) + Number(r.CAL_DUT_YR));
}
const lines2024 = [...value2024.keys()].sort();

// ---------------------------------------------------------------- Section 301 lists 1–4B (Yale, HTS8)

const LIST_SCOPE: Record<string, string> = {
  "1": "301-list-1",
  "2": "301-list-2",
  "3": "301-list-3",
  "3_addl": "301-list-3",
  "4A": "301-list-4a",
  "4B": "301-list-4b"
};
const LIST_RANK: Record<string, number> = {
  "301-list-1": 0,
  "301-list-2": 0,
  "301-list-3": 0,
  "301-list-4a": 1,
  "301-list-4b": 2
};
const listOf = new Map<string, string>();
/** HTS8 that some list source puts on List 4B (kept as a second membership where the HTS8 is kept on 4A). */
const on4b = new Set<string>();
const addList = (hts8: string, scope: string | undefined): void => {
  if (!scope || !/^\d{8}$/.test(hts8)) return;
  if (scope === "301-list-4b") on4b.add(hts8);
  const prev = listOf.get(hts8);
  if (!prev || LIST_RANK[scope] < LIST_RANK[prev]) listOf.set(hts8, scope);
};
// Yale's list is the current one: codes moved to the 2024 review headings (e.g. 8542.31.00, 8507.60.00) are gone
// from it, so the USITC "China Tariffs" table of 1 January 2020 (tradewar-tracker) adds the lists as they stood then.
for (const r of csvRows(text("yale", "resources/s301_product_lists.csv"))) addList(r.hts8, LIST_SCOPE[r.list]);
const HEADING_SCOPE: Record<string, string> = {
  "9903.88.01": "301-list-1",
  "9903.88.02": "301-list-2",
  "9903.88.03": "301-list-3",
  "9903.88.04": "301-list-3",
  "9903.88.15": "301-list-4a",
  "9903.88.16": "301-list-4b"
};
const usitc2020 = await readSheet(blob("waugh", "data/China-Tariffs.xlsx"));
let usitcCodes = 0;
for (const row of usitc2020) {
  const code = digits(row.get("A") ?? "");
  const heads = (row.get("B") ?? "").match(/9903\.88\.\d{2}/g) ?? [];
  if (code.length !== 8 || !heads.length) continue;
  usitcCodes++;
  for (const h of heads) addList(code, HEADING_SCOPE[h]);
}
if (usitcCodes < 10000) throw new Error(`China-Tariffs.xlsx: only ${usitcCodes} codes read`);

// ---------------------------------------------------------------- 2024 four-year review (US note 31, HTS ch. 99)

const ch99 = text("yale", "data/us_notes/chapter99_2026_rev_6.txt");
/** The HTS codes (8 or 10 digits) written in note 31 subdivision `sub` (up to the next subdivision). */
const note31 = (sub: string, next: string): string[] => {
  const start = ch99.search(new RegExp(`\\n\\(${sub}\\)[\\s\\S]{0,20}Heading 9903\\.9[12]`));
  const end = ch99.slice(start + 5).search(new RegExp(`\\n\\(${next}\\)`)) + start + 5;
  if (start < 0 || end <= start) throw new Error(`note 31 (${sub}) not found`);
  return [...ch99.slice(start, end).matchAll(/\b(\d{4})\.(\d{2})\.(\d{2})(\d{2})?\b/g)]
    .map((m) => m.slice(1).join(""))
    .filter((c) => !c.startsWith("99"));
};
const review: [string, string, string, string][] = []; // scope, code, date_from, date_to
const add = (scope: string, codes: string[], from = "", to = ""): void => {
  for (const c of codes) review.push([scope, c, from, to]);
};
// (b) 9903.91.01, 25% from 27 Sep 2024: minerals, steel/aluminium, battery parts.
for (const c of note31("b", "c")) {
  const ch = c.slice(0, 2);
  if (["72", "73", "76"].includes(ch)) add("301-2024-steel-aluminum", [c]);
  else if (c.startsWith("850790")) add("301-2024-battery-parts", [c]);
  else add("301-2024-critical-minerals", [c]);
}
add("301-2024-solar-cells", note31("c", "d")); // 9903.91.02
for (const c of note31("d", "e")) add(c.startsWith("9018") ? "301-2024-syringes-needles" : "301-2024-ev", [c]); // .03
// (e) 9903.91.04: disposable textile facemasks 6307.90.9870 from 1 Jan 2025 to 1 Jan 2026 (then (h), 9903.91.07).
add("301-2024-facemasks", note31("e", "f"), "2025-01-01");
for (const c of note31("f", "g"))
  add(c.startsWith("2804") || c.startsWith("3818") ? "301-2024-wafers-polysilicon" : "301-2024-semiconductors", [c]);
for (const c of note31("g", "h")) {
  // (g) 9903.91.06 from 1 Jan 2026: natural graphite, permanent magnets, lithium-ion batteries (whole 8507.60.00).
  if (c.startsWith("2504")) add("301-2024-natural-graphite", [c]);
  else if (c.startsWith("8505")) add("301-2024-permanent-magnets", [c]);
  else {
    // 8507.60.0010 (EV batteries) is already at 25% from 27 Sep 2024; the rest of 8507.60.00 joins from 2026.
    const non = lines2024.filter((l) => l.startsWith(c) && l !== "8507600010");
    add("301-2024-batteries-non-ev", non.length ? non : [c]);
  }
}
add("301-2024-batteries-ev", ["8507600010"]);
// (h) 9903.91.07 from 1 Jan 2026: respirators and face masks of textiles (10-digit numbers).
add(
  "301-2024-facemasks",
  note31("h", "i").filter((c) => c !== "6307909870"),
  "2026-01-01"
);
add("301-2024-medical-gloves", note31("i", "j")); // 4015.12.10 (scope steps: 2025 50%, 2026 100%)
add("301-2024-tungsten", note31("j", "k")); // 9903.91.11
add("301-2024-sts-cranes", ["84261900"]); // 9903.92.10 (Yale s301_product_lists.csv, cranes_301)

// ---------------------------------------------------------------- Section 232 (policy_params.yaml and resources)

const params = text("yale", "config/policy_params.yaml");
/** The `prefixes: [...]` list of one `section_232_headings` entry. */
const prefixesOf = (key: string): string[] => {
  const m = params.match(new RegExp(`\\n  ${key}:\\n(?:    [^\\n]*\\n)*?    prefixes: \\[([^\\]]*)\\]`));
  if (!m) throw new Error(`policy_params: ${key} prefixes not found`);
  return [...m[1].matchAll(/'(\d+)'/g)].map((x) => x[1]);
};
const listFile = (path: string): string[] =>
  text("yale", path)
    .split(/\r?\n/)
    .map((l) => digits(l))
    .filter((l) => l.length >= 4);
/** "Articles of steel" (iii) and "Articles of aluminum" (i) as listed in the ch. 99 text (rev 6). */
const articles = (title: string, nextTitle: string): string[] => {
  const start = ch99.indexOf(title);
  const end = ch99.indexOf(nextTitle, start);
  return [...ch99.slice(start, end).matchAll(/\b(\d{4})(?:\.(\d{2}))?(?:\.(\d{2}))?(\d{2})?\b/g)].map((m) =>
    m.slice(1).filter(Boolean).join("")
  );
};
const s232: string[][] = []; // scope, code, date_from, date_to, share ("" = the whole line)
const add232 = (scope: string, codes: string[], from = "", to = ""): void => {
  for (const c of codes) s232.push([scope, c, from, to, ""]);
};
/**
 * Before 6 April 2026 the derivative and copper duties fall on the metal content only. Yale's BEA-based metal shares by
 * HTS10 (resources/metal_content_shares_bea_hs10.csv, the tracker's default `bea` method) give that part: the prefix row
 * carries Yale's flat fallback share 0.5, and every 2024 line under it its own share of the scope's metal (capped at 1:
 * the BEA file has a few shares above 1).
 */
const metalShares = new Map(
  csvRows(text("yale", "resources/metal_content_shares_bea_hs10.csv").replace(/^\uFEFF/, "")).map((r) => [
    r.hs10,
    {steel: Number(r.steel_share), aluminum: Number(r.aluminum_share), copper: Number(r.copper_share)}
  ])
);
const FLAT_SHARE = "0.5"; // policy_params.yaml metal_content.flat_share
let sharedLines = 0;
const add232Shared = (scope: string, code: string, metal: "steel" | "aluminum" | "copper", from = ""): void => {
  s232.push([scope, code, from, "", FLAT_SHARE]);
  for (const l of lines2024) {
    if (!l.startsWith(code)) continue;
    const m = metalShares.get(l)?.[metal];
    s232.push([
      scope,
      l,
      from,
      "",
      m === undefined || !Number.isFinite(m) ? FLAT_SHARE : String(Math.round(Math.min(1, Math.max(0, m)) * 1e4) / 1e4)
    ]);
    sharedLines++;
  }
};
add232("232-steel", articles("(iii) Articles of steel:", "Harmonized Tariff Schedule"));
add232("232-aluminum", articles("(i) Articles of aluminum:", "(ii) Derivative aluminum articles:"));
add232("232-steel-2025", ["72", "73"]); // section_232_chapters.steel
add232("232-aluminum-2025", ["76"]); // section_232_chapters.aluminum
for (const r of csvRows(text("yale", "resources/s232_derivative_products.csv"))) {
  const scope = r.derivative_type === "steel" ? "232-steel-2025" : "232-aluminum-2025";
  const code = digits(r.hts_prefix);
  // Lines of chapters 72, 73 and 76 are already in the chapter-wide 2025 scopes (one Section 232 metal duty per line).
  if (["72", "73", "76"].includes(code.slice(0, 2))) continue;
  add232Shared(scope, code, r.derivative_type === "steel" ? "steel" : "aluminum", r.effective_date);
}
add232("232-autos", [...prefixesOf("autos_passenger"), ...prefixesOf("autos_light_trucks")]);
/**
 * Yale's auto-parts prefixes include a few whole HS4/HS6 headings that mostly hold non-automotive goods (computers 8471,
 * lithium-ion batteries 8507.60, switchboards 8537.10, electric motors 8501.xx, instruments 9015.10 and 9029.10). US note
 * 33(g) to chapter 99 (HTSUS 2026 Rev. 6, source yale-trt-ch99-rev6) enumerates these provisions whole, but its duty
 * (9903.94.05) falls only on parts of passenger vehicles and light trucks: note 33(h)(ii) puts articles of the listed
 * provisions that are not such parts under 9903.94.06, with no additional duty. Matching them whole would put e.g. all
 * computers under the auto parts tariff, so these short prefixes are left out (an understatement on the few auto parts
 * they contain, e.g. EV batteries; scripts/lines/usSensitivity.ts gives the cost of Yale's reading: +2.6 to +3.1 points).
 * `AUTO_PARTS_ALL=1` keeps them, as Yale does (a sensitivity run only: do not commit its output).
 */
const AUTO_PARTS_TOO_BROAD = [
  "8471",
  "850760",
  "853710",
  "850132",
  "850133",
  "850134",
  "850140",
  "850151",
  "850152",
  "901510",
  "902910"
];
add232(
  "232-auto-parts",
  listFile("resources/s232_auto_parts.txt").filter(
    (c) => process.env.AUTO_PARTS_ALL === "1" || !AUTO_PARTS_TOO_BROAD.includes(c)
  )
);
for (const r of csvRows(text("yale", "resources/s232_copper_products.csv")))
  add232Shared("232-copper", digits(r.hts10), "copper");
console.log(`232 metal-content shares: ${sharedLines} HTS10 rows`);
add232("232-softwood-lumber", prefixesOf("softwood"));
add232("232-upholstered-wood", prefixesOf("wood_furniture"));
add232("232-cabinets-vanities", prefixesOf("kitchen_cabinets"));
add232("232-trucks", [...prefixesOf("mhd_vehicles"), ...listFile("resources/s232_mhd_parts.txt")]);
add232("232-buses", prefixesOf("buses"));
// Semiconductors (9903.79.01, from 15 Jan 2026): only the qualifying part of the listed HTS10 lines is charged; Yale's
// interim calibration (resources/semi_qualifying_shares.csv) gives 1 for 8471.80.4000 and 0 for the other nine.
for (const r of csvRows(text("yale", "resources/semi_qualifying_shares.csv"))) {
  const q = Number(r.qualifying_share);
  if (q > 0) s232.push(["232-semiconductors-advanced", digits(r.hts10), "", "", q >= 1 ? "" : String(q)]);
}

// April 2026 metals proclamation (from 6 April 2026, full value): Annex I-A 50%, I-B 25%, III 15% total; Annex II
// leaves the steel and aluminium duties. A code on several annex lists pays once (clause 9): I-A before I-B before III.
const ANNEX_SCOPE: Record<string, string> = {
  "1a": "232-metals-2026-1a",
  "1b": "232-metals-2026-1b",
  "3": "232-metals-2026-3"
};
const annexOf = new Map<string, string>();
const annexRank = (a: string): number => ["1a", "1b", "3", "2"].indexOf(a);
for (const r of csvRows(text("yale", "resources/s232_annex_products.csv"))) {
  const code = digits(r.hts_prefix);
  const prev = annexOf.get(code);
  if (!prev || annexRank(r.annex) < annexRank(prev)) annexOf.set(code, r.annex);
}
for (const [code, annex] of annexOf) if (ANNEX_SCOPE[annex]) add232(ANNEX_SCOPE[annex], [code]);

// ---------------------------------------------------------------- scope_lines.csv

const CHAPTERS = Array.from({length: 97}, (_, i) => String(i + 1).padStart(2, "0")).filter((c) => c !== "77");
const scopeRows = new Map<string, string[]>();
const put = (row: string[]): void => {
  scopeRows.set(row.join("|"), row);
};
for (const [hts8, scope] of listOf) put([scope, hts8, "", "", ""]);
// List 4B (9903.88.16) never took effect (rate 0 in tariff_actions.csv), so these rows change no figure of ours; they
// keep 4B's membership of HTS8 that are also on 4A (partial subheadings), which a run with 4B's announced 15% (Yale's
// build of 11 Mar 2026 did that, see NOTES.md) needs, together with the stacking row 301-list-4b replaces 301-list-4a.
for (const [hts8, scope] of listOf)
  if (scope === "301-list-4a" && on4b.has(hts8)) put(["301-list-4b", hts8, "", "", ""]);
for (const r of review) put([...r, ""]);
for (const r of s232) put(r);
for (const scope of ["ieepa-fentanyl-cn", "ieepa-reciprocal-cn", "122-surcharge"])
  for (const ch of CHAPTERS) put([scope, ch, "", "", ""]);
/** Drops a row whose code is covered by a shorter code of the same scope and dates. */
const pruned = [...scopeRows.values()].filter(
  ([s, c, f, t, sh]) =>
    ![...Array(c.length - 2).keys()].some((k) => scopeRows.has([s, c.slice(0, k + 2), f, t, sh].join("|")))
);
const cmp = (a: string[], b: string[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
};

// ---------------------------------------------------------------- exemptions.csv

const exRows = new Map<string, string[]>();
const exempt = (scope: string, code: string, from: string, reason: string, src: string, to = ""): void => {
  const key = `${scope}|${code}`;
  if (!exRows.has(key)) exRows.set(key, [scope, code, from, to, reason, src]);
};
const hts = (repo: keyof typeof GIT, path: string, col: string): string[] =>
  csvRows(text(repo, path))
    .map((r) => digits(r[col]))
    .filter((c) => c.length >= 4);
const apr11 = hts("redux", "tariff-lists/consumer_electronics_EO14257_apr11.csv", "HTSUS");
for (const c of apr11)
  exempt(
    "ieepa-reciprocal-cn",
    c,
    "2025-04-11",
    "11 April 2025 electronics note (retroactive to 5 April; dated as announced)",
    "github-redux-electronics-apr11;ey-2025-04-electronics-exemption"
  );
for (const c of hts("redux", "tariff-lists/annex-II-exemptions.csv", "HTSUS"))
  exempt("ieepa-reciprocal-cn", c, "2025-04-05", "Annex II of EO 14257", "github-redux-annex-ii;fr-90-15041");
for (const c of hts("redux", "tariff-lists/annex-II-exemptions-nov14.csv", "HTSUS"))
  exempt(
    "ieepa-reciprocal-cn",
    c,
    "2025-11-14",
    "Annex II as amended to 14 Nov 2025 (codes not in the April list)",
    "github-redux-annex-ii-nov14"
  );
const covered = (code: string, list: string[]): string | undefined =>
  list.find((p) => code.startsWith(p) || p.startsWith(code));
// Yale's IEEPA exempt list mixes undated sources (Annex II as amended to 2026, Section 232 derivatives, ITA prefixes,
// the Berman amendment, chapter 98). Only its statutory parts are used here, from the reciprocal tariff's first day:
// informational materials (chapters 49 and 97, 50 U.S.C. 1702(b)) and chapter 98 provisions.
for (const c of hts("yale", "resources/ieepa_exempt_products.csv", "hts10"))
  if (["49", "97", "98"].includes(c.slice(0, 2)) && !covered(c, apr11))
    exempt(
      "ieepa-reciprocal-cn",
      c,
      "2025-04-05",
      "Berman amendment (ch. 49, 97) or chapter 98 (Yale exempt list)",
      "yale-trt-ieepa-exempt"
    );
for (const [code, annex] of annexOf)
  if (annex === "2")
    for (const scope of ["232-steel", "232-aluminum", "232-steel-2025", "232-aluminum-2025"])
      exempt(
        scope,
        code,
        "2026-04-06",
        "Annex II of the April 2026 metals proclamation (removed from the duty)",
        "github-redux-proclamation-metals-2026;yale-trt-232-annex"
      );
/**
 * Until 4 June 2025 an article under a Section 232 steel or aluminium duty was outside the reciprocal tariff as a whole
 * (EO 14257 sec. 3(b)); Proclamation 10947 (effective 4 June 2025) put the non-steel, non-aluminium content of
 * derivative articles under it. The `share` of a derivative line charges the 232 duty on its metal content only, so the
 * estimator's excluded_by rule would put the reciprocal on the rest from the start: these rows take the reciprocal off
 * the derivative lines until 4 June 2025 (the fentanyl tariff stays on the full value throughout).
 */
for (const [scope, code, from, , share] of s232)
  if (
    (scope === "232-steel-2025" || scope === "232-aluminum-2025") &&
    share !== "" &&
    (from === "" || from < "2025-06-04")
  )
    exempt(
      "ieepa-reciprocal-cn",
      code,
      "2025-04-05",
      "Section 232 derivative article: wholly outside the reciprocal tariff until 4 June 2025",
      "fr-90-24199;alston-2025-06-232-50-derivatives;eca-2025-06-06-232-50",
      "2025-06-04"
    );
for (const c of hts("yale", "resources/s122_exempt_products.csv", "hts8"))
  exempt(
    "122-surcharge",
    c,
    "2026-02-24",
    "Section 122 exempt product (Annex I)",
    "yale-trt-s122-exempt;ghy-2026-02-24-section-122"
  );

// ---------------------------------------------------------------- mfn.csv (USITC 2017 tariff database, xlsx)

const zip = await JSZip.loadAsync(blob("waugh", "data/tariff_data_2017.zip"));
const tariffDb = await readSheet(await zip.file("tariff_database_2017.xlsx")!.async("uint8array"));
const header = Object.fromEntries([...tariffDb[0]].map(([col, name]) => [name, col]));
// A few HTS8 appear twice (staged ITA cuts: one row ending 30 June 2017, one from 1 July 2017): keep the row in force
// last (largest end_effective_date, an Excel day number).
const latest = new Map<string, {end: number; adVal: number}>();
for (const row of tariffDb.slice(1)) {
  const code = row.get(header.hts8) ?? "";
  if (!/^\d{8}$/.test(code)) continue;
  const adVal = Number(row.get(header.mfn_ad_val_rate) ?? "0");
  // 9999.999999 marks lines whose duty the database does not express as a rate (text-only, quota, chapter 98/99 lines).
  if (!Number.isFinite(adVal) || adVal >= 9999) continue;
  const end = Number(row.get(header.end_effective_date) ?? "0");
  const prev = latest.get(code);
  if (!prev || end > prev.end) latest.set(code, {end, adVal});
}
const mfn: [string, string, number][] = [...latest].map(([code, {adVal}]) => [
  code,
  "2018-01-01",
  Math.round(adVal * 100 * 1e6) / 1e6
]);
/**
 * HTS8 lines of 2024 that the 2017 database lacks (mostly codes renumbered in the HS 2022 revision, e.g. smartphones
 * 8517.13.00): take the 2017 rate of the same HS6, else HS4, when every 2017 HTS8 under it has one and the same
 * ad-valorem rate; where they differ, the simple mean of the 2017 rates under the HS6 (else HS4), an estimate (no
 * 2017 trade by HTS8 to weight them). HTS8 with no 2017 line under its HS4 get no row (MFN 0). All counted below.
 */
const mfnByCode = new Map(mfn.map(([c, , m]) => [c, m]));
const base2017 = [...mfn]; // the database's own rows only, so derived rows never feed later derivations
const common = (prefix: string): number | undefined => {
  const rates = new Set(base2017.filter(([c]) => c.startsWith(prefix)).map(([, , m]) => m));
  return rates.size === 1 ? [...rates][0] : undefined;
};
let mfnDerived = 0;
const usd = {common: 0, mean: 0, none: 0};
const valueOf8 = (hts8: string): number =>
  lines2024.filter((l) => l.startsWith(hts8)).reduce((a, l) => a + value2024.get(l)!, 0);
for (const hts8 of new Set(lines2024.map((l) => l.slice(0, 8)))) {
  if (mfnByCode.has(hts8)) continue;
  const r = common(hts8.slice(0, 6)) ?? common(hts8.slice(0, 4));
  if (r !== undefined) {
    mfn.push([hts8, "2018-01-01", r]);
    mfnDerived++;
    usd.common += valueOf8(hts8);
    continue;
  }
  const under = (p: string) => base2017.filter(([c]) => c.length === 8 && c.startsWith(p)).map(([, , m]) => m);
  const pool = under(hts8.slice(0, 6)).length ? under(hts8.slice(0, 6)) : under(hts8.slice(0, 4));
  if (!pool.length) {
    usd.none += valueOf8(hts8);
    continue;
  }
  mfn.push([hts8, "2018-01-01", Math.round((pool.reduce((a, b) => a + b, 0) / pool.length) * 1e4) / 1e4]);
  usd.mean += valueOf8(hts8);
}
console.log(
  `mfn: ${mfnDerived} HTS8 rows from a common HS6/HS4 rate; 2024 trade (USD bn) on HTS8 not in the 2017 database:`,
  Object.fromEntries(Object.entries(usd).map(([k, v]) => [k, (v / 1e9).toFixed(1)]))
);
if (!header.mfn_ad_val_rate) throw new Error("tariff database: mfn_ad_val_rate column not found");

// ---------------------------------------------------------------- PIIE stand-in weights (2017)

/**
 * PIIE states its first-term coverage at 2017 import values: after phase one, 66.4% of the $505.5bn imported from China
 * in 2017 (piie-2020-02-14-tariff-chart; 2017 total in data/trade.csv) under lists 1–3 and 4A. USTR states lists 1 and 2
 * at about $34bn + $16bn and list 3 at about $200bn (data/tariff_scopes.csv), which leaves about $85.6bn for list 4A.
 * The remaining lines (4B and unlisted) share the rest. A second margin is observed: Census's 2017 imports for
 * consumption from China by HS2 chapter (monthly CON_VAL_MO of the mwaugh0328 tradewar-tracker-aws-product-level
 * file, summed over 2017: $503.7bn). The 2024 lines are raked to both margins (iterative proportional fitting, 50
 * rounds, the group step last so the stated group totals hold exactly; HS2 totals are the Census shares × $505.5bn):
 * within an HS2 × group cell the 2024 mix is kept. An estimate standing in for the 2017 HTS10 imports we could not
 * find; it uses no PIIE figure other than the stated coverage.
 */
const PIIE_2017 = {total: 505.5e9, covered: 0.664, l12: 50e9, l3: 200e9};
const groupOf = (code: string): string => {
  const s = listOf.get(code.slice(0, 8));
  return s === "301-list-1" || s === "301-list-2"
    ? "l12"
    : s === "301-list-3"
      ? "l3"
      : s === "301-list-4a"
        ? "l4a"
        : "rest";
};
const target: Record<string, number> = {
  l12: PIIE_2017.l12,
  l3: PIIE_2017.l3,
  l4a: PIIE_2017.total * PIIE_2017.covered - PIIE_2017.l12 - PIIE_2017.l3,
  rest: PIIE_2017.total * (1 - PIIE_2017.covered)
};
const sum2024: Record<string, number> = {l12: 0, l3: 0, l4a: 0, rest: 0};
for (const [c, v] of value2024) sum2024[groupOf(c)] += v;

const awsRows = (await parquetReadObjects({
  file: (() => {
    const b = blob("waughAws", "data/imports/5700data.parquet");
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  })()
})) as {I_COMMODITY: string; CON_VAL_MO: string; CAL_DUT_MO: string; time: string; COMM_LVL: string}[];
const hs2Value2017 = new Map<string, number>();
let duty2017 = 0;
for (const r of awsRows)
  if (r.COMM_LVL === "HS2" && r.time.startsWith("2017-")) {
    hs2Value2017.set(r.I_COMMODITY, (hs2Value2017.get(r.I_COMMODITY) ?? 0) + Number(r.CON_VAL_MO));
    duty2017 += Number(r.CAL_DUT_MO);
  }
const census2017 = [...hs2Value2017.values()].reduce((a, x) => a + x, 0);
const hs2Target = new Map([...hs2Value2017].map(([k, v]) => [k, (v / census2017) * PIIE_2017.total]));
const raked = new Map(lines2024.map((c) => [c, value2024.get(c)!]));
for (let round = 0; round < 50; round++) {
  const byHs2 = new Map<string, number>();
  for (const [c, v] of raked) byHs2.set(c.slice(0, 2), (byHs2.get(c.slice(0, 2)) ?? 0) + v);
  for (const [c, v] of raked) {
    const s2 = byHs2.get(c.slice(0, 2))!;
    raked.set(c, s2 > 0 ? (v * (hs2Target.get(c.slice(0, 2)) ?? 0)) / s2 : 0);
  }
  const byGroup: Record<string, number> = {l12: 0, l3: 0, l4a: 0, rest: 0};
  for (const [c, v] of raked) byGroup[groupOf(c)] += v;
  for (const [c, v] of raked) raked.set(c, (v * target[groupOf(c)]) / byGroup[groupOf(c)]);
}
{
  const byHs2 = new Map<string, number>();
  for (const [c, v] of raked) byHs2.set(c.slice(0, 2), (byHs2.get(c.slice(0, 2)) ?? 0) + v);
  const off = [...hs2Target].map(([k, t]) => Math.abs((byHs2.get(k) ?? 0) - t)).reduce((a, x) => a + x, 0);
  const lost = [...hs2Target].filter(([k]) => !byHs2.get(k)).reduce((a, [, t]) => a + t, 0);
  console.log(
    `piie 2017 weights: Census 2017 imports for consumption from China $${(census2017 / 1e9).toFixed(1)}bn by HS2, ` +
      `calculated duty ${((100 * duty2017) / census2017).toFixed(2)}% of value; after raking the HS2 totals are off ` +
      `by $${(off / 1e9).toFixed(1)}bn in all ($${(lost / 1e9).toFixed(2)}bn on HS2 without a 2024 line)`
  );
}

// ---------------------------------------------------------------- write

mkdirSync(OUT, {recursive: true});
const weights: (string | number)[][] = [];
for (const c of lines2024) weights.push(["piie", 2017, c, Math.round(raked.get(c)!)]);
for (const c of lines2024) weights.push(["yale", 2024, c, value2024.get(c)!]);
write(
  "weights.csv",
  ["basis", "year", "code", "value_usd"],
  weights.filter((r) => Number(r[3]) > 0)
);
write(
  "mfn.csv",
  ["code", "date", "mfn_pct"],
  mfn.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
);
write("scope_lines.csv", ["scope", "code", "date_from", "date_to", "share"], pruned.sort(cmp));
write(
  "exemptions.csv",
  ["scope", "code", "date_from", "date_to", "reason", "source_ids"],
  [...exRows.values()].sort(cmp)
);
console.log(
  "2024 totals by 301 group (USD bn):",
  Object.fromEntries(Object.entries(sum2024).map(([k, v]) => [k, (v / 1e9).toFixed(1)]))
);

// ---------------------------------------------------------------- checks against the 2024 Census calculated duties

/**
 * Census calculated duty / value in 2024, against our MFN (lines under no Section 301 list 1–4A, 2024 review or 232
 * scope) and our list rates (duty less MFN, per list). Collected duty falls short of the statutory rate where product
 * exclusions, drawback or chapter 98 entries apply, so the list figures are lower bounds; printed only.
 */
const mfn8 = new Map(mfn.map(([c, , m]) => [c, m]));
const listed = (l: string): string | undefined => listOf.get(l.slice(0, 8));
const other232 = [...review, ...s232].map((r) => r[1]);
const check = new Map<string, {v: number; d: number; m: number}>();
for (const l of lines2024) {
  if (/^9[89]/.test(l) || other232.some((p) => l.startsWith(p))) continue;
  const g = listed(l) === "301-list-4b" ? "none" : (listed(l) ?? "none");
  const m = mfn8.get(l.slice(0, 8));
  if (m === undefined) continue;
  const a = check.get(g) ?? {v: 0, d: 0, m: 0};
  a.v += value2024.get(l)!;
  a.d += duty2024.get(l) ?? 0;
  a.m += (value2024.get(l)! * m) / 100;
  check.set(g, a);
}
for (const [g, a] of [...check].sort())
  console.log(
    `census 2024 ${g}: $${(a.v / 1e9).toFixed(1)}bn, calculated duty ${((100 * a.d) / a.v).toFixed(2)}%, our MFN ${((100 * a.m) / a.v).toFixed(2)}%, duty less MFN ${((100 * (a.d - a.m)) / a.v).toFixed(2)}%`
  );
