// Chip classes, metrics and rules in words: the labels, glyphs and sentences the chip chart, its caption, the chip
// tables and the page share, in each language (the words are the message tables', src/lib/i18n). Pure (no DOM, no
// Plot): text only. The constants are the English words; the functions take a `lang`.
import {formats, messagesOf, ui, type Lang} from "./i18n/index.js";
import {placeable, type ChipPoint} from "./derive/chipPoints.js";
import type {ChipRuleThreshold} from "./schema.js";
import {CLASSIFICATIONS, type ChipMarket, type ChipMetric, type Classification} from "./vocab.js";

/** A chip class as a reader says it (English; `ui(lang).chips.classes` in any language). */
export const CLASS_LABELS: Record<Classification, string> = /* @__PURE__ */ messagesOf("en", (t) => t.chips.classes);

/** The same shapes as text, for keys and tables. */
export const CLASS_GLYPHS: Record<Classification, string> = {
  "licence-required": "■",
  "case-by-case": "□",
  notification: "▲",
  unknown: "◆",
  "not-controlled": "●"
};
/** One-word class names for chip labels ("was free"). */
export const CLASS_SHORT: Record<Classification, string> = /* @__PURE__ */ messagesOf("en", (t) => t.chips.classShort);

/** Who a chip was made for, in words. */
export const MARKET_LABELS: Record<ChipMarket, string> = /* @__PURE__ */ messagesOf("en", (t) => t.chips.markets);

/** Axis titles of the metrics a rule can test. */
export const METRIC_LABELS: Record<ChipMetric, string> = /* @__PURE__ */ messagesOf("en", (t) => t.chips.metrics);
/** Short metric names for threshold descriptions. */
export const METRIC_SHORT: Record<ChipMetric, string> = /* @__PURE__ */ messagesOf("en", (t) => t.chips.metricShort);
/** The unit after a metric's value. */
const METRIC_UNIT: Record<ChipMetric, string> = {
  tpp: "",
  performance_density: "",
  interconnect_gbps: " GB/s",
  memory_bandwidth_gbps: " GB/s"
};

const chipFormats = new Map<string, Intl.NumberFormat>();
/** A chip figure as the chart and tables print it: "4,800", "1.5" / "4.800", "1,5". */
export function chipNumber(v: number, lang: Lang = "en"): string {
  const locale = formats(lang).locale;
  const digits = v < 100 ? 2 : 0;
  const key = `${locale}|${digits}`;
  let f = chipFormats.get(key);
  if (!f) chipFormats.set(key, (f = new Intl.NumberFormat(locale, {maximumFractionDigits: digits})));
  return f.format(v);
}

/** A rule's clauses in words, most severe outcome first: "Licence required: TPP ≥ 4,800 and interconnect ≥ 600 GB/s". */
export function describeRule(thresholds: readonly ChipRuleThreshold[], lang: Lang = "en"): string[] {
  const t = ui(lang).chips;
  const clauses = new Map<string, ChipRuleThreshold[]>();
  for (const c of thresholds)
    clauses.set(`${c.outcome}|${c.clause}`, [...(clauses.get(`${c.outcome}|${c.clause}`) ?? []), c]);
  return [...clauses.values()]
    .sort((a, b) => CLASSIFICATIONS.indexOf(a[0].outcome) - CLASSIFICATIONS.indexOf(b[0].outcome))
    .map((ts) =>
      t.clause(
        t.classes[ts[0].outcome],
        clauseName(ts[0].clause),
        ts.map((b) => bound(b, lang))
      )
    );
}

/** A clause slug as the regulation writes it: "3a090-a-1" → "3A090.a.1". */
export function clauseName(slug: string): string {
  const [head, ...rest] = slug.split("-");
  return [head.toUpperCase(), ...rest].join(".");
}

/** One threshold of a clause in words: "TPP ≥ 4,800". */
function bound({metric, min, max}: Pick<ChipRuleThreshold, "metric" | "min" | "max">, lang: Lang): string {
  const t = ui(lang).chips;
  const n = (v: number) => chipNumber(v, lang);
  const unit = METRIC_UNIT[metric];
  if (min !== undefined && max !== undefined) return t.between(t.metricShort[metric], n(min), n(max), unit);
  if (min !== undefined) return `${t.metricShort[metric]} ≥ ${n(min)}${unit}`;
  return `${t.metricShort[metric]} < ${n(max!)}${unit}`;
}

/** Why a chip cannot be placed on the axes: the missing figure, in words. */
export function missingReason(p: ChipPoint, y: ChipMetric, lang: Lang = "en"): string | undefined {
  if (placeable(p, y)) return undefined;
  const t = ui(lang).chips;
  const reasons: string[] = [];
  if (p.tpp === undefined) reasons.push(t.noTpp);
  if (y !== "tpp" && p[y] === undefined && !(y === "performance_density" && p.tpp === undefined)) {
    reasons.push(y === "performance_density" ? t.noDensity : t.noFigure(t.metricShort[y]));
  }
  return reasons.length ? reasons.join("; ") : undefined;
}

/** How a chip's plotted figures follow from its sourced specifications, one line per figure. */
export function figureLines(p: ChipPoint, lang: Lang = "en"): string[] {
  const t = ui(lang).chips;
  const n = (v: number) => chipNumber(v, lang);
  const lines: string[] = [];
  if (p.tpp !== undefined) {
    const formula =
      p.dense_tops !== undefined && p.bit_length !== undefined
        ? t.tppFormula(n(p.dense_tops), p.bit_length)
        : undefined;
    lines.push(
      p.tpp_basis === "stated"
        ? t.tppStated(n(p.tpp), formula, formula ? n(p.dense_tops! * p.bit_length!) : undefined)
        : t.tppComputed(n(p.tpp), formula)
    );
  }
  if (p.performance_density !== undefined)
    lines.push(
      (p.die_area_basis === "estimate" ? t.densityEstimated : t.density)(
        n(p.performance_density),
        n(p.tpp!),
        n(p.die_area_mm2!)
      )
    );
  if (p.interconnect_gbps !== undefined) lines.push(t.interconnect(n(p.interconnect_gbps)));
  return lines;
}

/** The first sentence of a derivation note (the rest is in the table below the chart). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.)])\s+(?=[A-ZÄÖÜ])/.exec(text);
  return m ? m[1] : text;
}
