import * as Plot from "@observablehq/plot";
import {tidyAria} from "./tidyAria.js";
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
 * it took effect (hollow when it is no longer in force), context events as diamonds, and a small marker above every item
 * the commentary refers to (the tooltip names the paragraphs).
 */
export function timeline(
  items: readonly TimelineItem[],
  {width = 640, domain, pins = [], marker}: TimelineOptions = {}
): SVGSVGElement | HTMLElement {
  const rows = items.map((i) => ({
    ...i,
    laneLabel: LANE_LABELS[i.lane],
    active: !ENDED.has(i.status ?? "") ? "in force or pending" : "no longer in force"
  }));
  const narrow = width < 560;
  const byItem = new Map<string, {date: Date; lane: string; paragraphs: number[]}>();
  for (const p of pins) {
    const entry = byItem.get(p.item_id) ?? {date: p.date, lane: LANE_LABELS[p.lane], paragraphs: []};
    entry.paragraphs.push(p.paragraph);
    byItem.set(p.item_id, entry);
  }
  const pinMarks = [...byItem.values()];
  const paragraphsOf = new Map([...byItem].map(([id, e]) => [id, [...new Set(e.paragraphs)].sort((a, b) => a - b)]));
  return tidyAria(
    Plot.plot({
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
        narrow
          ? Plot.text(
              LANES.map((l) => LANE_LABELS[l]),
              {x: domain?.[0], y: (d) => d, dy: -16, textAnchor: "start", fontWeight: "bold", fill: "currentColor"}
            )
          : null,
        marker ? Plot.ruleX([marker.date], {stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.7}) : null,
        marker
          ? Plot.text([marker], {
              x: "date",
              frameAnchor: "top",
              dy: -18,
              text: "label",
              textAnchor: "middle",
              fill: "currentColor",
              fontSize: 11
            })
          : null,
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
        Plot.dot(
          rows.filter((r) => r.kind === "measure" && r.active !== "no longer in force"),
          {x: "end", y: "laneLabel", r: 4.5, fill: "laneLabel", stroke: "var(--theme-background)", strokeWidth: 0.75}
        ),
        // Hollow: no longer in force. The fill is the page background (a constant, so it bypasses the colour scale).
        Plot.dot(
          rows.filter((r) => r.kind === "measure" && r.active === "no longer in force"),
          {x: "end", y: "laneLabel", r: 4, stroke: "laneLabel", fill: "var(--theme-background)", strokeWidth: 1.5}
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
                `${d.kind === "event" ? "Date" : "Announced"}: ${isoDay(d.start)}${d.kind === "measure" && d.end.getTime() !== d.start.getTime() ? `; effective ${isoDay(d.end)}` : ""}`,
                d.status ? `Status: ${d.status}${d.status_since ? ` since ${isoDay(d.status_since)}` : ""}` : null,
                d.scheduled ? `Scheduled (not yet in force): next step on ${isoDay(d.scheduled)}` : null,
                d.summary,
                paragraphsOf.has(d.id) ? `The commentary refers to it: ¶${paragraphsOf.get(d.id)!.join(", ¶")}` : null
              ]
                .filter(Boolean)
                .join("\n")
          })
        )
      ]
    })
  );
}
