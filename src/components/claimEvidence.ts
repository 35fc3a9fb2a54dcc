import * as Plot from "@observablehq/plot";
import type {PlotPassThrough} from "./plotOptions.js";
import {dateMarker, type DateMarker} from "./dateMarker.js";
import {tidyAria} from "./tidyAria.js";
import type {TimelineItem} from "../lib/derive/timeline.js";
import {claimEvidenceRows, datesText} from "../lib/derive/claims.js";
import {isoDay} from "../lib/dates.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {phaseDots} from "./phaseDots.js";
import {laneColorIn} from "./theme.js";

/** Options of the claim-evidence chart. */
export interface ClaimEvidenceOptions extends PlotPassThrough {
  width?: number;
  /** The shared time axis (lib/domains.ts timeDomain), so every excerpt's chart lines up with the overview timeline. */
  domain?: [Date, Date];
  /** The date the commentary appeared, drawn as a dashed rule. */
  marker?: DateMarker;
  /** What the items are linked to, for the accessible label (e.g. "paragraph 4 of the commentary"). */
  subject?: string;
  /** The language of the chart's words and dates (English by default). */
  lang?: Lang;
}

/**
 * A small dated chart of the measures and events an excerpt (or a forecast) refers to, on the site's shared time axis:
 * one row per item, labelled directly above it; measures as bars from announcement to entry into force ending in a dot
 * (pale while suspended, hollow once no longer in force), events as diamonds, coloured by timeline lane; the commentary's date as a rule.
 */
export function claimEvidence(
  items: readonly TimelineItem[],
  {
    width = 640,
    domain,
    marker,
    lang = "en",
    subject = ui(lang).claimEvidence.subject,
    ...options
  }: ClaimEvidenceOptions = {}
): SVGSVGElement | HTMLElement {
  const t = ui(lang).claimEvidence;
  const rows = claimEvidenceRows(items, lang);
  const narrow = width < 480;
  const rowHeight = 40;
  // Room for half a tick label at either edge of the frame.
  const marginLeft = 14;
  const marginRight = 16;
  const fontSize = 11;
  const measures = rows.filter((r) => r.kind === "measure");
  const events = rows.filter((r) => r.kind === "event");
  const rowLabel = (r: (typeof rows)[number]) => (r.kind === "event" ? `◆ ${r.title}` : `${r.title} · ${r.status}`);
  return tidyAria(
    Plot.plot({
      width,
      height: 30 + 28 + rows.length * rowHeight,
      marginTop: 30,
      marginBottom: 28,
      marginLeft,
      marginRight,
      x: {
        type: "utc",
        domain,
        label: null,
        grid: true,
        ticks: narrow ? 4 : undefined,
        tickFormat: formats(lang).timeTick
      },
      y: {type: "band", domain: rows.map((r) => r.id), axis: null, padding: 0},
      color: {...laneColorIn(lang), legend: false},
      ariaLabel: t.ariaLabel(rows.length, subject),
      ariaDescription: rows.length
        ? `${rows.map((r) => `${r.title} (${r.lane}): ${datesText(r, lang)}${r.kind === "measure" ? `; ${r.status}` : ""}`).join(". ")}.`
        : t.none,
      marks: [
        ...dateMarker(marker),
        Plot.ruleY(measures, {
          y: "id",
          x1: "start",
          x2: "end",
          dy: 7,
          stroke: "lane",
          strokeWidth: 5,
          strokeOpacity: 0.5
        }),
        ...phaseDots(measures, (d) => d.phase, {x: "end", y: "id", dy: 7, r: 4.5, fill: "lane"}),
        Plot.dot(events, {x: "start", y: "id", dy: 7, r: 5.5, symbol: "diamond", fill: "lane"}),
        Plot.text(rows, {
          y: "id",
          frameAnchor: "left",
          dy: -9,
          text: rowLabel,
          textAnchor: "start",
          fontSize,
          fill: "currentColor",
          stroke: "var(--theme-background)",
          strokeWidth: 3,
          paintOrder: "stroke",
          lineWidth: (width - marginLeft - marginRight) / fontSize,
          textOverflow: "ellipsis"
        }),
        Plot.tip(
          rows,
          Plot.pointer({
            x: "end",
            y: "id",
            title: (d) =>
              [
                d.title,
                `${d.lane}${d.kind === "event" ? t.eventSuffix : ""}`,
                d.kind === "event"
                  ? t.date(isoDay(d.start))
                  : t.announced(isoDay(d.start), d.end.getTime() !== d.start.getTime() ? isoDay(d.end) : undefined),
                d.kind === "measure" ? t.status(d.status, d.status_since ? isoDay(d.status_since) : undefined) : null
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
