// Die deutschen UI-Texte: dieselben Schlüssel wie src/lib/i18n/ui.en.ts (ein fehlender Schlüssel ist ein Typfehler),
// geschrieben, wie eine deutsche Datenredaktion schreibt, nicht Wort für Wort übersetzt.
import type {Ui} from "./ui.en.js";

/** Lesbare Namen der Schlüsselwörter der Vokabulare (src/lib/vocab.ts), vollständig: kein englisches Wort bleibt. */
const labels = {
  "section-232": "Section 232 (nationale Sicherheit)",
  "section-301": "Section 301 (unfaire Handelspraktiken)",
  "section-201": "Section 201 (Schutzklausel)",
  "section-122": "Section 122 (Zahlungsbilanz)",
  ieepa: "IEEPA (Notstandsbefugnisse)",
  ear: "US-Exportkontrollrecht (EAR)",
  "chips-act": "CHIPS-Gesetz (CHIPS and Science Act)",
  "executive-order": "Präsidialerlass",
  "trade-agreement": "Handelsabkommen",
  "us-court": "US-Gerichte",
  "cn-tariff-commission": "Zolltarifkommission des Staatsrats",
  "cn-export-control": "Chinas Exportkontrollgesetz",
  "cn-unreliable-entity-list": "Liste unzuverlässiger Unternehmen",
  "cn-trade-remedy": "Chinas Handelsschutz und Untersuchungen",
  other: "Sonstiges",
  // Status
  announced: "angekündigt",
  threatened: "angedroht",
  "in-force": "in Kraft",
  suspended: "ausgesetzt",
  extended: "verlängert",
  "struck-down": "gerichtlich gekippt",
  revoked: "aufgehoben",
  expired: "ausgelaufen",
  superseded: "ersetzt",
  scheduled: "terminiert",
  // Instrumente
  tariff: "Zoll",
  "export-control": "Exportkontrolle",
  "entity-listing": "Listung",
  "investment-restriction": "Investitionsbeschränkung",
  subsidy: "Subvention",
  agreement: "Abkommen",
  "court-ruling": "Gerichtsurteil",
  investigation: "Untersuchung",
  // Branchen
  "all-goods": "alle Waren",
  steel: "Stahl",
  aluminum: "Aluminium",
  copper: "Kupfer",
  autos: "Autos",
  ev: "E-Autos",
  batteries: "Batterien",
  solar: "Solartechnik",
  semiconductors: "Halbleiter",
  "chip-equipment": "Anlagen für die Chipfertigung",
  ai: "KI",
  telecom: "Telekommunikation",
  "critical-minerals": "kritische Rohstoffe",
  "rare-earths": "Seltene Erden",
  medical: "Medizinprodukte",
  pharmaceuticals: "Arzneimittel",
  agriculture: "Landwirtschaft",
  energy: "Energie",
  "cranes-ships": "Kräne und Schiffe",
  lumber: "Holz",
  "consumer-goods": "Konsumgüter",
  "industrial-goods": "Industriegüter",
  aircraft: "Flugzeuge",
  defense: "Rüstung",
  // Richtungen
  "us-on-cn": "USA auf Waren aus China",
  "cn-on-us": "China auf Waren aus den USA"
} as Record<string, string>;

export const de: Ui = {
  languageName: "Deutsch",
  missing: "–",
  labels,
  label: (slug: string): string => labels[slug] ?? slug.replaceAll("-", " "),
  lanes: {
    "us-tariffs": "US-Zölle",
    "us-controls": "US-Exportkontrollen & Chippolitik",
    "cn-tariffs": "Chinas Zölle",
    "cn-controls": "Chinas Kontrollen & Listungen",
    context: "Kontext"
  },
  laneGroups: {
    "": "Alle Spuren",
    us: "Maßnahmen der USA",
    cn: "Maßnahmen Chinas",
    tariffs: "Nur Zölle",
    controls: "Nur Kontrollen"
  },
  phases: {
    pending: "noch nicht in Kraft",
    "in-force": "in Kraft",
    paused: "ausgesetzt",
    ended: "nicht mehr in Kraft"
  },
  statusSince: (status: string, ended: boolean, day: string): string => `${status} ${ended ? "am" : "seit"} ${day}`,
  stances: {against: "Widerspricht der Aussage", supports: "Stützt die Aussage", nuance: "Differenziert"},
  kinds: {fact: "Tatsache", assessment: "Einschätzung", forecast: "Prognose"},
  kindHints: {
    fact: "eine Tatsachenbehauptung, die Quellen bestätigen oder korrigieren können",
    assessment: "ein Urteil des Autors",
    forecast: "eine Erwartung an das, was kommt"
  },
  verdicts: {
    happened: "Eingetreten",
    partly: "Teilweise eingetreten",
    "did-not-happen": "Nicht eingetreten",
    open: "Noch offen"
  },
  directions: {
    "us-on-cn": "US-Zölle auf Waren aus China",
    "cn-on-us": "Chinas Zölle auf Waren aus den USA"
  },
  chart: {
    embed: "Einbetten",
    embedTheme: "Farbschema der Einbettung",
    themeFollow: "Farbschema: wie beim Leser",
    themeLight: "Hell",
    themeDark: "Dunkel",
    transparent: " transparenter Hintergrund",
    embedCode: "Code zum Einbetten",
    copy: "Kopieren",
    copyTitle: "Den Code zum Einbetten kopieren",
    copied: "Kopiert",
    pressCopy: "Strg+C drücken",
    svg: "SVG",
    svgTitle: "Die Grafik als SVG herunterladen, mit Titel und Quelle",
    png: "PNG",
    pngTitle: "Die Grafik als PNG (2×) herunterladen, mit Titel und Quelle",
    source: "Quelle",
    dataAsOf: (date: string): string => `Stand: ${date}`
  }
};
