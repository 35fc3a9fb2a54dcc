import * as Plot from "@observablehq/plot";
import {classifyChip, type ChipClassification, type ChipMetrics} from "../lib/derive/chips.js";
import type {Chip, ChipRule, ChipRuleThreshold} from "../lib/schema.js";
import {CLASSIFICATIONS, CHIP_METRICS, type ChipMetric, type Classification} from "../lib/vocab.js";
import {CLASS_COLORS, CLASS_LABELS} from "./theme.js";
import {tidyAria} from "./tidyAria.js";

/** Dot shapes per classification, so the classes differ by shape as well as colour. */
export const CLASS_SYMBOLS: Record<Classification, string> = {
  "licence-required": "square",
  "case-by-case": "square2",
  notification: "triangle",
  unknown: "diamond",
  "not-controlled": "circle"
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
const CLASS_SHORT: Record<Classification, string> = {
  "licence-required": "licence",
  "case-by-case": "case-by-case",
  notification: "notify",
  unknown: "unknown",
  "not-controlled": "free"
};

/** Axis titles of the metrics a rule can test. */
export const METRIC_LABELS: Record<ChipMetric, string> = {
  tpp: "Total processing performance (TPP)",
  performance_density: "Performance density (TPP per mm² of die)",
  interconnect_gbps: "Chip-to-chip interconnect (GB/s)",
  memory_bandwidth_gbps: "Memory bandwidth (GB/s)"
};
/** Short metric names for threshold descriptions. */
const METRIC_SHORT: Record<ChipMetric, string> = {
  tpp: "TPP",
  performance_density: "performance density",
  interconnect_gbps: "interconnect",
  memory_bandwidth_gbps: "memory bandwidth"
};
const METRIC_UNIT: Record<ChipMetric, string> = {
  tpp: "",
  performance_density: "",
  interconnect_gbps: " GB/s",
  memory_bandwidth_gbps: " GB/s"
};
/** Metrics spanning orders of magnitude get a log axis; transfer rates (which can be 0) a linear one. */
const LOG_METRICS = new Set<ChipMetric>(["tpp", "performance_density"]);

const num = (v: number) => v.toLocaleString("en-US", {maximumFractionDigits: v < 100 ? 2 : 0});

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

/** The rules in the order they took effect. */
export function orderedRules<R extends Pick<ChipRule, "id" | "effective">>(rules: readonly R[]): R[] {
  return [...rules].sort((a, b) => a.effective.getTime() - b.effective.getTime() || a.id.localeCompare(b.id));
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

function bound({metric, min, max}: Pick<ChipRuleThreshold, "metric" | "min" | "max">): string {
  const unit = METRIC_UNIT[metric];
  if (min !== undefined && max !== undefined)
    return `${METRIC_SHORT[metric]} ${num(min)}–${num(max)}${unit} (below ${num(max)})`;
  if (min !== undefined) return `${METRIC_SHORT[metric]} ≥ ${num(min)}${unit}`;
  return `${METRIC_SHORT[metric]} < ${num(max!)}${unit}`;
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
        ? `${num(p.dense_tops)} dense TOPS × ${p.bit_length} bits`
        : undefined;
    lines.push(
      p.tpp_basis === "stated"
        ? `TPP ${num(p.tpp)} as stated by a source${formula ? ` (${formula} = ${num(p.dense_tops! * p.bit_length!)})` : ""}`
        : `TPP ${num(p.tpp)} = ${formula}`
    );
  }
  if (p.performance_density !== undefined)
    lines.push(`Performance density ${num(p.performance_density)} = ${num(p.tpp!)} ÷ ${num(p.die_area_mm2!)} mm² die`);
  if (p.interconnect_gbps !== undefined) lines.push(`Interconnect ${num(p.interconnect_gbps)} GB/s`);
  return lines;
}

/** The first sentence of a derivation note (the rest is in the table below the chart). */
function firstSentence(text: string): string {
  const m = /^(.+?[.)])\s+(?=[A-Z])/.exec(text);
  return m ? m[1] : text;
}

/** Options of the chip-threshold chart. */
export interface ChipThresholdsOptions {
  width?: number;
  height?: number;
  /** The id of the rule to draw (chip_rules.id); defaults to the latest rule. */
  rule?: string;
  chips: readonly Chip[];
  rules: readonly ChipRule[];
  thresholds: readonly ChipRuleThreshold[];
}

interface Cell {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  classification: Classification;
}
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Placed {
  x: number;
  y: number;
  text: string;
  anchor: "start" | "middle" | "end";
  classification?: Classification;
}

/**
 * Named chips against one control rule's thresholds: x = TPP, y = the other metric the rule tests (log axes where the
 * metric spans orders of magnitude). The plane is shaded by the class the rule gives each region, computed by
 * classifying each cell between the rule's threshold values with the same code the loader uses (so the shading always
 * follows chip_rule_thresholds); region borders are drawn where the class changes and labelled with the threshold
 * values. Each chip is a dot coloured and shaped by its class, labelled with its name (and its class under the rule
 * before when it moved); the tooltip derives each plotted figure from the chip's specifications. Chips missing a
 * plotted figure are listed in the caption, not dropped.
 */
export function chipThresholds(
  rows: readonly ChipClassification[],
  {width = 640, height, rule, chips, rules, thresholds}: ChipThresholdsOptions
): HTMLElement | SVGSVGElement {
  const ordered = orderedRules(rules);
  const ruleId = rule ?? ordered[ordered.length - 1]?.id ?? "";
  const ruleRow = ordered.find((r) => r.id === ruleId);
  const own = thresholds.filter((t) => t.rule_id === ruleId);
  const y = secondMetric(own);
  const points = chipPoints(rows, {rule: ruleId, chips, rules});
  const plotted = points.filter((p) => missingReason(p, y) === undefined);
  const missing = points.filter((p) => missingReason(p, y) !== undefined);
  const narrow = width < 560;
  const h = height ?? Math.round(Math.max(360, Math.min(520, width * 0.56)));
  const margin = {top: 40, right: narrow ? 40 : 52, bottom: 44, left: narrow ? 44 : 56};

  // Domains are shared by every rule (all chips, all rules' thresholds), so stepping through the rules moves the
  // regions, not the chips.
  const extent = (m: ChipMetric): [number, number] => {
    const values = [
      ...rows.map((r) => r[m as keyof ChipMetrics] as number | undefined),
      ...thresholds.filter((t) => t.metric === m).flatMap((t) => [t.min, t.max])
    ].filter((v): v is number => v !== undefined && (!LOG_METRICS.has(m) || v > 0));
    if (values.length === 0) return LOG_METRICS.has(m) ? [1, 10] : [0, 1];
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return LOG_METRICS.has(m) ? [lo / 1.4, hi * 1.4] : [0, hi * 1.12];
  };
  const xDomain = extent("tpp");
  const yDomain = extent(y);
  const yLog = LOG_METRICS.has(y);
  const xOptions = {type: "log" as const, domain: xDomain, range: [margin.left, width - margin.right]};
  const yOptions = {
    type: yLog ? ("log" as const) : ("linear" as const),
    domain: yDomain,
    range: [h - margin.bottom, margin.top]
  };
  const sx = Plot.scale({x: xOptions});
  const sy = Plot.scale({y: yOptions});
  const px = (v: number) => sx.apply(v) as number;
  const py = (v: number) => sy.apply(v) as number;

  // The regions: cut the plane at every threshold value of the two plotted metrics, classify each cell's midpoint.
  const cuts = (m: ChipMetric, [lo, hi]: [number, number]) =>
    [
      ...new Set([
        lo,
        hi,
        ...own
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
      ys.slice(1).map((y2, j) => classifyChip({tpp: mid(xs[i], x2, true), [y]: mid(ys[j], y2, yLog)}, own))
    );
  const cells: Cell[] = [];
  grid.forEach((column, i) =>
    column.forEach((c, j) => cells.push({x1: xs[i], x2: xs[i + 1], y1: ys[j], y2: ys[j + 1], classification: c}))
  );
  const vertical: {x: number; y1: number; y2: number}[] = [];
  for (let i = 1; i < grid.length; i++)
    for (let j = 0; j < ys.length - 1; j++)
      if (grid[i - 1][j] !== grid[i][j]) extendOrPush(vertical, {x: xs[i], y1: ys[j], y2: ys[j + 1]}, "x", "y1", "y2");
  const horizontal: {y: number; x1: number; x2: number}[] = [];
  for (let j = 1; j < ys.length - 1; j++)
    for (let i = 0; i < grid.length; i++)
      if (grid[i][j - 1] !== grid[i][j])
        extendOrPush(horizontal, {y: ys[j], x1: xs[i], x2: xs[i + 1]}, "y", "x1", "x2");
  const xCuts = [...new Set(vertical.map((s) => s.x))];
  const yCuts = [...new Set(horizontal.map((s) => s.y))];
  const hidden = describeRule(own.filter((t) => t.metric !== "tpp" && t.metric !== y)).map((s) => s.split(":")[0]);

  // Threshold values above the frame, on a second row where two would touch.
  const topLabels: {x: number; text: string; row: number}[] = [];
  for (const x of xCuts.sort((a, b) => a - b)) {
    const prev = topLabels[topLabels.length - 1];
    const touches = prev && prev.row === 0 && px(x) - px(prev.x) < (num(x).length + prev.text.length) * 3.3 + 6;
    topLabels.push({x, text: num(x), row: touches ? 1 : 0});
  }

  // Direct labels: chips at the same point share one dot and one label; each label takes the first free spot around its
  // dot (right, left, above, below), then the region labels take a free corner of their largest region.
  const byPoint = new Map<string, ChipPoint[]>();
  for (const p of plotted)
    byPoint.set(`${p.tpp}|${p[y]}|${p.classification}`, [
      ...(byPoint.get(`${p.tpp}|${p[y]}|${p.classification}`) ?? []),
      p
    ]);
  const groups = [...byPoint.values()].map((members) => ({
    members,
    x: members[0].tpp!,
    y: members[0][y] as number,
    classification: members[0].classification
  }));
  const frame: Box = {left: margin.left, top: margin.top, right: width - margin.right, bottom: h - margin.bottom};
  const dotBox = new Map(
    groups.map((g) => [g, {left: px(g.x) - 7, right: px(g.x) + 7, top: py(g.y) - 7, bottom: py(g.y) + 7}])
  );
  const taken: Box[] = [...dotBox.values()];
  const placed: Placed[] = [];
  const fontSize = 11;
  const textBox = (lines: string[], size = fontSize) => ({
    w: Math.max(...lines.map((l) => l.length)) * size * 0.62,
    h: lines.length * size * 1.2
  });
  for (const g of [...groups].sort((a, b) => a.x - b.x || a.y - b.y)) {
    // On a phone the "(was …)" notes do not fit beside the dots: the tooltip and the table below still give them.
    const lines = g.members.map(
      (m) =>
        `${m.short}${m.previous_classification && width >= 560 ? ` (was ${CLASS_SHORT[m.previous_classification]})` : ""}`
    );
    const {w, h: th} = textBox(lines);
    const cx = px(g.x);
    const cy = py(g.y);
    // Around the dot: right, left, above, below, then the diagonals, then the same a little further out.
    const candidates: (Placed & {box: Box})[] = [9, 18].flatMap((d) =>
      (
        [
          [d, 0, "start"],
          [-d, 0, "end"],
          [0, -d, "middle"],
          [0, d, "middle"],
          [d - 2, -d + 2, "start"],
          [d - 2, d - 2, "start"],
          [-d + 2, -d + 2, "end"],
          [-d + 2, d - 2, "end"]
        ] as const
      ).map(([dx, dy, anchor]) => {
        const left = anchor === "start" ? cx + dx : anchor === "end" ? cx + dx - w : cx - w / 2;
        const top = dy < 0 ? cy + dy - th : dy > 0 ? cy + dy : cy - th / 2;
        return {x: cx + dx, y: top + th / 2, anchor, text: "", box: {left, right: left + w, top, bottom: top + th}};
      })
    );
    const self = dotBox.get(g);
    const cost = (b: Box) =>
      (inside(b, frame) ? 0 : 1e6) + taken.filter((t) => t !== self).reduce((sum, t) => sum + overlap(b, t), 0);
    const best = candidates.reduce((a, b) => (cost(b.box) < cost(a.box) ? b : a));
    placed.push({x: best.x, y: best.y, anchor: best.anchor, text: lines.join("\n")});
    taken.push(best.box);
  }
  const regionLabels: Placed[] = [];
  for (const c of CLASSIFICATIONS) {
    // One line if it fits in a region, else two ("▲ Notify" / "(licence exception)"). A region is "unknown" only
    // when the rule also tests a figure that is not on these axes (e.g. memory bandwidth): say that, not "missing".
    const full =
      c === "unknown"
        ? `${CLASS_GLYPHS[c]} Depends on a figure (not on these axes)`
        : `${CLASS_GLYPHS[c]} ${CLASS_LABELS[c]}`;
    const layouts = [
      [full],
      full.includes(" (") ? [full.slice(0, full.indexOf(" (")), full.slice(full.indexOf(" (") + 1)] : [full]
    ];
    const regions = cells.filter((cell) => cell.classification === c).sort((a, b) => area(b) - area(a));
    let spot: (Placed & {box: Box}) | undefined;
    for (const lines of layouts) {
      const {w, h: th} = textBox(lines);
      const text = lines.join("\n");
      spot = regions
        .flatMap((cell) => {
          const [l, r, t, b] = [px(cell.x1) + 5, px(cell.x2) - 5, py(cell.y2) + 4, py(cell.y1) - 4];
          return [
            {x: l, y: t + th / 2, anchor: "start" as const, text, box: {left: l, right: l + w, top: t, bottom: t + th}},
            {x: r, y: t + th / 2, anchor: "end" as const, text, box: {left: r - w, right: r, top: t, bottom: t + th}},
            {x: l, y: b - th / 2, anchor: "start" as const, text, box: {left: l, right: l + w, top: b - th, bottom: b}},
            {x: r, y: b - th / 2, anchor: "end" as const, text, box: {left: r - w, right: r, top: b - th, bottom: b}}
          ].filter((s) =>
            inside(s.box, {left: px(cell.x1), right: px(cell.x2), top: py(cell.y2), bottom: py(cell.y1)})
          );
        })
        .find((s) => taken.every((t) => overlap(s.box, t) === 0));
      if (spot) break;
    }
    if (spot) {
      regionLabels.push({x: spot.x, y: spot.y, anchor: spot.anchor, text: spot.text, classification: c});
      taken.push(spot.box);
    }
  }
  function area(cell: Cell): number {
    return (px(cell.x2) - px(cell.x1)) * (py(cell.y1) - py(cell.y2));
  }
  const inData = (l: Placed) => ({...l, dx: sx.invert!(l.x) as number, dy: sy.invert!(l.y) as number});
  const textMarks = (labels: Placed[], options: Plot.TextOptions) =>
    (["start", "middle", "end"] as const).map((anchor) =>
      Plot.text(labels.filter((l) => l.anchor === anchor).map(inData), {
        x: "dx",
        y: "dy",
        text: "text",
        textAnchor: anchor,
        lineAnchor: "middle",
        ...options
      })
    );

  const ticks = (domain: [number, number]) => {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(domain[0])); e <= Math.ceil(Math.log10(domain[1])); e++)
      for (const k of [1, 2, 5]) out.push(k * 10 ** e);
    return out.filter((v) => v >= domain[0] && v <= domain[1]);
  };
  const ruleName = ruleRow?.name ?? ruleId;
  const clauses = describeRule(own);
  return tidyAria(
    Plot.plot({
      width,
      height: h,
      marginTop: margin.top,
      marginRight: margin.right,
      marginBottom: margin.bottom,
      marginLeft: margin.left,
      x: {
        ...xOptions,
        ticks: ticks(xDomain),
        tickFormat: num,
        label: `${METRIC_LABELS.tpp}, log scale →`,
        labelAnchor: "right",
        labelArrow: "none"
      },
      y: {
        ...yOptions,
        ...(yLog ? {ticks: ticks(yDomain)} : {}),
        tickFormat: num,
        label: `↑ ${METRIC_LABELS[y]}${yLog ? ", log scale" : ""}`,
        labelArrow: "none"
      },
      color: {domain: [...CLASSIFICATIONS], range: CLASSIFICATIONS.map((c) => CLASS_COLORS[c])},
      symbol: {domain: [...CLASSIFICATIONS], range: CLASSIFICATIONS.map((c) => CLASS_SYMBOLS[c])},
      ariaLabel: `AI chips against the thresholds of ${ruleName}: TPP against ${METRIC_SHORT[y]}`,
      ariaDescription:
        `${ruleName}. ${clauses.join(". ")}. ` +
        points
          .map(
            (p) =>
              `${p.name}: ${CLASS_LABELS[p.classification]}${p.previous_classification ? ` (was ${CLASS_LABELS[p.previous_classification]})` : ""}.`
          )
          .join(" ") +
        (missing.length ? ` Not plotted for a missing figure: ${missing.map((p) => p.name).join(", ")}.` : ""),
      caption: caption(missing, y, hidden),
      marks: [
        Plot.rect(cells, {x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "classification", fillOpacity: 0.15}),
        Plot.frame({stroke: "currentColor", strokeOpacity: 0.25}),
        Plot.ruleX(vertical, {
          x: "x",
          y1: "y1",
          y2: "y2",
          stroke: "currentColor",
          strokeOpacity: 0.7,
          strokeDasharray: "5,3"
        }),
        Plot.ruleY(horizontal, {
          y: "y",
          x1: "x1",
          x2: "x2",
          stroke: "currentColor",
          strokeOpacity: 0.7,
          strokeDasharray: "5,3"
        }),
        Plot.text(
          topLabels.filter((l) => l.row === 0),
          {x: "x", y: yDomain[1], text: "text", dy: -6, lineAnchor: "bottom", fontSize: 10, fill: "currentColor"}
        ),
        Plot.text(
          topLabels.filter((l) => l.row === 1),
          {x: "x", y: yDomain[1], text: "text", dy: -18, lineAnchor: "bottom", fontSize: 10, fill: "currentColor"}
        ),
        Plot.text(yCuts, {
          x: xDomain[1],
          y: (v: number) => v,
          text: (v: number) => num(v),
          dx: 4,
          textAnchor: "start",
          fontSize: 10,
          fill: "currentColor"
        }),
        ...textMarks(regionLabels, {
          fill: (l: Placed) => CLASS_COLORS[l.classification!],
          fontWeight: "bold",
          fontSize,
          stroke: "var(--theme-background)",
          strokeWidth: 3,
          paintOrder: "stroke"
        }),
        Plot.dot(groups, {
          x: "x",
          y: "y",
          symbol: "classification",
          fill: "classification",
          r: 6,
          stroke: "var(--theme-background)",
          strokeWidth: 1.2
        }),
        ...textMarks(placed, {
          fill: "currentColor",
          fontSize,
          stroke: "var(--theme-background)",
          strokeWidth: 3,
          paintOrder: "stroke"
        }),
        Plot.tip(
          groups,
          Plot.pointer({
            x: "x",
            y: "y",
            lineWidth: 38,
            fontSize: 11,
            title: (g: (typeof groups)[number]) =>
              g.members
                .map((p) =>
                  [
                    `${p.name} (${p.vendor}) — ${CLASS_LABELS[p.classification]}`,
                    p.previous_classification
                      ? `Was ${CLASS_LABELS[p.previous_classification]} under ${p.previous_rule}`
                      : null,
                    ...figureLines(p),
                    g.members.length > 1
                      ? `Source note: ${firstSentence(p.derivation)}`
                      : `Source note: ${p.derivation}`
                  ]
                    .filter(Boolean)
                    .join("\n")
                )
                .join("\n\n") + (g.members.length > 1 ? "\n\nFull derivations in the table below." : "")
          })
        )
      ]
    })
  );
}

/** The caption: the key to shapes and colours, clauses the two axes cannot show, and the chips that could not be placed. */
function caption(missing: readonly ChipPoint[], y: ChipMetric, hidden: readonly string[]): HTMLElement {
  const el = (tag: string, text?: string, className?: string) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  };
  const root = el("div", undefined, "hf-chip-caption");
  const key = el("div", undefined, "hf-chip-key");
  for (const c of CLASSIFICATIONS) {
    const item = el("span");
    const glyph = el("span", CLASS_GLYPHS[c]);
    glyph.style.color = CLASS_COLORS[c];
    glyph.setAttribute("aria-hidden", "true");
    item.append(glyph, ` ${CLASS_LABELS[c]}`);
    key.append(item, " ");
  }
  key.append(el("span", "Dashed lines: the rule's thresholds. (was …): the chip's class under the rule before."));
  root.append(key);
  if (hidden.length) root.append(el("div", `Not drawn (also tests a metric off these axes): ${hidden.join("; ")}.`));
  if (missing.length) {
    const list = el("div", "Not plotted, a figure is missing: ");
    missing.forEach((p, i) => {
      if (i) list.append("; ");
      list.append(
        el("strong", p.name),
        ` (${missingReason(p, y)}; computed: ${CLASS_LABELS[p.classification]}${p.classification === "not-controlled" ? "*" : ""})`
      );
    });
    list.append(".");
    if (missing.some((p) => p.classification === "not-controlled"))
      list.append(" *Unverified: a missing figure cannot be shown to meet a threshold.");
    root.append(list);
  }
  return root;
}

function inside(b: Box, f: Box): boolean {
  return b.left >= f.left - 0.5 && b.right <= f.right + 0.5 && b.top >= f.top - 0.5 && b.bottom <= f.bottom + 0.5;
}

function overlap(a: Box, b: Box): number {
  return (
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))
  );
}

/** Adds a border segment, joining it to the previous one when they touch on the same line. */
function extendOrPush<T extends Record<string, number>>(
  list: T[],
  seg: T,
  at: keyof T,
  from: keyof T,
  to: keyof T
): void {
  const last = list[list.length - 1];
  if (last && last[at] === seg[at] && last[to] === seg[from]) (last as Record<keyof T, number>)[to] = seg[to];
  else list.push(seg);
}
