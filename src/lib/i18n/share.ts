// The words of the share cards and the pages' descriptions (src/lib/share.ts), in every language. Only the build
// writes them (the Open Graph tags and the _share/ images), so they stay out of the message tables (ui.en.ts,
// ui.de.ts) whose groups the pages load.
import type {Lang} from "./index.js";

const en = {
  descriptions: {
    index:
      "Every US–China trade measure since 2018 on one timeline, the average tariff each way, and a German commentary on DeepSeek checked against the record.",
    tariffs:
      "How high the tariffs each side levies on the other's goods are, normal (MFN) duties included, how that changed since 2018, and why trackers' averages differ.",
    controls:
      "The US rules that decide which AI chips may go to China, named chips against each rule's thresholds, and China's mineral export controls.",
    trade:
      "US goods imports from and exports to China per year, the balance, and China's share of US imports, with the tariff measures marked.",
    commentary:
      "A Handelsblatt commentary on DeepSeek and US tariffs, claim by claim, in German and English, beside the evidence for and against it.",
    next: "What the commentary expected, about tariffs, chips and AI, against what happened since, with our verdict and its date.",
    methods:
      "The sources, the tables and their columns, downloads of every table, how the estimates are made, and the licences."
  } as Record<string, string>,
  footer: (asOf: string): string => `US–China trade measures since 2018 · data as of ${asOf}`,
  /** The Trade page's share-card figure: "US goods imports from China in 2025". */
  importsIn: (year: number): string => `US goods imports from China in ${year}`,
  keyFigure: "estimated average US tariff on Chinese goods, normal (MFN) duties included"
};

/** The share words: the shape every language must fill. */
export type ShareWords = typeof en;

const de: ShareWords = {
  descriptions: {
    index:
      "Alle Handelsmaßnahmen zwischen den USA und China seit 2018 auf einer Zeitleiste, der Durchschnittszoll in beide Richtungen und ein Handelsblatt-Kommentar zu DeepSeek, an den Fakten geprüft.",
    tariffs:
      "Wie hoch die Zölle sind, die jede Seite auf die Waren der anderen erhebt, die normalen (MFN-)Zölle eingerechnet, wie sie sich seit 2018 verändert haben und warum die Durchschnitte der Tracker voneinander abweichen.",
    controls:
      "Die US-Regeln, die entscheiden, welche KI-Chips nach China dürfen, bekannte Chips vor den Schwellenwerten jeder Regel und Chinas Exportkontrollen für Rohstoffe.",
    trade:
      "US-Warenimporte aus China und -exporte nach China je Jahr, der Saldo und Chinas Anteil an den US-Importen, mit den Zollmaßnahmen markiert.",
    commentary:
      "Ein Handelsblatt-Kommentar zu DeepSeek und den US-Zöllen, Aussage für Aussage, neben den Belegen dafür und dagegen.",
    next: "Was der Kommentar erwartete, zu Zöllen, Chips und KI, und was seither geschah, mit unserem Urteil und seinem Datum.",
    methods:
      "Die Quellen, die Tabellen und ihre Spalten, Downloads aller Tabellen, wie die Schätzungen entstehen, und die Lizenzen."
  },
  footer: (asOf: string): string => `Handelsmaßnahmen USA–China seit 2018 · Stand: ${asOf}`,
  importsIn: (year: number): string => `US-Warenimporte aus China im Jahr ${year}`,
  keyFigure: "geschätzter durchschnittlicher US-Zoll auf Waren aus China, normale (MFN-)Zölle eingerechnet"
};

const WORDS: Record<Lang, ShareWords> = {en, de};

/** The share words of a language (English by default). */
export function shareWords(lang: Lang = "en"): ShareWords {
  return WORDS[lang];
}
