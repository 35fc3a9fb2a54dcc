/**
 * Sensitivity runs for the US line-level estimate (issue 13): on every published PIIE and Yale date, how many points
 * each missing or disputed input moves our figure. Not the site's estimator (src/lib/derive/lineTariff.ts); it follows
 * the same rules as scripts/lines/usCheck.ts (longest matching prefix decides a scope's share; `excluded_by` first,
 * then `replaces`; exemptions drop a scope on a line) and reads only committed CSVs, except the Yale List 4B run,
 * and the Yale IEEPA list run, which read Yale's resources/s301_product_lists.csv and ieepa_exempt_products.csv in the
 * fetched repository (YALE_GIT, at the commit usLines.ts reads), so that they measure Yale's own inputs.
 *
 * Run: `npx tsx scripts/lines/usSensitivity.ts` (prints markdown tables; changes no file). The tables are copied
 * into data/lines/us/NOTES.md ("Sensitivity runs").
 *
 * Runs (each a change to the base inputs, reported as points of the MFN-inclusive average, run minus base):
 * - `weights 2024`: the yale basis's 2024 HTS10 weights instead of the piie stand-in (what the weights year moves).
 * - `PIIE-implied list shares`: the weights rescaled so that lists 1+2, 3 and 4A carry 16%, 42% and 20% of trade, the
 *   shares PIIE's own step sizes imply (NOTES.md); not a stated input.
 * - `Yale List 4B bug`: Section 301 List 4B (9903.88.16, suspended since 15 Dec 2019) at 15% on its lines, the
 *   larger of that and the line's other Section 301 duty (Yale's max rule). Yale's tracker build of 11 Mar 2026, the
 *   source of its published China figures here, did this; fixed in Yale commit 9c4c316 (25 Mar 2026).
 * - `auto parts whole headings`: Section 232 auto parts (25% from 2025-05-03) on the whole of the 11 headings and
 *   subheadings of US note 33(g) that usLines.ts leaves out (8471, 8507.60, 8537.10, 8501.32-.52, 9015.10, 9029.10),
 *   as Yale does; the legal text charges only parts of passenger vehicles and light trucks among them (note 33(h)(ii),
 *   heading 9903.94.06).
 * - `Section 201 solar`: the 2018 safeguard on CSPV cells and modules (Yale's three HTS10 lines,
 *   resources/s201_solar_products.csv) at Yale's 14.5% (2025-02-07 to 2026-02-07) or at the 30% year-one rate
 *   (2018, the rate Yale's config names) on the first-term dates, as an upper bound (no quota modelled).
 * - `Yale IEEPA exempt list`: Yale's whole undated IEEPA exempt list on the reciprocal tariff from 5 April 2025.
 * - `Section 122 ended`: the surcharge dropped (Yale's 2026-07-24 regime: 232, 301 and MFN only).
 * - `derivatives under reciprocal before June 2025`: without the exemption rows that keep the reciprocal tariff off
 *   Section 232 derivative lines until 4 June 2025 (the metal-content share alone then puts it on their non-metal part).
 */
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";

const csv = (path: string): Record<string, string>[] => {
  const src = readFileSync(path, "utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  const [head, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ""])));
};

type ScopeRow = {scope: string; code: string; date_from: string; date_to: string; share: string};
type Dated = {scope: string; code: string; date_from: string; date_to: string; reason: string};

const D = "data/lines/us";
const weightsAll = csv(`${D}/weights.csv`);
const mfnRows = csv(`${D}/mfn.csv`);
const scopeLines = csv(`${D}/scope_lines.csv`) as unknown as ScopeRow[];
const exemptions = csv(`${D}/exemptions.csv`) as unknown as Dated[];
const stacking = csv("data/lines/stacking.csv");
const bases = csv("data/lines/bases.csv").filter((b) => b.direction === "us-on-cn");
const actions = csv("data/tariff_actions.csv");
const published = csv("data/published_estimates.csv").filter(
  (r) => r.direction === "us-on-cn" && (r.publisher === "PIIE" || r.publisher === "Yale Budget Lab")
);

const inWindow = (t: string, from: string, to: string): boolean => (!from || from <= t) && (!to || t < to);
const prefixes = (code: string): string[] => Array.from({length: code.length - 1}, (_, k) => code.slice(0, k + 2));
const index = <T extends {code: string}>(rows: T[]): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.code, [...(m.get(r.code) ?? []), r]);
  return m;
};
const mfnIdx = index(mfnRows as {code: string; date: string; mfn_pct: string}[]);
const mfnOf = (code: string, t: string): number => {
  for (const p of prefixes(code).reverse()) {
    const rows = (mfnIdx.get(p) ?? []).filter((r) => r.date <= t).sort((a, b) => (a.date < b.date ? 1 : -1));
    if (rows.length) return Number(rows[0].mfn_pct);
  }
  return 0;
};

/** Authority of a scope id, as the export's tariff_series_by_authority groups them. */
const authorityOf = (scope: string): string =>
  scope.startsWith("301-")
    ? "301"
    : scope.startsWith("232-")
      ? "232"
      : scope.startsWith("ieepa-")
        ? "ieepa"
        : scope.startsWith("122-")
          ? "122"
          : scope.startsWith("201-")
            ? "201"
            : "other";

type Run = {
  /** Extra scope_lines rows. */
  addLines?: ScopeRow[];
  /** Rate overrides by scope: (t) → rate, or undefined to keep tariff_actions.csv. */
  rate?: Record<string, (t: string) => number | undefined>;
  /** Extra exemption rows. */
  addExemptions?: Dated[];
  /** Exemption rows left out (by their reason). */
  dropExemptions?: (reason: string) => boolean;
  /** Scopes dropped on every line. */
  drop?: string[];
  /** Forced weights (basis:year). */
  weights?: string;
  /** Rescale the weights: the share of the total each line group carries (groups of `groupOf`). */
  groupShares?: Record<string, number>;
  /** A per-line adjustment after stacking: points added to the line's duty by authority. */
  adjust?: (code: string, t: string, on: Map<string, number>) => [string, number] | undefined;
};

function model(run: Run) {
  const scopeIdx = index([...scopeLines, ...(run.addLines ?? [])]);
  const exIdx = index([
    ...(run.dropExemptions ? exemptions.filter((e) => !run.dropExemptions!(e.reason)) : exemptions),
    ...(run.addExemptions ?? [])
  ]);
  const rateCache = new Map<string, number>();
  const rateOf = (scope: string, t: string): number => {
    const key = `${scope}|${t}`;
    if (rateCache.has(key)) return rateCache.get(key)!;
    let rate = run.rate?.[scope]?.(t);
    if (rate === undefined) {
      let best = "";
      rate = 0;
      for (const a of actions)
        if (a.scope === scope && a.date <= t && a.date >= best) {
          best = a.date;
          rate = Number(a.rate_pct);
        }
    }
    if (run.drop?.includes(scope)) rate = 0;
    rateCache.set(key, rate);
    return rate;
  };
  const duties = (code: string, t: string): Map<string, number> => {
    const share = new Map<string, number>();
    for (const p of prefixes(code).reverse())
      for (const r of scopeIdx.get(p) ?? []) {
        if (share.has(r.scope) || !inWindow(t, r.date_from, r.date_to) || !(rateOf(r.scope, t) > 0)) continue;
        share.set(r.scope, r.share === undefined || r.share === "" ? 1 : Number(r.share));
      }
    for (const p of prefixes(code))
      for (const e of exIdx.get(p) ?? []) if (inWindow(t, e.date_from, e.date_to)) share.delete(e.scope);
    const kept = new Map<string, number>();
    for (const [s, sh] of share) {
      const by = Math.max(
        0,
        ...stacking.filter((x) => x.rule === "excluded_by" && x.scope === s).map((x) => share.get(x.other) ?? 0)
      );
      if (sh * (1 - by) > 0) kept.set(s, sh * (1 - by));
    }
    const on = new Map<string, number>();
    for (const [s, sh] of kept) {
      let left = sh;
      for (const x of stacking)
        if (x.rule === "replaces" && x.other === s && kept.has(x.scope)) left *= 1 - kept.get(x.scope)!;
      if (left > 0) on.set(s, rateOf(s, t) * left);
    }
    return on;
  };
  return {duties};
}

type Result = {total: number; mfn: number; auth: Record<string, number>};
function average(basis: string, t: string, run: Run): Result | undefined {
  const forced = run.weights?.split(":");
  const b = forced
    ? {basis: forced[0], weights_year: forced[1]}
    : bases.find((x) => x.basis === basis && inWindow(t, x.date_from, x.date_to));
  if (!b) return undefined;
  let w = weightsAll.filter((r) => r.basis === b.basis && r.year === b.weights_year);
  if (run.groupShares) w = regroup(w, run.groupShares);
  const {duties} = model(run);
  let sw = 0;
  let smfn = 0;
  const auth: Record<string, number> = {};
  for (const r of w) {
    const v = Number(r.value_usd);
    const on = duties(r.code, t);
    sw += v;
    smfn += v * mfnOf(r.code, t);
    for (const [s, rate] of on) auth[authorityOf(s)] = (auth[authorityOf(s)] ?? 0) + v * rate;
    const extra = run.adjust?.(r.code, t, on);
    if (extra) auth[extra[0]] = (auth[extra[0]] ?? 0) + v * extra[1];
  }
  for (const k of Object.keys(auth)) auth[k] /= sw;
  const mfn = smfn / sw;
  return {total: mfn + Object.values(auth).reduce((a, x) => a + x, 0), mfn, auth};
}

/** Section 301 list group of a line (lists 1+2, 3, 4A, the rest), as the piie stand-in weights group them. */
const listOf = new Map(
  scopeLines.filter((r) => /^301-list-(1|2|3|4a)$/.test(r.scope)).map((r) => [r.code, r.scope] as [string, string])
);
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
function regroup(w: Record<string, string>[], share: Record<string, number>): Record<string, string>[] {
  const shares = {...share, rest: 1 - (share.l12 ?? 0) - (share.l3 ?? 0) - (share.l4a ?? 0)} as Record<string, number>;
  const sum: Record<string, number> = {l12: 0, l3: 0, l4a: 0, rest: 0};
  for (const r of w) sum[groupOf(r.code)] += Number(r.value_usd);
  return w.map((r) => ({
    ...r,
    value_usd: String((Number(r.value_usd) / sum[groupOf(r.code)]) * shares[groupOf(r.code)])
  }));
}

// ---- the runs ----
/**
 * List 4B HTS8 codes as Yale's own list has them (resources/s301_product_lists.csv, heading 9903.88.16, at the commit
 * usLines.ts reads): our scope_lines keep an HTS8 on one list only (4A before 4B), Yale's max rule sees both.
 */
const YALE_GIT = process.env.YALE_GIT ?? "/work/.mirror/Budget-Lab-Yale+tariff-rate-tracker/repo";
const YALE_COMMIT = "8315fffd697c42559141ed5f8bf7c8fa3da47ae8"; // usLines.ts COMMITS.yale (importing it would rerun usLines)
const list4b = new Set(
  execFileSync("git", ["--git-dir", YALE_GIT, "show", `${YALE_COMMIT}:resources/s301_product_lists.csv`])
    .toString()
    .split(/\r?\n/)
    .map((l) => l.split(","))
    .filter((r) => r[2] === "9903.88.16")
    .map((r) => r[0])
);
const onList4b = (code: string): boolean => list4b.has(code.slice(0, 8));
const s301 = (on: Map<string, number>): number =>
  [...on].filter(([s]) => s.startsWith("301-")).reduce((a, [, x]) => a + x, 0);

const AUTO_WHOLE = ["8471", "850760", "853710", "850132", "850133", "850134", "850140", "850151", "850152"];
const AUTO_WHOLE_2 = ["901510", "902910"];
const SOLAR = ["8541420010", "8541430010", "8541430080"];

const runs: Record<string, Run> = {
  "weights 2024": {weights: "yale:2024"},
  /** The list shares PIIE's own step sizes imply (NOTES.md, "Why the PIIE gaps are large", point 2); not a stated input. */
  "PIIE-implied list shares": {groupShares: {l12: 0.16, l3: 0.42, l4a: 0.2}},
  "Yale List 4B bug": {
    adjust: (code, t, on) => (t >= "2019-12-15" && onList4b(code) ? ["301", Math.max(0, 15 - s301(on))] : undefined)
  },
  "auto parts whole headings": {
    addLines: [...AUTO_WHOLE, ...AUTO_WHOLE_2].map((code) => ({
      scope: "232-auto-parts",
      code,
      date_from: "",
      date_to: "",
      share: ""
    }))
  },
  "Section 201 solar": {
    addLines: SOLAR.map((code) => ({scope: "201-solar", code, date_from: "", date_to: "", share: ""})),
    rate: {
      "201-solar": (t) =>
        t >= "2025-02-07" && t < "2026-02-07" ? 14.5 : t >= "2018-02-07" && t < "2019-02-07" ? 30 : 0
    }
  },
  "Section 122 ended": {drop: ["122-surcharge"]},
  /** Yale's and A1's reading: the reciprocal on the non-metal part of derivative lines from 5 April 2025 already. */
  "derivatives under reciprocal before June 2025": {
    dropExemptions: (reason) => reason.startsWith("Section 232 derivative article: wholly outside")
  }
};
/**
 * Yale's IEEPA exempt list (resources/ieepa_exempt_products.csv, 4,297 HTS10 codes at the commit read), undated: Annex
 * II as amended, Section 232 derivatives, ITA prefixes, Berman and chapter 98 goods. usLines.ts uses only its ch. 49,
 * 97 and 98 codes; this run applies all of it to the reciprocal tariff from 5 April 2025, as Yale's tracker does.
 */
runs["Yale IEEPA exempt list"] = {
  addExemptions: execFileSync("git", [
    "--git-dir",
    YALE_GIT,
    "show",
    `${YALE_COMMIT}:resources/ieepa_exempt_products.csv`
  ])
    .toString()
    .split(/\r?\n/)
    .map((c) => c.trim())
    .filter((c) => /^\d{4,}$/.test(c))
    .map((code) => ({scope: "ieepa-reciprocal-cn", code, date_from: "2025-04-05", date_to: "", reason: "Yale list"}))
};
/** Yale's own inputs of its 11 Mar 2026 build together: List 4B at 15%, the whole auto-parts headings, its IEEPA list. */
runs["Yale inputs (4B + auto parts + IEEPA list)"] = {
  addExemptions: runs["Yale IEEPA exempt list"].addExemptions,
  addLines: runs["auto parts whole headings"].addLines,
  adjust: runs["Yale List 4B bug"].adjust
};

/**
 * Yale's third figure of the same note (docs/archive/comparison_vs_tariff_etrs.md, source yale-trt-etrs-comparison):
 * 22.29% on 2026-07-24 with "232 + 301 + MFN only". Its 11 Mar 2026 build predates the April 2026 metals annexes, so the
 * comparable state is our pre-annex lines (2026-03-01) without Section 122; not a row of published_estimates.csv.
 */
const YALE_JUL24 = {date: "2026-03-01", label: "2026-07-24 (pre-annex, no s.122)", rate_pct: "22.29", basis: "yale"};

const fmt = (x: number): string => (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(2);
const rows: Record<string, string>[] = [...published, YALE_JUL24].sort((a, b) => (a.date < b.date ? -1 : 1));
for (const basis of ["piie", "yale"]) {
  const mine = rows.filter((r) => r.basis === basis);
  console.log(`\n### ${basis} basis\n`);
  console.log(
    `| date | published | ours | diff | MFN | 301 | 232 | IEEPA | 122 | ${Object.keys(runs).join(" | ")} |\n|` +
      "---|".repeat(9 + Object.keys(runs).length)
  );
  for (const r of mine) {
    const pre = r === YALE_JUL24 ? runs["Section 122 ended"] : {};
    const base = average(basis, r.date, pre);
    if (!base) {
      console.log(`| ${r.date} | ${r.rate_pct} | (no ${basis} weights) |`);
      continue;
    }
    const cells = Object.values(runs).map((run) => {
      const x = average(basis, r.date, {...run, drop: [...(run.drop ?? []), ...(pre.drop ?? [])]});
      return x ? fmt(x.total - base.total) : "";
    });
    const a = base.auth;
    console.log(
      `| ${r.label ?? r.date} | ${Number(r.rate_pct).toFixed(1)} | ${base.total.toFixed(1)} | ${fmt(base.total - Number(r.rate_pct))} | ` +
        `${base.mfn.toFixed(2)} | ${(a["301"] ?? 0).toFixed(2)} | ${(a["232"] ?? 0).toFixed(2)} | ` +
        `${(a.ieepa ?? 0).toFixed(2)} | ${(a["122"] ?? 0).toFixed(2)} | ${cells.join(" | ")} |`
    );
  }
}
