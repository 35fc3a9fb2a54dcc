// The plane of the chip chart cut into regions by one rule's thresholds, each classified with the loader's own
// classifyChip (so the shading always follows chip_rule_thresholds), and the borders where the class changes. In data
// coordinates; pure.
import {classifyChip, type ChipClassification, type ChipMetrics} from "./chips.js";
import {LOG_METRICS} from "./chipPoints.js";
import type {ChipRuleThreshold} from "../schema.js";
import type {ChipMetric, Classification} from "../vocab.js";

/** One cell of the plane between neighbouring threshold values, with the class the rule gives it. */
export interface RegionCell {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  classification: Classification;
}
/** A vertical border (constant TPP) between cells of different classes. */
export interface VerticalBorder {
  x: number;
  y1: number;
  y2: number;
}
/** A horizontal border (constant second metric) between cells of different classes. */
export interface HorizontalBorder {
  y: number;
  x1: number;
  x2: number;
}

/**
 * The axis extent of a metric over every chip and every rule's thresholds, so stepping through the rules moves the
 * regions, not the chips: padded by a factor of 1.4 on log metrics, from 0 with 12% headroom on linear ones.
 */
export function chipExtent(
  rows: readonly ChipClassification[],
  thresholds: readonly Pick<ChipRuleThreshold, "metric" | "min" | "max">[],
  metric: ChipMetric
): [number, number] {
  const log = LOG_METRICS.has(metric);
  const values = [
    ...rows.map((r) => r[metric as keyof ChipMetrics] as number | undefined),
    ...thresholds.filter((t) => t.metric === metric).flatMap((t) => [t.min, t.max])
  ].filter((v): v is number => v !== undefined && (!log || v > 0));
  if (values.length === 0) return log ? [1, 10] : [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return log ? [lo / 1.4, hi * 1.4] : [0, hi * 1.12];
}

/**
 * Cuts the plane (TPP × `y`) at every threshold value of the two metrics inside the domains, classifies each cell at
 * its midpoint (geometric on log axes), and returns the cells and the borders between cells of different classes,
 * joined where they continue each other.
 */
export function chipRegions(
  thresholds: readonly ChipRuleThreshold[],
  y: ChipMetric,
  xDomain: [number, number],
  yDomain: [number, number]
): {cells: RegionCell[]; vertical: VerticalBorder[]; horizontal: HorizontalBorder[]} {
  const yLog = LOG_METRICS.has(y);
  const cuts = (m: ChipMetric, [lo, hi]: [number, number]) =>
    [
      ...new Set([
        lo,
        hi,
        ...thresholds
          .filter((t) => t.metric === m)
          .flatMap((t) => [t.min, t.max])
          .filter((v): v is number => v !== undefined && v > lo && v < hi)
      ])
    ].sort((a, b) => a - b);
  const xs = cuts("tpp", xDomain);
  const ys = cuts(y, yDomain);
  const mid = (a: number, b: number, log: boolean) => (log ? Math.sqrt(a * b) : (a + b) / 2);
  const grid: Classification[][] = xs
    .slice(1)
    .map((x2, i) =>
      ys.slice(1).map((y2, j) => classifyChip({tpp: mid(xs[i], x2, true), [y]: mid(ys[j], y2, yLog)}, thresholds))
    );
  const cells: RegionCell[] = [];
  grid.forEach((column, i) =>
    column.forEach((c, j) => cells.push({x1: xs[i], x2: xs[i + 1], y1: ys[j], y2: ys[j + 1], classification: c}))
  );
  const vertical: VerticalBorder[] = [];
  for (let i = 1; i < grid.length; i++)
    for (let j = 0; j < ys.length - 1; j++)
      if (grid[i - 1][j] !== grid[i][j]) extendOrPush(vertical, {x: xs[i], y1: ys[j], y2: ys[j + 1]}, "x", "y1", "y2");
  const horizontal: HorizontalBorder[] = [];
  for (let j = 1; j < ys.length - 1; j++)
    for (let i = 0; i < grid.length; i++)
      if (grid[i][j - 1] !== grid[i][j])
        extendOrPush(horizontal, {y: ys[j], x1: xs[i], x2: xs[i + 1]}, "y", "x1", "x2");
  return {cells, vertical, horizontal};
}

/** Adds a border segment, joining it to the previous one when they touch on the same line. */
function extendOrPush<T extends object>(list: T[], seg: T, at: keyof T, from: keyof T, to: keyof T): void {
  const last = list[list.length - 1];
  if (last && last[at] === seg[at] && last[to] === seg[from]) last[to] = seg[to];
  else list.push(seg);
}
