import {z} from "zod";
import {
  httpsUrl,
  isoDate,
  listOf,
  number,
  oneOf,
  optionalDate,
  optionalOneOf,
  optionalNumber,
  optionalSlug,
  optionalSlugList,
  optionalText,
  slug,
  slugList,
  text
} from "./cells.js";
import {
  ACTORS,
  AUTHORITIES,
  CHIP_MARKETS,
  CHIP_METRICS,
  DIE_AREA_BASES,
  DIRECTIONS,
  EVENT_ACTORS,
  EVENT_KINDS,
  EXCERPT_KINDS,
  INSTRUMENTS,
  META_KEYS,
  RULE_OUTCOMES,
  SECTORS,
  SOURCE_KINDS,
  STANCES,
  STATUSES,
  TARGETS,
  TRADE_FLOWS,
  VERDICTS
} from "./vocab.js";

// One schema per raw table in data/: the single source of truth for runtime validation and for the row types.
// Column order here is the column order of the CSV files (data/README.md describes each column).

export const metaSchema = z.object({key: oneOf(META_KEYS), value: optionalText()});

/**
 * meta.csv is a key/value table; this is the record its rows make, one typed value per key, with the same cell parsers
 * as every other table (so a date is a calendar date here too). validateDataset reports a bad value at its own row.
 */
export const metaRecordSchema = z.object({
  as_of: isoDate(),
  commentary_url: httpsUrl(),
  commentary_title: text(),
  commentary_date: isoDate(),
  commentary_date_note: optionalText(),
  commentary_publisher: text()
} satisfies Record<(typeof META_KEYS)[number], z.ZodType>);

export const sourceSchema = z.object({
  id: slug(),
  publisher: text(),
  title: text(),
  url: httpsUrl(),
  date: optionalDate(),
  kind: oneOf(SOURCE_KINDS),
  document_id: optionalText(),
  notes: optionalText()
});

export const measureSchema = z.object({
  id: slug(),
  actor: oneOf(ACTORS),
  target: listOf(TARGETS),
  instrument: oneOf(INSTRUMENTS),
  authority: oneOf(AUTHORITIES),
  title: text(),
  summary: text(),
  announced: isoDate(),
  effective: optionalDate(),
  ended: optionalDate(),
  amends: optionalSlug(),
  responds_to: optionalSlugList(),
  sectors: listOf(SECTORS),
  source_ids: slugList(),
  notes: optionalText()
});

export const measureStatusSchema = z.object({
  measure_id: slug(),
  date: isoDate(),
  status: oneOf(STATUSES),
  source_ids: slugList(),
  notes: optionalText()
});

export const tariffScopeSchema = z.object({
  scope: slug(),
  label: text(),
  target: oneOf(TARGETS),
  lines: optionalNumber({min: 1, max: 20000, integer: true}),
  covered_usd_bn: optionalNumber({min: 0, max: 10000}),
  covered_year: optionalNumber({min: 1990, max: 2100, integer: true}),
  covered_group: optionalSlug(),
  source_ids: slugList(),
  notes: optionalText()
});

export const tariffActionSchema = z.object({
  measure_id: slug(),
  scope: slug(),
  date: isoDate(),
  rate_pct: number({min: 0, max: 1000}),
  source_ids: slugList(),
  notes: optionalText()
});

export const chipSchema = z.object({
  id: slug(),
  name: text(),
  vendor: text(),
  market: oneOf(CHIP_MARKETS),
  released: optionalDate(),
  tpp_stated: optionalNumber({min: 0, max: 1e7}),
  dense_tops: optionalNumber({min: 0, max: 1e6}),
  bit_length: optionalNumber({min: 1, max: 64, integer: true}),
  interconnect_gbps: optionalNumber({min: 0, max: 1e5}),
  memory_bandwidth_gbps: optionalNumber({min: 0, max: 1e5}),
  die_area_mm2: optionalNumber({min: 1, max: 1e5}),
  die_area_basis: optionalOneOf(DIE_AREA_BASES),
  source_ids: slugList(),
  derivation: text()
});

export const chipRuleSchema = z.object({
  id: slug(),
  measure_id: slug(),
  name: text(),
  effective: isoDate(),
  source_ids: slugList(),
  notes: optionalText()
});

export const chipRuleThresholdSchema = z.object({
  rule_id: slug(),
  outcome: oneOf(RULE_OUTCOMES),
  clause: slug(),
  metric: oneOf(CHIP_METRICS),
  min: optionalNumber({min: 0}),
  max: optionalNumber({min: 0}),
  source_ids: slugList(),
  notes: optionalText()
});

export const eventSchema = z.object({
  id: slug(),
  date: isoDate(),
  kind: oneOf(EVENT_KINDS),
  actor: oneOf(EVENT_ACTORS),
  title: text(),
  summary: text(),
  value: optionalNumber({min: -1e7, max: 1e10}),
  unit: optionalText(),
  source_ids: slugList(),
  notes: optionalText()
});

export const tradeSchema = z.object({
  year: number({min: 1990, max: 2100, integer: true}),
  flow: oneOf(TRADE_FLOWS),
  value_usd_bn: number({min: 0, max: 100000}),
  source_id: slug(),
  release: text(),
  notes: optionalText()
});

export const excerptSchema = z.object({
  id: slug(),
  paragraph: number({min: 1, max: 200, integer: true}),
  german: text(),
  english: text(),
  kind: oneOf(EXCERPT_KINDS),
  measure_ids: optionalSlugList(),
  event_ids: optionalSlugList(),
  notes: optionalText()
});

export const counterpointSchema = z.object({
  id: slug(),
  excerpt_id: slug(),
  stance: oneOf(STANCES),
  summary: text(),
  source_ids: slugList()
});

export const forecastSchema = z.object({
  id: slug(),
  excerpt_id: slug(),
  expectation: text(),
  outcome: text(),
  measure_ids: optionalSlugList(),
  event_ids: optionalSlugList(),
  verdict: oneOf(VERDICTS),
  as_of: isoDate(),
  source_ids: slugList()
});

export const publishedEstimateSchema = z.object({
  id: slug(),
  publisher: text(),
  direction: oneOf(DIRECTIONS),
  date: isoDate(),
  rate_pct: number({min: 0, max: 1000}),
  method: text(),
  source_ids: slugList()
});

/** One data release: its date, the rows added, changed and removed since the previous release (data:diff), a summary. */
export const changelogSchema = z.object({
  date: isoDate(),
  added: optionalNumber({min: 0, integer: true}),
  changed: optionalNumber({min: 0, integer: true}),
  removed: optionalNumber({min: 0, integer: true}),
  summary: text()
});

export type MetaRow = z.output<typeof metaSchema>;
/** The typed facts of meta.csv. */
export type MetaRecord = z.output<typeof metaRecordSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Measure = z.output<typeof measureSchema>;
export type MeasureStatus = z.output<typeof measureStatusSchema>;
export type TariffScope = z.output<typeof tariffScopeSchema>;
export type TariffAction = z.output<typeof tariffActionSchema>;
export type Chip = z.output<typeof chipSchema>;
export type ChipRule = z.output<typeof chipRuleSchema>;
export type ChipRuleThreshold = z.output<typeof chipRuleThresholdSchema>;
export type Event = z.output<typeof eventSchema>;
export type TradeRow = z.output<typeof tradeSchema>;
export type Excerpt = z.output<typeof excerptSchema>;
export type Counterpoint = z.output<typeof counterpointSchema>;
export type Forecast = z.output<typeof forecastSchema>;
export type PublishedEstimate = z.output<typeof publishedEstimateSchema>;
export type ChangelogEntry = z.output<typeof changelogSchema>;
