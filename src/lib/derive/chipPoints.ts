// Chips joined with their classes under each rule: the rows the chip chart, the chip tables and the controls page use.
// Pure: no DOM, no Plot.
import {orderedRules, type ChipClassification} from "./chips.js";
import type {Chip, ChipRule, ChipRuleThreshold} from "../schema.js";
import {CHIP_METRICS, type ChipMetric, type Classification} from "../vocab.js";

/** Metrics spanning orders of magnitude get a log axis; transfer rates (which can be 0) a linear one. */
export const LOG_METRICS: ReadonlySet<ChipMetric> = new Set<ChipMetric>(["tpp", "performance_density"]);

/** One chip under one rule, with what a reader needs to check its figures. */
export interface ChipPoint {
  chip_id: string;
  name: string;
  /** The name without the vendor and parenthetical ("A100"), for direct labels. */
  short: string;
  vendor: string;
  market: string;
  rule_id: string;
  rule: string;
  classification: Classification;
  /** The class under the rule before, when it differs. */
  previous_classification?: Classification;
  previous_rule?: string;
  tpp?: number;
  tpp_basis?: string;
  performance_density?: number;
  interconnect_gbps?: number;
  memory_bandwidth_gbps?: number;
  dense_tops?: number;
  bit_length?: number;
  tpp_stated?: number;
  die_area_mm2?: number;
  /** Whether the die area (and so the performance density) is stated by a source or our estimate. */
  die_area_basis?: "stated" | "estimate";
  derivation: string;
  source_ids: string[];
}

/** A chip's short name: the vendor's name and any parenthetical dropped ("NVIDIA A100 (SXM4 80GB)" → "A100"). */
export function shortName(chip: Pick<Chip, "name" | "vendor">): string {
  const vendor = chip.vendor.split(/[\s(]/)[0].toLowerCase();
  const words = chip.name
    .replace(/\s*\([^)]*\)/g, "")
    .trim()
    .split(/\s+/);
  return (words.length > 1 && words[0].toLowerCase() === vendor ? words.slice(1) : words).join(" ");
}

/**
 * The chips under one rule, joined with their specifications and the class under the rule before. Rows come from
 * chip_classes (computed by the loader from chip_rule_thresholds), never typed in.
 */
export function chipPoints(
  rows: readonly ChipClassification[],
  {rule, chips, rules}: {rule: string; chips: readonly Chip[]; rules: readonly ChipRule[]}
): ChipPoint[] {
  const ordered = orderedRules(rules);
  const index = ordered.findIndex((r) => r.id === rule);
  const previous = index > 0 ? ordered[index - 1] : undefined;
  const before = new Map(rows.filter((r) => r.rule_id === previous?.id).map((r) => [r.chip_id, r.classification]));
  const chipById = new Map(chips.map((c) => [c.id, c]));
  return rows
    .filter((r) => r.rule_id === rule)
    .map((r): ChipPoint => {
      const c = chipById.get(r.chip_id);
      const was = before.get(r.chip_id);
      return {
        chip_id: r.chip_id,
        name: c?.name ?? r.chip_id,
        short: c ? shortName(c) : r.chip_id,
        vendor: c?.vendor ?? "",
        market: c?.market ?? "",
        rule_id: r.rule_id,
        rule: ordered[index]?.name ?? r.rule_id,
        classification: r.classification,
        ...(was !== undefined && was !== r.classification
          ? {previous_classification: was, previous_rule: previous?.name}
          : {}),
        tpp: r.tpp,
        tpp_basis: r.tpp_basis,
        performance_density: r.performance_density,
        interconnect_gbps: r.interconnect_gbps,
        memory_bandwidth_gbps: r.memory_bandwidth_gbps,
        dense_tops: c?.dense_tops,
        bit_length: c?.bit_length,
        tpp_stated: c?.tpp_stated,
        die_area_mm2: c?.die_area_mm2,
        die_area_basis: c?.die_area_basis,
        derivation: c?.derivation ?? "",
        source_ids: c?.source_ids ?? []
      };
    });
}

/**
 * The metric to plot against TPP for a rule: the one its thresholds test most after TPP (interconnect for the 2022
 * rule, performance density for the 2023 rule); performance density when the rule tests TPP alone.
 */
export function secondMetric(thresholds: readonly Pick<ChipRuleThreshold, "metric">[]): ChipMetric {
  const counts = new Map<ChipMetric, number>();
  for (const t of thresholds) if (t.metric !== "tpp") counts.set(t.metric, (counts.get(t.metric) ?? 0) + 1);
  let best: ChipMetric = "performance_density";
  let most = 0;
  for (const m of CHIP_METRICS) {
    if ((counts.get(m) ?? 0) <= most) continue;
    best = m;
    most = counts.get(m)!;
  }
  return best;
}

/** Whether a chart can place a chip on TPP × `y`: both figures are known (chipWords.missingReason says which is not). */
export function placeable(p: ChipPoint, y: ChipMetric): boolean {
  return p.tpp !== undefined && p[y] !== undefined;
}

/** The points a chart can place on TPP × `y` (`placeable`). */
export function plottable(points: readonly ChipPoint[], y: ChipMetric): ChipPoint[] {
  return points.filter((p) => placeable(p, y));
}

/** Every source of a rule: the rule's own and its thresholds', each once, in order of first citation. */
export function ruleSourceIds(
  rule: Pick<ChipRule, "source_ids"> | undefined,
  thresholds: readonly Pick<ChipRuleThreshold, "source_ids">[]
): string[] {
  return [...new Set([...(rule?.source_ids ?? []), ...thresholds.flatMap((t) => t.source_ids)])];
}

/** Chips at the same point of the chart with the same class: one dot, one label. */
export interface PointGroup {
  members: ChipPoint[];
  /** TPP. */
  x: number;
  /** The second metric. */
  y: number;
  classification: Classification;
}

/** Groups plottable points (see plottable) by their TPP, `y` figure and class, in order of first appearance. */
export function pointGroups(points: readonly ChipPoint[], y: ChipMetric): PointGroup[] {
  const byPoint = new Map<string, ChipPoint[]>();
  for (const p of points) {
    const key = `${p.tpp}|${p[y]}|${p.classification}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), p]);
  }
  return [...byPoint.values()].map((members) => ({
    members,
    x: members[0].tpp!,
    y: members[0][y] as number,
    classification: members[0].classification
  }));
}
