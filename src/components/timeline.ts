import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {dateMarker, type DateMarker} from "./dateMarker.js";
import {tidyAria} from "./tidyAria.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {LANES} from "../lib/lanes.js";
import {pinnedItems, type ExcerptPin, type TimelineItem} from "../lib/derive/timeline.js";
import {isoDay} from "../lib/dates.js";
import {phaseOf} from "../lib/phase.js";
import {phaseDots} from "./phaseDots.js";
import {laneColorIn} from "./theme.js";
import {chartHeight} from "../lib/chartHeights.js";

/** Options of the timeline chart. */
export interface TimelineOptions extends PlotPassThrough {
  width?: number;
  /** The shared time axis. */
  domain?: [Date, Date];
  /** Commentary excerpts pinned at the items they refer to. */
  pins?: readonly ExcerptPin[];
  /** The date the commentary appeared, drawn as a rule. */
  marker?: DateMarker;
  /** The language of the chart's words and dates (English by default). */
  lang?: Lang;
}

/**
 * The one timeline: a lane per actor and instrument, each measure a bar from announcement to effect with a dot where
 * it took effect (pale while suspended, hollow once no longer in force), context events as diamonds, and a small marker above every item
 * the commentary refers to (the tooltip names the paragraphs).
 */
export function timeline(
  items: readonly TimelineItem[],
  {width = 640, domain, pins = [], marker, lang = "en", ...options}: TimelineOptions = {}
): SVGSVGElement | HTMLElement {
  const t = ui(lang);
  const LANE_LABELS = t.lanes;
  const rows = items.map((i) => ({
    ...i,
    laneLabel: LANE_LABELS[i.lane],
    phase: phaseOf(i.status)
  }));
  const narrow = width < 560;
  const pinned = pinnedItems(pins);
  const pinMarks = pinned.map((p) => ({...p, lane: LANE_LABELS[p.lane]}));
  const paragraphsOf = new Map(pinned.map((p) => [p.item_id, p.paragraphs]));
  return tidyAria(
    Plot.plot({
      width,
      height: chartHeight("timeline", width),
      marginLeft: narrow ? 10 : 190,
      marginRight: 16,
      marginTop: 28,
      x: {type: "utc", domain, label: null, grid: true, tickFormat: formats(lang).timeTick},
      y: {domain: LANES.map((l) => LANE_LABELS[l]), label: null, axis: narrow ? null : "left", tickSize: 0},
      color: {...laneColorIn(lang), legend: false},
      ariaLabel: t.timeline.ariaLabel,
      ariaDescription: t.timeline.ariaDescription(
        items.length,
        items.length ? isoDay(items[0].start) : "-",
        LANES.map((l) => LANE_LABELS[l]).join(", ")
      ),
      marks: [
        narrow
          ? Plot.text(
              LANES.map((l) => LANE_LABELS[l]),
              {x: domain?.[0], y: (d) => d, dy: -16, textAnchor: "start", fontWeight: "bold", fill: "currentColor"}
            )
          : null,
        ...dateMarker(marker, {text: {fontSize: 11}}),
        Plot.ruleY(
          rows.filter((r) => r.kind === "measure"),
          {
            y: "laneLabel",
            x1: "start",
            x2: "end",
            stroke: "laneLabel",
            strokeWidth: 5,
            strokeOpacity: 0.45
          }
        ),
        ...phaseDots(
          rows.filter((r) => r.kind === "measure"),
          (r) => r.phase,
          {x: "end", y: "laneLabel", r: 4.5, fill: "laneLabel"}
        ),
        // A step still to come: a hollow, dashed ring on its day, never the filled dot of a measure in force.
        Plot.dot(
          rows.filter((r) => r.scheduled && (!domain || r.scheduled <= domain[1])),
          {x: "scheduled", y: "laneLabel", r: 4, stroke: "laneLabel", fill: "none", strokeDasharray: "2,1.5"}
        ),
        Plot.dot(
          rows.filter((r) => r.kind === "event"),
          {
            x: "start",
            y: "laneLabel",
            r: 5,
            symbol: "diamond2",
            fill: "laneLabel",
            stroke: "var(--theme-background)",
            strokeWidth: 0.75
          }
        ),
        // One small marker per referred item (clustered pins would make numbers unreadable); the tip names the paragraphs.
        Plot.dot(pinMarks, {
          x: "date",
          y: "lane",
          symbol: "triangle2",
          r: 3,
          dy: -11,
          fill: "currentColor",
          rotate: 180
        }),
        Plot.tip(
          rows,
          Plot.pointer({
            x: "end",
            y: "laneLabel",
            title: (d) =>
              [
                d.title,
                d.kind === "event"
                  ? t.timeline.date(isoDay(d.start))
                  : t.timeline.announced(
                      isoDay(d.start),
                      d.end.getTime() !== d.start.getTime() ? isoDay(d.end) : undefined
                    ),
                d.status
                  ? t.timeline.status(t.label(d.status), d.status_since ? isoDay(d.status_since) : undefined)
                  : null,
                d.scheduled ? t.timeline.scheduled(isoDay(d.scheduled)) : null,
                d.summary,
                paragraphsOf.has(d.id) ? t.timeline.refersTo(paragraphsOf.get(d.id)!) : null
              ]
                .filter(Boolean)
                .join("\n")
          })
        )
      ],
      ...options
    })
  );
}
