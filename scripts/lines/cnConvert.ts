/**
 * Converts the public inputs for China's tariffs on goods from the US into the line-level tables of `data/lines/cn/`
 * (see `/work/briefs/lines-spec.md` and `data/lines/cn/NOTES.md`). Run it again to repeat the conversion:
 *
 *   npx tsx scripts/lines/cnConvert.ts --bjz GITDIR --tracker GITDIR --redux GITDIR [--out data/lines/cn]
 *
 * Inputs (bare git dirs brought with the search tool's `fetch`; each read at its HEAD commit, printed on the run):
 * - `--bjz` mwaugh0328/consumption_and_tradewar, `data/bown-jung-zhang-2019-06-12.xlsx` (MIT): PIIE's data disclosure
 *   for Bown, Jung and Zhang (12 June 2019). Sheet "China Tariff Rates": China's MFN rate per HS10 line on 1 Jan 2018
 *   and the CHANGE of the rate at each later step to 1 June 2019 (the rate on a date is the running sum). Sheet "Imports
 *   Value": China's imports from the US in 2017 by HS8, thousand USD (ITC Trade Map).
 * - `--tracker` mwaugh0328/tradewar-tracker, `data/new_tariff_list_2020.csv` (MIT): China's tariff on US goods by HS6
 *   (the maximum over the HS10 lines of a later PIIE disclosure) on 12 dates to 26 Dec 2019; used for the 1 Sept 2019
 *   tranche of the USD 75bn round and the exclusions seen on 26 Dec 2019.
 * - `--redux` tradewartracker/trade-war-redux-2025, `tariff-lists/china-10-percent-030425.csv` and
 *   `china-15-percent-030425.csv` (MIT): the HS8 lines of China's 10 March 2025 retaliation (leading zeros lost in the
 *   file; restored to 8 digits here).
 *
 * Outputs (sorted, only lines with 2017 trade): `weights.csv` (basis `piie`, year 2017), `mfn.csv`, `scope_lines.csv`,
 * `exemptions.csv`. What is changed: an HS8 line of the trade sheet keeps its HS8 code when all its HS10 lines carry the
 * same MFN path, scopes and exemptions; otherwise its value is split equally over its HS10 lines (PIIE does not say how
 * it joins HS10 rates to HS8 trade; an equal split is a simple mean). The "B" half-lines of compound duties (specific
 * part, no ad-valorem rate) are dropped; blank cells count as 0. Scope membership is read off the steps: the line's
 * change on each date must equal the step of one scope in `data/tariff_actions.csv`; the script then recomputes every
 * line's rate on every PIIE date from membership × steps (+ MFN − exemptions) and prints the lines that disagree.
 *
 * Rates never go into the line tables: they stay in `data/tariff_actions.csv`.
 */
import {execFileSync} from "node:child_process";
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {readCsv} from "../../src/lib/csv.js";
import {toCsv} from "../../src/lib/csvWrite.js";
import {readXlsx, type Sheet} from "./cnXlsx.js";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ""), process.argv[i + 1]);
const need = (k: string): string => {
  const v = args.get(k) ?? process.env[`CN_${k.toUpperCase()}`];
  if (!v) throw new Error(`missing --${k} GITDIR`);
  return v;
};
const OUT = args.get("out") ?? "data/lines/cn";

const git = (dir: string, ...a: string[]): Buffer =>
  execFileSync("git", ["--git-dir", dir, ...a], {maxBuffer: 1 << 28});
const head = (dir: string): string => git(dir, "rev-parse", "HEAD").toString().trim();
const show = (dir: string, commit: string, path: string): Buffer => git(dir, "show", `${commit}:${path}`);

/** Rounds away float noise of the workbook (e.g. 14.000000000000002, -8.9e-16). */
const r3 = (x: number): number => Math.round(x * 1000) / 1000 + 0;

// ---------- the scope steps we must reproduce ----------
interface Step {
  date: string;
  rate: number;
}
const actions = readCsv("data/tariff_actions.csv", readFileSync("data/tariff_actions.csv", "utf8"));
const steps = new Map<string, Step[]>();
for (const {cells} of actions.records) {
  if (!cells.scope.startsWith("cn-")) continue;
  if (!steps.has(cells.scope)) steps.set(cells.scope, []);
  steps.get(cells.scope)!.push({date: cells.date, rate: Number(cells.rate_pct)});
}
for (const s of steps.values()) s.sort((a, b) => a.date.localeCompare(b.date));
/** The additional rate of a scope on a date (0 before its first step). */
const rateOn = (scope: string, date: string): number => {
  let r = 0;
  for (const s of steps.get(scope) ?? []) if (s.date <= date) r = s.rate;
  return r;
};

// ---------- PIIE workbook ----------
const bjzDir = need("bjz");
const bjzCommit = head(bjzDir);
const BJZ_PATH = "data/bown-jung-zhang-2019-06-12.xlsx";
const sheets = await readXlsx(show(bjzDir, bjzCommit, BJZ_PATH));
const sheet = (name: string): Sheet => {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`sheet ${name} missing`);
  return s;
};
/** Columns of "China Tariff Rates": C is the MFN level, the others are changes on their date. */
const COLS = [
  {col: "C", date: "2018-01-01", kind: "mfn"},
  {col: "D", date: "2018-04-02", kind: "ret"},
  {col: "E", date: "2018-05-01", kind: "mfn"},
  {col: "F", date: "2018-07-01", kind: "mfn"},
  {col: "G", date: "2018-07-06", kind: "ret"},
  {col: "H", date: "2018-08-23", kind: "ret"},
  {col: "I", date: "2018-09-24", kind: "ret"},
  {col: "J", date: "2018-11-01", kind: "mfn"},
  {col: "K", date: "2019-01-01", kind: "mfn"},
  {col: "L", date: "2019-01-01", kind: "ret"},
  {col: "M", date: "2019-06-01", kind: "ret"}
] as const;
const DATES = [...new Set(COLS.map((c) => c.date))];

interface Line {
  hs10: string;
  delta: number[]; // per COLS
  mfn: Map<string, number>; // date -> MFN from that date
  scopes: Set<string>;
  exempt: {scope: string; from: string; reason: string}[];
  piie: Map<string, number>; // date -> PIIE's total rate on that date (after all steps of the day)
}
const lines: Line[] = [];
let blankMfn = 0;
const rates = sheet("China Tariff Rates");
for (const [r, row] of rates.rows) {
  if (r === 1) continue;
  const raw = row.get("A")!;
  if (raw.endsWith("B")) continue;
  const hs10 = raw.replace(/A$/, "");
  if (!/^\d{10}$/.test(hs10)) throw new Error(`row ${r}: code ${raw}`);
  if (!row.has("C") || row.get("C") === "") blankMfn++;
  const delta = COLS.map(({col}) => {
    const x = Number(row.get(col) ?? "");
    return Number.isFinite(x) ? x : 0;
  });
  const mfn = new Map<string, number>();
  const piie = new Map<string, number>();
  let m = 0;
  let total = 0;
  COLS.forEach((c, i) => {
    total += delta[i];
    if (c.kind === "mfn") {
      m += delta[i];
      mfn.set(c.date, r3(m));
    }
    piie.set(c.date, r3(total));
  });
  lines.push({hs10, delta, mfn, scopes: new Set(), exempt: [], piie});
}

// Membership from the retaliation steps.
const problems: string[] = [];
const d = (l: Line, col: string): number => r3(l.delta[COLS.findIndex((c) => c.col === col)]);
const AUTO = "suspension of retaliation on US autos and parts";
for (const l of lines) {
  const D = d(l, "D");
  if (D === 15) l.scopes.add("cn-2018-04-232-15pct");
  else if (D === 25) l.scopes.add("cn-2018-04-232-25pct");
  else if (D !== 0) problems.push(`${l.hs10}: 2 Apr 2018 change ${D} fits no scope`);
  const G = d(l, "G");
  if (G === 25) l.scopes.add("cn-2018-07-34bn");
  else if (G !== 0) problems.push(`${l.hs10}: 6 Jul 2018 change ${G}`);
  const H = d(l, "H");
  if (H === 25) l.scopes.add("cn-2018-08-16bn");
  else if (H !== 0) problems.push(`${l.hs10}: 23 Aug 2018 change ${H}`);
  const I = d(l, "I");
  const M = d(l, "M");
  const L = d(l, "L");
  // The 1 June 2019 change tells the annex: annex 1 10→25, annex 2 10→20, annex 3 5→10, annex 4 5→5.
  if (I === 10 && M === 15) l.scopes.add("cn-2018-09-60bn-annex-1");
  else if (I === 10 && M === 10) l.scopes.add("cn-2018-09-60bn-annex-2");
  else if (I === 5 && M === 5) l.scopes.add("cn-2018-09-60bn-annex-3");
  else if (I === 5 && M === 0) l.scopes.add("cn-2018-09-60bn-annex-4");
  else if (I === 10 && M === 0) {
    // Seen on suspended auto lines: then the annex is not told by the June 2019 step; annex 1 or 2.
    problems.push(`${l.hs10}: 24 Sep 2018 +10 without a June 2019 step (annex 1 or 2 unknown)`);
  } else if (I !== 0 || M !== 0) problems.push(`${l.hs10}: 24 Sep 2018 ${I}, 1 Jun 2019 ${M} fit no annex`);
  // 1 Jan 2019: China suspends its retaliation on US autos and parts (Tariff Commission 2018 No. 10).
  if (L !== 0) {
    const total = [...l.scopes].reduce((a, s) => a + rateOn(s, "2018-12-31"), 0);
    // The suspension lifts the line's retaliation of one scope (the 34bn or 16bn list at 25%, annex 3 or 4 at 5%).
    const hit = [...l.scopes].filter((s) => rateOn(s, "2018-12-31") === -L);
    if (hit.length === 1) l.exempt.push({scope: hit[0], from: "2019-01-01", reason: AUTO});
    else
      problems.push(`${l.hs10}: 1 Jan 2019 change ${L} matches ${hit.length} scopes of the line (its total ${total})`);
  }
}
// The June 2019 step of an auto line in annex 3 would show in PIIE's file though exempt: check below catches it.

// ---------- tradewar-tracker HS6 file: Sept 2019 and 26 Dec 2019 ----------
const trDir = need("tracker");
const trCommit = head(trDir);
const TR_PATH = "data/new_tariff_list_2020.csv";
const tr = readCsv(TR_PATH, show(trDir, trCommit, TR_PATH).toString("utf8"));
const hs6Rate = new Map<string, Map<string, number>>();
for (const {cells} of tr.records) {
  if (cells.tariff === "") continue;
  if (!hs6Rate.has(cells.hs6)) hs6Rate.set(cells.hs6, new Map());
  hs6Rate.get(cells.hs6)!.set(cells.time_of_tariff, Number(cells.tariff));
}
const sept: {code: string; scope: string}[] = [];
const dec26: {code: string; drop: number}[] = [];
for (const [hs6, byDate] of hs6Rate) {
  const a = byDate.get("2019-06-01");
  const b = byDate.get("2019-09-01");
  const c = byDate.get("2019-12-26");
  if (a === undefined || b === undefined) continue;
  const up = r3(b - a);
  if (up === 10) sept.push({code: hs6, scope: "cn-2019-09-75bn-10pct"});
  else if (up === 5) sept.push({code: hs6, scope: "cn-2019-09-75bn-5pct"});
  else if (up !== 0) {
    // The HS6 maximum moved by another amount: lines of mixed MFN under one HS6. Nearest tranche, reported.
    const scope = up >= 7.5 ? "cn-2019-09-75bn-10pct" : "cn-2019-09-75bn-5pct";
    sept.push({code: hs6, scope});
    problems.push(`HS6 ${hs6}: 1 Sep 2019 maximum rose ${up}, taken as ${scope}`);
  }
  if (c !== undefined && r3(c - b) !== 0) dec26.push({code: hs6, drop: r3(b - c)});
}
// Consistency of the two disclosures: the HS6 maximum of our HS10 rates before Sept 2019 equals the tracker's.
let hs6Checked = 0;
const hs6Off: string[] = [];
{
  const max = new Map<string, Map<string, number>>();
  for (const l of lines) {
    const k = l.hs10.slice(0, 6);
    if (!max.has(k)) max.set(k, new Map());
    for (const date of DATES) {
      const v = l.piie.get(date)!;
      const m = max.get(k)!;
      m.set(date, Math.max(m.get(date) ?? -Infinity, v));
    }
  }
  for (const [hs6, byDate] of hs6Rate)
    for (const date of DATES) {
      const ours = max.get(hs6)?.get(date === "2019-01-01" ? "2019-01-01" : date);
      const theirs = byDate.get(date === "2019-01-01" ? "2019-01-02" : date);
      if (ours === undefined || theirs === undefined) continue;
      hs6Checked++;
      if (Math.abs(ours - theirs) > 0.01) hs6Off.push(`${hs6} ${date}: workbook max ${ours}, tracker ${theirs}`);
    }
}

// ---------- March 2025 lists ----------
const rxDir = need("redux");
const rxCommit = head(rxDir);
const RX = [
  {path: "tariff-lists/china-15-percent-030425.csv", scope: "cn-2025-03-farm-15pct"},
  {path: "tariff-lists/china-10-percent-030425.csv", scope: "cn-2025-03-farm-10pct"}
];
const march: {code: string; scope: string}[] = [];
for (const {path, scope} of RX) {
  const text = "n,code,label\n" + show(rxDir, rxCommit, path).toString("utf8");
  const t = readCsv(path, text);
  for (const {cells} of t.records) {
    const code = cells.code.trim().padStart(8, "0");
    if (!/^\d{8}$/.test(code)) throw new Error(`${path}: code ${cells.code}`);
    march.push({code, scope});
  }
}

// ---------- Feb 2025 (Announcement 2025 No. 1, as translated by EnergyNow/Bloomberg) and April 2025 ----------
// Annex 1 (15%) in full: seven coal lines and LNG. Annex 2 (10%, 72 lines): only the first two codes could be read
// (crude oil, freeze or spray dryers); the farm machinery, large cars and pickups are missing (see NOTES.md).
const FEB_2025 = [
  ...["27011100", "27011210", "27011290", "27011900", "27012000", "27021000", "27022000", "27111100"].map((code) => ({
    code,
    scope: "cn-2025-02-coal-lng"
  })),
  ...["27090000", "84193310"].map((code) => ({code, scope: "cn-2025-02-oil-machinery-vehicles"}))
];

// ---------- weights and the line codes we keep ----------
const imports = sheet("Imports Value");
const weightHs8 = new Map<string, number>();
for (const [r, row] of imports.rows) {
  if (r === 1) continue;
  const v = Number(row.get("C")) * 1000;
  if (v > 0) weightHs8.set(row.get("A")!, v);
}
const by8 = new Map<string, Line[]>();
const by6 = new Map<string, Line[]>();
for (const l of lines) {
  for (const [m, k] of [
    [by8, l.hs10.slice(0, 8)],
    [by6, l.hs10.slice(0, 6)]
  ] as const) {
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(l);
  }
}
const signature = (l: Line): string =>
  JSON.stringify([[...l.mfn], [...l.scopes].sort(), l.exempt.map((e) => [e.scope, e.from]).sort()]);

interface Kept {
  code: string;
  value: number;
  like: Line; // the line whose MFN, scopes and exemptions the kept code carries
}
const kept: Kept[] = [];
const dropped: {code: string; value: number}[] = [];
let mappedBy6 = 0;
for (const [hs8, value] of weightHs8) {
  const children = by8.get(hs8);
  if (children) {
    if (new Set(children.map(signature)).size === 1) kept.push({code: hs8, value, like: children[0]});
    else for (const c of children) kept.push({code: c.hs10, value: value / children.length, like: c});
    continue;
  }
  // Not in the 2018 tariff: borrow the HS6 siblings' treatment when they all agree.
  const sib = by6.get(hs8.slice(0, 6));
  if (sib && new Set(sib.map(signature)).size === 1) {
    kept.push({code: hs8, value, like: sib[0]});
    mappedBy6++;
  } else dropped.push({code: hs8, value});
}
kept.sort((a, b) => a.code.localeCompare(b.code));

// Basis piie: PIIE's averages are computed at HS6 (its workbook's notes: product-level data weighted by US exports to
// the world in 2017, which are not public here). The closest we reproduce from public data: each HS6 total of China's
// 2017 imports from the US placed on the HS6's highest-rate line (the HS10 line with the highest sum of rates over
// PIIE's dates), i.e. the HS6 takes its highest line rate. See NOTES.md for the replication that supports it.
const uniform8 = (hs8: string): boolean => new Set((by8.get(hs8) ?? []).map(signature)).size === 1;
const piieKept: Kept[] = [];
const w6 = new Map<string, number>();
for (const [hs8, value] of weightHs8) w6.set(hs8.slice(0, 6), (w6.get(hs8.slice(0, 6)) ?? 0) + value);
const droppedPiie: {code: string; value: number}[] = [];
for (const [hs6, value] of w6) {
  const group = by6.get(hs6);
  if (!group) {
    droppedPiie.push({code: hs6, value});
    continue;
  }
  const score = (l: Line): number => [...l.piie.values()].reduce((a, b) => a + b, 0);
  const best = group.reduce((a, b) => (score(b) > score(a) ? b : a));
  const code = uniform8(best.hs10.slice(0, 8)) ? best.hs10.slice(0, 8) : best.hs10;
  piieKept.push({code, value, like: best});
}
piieKept.sort((a, b) => a.code.localeCompare(b.code));
/** Every line code that needs MFN, scope and exemption rows (both bases). */
const rowCodes = new Map<string, Line>();
for (const k of [...kept, ...piieKept]) rowCodes.set(k.code, k.like);
const rowList = [...rowCodes].sort((a, b) => a[0].localeCompare(b[0]));

// ---------- reproduce PIIE's per-line rates from membership × steps ----------
const modelled = (l: Line, date: string): number => {
  let m = 0;
  for (const [dt, v] of l.mfn) if (dt <= date) m = v;
  let add = 0;
  for (const s of l.scopes) {
    const ex = l.exempt.some((e) => e.scope === s && e.from <= date);
    if (!ex) add += rateOn(s, date);
  }
  return r3(m + add);
};
const mismatch = new Map<string, {n: number; usd: number; examples: string[]}>();
const valueOfLine = new Map<string, number>();
for (const k of kept)
  if (k.code.length === 10) valueOfLine.set(k.code, k.value);
  else for (const c of by8.get(k.code) ?? []) valueOfLine.set(c.hs10, k.value / (by8.get(k.code)?.length ?? 1));
for (const l of lines)
  for (const date of DATES) {
    const ours = modelled(l, date);
    const theirs = l.piie.get(date)!;
    if (Math.abs(ours - theirs) <= 0.01) continue;
    const m = mismatch.get(date) ?? {n: 0, usd: 0, examples: []};
    m.n++;
    m.usd += valueOfLine.get(l.hs10) ?? 0;
    if (m.examples.length < 4) m.examples.push(`${l.hs10} ours ${ours} PIIE ${theirs}`);
    mismatch.set(date, m);
  }

// ---------- write ----------
mkdirSync(OUT, {recursive: true});
const write = (name: string, rows: object[]): void => {
  writeFileSync(join(OUT, name), toCsv(rows));
  console.log(`${join(OUT, name)}: ${rows.length} rows`);
};
const weightRow = (basis: string) => (k: Kept) => ({
  basis,
  year: 2017,
  code: k.code,
  value_usd: Math.round(k.value * 100) / 100
});
write("weights.csv", [...piieKept.map(weightRow("piie")), ...kept.map(weightRow("lines"))]);
const mfnRows: {code: string; date: string; mfn_pct: number}[] = [];
for (const [code, like] of rowList) {
  let last: number | undefined;
  for (const [date, v] of like.mfn) {
    if (v !== last) mfnRows.push({code, date, mfn_pct: v});
    last = v;
  }
}
write("mfn.csv", mfnRows);
const scopeRows: {scope: string; code: string; date_from: string; date_to: string}[] = [];
for (const [code, like] of rowList)
  for (const s of like.scopes) scopeRows.push({scope: s, code, date_from: "", date_to: ""});
// Prefix scopes: keep only the prefixes that reach a weighted line.
const rowKeys = [...rowCodes.keys()];
const reaches = (prefix: string): boolean => rowKeys.some((k) => k.startsWith(prefix) || prefix.startsWith(k));
const unmatched: Record<string, string[]> = {};
const bridged: string[] = [];
const seen = new Set<string>();
for (const p of [...sept, ...march, ...FEB_2025]) {
  let code = p.code;
  // March 2025 codes are in the 2025 nomenclature: a code unknown in 2018 falls back to its 7-, then 6-digit prefix.
  if (!reaches(code) && p.scope.startsWith("cn-2025-03"))
    for (const n of [7, 6])
      if (reaches(p.code.slice(0, n)) && !by8.has(p.code)) {
        code = p.code.slice(0, n);
        bridged.push(`${p.code}→${code}`);
        break;
      }
  const key = `${p.scope}|${code}`;
  if (seen.has(key)) continue;
  seen.add(key);
  if (reaches(code)) scopeRows.push({scope: p.scope, code, date_from: "", date_to: ""});
  else (unmatched[p.scope] ??= []).push(p.code);
}
const chapters = [...new Set(rowKeys.map((k) => k.slice(0, 2)))];
for (const ch of chapters) scopeRows.push({scope: "cn-2025-04-all-us-goods", code: ch, date_from: "", date_to: ""});
scopeRows.sort((a, b) => a.scope.localeCompare(b.scope) || a.code.localeCompare(b.code));
write("scope_lines.csv", scopeRows);

const PIIE_SRC = "github-bjz-2019-06-12-workbook";
const exRows: {scope: string; code: string; date_from: string; date_to: string; reason: string; source_ids: string}[] =
  [];
for (const [code, like] of rowList)
  for (const e of like.exempt)
    exRows.push({
      scope: e.scope,
      code,
      date_from: e.from,
      date_to: "",
      reason: e.reason,
      source_ids: `${PIIE_SRC};shifen-auto-tariffs-2019-08;hellenicshipping-2019-12-15-suspension`
    });
// 26 Dec 2019: HS6 lines whose rate fell by the sum of their scopes' rates: excluded from every scope they are in.
const dec26Problems: string[] = [];
for (const {code, drop} of dec26) {
  const inScopes = new Set<string>();
  for (const [c, like] of rowList) if (c.startsWith(code)) for (const s of like.scopes) inScopes.add(s);
  for (const p of sept) if (p.code === code) inScopes.add(p.scope);
  const sum = [...inScopes].reduce((a, s) => a + rateOn(s, "2019-12-26"), 0);
  if (r3(sum) !== drop) dec26Problems.push(`${code}: drop ${drop}, scopes ${[...inScopes].join("+")} = ${sum}`);
  for (const s of inScopes)
    if (reaches(code))
      exRows.push({
        scope: s,
        code,
        date_from: "2019-12-26",
        // Second exclusion list: valid from 26 Dec 2019 to 25 Dec 2020 (bdp, S&P); the end is exclusive here.
        date_to: "2020-12-26",
        reason: "second exclusion list (Dec 2019)",
        source_ids:
          "github-tradewar-tracker-new-tariff-list-2020;bdp-2019-12-second-exclusion-list;spglobal-2019-12-second-exclusion-list"
      });
}
// First exclusion list (Tariff Commission Announcement 2019 No. 6): 16 products excluded from the 25% additional tariff
// from 17 Sept 2019 to 16 Sept 2020, by HS8 code (ICIS; China Briefing). Items marked `part` cover only a described
// product within the code (the ST&R list marks them): applied to the whole line here, an overstatement.
const FIRST_EXCLUSIONS: {code: string; part: boolean}[] = [
  {code: "03063610", part: false},
  {code: "12141000", part: false},
  {code: "12149000", part: true},
  {code: "23012010", part: false},
  {code: "27101991", part: false},
  {code: "27101992", part: false},
  {code: "29349990", part: true},
  {code: "34021300", part: false},
  {code: "34031900", part: false},
  {code: "34039900", part: false},
  {code: "90221400", part: true},
  {code: "04041000", part: true},
  {code: "27101299", part: true},
  {code: "27101919", part: true},
  {code: "27101993", part: true}
];
const firstProblems: string[] = [];
for (const {code, part} of FIRST_EXCLUSIONS) {
  const scopes = new Set<string>();
  for (const [c, like] of rowList)
    if (c.startsWith(code) || code.startsWith(c))
      for (const sc of like.scopes) if (rateOn(sc, "2019-09-17") === 25) scopes.add(sc);
  if (scopes.size === 0 && reaches(code)) firstProblems.push(`${code}: in no 25% scope`);
  for (const sc of scopes)
    exRows.push({
      scope: sc,
      code,
      date_from: "2019-09-17",
      date_to: "2020-09-17",
      reason: part ? "first exclusion list (Sept 2019), part of the line" : "first exclusion list (Sept 2019)",
      source_ids:
        "icis-2019-09-11-china-exclusion-lists;chinabriefing-2019-09-exclusion-lists;strtrade-2019-09-13-china-exclusions"
    });
}
exRows.sort((a, b) => a.scope.localeCompare(b.scope) || a.code.localeCompare(b.code));
write("exemptions.csv", exRows);

// ---------- the tracker's later dates: HS6 maximum of our modelled line rates vs the tracker's HS6 rate ----------
const septOf = new Map<string, string>();
for (const p of sept) septOf.set(p.code, p.scope);
const laterOff: Record<string, string[]> = {"2019-09-01": [], "2019-12-26": []};
for (const [hs6, byDate] of hs6Rate) {
  const group = by6.get(hs6);
  if (!group) continue;
  for (const date of Object.keys(laterOff)) {
    const theirs = byDate.get(date);
    if (theirs === undefined) continue;
    let ours = -Infinity;
    for (const l of group) {
      let m = 0;
      for (const [dt, v] of l.mfn) if (dt <= date) m = v;
      const scopes = [...l.scopes, ...(septOf.has(hs6) ? [septOf.get(hs6)!] : [])];
      let add = 0;
      for (const sc of scopes) {
        const exempt =
          l.exempt.some((e) => e.scope === sc && e.from <= date) ||
          exRows.some(
            (e) =>
              e.scope === sc &&
              l.hs10.startsWith(e.code) &&
              e.date_from <= date &&
              (e.date_to === "" || date < e.date_to)
          );
        if (!exempt) add += rateOn(sc, date);
      }
      ours = Math.max(ours, r3(m + add));
    }
    if (Math.abs(ours - theirs) > 0.01) laterOff[date].push(`${hs6} ours ${ours} tracker ${theirs}`);
  }
}

// ---------- report ----------
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
console.log(`\ninputs: ${bjzDir} ${bjzCommit} ${BJZ_PATH}`);
console.log(`        ${trDir} ${trCommit} ${TR_PATH}`);
console.log(`        ${rxDir} ${rxCommit} ${RX.map((r) => r.path).join(", ")}`);
console.log(`HS10 lines ${lines.length} (blank MFN cells counted as 0: ${blankMfn})`);
const cnt = new Map<string, number>();
for (const l of lines) for (const s of l.scopes) cnt.set(s, (cnt.get(s) ?? 0) + 1);
const cnt8 = new Map<string, Set<string>>();
for (const l of lines)
  for (const s of l.scopes) (cnt8.get(s) ?? cnt8.set(s, new Set()).get(s)!).add(l.hs10.slice(0, 8));
for (const [s, n] of [...cnt].sort()) console.log(`  ${s}: ${n} HS10 lines, ${cnt8.get(s)!.size} HS8 lines`);
console.log(`  auto suspension: ${lines.filter((l) => l.exempt.length).length} HS10 lines`);
console.log(`Sept 2019 HS6: ${sept.length} (10%: ${sept.filter((s) => s.scope.endsWith("10pct")).length})`);
console.log(`26 Dec 2019 HS6 drops: ${JSON.stringify(dec26)} ${dec26Problems.join("; ")}`);
console.log(
  `first exclusion list: ${FIRST_EXCLUSIONS.length} codes; ${firstProblems.join("; ") || "all in a 25% scope"}`
);
console.log(`March 2025 codes: ${march.length}`);
console.log(`March 2025 codes bridged to a shorter 2018 prefix: ${bridged.length}`, bridged.join(" "));
for (const [s, codes] of Object.entries(unmatched)) console.log(`no 2017 trade under ${codes.length} codes of ${s}`);
console.log(
  `weights: ${kept.length} lines, USD ${(sum(kept.map((k) => k.value)) / 1e9).toFixed(3)}bn; mapped by HS6 ${mappedBy6}; dropped ${dropped.length} HS8 worth USD ${(sum(dropped.map((x) => x.value)) / 1e9).toFixed(3)}bn: ${dropped
    .sort((a, b) => b.value - a.value)
    .slice(0, 5)
    .map((x) => `${x.code} ${(x.value / 1e6).toFixed(1)}m`)
    .join(", ")}`
);
console.log(
  `basis piie: ${piieKept.length} HS6 lines, USD ${(sum(piieKept.map((k) => k.value)) / 1e9).toFixed(3)}bn; dropped ${droppedPiie.length} HS6 worth USD ${(sum(droppedPiie.map((x) => x.value)) / 1e9).toFixed(3)}bn`
);
console.log(`HS6 check of the two disclosures: ${hs6Checked} comparisons, ${hs6Off.length} off`, hs6Off.slice(0, 5));
console.log(`membership problems: ${problems.length}`, problems.slice(0, 12));
for (const [date, off] of Object.entries(laterOff))
  console.log(`tracker HS6 rates on ${date}: ${hs6Rate.size} HS6 lines, ${off.length} off`, off.slice(0, 20));
console.log("per-line reproduction of PIIE's rates (membership × steps + MFN − exemptions):");
for (const date of DATES) {
  const m = mismatch.get(date);
  console.log(
    `  ${date}: ${m ? `${m.n} lines off, USD ${(m.usd / 1e9).toFixed(3)}bn of trade; e.g. ${m.examples.join("; ")}` : "all lines agree"}`
  );
}
