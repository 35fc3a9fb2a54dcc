import {isoDay} from "./dates.js";
import {laneOf} from "./lanes.js";
import type {Dataset} from "./tables.js";
import type {Lang} from "./i18n/index.js";
import {rowsIn} from "./i18n/dataText.js";
import {common} from "./i18n/pages/common.js";

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
 * page's table already filtered to the measure. In German the entries link the German pages (under /de/) and carry
 * the German texts (the `_de` columns); the German excerpts are the original, so German entries carry no translation.
 */
export function searchEntries(data: Dataset, lang: Lang = "en"): SearchEntry[] {
  const ds = {
    ...data,
    measures: rowsIn(data.measures, lang),
    forecasts: rowsIn(data.forecasts, lang),
    chips: rowsIn(data.chips, lang)
  };
  const w = common[lang].entries;
  const at = lang === "en" ? "" : `/${lang}`;
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
      ? `${at}/tariffs.html#q=${encodeURIComponent(m.title)}&m=${m.id}`
      : `${at}/controls.html#m=${m.id}`;
    entries.push({
      path,
      title: m.title,
      text: `${m.summary} ${w.announced(isoDay(m.announced), m.effective ? isoDay(m.effective) : undefined)}. ${w.actors[m.actor]}, ${m.instrument}, ${m.authority}.`,
      keywords: [m.id, ...m.sectors, docsOf(m.source_ids)].join(" ")
    });
  }
  for (const x of ds.excerpts) {
    const quote = lang === "en" ? x.english : x.german;
    entries.push({
      path: `${at}/commentary.html#excerpt-${x.id}`,
      title: `${w.commentary} ¶${x.paragraph}: ${quote.slice(0, 70)}${quote.length > 70 ? "…" : ""}`,
      text: lang === "en" ? `${x.german} ${x.english}` : x.german,
      keywords: x.kind
    });
  }
  for (const f of ds.forecasts)
    entries.push({
      path: `${at}/next.html#f=${f.id}`,
      title: `${w.expectation}${f.expectation}`,
      text: `${f.outcome} ${w.verdict}${f.verdict}.`
    });
  for (const c of ds.chips)
    entries.push({
      path: `${at}/controls.html#chip=${c.id}`,
      title: `${c.name} (${c.vendor})`,
      text: c.derivation,
      keywords: c.id
    });
  return entries;
}
