// The Overview page's text (src/templates/index.md.tpl), English and German. Values are Markdown (HTML allowed).
import type {Lang} from "../index.js";

const en = {
  title: "Overview",
  lede: {
    before:
      " A Handelsblatt commentary of late January 2025 argues that eight years of US tariffs and chip bans pushed China to innovate around them, DeepSeek being the proof (",
    link: "read the original, in German",
    after: "). Here is the record it rests on, and what happened next."
  },
  cards: {
    trade: "Trade at stake",
    tradeNote: {
      before: "US goods imports from China in ",
      middle: ", against ",
      after: " of US exports to China (Census)"
    },
    measures: "Measures on record",
    measuresNote: {us: " by the US, ", cn: " by China, each with its status history and sources"}
  },
  estimates:
    "The two tariff figures are our estimates (every tariff line weighted by its trade, normal MFN duties included), not sourced facts; <a href=\"./tariffs.html\">the Tariffs page</a> shows the method and sets them beside PIIE's and the Yale Budget Lab's.",
  show: "Show",
  timeline: {
    title: "Every US–China trade measure since 2018, and the events around them",
    subtitle:
      'Point at an item, or focus the chart and use the arrow keys · bars run from announcement to entry into force · ● in force or pending · <span class="hf-paused">●</span> suspended · ○ no longer in force · dashed ring: a step scheduled after the lane is checked through · ◆ context event · ▾ the commentary refers to it · dashed line: the commentary',
    keyboard: "Timeline of the measures and events.",
    source:
      "Sources: one or more per measure (Federal Register, USTR, BIS, White House, MOFCOM, State Council Tariff Commission, and reproductions of them), linked in the card above and on every page. Each status is the one on its lane's checked-through date (top of the page)."
  },
  next: {
    tariffs: {
      title: "Tariffs",
      text: "How high each side's tariffs are, by legal authority, and why trackers' averages differ."
    },
    controls: {
      title: "Export controls and chips",
      text: "The chip rules' thresholds, which accelerators they catch, and China's mineral controls."
    },
    commentary: {
      title: "The commentary, claim by claim",
      text: "Each claim in German and English, beside the evidence for and against it."
    }
  }
};

const de: typeof en = {
  title: "Überblick",
  lede: {
    before:
      " Ein Kommentar im Handelsblatt von Ende Januar 2025 argumentiert, acht Jahre US-Zölle und Chip-Verbote hätten China gezwungen, sie mit eigenen Innovationen zu umgehen – DeepSeek sei der Beweis (",
    link: "zum Originaltext",
    after: "). Hier steht, worauf er sich stützt, und was seither geschah."
  },
  cards: {
    trade: "Betroffener Handel",
    tradeNote: {
      before: "US-Warenimporte aus China im Jahr ",
      middle: ", gegenüber ",
      after: " US-Exporten nach China (Census)"
    },
    measures: "Erfasste Maßnahmen",
    measuresNote: {us: " der USA, ", cn: " Chinas, jede mit ihrem Statusverlauf und ihren Quellen"}
  },
  estimates:
    'Die beiden Zollsätze sind unsere Schätzungen (jede Zolllinie nach ihrem Handelswert gewichtet, einschließlich der normalen Meistbegünstigungszölle), keine belegten Tatsachen; <a href="./tariffs.html">die Seite Zölle</a> erklärt die Methode und stellt sie neben die Werte von PIIE und dem Yale Budget Lab.',
  show: "Anzeigen",
  timeline: {
    title: "Alle Handelsmaßnahmen zwischen den USA und China seit 2018 und die Ereignisse um sie herum",
    subtitle:
      'Auf einen Eintrag zeigen oder die Grafik fokussieren und mit den Pfeiltasten blättern · Balken reichen von der Ankündigung bis zum Inkrafttreten · ● in Kraft oder anstehend · <span class="hf-paused">●</span> ausgesetzt · ○ nicht mehr in Kraft · gestrichelter Ring: ein Schritt, der nach dem Prüfstand der Spur geplant ist · ◆ Ereignis im Umfeld · ▾ der Kommentar bezieht sich darauf · gestrichelte Linie: der Kommentar',
    keyboard: "Zeitleiste der Maßnahmen und Ereignisse.",
    source:
      "Quellen: eine oder mehrere je Maßnahme (Federal Register, USTR, BIS, Weißes Haus, MOFCOM, Zolltarifkommission des Staatsrats und deren Wiedergaben), verlinkt in der Karte oben und auf jeder Seite. Jeder Status gilt zum Prüfstand seiner Spur (oben auf der Seite)."
  },
  next: {
    tariffs: {
      title: "Zölle",
      text: "Wie hoch die Zölle beider Seiten sind, nach Rechtsgrundlage, und warum die Durchschnitte der Tracker auseinandergehen."
    },
    controls: {
      title: "Exportkontrollen und Chips",
      text: "Die Schwellenwerte der Chip-Regeln, welche Beschleuniger sie erfassen, und Chinas Kontrollen für Mineralien."
    },
    commentary: {
      title: "Der Kommentar, Aussage für Aussage",
      text: "Jede Aussage im deutschen Original, neben den Belegen dafür und dagegen."
    }
  }
};

/** The Overview page's text in each language. */
export const index: Record<Lang, typeof en> = {en, de};
