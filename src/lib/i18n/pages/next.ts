// The prose and labels of "What happened next" (src/templates/next.md.tpl), in both languages. Values are Markdown,
// inlined into the template at build time; `{{facts.KEY}}` in them are facts computed from the page's data at build
// time (src/lib/pageFacts.ts), `${…}` expressions over the page's cell variables (numbered, shown, excerpt) where the
// text follows the filter or sits in a cell. Values placed inside a JavaScript template literal hold no backtick.
import type {Lang} from "../index.js";

const en = {
  title: "What happened next",
  filters: {verdict: "Our verdict", allVerdicts: "All verdicts"},
  lede: "The commentary made {{facts.expectations}} expectations we can check, about tariffs, chips and the balance of power in AI. Here each one stands beside the sentence it comes from, with what happened since and the measures that show it.",
  verdicts:
    "The verdicts are ours: {{facts.verdictHappened}} {{facts.verdictPartly}} {{facts.verdictDidNotHappen}} {{facts.verdictOpen}}. Each is as of the date given with it, the date of the latest evidence we used (the latest is {{facts.latest}}; how far each lane of the record is checked is said at the top of the page). A later event can change a verdict. So far {{facts.happened}} happened, {{facts.partly}} partly happened, {{facts.didNotHappen}} did not happen and {{facts.open}} are still open. The commentary's other claims, with evidence and counterpoints, are on [The commentary, claim by claim](./commentary).",
  chart: {
    title:
      'The commentary\'s ${shown.length === numbered.length ? "" : shown.length + " of " + numbered.length + " "}expectations by our verdict${shown.length === numbered.length ? ", " + numbered.length + " in all" : ""}',
    subtitle:
      "Each numbered dot is one expectation, numbered as in the list below, placed at the date its verdict is as of (2025 to the data's as-of date); the dashed line is the commentary, late January 2025",
    source:
      "Verdicts and their dates: ours, from the forecasts table; each expectation's sources are linked with it below."
  },
  empty: "No expectation has this verdict.",
  /** Above each excerpt's sentence. */
  fromParagraph: "From paragraph ${excerpt.paragraph}",
  /** Around the id of an excerpt a forecast names but the excerpts table lacks. */
  notFound: {before: "Excerpt ", after: " not found."},
  attribution:
    "Excerpts quoted from {{facts.publisher}}, {{facts.original}}, late January 2025; translation ours. Expectations, outcomes and verdicts are our own words and judgement, each as of its stated date."
};

const de: typeof en = {
  title: "Was danach geschah",
  filters: {verdict: "Unser Urteil", allVerdicts: "Alle Urteile"},
  lede: "Der Kommentar enthält {{facts.expectations}} Erwartungen, die sich überprüfen lassen: zu Zöllen, zu Chips und zum Kräfteverhältnis bei der KI. Hier steht jede neben dem Satz, aus dem sie stammt, zusammen mit dem, was seither geschah, und den Maßnahmen, die es belegen.",
  verdicts:
    "Die Urteile stammen von uns: {{facts.verdictHappened}} {{facts.verdictPartly}} {{facts.verdictDidNotHappen}} {{facts.verdictOpen}}. Jedes gilt zu dem Datum, das bei ihm steht, dem Datum des jüngsten Belegs, den wir herangezogen haben (der jüngste ist vom {{facts.latest}}; wie weit jede Spur des Datenbestands geprüft ist, steht oben auf der Seite). Ein späteres Ereignis kann ein Urteil ändern. Bisher: {{facts.happened}} eingetreten, {{facts.partly}} teilweise eingetreten, {{facts.didNotHappen}} nicht eingetreten, {{facts.open}} noch offen. Die übrigen Aussagen des Kommentars, mit Belegen und Gegenpositionen, stehen unter [Der Kommentar, Aussage für Aussage](./commentary).",
  chart: {
    title:
      'Die ${shown.length === numbered.length ? numbered.length + " " : shown.length + " von " + numbered.length + " "}Erwartungen des Kommentars nach unserem Urteil',
    subtitle:
      "Jeder nummerierte Punkt ist eine Erwartung, nummeriert wie in der Liste darunter, gesetzt auf das Datum, zu dem ihr Urteil gilt (2025 bis zum Datenstand); die gestrichelte Linie ist der Kommentar, Ende Januar 2025",
    source:
      "Urteile und ihre Daten: unsere, aus der Tabelle forecasts; die Quellen jeder Erwartung sind unten bei ihr verlinkt."
  },
  empty: "Keine Erwartung hat dieses Urteil.",
  fromParagraph: "Aus Absatz ${excerpt.paragraph}",
  notFound: {before: "Auszug ", after: " nicht gefunden."},
  attribution:
    "Auszüge zitiert aus {{facts.publisher}}, {{facts.original}}, Ende Januar 2025. Erwartungen, Ausgang und Urteile sind unsere eigenen Worte und unsere Einschätzung, jeweils zum angegebenen Datum."
};

/** The "What happened next" page's text by language. */
export const next: Record<Lang, typeof en> = {en, de};
