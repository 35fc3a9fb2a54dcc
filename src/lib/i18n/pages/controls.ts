// The Export controls and chips page's text (src/templates/controls.md.tpl), English and German. Values are Markdown
// (HTML allowed); many are pieces of one sentence around a cell value (…Before, …After).
import type {Lang} from "../index.js";

const en = {
  title: "Export controls and chips",
  heading: "Export controls and chips",
  filters: {
    rule: "Rule",
    actor: "Actor",
    both: "Both",
    us: "United States",
    cn: "China",
    instrument: "Instrument",
    exportControls: "Export controls",
    entityListings: "Entity listings"
  },
  lede: "The US rules that decide which AI chips may be shipped to China, the chips plotted against each rule's thresholds, and China's answer: export controls on the minerals chips and batteries are made of, several of them now suspended.",
  chips: {
    titleBefore: "Named AI chips against the thresholds of ",
    selectedRule: "the selected rule",
    titleAfter: ": which need a US licence to go to China",
    inForce: "In force from ",
    tpp: ". Total processing performance (TPP) against ",
    interconnect: "the chip-to-chip transfer rate",
    density: "performance density",
    subtitleAfter:
      ", the two figures this rule tests; shaded regions and dashed borders are computed from the rule's thresholds. Pick a rule to see chips move between classes.",
    notes: "Notes on how this rule is encoded",
    sourceBefore: "Thresholds: ",
    sourceAfter:
      ". Chip figures: data sheets and trackers, one set per chip (see the table below). Classification computed by High Fences from these figures."
  },
  matrix: {
    title: "Each chip's class under each rule, and which chips moved",
    subtitle:
      "■ licence required · ▲ notify under a licence exception · ● free to export to China; computed from each chip's figures and each rule's thresholds",
    caption: "Chip classification by rule",
    source: "Computed from data/chips.csv and data/chip_rule_thresholds.csv."
  },
  cols: {
    chip: "Chip",
    vendor: "Vendor",
    madeFor: "Made for",
    moved: "Moved",
    figures: "Figures",
    derivation: "Derivation and checks",
    sources: "Sources",
    measure: "Measure",
    announced: "Announced",
    effective: "Effective",
    ended: "Ended",
    statusNow: "Status now"
  },
  derivation: {
    summary: "How each chip's figures were derived",
    caption: "Chip figures and their derivation"
  },
  us: {
    title: "US export controls, entity listings and chip subsidies since ",
    subtitleBefore:
      "One row per measure: dashed line = announced, not yet in force; solid bar = in force; grey dashed bar = suspended; × = revoked, superseded or expired; status on ",
    subtitleAfter:
      " written by each row; pale dashed bar = scheduled; ◆ = rule whose chip thresholds are charted above",
    checked: ". Checked through "
  },
  periods: {
    sources: "Sources, one per measure (all of them in the table below): "
  },
  cn: {
    title: "China's export controls on minerals and materials, and their suspensions",
    subtitleBefore:
      "From announcement to entry into force (dashed), in force (solid bar) until suspension (grey dashed bar), revocation (×) or ",
    subtitleAfter: "; pale dashed bar = scheduled; status written by each row",
    source: ". MOFCOM and General Administration of Customs announcements, often as reported by Xinhua or law firms."
  },
  table: {
    title: "Every export control and entity listing, both sides",
    subtitle: " measures; status on the date each lane is checked through; filters are kept in the page address",
    caption: "Export controls and entity listings",
    source: "Status from data/measure_status.csv (latest entry on or before the as-of date)."
  }
};

const de: typeof en = {
  title: "Exportkontrollen und Chips",
  heading: "Exportkontrollen und Chips",
  filters: {
    rule: "Regel",
    actor: "Akteur",
    both: "Beide",
    us: "Vereinigte Staaten",
    cn: "China",
    instrument: "Instrument",
    exportControls: "Exportkontrollen",
    entityListings: "Listungen von Unternehmen"
  },
  lede: "Die US-Regeln, die festlegen, welche KI-Chips nach China geliefert werden dürfen, die Chips vor den Schwellenwerten jeder Regel, und Chinas Antwort: Exportkontrollen für die Mineralien, aus denen Chips und Batterien bestehen – mehrere davon inzwischen ausgesetzt.",
  chips: {
    titleBefore: "Benannte KI-Chips vor den Schwellenwerten von ",
    selectedRule: "der gewählten Regel",
    titleAfter: ": welche für China eine US-Lizenz brauchen",
    inForce: "In Kraft seit ",
    tpp: ". Gesamtrechenleistung (TPP) gegen ",
    interconnect: "die Übertragungsrate zwischen Chips",
    density: "die Leistungsdichte",
    subtitleAfter:
      ", die beiden Größen, die diese Regel prüft; schattierte Flächen und gestrichelte Grenzen sind aus den Schwellenwerten der Regel berechnet. Eine Regel wählen, um zu sehen, wie Chips die Klasse wechseln.",
    notes: "Anmerkungen dazu, wie diese Regel erfasst ist",
    sourceBefore: "Schwellenwerte: ",
    sourceAfter:
      ". Chipdaten: Datenblätter und Tracker, ein Satz je Chip (siehe die Tabelle unten). Einstufung von High Fences aus diesen Werten berechnet."
  },
  matrix: {
    title: "Die Klasse jedes Chips unter jeder Regel, und welche Chips wechselten",
    subtitle:
      "■ Lizenz erforderlich · ▲ Meldung unter einer Lizenzausnahme · ● frei nach China exportierbar; berechnet aus den Werten jedes Chips und den Schwellenwerten jeder Regel",
    caption: "Einstufung der Chips nach Regel",
    source: "Berechnet aus data/chips.csv und data/chip_rule_thresholds.csv."
  },
  cols: {
    chip: "Chip",
    vendor: "Hersteller",
    madeFor: "Gebaut für",
    moved: "Gewechselt",
    figures: "Werte",
    derivation: "Herleitung und Prüfungen",
    sources: "Quellen",
    measure: "Maßnahme",
    announced: "Angekündigt",
    effective: "In Kraft",
    ended: "Beendet",
    statusNow: "Status jetzt"
  },
  derivation: {
    summary: "Wie die Werte jedes Chips ermittelt wurden",
    caption: "Chipwerte und ihre Herleitung"
  },
  us: {
    title: "US-Exportkontrollen, Listungen von Unternehmen und Chip-Subventionen seit ",
    subtitleBefore:
      "Eine Zeile je Maßnahme: gestrichelte Linie = angekündigt, noch nicht in Kraft; durchgehender Balken = in Kraft; grau gestrichelter Balken = ausgesetzt; × = aufgehoben, ersetzt oder ausgelaufen; Status am ",
    subtitleAfter:
      " neben jeder Zeile; blass gestrichelter Balken = geplant; ◆ = Regel, deren Chip-Schwellenwerte oben dargestellt sind",
    checked: ". Geprüft bis "
  },
  periods: {
    sources: "Quellen, eine je Maßnahme (alle in der Tabelle unten): "
  },
  cn: {
    title: "Chinas Exportkontrollen für Mineralien und Werkstoffe, und ihre Aussetzungen",
    subtitleBefore:
      "Von der Ankündigung bis zum Inkrafttreten (gestrichelt), in Kraft (durchgehender Balken) bis zur Aussetzung (grau gestrichelter Balken), Aufhebung (×) oder ",
    subtitleAfter: "; blass gestrichelter Balken = geplant; Status neben jeder Zeile",
    source:
      ". Bekanntmachungen von MOFCOM und der Allgemeinen Zollverwaltung, oft nach Berichten von Xinhua oder Anwaltskanzleien."
  },
  table: {
    title: "Alle Exportkontrollen und Listungen von Unternehmen, beider Seiten",
    subtitle: " Maßnahmen; Status zum Prüfstand jeder Spur; die Filter bleiben in der Adresse der Seite erhalten",
    caption: "Exportkontrollen und Listungen von Unternehmen",
    source: "Status aus data/measure_status.csv (jüngster Eintrag bis zum Stichtag)."
  }
};

/** The Export controls and chips page's text in each language. */
export const controls: Record<Lang, typeof en> = {en, de};
