// Number and date formatting shared by pages and components: one place, so figures read the same everywhere.

/** "12.3%" (one decimal), or "–" for a missing value. */
export function pct(value: number | undefined, digits = 1): string {
  return value === undefined || Number.isNaN(value) ? "–" : `${value.toFixed(digits)}%`;
}

/** "$438.9bn" */
export function usdBn(value: number | undefined, digits = 1): string {
  return value === undefined
    ? "–"
    : `$${value.toLocaleString("en-US", {minimumFractionDigits: digits, maximumFractionDigits: digits})}bn`;
}

/** "−$202.1bn" for a deficit, "$3.0bn" for a surplus. */
export function signedUsdBn(value: number | undefined): string {
  return value === undefined ? "–" : value < 0 ? `−${usdBn(-value)}` : usdBn(value);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "14 May 2025" from a UTC calendar date. */
export function longDate(date: Date | undefined): string {
  return date ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : "–";
}

/** "Nov 2025" from a UTC calendar date. */
export function monthYear(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Readable labels of the vocabularies' slugs. */
export const LABELS: Record<string, string> = {
  "section-232": "Section 232 (national security)",
  "section-301": "Section 301 (unfair practices)",
  "section-201": "Section 201 (safeguard)",
  "section-122": "Section 122 (balance of payments)",
  ieepa: "IEEPA (emergency powers)",
  ear: "Export Administration Regulations",
  "chips-act": "CHIPS and Science Act",
  "executive-order": "Executive order",
  "trade-agreement": "Trade agreement",
  "us-court": "US courts",
  "cn-tariff-commission": "State Council Tariff Commission",
  "cn-export-control": "China's Export Control Law",
  "cn-unreliable-entity-list": "Unreliable Entity List",
  "cn-trade-remedy": "China's trade remedies and probes",
  other: "Other",
  "in-force": "in force",
  "struck-down": "struck down",
  "export-control": "export control",
  "entity-listing": "entity listing",
  "investment-restriction": "investment restriction",
  "court-ruling": "court ruling",
  "us-on-cn": "US on Chinese goods",
  "cn-on-us": "China on US goods"
};

/** The readable label of a slug, or the slug with hyphens as spaces. */
export function label(slug: string): string {
  return LABELS[slug] ?? slug.replaceAll("-", " ");
}
