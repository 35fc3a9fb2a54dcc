/**
 * Sensitivity input, NOT committed data: rebuilds the `piie` weights of `data/lines/cn/weights.csv` with US exports to
 * the world in 2017, the weights PIIE's workbook says it uses, to measure what the weights cost. The only public copy
 * found is HS4-level: Open Trade Statistics via the R package economiccomplexity (GPL-3), data/world_trade_2017.rda
 * at commit ddc40d5955e05c3d78b611fcddd12bf94d9ddb0c of pachadotdev/economiccomplexity (the parent of 7baba330, which
 * removed the file). GPL data, so it is read at run time and written outside the repository, never committed.
 *
 *   npx tsx scripts/lines/cnWorldWeights.ts --repo GITDIR [--out /tmp/cn-weights-world-hs4.csv]
 *   npx tsx scripts/lines/cnCheck.ts --basis piie --weights /tmp/cn-weights-world-hs4.csv
 *
 * Each HS4's US world exports are spread over the `piie` lines of that HS4 in proportion to their bilateral value (the
 * committed weights), so the within-HS4 pattern stays China's imports from the US. Needs the `xz` command (the .rda is
 * xz-compressed); parses the R serialization format (XDR) far enough for a data frame of strings and doubles.
 */
import {execFileSync} from "node:child_process";
import {readFileSync, writeFileSync} from "node:fs";
import {readCsv} from "../../src/lib/csv.js";
import {toCsv} from "../../src/lib/csvWrite.js";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ""), process.argv[i + 1]);
const repo = args.get("repo");
if (!repo) throw new Error("missing --repo GITDIR (pachadotdev/economiccomplexity)");
const out = args.get("out") ?? "/tmp/cn-weights-world-hs4.csv";
const COMMIT = execFileSync("git", ["--git-dir", repo, "rev-parse", "7baba330ac9ceb7c1acf29a61c751ef58b4aeeca^"])
  .toString()
  .trim();
const rda = execFileSync("git", ["--git-dir", repo, "show", `${COMMIT}:data/world_trade_2017.rda`], {
  maxBuffer: 1 << 28
});
const raw = execFileSync("xz", ["-dc"], {input: rda, maxBuffer: 1 << 29});

// R serialization, XDR: "RDX2\n" or "RDX3\n", "X\n", version, writer and reader versions (+ native encoding in v3).
let p = 0;
const buf = Buffer.from(raw);
if (!/^RDX[23]\nX\n$/.test(buf.subarray(0, 7).toString("latin1"))) throw new Error("not an XDR .rda");
p = 7;
const int = (): number => {
  const v = buf.readInt32BE(p);
  p += 4;
  return v;
};
const version = int();
int();
int();
if (version === 3) p += int();
type R = null | string | number[] | (string | null)[] | {list: R[]; attr: R} | [R, R][];
const refs: R[] = [];
function item(): R {
  const flags = int();
  const type = flags & 0xff;
  const hasAttr = (flags & (1 << 9)) !== 0;
  const hasTag = (flags & (1 << 10)) !== 0;
  if (type === 254 || type === 242 || type === 251 || type === 253) return null;
  if (type === 255) {
    const idx = flags >> 8;
    return refs[(idx || int()) - 1];
  }
  if (type === 1) {
    const s = item();
    refs.push(s);
    return s;
  }
  if (type === 2 || type === 17) {
    if (hasAttr) item();
    const tag = hasTag ? item() : null;
    const car = item();
    const cdr = item();
    return [[tag, car], ...(Array.isArray(cdr) && cdr.length && Array.isArray(cdr[0]) ? (cdr as [R, R][]) : [])];
  }
  if (type === 9) {
    const n = int();
    if (n === -1) return null;
    const s = buf.subarray(p, p + n).toString("utf8");
    p += n;
    return s;
  }
  if (type === 10 || type === 13 || type === 14) {
    const n = int();
    const v: number[] = [];
    for (let i = 0; i < n; i++) {
      if (type === 14) v.push(buf.readDoubleBE(p + 8 * i));
      else v.push(buf.readInt32BE(p + 4 * i));
    }
    p += n * (type === 14 ? 8 : 4);
    if (hasAttr) item();
    return v;
  }
  if (type === 16) {
    const n = int();
    const v: (string | null)[] = [];
    for (let i = 0; i < n; i++) v.push(item() as string | null);
    if (hasAttr) item();
    return v;
  }
  if (type === 19) {
    const n = int();
    const list: R[] = [];
    for (let i = 0; i < n; i++) list.push(item());
    return {list, attr: hasAttr ? item() : null};
  }
  throw new Error(`R type ${type} at byte ${p}`);
}
const top = item() as [R, R][];
const frame = top[0][1] as {list: R[]};
const [iso, product, value] = frame.list as [(string | null)[], (string | null)[], number[]];
const world = new Map<string, number>();
iso.forEach((c, i) => {
  if (c === "usa" && Number.isFinite(value[i])) world.set(product[i]!, value[i]);
});

const weights = readCsv("data/lines/cn/weights.csv", readFileSync("data/lines/cn/weights.csv", "utf8"))
  .records.map((r) => r.cells)
  .filter((w) => w.basis === "piie");
const bilateral4 = new Map<string, number>();
for (const w of weights) bilateral4.set(w.code.slice(0, 4), (bilateral4.get(w.code.slice(0, 4)) ?? 0) + +w.value_usd);
const rows = weights.map((w) => {
  const h = w.code.slice(0, 4);
  const share = (bilateral4.get(h) ?? 0) > 0 ? +w.value_usd / bilateral4.get(h)! : 0;
  return {basis: "piie", year: 2017, code: w.code, value_usd: Math.round((world.get(h) ?? 0) * share)};
});
writeFileSync(out, toCsv(rows));
const lost = [...world].filter(([h]) => !bilateral4.has(h)).reduce((a, [, v]) => a + v, 0);
const all = [...world.values()].reduce((a, b) => a + b, 0);
console.log(
  `${out}: ${rows.length} rows from ${world.size} HS4 US export values (commit ${COMMIT}); ` +
    `USD ${(lost / 1e9).toFixed(1)}bn of ${(all / 1e9).toFixed(1)}bn sit in HS4 without a line and are left out`
);
