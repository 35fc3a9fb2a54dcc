import type {z} from "zod";
import {
  changelogSchema,
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
  "changelog"
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
}

const sources = (column = "source_ids"): Reference => ({column, table: "sources"});

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
    dateOrder: []
  },
  changelog: {
    file: "changelog.csv",
    schema: changelogSchema,
    key: ["date"],
    refs: [],
    dateOrder: []
  }
} satisfies Record<TableName, TableSpec>;

/** The typed raw tables, as the validator returns them. */
export type Dataset = {[K in TableName]: z.output<(typeof TABLES)[K]["schema"]>[]};
