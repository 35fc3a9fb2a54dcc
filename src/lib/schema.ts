import {z} from "zod";
import {
  germanText,
  httpsUrl,
  isoDate,
  listOf,
  number,
  oneOf,
  optionalDate,
  optionalNumber,
  optionalOneOf,
  optionalScopeRates,
  optionalSlug,
  optionalSlugList,
  optionalText,
  slug,
  slugList,
  tariffCode,
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
  STACKING_RULES,
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
  commentary_date_note_de: optionalText(),
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
  title_de: germanText(),
  summary_de: germanText(),
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
  notes: optionalText(),
  notes_de: germanText()
});

export const tariffScopeSchema = z.object({
  scope: slug(),
  label: text(),
  label_de: germanText(),
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
  derivation: text(),
  derivation_de: germanText()
});

export const chipRuleSchema = z.object({
  id: slug(),
  measure_id: slug(),
  name: text(),
  name_de: germanText(),
  effective: isoDate(),
  source_ids: slugList(),
  notes: optionalText(),
  notes_de: germanText()
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
  title_de: germanText(),
  summary: text(),
  summary_de: germanText(),
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
  release_de: germanText(),
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
  notes: optionalText(),
  notes_de: germanText()
});

export const counterpointSchema = z.object({
  id: slug(),
  excerpt_id: slug(),
  stance: oneOf(STANCES),
  summary: text(),
  summary_de: germanText(),
  source_ids: slugList()
});

export const forecastSchema = z.object({
  id: slug(),
  excerpt_id: slug(),
  expectation: text(),
  expectation_de: germanText(),
  outcome: text(),
  outcome_de: germanText(),
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
  source_ids: slugList(),
  /** Our weighting basis that matches the publisher's (data/lines/bases.csv), so the figure is compared like for like. */
  basis: optionalSlug(),
  /** Set when the figure is one authority's part (e.g. Yale's Section 301 contribution); empty for the total. */
  authority: optionalOneOf(AUTHORITIES),
  /**
   * Rates the publisher applied that differ from ours (a documented error or assumption), `scope=rate;…`: the
   * comparison also recomputes ours with them, so the difference their inputs make is measured, not guessed.
   */
  their_rates: optionalScopeRates()
});

// Line-level tables (data/lines/, see data/README.md): one folder per direction with the same four tables.

/** Code widths: US HTS lines are HTS8 or HTS10; China's HS lines are 6 to 10 digits. Prefixes are 2 digits or more. */
export const LINE_CODE_DIGITS = {us: {lengths: [8, 10], max: 10}, cn: {lengths: [6, 7, 8, 9, 10], max: 10}} as const;

const lineWeightSchemaFor = (dir: keyof typeof LINE_CODE_DIGITS) =>
  z.object({
    basis: slug(),
    year: number({min: 1990, max: 2100, integer: true}),
    code: tariffCode({min: 6, ...LINE_CODE_DIGITS[dir]}),
    value_usd: number({min: 0, max: 1e12})
  });
const prefix = (dir: keyof typeof LINE_CODE_DIGITS) => tariffCode({min: 2, max: LINE_CODE_DIGITS[dir].max});
const lineMfnSchemaFor = (dir: keyof typeof LINE_CODE_DIGITS) =>
  z.object({code: prefix(dir), date: isoDate(), mfn_pct: number({min: 0, max: 1000})});
const scopeLineSchemaFor = (dir: keyof typeof LINE_CODE_DIGITS) =>
  z.object({
    scope: slug(),
    code: prefix(dir),
    date_from: optionalDate(),
    date_to: optionalDate(),
    /** Part of the line's value the scope charges (e.g. a derivative's metal content); empty or absent: the whole. */
    share: optionalNumber({min: 0, max: 1})
  });
const exemptionSchemaFor = (dir: keyof typeof LINE_CODE_DIGITS) =>
  z.object({
    scope: slug(),
    code: prefix(dir),
    date_from: optionalDate(),
    date_to: optionalDate(),
    reason: text(),
    source_ids: slugList()
  });

export const usLineWeightSchema = lineWeightSchemaFor("us");
export const cnLineWeightSchema = lineWeightSchemaFor("cn");
export const usLineMfnSchema = lineMfnSchemaFor("us");
export const cnLineMfnSchema = lineMfnSchemaFor("cn");
export const usScopeLineSchema = scopeLineSchemaFor("us");
export const cnScopeLineSchema = scopeLineSchemaFor("cn");
export const usExemptionSchema = exemptionSchemaFor("us");
export const cnExemptionSchema = exemptionSchemaFor("cn");

export const stackingRuleSchema = z.object({
  scope: slug(),
  rule: oneOf(STACKING_RULES),
  other: slug(),
  source_ids: slugList(),
  notes: optionalText()
});

export const weightBasisSchema = z.object({
  direction: oneOf(DIRECTIONS),
  basis: slug(),
  date_from: optionalDate(),
  date_to: optionalDate(),
  weights_year: number({min: 1990, max: 2100, integer: true}),
  label: text(),
  label_de: germanText(),
  notes: optionalText(),
  source_ids: slugList(),
  /** The basis of weights.csv whose rows this period uses; empty or absent: its own (a sensitivity basis borrows). */
  weights_basis: optionalSlug()
});

export const lineProvenanceSchema = z.object({
  file: text(),
  repository: text(),
  commit: text(),
  path: text(),
  licence: text(),
  retrieved: isoDate(),
  changes: text(),
  script: text()
});

/** One data release: its date, the rows added, changed and removed since the previous release (data:diff), a summary. */
export const changelogSchema = z.object({
  date: isoDate(),
  added: optionalNumber({min: 0, integer: true}),
  changed: optionalNumber({min: 0, integer: true}),
  removed: optionalNumber({min: 0, integer: true}),
  summary: text(),
  summary_de: germanText()
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
export type LineWeight = z.output<typeof usLineWeightSchema>;
export type LineMfn = z.output<typeof usLineMfnSchema>;
export type ScopeLine = z.output<typeof usScopeLineSchema>;
export type LineExemption = z.output<typeof usExemptionSchema>;
export type StackingRule = z.output<typeof stackingRuleSchema>;
export type WeightBasis = z.output<typeof weightBasisSchema>;
export type LineProvenance = z.output<typeof lineProvenanceSchema>;
export type ChangelogEntry = z.output<typeof changelogSchema>;
