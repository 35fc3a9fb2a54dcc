// The prose and labels of "What happened next" (src/templates/next.md.tpl), in both languages. Values are Markdown,
// inlined into the template at build time; `${…}` in them are expressions over the page's cell variables (numbered,
// counts, latest, shown, excerpt, meta, f). Values placed inside a JavaScript template literal hold no backtick.
import type {Lang} from "../index.js";

const en = {
  title: "What happened next",
  filters: {verdict: "Our verdict", allVerdicts: "All verdicts"},
  lede: "The commentary made ${numbered.length} expectations we can check, about tariffs, chips and the balance of power in AI. Here each one stands beside the sentence it comes from, with what happened since and the measures that show it.",
  verdicts:
    'The verdicts are ours: ${verdictBadge("happened", lang)} ${verdictBadge("partly", lang)} ${verdictBadge("did-not-happen", lang)} ${verdictBadge("open", lang)}. Each is as of the date given with it, the date of the latest evidence we used (the latest is ${f.longDate(latest)}; how far each lane of the record is checked is said at the top of the page). A later event can change a verdict. So far ${counts.happened} happened, ${counts.partly} partly happened, ${counts["did-not-happen"]} did not happen and ${counts.open} are still open. The commentary\'s other claims, with evidence and counterpoints, are on [The commentary, claim by claim](./commentary).',
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
    'Excerpts quoted from ${meta.commentary_publisher}, ${html`<a href=${meta.commentary_url} hreflang="de" rel="noopener noreferrer" target="_blank">„${meta.commentary_title}“</a>`}, late January 2025; translation ours. Expectations, outcomes and verdicts are our own words and judgement, each as of its stated date.'
};

const de: typeof en = {
  title: "Was danach geschah",
  filters: {verdict: "Unser Urteil", allVerdicts: "Alle Urteile"},
  lede: "Der Kommentar enthält ${numbered.length} Erwartungen, die sich überprüfen lassen: zu Zöllen, zu Chips und zum Kräfteverhältnis bei der KI. Hier steht jede neben dem Satz, aus dem sie stammt, zusammen mit dem, was seither geschah, und den Maßnahmen, die es belegen.",
  verdicts:
    'Die Urteile stammen von uns: ${verdictBadge("happened", lang)} ${verdictBadge("partly", lang)} ${verdictBadge("did-not-happen", lang)} ${verdictBadge("open", lang)}. Jedes gilt zu dem Datum, das bei ihm steht, dem Datum des jüngsten Belegs, den wir herangezogen haben (der jüngste ist vom ${f.longDate(latest)}; wie weit jede Spur des Datenbestands geprüft ist, steht oben auf der Seite). Ein späteres Ereignis kann ein Urteil ändern. Bisher: ${counts.happened} eingetreten, ${counts.partly} teilweise eingetreten, ${counts["did-not-happen"]} nicht eingetreten, ${counts.open} noch offen. Die übrigen Aussagen des Kommentars, mit Belegen und Gegenpositionen, stehen unter [Der Kommentar, Aussage für Aussage](./commentary).',
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
    'Auszüge zitiert aus ${meta.commentary_publisher}, ${html`<a href=${meta.commentary_url} hreflang="de" rel="noopener noreferrer" target="_blank">„${meta.commentary_title}“</a>`}, Ende Januar 2025. Erwartungen, Ausgang und Urteile sind unsere eigenen Worte und unsere Einschätzung, jeweils zum angegebenen Datum.'
};

/** The "What happened next" page's text by language. */
export const next: Record<Lang, typeof en> = {en, de};
