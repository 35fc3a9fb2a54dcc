// Text every page shares: the footer, the language switch and the German words for Framework's own controls.
import type {Lang} from "../index.js";

const en = {
  /** The footer; `methods` is the link to the Data and methods page (relative to the site root). */
  footer: (methods: string) =>
    `High Fences: US–China trade measures since 2018, every figure linked to its source. Code under the MIT licence; data under CC BY 4.0 (credit “High Fences” and the sources linked), with the notices of the repositories we draw on: see <a href="${methods}">Data and methods</a>.`,
  /** The accessible name of the language switch. */
  languages: "Language",
  /** The title of the link to the same page in the other language. */
  readIn: "Read this page in German",
  /** Framework's search box placeholder. */
  search: "Search",
  /** Framework's sidebar toggle. */
  toggleSidebar: "Toggle sidebar",
  /** The count of search results, and none. */
  results: (n: number) => `${n.toLocaleString("en-US")} result${n === 1 ? "" : "s"}`,
  noResults: "no results",
  /** The words of the search entries drawn from data (src/lib/searchEntries.ts). */
  entries: {
    announced: (day: string, effective?: string) => `Announced ${day}${effective ? `, effective ${effective}` : ""}`,
    actors: {US: "United States", CN: "China"} as Record<string, string>,
    commentary: "Commentary",
    expectation: "Expectation: ",
    verdict: "Verdict: "
  }
};

const de: typeof en = {
  footer: (methods: string) =>
    `High Fences: die Handelsmaßnahmen zwischen den USA und China seit 2018, jede Zahl mit ihrer Quelle verlinkt. Code unter der MIT-Lizenz; Daten unter CC BY 4.0 (Nennung „High Fences“ und der verlinkten Quellen), mit den Hinweisen der Repositorien, auf die wir zurückgreifen: siehe <a href="${methods}">Daten und Methoden</a>. Die Downloads (CSV, JSON) behalten die englischen Spaltennamen, damit Skripte sie in beiden Sprachen gleich lesen.`,
  languages: "Sprache",
  readIn: "Diese Seite auf Englisch lesen",
  search: "Suchen",
  toggleSidebar: "Seitenleiste ein- oder ausblenden",
  results: (n: number) => `${n.toLocaleString("de-DE")} Treffer`,
  noResults: "keine Treffer",
  entries: {
    announced: (day: string, effective?: string) =>
      `Angekündigt am ${day}${effective ? `, in Kraft seit ${effective}` : ""}`,
    actors: {US: "Vereinigte Staaten", CN: "China"} as Record<string, string>,
    commentary: "Kommentar",
    expectation: "Erwartung: ",
    verdict: "Urteil: "
  }
};

/** The text every page shares, in each language. */
export const common: Record<Lang, typeof en> = {en, de};
