/**
 * A quick standalone check of the US line-level inputs (not the site's estimator, which lives in src/lib/derive).
 *
 * Run: `npx tsx scripts/lines/usCheck.ts [basis]` (default: both `piie` and `yale`); `DATES=2025-09-30,...` adds dates.
 * Inputs: data/lines/us/{weights,mfn,scope_lines,exemptions}.csv, data/lines/stacking.csv, data/lines/bases.csv,
 * data/tariff_actions.csv and the PIIE us-on-cn rows of data/published_estimates.csv.
 * Output: a table on stdout, for each PIIE date: our trade-weighted average (MFN + additional duties), its MFN part,
 * the share of trade under any additional duty, PIIE's figure and the difference, then each scope's contribution
 * (points). `WEIGHTS=basis:year` forces one weight set on every date (sensitivity runs).
 * It changes no file.
 *
 * Rules as the line spec states them: a scope applies to a line whose code starts with one of its scope_lines codes
 * (within the row's dates) when its newest step on or before the date has a rate > 0 and no exemption row covers the
 * line; `excluded_by` drops the scope where the other scope applies; `replaces` drops the other scope where this one
 * applies. MFN: newest date ≤ t, longest matching prefix. Weights: the basis row of data/lines/bases.csv for the date.
 */
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

const D = "data/lines/us";
const weightsAll = csv(`${D}/weights.csv`);
const mfnRows = csv(`${D}/mfn.csv`);
const scopeLines = csv(`${D}/scope_lines.csv`);
const exemptions = csv(`${D}/exemptions.csv`);
const stacking = csv("data/lines/stacking.csv");
const bases = csv("data/lines/bases.csv").filter((b) => b.direction === "us-on-cn");
const actions = csv("data/tariff_actions.csv");
const piie = csv("data/published_estimates.csv").filter((r) => r.direction === "us-on-cn" && r.publisher === "PIIE");

const inWindow = (t: string, from: string, to: string): boolean => (!from || from <= t) && (!to || t < to);
const rateOf = (scope: string, t: string): number => {
  let best = "";
  let rate = 0;
  for (const a of actions)
    if (a.scope === scope && a.date <= t && a.date >= best) {
      best = a.date;
      rate = Number(a.rate_pct);
    }
  return rate;
};
/** Index by code prefix length for fast longest/any prefix lookups. */
const byPrefix = <T extends {code: string}>(rows: T[]): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.code, [...(m.get(r.code) ?? []), r]);
  return m;
};
const scopeIdx = byPrefix(
  scopeLines as {code: string; scope: string; date_from: string; date_to: string; share?: string}[]
);
const exIdx = byPrefix(exemptions as {code: string; scope: string; date_from: string; date_to: string}[]);
const mfnIdx = byPrefix(mfnRows as {code: string; date: string; mfn_pct: string}[]);
const prefixes = (code: string): string[] => Array.from({length: code.length - 1}, (_, k) => code.slice(0, k + 2));

const mfnOf = (code: string, t: string): number => {
  for (const p of prefixes(code).reverse()) {
    const rows = (mfnIdx.get(p) ?? []).filter((r) => r.date <= t).sort((a, b) => (a.date < b.date ? 1 : -1));
    if (rows.length) return Number(rows[0].mfn_pct);
  }
  return 0;
};
/** The duties on one line on date t: scope → rate × the part of the line's value it charges. */
const duties = (code: string, t: string): Map<string, number> => {
  // Longest prefix first: the longest matching row in force decides a scope's share (empty share = the whole line).
  const share = new Map<string, number>();
  for (const p of prefixes(code).reverse())
    for (const r of scopeIdx.get(p) ?? []) {
      if (share.has(r.scope) || !inWindow(t, r.date_from, r.date_to) || !(rateOf(r.scope, t) > 0)) continue;
      share.set(r.scope, r.share === undefined || r.share === "" ? 1 : Number(r.share));
    }
  for (const p of prefixes(code))
    for (const e of exIdx.get(p) ?? []) if (inWindow(t, e.date_from, e.date_to)) share.delete(e.scope);
  // excluded_by: a scope keeps only the part its excluders leave; replaces: a replaced scope keeps the part the
  // replacing scope does not charge (the estimator's rule, src/lib/derive/lineTariff.ts).
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

/**
 * Sensitivity: `LIST_SHARES=l12=0.16,l3=0.42,l4a=0.20` rescales the weights so that lines on Section 301 lists 1+2, list 3
 * and list 4A carry those shares of the total (the rest keeps the remainder), the 2024 mix kept inside each group.
 */
const listOf = new Map(
  scopeLines.filter((r) => /^301-list-/.test(r.scope)).map((r) => [r.code, r.scope] as [string, string])
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
function regroup(w: Record<string, string>[], spec: string): Record<string, string>[] {
  const share: Record<string, number> = Object.fromEntries(
    spec
      .split(",")
      .map((kv) => kv.split("="))
      .map(([k, v]) => [k, Number(v)])
  );
  share.rest = 1 - (share.l12 ?? 0) - (share.l3 ?? 0) - (share.l4a ?? 0);
  const sum: Record<string, number> = {l12: 0, l3: 0, l4a: 0, rest: 0};
  for (const r of w) sum[groupOf(r.code)] += Number(r.value_usd);
  return w.map((r) => ({
    ...r,
    value_usd: String((Number(r.value_usd) / sum[groupOf(r.code)]) * share[groupOf(r.code)])
  }));
}

const basisArg = process.argv[2];
for (const basis of basisArg ? [basisArg] : ["piie", "yale"]) {
  console.log(`\n== basis ${basis}`);
  console.log("date        total   mfn   addl  covered  piie   diff");
  const extra = (process.env.DATES ?? "").split(",").filter(Boolean);
  const dates = [...new Set([...piie.map((r) => r.date), ...extra])].sort();
  for (const t of dates) {
    // WEIGHTS=basis:year forces one weight set on every date (a sensitivity run), e.g. WEIGHTS=yale:2024.
    const forced = process.env.WEIGHTS?.split(":");
    const b = forced
      ? {basis: forced[0], weights_year: forced[1]}
      : bases.find((x) => x.basis === basis && inWindow(t, x.date_from, x.date_to));
    if (!b) {
      console.log(`${t}  (no ${basis} weights for this date)`);
      continue;
    }
    let w = weightsAll.filter((r) => r.basis === b.basis && r.year === b.weights_year);
    if (process.env.LIST_SHARES) w = regroup(w, process.env.LIST_SHARES);
    let sw = 0,
      smfn = 0,
      sadd = 0,
      scov = 0;
    const byScope = new Map<string, number>();
    for (const r of w) {
      const v = Number(r.value_usd);
      const m = mfnOf(r.code, t);
      const d = duties(r.code, t);
      let a = 0;
      for (const [s, rate] of d) {
        a += rate;
        byScope.set(s, (byScope.get(s) ?? 0) + v * rate);
      }
      sw += v;
      smfn += v * m;
      sadd += v * a;
      if (d.size) scov += v;
    }
    const p = piie.find((r) => r.date === t) ?? {rate_pct: "NaN"};
    const total = (smfn + sadd) / sw;
    console.log(
      `${t}  ${total.toFixed(1).padStart(5)}  ${(smfn / sw).toFixed(2)}  ${(sadd / sw).toFixed(1).padStart(5)}  ${(scov / sw).toFixed(3)}  ${Number(p.rate_pct).toFixed(1).padStart(5)}  ${(total - Number(p.rate_pct)).toFixed(1).padStart(5)}   ` +
        [...byScope]
          .sort((a, b) => b[1] - a[1])
          .map(([s, x]) => `${s}:${(x / sw).toFixed(2)}`)
          .join(" ")
    );
  }
}
