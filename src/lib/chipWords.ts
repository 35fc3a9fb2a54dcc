// Chip classes, metrics and rules in words: the labels, glyphs and sentences the chip chart, its caption, the chip
// tables and the page share. Pure (no DOM, no Plot): text only.
import type {ChipPoint} from "./derive/chipPoints.js";
import type {ChipRuleThreshold} from "./schema.js";
import {CLASSIFICATIONS, type ChipMarket, type ChipMetric, type Classification} from "./vocab.js";

/** A chip class as a reader says it. */
export const CLASS_LABELS: Record<Classification, string> = {
  "licence-required": "Licence required",
  "case-by-case": "Licence, case-by-case review",
  notification: "Notify (licence exception)",
  unknown: "Unknown (a figure is missing)",
  "not-controlled": "Free to export"
};

/** The same shapes as text, for keys and tables. */
export const CLASS_GLYPHS: Record<Classification, string> = {
  "licence-required": "■",
  "case-by-case": "□",
  notification: "▲",
  unknown: "◆",
  "not-controlled": "●"
};
/** One-word class names for chip labels ("was free"). */
export const CLASS_SHORT: Record<Classification, string> = {
  "licence-required": "licence",
  "case-by-case": "case-by-case",
  notification: "notify",
  unknown: "unknown",
  "not-controlled": "free"
};

/** Who a chip was made for, in words. */
export const MARKET_LABELS: Record<ChipMarket, string> = {
  global: "World market",
  "china-specific": "China (cut-down)",
  "chinese-domestic": "Chinese chip"
};

/** Axis titles of the metrics a rule can test. */
export const METRIC_LABELS: Record<ChipMetric, string> = {
  tpp: "Total processing performance (TPP)",
  performance_density: "Performance density (TPP per mm² of die)",
  interconnect_gbps: "Chip-to-chip interconnect (GB/s)",
  memory_bandwidth_gbps: "Memory bandwidth (GB/s)"
};
/** Short metric names for threshold descriptions. */
export const METRIC_SHORT: Record<ChipMetric, string> = {
  tpp: "TPP",
  performance_density: "performance density",
  interconnect_gbps: "interconnect",
  memory_bandwidth_gbps: "memory bandwidth"
};
/** The unit after a metric's value. */
const METRIC_UNIT: Record<ChipMetric, string> = {
  tpp: "",
  performance_density: "",
  interconnect_gbps: " GB/s",
  memory_bandwidth_gbps: " GB/s"
};
/** A chip figure as the chart and tables print it: "4,800", "1.5". */
export function chipNumber(v: number): string {
  return v.toLocaleString("en-US", {maximumFractionDigits: v < 100 ? 2 : 0});
}

/** A rule's clauses in words, most severe outcome first: "Licence required: TPP ≥ 4,800 and interconnect ≥ 600 GB/s". */
export function describeRule(thresholds: readonly ChipRuleThreshold[]): string[] {
  const clauses = new Map<string, ChipRuleThreshold[]>();
  for (const t of thresholds)
    clauses.set(`${t.outcome}|${t.clause}`, [...(clauses.get(`${t.outcome}|${t.clause}`) ?? []), t]);
  return [...clauses.values()]
    .sort((a, b) => CLASSIFICATIONS.indexOf(a[0].outcome) - CLASSIFICATIONS.indexOf(b[0].outcome))
    .map((ts) => `${CLASS_LABELS[ts[0].outcome]} (${clauseName(ts[0].clause)}): ${ts.map(bound).join(" and ")}`);
}

/** A clause slug as the regulation writes it: "3a090-a-1" → "3A090.a.1". */
export function clauseName(slug: string): string {
  const [head, ...rest] = slug.split("-");
  return [head.toUpperCase(), ...rest].join(".");
}

/** One threshold of a clause in words: "TPP ≥ 4,800". */
function bound({metric, min, max}: Pick<ChipRuleThreshold, "metric" | "min" | "max">): string {
  const unit = METRIC_UNIT[metric];
  if (min !== undefined && max !== undefined)
    return `${METRIC_SHORT[metric]} ${chipNumber(min)}–${chipNumber(max)}${unit} (below ${chipNumber(max)})`;
  if (min !== undefined) return `${METRIC_SHORT[metric]} ≥ ${chipNumber(min)}${unit}`;
  return `${METRIC_SHORT[metric]} < ${chipNumber(max!)}${unit}`;
}

/** Why a chip cannot be placed on the axes: the missing figure, in words. */
export function missingReason(p: ChipPoint, y: ChipMetric): string | undefined {
  const reasons: string[] = [];
  if (p.tpp === undefined) reasons.push("no TPP figure");
  if (y !== "tpp" && p[y] === undefined && !(y === "performance_density" && p.tpp === undefined)) {
    reasons.push(
      y === "performance_density" ? "no performance density (die area not stated)" : `no ${METRIC_SHORT[y]} figure`
    );
  }
  return reasons.length ? reasons.join("; ") : undefined;
}

/** How a chip's plotted figures follow from its sourced specifications, one line per figure. */
export function figureLines(p: ChipPoint): string[] {
  const lines: string[] = [];
  if (p.tpp !== undefined) {
    const formula =
      p.dense_tops !== undefined && p.bit_length !== undefined
        ? `${chipNumber(p.dense_tops)} dense TOPS × ${p.bit_length} bits`
        : undefined;
    lines.push(
      p.tpp_basis === "stated"
        ? `TPP ${chipNumber(p.tpp)} as stated by a source${formula ? ` (${formula} = ${chipNumber(p.dense_tops! * p.bit_length!)})` : ""}`
        : `TPP ${chipNumber(p.tpp)} = ${formula}`
    );
  }
  if (p.performance_density !== undefined)
    lines.push(
      p.die_area_basis === "estimate"
        ? `Performance density ${chipNumber(p.performance_density)} (estimate) = ${chipNumber(p.tpp!)} ÷ ${chipNumber(p.die_area_mm2!)} mm² die (die area estimated, not stated by the maker)`
        : `Performance density ${chipNumber(p.performance_density)} = ${chipNumber(p.tpp!)} ÷ ${chipNumber(p.die_area_mm2!)} mm² die`
    );
  if (p.interconnect_gbps !== undefined) lines.push(`Interconnect ${chipNumber(p.interconnect_gbps)} GB/s`);
  return lines;
}

/** The first sentence of a derivation note (the rest is in the table below the chart). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.)])\s+(?=[A-Z])/.exec(text);
  return m ? m[1] : text;
}
