import {day} from "./dates.js";
import {averageSeries, averageTotal, coveredShare, directionOf, scopeWeights} from "./derive/averageTariff.js";
import {classifyAll} from "./derive/chips.js";
import {statusOn} from "./derive/status.js";
import {excerptPins, timelineItems} from "./derive/timeline.js";
import {tradeByYear} from "./derive/trade.js";
import {laneOf} from "./lanes.js";
import type {Dataset} from "./tables.js";
import {TABLE_NAMES} from "./tables.js";

/** The dataset's facts about itself, from meta.csv. */
export interface Meta {
  as_of: Date;
  commentary_url: string;
  commentary_title: string;
  commentary_date: Date;
  commentary_date_note: string;
  commentary_publisher: string;
}

/** Reads meta.csv's key/value rows into a typed record (validation has checked as_of). */
export function metaOf(dataset: Dataset): Meta {
  const get = (key: string) => dataset.meta.find((r) => r.key === key)?.value ?? "";
  return {
    as_of: day(get("as_of")),
    commentary_url: get("commentary_url"),
    commentary_title: get("commentary_title"),
    commentary_date: day(get("commentary_date") || get("as_of")),
    commentary_date_note: get("commentary_date_note"),
    commentary_publisher: get("commentary_publisher")
  };
}

/** The first date the estimate series starts from: just before the first Section 232/301 steps of 2018. */
export const SERIES_START = day("2018-01-01");

/** Every derived table, computed from the validated raw tables. Nobody types these. */
export function derivedTables(dataset: Dataset) {
  const meta = metaOf(dataset);
  const weights = scopeWeights(dataset.tariff_scopes, dataset.tariff_actions, dataset.measures, dataset.trade);
  const timeline = timelineItems(dataset.measures, dataset.measure_status, dataset.events, meta.as_of);
  const current = statusOn(dataset.measure_status, meta.as_of);
  const measuresById = new Map(dataset.measures.map((m) => [m.id, m]));
  const scopesById = new Map(dataset.tariff_scopes.map((s) => [s.scope, s]));
  const headlineAt = (date: Date) =>
    (["us-on-cn", "cn-on-us"] as const).map((direction) => ({
      direction,
      date,
      average_pct: Math.round(averageTotal(dataset.tariff_actions, weights, direction, date) * 10) / 10,
      covered_share: Math.round(coveredShare(dataset.tariff_actions, weights, direction, date) * 1000) / 1000
    }));
  return {
    timeline,
    excerpt_pins: excerptPins(dataset.excerpts, timeline),
    current_status: dataset.measures.map((m) => ({
      measure_id: m.id,
      status: current.get(m.id)?.status ?? "announced",
      since: current.get(m.id)?.since ?? m.announced,
      source_ids: current.get(m.id)?.source_ids ?? m.source_ids
    })),
    tariff_steps: dataset.tariff_actions.map((a) => {
      const m = measuresById.get(a.measure_id);
      const s = scopesById.get(a.scope);
      return {
        ...a,
        label: s?.label,
        target: s?.target,
        direction: m && s ? directionOf(m.actor, s.target) : undefined,
        authority: m?.authority,
        actor: m?.actor,
        lane: m ? laneOf(m) : undefined
      };
    }),
    tariff_weights: weights.scopes,
    tariff_unweighted: weights.unweighted,
    tariff_average: averageSeries(dataset.tariff_actions, weights, {start: SERIES_START, end: meta.as_of}),
    headline: [...headlineAt(meta.commentary_date), ...headlineAt(meta.as_of)],
    chip_classes: classifyAll(dataset.chips, dataset.chip_rules, dataset.chip_rule_thresholds),
    trade_years: tradeByYear(dataset.trade),
    meta: [meta]
  };
}

export type DerivedTables = ReturnType<typeof derivedTables>;
export type DerivedName = keyof DerivedTables;

/** Every table the site can emit: raw (validated) and derived, by name. */
export function allTables(dataset: Dataset): Record<string, readonly unknown[]> {
  const raw = Object.fromEntries(TABLE_NAMES.filter((n) => n !== "meta").map((n) => [n, dataset[n]]));
  return {...raw, ...derivedTables(dataset)};
}

/**
 * The tables each page reads besides the sources, by page. A page links only sources these tables cite, so each page
 * loads its own small index of them (`pages/sources-PAGE.json` in the archive, see citedSources) instead of the whole
 * sources table (about 200 KB). tests/data/pageSources.test.ts checks these lists against the pages' attachments.
 */
export const PAGE_TABLES = {
  index: ["excerpt_pins", "headline", "meta", "timeline", "trade_years"],
  tariffs: [
    "headline",
    "measures",
    "meta",
    "published_estimates",
    "tariff_actions",
    "tariff_average",
    "tariff_steps",
    "tariff_unweighted",
    "tariff_weights"
  ],
  controls: [
    "chip_classes",
    "chip_rule_thresholds",
    "chip_rules",
    "chips",
    "current_status",
    "measure_status",
    "measures",
    "meta"
  ],
  trade: ["meta", "timeline", "trade", "trade_years"],
  commentary: ["counterpoints", "excerpts", "meta", "timeline"],
  next: ["excerpts", "forecasts", "meta", "timeline"]
} as const satisfies Record<string, readonly string[]>;

/** The columns of a source that a link to it needs (components/sourceLinks.ts's SourceRef). */
export const SOURCE_LINK_COLUMNS = ["id", "publisher", "title", "url", "kind", "document_id"] as const;

/**
 * Columns a page ships of a table, where it needs only a few (by page, then table); other tables ship whole. The
 * Tariffs page names measures only by title; the Trade page marks the timeline's tariff measures by date, title and
 * status (lib/derive/tradeMarks).
 */
export const PAGE_COLUMNS: {[P in keyof typeof PAGE_TABLES]?: Record<string, readonly string[]>} = {
  tariffs: {measures: ["id", "title"]},
  trade: {timeline: ["id", "kind", "lane", "actor", "status", "title", "start", "end"]}
};

/**
 * The sources that any row of the named tables cites (in `source_ids` or `source_id`), in the sources table's order,
 * with only the columns a link needs.
 */
export function citedSources(
  tables: Record<string, readonly unknown[]>,
  names: readonly string[]
): Record<(typeof SOURCE_LINK_COLUMNS)[number], unknown>[] {
  const cited = new Set<string>();
  for (const name of names)
    for (const row of (tables[name] ?? []) as Record<string, unknown>[]) {
      if (Array.isArray(row.source_ids)) for (const id of row.source_ids) cited.add(String(id));
      if (typeof row.source_id === "string") cited.add(row.source_id);
    }
  return (tables.sources as Record<string, unknown>[])
    .filter((s) => cited.has(String(s.id)))
    .map(
      (s) =>
        Object.fromEntries(SOURCE_LINK_COLUMNS.map((c) => [c, s[c]])) as Record<
          (typeof SOURCE_LINK_COLUMNS)[number],
          unknown
        >
    );
}

/**
 * Pages that show only some measures (by page): the measures a page keeps. Its tables keyed by measure
 * (`measure_id`: measure_status, current_status) keep the same rows. The Controls page shows the measures of the two
 * export-control lanes (lib/lanes laneOf).
 */
export const PAGE_MEASURES: {
  [P in keyof typeof PAGE_TABLES]?: (m: {actor: string; instrument: string; authority: string}) => boolean;
} = {
  controls: (m) => laneOf(m) === "us-controls" || laneOf(m) === "cn-controls"
};

/**
 * Tables whose sources a page links, where that is fewer than the tables it reads (by page). The Trade page draws the
 * timeline's measures on its charts but links only the trade figures' sources.
 */
export const PAGE_LINKS: {[P in keyof typeof PAGE_TABLES]?: readonly (typeof PAGE_TABLES)[P][number][]} = {
  trade: ["trade", "trade_years"],
  commentary: ["counterpoints", "excerpts"],
  next: ["forecasts", "excerpts"]
};

/**
 * Pages that link the sources of only those timeline items a table refers to (its rows' measure_ids and event_ids):
 * the commentary's evidence lists and the forecasts' cards (lib/derive/timeline linkedItems).
 */
export const PAGE_LINKED_ITEMS: {[P in keyof typeof PAGE_TABLES]?: readonly (typeof PAGE_TABLES)[P][number][]} = {
  commentary: ["excerpts"],
  next: ["forecasts"]
};

/**
 * One page's data as one file (`pages/PAGE.json` in the archive): each table of PAGE_TABLES[page], cut to
 * PAGE_COLUMNS[page] where given, and `sources`, the sources those shipped rows cite (link columns only; of the tables
 * in PAGE_LINKS[page] where given). One request
 * instead of one per table.
 */
export function pageTables(
  tables: Record<string, readonly unknown[]>,
  page: keyof typeof PAGE_TABLES
): Record<string, readonly unknown[]> {
  const columns: Record<string, readonly string[]> = PAGE_COLUMNS[page] ?? {};
  const measureFilter = PAGE_MEASURES[page];
  const kept = measureFilter
    ? new Set(
        (tables.measures as {id: string; actor: string; instrument: string; authority: string}[])
          .filter(measureFilter)
          .map((m) => m.id)
      )
    : null;
  const shipped: Record<string, readonly unknown[]> = {};
  for (const name of PAGE_TABLES[page]) {
    const keep = columns[name];
    const all = (tables[name] ?? []) as Record<string, unknown>[];
    const rows = !kept
      ? all
      : name === "measures"
        ? all.filter((m) => kept.has(String(m.id)))
        : all.filter((r) => !("measure_id" in r) || kept.has(String(r.measure_id)));
    shipped[name] = keep ? rows.map((r) => Object.fromEntries(keep.map((c) => [c, r[c]]))) : rows;
  }
  const linked: readonly string[] = PAGE_LINKS[page] ?? PAGE_TABLES[page];
  const referring: readonly string[] = PAGE_LINKED_ITEMS[page] ?? [];
  const referred = new Set(
    referring.flatMap((name) =>
      (shipped[name] as {measure_ids?: string[]; event_ids?: string[]}[]).flatMap((r) => [
        ...(r.measure_ids ?? []),
        ...(r.event_ids ?? [])
      ])
    )
  );
  const items = ((shipped.timeline ?? []) as {id: string}[]).filter((i) => referred.has(i.id));
  const sources = citedSources({...shipped, linked_items: items, sources: tables.sources}, [
    ...linked,
    ...(referring.length ? ["linked_items"] : [])
  ]);
  return {...shipped, sources};
}
