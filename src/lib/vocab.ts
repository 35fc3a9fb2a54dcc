// Controlled vocabularies of the data model. Plain constants (no schema library) so browser code can use them for
// labels and colour domains; src/lib/schema.ts turns them into validators. data/README.md documents each one.

/** The keys of meta.csv (src/lib/schema.ts types each value; data/README.md says what each means). */
export const META_KEYS = [
  "as_of",
  "commentary_url",
  "commentary_title",
  "commentary_date",
  "commentary_date_note",
  "commentary_date_note_de",
  "commentary_publisher"
] as const;
export const ACTORS = ["US", "CN"] as const;
/** Whose goods a measure hits; "others" = every country but China (e.g. a worldwide baseline whose China part is a scope of its own). */
export const TARGETS = ["CN", "US", "CA", "MX", "EU", "world", "others"] as const;
export const INSTRUMENTS = [
  "tariff",
  "export-control",
  "entity-listing",
  "investment-restriction",
  "subsidy",
  "agreement",
  "court-ruling",
  "investigation",
  "other"
] as const;
export const AUTHORITIES = [
  "section-232",
  "section-301",
  "section-201",
  "section-122",
  "ieepa",
  "ear",
  "chips-act",
  "executive-order",
  "trade-agreement",
  "us-court",
  "cn-tariff-commission",
  "cn-export-control",
  "cn-unreliable-entity-list",
  "cn-trade-remedy",
  "other"
] as const;
export const SECTORS = [
  "all-goods",
  "steel",
  "aluminum",
  "copper",
  "autos",
  "ev",
  "batteries",
  "solar",
  "semiconductors",
  "chip-equipment",
  "ai",
  "telecom",
  "critical-minerals",
  "rare-earths",
  "medical",
  "pharmaceuticals",
  "agriculture",
  "energy",
  "cranes-ships",
  "lumber",
  "consumer-goods",
  "industrial-goods",
  "aircraft",
  "defense",
  "other"
] as const;
export const STATUSES = [
  "announced",
  "threatened",
  "in-force",
  "suspended",
  "extended",
  "struck-down",
  "revoked",
  "expired",
  "superseded",
  "scheduled"
] as const;
export const SOURCE_KINDS = ["primary", "secondary"] as const;
export const CHIP_MARKETS = ["global", "china-specific", "chinese-domestic"] as const;
/** How a chip's die area is known: stated by the maker or measured from a die shot, or an outside estimate. */
export const DIE_AREA_BASES = ["stated", "estimate"] as const;
export const CHIP_METRICS = ["tpp", "performance_density", "interconnect_gbps", "memory_bandwidth_gbps"] as const;
/** Outcomes a rule can assign, most severe first; a chip meeting no clause is "not-controlled". */
export const RULE_OUTCOMES = ["licence-required", "case-by-case", "notification"] as const;
/** A chip's class under a rule; "unknown" when a figure the rule needs is missing from the data. */
export const CLASSIFICATIONS = [...RULE_OUTCOMES, "unknown", "not-controlled"] as const;
export const EVENT_KINDS = ["ai-model", "market", "politics", "industry", "court", "diplomacy", "other"] as const;
export const EVENT_ACTORS = ["US", "CN", "other"] as const;
export const TRADE_FLOWS = ["us-imports-from-cn", "us-exports-to-cn", "us-imports-total"] as const;
export const EXCERPT_KINDS = ["fact", "assessment", "forecast"] as const;
export const STANCES = ["against", "supports", "nuance"] as const;
export const VERDICTS = ["happened", "partly", "did-not-happen", "open"] as const;
export const DIRECTIONS = ["us-on-cn", "cn-on-us"] as const;
/** How two tariff scopes combine on one line (data/lines/stacking.csv); every pair without a rule adds. */
export const STACKING_RULES = ["replaces", "excluded_by"] as const;

export type Actor = (typeof ACTORS)[number];
export type Target = (typeof TARGETS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
export type Authority = (typeof AUTHORITIES)[number];
export type Sector = (typeof SECTORS)[number];
export type Status = (typeof STATUSES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ChipMarket = (typeof CHIP_MARKETS)[number];
export type MetaKey = (typeof META_KEYS)[number];
export type ChipMetric = (typeof CHIP_METRICS)[number];
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];
export type Classification = (typeof CLASSIFICATIONS)[number];
export type TradeFlow = (typeof TRADE_FLOWS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type StackingRuleKind = (typeof STACKING_RULES)[number];
