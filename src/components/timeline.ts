import * as Plot from "@observablehq/plot";
import {LANES, LANE_LABELS} from "../lib/lanes.js";
import type {ExcerptPin, TimelineItem} from "../lib/derive/timeline.js";
import {isoDay} from "../lib/dates.js";
import {laneColor} from "./theme.js";

/** Options of the timeline chart. */
export interface TimelineOptions {
  width?: number;
  /** The shared time axis. */
  domain?: [Date, Date];
  /** Commentary excerpts pinned at the items they refer to. */
  pins?: readonly ExcerptPin[];
  /** The date the commentary appeared, drawn as a rule. */
  marker?: {date: Date; label: string};
}

const ENDED = new Set(["suspended", "revoked", "expired", "struck-down", "superseded"]);

/**
 * The one timeline: a lane per actor and instrument, each measure a bar from announcement to effect with a dot where
 * it took effect (hollow when it is no longer in force), context events as diamonds, and the commentary's excerpts as
 * numbered pins above the items they refer to.
 */
export function timeline(items: readonly TimelineItem[], {width = 640, domain, pins = [], marker}: TimelineOptions = {}): SVGSVGElement | HTMLElement {
  const rows = items.map((i) => ({...i, laneLabel: LANE_LABELS[i.lane], active: !ENDED.has(i.status ?? "") ? "in force or pending" : "no longer in force"}));
  const narrow = width < 560;
  return Plot.plot({
    width,
    height: 60 + LANES.length * (narrow ? 44 : 52),
    marginLeft: narrow ? 10 : 190,
    marginRight: 16,
    marginTop: 28,
    x: {type: "utc", domain, label: null, grid: true},
    y: {domain: LANES.map((l) => LANE_LABELS[l]), label: null, axis: narrow ? null : "left", tickSize: 0},
    color: {...laneColor, legend: false},
    ariaLabel: "Timeline of US–China trade measures and events",
    ariaDescription: `${items.length} measures and events from ${items.length ? isoDay(items[0].start) : "-"} on, in five lanes: ${LANES.map((l) => LANE_LABELS[l]).join(", ")}.`,
    marks: [
      narrow ? Plot.text(LANES.map((l) => LANE_LABELS[l]), {x: domain?.[0], y: (d) => d, dy: -16, textAnchor: "start", fontWeight: "bold", fill: "currentColor"}) : null,
      marker ? Plot.ruleX([marker.date], {stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.7}) : null,
      marker ? Plot.text([marker], {x: "date", frameAnchor: "top", dy: -18, text: "label", textAnchor: "middle", fill: "currentColor", fontSize: 11}) : null,
      Plot.ruleY(rows.filter((r) => r.kind === "measure"), {
        y: "laneLabel",
        x1: "start",
        x2: "end",
        stroke: "laneLabel",
        strokeWidth: 5,
        strokeOpacity: 0.45
      }),
      Plot.dot(rows.filter((r) => r.kind === "measure"), {
        x: "end",
        y: "laneLabel",
        r: 4.5,
        stroke: "laneLabel",
        fill: (d) => (d.active === "no longer in force" ? "var(--theme-background)" : d.laneLabel),
        strokeWidth: 1.5
      }),
      Plot.dot(rows.filter((r) => r.kind === "event"), {x: "start", y: "laneLabel", r: 5, symbol: "diamond", fill: "laneLabel"}),
      Plot.text(pins, {
        x: "date",
        y: (p: ExcerptPin) => LANE_LABELS[p.lane],
        text: (p: ExcerptPin) => `¶${p.paragraph}`,
        dy: -13,
        fontSize: 10,
        fill: "currentColor"
      }),
      Plot.tip(
        rows,
        Plot.pointer({
          x: "end",
          y: "laneLabel",
          title: (d) =>
            [
              d.title,
              `${d.kind === "event" ? "Date" : "Announced"}: ${isoDay(d.start)}${d.kind === "measure" && d.end.getTime() !== d.start.getTime() ? `; effective ${isoDay(d.end)}` : ""}`,
              d.status ? `Status: ${d.status}${d.status_since ? ` since ${isoDay(d.status_since)}` : ""}` : null,
              d.summary
            ]
              .filter(Boolean)
              .join("\n")
        })
      )
    ]
  });
}
