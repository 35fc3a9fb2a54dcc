import {isoDay} from "./dates.js";
import {laneOf} from "./lanes.js";
import type {Dataset} from "./tables.js";

/** One extra entry of Framework's site search (config `search.index`). */
export interface SearchEntry {
  path: string;
  title: string;
  text: string;
  keywords?: string;
}

/**
 * Search entries for what the pages draw from data (measures, excerpts, forecasts, chips, sources), which Framework's
 * index of the pages' static text cannot see. Each links to the page that shows it; tariff steps open the Tariffs
 * page's table already filtered to the measure.
 */
export function searchEntries(ds: Dataset): SearchEntry[] {
  const documents = new Map(ds.sources.map((s) => [s.id, s.document_id ?? ""]));
  const docsOf = (ids: readonly string[]) =>
    ids
      .map((id) => documents.get(id))
      .filter(Boolean)
      .join(" ");
  const entries: SearchEntry[] = [];
  for (const m of ds.measures) {
    const lane = laneOf(m);
    // Paths are the index's ids, so each carries the item's id (unknown hash keys are ignored by the pages); the explicit
    // .html keeps Framework from appending one after the hash.
    const path = lane.endsWith("tariffs")
      ? `/tariffs.html#q=${encodeURIComponent(m.title)}&m=${m.id}`
      : `/controls.html#m=${m.id}`;
    entries.push({
      path,
      title: m.title,
      text: `${m.summary} Announced ${isoDay(m.announced)}${m.effective ? `, effective ${isoDay(m.effective)}` : ""}. ${m.actor === "US" ? "United States" : "China"}, ${m.instrument}, ${m.authority}.`,
      keywords: [m.id, ...m.sectors, docsOf(m.source_ids)].join(" ")
    });
  }
  for (const x of ds.excerpts) {
    entries.push({
      path: `/commentary.html#excerpt-${x.id}`,
      title: `Commentary ¶${x.paragraph}: ${x.english.slice(0, 70)}${x.english.length > 70 ? "…" : ""}`,
      text: `${x.german} ${x.english}`,
      keywords: x.kind
    });
  }
  for (const f of ds.forecasts)
    entries.push({
      path: `/next.html#f=${f.id}`,
      title: `Expectation: ${f.expectation}`,
      text: `${f.outcome} Verdict: ${f.verdict}.`
    });
  for (const c of ds.chips)
    entries.push({
      path: `/controls.html#chip=${c.id}`,
      title: `${c.name} (${c.vendor})`,
      text: c.derivation,
      keywords: c.id
    });
  return entries;
}
