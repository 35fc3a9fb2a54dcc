// The chip chart: named chips against one export-control rule's thresholds. Marks and layout only: the rows come
// from src/lib/derive/chipPoints.ts, the regions from chipRegions.ts, the words from src/lib/chipWords.ts, the label
// positions from src/lib/labelPlacement.ts and the caption from chipKey.ts.
import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {CLASS_GLYPHS, chipNumber, describeRule, figureLines, firstSentence, missingReason} from "../lib/chipWords.js";
import {ui, type Lang} from "../lib/i18n/index.js";
import {chipPoints, LOG_METRICS, plottable, pointGroups, secondMetric} from "../lib/derive/chipPoints.js";
import {chipExtent, chipRegions, type RegionCell} from "../lib/derive/chipRegions.js";
import {orderedRules, type ChipClassification} from "../lib/derive/chips.js";
import {placeBesidePoint, placeInRegion, textBox, textWidth, type Box} from "../lib/labelPlacement.js";
import type {Chip, ChipRule, ChipRuleThreshold} from "../lib/schema.js";
import {CLASSIFICATIONS, type Classification} from "../lib/vocab.js";
import {chipCaption} from "./chipKey.js";
import {CLASS_COLORS} from "./theme.js";
import {tidyAria} from "./tidyAria.js";
import {chartHeight} from "../lib/chartHeights.js";

/** Dot shapes per classification, so the classes differ by shape as well as colour. */
export const CLASS_SYMBOLS: Record<Classification, string> = {
  "licence-required": "square",
  "case-by-case": "square2",
  notification: "triangle",
  unknown: "diamond",
  "not-controlled": "circle"
};
/** Options of the chip-threshold chart. */
export interface ChipThresholdsOptions extends PlotPassThrough {
  width?: number;
  height?: number;
  /** The id of the rule to draw (chip_rules.id); defaults to the latest rule. */
  rule?: string;
  chips: readonly Chip[];
  rules: readonly ChipRule[];
  thresholds: readonly ChipRuleThreshold[];
  /** The language of the chart's words and numbers (English by default). */
  lang?: Lang;
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
  {width = 640, height, rule, chips, rules, thresholds, lang = "en", ...options}: ChipThresholdsOptions
): HTMLElement | SVGSVGElement {
  const t = ui(lang).chips;
  const {classes: CLASS_LABELS, classShort: CLASS_SHORT, metrics: METRIC_LABELS, metricShort: METRIC_SHORT} = t;
  const num = (v: number) => chipNumber(v, lang);
  const ordered = orderedRules(rules);
  const ruleId = rule ?? ordered[ordered.length - 1]?.id ?? "";
  const ruleRow = ordered.find((r) => r.id === ruleId);
  const own = thresholds.filter((t) => t.rule_id === ruleId);
  const y = secondMetric(own);
  const points = chipPoints(rows, {rule: ruleId, chips, rules});
  const plotted = plottable(points, y);
  const missing = points.filter((p) => missingReason(p, y, lang) !== undefined);
  const narrow = width < 560;
  const h = height ?? chartHeight("chipThresholds", width);
  const margin = {top: 40, right: narrow ? 40 : 52, bottom: 44, left: narrow ? 44 : 56};

  // Domains are shared by every rule (all chips, all rules' thresholds), so stepping through the rules moves the
  // regions, not the chips.
  const xDomain = chipExtent(rows, thresholds, "tpp");
  const yDomain = chipExtent(rows, thresholds, y);
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

  // The regions and their borders, classified with the loader's own code.
  const {cells, vertical, horizontal} = chipRegions(own, y, xDomain, yDomain);
  const xCuts = [...new Set(vertical.map((s) => s.x))];
  const yCuts = [...new Set(horizontal.map((s) => s.y))];
  const hidden = describeRule(
    own.filter((c) => c.metric !== "tpp" && c.metric !== y),
    lang
  ).map((s) => s.split(":")[0]);

  // Threshold values above the frame (centred on their border), on a second row where two would touch.
  const topLabels: {x: number; text: string; row: number}[] = [];
  for (const x of xCuts.sort((a, b) => a - b)) {
    const prev = topLabels[topLabels.length - 1];
    const room = prev ? (textWidth(num(x), 10) + textWidth(prev.text, 10)) / 2 + 6 : 0;
    topLabels.push({x, text: num(x), row: prev && prev.row === 0 && px(x) - px(prev.x) < room ? 1 : 0});
  }

  // Direct labels: chips at the same point share one dot and one label; each label takes the first free spot around its
  // dot (right, left, above, below), then the region labels take a free corner of their largest region.
  const groups = pointGroups(plotted, y);
  const frame: Box = {left: margin.left, top: margin.top, right: width - margin.right, bottom: h - margin.bottom};
  const dotBox = new Map(
    groups.map((g) => [g, {left: px(g.x) - 7, right: px(g.x) + 7, top: py(g.y) - 7, bottom: py(g.y) + 7}])
  );
  const taken: Box[] = [...dotBox.values()];
  const placed: Placed[] = [];
  const fontSize = 11;
  for (const g of [...groups].sort((a, b) => a.x - b.x || a.y - b.y)) {
    // On a phone the "(was …)" notes do not fit beside the dots: the tooltip and the table below still give them.
    const lines = g.members.map(
      (m) =>
        `${m.short}${m.previous_classification && width >= 560 ? t.was(CLASS_SHORT[m.previous_classification]) : ""}`
    );
    const spot = placeBesidePoint({x: px(g.x), y: py(g.y)}, textBox(lines, fontSize), {
      frame,
      taken,
      self: dotBox.get(g)
    });
    placed.push({x: spot.x, y: spot.y, anchor: spot.anchor, text: lines.join("\n")});
  }
  const regionLabels: Placed[] = [];
  for (const c of CLASSIFICATIONS) {
    // One line if it fits in a region, else two ("▲ Notify" / "(licence exception)"). A region is "unknown" only
    // when the rule also tests a figure that is not on these axes (e.g. memory bandwidth): say that, not "missing".
    const full = c === "unknown" ? `${CLASS_GLYPHS[c]} ${t.dependsOnFigure}` : `${CLASS_GLYPHS[c]} ${CLASS_LABELS[c]}`;
    const layouts = [
      [full],
      full.includes(" (") ? [full.slice(0, full.indexOf(" (")), full.slice(full.indexOf(" (") + 1)] : [full]
    ];
    const regions = cells
      .filter((cell) => cell.classification === c)
      .sort((a, b) => area(b) - area(a))
      .map(cellBox);
    for (const lines of layouts) {
      const spot = placeInRegion(regions, textBox(lines, fontSize, "bold"), {taken});
      if (spot) {
        regionLabels.push({x: spot.x, y: spot.y, anchor: spot.anchor, text: lines.join("\n"), classification: c});
        break;
      }
    }
  }
  function cellBox(cell: RegionCell): Box {
    return {left: px(cell.x1), right: px(cell.x2), top: py(cell.y2), bottom: py(cell.y1)};
  }
  function area(cell: RegionCell): number {
    return (px(cell.x2) - px(cell.x1)) * (py(cell.y1) - py(cell.y2));
  }
  const inData = (l: Placed) => ({...l, dx: sx.invert!(l.x) as number, dy: sy.invert!(l.y) as number});
  const textMarks = (labels: Placed[], textOptions: Plot.TextOptions) =>
    (["start", "middle", "end"] as const).map((anchor) =>
      Plot.text(labels.filter((l) => l.anchor === anchor).map(inData), {
        x: "dx",
        y: "dy",
        text: "text",
        textAnchor: anchor,
        lineAnchor: "middle",
        ...textOptions
      })
    );

  const ticks = (domain: [number, number]) => {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(domain[0])); e <= Math.ceil(Math.log10(domain[1])); e++)
      for (const k of [1, 2, 5]) out.push(k * 10 ** e);
    return out.filter((v) => v >= domain[0] && v <= domain[1]);
  };
  const ruleName = ruleRow?.name ?? ruleId;
  const clauses = describeRule(own, lang);
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
        label: t.xLabel(METRIC_LABELS.tpp),
        labelAnchor: "right",
        labelArrow: "none"
      },
      y: {
        ...yOptions,
        ...(yLog ? {ticks: ticks(yDomain)} : {}),
        tickFormat: num,
        label: t.yLabel(METRIC_LABELS[y], yLog),
        labelArrow: "none"
      },
      color: {domain: [...CLASSIFICATIONS], range: CLASSIFICATIONS.map((c) => CLASS_COLORS[c])},
      symbol: {domain: [...CLASSIFICATIONS], range: CLASSIFICATIONS.map((c) => CLASS_SYMBOLS[c])},
      ariaLabel: t.ariaLabel(ruleName, METRIC_SHORT[y]),
      ariaDescription:
        `${ruleName}. ${clauses.join(". ")}. ` +
        points
          .map((p) =>
            t.ariaChip(
              p.name,
              CLASS_LABELS[p.classification],
              p.previous_classification ? CLASS_LABELS[p.previous_classification] : undefined
            )
          )
          .join(" ") +
        (missing.length ? t.ariaMissing(missing.map((p) => p.name)) : ""),
      caption: chipCaption(missing, y, hidden, lang),
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
                    t.tipHead(p.name, p.vendor, CLASS_LABELS[p.classification]),
                    p.previous_classification
                      ? t.tipWas(CLASS_LABELS[p.previous_classification], p.previous_rule ?? "")
                      : null,
                    ...figureLines(p, lang),
                    t.sourceNote(g.members.length > 1 ? firstSentence(p.derivation) : p.derivation)
                  ]
                    .filter(Boolean)
                    .join("\n")
                )
                .join("\n\n") + (g.members.length > 1 ? `\n\n${t.fullDerivations}` : "")
          })
        )
      ],
      ...options
    })
  );
}
