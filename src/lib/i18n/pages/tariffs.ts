// The Tariffs page's text (src/templates/tariffs.md.tpl), English and German. Values are Markdown (HTML allowed); the
// method's `{{facts.KEY}}` are facts computed from the page's data at build time (src/lib/pageFacts.ts).
import type {Lang} from "../index.js";

const en = {
  title: "Tariffs",
  heading: "Tariffs",
  lede: "How high the tariffs each side levies on the other's goods are, normal (MFN) duties included, how that changed since 2018, and why our estimate differs from those of other trackers.",
  cards: {
    now: {before: "estimated average tariff incl. MFN, of which MFN ", after: " of trade under some additional duty"},
    then: {title: ", when the commentary appeared", before: "late January 2025, of which MFN ", after: "; same method"}
  },
  estimates: {
    before:
      "These four figures are <strong>our estimates</strong>, not sourced facts: every tariff line weighted by its trade value (",
    weightsBefore: ", ",
    weightsAfter: " weights",
    after:
      "). The PIIE basis is the headline because PIIE publishes both directions from 2018 on with stated weights; see the method below."
  },
  units: {basis: " basis", pts: " pts"},
  average: {
    titleUs: "US tariffs on Chinese goods, average incl. MFN",
    titleCn: "China's tariffs on US goods, average incl. MFN",
    subtitle:
      "Percent of the partner's goods, weighted by trade per tariff line; shaded: our MFN part; lines with dots: PIIE's and the Yale Budget Lab's published figures",
    source:
      "Rates: the tariff steps below, each with its source. Lines, weights, MFN and exemptions: data/lines (see the method). Estimate by High Fences."
  },
  authorities: {
    titleUs: "US additional duties by legal authority",
    titleCn: "China's additional duties by legal authority",
    subtitle: "Percentage points of the average above, MFN left out; "
  },
  method: {
    heading: "How the estimate is made",
    body: "For every date on which a rate, a list, an exemption or an MFN rate changes, we take every tariff line (US: HTS10; China: HS8 or HS10) and add up its normal (MFN) duty and every additional duty in force on it that day, then weight the lines by their trade value in the basis's year:\n\naverage = Σ lines (trade value × (MFN + additional duties on the line)) ÷ Σ lines trade value.\n\n- **Which lines a duty covers** comes from the published product lists (the Section 301 lists, the Section 232 product annexes, China's retaliation annexes), matched by code prefix; **rates** come only from the dated tariff steps below.\n- **Exemptions** (Annex II of the reciprocal tariff, the 11 April 2025 electronics note, product exclusions, China's suspensions) are deducted between their dates.\n- **Stacking rules** are data (<code>data/lines/stacking.csv</code>, listed on the Data and methods page): a 2024 Section 301 review rate *replaces* the list rate on the same line; the IEEPA reciprocal tariff and the Section 122 surcharge *do not apply* to Section 232 goods; the 2025 Section 232 steel and aluminium duties replace the 2018 ones, and a good pays one Section 232 duty. Every other pair of duties adds. Where a duty is charged on part of a good's value only (the metal content of a Section 232 derivative before April 2026), it counts on that share, and the duties it excludes keep the rest.\n- **Weights** are a parameter: {{facts.weights}}.\n\nWhat the inputs lack, measured by the estimator itself:\n{{facts.estimateNotes}}",
    /** The words of the weights' list and the notes ({{facts.weights}}, {{facts.estimateNotes}}: src/lib/pageFacts.ts). */
    weights: {
      basisFrom: " basis from ",
      start: "the start",
      to: " to ",
      noteBasis: (basis: string): string => `, ${basis} basis`,
      noNotes: "nothing: every weighted line has an MFN rate and every basis period its weights"
    }
  },
  rates: {
    heading: "Rates per scope",
    subtitle: "Each bar is a period at one rate (label in %); grey = 0%, removed or never applied",
    source: "Sources: one per step, listed in the table below."
  },
  why: {
    heading: "Why the numbers differ",
    body: 'Trackers publish different "average tariffs" for the same day because they answer different questions: **which duties** (the normal MFN tariff too, or additional duties only), **which weights** (trade before the war, last year\'s trade, or customs revenue actually collected), **which exemptions** are deducted, and whether a rate counts from its announcement or from the day it applied. Below, each published figure stands beside ours on the same date and weighting basis, with what each input is worth on that day, in points, computed by re-running the estimate: **other weights** (ours on our other basis for that direction, minus ours), **exemptions** (what deducting them takes off ours), **exclusions** (what the stacking rules take off ours), our **MFN** part, and, where a source documents that a tracker used other rates than ours (Yale\'s build of 11 March 2026 charged the suspended List 4B), **their inputs**: what ours gains when recomputed with them. "Why" names the verdict and the largest of these. Revenue-based and simple-average figures answer other questions and are listed for context.',
    agreementCaption: "How close ours is to PIIE and the Yale Budget Lab (absolute differences, from 2018 on)",
    comparisonCaption: "Published averages beside our estimate for the same day and weights"
  },
  steps: {heading: "Every tariff step, with its source", caption: " tariff steps"},
  filters: {
    direction: "Direction",
    both: "Both",
    thirdCountries: "US on third countries",
    authority: "Legal authority",
    all: "All",
    search: "Search",
    placeholder: "e.g. List 3, EV, fentanyl"
  },
  cols: {
    direction: "Direction",
    against: "Against",
    ourBasis: "Our basis",
    figures: "Figures",
    meanDifference: "Mean difference",
    largest: "Largest",
    date: "Date",
    publishedBy: "Published by",
    published: "Published",
    ours: "Ours",
    ourWeights: "Our weights",
    difference: "Difference",
    otherWeights: "Other weights",
    exemptions: "Exemptions",
    exclusions: "Exclusions",
    mfnPart: "MFN part",
    theirInputs: "Their inputs",
    why: "Why",
    source: "Source",
    from: "From",
    goods: "Goods",
    rate: "Rate",
    measure: "Measure",
    authority: "Authority"
  }
};

const de: typeof en = {
  title: "Zölle",
  heading: "Zölle",
  lede: "Wie hoch die Zölle sind, die jede Seite auf die Waren der anderen erhebt, normale Meistbegünstigungszölle (MFN) eingeschlossen, wie sich das seit 2018 verändert hat und warum unsere Schätzung von denen anderer Tracker abweicht.",
  cards: {
    now: {
      before: "geschätzter Durchschnittszoll einschl. MFN, davon MFN ",
      after: " des Handels unter einem Zusatzzoll"
    },
    then: {title: ", als der Kommentar erschien", before: "Ende Januar 2025, davon MFN ", after: "; gleiche Methode"}
  },
  estimates: {
    before:
      "Diese vier Werte sind <strong>unsere Schätzungen</strong>, keine belegten Tatsachen: jede Zolllinie nach ihrem Handelswert gewichtet (",
    weightsBefore: ", Gewichte von ",
    weightsAfter: "",
    after:
      "). Die PIIE-Basis steht vorn, weil PIIE beide Richtungen ab 2018 mit angegebenen Gewichten veröffentlicht; siehe die Methode unten."
  },
  units: {basis: "-Basis", pts: " Pkt."},
  average: {
    titleUs: "US-Zölle auf chinesische Waren, Durchschnitt einschl. MFN",
    titleCn: "Chinas Zölle auf US-Waren, Durchschnitt einschl. MFN",
    subtitle:
      "Prozent des Warenwerts des Partners, nach Handel je Zolllinie gewichtet; schattiert: unser MFN-Anteil; Linien mit Punkten: die veröffentlichten Werte von PIIE und dem Yale Budget Lab",
    source:
      "Sätze: die Zollschritte unten, jeder mit seiner Quelle. Linien, Gewichte, MFN und Ausnahmen: data/lines (siehe die Methode). Schätzung von High Fences."
  },
  authorities: {
    titleUs: "US-Zusatzzölle nach Rechtsgrundlage",
    titleCn: "Chinas Zusatzzölle nach Rechtsgrundlage",
    subtitle: "Prozentpunkte des Durchschnitts oben, ohne MFN; "
  },
  method: {
    heading: "So entsteht die Schätzung",
    body: "Für jeden Tag, an dem sich ein Satz, eine Liste, eine Ausnahme oder ein Meistbegünstigungssatz ändert, nehmen wir jede Zolllinie (USA: HTS10; China: HS8 oder HS10), zählen ihren normalen Zoll (MFN) und jeden an diesem Tag auf ihr geltenden Zusatzzoll zusammen und gewichten die Linien mit ihrem Handelswert im Jahr der jeweiligen Basis:\n\nDurchschnitt = Σ Linien (Handelswert × (MFN + Zusatzzölle auf der Linie)) ÷ Σ Linien Handelswert.\n\n- **Welche Linien ein Zoll erfasst**, ergibt sich aus den veröffentlichten Warenlisten (den Listen nach Section 301, den Produktanhängen nach Section 232, Chinas Vergeltungsanhängen), zugeordnet über den Anfang des Warencodes; die **Sätze** stammen allein aus den datierten Zollschritten weiter unten.\n- **Ausnahmen** (Anhang II des reziproken Zolls, der Hinweis zur Elektronik vom 11. April 2025, Produktausschlüsse, Chinas Aussetzungen) werden zwischen ihren Daten abgezogen.\n- **Regeln für das Zusammentreffen** von Zöllen sind Daten (<code>data/lines/stacking.csv</code>, aufgeführt auf der Seite Daten und Methoden): Ein Satz aus der Section-301-Überprüfung von 2024 *ersetzt* den Listensatz auf derselben Linie; der reziproke IEEPA-Zoll und der Aufschlag nach Section 122 *gelten nicht* für Waren unter Section 232; die Stahl- und Aluminiumzölle nach Section 232 von 2025 ersetzen die von 2018, und eine Ware zahlt nur einen Section-232-Zoll. Alle anderen Zölle addieren sich. Wird ein Zoll nur auf einen Teil des Warenwerts erhoben (den Metallanteil eines Section-232-Folgeprodukts vor April 2026), zählt er auf diesem Anteil, und die von ihm ausgeschlossenen Zölle behalten den Rest.\n- **Gewichte** sind ein Parameter: {{facts.weights}}.\n\nWas den Eingangsdaten fehlt, vom Schätzverfahren selbst gemessen:\n{{facts.estimateNotes}}",
    weights: {
      basisFrom: "-Basis ab ",
      start: "Beginn",
      to: " bis ",
      noteBasis: (basis: string): string => `, ${basis}-Basis`,
      noNotes: "nichts: Jede gewichtete Linie hat einen Meistbegünstigungssatz und jeder Basiszeitraum seine Gewichte"
    }
  },
  rates: {
    heading: "Sätze nach Warengruppe",
    subtitle:
      "Jeder Balken ist ein Zeitraum mit einem Satz (Beschriftung in %); grau = 0 %, aufgehoben oder nie angewandt",
    source: "Quellen: eine je Schritt, aufgeführt in der Tabelle unten."
  },
  why: {
    heading: "Warum die Zahlen auseinandergehen",
    body: "Tracker veröffentlichen für denselben Tag unterschiedliche „Durchschnittszölle“, weil sie unterschiedliche Fragen beantworten: **welche Zölle** (auch der normale Meistbegünstigungszoll oder nur die Zusatzzölle), **welche Gewichte** (der Handel vor dem Zollkrieg, der des Vorjahres oder die tatsächlich erhobenen Zolleinnahmen), **welche Ausnahmen** abgezogen werden und ob ein Satz ab seiner Ankündigung zählt oder ab dem Tag, an dem er galt. Unten steht jeder veröffentlichte Wert neben unserem für denselben Tag und dieselbe Gewichtungsbasis, dazu, was jede Eingangsgröße an diesem Tag in Prozentpunkten ausmacht, berechnet durch erneutes Durchrechnen der Schätzung: **andere Gewichte** (unser Wert auf unserer anderen Basis für diese Richtung, minus unserem), **Ausnahmen** (was ihr Abzug von unserem Wert abzieht), **Ausschlüsse** (was die Regeln für das Zusammentreffen von unserem Wert abziehen), unser **MFN**-Anteil und, wo eine Quelle belegt, dass ein Tracker andere Sätze als wir verwendet hat (Yales Stand vom 11. März 2026 rechnete die ausgesetzte Liste 4B mit), **deren Eingaben**: was unser Wert gewinnt, wenn er mit ihnen neu berechnet wird. „Warum“ nennt das Urteil und den größten dieser Beiträge. Werte auf Basis von Zolleinnahmen und einfache Durchschnitte beantworten andere Fragen und stehen zur Einordnung dabei.",
    agreementCaption: "Wie nah unsere Werte an PIIE und dem Yale Budget Lab liegen (absolute Abweichungen, ab 2018)",
    comparisonCaption: "Veröffentlichte Durchschnitte neben unserer Schätzung für denselben Tag und dieselben Gewichte"
  },
  steps: {heading: "Jeder Zollschritt, mit seiner Quelle", caption: " Zollschritte"},
  filters: {
    direction: "Richtung",
    both: "Beide",
    thirdCountries: "USA auf Drittländer",
    authority: "Rechtsgrundlage",
    all: "Alle",
    search: "Suche",
    placeholder: "z. B. List 3, E-Autos, Fentanyl"
  },
  cols: {
    direction: "Richtung",
    against: "Verglichen mit",
    ourBasis: "Unsere Basis",
    figures: "Werte",
    meanDifference: "Mittlere Abweichung",
    largest: "Größte",
    date: "Datum",
    publishedBy: "Veröffentlicht von",
    published: "Veröffentlicht",
    ours: "Unserer",
    ourWeights: "Unsere Gewichte",
    difference: "Abweichung",
    otherWeights: "Andere Gewichte",
    exemptions: "Ausnahmen",
    exclusions: "Ausschlüsse",
    mfnPart: "MFN-Anteil",
    theirInputs: "Deren Eingaben",
    why: "Warum",
    source: "Quelle",
    from: "Ab",
    goods: "Waren",
    rate: "Satz",
    measure: "Maßnahme",
    authority: "Rechtsgrundlage"
  }
};

/** The Tariffs page's text in each language. */
export const tariffs: Record<Lang, typeof en> = {en, de};
