import type {Chip, ChipRule, ChipRuleThreshold} from "../schema.js";
import {RULE_OUTCOMES, type ChipMetric, type Classification} from "../vocab.js";

/** The parameters control rules test, computed from a chip's sourced specifications. */
export interface ChipMetrics {
  tpp?: number;
  /** "stated" when a source gives TPP, "derived" when computed as dense TOPS × bit length. */
  tpp_basis?: "stated" | "derived";
  performance_density?: number;
  interconnect_gbps?: number;
  memory_bandwidth_gbps?: number;
}

/**
 * Computes the metrics of a chip. TPP (total processing performance, BIS ECCN 3A090) is 2 × MacTOPS × bit length,
 * which equals dense (non-sparse) TOPS × bit length; a TPP stated by a source wins over the derivation. Performance
 * density is TPP ÷ applicable die area.
 */
export function chipMetrics(chip: Chip): ChipMetrics {
  const derived =
    chip.dense_tops !== undefined && chip.bit_length !== undefined ? chip.dense_tops * chip.bit_length : undefined;
  const tpp = chip.tpp_stated ?? derived;
  return {
    tpp,
    tpp_basis: chip.tpp_stated !== undefined ? "stated" : derived !== undefined ? "derived" : undefined,
    performance_density: tpp !== undefined && chip.die_area_mm2 !== undefined ? tpp / chip.die_area_mm2 : undefined,
    interconnect_gbps: chip.interconnect_gbps,
    memory_bandwidth_gbps: chip.memory_bandwidth_gbps
  };
}

/** A clause's verdict: all conditions met, one failed on a known figure, or undecided for lack of a figure. */
function clauseVerdict(
  metrics: ChipMetrics,
  conditions: readonly ChipRuleThreshold[]
): "holds" | "fails" | "undecided" {
  let missing = false;
  for (const {metric, min, max} of conditions) {
    const value = metrics[metric as ChipMetric];
    if (value === undefined) missing = true;
    else if ((min !== undefined && value < min) || (max !== undefined && value >= max)) return "fails";
  }
  return missing ? "undecided" : "holds";
}

/**
 * Classifies a chip under one rule, most severe outcome first: an outcome applies when all conditions of one of its
 * clauses hold (conditions ANDed, clauses ORed). When a clause of an outcome can be neither confirmed nor ruled out
 * because the data lack a figure, the answer is "unknown" rather than a guess; a chip no clause can catch is
 * "not-controlled".
 */
export function classifyChip(metrics: ChipMetrics, thresholds: readonly ChipRuleThreshold[]): Classification {
  for (const outcome of RULE_OUTCOMES) {
    const clauses = new Map<string, ChipRuleThreshold[]>();
    for (const t of thresholds) if (t.outcome === outcome) clauses.set(t.clause, [...(clauses.get(t.clause) ?? []), t]);
    const verdicts = [...clauses.values()].map((conditions) => clauseVerdict(metrics, conditions));
    if (verdicts.includes("holds")) return outcome;
    if (verdicts.includes("undecided")) return "unknown";
  }
  return "not-controlled";
}

/** The rules in the order they took effect. */
export function orderedRules<R extends Pick<ChipRule, "id" | "effective">>(rules: readonly R[]): R[] {
  return [...rules].sort((a, b) => a.effective.getTime() - b.effective.getTime() || a.id.localeCompare(b.id));
}

/** One chip under one rule. */
export interface ChipClassification extends ChipMetrics {
  chip_id: string;
  rule_id: string;
  rule_effective: Date;
  classification: Classification;
}

/** Every chip under every rule, in rule then chip order. */
export function classifyAll(
  chips: readonly Chip[],
  rules: readonly ChipRule[],
  thresholds: readonly ChipRuleThreshold[]
): ChipClassification[] {
  const rows: ChipClassification[] = [];
  for (const rule of orderedRules(rules)) {
    const own = thresholds.filter((t) => t.rule_id === rule.id);
    for (const chip of [...chips].sort((a, b) => a.id.localeCompare(b.id))) {
      const metrics = chipMetrics(chip);
      rows.push({
        chip_id: chip.id,
        rule_id: rule.id,
        rule_effective: rule.effective,
        ...metrics,
        classification: classifyChip(metrics, own)
      });
    }
  }
  return rows;
}
