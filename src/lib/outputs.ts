import {day} from "./dates.js";
import {averageSeries, averageTotal, coveredShare, directionOf, scopeWeights} from "./derive/averageTariff.js";
import {classifyAll} from "./derive/chips.js";
import {statusOn} from "./derive/status.js";
import {onControlTimeline} from "./derive/statusPeriods.js";
import {excerptPins, timelineItems} from "./derive/timeline.js";
import {tradeByYear} from "./derive/trade.js";
import {agreement} from "./derive/agreement.js";
import {pointOn} from "./derive/lineTariff.js";
import {comparePublished, headlineBasis, tariffRuns} from "./derive/tariffSeries.js";
import type {HeadlinePoint} from "./headline.js";
import {CHECKED_THROUGH_KEYS, LANES, LANE_LABELS, laneOf, type Lane} from "./lanes.js";
import {laneReach} from "./derive/reach.js";
import {metaRecordSchema, type MetaRecord} from "./schema.js";
import type {Direction} from "./vocab.js";
import type {Dataset} from "./tables.js";
import {TABLES, TABLE_NAMES, type TableSpec} from "./tables.js";

/** The dataset's facts about itself: meta.csv's typed record, and how far each lane of the record reaches. */
export type Meta = MetaRecord & {
  [K in (typeof CHECKED_THROUGH_KEYS)[Lane]]: Date;
} & {
  /** The last day the record knows of: as_of, or the latest step scheduled after it (charts that draw them reach it). */
  horizon: Date;
};

/**
 * Reads meta.csv's key/value rows into the typed record (validation has reported any bad value at its row) and adds
 * each lane's checked-through date (the date of the newest source the lane cites, or as_of for a lane without one) and
 * the horizon of the scheduled steps.
 */
export function metaOf(dataset: Dataset): Meta {
  const cells = Object.fromEntries(
    Object.keys(metaRecordSchema.shape).map((key) => [key, dataset.meta.find((r) => r.key === key)?.value ?? ""])
  );
  const record = metaRecordSchema.parse(cells);
  const reach = laneReach(dataset);
  const lanes = Object.fromEntries(
    LANES.map((lane) => [CHECKED_THROUGH_KEYS[lane], reach.get(lane)?.date ?? record.as_of])
  ) as {[K in (typeof CHECKED_THROUGH_KEYS)[Lane]]: Date};
  const scheduled = dataset.measure_status.filter((s) => s.status === "scheduled").map((s) => s.date.getTime());
  return {...record, ...lanes, horizon: new Date(Math.max(record.as_of.getTime(), ...scheduled))};
}

/** The date a lane of the record is checked through: the "now" of everything drawn from that lane. */
export function checkedThrough(meta: Meta, lane: Lane): Date {
  return meta[CHECKED_THROUGH_KEYS[lane]];
}

/** The first date the estimate series starts from: just before the first Section 232/301 steps of 2018. */
export const SERIES_START = day("2018-01-01");

/** Every derived table, computed from the validated raw tables. Nobody types these. */
export function derivedTables(dataset: Dataset) {
  const meta = metaOf(dataset);
  const through = (lane: Lane) => checkedThrough(meta, lane);
  const weights = scopeWeights(dataset.tariff_scopes, dataset.tariff_actions, dataset.measures, dataset.trade);
  const timeline = timelineItems(dataset.measures, dataset.measure_status, dataset.events, through);
  const measuresById = new Map(dataset.measures.map((m) => [m.id, m]));
  const scopesById = new Map(dataset.tariff_scopes.map((s) => [s.scope, s]));
  const reach = laneReach(dataset);
  // Each direction's "now": the checked-through date of its tariff lane.
  const tariffsThrough = {"us-on-cn": through("us-tariffs"), "cn-on-us": through("cn-tariffs")} as const;
  const span = {start: SERIES_START, end: new Date(Math.max(+tariffsThrough["us-on-cn"], +tariffsThrough["cn-on-us"]))};
  const runs = tariffRuns(
    dataset,
    span,
    dataset.published_estimates.map((p) => p.date),
    dataset.published_estimates
  );
  const estimate = runs.main;
  const comparison = comparePublished(dataset.published_estimates, runs);
  // The headline cards: the line-level estimate on the headline basis (MFN included, and its MFN part).
  const headlineAt = (date: Date, directions: readonly Direction[] = ["us-on-cn", "cn-on-us"]): HeadlinePoint[] =>
    directions.map((direction) => {
      const basis = headlineBasis(estimate.series, direction);
      const p = basis === undefined ? undefined : pointOn(estimate.series, direction, basis, date);
      const r1 = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 10) / 10);
      return {
        direction,
        date,
        basis,
        weights_year: p?.weights_year,
        total_pct: r1(p?.total_pct),
        mfn_pct: r1(p?.mfn_pct),
        additional_pct: r1(p?.additional_pct),
        covered_share: p?.covered_share,
        // Kept for the scope method's cross-check on the Data and methods page.
        scope_method_pct: Math.round(averageTotal(dataset.tariff_actions, weights, direction, date) * 10) / 10,
        scope_method_covered_share:
          Math.round(coveredShare(dataset.tariff_actions, weights, direction, date) * 1000) / 1000
      };
    });
  // The estimate at the commentary's date, on as_of, and on each direction's checked-through date (its "now").
  const headline = [
    ...headlineAt(meta.commentary_date),
    ...headlineAt(meta.as_of),
    ...(["us-on-cn", "cn-on-us"] as const).flatMap((d) => headlineAt(tariffsThrough[d], [d]))
  ].filter((h, i, all) => all.findIndex((o) => o.direction === h.direction && +o.date === +h.date) === i);
  return {
    timeline,
    excerpt_pins: excerptPins(dataset.excerpts, timeline),
    current_status: currentStatus(dataset, through),
    tariff_steps: dataset.tariff_actions.map((a) => {
      const m = measuresById.get(a.measure_id);
      const s = scopesById.get(a.scope);
      return {
        ...a,
        label: s?.label,
        label_de: s?.label_de,
        target: s?.target,
        direction: m && s ? directionOf(m.actor, s.target) : undefined,
        authority: m?.authority,
        actor: m?.actor,
        lane: m ? laneOf(m) : undefined
      };
    }),
    tariff_weights: weights.scopes,
    tariff_unweighted: weights.unweighted,
    tariff_average: averageSeries(dataset.tariff_actions, weights, span),
    headline,
    tariff_series: estimate.series,
    tariff_series_by_authority: estimate.by_authority,
    tariff_estimate_notes: estimate.notes,
    tariff_comparison: comparison,
    tariff_agreement: agreement(comparison, {since: SERIES_START}),
    chip_classes: classifyAll(dataset.chips, dataset.chip_rules, dataset.chip_rule_thresholds),
    trade_years: tradeByYear(dataset.trade),
    lane_reach: LANES.map((lane) => ({
      lane,
      label: LANE_LABELS[lane],
      checked_through: through(lane),
      newest_source_id: reach.get(lane)?.source_id
    })),
    meta: [meta]
  };
}

/**
 * Each measure's status on the date its lane is checked through (the latest entry on or before it), and the first
 * step scheduled after that date, if any: a scheduled step is never the current status before its day.
 */
export function currentStatus(dataset: Pick<Dataset, "measures" | "measure_status">, through: (lane: Lane) => Date) {
  const byLane = new Map(LANES.map((lane) => [lane, statusOn(dataset.measure_status, through(lane))]));
  return dataset.measures.map((m) => {
    const lane = laneOf(m);
    const now = byLane.get(lane)!.get(m.id);
    const next = dataset.measure_status
      .filter((s) => s.measure_id === m.id && s.status === "scheduled" && s.date > through(lane))
      .sort((a, b) => +a.date - +b.date)[0];
    return {
      measure_id: m.id,
      lane,
      checked_through: through(lane),
      status: now?.status ?? "announced",
      since: now?.since ?? m.announced,
      source_ids: now?.source_ids ?? m.source_ids,
      ...(next ? {scheduled: next.date, scheduled_source_ids: next.source_ids} : {})
    };
  });
}

export type DerivedTables = ReturnType<typeof derivedTables>;
export type DerivedName = keyof DerivedTables;

/** Every table the site can emit: raw (validated) and derived, by name. */
export function allTables(dataset: Dataset): Record<string, readonly unknown[]> {
  // Line tables stay out: tens of thousands of rows the pages never read (they get the derived series).
  const raw = Object.fromEntries(
    TABLE_NAMES.filter((n) => n !== "meta" && !(TABLES[n] as TableSpec).bulky).map((n) => [n, dataset[n]])
  );
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
    "line_bases",
    "measures",
    "meta",
    "published_estimates",
    "tariff_agreement",
    "tariff_comparison",
    "tariff_estimate_notes",
    "tariff_series",
    "tariff_series_by_authority",
    "tariff_steps"
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
 * The columns of the sources the Data and methods page lists, searches and counts by year (`pages/sources-methods.json`
 * in the archive): the whole table without its notes, which the page does not show (about 40% of the bytes). The
 * page's download of the sources table is the whole table.
 */
export const LISTED_SOURCE_COLUMNS = ["id", "publisher", "title", "url", "date", "kind", "document_id"] as const;

/**
 * How many sources the Data and methods page's table shows before a filter is set (its `limit`). The page loads only
 * `pages/sources-methods-head.json` (sourcesHead: every source's date and kind, for its chart and counts, and these
 * first rows whole) and fetches the whole list (`pages/sources-methods.json`) once a reader filters or searches.
 */
export const METHODS_SOURCES_SHOWN = 40;

/** Listed sources with the first `shown` whole and the others cut to their date and kind, in table order. */
export function sourcesHead(
  listed: readonly Record<string, unknown>[],
  shown = METHODS_SOURCES_SHOWN
): Record<string, unknown>[] {
  return listed.map((s, i) => (i < shown ? s : {date: s.date, kind: s.kind}));
}

/** The sources table cut to LISTED_SOURCE_COLUMNS. */
export function listedSources(sources: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return sources.map((s) => Object.fromEntries(LISTED_SOURCE_COLUMNS.filter((c) => c in s).map((c) => [c, s[c]])));
}

/**
 * Columns a page ships of a table, where it needs only a few (by page, then table); other tables ship whole. The
 * Tariffs page names measures only by title; the Trade page marks the timeline's tariff measures by date, title and
 * status (lib/derive/tradeMarks).
 */
export const PAGE_COLUMNS: {[P in keyof typeof PAGE_TABLES]?: Record<string, readonly string[]>} = {
  // The Tariffs page draws published figures (publisher, date, rate) and reads their methods from tariff_comparison;
  // it names the weighting bases by label.
  tariffs: {
    measures: ["id", "title"],
    published_estimates: ["id", "publisher", "date", "direction", "rate_pct", "authority"],
    // The method text names each basis's period and label (its sources are on the Data and methods page).
    line_bases: ["direction", "basis", "date_from", "date_to", "label"]
  },
  // The Controls page draws its measures' status periods (lib/derive/statusPeriods: title and summary in the
  // tooltips) and lists them with their dates, sources and current status (lib/derive/status withCurrentStatus, whose
  // rows its download gives); the status entries' own sources are in measure_status.
  controls: {
    measures: [
      "id",
      "actor",
      "instrument",
      "authority",
      "title",
      "summary",
      "announced",
      "effective",
      "ended",
      "source_ids"
    ],
    current_status: ["measure_id", "status", "since"]
  },
  trade: {timeline: ["id", "kind", "lane", "actor", "status", "title", "start", "end"]}
};

/** The commentary's facts that only the pages about it print (the Overview, the commentary, What happened next). */
const COMMENTARY_TEXT = ["commentary_url", "commentary_title", "commentary_date_note", "commentary_publisher"] as const;

/**
 * Columns a page leaves out of a table it otherwise ships whole (by page, then table): long texts the page neither
 * shows nor searches. Tariffs: the published estimates' method notes (tariff_comparison repeats each tracker's
 * method) and the tariff steps' notes; Controls: the rule thresholds' notes (the page words each clause itself,
 * lib/chipWords describeRule). The page's downloads of those rows leave them out too;
 * the whole tables are on the Data and methods page. Tariffs, Controls and Trade use the commentary's date only.
 */
export const PAGE_OMITTED_COLUMNS: {[P in keyof typeof PAGE_TABLES]?: Record<string, readonly string[]>} = {
  tariffs: {tariff_comparison: ["method"], tariff_steps: ["notes"], meta: COMMENTARY_TEXT},
  controls: {chip_rule_thresholds: ["notes"], meta: COMMENTARY_TEXT},
  trade: {meta: COMMENTARY_TEXT}
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

/** A measure as PAGE_MEASURE_USE sees it. */
type MeasureRow = {actor: string; instrument: string; authority: string};

/**
 * What a page does with its measures, where it does not do everything with all of them (by page): those it `draws`
 * (status periods, lib/derive/statusPeriods: the summary in the tooltip, the first source under the chart) and those
 * it `lists` (a table with every source). A measure it does not draw ships without its summary, and the page's
 * source index holds of the measures' sources only those it links. The Controls page draws the US export-control lane
 * and China's export controls, and lists both sides' export controls and entity listings (the filters of
 * src/templates/controls.md.tpl).
 */
export const PAGE_MEASURE_USE: {
  [P in keyof typeof PAGE_TABLES]?: {draws: (m: MeasureRow) => boolean; lists: (m: MeasureRow) => boolean};
} = {
  controls: {
    draws: (m) => onControlTimeline("us", m) || onControlTimeline("cn", m),
    lists: (m) => m.instrument === "export-control" || m.instrument === "entity-listing"
  }
};

/**
 * Pages that name only the measures some of their tables refer to (by page): `measures` keeps the rows whose id is a
 * `measure_id` of the named tables. The Tariffs page names the measure of each tariff step, by title.
 */
export const PAGE_REFERRED_MEASURES: {[P in keyof typeof PAGE_TABLES]?: readonly (typeof PAGE_TABLES)[P][number][]} = {
  tariffs: ["tariff_steps"]
};

/**
 * Tables whose sources a page links, where that is fewer than the tables it reads (by page). The Trade page draws the
 * timeline's measures on its charts but links only the trade figures' sources.
 */
export const PAGE_LINKS: {[P in keyof typeof PAGE_TABLES]?: readonly (typeof PAGE_TABLES)[P][number][]} = {
  // Controls links the chips' and rules' sources and its measures' (PAGE_MEASURE_USE), not the status entries'.
  controls: ["chip_rule_thresholds", "chip_rules", "chips", "measures"],
  trade: ["trade", "trade_years"],
  commentary: ["counterpoints", "excerpts"],
  next: ["forecasts", "excerpts"]
};

/**
 * Pages that fetch their source index (`pages/sources-PAGE.json`) only when a reader first needs a link (the Overview's
 * measure card): their `pages/PAGE.json` leaves `sources` out.
 */
export const PAGE_LAZY_SOURCES: readonly (keyof typeof PAGE_TABLES)[] = ["index"];

/**
 * Pages that link the sources of only those timeline items a table refers to (its rows' measure_ids and event_ids):
 * the commentary's evidence lists and the forecasts' cards (lib/derive/timeline linkedItems).
 */
export const PAGE_LINKED_ITEMS: {[P in keyof typeof PAGE_TABLES]?: readonly (typeof PAGE_TABLES)[P][number][]} = {
  commentary: ["excerpts"],
  next: ["forecasts"]
};

/**
 * One page's data as one file (`pages/PAGE.json` in the archive): each table of PAGE_TABLES[page] (its measures cut
 * to PAGE_MEASURES[page] or PAGE_REFERRED_MEASURES[page] where given), cut to
 * PAGE_COLUMNS[page] or without PAGE_OMITTED_COLUMNS[page] where given, and `sources`, the sources those shipped rows cite (link columns only; of the tables
 * in PAGE_LINKS[page] where given). One request
 * instead of one per table.
 */
export function pageTables(
  tables: Record<string, readonly unknown[]>,
  page: keyof typeof PAGE_TABLES
): Record<string, readonly unknown[]> {
  const columns: Record<string, readonly string[]> = PAGE_COLUMNS[page] ?? {};
  const omitted: Record<string, readonly string[]> = PAGE_OMITTED_COLUMNS[page] ?? {};
  const measureFilter = PAGE_MEASURES[page];
  const use = PAGE_MEASURE_USE[page];
  const naming: readonly string[] = PAGE_REFERRED_MEASURES[page] ?? [];
  const referred = naming.length
    ? new Set(
        naming.flatMap((name) => ((tables[name] ?? []) as {measure_id?: string}[]).map((r) => String(r.measure_id)))
      )
    : null;
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
      ? name === "measures" && referred
        ? all.filter((m) => referred.has(String(m.id)))
        : all
      : name === "measures"
        ? all.filter((m) => kept.has(String(m.id)))
        : all.filter((r) => !("measure_id" in r) || kept.has(String(r.measure_id)));
    const omit = omitted[name];
    const cut = keep
      ? rows.map((r) => Object.fromEntries(keep.map((c) => [c, r[c]])))
      : omit
        ? rows.map((r) => Object.fromEntries(Object.entries(r).filter(([c]) => !omit.includes(c))))
        : rows;
    shipped[name] =
      use && name === "measures"
        ? cut.map((m) =>
            use.draws(m as MeasureRow) ? m : Object.fromEntries(Object.entries(m).filter(([c]) => c !== "summary"))
          )
        : cut;
  }
  const linked: readonly string[] = PAGE_LINKS[page] ?? PAGE_TABLES[page];
  const referring: readonly string[] = PAGE_LINKED_ITEMS[page] ?? [];
  const items = linkedTimeline(shipped, referring);
  // The measures' sources the page links: all of those it lists, the first of those it only draws.
  const linkedMeasures = use
    ? (shipped.measures as (MeasureRow & {source_ids: string[]})[]).map((m) => ({
        source_ids: use.lists(m) ? m.source_ids : use.draws(m) ? m.source_ids.slice(0, 1) : []
      }))
    : shipped.measures;
  const sources = citedSources({...shipped, measures: linkedMeasures, linked_items: items, sources: tables.sources}, [
    ...linked,
    ...(referring.length ? ["linked_items"] : [])
  ]);
  // A page that only refers to some timeline items (PAGE_LINKED_ITEMS) ships only those.
  return {...shipped, ...(referring.length ? {timeline: items} : {}), sources};
}

/**
 * The timeline items that rows of the `referring` tables refer to (their measure_ids and event_ids), in timeline
 * order, all columns: the commentary's evidence and the forecasts' cards need only these
 * (the `timeline` of `pages/PAGE.json` for each page of PAGE_LINKED_ITEMS), not the whole timeline.
 */
export function linkedTimeline(
  tables: Record<string, readonly unknown[]>,
  referring: readonly string[]
): Record<string, unknown>[] {
  const referred = new Set(
    referring.flatMap((name) =>
      ((tables[name] ?? []) as {measure_ids?: string[]; event_ids?: string[]}[]).flatMap((r) => [
        ...(r.measure_ids ?? []),
        ...(r.event_ids ?? [])
      ])
    )
  );
  return ((tables.timeline ?? []) as {id: string}[]).filter((i) => referred.has(i.id));
}
