import type {TimelineItem} from "../lib/derive/timeline.js";
import type {Counterpoint, Excerpt, Forecast} from "../lib/schema.js";
import type {Wire} from "../lib/wire.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
import {STANCE_SYMBOLS, type ExcerptKind, type Stance} from "../lib/commentaryWords.js";
import {claimEvidenceRows, datesText} from "../lib/derive/claims.js";
import {downloadLink} from "./download.js";
import {verdictBadge} from "./forecastChart.js";
import {LANE_COLORS, STANCE_COLORS} from "./theme.js";
import type {SourceRef} from "./sourceLinks.js";
import {sourceLinks} from "./sourceLinks.js";

// Every string from the data reaches the page through textContent or append(string), which create text nodes: never
// HTML, so a summary that happens to contain markup shows as the literal characters.

/** An excerpt as the page gets it (dates revived; excerpts have none). */
type ExcerptRow = Excerpt | Wire<Excerpt>;
type CounterpointRow = Counterpoint | Wire<Counterpoint>;

/** Creates an element with a class and children; strings become text nodes. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | null,
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A text badge for an excerpt's kind: fact, assessment or forecast. */
export function kindBadge(kind: ExcerptKind, lang: Lang = "en"): HTMLSpanElement {
  const t = ui(lang);
  const span = el("span", `hf-badge hf-kind hf-kind-${kind}`, t.kinds[kind]);
  span.title = `${t.kinds[kind]}: ${t.kindHints[kind]}`;
  return span;
}

/** A text badge for a counterpoint's stance: symbol and words, with the stance's colour as a border. */
export function stanceBadge(stance: Stance, lang: Lang = "en"): HTMLSpanElement {
  const span = el(
    "span",
    `hf-badge hf-stance hf-stance-${stance}`,
    `${STANCE_SYMBOLS[stance]} ${ui(lang).stances[stance]}`
  );
  span.style.borderColor = STANCE_COLORS[stance];
  span.style.setProperty("--hf-badge-color", STANCE_COLORS[stance]);
  return span;
}

/**
 * The excerpt in two columns (stacked on a phone): the German original verbatim in a blockquote marked lang="de", and
 * our English translation beside it, labelled as ours. On a German page (`lang: "de"`) the original stands alone:
 * it needs no translation.
 */
export function excerptQuote(
  excerpt: ExcerptRow,
  {publisher = "Handelsblatt", stacked = false, lang = "en"}: {publisher?: string; stacked?: boolean; lang?: Lang} = {}
): HTMLDivElement {
  const t = ui(lang).excerpt;
  const german = el("blockquote", "hf-quote-de", excerpt.german);
  german.lang = "de";
  if (lang === "de")
    return el(
      "div",
      "hf-quote-pair hf-quote-single",
      el("figure", "hf-quote-col", el("figcaption", "hf-quote-label", t.original(publisher, excerpt.paragraph)), german)
    );
  const english = el("blockquote", "hf-quote-en", excerpt.english);
  english.lang = "en";
  return el(
    "div",
    stacked ? "hf-quote-pair hf-quote-stacked" : "hf-quote-pair",
    el("figure", "hf-quote-col", el("figcaption", "hf-quote-label", t.original(publisher, excerpt.paragraph)), german),
    el("figure", "hf-quote-col", el("figcaption", "hf-quote-label", t.translation), english)
  );
}

/**
 * A list of measures and events with their lane, dates, status and source links: the evidence an excerpt or a forecast
 * points to, in date order. Returns a short sentence instead when there is none.
 */
export function evidenceList(
  items: readonly TimelineItem[],
  sources: Map<string, SourceRef>,
  lang: Lang = "en"
): HTMLUListElement | HTMLParagraphElement {
  const t = ui(lang);
  const {longDate} = formats(lang);
  if (items.length === 0) return el("p", "hf-muted hf-evidence-none", t.excerpt.noEvidence);
  const byId = new Map(items.map((i) => [i.id, i]));
  const list = el("ul", "hf-evidence");
  for (const row of claimEvidenceRows(items, lang)) {
    const item = byId.get(row.id)!;
    const swatch = el("span", "hf-swatch");
    swatch.style.background = LANE_COLORS[item.lane];
    swatch.setAttribute("aria-hidden", "true");
    const status =
      row.kind === "measure"
        ? t.excerpt.evidenceStatus(
            row.status,
            row.status_since ? longDate(row.status_since) : undefined,
            item.ended ? longDate(item.ended) : undefined
          )
        : "";
    list.append(
      el(
        "li",
        null,
        el("strong", null, row.title),
        el("br", null),
        el(
          "span",
          "hf-evidence-meta",
          swatch,
          t.excerpt.evidenceMeta(t.lanes[item.lane], row.kind === "event", datesText(row, lang), status),
          sourceLinks(row.source_ids, sources, lang)
        )
      )
    );
  }
  return list;
}

/** Options of an excerpt card. */
export interface ExcerptCardOptions {
  /** The timeline rows (measures and events) the excerpt links to. */
  items?: readonly TimelineItem[];
  /** The counterpoints to show (already filtered by the page). */
  counterpoints?: readonly CounterpointRow[];
  /** How many of the excerpt's counterpoints the page's stance filter hides. */
  hiddenCounterpoints?: number;
  sources: Map<string, SourceRef>;
  /** The evidence chart (claimEvidence, sized by the page), shown above the list of linked items. */
  chart?: Node;
  /** The chart's Embed / SVG / PNG actions (chartActions), placed at the end of the evidence card. */
  actions?: Node;
  /** The date the data is checked up to, for the evidence card's source line. */
  asOf?: Date;
  publisher?: string;
  /** The language of the card's words and dates (English by default); a German card shows the original alone. */
  lang?: Lang;
}

/**
 * One excerpt of the commentary, claim by claim: its paragraph and kind, the German original beside our translation,
 * our note, a card with the dated evidence (chart, download of its rows, list with source links), and the
 * counterpoints with their stance in words and colour.
 */
export function excerptCard(
  excerpt: ExcerptRow,
  {
    items = [],
    counterpoints = [],
    hiddenCounterpoints = 0,
    sources,
    chart,
    actions,
    asOf,
    publisher = "Handelsblatt",
    lang = "en"
  }: ExcerptCardOptions
): HTMLElement {
  const t = ui(lang).excerpt;
  const {longDate} = formats(lang);
  const article = el("article", "hf-excerpt");
  article.id = `excerpt-${excerpt.id}`;
  article.dataset.kind = excerpt.kind;
  article.append(
    el("h2", "hf-excerpt-head", t.paragraph(excerpt.paragraph), kindBadge(excerpt.kind, lang)),
    excerptQuote(excerpt, {publisher, lang})
  );
  if (excerpt.notes) article.append(el("p", "hf-excerpt-note", el("strong", null, t.ourNote), excerpt.notes));

  // The evidence: a card with the chart when the excerpt links to dated measures or events.
  if (items.length > 0) {
    const measures = items.filter((i) => i.kind === "measure").length;
    const events = items.length - measures;
    const parts = [measures ? t.measures(measures) : "", events ? t.events(events) : ""].filter(Boolean);
    const card = el(
      "div",
      "card hf-evidence-card",
      el("h2", null, t.refersTo(excerpt.paragraph, parts)),
      el("h3", null, t.chartUnits)
    );
    if (chart) card.append(chart);
    card.append(
      // The download keeps the rows' English words, like every download (stable for scripts).
      downloadLink(claimEvidenceRows(items, lang), `excerpt-${excerpt.id}-evidence.csv`, {lang}),
      evidenceList(items, sources, lang),
      el("div", "hf-source", t.sources(asOf ? longDate(asOf) : undefined))
    );
    if (chart && actions) card.append(actions);
    article.append(card);
  } else {
    article.append(el("p", "hf-muted hf-evidence-none", t.noItems));
  }

  // The counterpoints, with their stance as words, symbol and colour.
  const section = el("section", "hf-counterpoints", el("h3", null, t.counterpoints));
  if (counterpoints.length === 0) {
    section.append(el("p", "hf-muted", hiddenCounterpoints ? t.noneWithStance : t.noCounterpoints));
  } else {
    const list = el("ul", "hf-counterpoint-list");
    for (const c of counterpoints) {
      const li = el(
        "li",
        `hf-counterpoint hf-counterpoint-${c.stance}`,
        stanceBadge(c.stance, lang),
        " ",
        el("span", "hf-counterpoint-summary", c.summary),
        " "
      );
      li.style.borderLeftColor = STANCE_COLORS[c.stance];
      li.append(el("span", "hf-source", t.sourcesLabel, sourceLinks(c.source_ids, sources, lang)));
      list.append(li);
    }
    section.append(list);
  }
  if (hiddenCounterpoints > 0 && counterpoints.length > 0) {
    section.append(el("p", "hf-muted hf-hidden-note", t.hidden(hiddenCounterpoints)));
  }
  article.append(section);
  return article;
}

/** Options of a forecast card. */
export interface ForecastCardOptions {
  /** The timeline rows (measures and events) that show what happened. */
  items?: readonly TimelineItem[];
  sources: Map<string, SourceRef>;
  /** The language of the card's words and dates (English by default). */
  lang?: Lang;
}

/**
 * One of the commentary's expectations, numbered as in the forecast chart: what it expected, our verdict as a text
 * badge with the date it is as of, what happened, the measures and events that show it, and the sources.
 */
export function forecastCard(
  forecast: Forecast & {n: number},
  {items = [], sources, lang = "en"}: ForecastCardOptions
): HTMLElement {
  const t = ui(lang).excerpt;
  const article = el(
    "article",
    "card hf-forecast",
    el("h2", null, `${forecast.n}. ${forecast.expectation}`),
    el(
      "p",
      "hf-verdict-line",
      t.verdictAsOf(formats(lang).longDate(forecast.as_of)),
      verdictBadge(forecast.verdict, lang)
    ),
    el("h3", null, t.whatHappened),
    el("p", "hf-outcome", forecast.outcome),
    el("h3", null, t.showingItems),
    evidenceList(items, sources, lang),
    el("div", "hf-source", t.outcomeSources, sourceLinks(forecast.source_ids, sources, lang))
  );
  article.id = `forecast-${forecast.id}`;
  article.dataset.verdict = forecast.verdict;
  return article;
}
