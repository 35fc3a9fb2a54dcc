/**
 * A quick standalone check of China's line tables (`data/lines/cn/`): computes China's trade-weighted average tariff on
 * goods from the US (MFN + every additional duty in force on the line) on every PIIE date and every step date of a
 * China scope, from the committed CSVs only, and prints it beside PIIE's published figure. It is a cross-check of the
 * inputs, not the estimator (that is `src/lib/derive/lineTariff.ts`); it reads no fetched repository.
 *
 *   npx tsx scripts/lines/cnCheck.ts [--basis piie] [--weights FILE]
 *
 * Rules, as in the line-level spec: MFN is the newest row on or before the date of the longest prefix of the line that
 * has a row; a scope applies to a line when a `scope_lines.csv` prefix of the line is in its window, unless an
 * exemption row of that scope covers the line on the date; `stacking.csv` rules whose scope is a China scope are
 * applied (`replaces`, `excluded_by`); every other pair adds. Also prints sensitivity runs (what an input costs).
 */
import {readFileSync} from "node:fs";
import {readCsv} from "../../src/lib/csv.js";

const BASIS = process.argv.includes("--basis") ? process.argv[process.argv.indexOf("--basis") + 1] : "piie";
const rows = (file: string): Record<string, string>[] =>
  readCsv(file, readFileSync(file, "utf8")).records.map((r) => r.cells);

// --weights FILE: another weights table of the same columns (e.g. a sensitivity test with other trade values).
const WEIGHTS = process.argv.includes("--weights")
  ? process.argv[process.argv.indexOf("--weights") + 1]
  : "data/lines/cn/weights.csv";
const weights = rows(WEIGHTS).filter((w) => w.basis === BASIS);
const mfnRows = rows("data/lines/cn/mfn.csv");
const scopeLines = rows("data/lines/cn/scope_lines.csv");
const exemptions = rows("data/lines/cn/exemptions.csv");
const actions = rows("data/tariff_actions.csv").filter((a) => a.scope.startsWith("cn-"));
const stacking = rows("data/lines/stacking.csv").filter((s) => s.scope.startsWith("cn-"));
const published = rows("data/published_estimates.csv").filter((p) => p.direction === "cn-on-us");

const steps = new Map<string, {date: string; rate: number}[]>();
for (const a of actions)
  (steps.get(a.scope) ?? steps.set(a.scope, []).get(a.scope)!).push({date: a.date, rate: +a.rate_pct});
for (const s of steps.values()) s.sort((a, b) => a.date.localeCompare(b.date));
const rateOn = (scope: string, date: string): number => {
  let r = 0;
  for (const s of steps.get(scope) ?? []) if (s.date <= date) r = s.rate;
  return r;
};
const inWindow = (date: string, from: string, to: string): boolean => (!from || from <= date) && (!to || date < to);

interface Line {
  code: string;
  value: number;
  mfn: {date: string; pct: number}[]; // of the longest prefix with rows, sorted
  scopes: {scope: string; from: string; to: string}[];
  exempt: {scope: string; from: string; to: string; reason: string}[];
}
const mfnByCode = new Map<string, {date: string; pct: number}[]>();
for (const m of mfnRows)
  (mfnByCode.get(m.code) ?? mfnByCode.set(m.code, []).get(m.code)!).push({date: m.date, pct: +m.mfn_pct});
const byPrefix = <T extends {code: string}>(list: T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const x of list) (map.get(x.code) ?? map.set(x.code, []).get(x.code)!).push(x);
  return map;
};
const scopeIdx = byPrefix(scopeLines as {code: string; scope: string; date_from: string; date_to: string}[]);
const exemptIdx = byPrefix(
  exemptions as {code: string; scope: string; date_from: string; date_to: string; reason: string}[]
);
const lines: Line[] = weights.map((w) => {
  const prefixes = Array.from({length: w.code.length - 1}, (_, i) => w.code.slice(0, w.code.length - i));
  const mfnCode = prefixes.find((p) => mfnByCode.has(p));
  return {
    code: w.code,
    value: +w.value_usd,
    mfn: (mfnCode ? mfnByCode.get(mfnCode)! : []).sort((a, b) => a.date.localeCompare(b.date)),
    scopes: prefixes
      .flatMap((p) => scopeIdx.get(p) ?? [])
      .map((s) => ({scope: s.scope, from: s.date_from, to: s.date_to})),
    exempt: prefixes
      .flatMap((p) => exemptIdx.get(p) ?? [])
      .map((s) => ({scope: s.scope, from: s.date_from, to: s.date_to, reason: s.reason}))
  };
});

interface Options {
  noExemptions?: boolean;
  /** Ignore only the exemptions whose reason contains this text. */
  without?: string;
  extra?: {scope: string; prefixes: string[]};
}
/** Trade-weighted averages on a date: total, additional, MFN (percent) and the share of trade with any additional duty. */
function average(date: string, opt: Options = {}): {total: number; add: number; mfn: number; covered: number} {
  let w = 0,
    sumMfn = 0,
    sumAdd = 0,
    cov = 0;
  for (const l of lines) {
    let mfn = 0;
    for (const m of l.mfn) if (m.date <= date) mfn = m.pct;
    const active = new Set<string>();
    for (const s of l.scopes) if (inWindow(date, s.from, s.to) && rateOn(s.scope, date) > 0) active.add(s.scope);
    if (opt.extra && opt.extra.prefixes.some((p) => l.code.startsWith(p))) active.add(opt.extra.scope);
    if (!opt.noExemptions)
      for (const e of l.exempt)
        if (inWindow(date, e.from, e.to) && !(opt.without && e.reason.includes(opt.without))) active.delete(e.scope);
    for (const r of stacking)
      if (active.has(r.scope) && active.has(r.other)) active.delete(r.rule === "replaces" ? r.other : r.scope);
    let add = 0;
    for (const s of active) add += rateOn(s, date);
    w += l.value;
    sumMfn += l.value * mfn;
    sumAdd += l.value * add;
    if (add > 0) cov += l.value;
  }
  return {total: (sumMfn + sumAdd) / w, add: sumAdd / w, mfn: sumMfn / w, covered: cov / w};
}

const piie = published.filter((p) => p.publisher === "PIIE");
const dates = [...new Set([...piie.map((p) => p.date), ...actions.map((a) => a.date), "2018-01-01"])].sort();
const f = (x: number): string => x.toFixed(2).padStart(6);
console.log(
  `China on US goods, basis ${BASIS}: ${lines.length} lines, USD ${(lines.reduce((a, l) => a + l.value, 0) / 1e9).toFixed(1)}bn`
);
console.log("date        total    add    mfn  covered   PIIE   diff");
const diffs: {date: string; d: number}[] = [];
for (const date of dates) {
  const a = average(date);
  const p = piie.filter((x) => x.date === date).map((x) => +x.rate_pct);
  const pTxt = p.length
    ? p
        .map((x) => x.toFixed(2))
        .join("/")
        .padStart(6)
    : "     -";
  const dTxt = p.length ? f(a.total - p[0]) : "";
  if (p.length) diffs.push({date, d: a.total - p[0]});
  console.log(`${date} ${f(a.total)} ${f(a.add)} ${f(a.mfn)} ${f(a.covered * 100)}% ${pTxt} ${dTxt}`);
}
const mad = diffs.reduce((s, x) => s + Math.abs(x.d), 0) / diffs.length;
console.log(`mean absolute difference from PIIE over ${diffs.length} dates: ${mad.toFixed(2)} points`);

// Sensitivity runs: what each missing or uncertain input moves.
console.log("\nsensitivity (points of the total):");
const at = (date: string, opt: Options = {}): number => average(date, opt).total;
for (const date of ["2019-06-01", "2020-02-14", "2025-01-20"])
  console.log(
    `  ${date} without any exemption: +${f(at(date, {noExemptions: true}) - at(date))}; ` +
      `without the auto suspension only: +${f(at(date, {without: "autos"}) - at(date))}; ` +
      `without the exclusion lists only: +${f(at(date, {without: "exclusion list"}) - at(date))}`
  );
const FARM_MACHINERY_AND_CARS = [
  "8432",
  "8433",
  "8701",
  "870323",
  "870324",
  "870333",
  "870340",
  "870360",
  "870421",
  "870431"
];
console.log(
  `  2025-02-10 if annex 2 also covered every line of headings 8432/8433/8701 and the large car / pickup HS6 lines ` +
    `(upper bound of the missing farm machinery and vehicle lines): +${f(at("2025-02-10", {extra: {scope: "cn-2025-02-oil-machinery-vehicles", prefixes: FARM_MACHINERY_AND_CARS}}) - at("2025-02-10"))}`
);
const total = lines.reduce((a, l) => a + l.value, 0);
const dropped = 5.518e9; // 98000000 "commodities specified at chapter level only": no tariff line (cnConvert.ts prints it)
for (const date of ["2018-01-01", "2019-06-01"])
  console.log(
    `  ${date} if 98000000 (USD 5.52bn, no tariff line) were kept at 0%: ${f(at(date) * (total / (total + dropped)) - at(date))}`
  );
