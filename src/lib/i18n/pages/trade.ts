// The Trade page's text (src/templates/trade.md.tpl), English and German. Values are Markdown (HTML allowed); many are
// pieces of one sentence around a cell value (…Before, …After).
import type {Lang} from "../index.js";

const en = {
  title: "Trade",
  heading: "Trade",
  marks: {
    label: "Tariff measures marked on the time axis",
    both: "US and China",
    us: "US measures only",
    cn: "China's measures only",
    none: "None"
  },
  lede: {
    before: "US goods imports from China and exports to China per year, ",
    after:
      ", the balance between them, and China's share of all US goods imports where the data hold the total, with the tariff measures of both sides marked on the time axis."
  },
  summary: {
    title: "What the figures show",
    caveat:
      "These are nominal values from several releases (see the table); they show how much was traded before and after the measures, not what the measures caused."
  },
  flows: {
    title: "US goods imports from and exports to China per year, USD bn, with the tariff measures of both sides",
    subtitle:
      "Nominal USD bn, Census basis. Each calendar year's value sits at mid-year (thin vertical lines mark 1 January). ▲ US and ◆ China tariff measures at the date they took effect (or were announced, if they never did); pale marks are suspended, hollow marks no longer in force; the big rounds are named above the chart. Hover or tap for details.",
    laterBefore: " later measure dates (after ",
    laterAfter: ") lie beyond the trade data and are not shown.",
    sourceBefore: "Trade: ",
    sourceAfter:
      ". Measures: Federal Register, USTR, MOFCOM and others, one per measure (see the Overview timeline and Data and methods)."
  },
  downloads: {
    marks: "Download the marked measures (CSV)",
    rows: "Download the trade rows with notes (CSV)"
  },
  balance: {
    title: "US goods trade balance with China per year, USD bn",
    subtitle: "Exports to China minus imports from China; below zero is a US deficit. One bar per calendar year."
  },
  sources: "Sources: ",
  share: {
    title: "China's share of all US goods imports, %, where the total is known",
    known: "Imports from China ÷ all US goods imports. Known only for ",
    noYear: "no year",
    missing: "; no total in the data for ",
    empty: ", so those years stay empty (nothing is interpolated).",
    mixedBefore: " The ",
    mixedAfter: " share divides imports from one release by a total from another."
  },
  table: {
    title: "The figures, with their release and source",
    subtitle:
      "USD bn, nominal, Census basis. The figures come from different releases (the release is named for each one): the Census Bureau revises past years, so a figure may differ from the same year in a later release, and one year's two flows may come from different vintages.",
    caption: "US goods trade with China, ",
    source:
      "– = not in the data. Each figure's notes (other vintages, how a value was derived) are in the download and in data/trade.csv."
  },
  cols: {
    year: "Year",
    balance: "Balance",
    total: "All US goods imports",
    share: "China's share",
    release: "Release and source"
  }
};

const de: typeof en = {
  title: "Handel",
  heading: "Handel",
  marks: {
    label: "Zollmaßnahmen auf der Zeitachse",
    both: "USA und China",
    us: "Nur Maßnahmen der USA",
    cn: "Nur Maßnahmen Chinas",
    none: "Keine"
  },
  lede: {
    before: "US-Warenimporte aus China und -exporte nach China pro Jahr, ",
    after:
      ", der Saldo zwischen beiden und Chinas Anteil an allen US-Warenimporten, wo die Daten die Gesamtsumme enthalten, mit den Zollmaßnahmen beider Seiten auf der Zeitachse."
  },
  summary: {
    title: "Was die Zahlen zeigen",
    caveat:
      "Das sind nominale Werte aus mehreren Veröffentlichungen (siehe die Tabelle); sie zeigen, wie viel vor und nach den Maßnahmen gehandelt wurde, nicht, was die Maßnahmen bewirkt haben."
  },
  flows: {
    title: "US-Warenimporte aus und -exporte nach China pro Jahr, Mrd. USD, mit den Zollmaßnahmen beider Seiten",
    subtitle:
      "Nominal in Mrd. USD, Census-Basis. Der Wert jedes Kalenderjahres steht in der Jahresmitte (dünne senkrechte Linien markieren den 1. Januar). ▲ Zollmaßnahmen der USA und ◆ Chinas am Tag ihres Inkrafttretens (oder ihrer Ankündigung, wenn sie nie in Kraft traten); blasse Zeichen sind ausgesetzt, hohle nicht mehr in Kraft; die großen Runden sind über der Grafik benannt. Für Einzelheiten darauf zeigen oder tippen.",
    laterBefore: " spätere Maßnahmendaten (nach ",
    laterAfter: ") liegen jenseits der Handelsdaten und werden nicht gezeigt.",
    sourceBefore: "Handel: ",
    sourceAfter:
      ". Maßnahmen: Federal Register, USTR, MOFCOM und andere, eine je Maßnahme (siehe die Zeitleiste im Überblick und Daten und Methoden)."
  },
  downloads: {
    marks: "Die markierten Maßnahmen herunterladen (CSV)",
    rows: "Die Handelszeilen mit Anmerkungen herunterladen (CSV)"
  },
  balance: {
    title: "Saldo des US-Warenhandels mit China pro Jahr, Mrd. USD",
    subtitle:
      "Exporte nach China minus Importe aus China; unter null ist ein Defizit der USA. Ein Balken je Kalenderjahr."
  },
  sources: "Quellen: ",
  share: {
    title: "Chinas Anteil an allen US-Warenimporten in %, wo die Gesamtsumme bekannt ist",
    known: "Importe aus China ÷ alle US-Warenimporte. Nur bekannt für ",
    noYear: "kein Jahr",
    missing: "; keine Gesamtsumme in den Daten für ",
    empty: ", daher bleiben diese Jahre leer (nichts wird interpoliert).",
    mixedBefore: " Der Anteil für ",
    mixedAfter: " teilt Importe aus einer Veröffentlichung durch eine Gesamtsumme aus einer anderen."
  },
  table: {
    title: "Die Zahlen, mit ihrer Veröffentlichung und Quelle",
    subtitle:
      "Mrd. USD, nominal, Census-Basis. Die Zahlen stammen aus verschiedenen Veröffentlichungen (bei jeder ist sie genannt): Das Census Bureau revidiert zurückliegende Jahre, daher kann eine Zahl vom selben Jahr in einer späteren Veröffentlichung abweichen, und die beiden Ströme eines Jahres können aus verschiedenen Ständen stammen.",
    caption: "US-Warenhandel mit China, ",
    source:
      "– = nicht in den Daten. Die Anmerkungen zu jeder Zahl (andere Stände, wie ein Wert hergeleitet wurde) stehen im Download und in data/trade.csv."
  },
  cols: {
    year: "Jahr",
    balance: "Saldo",
    total: "Alle US-Warenimporte",
    share: "Anteil Chinas",
    release: "Veröffentlichung und Quelle"
  }
};

/** The Trade page's text in each language. */
export const trade: Record<Lang, typeof en> = {en, de};
