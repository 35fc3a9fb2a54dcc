import type {z} from "zod";
import {
  changelogSchema,
  cnExemptionSchema,
  cnLineMfnSchema,
  cnLineWeightSchema,
  cnScopeLineSchema,
  lineProvenanceSchema,
  stackingRuleSchema,
  usExemptionSchema,
  usLineMfnSchema,
  usLineWeightSchema,
  usScopeLineSchema,
  weightBasisSchema,
  chipRuleSchema,
  chipRuleThresholdSchema,
  chipSchema,
  counterpointSchema,
  eventSchema,
  excerptSchema,
  forecastSchema,
  measureSchema,
  measureStatusSchema,
  metaSchema,
  publishedEstimateSchema,
  sourceSchema,
  tariffActionSchema,
  tariffScopeSchema,
  tradeSchema
} from "./schema.js";

/** The raw tables of data/, in the order they are checked and documented. */
export const TABLE_NAMES = [
  "meta",
  "sources",
  "measures",
  "measure_status",
  "tariff_scopes",
  "tariff_actions",
  "chips",
  "chip_rules",
  "chip_rule_thresholds",
  "events",
  "trade",
  "excerpts",
  "counterpoints",
  "forecasts",
  "published_estimates",
  "changelog",
  "us_weights",
  "us_mfn",
  "us_scope_lines",
  "us_exemptions",
  "cn_weights",
  "cn_mfn",
  "cn_scope_lines",
  "cn_exemptions",
  "line_stacking",
  "line_bases",
  "line_provenance"
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A reference from a column (one id or a `;` list) to the `id` column of another table. */
export interface Reference {
  column: string;
  table: TableName;
}

/** Everything the validator needs to know about one raw table. */
export interface TableSpec {
  /** The CSV file inside data/. */
  file: string;
  schema: z.ZodObject;
  /** Columns whose combined values must be unique. */
  key: string[];
  refs: Reference[];
  /** Pairs of date columns where the second may not come before the first. */
  dateOrder: [string, string][];
  /** Line-level input (data/lines/): may be absent; a checkout without line data has none, and the estimate says so. */
  optional?: boolean;
  /** Columns a file may leave out of its header (every cell of them then reads as empty). */
  optionalColumns?: string[];
  /** Too large to ship to the pages (tens of thousands of tariff lines): they get the derived series instead. */
  bulky?: boolean;
}

const sources = (column = "source_ids"): Reference => ({column, table: "sources"});

/** The line tables of one direction's folder, e.g. data/lines/us/. */
function lineTables(dir: "us" | "cn") {
  const schemas = {
    us: {weights: usLineWeightSchema, mfn: usLineMfnSchema, scope: usScopeLineSchema, exempt: usExemptionSchema},
    cn: {weights: cnLineWeightSchema, mfn: cnLineMfnSchema, scope: cnScopeLineSchema, exempt: cnExemptionSchema}
  }[dir];
  const scopes: Reference = {column: "scope", table: "tariff_scopes"};
  return {
    weights: {
      file: `lines/${dir}/weights.csv`,
      schema: schemas.weights,
      key: ["basis", "year", "code"],
      refs: [],
      dateOrder: [],
      optional: true,
      bulky: true
    },
    mfn: {
      file: `lines/${dir}/mfn.csv`,
      schema: schemas.mfn,
      key: ["code", "date"],
      refs: [],
      dateOrder: [],
      optional: true,
      bulky: true
    },
    scope_lines: {
      file: `lines/${dir}/scope_lines.csv`,
      schema: schemas.scope,
      key: ["scope", "code", "date_from"],
      refs: [scopes],
      dateOrder: [["date_from", "date_to"]],
      optional: true,
      bulky: true,
      optionalColumns: ["share"]
    },
    exemptions: {
      file: `lines/${dir}/exemptions.csv`,
      schema: schemas.exempt,
      key: ["scope", "code", "date_from"],
      refs: [scopes, sources()],
      dateOrder: [["date_from", "date_to"]],
      optional: true,
      bulky: true
    }
  } satisfies Record<string, TableSpec>;
}
const us = lineTables("us");
const cn = lineTables("cn");

/** The raw table names of each direction's line folder. */
export const LINE_TABLES = {
  "us-on-cn": {weights: "us_weights", mfn: "us_mfn", scope_lines: "us_scope_lines", exemptions: "us_exemptions"},
  "cn-on-us": {weights: "cn_weights", mfn: "cn_mfn", scope_lines: "cn_scope_lines", exemptions: "cn_exemptions"}
} as const;

/** How each raw table is read and checked. */
export const TABLES = {
  meta: {file: "meta.csv", schema: metaSchema, key: ["key"], refs: [], dateOrder: []},
  sources: {file: "sources.csv", schema: sourceSchema, key: ["id"], refs: [], dateOrder: []},
  measures: {
    file: "measures.csv",
    schema: measureSchema,
    key: ["id"],
    refs: [sources(), {column: "amends", table: "measures"}, {column: "responds_to", table: "measures"}],
    dateOrder: [
      ["announced", "effective"],
      ["effective", "ended"],
      ["announced", "ended"]
    ]
  },
  measure_status: {
    file: "measure_status.csv",
    schema: measureStatusSchema,
    key: ["measure_id", "date", "status"],
    refs: [sources(), {column: "measure_id", table: "measures"}],
    dateOrder: []
  },
  tariff_scopes: {
    file: "tariff_scopes.csv",
    schema: tariffScopeSchema,
    key: ["scope"],
    refs: [sources()],
    dateOrder: []
  },
  tariff_actions: {
    file: "tariff_actions.csv",
    schema: tariffActionSchema,
    key: ["scope", "date"],
    refs: [sources(), {column: "measure_id", table: "measures"}, {column: "scope", table: "tariff_scopes"}],
    dateOrder: []
  },
  chips: {file: "chips.csv", schema: chipSchema, key: ["id"], refs: [sources()], dateOrder: []},
  chip_rules: {
    file: "chip_rules.csv",
    schema: chipRuleSchema,
    key: ["id"],
    refs: [sources(), {column: "measure_id", table: "measures"}],
    dateOrder: []
  },
  chip_rule_thresholds: {
    file: "chip_rule_thresholds.csv",
    schema: chipRuleThresholdSchema,
    key: ["rule_id", "outcome", "clause", "metric"],
    refs: [sources(), {column: "rule_id", table: "chip_rules"}],
    dateOrder: []
  },
  events: {
    file: "events.csv",
    schema: eventSchema,
    key: ["id"],
    refs: [sources()],
    dateOrder: []
  },
  trade: {
    file: "trade.csv",
    schema: tradeSchema,
    key: ["year", "flow"],
    refs: [sources("source_id")],
    dateOrder: []
  },
  excerpts: {
    file: "excerpts.csv",
    schema: excerptSchema,
    key: ["id"],
    refs: [
      {column: "measure_ids", table: "measures"},
      {column: "event_ids", table: "events"}
    ],
    dateOrder: []
  },
  counterpoints: {
    file: "counterpoints.csv",
    schema: counterpointSchema,
    key: ["id"],
    refs: [sources(), {column: "excerpt_id", table: "excerpts"}],
    dateOrder: []
  },
  forecasts: {
    file: "forecasts.csv",
    schema: forecastSchema,
    key: ["id"],
    refs: [
      sources(),
      {column: "excerpt_id", table: "excerpts"},
      {column: "measure_ids", table: "measures"},
      {column: "event_ids", table: "events"}
    ],
    dateOrder: []
  },
  published_estimates: {
    file: "published_estimates.csv",
    schema: publishedEstimateSchema,
    key: ["id"],
    refs: [sources()],
    optionalColumns: ["their_rates"],
    dateOrder: []
  },
  changelog: {
    file: "changelog.csv",
    schema: changelogSchema,
    key: ["date"],
    refs: [],
    dateOrder: []
  },
  us_weights: us.weights,
  us_mfn: us.mfn,
  us_scope_lines: us.scope_lines,
  us_exemptions: us.exemptions,
  cn_weights: cn.weights,
  cn_mfn: cn.mfn,
  cn_scope_lines: cn.scope_lines,
  cn_exemptions: cn.exemptions,
  line_stacking: {
    file: "lines/stacking.csv",
    schema: stackingRuleSchema,
    key: ["scope", "rule", "other"],
    refs: [sources(), {column: "scope", table: "tariff_scopes"}, {column: "other", table: "tariff_scopes"}],
    dateOrder: [],
    optional: true
  },
  line_bases: {
    file: "lines/bases.csv",
    schema: weightBasisSchema,
    key: ["direction", "basis", "date_from"],
    refs: [sources()],
    dateOrder: [["date_from", "date_to"]],
    optional: true,
    optionalColumns: ["weights_basis"]
  },
  line_provenance: {
    file: "lines/provenance.csv",
    schema: lineProvenanceSchema,
    key: ["file", "repository", "path"],
    refs: [],
    dateOrder: [],
    optional: true
  }
} satisfies Record<TableName, TableSpec>;

/** The typed raw tables, as the validator returns them. */
export type Dataset = {[K in TableName]: z.output<(typeof TABLES)[K]["schema"]>[]};
