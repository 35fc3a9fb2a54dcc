// The prose and labels of "Data and methods" (src/templates/methods.md.tpl), in both languages. Values are Markdown,
// inlined into the template at build time; `{{facts.KEY}}` in them are facts computed from the page's data at build
// time (src/lib/pageFacts.ts), `${…}` (in the sources' caption) expressions over the page's cell variables.
// Values placed inside a JavaScript template literal of a cell (labels, captions, the derived tables' descriptions)
// hold no backtick. Code, commands, file and column names stay as they are in both languages.
import type {Lang} from "../index.js";

const en = {
  title: "Data and methods",
  /** The label of the table of contents. */
  tocLabel: "Contents",
  lede: "Everything on this site comes from the tables below: hand-edited CSV files in the repository's <code>data/</code> folder, validated row by row, and tables derived from them by code. The record reaches <strong>{{facts.asOf}}</strong>, the date of its newest source; each lane is checked through the date of the newest source it cites (the line above), and every status is the status on its lane's date.",
  /** On the English page nothing: its column names and texts are English. */
  columns: "",
  /** Section headings; their ids (the English slugs) are the same in both languages, as links point at them. */
  headings: {
    sources: "The sources",
    raw: "The raw tables",
    derived: "The derived tables",
    estimate: "How the average tariff is estimated",
    chips: "How chip figures are derived",
    rebuild: "Rebuild and publish",
    licences: "Licences and reuse",
    changes: "Changes to the data",
    limits: "Known limits"
  },
  sources: {
    intro:
      "Every number and date was checked in the source it links to. Primary sources are the issuing body's own text (Federal Register, USTR, BIS, White House, MOFCOM or the State Council Tariff Commission); secondary sources are reproductions, news and law-firm summaries, marked as such. Where two sources differ, the row's notes keep both and say which one is used.",
    chartTitle: "The sources by year of publication",
    chartSubtitle: "Number of sources cited, primary (the issuing body's own text) and secondary",
    chartSource: "Source: sources.csv (this page).",
    kind: "Kind",
    all: "All",
    primary: "Primary",
    secondary: "Secondary",
    search: "Search sources",
    placeholder: "e.g. 83 FR, MOFCOM, PIIE",
    /** The table's columns. */
    source: "Source",
    titleColumn: "Title",
    publisher: "Publisher",
    date: "Date",
    kindColumn: "Kind",
    /** A source's kind in the table. */
    kinds: {primary: "primary", secondary: "secondary"},
    caption:
      '${sourceHeads.length} sources, ${sourceHeads.filter((s) => s.kind === "primary").length} of them primary; ${filtered ? shownSources.length : sourceHeads.length} match'
  },
  raw: "One CSV file per table, edited by people. Lists inside a cell are separated by <code>;</code>, dates are <code>YYYY-MM-DD</code>, ids are lower-case kebab slugs.",
  derived: {
    intro: "Computed by the loaders from the raw tables on every build; nobody types them.",
    table: "Table",
    holds: "What it holds",
    rows: "Rows",
    download: "Download",
    caption: "Derived tables",
    /** What each derived table holds. */
    tables: {
      timeline: "Measures and events on one time axis, with each measure's lane and current status.",
      excerpt_pins: "Where each commentary excerpt points on the timeline.",
      current_status:
        "Each measure's status on its lane's checked-through date (latest entry of its history), and the next scheduled step.",
      tariff_steps: "Every rate step with its scope's goods, direction and legal authority.",
      tariff_series:
        "The line-level average tariff per direction, weighting basis and change date: total incl. MFN, additional duties, MFN part, covered share, weights year; headline marks the basis the cards use.",
      tariff_series_by_authority:
        "The additional duties of the line-level estimate split by legal authority, per direction, basis and change date.",
      tariff_comparison:
        "Every published average beside ours on the same date and basis, with what weights, exemptions, exclusions and MFN are worth that day.",
      tariff_agreement:
        "Mean and largest absolute difference of ours from PIIE's and the Yale Budget Lab's figures, per direction.",
      tariff_estimate_notes:
        "What the line inputs lack (missing weights, lines without an MFN rate), measured by the estimator.",
      headline:
        "The line-level estimate at the commentary's date, the as-of date and each direction's checked-through date (with the scope method's figure as a cross-check).",
      tariff_weights: "Cross-check only (the old scope method): the scopes and their trade shares.",
      tariff_unweighted: "Cross-check only (the old scope method): scopes it leaves out, with the reason.",
      tariff_average:
        "Cross-check only (the old scope method): additional duties per direction and authority at every change.",
      chip_classes: "Every chip under every rule: computed TPP, performance density and classification.",
      trade_years: "US goods trade with China per year: imports, exports, balance, China's share of US imports.",
      lane_reach:
        "How far each lane of the record reaches: the date of the newest source it cites (its checked-through date)."
    }
  },
  estimate: `The average tariff one side levies on the other's goods on a day is computed **on the tariff line** (<code>src/lib/derive/lineTariff.ts</code>), as PIIE and the Yale Budget Lab do:

average = Σ lines (trade value of the line × (MFN duty + additional duties in force on the line that day)) ÷ Σ lines trade value.

- **Lines and weights**: every US HTS10 line of imports from China, and every HS8 or HS10 line of China's imports from the US, with its trade value in the weighting basis's year (<code>lines/DIR/weights.csv</code>). Weights are a parameter: a basis (<code>lines/bases.csv</code>) names the weights year for each period, so one basis can switch years by date. The headline uses PIIE's basis, because PIIE publishes both directions from 2018 on with stated weights; the Yale basis (2024 imports) is computed from 2025 on beside it.
- **MFN**: the normal duty of the longest matching code prefix, newest row on or before the day (<code>lines/DIR/mfn.csv</code>).
- **Additional duties**: a scope's rate (<code>tariff_actions.csv</code>, the only place rates live) applies to the lines it covers that day (<code>lines/DIR/scope_lines.csv</code>), less its exemptions between their dates (<code>lines/DIR/exemptions.csv</code>: Annex II, the 11 April 2025 electronics note, product exclusions, China's suspensions).
- **Stacking** is data (<code>lines/stacking.csv</code>): <em>replaces</em> (the 2024 Section 301 review rate replaces the list rate on the same line), <em>excluded_by</em> (the IEEPA reciprocal tariff and the Section 122 surcharge do not apply to Section 232 goods). Every other pair adds. A scope may charge only a share of a line's value (<code>share</code>: the metal content of a Section 232 derivative); the scopes it excludes or replaces keep the rest.
- The series has a point on every date on which a rate, a list, an exemption, an MFN rate or a weights period changes, from 1 January 2018 to the as-of date, with the same split by the legal authority of each scope's rate step.

The Tariffs page sets every published figure beside ours on the same date and basis and computes why they differ, by re-running the estimate without the exemptions and without the stacking rules, and on the other weighting basis. What the inputs lack (weights missing for a period, lines without an MFN rate) is measured by the estimator and listed in <code>tariff_estimate_notes</code>.

The earlier scope method (each scope's stated trade value ÷ total trade, additional duties only) is kept only as a labelled cross-check (<code>tariff_weights</code>, <code>tariff_unweighted</code>, <code>tariff_average</code>); no page shows it as a headline.`,
  chips:
    "The US rules test an accelerator's **total processing performance** (TPP), defined in ECCN 3A090 as 2 × MacTOPS × the bit length of the operation, which equals the chip's dense (non-sparse) tensor TOPS times the operand bit length; and its **performance density**, TPP divided by the applicable die area in mm². Where a source states a chip's TPP (BIS, an analyst or a newspaper quoting one), that figure is used; otherwise it is derived from the vendor's datasheet as dense TOPS × bit length, and the chip's row records the inputs, their sources and the formula. The rules' thresholds are data (<code>chip_rule_thresholds</code>), so each chip's classification under each rule is computed, never typed.",
  rebuild:
    "After editing a table in <code>data/</code>: <code>npm run data:check</code> validates everything and names <code>data/FILE.csv:ROW:COLUMN</code> for every problem; <code>npm run dev</code> previews at http://127.0.0.1:3000; <code>npm run build</code> validates first, then writes the site to <code>dist/</code> (an invalid table stops the build and leaves the previous <code>dist/</code> as it was). <code>npm run data:export -- --out DIR</code> writes every table above as CSV and JSON. <code>dist/</code> is a static folder: copy it to any static host, under any path.",
  licences: `**Code:** MIT licence (the repository's <code>LICENSE</code>). **Data:** the tables, the charts and their images are under <a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener noreferrer" target="_blank">Creative Commons Attribution 4.0 (CC BY 4.0)</a>: reuse them freely, crediting “High Fences (CC BY 4.0)” and the source named in the chart's source line. Not covered: the German text of the commentary, quoted from Handelsblatt for discussion (its rights stay with the publisher; the translations are ours). The tariff-line files imported from Budget-Lab-Yale/tariff-rate-tracker (The Budget Lab at Yale), tradewartracker/trade-war-redux-2025 (© 2025 tradewartracker), mwaugh0328/tradewar-tracker (© 2020 Mike Waugh) and mwaugh0328/consumption_and_tradewar (© 2019 Mike Waugh) keep those repositories' MIT notices, reproduced in <code>data/LICENSE.md</code>.

Every chart offers **Embed** (an <code>&lt;iframe&gt;</code> of its page under <code>embed/</code>, which tells the embedding page its height; add <code>?theme=dark</code> or <code>?theme=light</code>, and <code>?transparent</code> for no background), **SVG** and **PNG** (twice the size on screen), each with its title, units, source line and as-of date drawn in.`,
  changes:
    "One row per data release, with the rows added, changed and removed since the previous release (<code>npm run data:diff</code> counts them; <code>npm run data:release</code> writes the row). Each release's tables, raw and derived, stay on this site unchanged under <code>vintages/DATE/</code>, so a figure quoted from an earlier release can still be checked.",
  limits: `- Chinese announcements are mostly cited as reproduced by Xinhua, CGTN, China Daily or law firms; the official MOFCOM and Tariff Commission pages were not available to us as stored copies.
- Total US goods imports (for China's share of US imports) are confirmed for few years; the share is shown only where it is.
- The commentary's exact publication day is not shown in the copies we could read: {{facts.dateNote}}
- Statuses after a lane's checked-through date are not covered, except steps an earlier source schedules, which are shown as scheduled and never as in force.`
};

const de: typeof en = {
  title: "Daten und Methoden",
  tocLabel: "Inhalt",
  lede: "Alles auf dieser Website stammt aus den Tabellen unten: von Hand gepflegte CSV-Dateien im Ordner <code>data/</code> des Repositorys, Zeile für Zeile geprüft, und Tabellen, die Code daraus ableitet. Der Datenbestand reicht bis zum <strong>{{facts.asOf}}</strong>, dem Datum seiner jüngsten Quelle; jede Spur ist bis zum Datum der jüngsten Quelle geprüft, die sie zitiert (Zeile oben), und jeder Status ist der Status zum Datum seiner Spur.",
  columns:
    "**Spaltennamen bleiben englisch.** Die Downloads (CSV und JSON) behalten auf den deutschen wie auf den englischen Seiten dieselben englischen Spaltennamen, damit Skripte, die sie lesen, nicht brechen. Die deutschen Texte stehen in eigenen Spalten mit der Endung <code>_de</code>, jeweils direkt hinter der englischen (etwa <code>title</code>, <code>title_de</code>); Eigennamen, Dokumentnummern und Quellenangaben gibt es nur einmal.",
  headings: {
    sources: "Die Quellen",
    raw: "Die Rohtabellen",
    derived: "Die abgeleiteten Tabellen",
    estimate: "Wie der durchschnittliche Zoll geschätzt wird",
    chips: "Wie die Chip-Kennzahlen berechnet werden",
    rebuild: "Neu bauen und veröffentlichen",
    licences: "Lizenzen und Weiterverwendung",
    changes: "Änderungen an den Daten",
    limits: "Bekannte Grenzen"
  },
  sources: {
    intro:
      "Jede Zahl und jedes Datum wurde in der verlinkten Quelle nachgeprüft. Primärquellen sind der Text der erlassenden Stelle selbst (Federal Register, USTR, BIS, Weißes Haus, MOFCOM oder die Zolltarifkommission des Staatsrats); Sekundärquellen sind Wiedergaben, Nachrichten und Zusammenfassungen von Kanzleien und als solche gekennzeichnet. Weichen zwei Quellen voneinander ab, nennen die Anmerkungen der Zeile beide und sagen, welche verwendet wird.",
    chartTitle: "Die Quellen nach Erscheinungsjahr",
    chartSubtitle: "Zahl der zitierten Quellen, primär (Text der erlassenden Stelle) und sekundär",
    chartSource: "Quelle: sources.csv (diese Seite).",
    kind: "Art",
    all: "Alle",
    primary: "Primär",
    secondary: "Sekundär",
    search: "Quellen durchsuchen",
    placeholder: "z. B. 83 FR, MOFCOM, PIIE",
    source: "Quelle",
    titleColumn: "Titel",
    publisher: "Herausgeber",
    date: "Datum",
    kindColumn: "Art",
    kinds: {primary: "primär", secondary: "sekundär"},
    caption:
      '${sourceHeads.length} Quellen, davon ${sourceHeads.filter((s) => s.kind === "primary").length} primär; ${filtered ? shownSources.length : sourceHeads.length} passen zur Auswahl'
  },
  raw: "Eine CSV-Datei je Tabelle, von Menschen gepflegt. Listen in einer Zelle sind durch <code>;</code> getrennt, Daten haben die Form <code>YYYY-MM-DD</code>, Kennungen sind kleingeschriebene Slugs mit Bindestrichen.",
  derived: {
    intro: "Bei jedem Build von den Loadern aus den Rohtabellen berechnet; niemand tippt sie ein.",
    table: "Tabelle",
    holds: "Inhalt",
    rows: "Zeilen",
    download: "Download",
    caption: "Abgeleitete Tabellen",
    tables: {
      timeline:
        "Maßnahmen und Ereignisse auf einer Zeitachse, jede Maßnahme mit ihrer Spur und ihrem aktuellen Status.",
      excerpt_pins: "Worauf jeder Auszug aus dem Kommentar auf der Zeitleiste zeigt.",
      current_status:
        "Der Status jeder Maßnahme zum Prüfdatum ihrer Spur (letzter Eintrag ihrer Geschichte) und der nächste angekündigte Schritt.",
      tariff_steps: "Jede Zollsatzstufe mit den Waren ihres Geltungsbereichs, der Richtung und der Rechtsgrundlage.",
      tariff_series:
        "Der durchschnittliche Zoll auf Ebene der Zolltarifpositionen je Richtung, Gewichtungsbasis und Änderungsdatum: gesamt einschließlich Meistbegünstigungszoll (MFN), Zusatzzölle, MFN-Anteil, erfasster Anteil, Gewichtungsjahr; headline markiert die Basis der Kennzahlkarten.",
      tariff_series_by_authority:
        "Die Zusatzzölle der Schätzung auf Positionsebene nach Rechtsgrundlage, je Richtung, Basis und Änderungsdatum.",
      tariff_comparison:
        "Jeder veröffentlichte Durchschnitt neben unserem zum selben Datum und auf derselben Basis, mit dem, was Gewichte, Ausnahmen, Ausschlüsse und MFN an diesem Tag ausmachen.",
      tariff_agreement:
        "Mittlere und größte absolute Abweichung unserer Werte von denen des PIIE und des Yale Budget Lab, je Richtung.",
      tariff_estimate_notes:
        "Was den Eingangsdaten auf Positionsebene fehlt (fehlende Gewichte, Positionen ohne MFN-Satz), vom Schätzverfahren gemessen.",
      headline:
        "Die Schätzung auf Positionsebene zum Datum des Kommentars, zum Datenstand und zum Prüfdatum jeder Richtung (mit dem Wert der Geltungsbereichsmethode zum Abgleich).",
      tariff_weights:
        "Nur zum Abgleich (die alte Geltungsbereichsmethode): die Geltungsbereiche und ihre Handelsanteile.",
      tariff_unweighted:
        "Nur zum Abgleich (die alte Geltungsbereichsmethode): ausgelassene Geltungsbereiche mit Begründung.",
      tariff_average:
        "Nur zum Abgleich (die alte Geltungsbereichsmethode): Zusatzzölle je Richtung und Rechtsgrundlage bei jeder Änderung.",
      chip_classes: "Jeder Chip unter jeder Regel: berechnete TPP, Leistungsdichte und Einstufung.",
      trade_years: "Warenhandel der USA mit China je Jahr: Importe, Exporte, Saldo, Chinas Anteil an den US-Importen.",
      lane_reach:
        "Wie weit jede Spur des Datenbestands reicht: das Datum der jüngsten Quelle, die sie zitiert (ihr Prüfdatum)."
    }
  },
  estimate: `Der durchschnittliche Zoll, den eine Seite an einem Tag auf die Waren der anderen erhebt, wird **auf Ebene der Zolltarifposition** berechnet (<code>src/lib/derive/lineTariff.ts</code>), so wie es PIIE und das Yale Budget Lab tun:

Durchschnitt = Σ Positionen (Handelswert der Position × (MFN-Zoll + an diesem Tag auf der Position geltende Zusatzzölle)) ÷ Σ Positionen Handelswert.

- **Positionen und Gewichte**: jede zehnstellige HTS-Position (HTS10) der US-Importe aus China und jede HS8- oder HS10-Position der chinesischen Importe aus den USA, mit ihrem Handelswert im Jahr der Gewichtungsbasis (<code>lines/DIR/weights.csv</code>). Die Gewichte sind ein Parameter: Eine Basis (<code>lines/bases.csv</code>) legt für jeden Zeitraum das Gewichtungsjahr fest, sodass eine Basis je nach Datum das Jahr wechseln kann. Die Kennzahlen der Seiten nutzen die Basis des PIIE, weil das PIIE beide Richtungen ab 2018 mit angegebenen Gewichten veröffentlicht; die Yale-Basis (Importe 2024) wird ab 2025 daneben berechnet.
- **MFN**: der normale Zoll (Meistbegünstigung) des längsten passenden Code-Präfixes, jeweils die jüngste Zeile am oder vor dem Tag (<code>lines/DIR/mfn.csv</code>).
- **Zusatzzölle**: Der Satz eines Geltungsbereichs (<code>tariff_actions.csv</code>, der einzige Ort, an dem Zollsätze stehen) gilt für die Positionen, die er an diesem Tag erfasst (<code>lines/DIR/scope_lines.csv</code>), abzüglich seiner Ausnahmen in deren Zeitraum (<code>lines/DIR/exemptions.csv</code>: Annex II, die Elektronik-Ausnahme vom 11. April 2025, Produktausschlüsse, Chinas Aussetzungen).
- **Das Zusammenwirken** der Zölle ist Teil der Daten (<code>lines/stacking.csv</code>): <em>replaces</em> (der Satz aus der Section-301-Überprüfung von 2024 ersetzt den Listensatz auf derselben Position), <em>excluded_by</em> (der reziproke IEEPA-Zoll und der Section-122-Aufschlag gelten nicht für Section-232-Waren). Alle anderen Paare addieren sich. Ein Geltungsbereich kann nur einen Teil des Warenwerts belasten (<code>share</code>: der Metallanteil eines Section-232-Folgeprodukts); für den Rest gelten die Geltungsbereiche, die er ausschließt oder ersetzt.
- Die Reihe hat einen Punkt an jedem Tag, an dem sich ein Satz, eine Liste, eine Ausnahme, ein MFN-Satz oder ein Gewichtungszeitraum ändert, vom 1. Januar 2018 bis zum Datenstand, mit derselben Aufteilung nach der Rechtsgrundlage der Satzstufe jedes Geltungsbereichs.

Die Seite Zölle stellt jeden veröffentlichten Wert neben unseren, zum selben Datum und auf derselben Basis, und berechnet, woher die Unterschiede kommen: Sie rechnet die Schätzung ohne die Ausnahmen, ohne die Regeln zum Zusammenwirken und auf der jeweils anderen Gewichtungsbasis nach. Was den Eingangsdaten fehlt (Gewichte für einen Zeitraum, Positionen ohne MFN-Satz), misst das Schätzverfahren selbst und listet es in <code>tariff_estimate_notes</code>.

Die frühere Geltungsbereichsmethode (angegebener Handelswert jedes Geltungsbereichs ÷ gesamter Handel, nur Zusatzzölle) bleibt nur als gekennzeichneter Abgleich erhalten (<code>tariff_weights</code>, <code>tariff_unweighted</code>, <code>tariff_average</code>); keine Seite zeigt sie als Kennzahl.`,
  chips:
    "Die US-Regeln prüfen die **Gesamtrechenleistung** eines Beschleunigers (total processing performance, TPP), in ECCN 3A090 definiert als 2 × MacTOPS × Bitlänge der Operation, was den dichten (nicht dünn besetzten) Tensor-TOPS des Chips mal der Bitlänge der Operanden entspricht, sowie seine **Leistungsdichte**, die TPP geteilt durch die maßgebliche Chipfläche in mm². Nennt eine Quelle die TPP eines Chips (das BIS, ein Analyst oder eine Zeitung, die einen zitiert), wird dieser Wert verwendet; sonst wird sie aus dem Datenblatt des Herstellers als dichte TOPS × Bitlänge berechnet, und die Zeile des Chips hält die Eingangswerte, ihre Quellen und die Formel fest. Die Schwellenwerte der Regeln sind Daten (<code>chip_rule_thresholds</code>), daher wird die Einstufung jedes Chips unter jeder Regel berechnet und nie eingetippt.",
  rebuild:
    "Nach dem Bearbeiten einer Tabelle in <code>data/</code>: <code>npm run data:check</code> prüft alles und nennt für jedes Problem <code>data/FILE.csv:ROW:COLUMN</code>; <code>npm run dev</code> zeigt eine Vorschau unter http://127.0.0.1:3000; <code>npm run build</code> prüft zuerst und schreibt dann die Website nach <code>dist/</code> (eine ungültige Tabelle stoppt den Build und lässt das bisherige <code>dist/</code> unverändert). <code>npm run data:export -- --out DIR</code> schreibt jede der Tabellen oben als CSV und JSON. <code>dist/</code> ist ein statischer Ordner: Er lässt sich auf jeden statischen Webserver kopieren, unter jedem Pfad.",
  licences: `**Code:** MIT-Lizenz (<code>LICENSE</code> im Repository). **Daten:** Die Tabellen, die Grafiken und ihre Bilder stehen unter <a href="https://creativecommons.org/licenses/by/4.0/deed.de" rel="noopener noreferrer" target="_blank" hreflang="de">Creative Commons Namensnennung 4.0 (CC BY 4.0)</a>: Sie dürfen sie frei weiterverwenden, mit der Angabe „High Fences (CC BY 4.0)“ und der Quelle aus der Quellenzeile der Grafik. Nicht erfasst ist der deutsche Text des Kommentars, der zur Diskussion aus dem Handelsblatt zitiert wird (die Rechte bleiben beim Verlag; die englischen Übersetzungen sind unsere). Die Dateien auf Positionsebene, übernommen aus Budget-Lab-Yale/tariff-rate-tracker (The Budget Lab at Yale), tradewartracker/trade-war-redux-2025 (© 2025 tradewartracker), mwaugh0328/tradewar-tracker (© 2020 Mike Waugh) und mwaugh0328/consumption_and_tradewar (© 2019 Mike Waugh), behalten die MIT-Hinweise dieser Repositorys, wiedergegeben in <code>data/LICENSE.md</code>.

Jede Grafik bietet **Einbetten** (ein <code>&lt;iframe&gt;</code> ihrer Seite unter <code>de/embed/</code>, das der einbettenden Seite seine Höhe mitteilt; mit <code>?theme=dark</code> oder <code>?theme=light</code> und <code>?transparent</code> für einen durchsichtigen Hintergrund), **SVG** und **PNG** (doppelt so groß wie auf dem Bildschirm), jeweils mit Titel, Einheiten, Quellenzeile und Datenstand im Bild.`,
  changes:
    "Eine Zeile je Datenveröffentlichung, mit den seit der vorigen Veröffentlichung hinzugefügten, geänderten und entfernten Zeilen (<code>npm run data:diff</code> zählt sie; <code>npm run data:release</code> schreibt die Zeile). Die Tabellen jeder Veröffentlichung, roh und abgeleitet, bleiben unverändert auf dieser Website unter <code>vintages/DATE/</code>, sodass sich eine aus einer früheren Veröffentlichung zitierte Zahl weiterhin prüfen lässt.",
  limits: `- Chinesische Ankündigungen sind meist so zitiert, wie Xinhua, CGTN, China Daily oder Kanzleien sie wiedergeben; die amtlichen Seiten von MOFCOM und Zolltarifkommission lagen uns nicht als gespeicherte Kopien vor.
- Die gesamten US-Warenimporte (für Chinas Anteil an den US-Importen) sind nur für wenige Jahre bestätigt; der Anteil wird nur dort gezeigt, wo sie es sind.
- Der genaue Erscheinungstag des Kommentars ist in den Kopien, die wir lesen konnten, nicht angegeben: {{facts.dateNote}}
- Status nach dem Prüfdatum einer Spur sind nicht erfasst, außer Schritten, die eine frühere Quelle ankündigt; diese erscheinen als angekündigt und nie als in Kraft.`
};

/** The Data and methods page's text by language. */
export const methods: Record<Lang, typeof en> = {en, de};
