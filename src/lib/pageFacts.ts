// The facts a page states in its text, computed at build time from the same page data the browser reads
// (pages/PAGE.json, revived) with the same functions the pages called in the browser, as HTML: the page templates
// place them as `{{facts.KEY}}` (src/node/pageTemplate.ts), so the text is in the HTML and does not move the page
// when the page's code runs. Only text that no input changes belongs here; charts, inputs, tables and the text that
// follows an input stay in the page's cells. Pure: no DOM, no node:*.
import {STANCE_COLORS, VERDICT_COLORS} from "../components/theme.js";
import {STANCE_SYMBOLS, VERDICT_SYMBOLS, type ExcerptKind, type Stance, type Verdict} from "./commentaryWords.js";
import {escapeHtml} from "./charts.js";
import {isoDay} from "./dates.js";
import {latestVerdictDate, numberForecasts} from "./derive/forecasts.js";
import {secondMetric} from "./derive/chipPoints.js";
import {orderedRules} from "./derive/chips.js";
import {controlPeriods, firstSourceIds} from "./derive/statusPeriods.js";
import type {TimelineItem} from "./derive/timeline.js";
import type {TradeYear} from "./derive/trade.js";
import {measureMarks} from "./derive/tradeMarks.js";
import {tradeSummary} from "./derive/tradeSummary.js";
import {yearDomain, yearRanges} from "./domains.js";
import {countBy} from "./group.js";
import {headlineFigure, headlineNote, type HeadlinePoint} from "./headline.js";
import {formats, ui, type Lang} from "./i18n/index.js";
import {controls as controlsTexts} from "./i18n/pages/controls.js";
import {tariffs as tariffTexts} from "./i18n/pages/tariffs.js";
import {trade as tradeTexts} from "./i18n/pages/trade.js";
import {CHECKED_THROUGH_KEYS, LANES, type Lane} from "./lanes.js";
import type {Meta} from "./outputs.js";
import type {
  ChipRule,
  ChipRuleThreshold,
  Excerpt,
  Forecast,
  Measure,
  MeasureStatus,
  TradeRow,
  WeightBasis
} from "./schema.js";
import type {Direction} from "./vocab.js";

/** A page's facts: HTML, safe to place in Markdown or HTML (escaped, `$` and Markdown's marks included). */
export type Facts = Record<string, string>;

/** The pages that state facts (every page with a template but the 404 and the embeds). */
export const FACT_PAGES = ["index", "tariffs", "controls", "trade", "commentary", "next", "methods"] as const;
export type FactPage = (typeof FACT_PAGES)[number];

/** A page's data as the browser has it: table name → revived rows (pages/PAGE.json through reviveTables). */
export type PageData = Record<string, readonly Record<string, unknown>[]>;

/**
 * Escapes text for the page's Markdown: HTML's special characters, and the characters Markdown or Framework would read
 * as syntax inside a paragraph (`*`, `_`, `` ` ``, `[`, `]`, `\`, `~`, and `$` so no `${` can start an expression).
 */
export function escapeText(text: string): string {
  return escapeHtml(text).replace(/[*_`[\]\\~$]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An attribute's value, escaped (newlines kept as `&#10;`). */
function attr(text: string): string {
  return escapeText(text).replace(/\n/g, "&#10;");
}

/** The lanes each page's line under its title names (components/dataReach's `lanes`; all five by default). */
export const PAGE_LANES: Record<FactPage, readonly Lane[]> = {
  index: LANES,
  tariffs: ["us-tariffs", "cn-tariffs"],
  controls: ["us-controls", "cn-controls"],
  trade: ["context", "us-tariffs", "cn-tariffs"],
  commentary: LANES,
  next: LANES,
  methods: LANES
};

/** The line's words: its tooltip (one line per lane), its text and the changelog link's text. */
export interface ReachText {
  title: string;
  line: string;
  changelog: string;
}

/**
 * What the line under a page's title says: how far each of the page's lanes is checked ("Data checked through: US
 * tariffs 13 Aug 2026 · China's tariffs 26 Feb 2026; each “now” … ."), a tooltip with each lane's full name, and the
 * changelog link's text. A page whose lanes' dates differ says that each "now" is its own lane's.
 */
export function reachText(
  meta: {[K in (typeof CHECKED_THROUGH_KEYS)[Lane]]: Date},
  lanes: readonly Lane[] = LANES,
  lang: Lang = "en"
): ReachText {
  const t = ui(lang);
  const {longDate} = formats(lang);
  const dates = lanes.map((lane) => ({lane, date: meta[CHECKED_THROUGH_KEYS[lane]]}));
  const mixed = dates.some((d) => d.date.getTime() !== dates[0].date.getTime());
  return {
    title: dates.map((d) => t.dataReach.checkedThrough(t.lanes[d.lane], longDate(d.date))).join("\n"),
    line: t.dataReach.line(
      dates.map((d) => `${t.laneShort[d.lane]} ${longDate(d.date)}`),
      mixed
    ),
    changelog: t.dataReach.changelog
  };
}

/** The line under a page's title as HTML (the markup of components/dataReach), linking to the changelog. */
export function reachHtml(
  meta: {[K in (typeof CHECKED_THROUGH_KEYS)[Lane]]: Date},
  lanes: readonly Lane[] = LANES,
  lang: Lang = "en",
  changelog = "./methods.html#changes-to-the-data"
): string {
  const r = reachText(meta, lanes, lang);
  return `<p class="hf-reach hf-muted" title="${attr(r.title)}">${escapeText(r.line)}<a href="${attr(changelog)}">${escapeText(r.changelog)}</a></p>`;
}

/** An excerpt kind's badge as HTML (the markup of components/excerptCard's kindBadge). */
export function kindBadgeHtml(kind: ExcerptKind, lang: Lang = "en"): string {
  const t = ui(lang);
  return `<span class="hf-badge hf-kind hf-kind-${kind}" title="${attr(`${t.kinds[kind]}: ${t.kindHints[kind]}`)}">${escapeText(t.kinds[kind])}</span>`;
}

/** A badge with a symbol, words and a colour (a counterpoint's stance, a forecast's verdict) as HTML. */
function colourBadge(className: string, colour: string, text: string): string {
  return `<span class="hf-badge ${className}" style="border-color: ${colour}; --hf-badge-color: ${colour};">${escapeText(text)}</span>`;
}

/** A counterpoint stance's badge as HTML (the markup of components/excerptCard's stanceBadge). */
export function stanceBadgeHtml(stance: Stance, lang: Lang = "en"): string {
  const text = `${STANCE_SYMBOLS[stance]} ${ui(lang).stances[stance]}`;
  return colourBadge(`hf-stance hf-stance-${stance}`, STANCE_COLORS[stance], text);
}

/** A forecast verdict's badge as HTML (the markup of components/forecastChart's verdictBadge). */
export function verdictBadgeHtml(verdict: Verdict, lang: Lang = "en"): string {
  const text = `${VERDICT_SYMBOLS[verdict]} ${ui(lang).verdicts[verdict]}`;
  return colourBadge(`hf-verdict hf-verdict-${verdict}`, VERDICT_COLORS[verdict], text);
}

/** The part of a source a link needs (components/sourceLinks's SourceRef). */
export interface SourceLink {
  id: string;
  publisher: string;
  title: string;
  url: string;
  kind: string;
  document_id?: string;
}

/**
 * Links to the sources with the given ids as HTML (the markup of components/sourceLinks): "83 FR 28710 (Federal
 * Register)", the publisher alone for a source without a document id; an unknown id stays plain text.
 */
export function sourceLinksHtml(ids: readonly string[], sources: readonly SourceLink[], lang: Lang = "en"): string {
  const t = ui(lang);
  const index = new Map(sources.map((s) => [s.id, s]));
  const counts = new Map<string, number>();
  for (const id of ids) {
    const d = index.get(id)?.document_id;
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const links = ids.map((id) => {
    const s = index.get(id);
    if (!s) return escapeText(id);
    const text = !s.document_id
      ? s.publisher
      : (counts.get(s.document_id) ?? 0) > 1
        ? `${s.document_id} (${s.publisher})`
        : s.document_id;
    const kind = t.sourceKinds[s.kind as keyof typeof t.sourceKinds] ?? s.kind;
    return `<a href="${attr(s.url)}" rel="noopener noreferrer" target="_blank" title="${attr(t.sources.title(s.title, s.publisher, kind))}">${escapeText(text)}</a>`;
  });
  return `<span class="hf-sources">${links.join("; ")}</span>`;
}

/** The link to the commentary's original, its title in German quotation marks. */
function originalLink(meta: Meta): string {
  return `<a href="${attr(meta.commentary_url)}" hreflang="de" rel="noopener noreferrer" target="_blank">„${escapeText(meta.commentary_title)}“</a>`;
}

/** A page's meta row. */
function metaOf(data: PageData): Meta {
  return data.meta[0] as unknown as Meta;
}

/** The rows of a table of the page's data, typed as the page reads them. */
function rows<T>(data: PageData, name: string): T[] {
  return (data[name] ?? []) as unknown as T[];
}

/** The headline point of a direction on a date. */
function headlineAt(headline: readonly HeadlinePoint[], direction: Direction, date: Date): HeadlinePoint | undefined {
  return headline.find((h) => h.direction === direction && isoDay(h.date) === isoDay(date));
}

/** The Overview's facts: the four headline cards and the commentary's link. */
function indexFacts(data: PageData, lang: Lang): Facts {
  const meta = metaOf(data);
  const f = formats(lang);
  const headline = rows<HeadlinePoint>(data, "headline");
  const tradeYears = rows<TradeYear>(data, "trade_years");
  const lastTrade = tradeYears[tradeYears.length - 1];
  const items = rows<TimelineItem>(data, "timeline");
  const by = countBy(
    items.filter((i) => i.kind === "measure"),
    (i) => i.actor,
    ["US", "CN"]
  );
  const card = (d: Direction, through: Date) => ({
    figure: escapeText(headlineFigure(headlineAt(headline, d, through), lang)),
    note: escapeText(
      headlineNote(headlineAt(headline, d, through), headlineAt(headline, d, meta.commentary_date), through, lang)
    )
  });
  const us = card("us-on-cn", meta.checked_through_us_tariffs);
  const cn = card("cn-on-us", meta.checked_through_cn_tariffs);
  return {
    commentaryUrl: attr(meta.commentary_url),
    usFigure: us.figure,
    usNote: us.note,
    cnFigure: cn.figure,
    cnNote: cn.note,
    tradeImports: escapeText(f.usdBn(lastTrade?.imports_usd_bn, 0)),
    tradeYear: escapeText(String(lastTrade?.year ?? "")),
    tradeExports: escapeText(f.usdBn(lastTrade?.exports_usd_bn, 0)),
    measures: String(by.US + by.CN),
    measuresUs: String(by.US),
    measuresCn: String(by.CN)
  };
}

/** A tariff series point as the Tariffs page reads it for each direction's weighting basis. */
interface SeriesPoint {
  direction: Direction;
  headline?: boolean;
  basis: string;
  weights_year?: number;
}

/** An estimator's note on what the inputs lack. */
interface EstimateNote {
  direction: Direction;
  basis?: string;
  weights_year?: number;
  note: string;
}

/** The Tariffs page's facts: the four headline cards, the estimates' bases, the method's weights and notes. */
function tariffsFacts(data: PageData, lang: Lang): Facts {
  const meta = metaOf(data);
  const t = ui(lang);
  const f = formats(lang);
  const texts = tariffTexts[lang];
  const headline = rows<HeadlinePoint>(data, "headline");
  const series = rows<SeriesPoint>(data, "tariff_series");
  const now = (d: Direction) => (d === "us-on-cn" ? meta.checked_through_us_tariffs : meta.checked_through_cn_tariffs);
  const basisOf = (d: Direction) => series.find((p) => p.direction === d && p.headline);
  const facts: Facts = {};
  for (const [key, d] of [
    ["us", "us-on-cn"],
    ["cn", "cn-on-us"]
  ] as const) {
    const at = headlineAt(headline, d, now(d));
    const then = headlineAt(headline, d, meta.commentary_date);
    facts[`${key}Now`] = escapeText(f.longDate(now(d)));
    facts[`${key}NowFigure`] = escapeText(headlineFigure(at, lang));
    facts[`${key}NowMfn`] = escapeText(f.pct(at?.mfn_pct));
    facts[`${key}NowCovered`] = escapeText(f.pct((at?.covered_share ?? 0) * 100, 0));
    facts[`${key}ThenFigure`] = escapeText(headlineFigure(then, lang));
    facts[`${key}ThenMfn`] = escapeText(f.pct(then?.mfn_pct));
    const b = basisOf(d);
    facts[`${key}Basis`] = escapeText(b ? `${b.basis.toUpperCase()}${texts.units.basis}` : t.headline.noLineData);
  }
  facts.estimateBases = escapeText(
    (["us-on-cn", "cn-on-us"] as const)
      .map((d) => {
        const b = basisOf(d);
        const basis = b
          ? `${b.basis.toUpperCase()}${texts.units.basis}${texts.estimates.weightsBefore}${b.weights_year}${texts.estimates.weightsAfter}`
          : t.headline.noLineData;
        return `${t.label(d)}: ${basis}`;
      })
      .join("; ")
  );
  const w = texts.method.weights;
  facts.weights = escapeText(
    rows<WeightBasis & {date_from?: Date; date_to?: Date}>(data, "line_bases")
      .map(
        (b) =>
          `${t.label(b.direction)}, ${b.basis.toUpperCase()}${w.basisFrom}${b.date_from ? isoDay(b.date_from) : w.start}${b.date_to ? `${w.to}${isoDay(b.date_to)}` : ""}: ${b.label}`
      )
      .join("; ")
  );
  const notes = rows<EstimateNote>(data, "tariff_estimate_notes");
  facts.estimateNotes = `<ul>${
    notes.length
      ? notes
          .map(
            (n) =>
              `<li>${escapeText(`${t.label(n.direction)}${n.basis ? `${w.noteBasis(n.basis)}` : ""}${n.weights_year ? ` (${n.weights_year})` : ""}: ${n.note}`)}</li>`
          )
          .join("")
      : `<li>${escapeText(w.noNotes)}</li>`
  }</ul>`;
  return facts;
}

/** The Export controls page's facts: the year the US rules start, the sources of both lanes' charts. */
function controlsFacts(data: PageData, lang: Lang): Facts {
  const meta = metaOf(data);
  const measures = rows<Measure>(data, "measures");
  const history = rows<MeasureStatus>(data, "measure_status");
  const usPeriods = controlPeriods("us", measures, history, meta);
  const cnPeriods = controlPeriods("cn", measures, history, meta);
  const sources = rows<SourceLink>(data, "sources");
  // The chip card opens on the latest rule (the template's hashSelect default): its name, date and second metric.
  const chipRules = orderedRules(rows<ChipRule>(data, "chip_rules"));
  const latest = chipRules[chipRules.length - 1];
  const chips = controlsTexts[lang].chips;
  const metric = secondMetric(
    rows<ChipRuleThreshold>(data, "chip_rule_thresholds").filter((r) => r.rule_id === latest?.id)
  );
  return {
    chipRule: escapeText(latest?.name ?? chips.selectedRule),
    chipEffective: escapeText(formats(lang).longDate(latest?.effective)),
    chipMetric: escapeText(metric === "interconnect_gbps" ? chips.interconnect : chips.density),
    usSince: String(usPeriods[0]?.start.getUTCFullYear() ?? ""),
    usCheckedIso: isoDay(meta.checked_through_us_controls),
    usSources: sourceLinksHtml(firstSourceIds(usPeriods, measures), sources, lang),
    cnSources: sourceLinksHtml(firstSourceIds(cnPeriods, measures), sources, lang)
  };
}

/** The Trade page's facts: the years, the summary, the charts' sources, and what their subtitles say of the data. */
function tradeFacts(data: PageData, lang: Lang): Facts {
  const texts = tradeTexts[lang];
  const years = rows<TradeYear>(data, "trade_years");
  const trade = rows<TradeRow>(data, "trade");
  const items = rows<TimelineItem>(data, "timeline");
  const first = years[0];
  const last = years[years.length - 1];
  const later = measureMarks(items, [yearDomain(years)[1], new Date(8.64e15)], {lang});
  const summary = tradeSummary(years, trade, lang);
  const share = texts.share;
  const sources = rows<SourceLink>(data, "sources");
  return {
    tradeSources: sourceLinksHtml(summary.tradeSourceIds, sources, lang),
    shareSources: sourceLinksHtml(summary.shareSourceIds, sources, lang),
    firstYear: String(first?.year ?? ""),
    lastYear: String(last?.year ?? ""),
    summary: summary.paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join("\n  "),
    later: later.length
      ? escapeText(` ${later.length}${texts.flows.laterBefore}${last?.year}${texts.flows.laterAfter}`)
      : "",
    shareYears: escapeText(
      `${share.known}${yearRanges(summary.shareYears) || share.noYear}${share.missing}${yearRanges(summary.shareMissing)}${share.empty}${summary.mixedShare.length ? `${share.mixedBefore}${yearRanges(summary.mixedShare)}${share.mixedAfter}` : ""}`
    )
  };
}

/** The commentary page's facts: the link to the original, its publisher and date, the badges and the counts. */
function commentaryFacts(data: PageData, lang: Lang): Facts {
  const meta = metaOf(data);
  const excerpts = rows<Excerpt>(data, "excerpts");
  const kinds = countBy(excerpts, (x) => x.kind, ["fact", "assessment", "forecast"]);
  return {
    ...commentaryCommon(meta),
    dateNote: escapeText(meta.commentary_date_note ?? ""),
    excerpts: String(excerpts.length),
    facts: String(kinds.fact),
    assessments: String(kinds.assessment),
    forecasts: String(kinds.forecast),
    kindFact: kindBadgeHtml("fact", lang),
    kindAssessment: kindBadgeHtml("assessment", lang),
    kindForecast: kindBadgeHtml("forecast", lang),
    stanceAgainst: stanceBadgeHtml("against", lang),
    stanceSupports: stanceBadgeHtml("supports", lang),
    stanceNuance: stanceBadgeHtml("nuance", lang)
  };
}

/** The facts about the commentary itself that its two pages quote. */
function commentaryCommon(meta: Meta): Facts {
  return {original: originalLink(meta), publisher: escapeText(meta.commentary_publisher)};
}

/** The "What happened next" page's facts: how many expectations, the verdicts' badges and counts, the latest date. */
function nextFacts(data: PageData, lang: Lang): Facts {
  const meta = metaOf(data);
  const numbered = numberForecasts(rows<Forecast>(data, "forecasts"), rows<Excerpt>(data, "excerpts"));
  const counts = countBy(numbered, (f) => f.verdict, ["happened", "partly", "did-not-happen", "open"]);
  return {
    ...commentaryCommon(meta),
    expectations: String(numbered.length),
    latest: escapeText(formats(lang).longDate(latestVerdictDate(numbered))),
    happened: String(counts.happened),
    partly: String(counts.partly),
    didNotHappen: String(counts["did-not-happen"]),
    open: String(counts.open),
    verdictHappened: verdictBadgeHtml("happened", lang),
    verdictPartly: verdictBadgeHtml("partly", lang),
    verdictDidNotHappen: verdictBadgeHtml("did-not-happen", lang),
    verdictOpen: verdictBadgeHtml("open", lang)
  };
}

/** The Data and methods page's facts: the record's as-of date and the commentary's date note. */
function methodsFacts(data: PageData): Facts {
  const meta = metaOf(data);
  return {dateNote: escapeText(meta.commentary_date_note ?? "")};
}

/**
 * The facts page `page` states in `lang`, from its data (pages/PAGE.json or pages/de/PAGE.json, revived): on every
 * page `reach` (the line under the title), `asOf` (the record's date, long form) and the dates each lane is checked
 * through (`usTariffs`, `usControls`, `cnTariffs`, `cnControls`, `context`), the two directions' names
 * (`usDirection`, `cnDirection`), plus the page's own (see each page's function). Every value is HTML, escaped.
 */
export function pageFacts(page: FactPage, data: PageData, lang: Lang = "en"): Facts {
  const meta = metaOf(data);
  const {longDate} = formats(lang);
  const common: Facts = {
    reach: reachHtml(meta, PAGE_LANES[page], lang),
    asOf: escapeText(longDate(meta.as_of)),
    usTariffs: escapeText(longDate(meta.checked_through_us_tariffs)),
    usControls: escapeText(longDate(meta.checked_through_us_controls)),
    cnTariffs: escapeText(longDate(meta.checked_through_cn_tariffs)),
    cnControls: escapeText(longDate(meta.checked_through_cn_controls)),
    context: escapeText(longDate(meta.checked_through_context)),
    usDirection: escapeText(ui(lang).directions["us-on-cn"]),
    cnDirection: escapeText(ui(lang).directions["cn-on-us"])
  };
  const own: Record<FactPage, () => Facts> = {
    index: () => indexFacts(data, lang),
    tariffs: () => tariffsFacts(data, lang),
    controls: () => controlsFacts(data, lang),
    trade: () => tradeFacts(data, lang),
    commentary: () => commentaryFacts(data, lang),
    next: () => nextFacts(data, lang),
    methods: () => methodsFacts(data)
  };
  return {...common, ...own[page]()};
}
