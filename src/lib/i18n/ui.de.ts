// Die deutschen UI-Texte: dieselben Schlüssel wie src/lib/i18n/ui.en.ts (ein fehlender Schlüssel ist ein Typfehler),
// geschrieben, wie eine deutsche Datenredaktion schreibt, nicht Wort für Wort übersetzt.
import type {TradeFacts, Ui} from "./ui.en.js";

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
  commentary: "Kommentar",
  labels,
  label: (slug: string): string => labels[slug] ?? slug.replaceAll("-", " "),
  lanes: {
    "us-tariffs": "US-Zölle",
    "us-controls": "US-Exportkontrollen & Chips",
    "cn-tariffs": "Chinas Zölle",
    "cn-controls": "Chinas Kontrollen & Listungen",
    context: "Kontext"
  },
  laneShort: {
    "us-tariffs": "US-Zölle",
    "us-controls": "US-Kontrollen",
    "cn-tariffs": "Chinas Zölle",
    "cn-controls": "Chinas Kontrollen",
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
  currentStatus: (status: string, inForce: boolean, month: string): string =>
    inForce ? "in Kraft" : `${status} (${month})`,
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
  sourceKinds: {primary: "Primärquelle", secondary: "Sekundärquelle"},
  sides: {US: "USA", CN: "China"},
  announcedEffective: (announced: string, effective?: string): string =>
    effective ? `angekündigt am ${announced}, in Kraft ab ${effective}` : `angekündigt am ${announced}`,
  event: "Ereignis",
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
    imageAsOf: (date: string): string => `Stand: ${date}`,
    snippetNote: (site: string, title: string, message: string): string =>
      `${site}: „${title}“. Der Frame sendet dieser Seite beim Laden und bei jeder Größenänderung ${message} (CSS-px); das Skript darunter setzt damit die Höhe des Frames.`,
    dataAsOf: (date: string): string => `Stand: ${date}`,
    noChart: "keine Grafik zum Exportieren in dieser Karte"
  },
  charts: {
    "overview-timeline": {
      title: "Alle Handelsmaßnahmen zwischen den USA und China seit 2018 und die Ereignisse darum",
      units:
        "Balken von der Ankündigung bis zum Inkrafttreten; ● in Kraft oder angekündigt, ○ nicht mehr in Kraft, ◆ Ereignis",
      source:
        "Quellen: Federal Register, USTR, BIS, Weißes Haus, MOFCOM, Zolltarifkommission des Staatsrats (mindestens eine je Maßnahme)"
    },
    "tariff-average-us-on-cn": {
      title: "US-Zölle auf Waren aus China, Durchschnitt inkl. MFN",
      units:
        "Prozent der US-Importe aus China, gewichtet mit dem Handel je Zolllinie; schattiert: der MFN-Anteil; gepunktet: die Werte von PIIE und Yale Budget Lab",
      source:
        "Sätze: Federal Register und USTR, eine Quelle je Schritt; Zolllinien, Gewichte und MFN: data/lines. Schätzung von High Fences"
    },
    "tariff-average-cn-on-us": {
      title: "Chinas Zölle auf Waren aus den USA, Durchschnitt inkl. MFN",
      units:
        "Prozent der US-Exporte nach China, gewichtet mit dem Handel je Zolllinie; schattiert: der MFN-Anteil; gepunktet: die Werte von PIIE und Yale Budget Lab",
      source:
        "Sätze: Zolltarifkommission des Staatsrats und MOFCOM, eine Quelle je Schritt; Zolllinien, Gewichte und MFN: data/lines. Schätzung von High Fences"
    },
    "tariff-authorities-us-on-cn": {
      title: "Zusatzzölle der USA auf Waren aus China nach Rechtsgrundlage",
      units: "Prozentpunkte des Durchschnitts inkl. MFN, ohne MFN, auf der Gewichtungsbasis der Hauptzahl",
      source:
        "Sätze: Federal Register und USTR, eine Quelle je Schritt; Zolllinien und Gewichte: data/lines. Schätzung von High Fences"
    },
    "tariff-authorities-cn-on-us": {
      title: "Chinas Zusatzzölle auf Waren aus den USA nach Rechtsgrundlage",
      units: "Prozentpunkte des Durchschnitts inkl. MFN, ohne MFN, auf der Gewichtungsbasis der Hauptzahl",
      source:
        "Sätze: Zolltarifkommission des Staatsrats und MOFCOM, eine Quelle je Schritt; Zolllinien und Gewichte: data/lines. Schätzung von High Fences"
    },
    "tariff-rates": {
      title: "Zusatzzollsätze je Liste, Warengruppe oder Runde",
      units: "Jeder Balken ist ein Zeitraum mit einem Satz (Angabe in %); grau = 0 %, aufgehoben oder nie angewandt",
      source: "Quellen: eine je Satzänderung (Federal Register, USTR, Zolltarifkommission des Staatsrats)"
    },
    "chip-thresholds": {
      title: "KI-Chips und die Schwellenwerte einer US-Exportkontrollregel",
      units:
        "Gesamtrechenleistung (TPP) gegen den zweiten Test der Regel; Bereiche aus ihren Schwellenwerten berechnet",
      source: "Schwellenwerte: BIS-Regeln (Federal Register); Chipdaten: Datenblätter. Einstufung von High Fences"
    },
    "us-export-controls": {
      title: "US-Exportkontrollen, Listungen und Chipsubventionen seit 2018",
      units:
        "Eine Zeile je Maßnahme: gestrichelt = angekündigt, durchgezogen = in Kraft, grau gestrichelt = ausgesetzt, × = beendet",
      source: "Quellen: BIS (Federal Register), Handelsministerium und Weißes Haus, eine je Maßnahme"
    },
    "china-mineral-controls": {
      title: "Chinas Exportkontrollen für Rohstoffe und Materialien und ihre Aussetzungen",
      units: "Gestrichelt = angekündigt, durchgezogen = in Kraft, grau gestrichelt = ausgesetzt, × = aufgehoben",
      source: "Quellen: Bekanntmachungen von MOFCOM und Zollverwaltung, eine je Maßnahme"
    },
    "trade-flows": {
      title: "US-Warenimporte aus China und -exporte nach China je Jahr, mit den Zollmaßnahmen beider Seiten",
      units: "Nominal in Mrd. $, Census-Basis; ▲ Zollmaßnahmen der USA, ◆ Chinas",
      source: "Handel: US Census Bureau (Veröffentlichung je Jahr genannt); Maßnahmen: Federal Register, USTR, MOFCOM"
    },
    "trade-balance": {
      title: "Warenhandelsbilanz der USA mit China je Jahr",
      units: "Mrd. $, Exporte minus Importe; unter null ist ein US-Defizit",
      source: "Quelle: US Census Bureau (Veröffentlichung je Jahr genannt)"
    },
    "trade-share": {
      title: "Chinas Anteil an allen US-Warenimporten, wo die Summe bekannt ist",
      units: "Prozent: Importe aus China ÷ alle US-Warenimporte",
      source: "Quelle: US Census Bureau (Veröffentlichung je Jahr genannt)"
    },
    "claim-evidence": {
      title: "Worauf sich ein Absatz des Kommentars bezieht, auf der Zeitleiste",
      units:
        "Balken von der Ankündigung bis zum Inkrafttreten; hohler Punkt: nicht mehr in Kraft; ◆ ein Ereignis; gestrichelte Linie: der Kommentar",
      source: "Quellen: Federal Register, USTR, BIS, MOFCOM und andere, je Eintrag auf der Kommentarseite verlinkt"
    },
    "forecast-verdicts": {
      title: "Die Erwartungen des Kommentars nach unserem Urteil",
      units: "Jeder nummerierte Punkt ist eine Erwartung, am Datum, auf dem unser Urteil beruht",
      source: "Urteile: High Fences, nach den bei jeder Erwartung verlinkten Quellen"
    },
    "sources-by-year": {
      title: "Die Quellen nach Erscheinungsjahr",
      units: "Zahl der zitierten Quellen, Primär- und Sekundärquellen",
      source: "Quelle: High Fences, data/sources.csv"
    }
  },
  embed: {
    ratesUsOnCn: "Zusatzzollsätze der USA auf Waren aus China, je Liste oder Warengruppe",
    ratesCnOnUs: "Chinas Zusatzzollsätze auf Waren aus den USA, je Runde",
    chipRule: (rule: string): string => `KI-Chips und die Schwellenwerte der Regel ${rule}`,
    claimParagraph: (paragraph: number): string =>
      `Worauf sich Absatz ${paragraph} des Kommentars bezieht, auf der Zeitleiste`,
    paragraphSubject: (paragraph: number): string => `Absatz ${paragraph} des Kommentars`,
    seeItOn: (site: string): string => `Auf ${site} ansehen`
  },
  timeline: {
    ariaLabel: "Zeitleiste der Handelsmaßnahmen zwischen den USA und China und der Ereignisse",
    ariaDescription: (n: number, from: string, lanes: string): string =>
      `${n} Maßnahmen und Ereignisse ab ${from}, in fünf Spuren: ${lanes}.`,
    date: (day: string): string => `Datum: ${day}`,
    announced: (day: string, effective?: string): string =>
      `Angekündigt: ${day}${effective ? `; in Kraft ab ${effective}` : ""}`,
    status: (status: string, since?: string): string => `Status: ${status}${since ? ` seit ${since}` : ""}`,
    scheduled: (day: string): string => `Terminiert (noch nicht in Kraft): nächster Schritt am ${day}`,
    refersTo: (paragraphs: readonly number[]): string => `Der Kommentar bezieht sich darauf: ¶${paragraphs.join(", ¶")}`
  },
  tariffAverage: {
    basis: (basis: string): string => `Unsere Schätzung, Basis ${basis}`,
    yLabel: "Durchschnittszoll inkl. MFN (%)",
    ariaLabel: (direction: string): string =>
      `Durchschnittszoll, ${direction}: unsere Schätzung und veröffentlichte Werte`,
    ariaDescription: (ours: readonly string[], from: string, top: string, n: number, theirs: readonly string[]) =>
      `Stufenlinien unserer Schätzung auf Zolllinienebene (${ours.join(", ") || "keine Zolllinien-Daten"}) ab ${from}; höchster Wert ${top}; ${n} veröffentlichte Werte von ${theirs.join(" und ") || "keinem Tracker"}.`,
    oursTip: (day: string, total: string, mfn: string, additional: string, basis: string, weights: string): string =>
      `Unsere Schätzung ab ${day}: ${total} (MFN ${mfn}, zusätzlich ${additional}; Basis ${basis}, Gewichte ${weights})`,
    theirsTip: (publisher: string, day: string, rate: string): string =>
      `${publisher}, ${day}: ${rate} (veröffentlicht)`
  },
  tariffAuthorities: {
    yLabel: "Zusatzzölle (Pkt.)",
    ariaLabel: (direction: string, basis: string): string =>
      `Zusatzzölle nach Rechtsgrundlage, ${direction}, Basis ${basis}`,
    ariaDescription: (from: string, total: string, authorities: readonly string[]): string =>
      `Gestapelte Stufen ab ${from}; höchste Summe ${total} Punkte; Rechtsgrundlagen: ${authorities.join(", ") || "keine"}.`,
    tip: (authority: string, day: string, points: string, share: string): string =>
      `${authority} ab ${day}: ${points} Pkt. auf ${share} des Handels`
  },
  rateGrid: {
    legend: "Zusatzzollsatz (%)",
    ariaLabel: "Zusatzzollsatz je Geltungsbereich im Zeitverlauf",
    ariaDescription: (n: number): string =>
      `${n} Geltungsbereiche; jeder Balken ist ein Zeitraum mit einem Satz, beschriftet mit dem Satz in Prozent.`,
    tip: (name: string, rate: string, from: string, until?: string): string =>
      `${name}\n${rate} ab ${from}${until ? ` bis ${until}` : ""}`
  },
  trade: {
    imports: "Importe aus China",
    exports: "Exporte nach China",
    importsShort: "Importe\naus China",
    exportsShort: "Exporte\nnach China",
    usdBn: "Mrd. $",
    calendarYear: (year: number): string => `${year} (Kalenderjahr)`,
    importsValue: (value: string): string => `Importe aus China: ${value}`,
    exportsValue: (value: string): string => `Exporte nach China: ${value}`,
    balanceValue: (value: string): string => `Saldo: ${value}`
  },
  tradeFlows: {
    keyMeasures: {
      "us-232-steel-2018": "232 Stahl",
      "us-301-list-1": "301 Liste 1",
      "us-301-list-3": "Liste 3",
      "us-301-list-4a": "Liste 4A",
      "us-cn-phase-one-2020": "Phase-1-Abkommen",
      "us-301-four-year-review-2024": "301-Überprüfung",
      "us-ieepa-fentanyl-cn-2025": "IEEPA Fentanyl",
      "us-ieepa-reciprocal-cn-2025": "„Reziproke“ Zölle",
      "cn-retaliation-2025-04": "China auf 125 %",
      "us-cn-geneva-truce-2025": "Genfer Waffenruhe",
      "us-cn-busan-arrangement-2025": "Einigung von Busan"
    },
    markTitle: (side: "US" | "CN", n: number, day: string): string =>
      `${n > 1 ? "Zollmaßnahmen" : "Zollmaßnahme"} ${side === "US" ? "der USA" : "Chinas"}, ${day}`,
    markItem: (title: string, status: string): string => `• ${title} (Status heute: ${status})`,
    marked: (n: number, sides: readonly [string, number][], named: readonly [string, string][]): string =>
      ` ${n} Tage mit Zollmaßnahmen sind auf der Zeitachse markiert (${sides.map(([s, k]) => `${s}: ${k}`).join(", ")})${named.length ? `; benannt: ${named.map(([l, d]) => `${l} (${d})`).join(", ")}` : ""}.`,
    flow: (name: string, first: string, firstYear: number, last: string, lastYear: number): string =>
      `${name}: ${first} im Jahr ${firstYear}, ${last} im Jahr ${lastYear}.`,
    ariaLabel:
      "US-Warenimporte aus China und -exporte nach China je Jahr, in Mrd. $, mit den Zollmaßnahmen auf der Zeitachse",
    ariaDescription: "Zwei Linien, ein Punkt je Kalenderjahr zur Jahresmitte."
  },
  tradeSummary: {
    flowNames: {
      "us-imports-from-cn": "Importe aus China",
      "us-exports-to-cn": "Exporte nach China",
      "us-imports-total": "Alle US-Warenimporte"
    },
    change: (down: boolean, pct: string): string => `${down ? "−" : "+"}${pct}`,
    flows: (v: TradeFacts): string =>
      `Die US-Warenimporte aus China lagen ${v.firstYear} bei ${v.firstImports} und ${v.lastYear} bei ${v.lastImports} ` +
      `(${v.importsChange}); in diesen Daten waren sie ${v.topImportsYear} am höchsten (${v.topImports}) ` +
      `und ${v.lowImportsYear} am niedrigsten (${v.lowImports}). ` +
      `Die US-Exporte nach China lagen ${v.firstYear} bei ${v.firstExports} und ${v.lastYear} bei ${v.lastExports}, ` +
      `am höchsten ${v.topExportsYear} (${v.topExports}). ` +
      `Der Saldo (Exporte minus Importe) lag ${v.firstYear} bei ${v.firstBalance} und ${v.lastYear} bei ${v.lastBalance}; ` +
      `${v.worstIsDeficit ? "das größte Defizit" : "der niedrigste Wert"} fiel auf ${v.worstYear} (${v.worstBalance}): ` +
      `ein US-Defizit in ${v.deficits} von ${v.years} Jahren. ` +
      `Von ${v.prevYear} auf ${v.lastYear} veränderten sich die Importe um ${v.recentImports} ` +
      `und die Exporte um ${v.recentExports}.`,
    share: (known: readonly string[], missing: string, flowsOnly: string, flowsOnlyCount: number): string =>
      `Chinas Anteil an allen US-Warenimporten lässt sich nur für ` +
      `${known.length ? known.join(", ") : "kein Jahr"} berechnen: ` +
      `Für ${missing} enthalten die Daten keine Summe der US-Importe.` +
      (flowsOnly
        ? ` Für ${flowsOnly} enthalten die Daten nur einen der beiden Ströme; ${flowsOnlyCount > 1 ? "diese Jahre stehen" : "dieses Jahr steht"} daher in der Tabelle unten, aber nicht in den Grafiken.`
        : "")
  },
  tradeBalance: {
    describe: (first: string, firstYear: number, last: string, lastYear: number, deficits: number, n: number) =>
      `Saldo ${first} im Jahr ${firstYear} und ${last} im Jahr ${lastYear}; in ${deficits} von ${n} Jahren ein US-Defizit.`,
    noYears: "Keine Jahre.",
    ariaLabel:
      "Warenhandelsbilanz der USA mit China je Jahr, in Mrd. $ (Exporte minus Importe; unter null ist ein US-Defizit)",
    ariaDescription: (describe: string): string => `Ein Balken je Kalenderjahr. ${describe}`,
    deficit: "US-Defizit",
    surplus: "US-Überschuss",
    balanceTip: (value: string, kind: string): string => `Saldo: ${value} (${kind})`,
    definition: "Exporte nach China minus Importe aus China"
  },
  tradeShare: {
    yLabel: "% aller US-Warenimporte",
    ariaLabel: "Chinas Anteil an allen US-Warenimporten je Jahr, in Prozent, wo die Summe bekannt ist",
    ariaDescription: (known: readonly string[], missing: string): string =>
      `${known.length ? known.join("; ") : "Für kein Jahr ist die Summe bekannt"}. Keine Summe in den Daten für ${missing || "kein Jahr"}; diese Jahre bleiben leer und werden nicht interpoliert.`,
    notAvailable: "k. A.",
    noTotal: "keine Summe",
    tip: (year: number, share: string, imports: string): string =>
      `${year}: ${share} aller US-Warenimporte\nImporte aus China: ${imports}`,
    noTotalTip: (year: number): string => `${year}: keine Summe der US-Warenimporte in den Daten,\ndaher kein Anteil`
  },
  forecasts: {
    ariaLabel: "Die Erwartungen des Kommentars nach unserem Urteil, am Datum, auf dem jedes Urteil beruht",
    none: "Keine Erwartung passt zum Filter.",
    tip: (n: number, expectation: string, verdict: string, day: string): string =>
      `${n}. ${expectation}\nUrteil: ${verdict}, Stand ${day}`
  },
  claimEvidence: {
    subject: "den Auszug",
    ariaLabel: (n: number, subject: string): string =>
      `Zeitleiste der ${n} Maßnahmen und Ereignisse, auf die sich ${subject} bezieht`,
    none: "Keine Maßnahme und kein Ereignis verknüpft.",
    eventSuffix: " (Ereignis)",
    date: (day: string): string => `Datum: ${day}`,
    announced: (day: string, effective?: string): string =>
      `Angekündigt am ${day}${effective ? `; in Kraft ab ${effective}` : ""}`,
    status: (status: string, since?: string): string => `Status: ${status}${since ? ` seit ${since}` : ""}`
  },
  statusBars: {
    ariaLabel: "Maßnahmen nach Status im Zeitverlauf",
    ariaDescription: (
      n: number,
      span: string,
      c: {"in-force": number; paused: number; ended: number; pending: number},
      scheduled: number
    ): string =>
      `${n} Maßnahmen, ${span}. Zum Datenstand sind ${c["in-force"]} in Kraft, ${c.paused} ausgesetzt, ` +
      `${c.ended} nicht mehr in Kraft und ${c.pending} angekündigt, aber nicht in Kraft` +
      (scheduled ? `; für ${scheduled} ist ein Schritt nach diesem Datum terminiert. ` : ". "),
    scheduled: "terminiert",
    scheduledFor: (day: string): string => `Terminiert für den ${day} (noch nicht in Kraft)`,
    on: (what: string, day: string): string => `${what} am ${day}`,
    since: (what: string, day: string): string => `${what} seit ${day}`,
    fromTo: (what: string, from: string, to: string): string => `${what} vom ${from} bis ${to}`,
    now: (current: string): string => `Heute: ${current}`,
    usControls: "US-Exportkontrollen, Listungen und Chipsubventionen im Zeitverlauf, mit ihrem Status",
    chinaMinerals: "Chinas Exportkontrollen für Rohstoffe und Materialien im Zeitverlauf, mit ihren Aussetzungen"
  },
  chips: {
    classes: {
      "licence-required": "Genehmigungspflichtig",
      "case-by-case": "Genehmigung, Einzelfallprüfung",
      notification: "Meldepflicht (Lizenzausnahme)",
      unknown: "Unbekannt (ein Wert fehlt)",
      "not-controlled": "Frei exportierbar"
    },
    classShort: {
      "licence-required": "Genehmigung",
      "case-by-case": "Einzelfall",
      notification: "Meldung",
      unknown: "unbekannt",
      "not-controlled": "frei"
    },
    markets: {
      global: "Weltmarkt",
      "china-specific": "China (abgespeckt)",
      "chinese-domestic": "Chinesischer Chip"
    },
    metrics: {
      tpp: "Gesamtrechenleistung (TPP)",
      performance_density: "Leistungsdichte (TPP je mm² Chipfläche)",
      interconnect_gbps: "Chip-zu-Chip-Bandbreite (GB/s)",
      memory_bandwidth_gbps: "Speicherbandbreite (GB/s)"
    },
    metricShort: {
      tpp: "TPP",
      performance_density: "Leistungsdichte",
      interconnect_gbps: "Chip-zu-Chip-Bandbreite",
      memory_bandwidth_gbps: "Speicherbandbreite"
    },
    clause: (outcome: string, clause: string, bounds: readonly string[]): string =>
      `${outcome} (${clause}): ${bounds.join(" und ")}`,
    between: (metric: string, min: string, max: string, unit: string): string =>
      `${metric} ${min}–${max}${unit} (unter ${max})`,
    noTpp: "kein TPP-Wert",
    noDensity: "keine Leistungsdichte (Chipfläche nicht angegeben)",
    noFigure: (metric: string): string => `kein Wert für ${metric}`,
    tppFormula: (tops: string, bits: number): string => `${tops} Dense-TOPS × ${bits} Bit`,
    tppStated: (tpp: string, formula?: string, product?: string): string =>
      `TPP ${tpp} laut Quelle${formula ? ` (${formula} = ${product})` : ""}`,
    tppComputed: (tpp: string, formula?: string): string => `TPP ${tpp} = ${formula}`,
    densityEstimated: (density: string, tpp: string, area: string): string =>
      `Leistungsdichte ${density} (geschätzt) = ${tpp} ÷ ${area} mm² Chipfläche (Fläche geschätzt, vom Hersteller nicht angegeben)`,
    density: (density: string, tpp: string, area: string): string =>
      `Leistungsdichte ${density} = ${tpp} ÷ ${area} mm² Chipfläche`,
    interconnect: (value: string): string => `Chip-zu-Chip-Bandbreite ${value} GB/s`,
    unverified: (metrics: readonly string[]): string => ` (unbestätigt: kein Wert für ${metrics.join(" oder ")})`,
    was: (short: string): string => ` (vorher ${short})`,
    dependsOnFigure: "Hängt von einem Wert ab (nicht auf diesen Achsen)",
    xLabel: (metric: string): string => `${metric}, log. Skala →`,
    yLabel: (metric: string, log: boolean): string => `↑ ${metric}${log ? ", log. Skala" : ""}`,
    ariaLabel: (rule: string, metric: string): string =>
      `KI-Chips und die Schwellenwerte der Regel ${rule}: TPP gegen ${metric}`,
    ariaChip: (name: string, classLabel: string, previous?: string): string =>
      `${name}: ${classLabel}${previous ? ` (vorher ${previous})` : ""}.`,
    ariaMissing: (names: readonly string[]): string =>
      ` Wegen eines fehlenden Werts nicht eingezeichnet: ${names.join(", ")}.`,
    tipHead: (name: string, vendor: string, classLabel: string): string => `${name} (${vendor}) – ${classLabel}`,
    tipWas: (classLabel: string, rule: string): string => `Vorher ${classLabel} unter ${rule}`,
    sourceNote: (note: string): string => `Quellenhinweis: ${note}`,
    fullDerivations: "Die vollständigen Herleitungen stehen in der Tabelle unten.",
    keyNote:
      "Gestrichelte Linien: die Schwellenwerte der Regel. (vorher …): die Einstufung des Chips unter der vorigen Regel.",
    notDrawn: (clauses: readonly string[]): string =>
      `Nicht eingezeichnet (prüft auch einen Wert außerhalb dieser Achsen): ${clauses.join("; ")}.`,
    notPlotted: "Nicht eingezeichnet, ein Wert fehlt: ",
    computed: (reason: string, classLabel: string, unverified: boolean): string =>
      ` (${reason}; berechnet: ${classLabel}${unverified ? "*" : ""})`,
    unverifiedNote: " *Unbestätigt: Ohne den Wert lässt sich nicht zeigen, dass ein Schwellenwert erreicht ist."
  },
  excerpt: {
    original: (publisher: string, paragraph: number): string => `${publisher}, Absatz ${paragraph}`,
    translation: "Unsere Übersetzung",
    paragraph: (paragraph: number): string => `Absatz ${paragraph} `,
    ourNote: "Unsere Anmerkung: ",
    measures: (n: number): string => `${n} ${n === 1 ? "Maßnahme" : "Maßnahmen"}`,
    events: (n: number): string => `${n} ${n === 1 ? "Ereignis" : "Ereignisse"}`,
    refersTo: (paragraph: number, parts: readonly string[]): string =>
      `Worauf sich Absatz ${paragraph} bezieht: ${parts.join(" und ")} auf der Zeitleiste`,
    chartUnits:
      "Balken von der Ankündigung bis zum Inkrafttreten; ein blasser Punkt heißt ausgesetzt, ein hohler nicht mehr in Kraft; ◆ ein Ereignis; gestrichelte Linie: der Kommentar; Zeitachse wie in der Übersicht, bis zum Datenstand",
    sources: (asOf?: string): string =>
      `Quellen: je Eintrag oben verlinkt (Tabellen der Maßnahmen, Statusverläufe und Ereignisse)${asOf ? `; Status zum ${asOf}` : ""}.`,
    noItems:
      "Der Auszug bezieht sich auf keine datierte Maßnahme und kein Ereignis in unseren Daten; die Gegenpositionen unten prüfen ihn.",
    counterpoints: "Gegenpositionen",
    noneWithStance: "Keine mit der gewählten Haltung.",
    noCounterpoints: "Zu diesem Auszug haben wir keine Gegenposition erfasst.",
    sourcesLabel: "Quellen: ",
    hidden: (n: number): string => `${n} weitere durch den Filter ausgeblendet.`,
    noEvidence: "Keine datierte Maßnahme und kein Ereignis verknüpft.",
    evidenceStatus: (status: string, since?: string, ended?: string): string =>
      ` · Status: ${status}${since ? ` seit ${since}` : ""}${ended ? `, beendet am ${ended}` : ""}`,
    evidenceMeta: (lane: string, event: boolean, dates: string, status: string): string =>
      `${lane}${event ? " (Ereignis)" : ""} · ${dates}${status} · Quellen: `,
    verdictAsOf: (day: string): string => `Unser Urteil, Stand ${day}: `,
    whatHappened: "Was geschah",
    showingItems: "Maßnahmen und Ereignisse, die es zeigen",
    outcomeSources: "Quellen zum Ergebnis: "
  },
  measureCard: {
    hint: "Zeigen Sie auf einen Balken oder eine Raute der Zeitleiste (oder tippen Sie darauf), um hier die Maßnahme, ihren Status und ihre Quellen zu sehen.",
    dates: (announced: string, effective?: string, ended?: string): string =>
      `angekündigt am ${announced}${effective ? `, in Kraft ab ${effective}` : ""}${ended ? `, beendet am ${ended}` : ""}`,
    status: (status: string, since?: string): string => ` · Status: ${status}${since ? ` seit ${since}` : ""}`,
    scheduled: (day: string): string => ` · nächster Schritt terminiert für den ${day} (noch nicht in Kraft)`,
    sources: "Quellen: "
  },
  table: {
    first: (caption: string, limit: number, n: number): string => `${caption} (die ersten ${limit} von ${n})`,
    noRows: "Keine Zeile passt zu den Filtern."
  },
  download: {rows: "Diese Zeilen herunterladen (CSV)"},
  sources: {
    title: (title: string, publisher: string, kind: string): string => `${title} (${publisher}, ${kind})`
  },
  dataReach: {
    checkedThrough: (lane: string, day: string): string => `${lane}: geprüft bis ${day}`,
    line: (parts: readonly string[], mixed: boolean): string =>
      `Daten geprüft bis: ${parts.join(" · ")}` +
      (mixed ? "; jedes „heute“ auf dieser Seite ist das Datum seiner Spur. " : ". "),
    changelog: "Änderungsprotokoll"
  },
  changelog: {
    firstRelease: "erste Veröffentlichung",
    files: (n: number): string => `${n} Dateien (CSV, JSON)`,
    release: "Veröffentlichung",
    counts: "Zeilen neu · geändert · entfernt",
    change: "Änderung",
    tables: "Tabellen zum Stand",
    caption: "Datenstände, der neueste zuerst"
  },
  tableDoc: {
    rows: (rows: string, sources?: number): string => `${rows} Zeilen${sources ? `, ${sources} Quellen zitiert` : ""}`,
    download: " · herunterladen ",
    column: "Spalte",
    type: "Typ",
    meaning: "Bedeutung",
    columnsOf: (file: string): string => `Spalten von ${file}`,
    example: "Beispielzeile"
  },
  keyboard: {
    howTo: (label: string, n: number): string =>
      `${label} Mit den Pfeiltasten links und rechts gehen Sie durch die ${n} Einträge.`
  },
  sourceYears: {
    yLabel: "Quellen",
    ariaLabel: "Quellen nach Erscheinungsjahr, Primär- und Sekundärquellen",
    tip: (year: string, n: number, kind: string): string => `${year}: ${n} ${n === 1 ? kind : `${kind}n`}`,
    ariaDescription: (n: number, from: string, to: string, undated: number): string =>
      `${n} datierte Quellen von ${from} bis ${to}; ${undated} ohne Datum.`
  },
  headline: {
    noLineData: "keine Zolllinien-Daten",
    needsLines: "die Schätzung auf Zolllinienebene braucht die Tabellen in data/lines",
    then: (value: string): string => `; ${value}, als der Kommentar erschien`,
    note: (day: string, mfn: string, before: string): string =>
      `geschätzter Durchschnittszoll inkl. MFN am ${day}, davon MFN ${mfn}${before}`
  }
};
