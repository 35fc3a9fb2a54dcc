// The English UI messages: every visible word of the components and lib word modules, grouped by component or concept.
// `Ui` (this table's type) is the shape every language must fill (src/lib/i18n/ui.de.ts): a missing key is a type
// error. Messages that take values are functions.

/** Readable labels of the vocabularies' slugs (src/lib/vocab.ts); a slug without one reads as itself, hyphens as spaces. */
const labels = {
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
} as Record<string, string>;

export const en = {
  /** The language's own name, for the language switch. */
  languageName: "English",
  /** Written where a value is missing. */
  missing: "–",
  labels,
  /** The readable label of a slug, or the slug with hyphens as spaces. */
  label: (slug: string): string => labels[slug] ?? slug.replaceAll("-", " "),
  lanes: {
    "us-tariffs": "US tariffs",
    "us-controls": "US export controls & chip policy",
    "cn-tariffs": "China's tariffs",
    "cn-controls": "China's controls & listings",
    context: "Context"
  },
  laneGroups: {
    "": "All lanes",
    us: "US measures",
    cn: "China's measures",
    tariffs: "Tariffs only",
    controls: "Controls only"
  },
  phases: {
    pending: "not yet in force",
    "in-force": "in force",
    paused: "suspended",
    ended: "no longer in force"
  },
  /** "in force since 2025-04-04", "revoked on 2025-05-13". */
  statusSince: (status: string, ended: boolean, day: string): string => `${status} ${ended ? "on" : "since"} ${day}`,
  stances: {against: "Against the claim", supports: "Supports the claim", nuance: "Nuance"},
  kinds: {fact: "Fact", assessment: "Assessment", forecast: "Forecast"},
  kindHints: {
    fact: "a statement of fact that sources can confirm or correct",
    assessment: "a judgement by the author",
    forecast: "an expectation about what comes next"
  },
  verdicts: {
    happened: "Happened",
    partly: "Partly happened",
    "did-not-happen": "Did not happen",
    open: "Still open"
  },
  directions: {
    "us-on-cn": "US tariffs on Chinese goods",
    "cn-on-us": "China's tariffs on US goods"
  },
  chart: {
    embed: "Embed",
    embedTheme: "Embed theme",
    themeFollow: "Theme: follow the reader",
    themeLight: "Light",
    themeDark: "Dark",
    transparent: " transparent background",
    embedCode: "Embed code",
    copy: "Copy",
    copyTitle: "Copy the embed code",
    copied: "Copied",
    pressCopy: "Press Ctrl+C",
    svg: "SVG",
    svgTitle: "Download the chart as SVG, with its title and source",
    png: "PNG",
    pngTitle: "Download the chart as PNG (2×), with its title and source",
    source: "Source",
    /** "Data as of 1 December 2026" */
    dataAsOf: (date: string): string => `Data as of ${date}`
  }
};

/** The shape of a language's UI messages. */
export type Ui = typeof en;
