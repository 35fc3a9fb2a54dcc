// The prose and labels of "The commentary, claim by claim" (src/templates/commentary.md.tpl), in both languages.
// Values are Markdown, inlined into the template at build time; `{{facts.KEY}}` in them are facts computed from the
// page's data at build time (src/lib/pageFacts.ts), `${…}` (in `showing`, which follows the filters) expressions over
// the page's cell variables (excerpts, shown, kind, stance, kindName, stanceName).
// Values placed inside a JavaScript template literal of a cell (the labels, `showing`) hold no backtick.
import type {Lang} from "../index.js";

const en = {
  title: "The commentary, claim by claim",
  filters: {
    kind: "Kind of statement",
    allKinds: "All kinds",
    stance: "Counterpoints",
    anyStance: "Any stance"
  },
  lede: "A Handelsblatt commentary of late January 2025 argues that eight years of US tariffs and chip export bans did not hold China back but pushed its engineers to innovate around them, with DeepSeek as the proof. With Trump back and promising more tariffs, it warns, that strategy now risks backfiring on the United States.",
  original:
    'Read the original: {{facts.original}} ({{facts.publisher}}, late January 2025, in German). The exact date is not known: <span class="hf-muted">{{facts.dateNote}}</span>',
  intro:
    "Below is every excerpt we quote, in the order of the text: the German original word for word, our English translation beside it, and what kind of statement it is (a {{facts.kindFact}}, an {{facts.kindAssessment}} or a {{facts.kindForecast}}). Then the evidence: the measures and events the excerpt refers to, placed on the same time axis as the [overview timeline](./), each with its sources. Last come the counterpoints: what other sources say about the claim, each marked {{facts.stanceAgainst}}, {{facts.stanceSupports}} or {{facts.stanceNuance}}. Of the {{facts.excerpts}} excerpts, {{facts.facts}} state facts, {{facts.assessments}} give the author's assessment and {{facts.forecasts}} look ahead; how those forecasts turned out is on [What happened next](./next).",
  /** The live line under the filters; kindName and stanceName are the chosen kind's and stance's names. */
  showing:
    'Showing ${shown.length} of ${excerpts.length} excerpts${kind !== "all" ? ", kind: " + kindName.toLowerCase() : ""}${stance !== "all" ? ", with a counterpoint marked “" + stanceName.toLowerCase() + "”" : ""}.',
  attribution:
    "Excerpts quoted from {{facts.publisher}}, {{facts.original}}, late January 2025; translation ours. Counterpoints and notes are our own summaries of the sources linked with them; statuses as of the date each lane is checked through (top of the page)."
};

const de: typeof en = {
  title: "Der Kommentar, Aussage für Aussage",
  filters: {
    kind: "Art der Aussage",
    allKinds: "Alle Arten",
    stance: "Gegenpositionen",
    anyStance: "Jede Haltung"
  },
  lede: "Ein Handelsblatt-Kommentar von Ende Januar 2025 hält fest: Acht Jahre US-Zölle und Chip-Exportverbote haben China nicht gebremst, sondern seine Ingenieure dazu gebracht, die Hürden zu umgehen – DeepSeek sei der Beweis. Nun, da Trump zurück ist und weitere Zölle ankündigt, drohe diese Strategie den USA selbst zu schaden.",
  original:
    'Zum Original: {{facts.original}} ({{facts.publisher}}, Ende Januar 2025). Der genaue Tag ist nicht bekannt: <span class="hf-muted">{{facts.dateNote}}</span>',
  intro:
    "Darunter steht jeder Auszug, den wir zitieren, in der Reihenfolge des Textes und im Wortlaut des Originals, jeweils mit der Art der Aussage ({{facts.kindFact}}, {{facts.kindAssessment}} oder {{facts.kindForecast}}). Es folgen die Belege: die Maßnahmen und Ereignisse, auf die sich der Auszug bezieht, auf derselben Zeitachse wie die [Zeitleiste im Überblick](./), jeweils mit ihren Quellen. Zuletzt die Gegenpositionen: was andere Quellen zu der Aussage sagen, jeweils gekennzeichnet als {{facts.stanceAgainst}}, {{facts.stanceSupports}} oder {{facts.stanceNuance}}. Von den {{facts.excerpts}} Auszügen stellen {{facts.facts}} Tatsachen fest, {{facts.assessments}} geben die Einschätzung des Autors wieder und {{facts.forecasts}} blicken nach vorn; was aus diesen Prognosen wurde, steht unter [Was danach geschah](./next).",
  showing:
    'Angezeigt: ${shown.length} von ${excerpts.length} Auszügen${kind !== "all" ? ", Art: " + kindName : ""}${stance !== "all" ? ", mit einer Gegenposition „" + stanceName + "“" : ""}.',
  attribution:
    "Auszüge zitiert aus {{facts.publisher}}, {{facts.original}}, Ende Januar 2025. Gegenpositionen und Anmerkungen fassen die jeweils verlinkten Quellen in unseren Worten zusammen; jeder Status gilt zum Prüfdatum seiner Spur (oben auf der Seite)."
};

/** The commentary page's text by language. */
export const commentary: Record<Lang, typeof en> = {en, de};
