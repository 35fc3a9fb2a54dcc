// Each chip's class under each rule, and which chips moved between rules: the table on the controls page. Pure.
import {ui, type Lang} from "../i18n/index.js";
import type {Chip, ChipRule, ChipRuleThreshold} from "../schema.js";
import type {ChipMetric, Classification} from "../vocab.js";
import {orderedRules, type ChipClassification} from "./chips.js";

/** A chip's class under one rule, in words. */
export interface ChipClassText {
  classification: Classification;
  /** The class's label; "Free to export" on a chip lacking a figure the rule tests says it is unverified. */
  text: string;
}

/** One chip across every rule. */
export interface ChipMatrixRow {
  chip_id: string;
  chip: string;
  vendor: string;
  /** Who the chip was made for, in words. */
  market: string;
  /** The chip's class under each rule, by rule id (absent when the data classify it under none). */
  classes: Record<string, ChipClassText | undefined>;
  /** Every move between consecutive rules: "Free to export → Licence required (October 2023 rule)", joined by "; ". */
  moved: string;
}

/**
 * Every chip's class under every rule, chips ordered by vendor, then TPP under the latest rule, then name. A chip
 * classified "free to export" that lacks a figure the rule tests is only "not shown to be controlled": its text says so
 * ("unverified: no interconnect figure"), and such a class is still compared as "not-controlled" for moves. The words
 * are in `lang` (English by default).
 */
export function chipMatrix(
  rows: readonly ChipClassification[],
  {
    chips,
    rules,
    thresholds,
    lang = "en"
  }: {chips: readonly Chip[]; rules: readonly ChipRule[]; thresholds: readonly ChipRuleThreshold[]; lang?: Lang}
): ChipMatrixRow[] {
  const {classes: CLASS_LABELS, markets: MARKET_LABELS, metricShort: METRIC_SHORT, unverified} = ui(lang).chips;
  const ordered = orderedRules(rules);
  const latest = ordered[ordered.length - 1]?.id ?? "";
  const byKey = new Map(rows.map((r) => [`${r.chip_id}|${r.rule_id}`, r]));
  const tested = new Map(
    ordered.map((r) => [r.id, [...new Set(thresholds.filter((t) => t.rule_id === r.id).map((t) => t.metric))]])
  );
  const classText = (chipId: string, ruleId: string): ChipClassText | undefined => {
    const row = byKey.get(`${chipId}|${ruleId}`);
    if (!row) return undefined;
    const missing = (tested.get(ruleId) ?? []).filter((m: ChipMetric) => row[m as keyof typeof row] === undefined);
    const isUnverified = row.classification === "not-controlled" && missing.length > 0;
    return {
      classification: row.classification,
      text: CLASS_LABELS[row.classification] + (isUnverified ? unverified(missing.map((m) => METRIC_SHORT[m])) : "")
    };
  };
  const tpp = (chipId: string) => byKey.get(`${chipId}|${latest}`)?.tpp ?? 0;
  return [...chips]
    .sort((a, b) => a.vendor.localeCompare(b.vendor) || tpp(a.id) - tpp(b.id) || a.name.localeCompare(b.name))
    .map((c) => {
      const classes = ordered.map((r) => classText(c.id, r.id));
      const moves = classes.flatMap((k, i) => {
        const before = classes[i - 1];
        return i > 0 && k && before && k.classification !== before.classification
          ? [`${before.text} → ${k.text} (${ordered[i].name})`]
          : [];
      });
      return {
        chip_id: c.id,
        chip: c.name,
        vendor: c.vendor,
        market: MARKET_LABELS[c.market as keyof typeof MARKET_LABELS] ?? c.market,
        classes: Object.fromEntries(ordered.map((r, i) => [r.id, classes[i]])),
        moved: moves.join("; ")
      };
    });
}

/** The matrix as flat rows for a CSV download: one column per rule (its id) holding the class text. */
export function chipMatrixRecords(
  matrix: readonly ChipMatrixRow[],
  rules: readonly Pick<ChipRule, "id">[]
): Record<string, string>[] {
  return matrix.map(({classes, ...row}) => ({
    ...row,
    ...Object.fromEntries(rules.map((r) => [r.id, classes[r.id]?.text ?? ""]))
  }));
}
