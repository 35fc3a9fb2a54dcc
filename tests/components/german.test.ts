// @vitest-environment jsdom
// The charts and cards in German: German words, numbers and dates, and no word of the English message table.
import {describe, expect, it} from "vitest";
import {chipThresholds} from "../../src/components/chipThresholds.js";
import {claimEvidence} from "../../src/components/claimEvidence.js";
import {dataReach} from "../../src/components/dataReach.js";
import {dataTable} from "../../src/components/dataTable.js";
import {excerptCard, forecastCard} from "../../src/components/excerptCard.js";
import {forecastChart, type ForecastPoint} from "../../src/components/forecastChart.js";
import {measureCard} from "../../src/components/measureCard.js";
import {rateGrid} from "../../src/components/rateGrid.js";
import {rulesTimeline} from "../../src/components/rulesTimeline.js";
import {sourceIndex} from "../../src/components/sourceLinks.js";
import {sourceYears} from "../../src/components/sourceYears.js";
import {tariffAuthorities} from "../../src/components/tariffAuthorities.js";
import {tariffAverage} from "../../src/components/tariffAverage.js";
import {timeline} from "../../src/components/timeline.js";
import {tradeBalance} from "../../src/components/tradeBalance.js";
import {tradeFlows} from "../../src/components/tradeFlows.js";
import {tradeShare} from "../../src/components/tradeShare.js";
import {statusPeriods} from "../../src/lib/derive/statusPeriods.js";
import {timeDomain} from "../../src/lib/domains.js";
import {ui} from "../../src/lib/i18n/index.js";
import {laneOf} from "../../src/lib/lanes.js";
import {englishWordsIn, germanWordsIn, renderedText, words} from "../support/english.js";
import {d} from "../support/dataset.js";
import {fixtureTables} from "../support/rows.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";

const t = fixtureTables();
const meta = t.meta[0];
const domain = timeDomain(meta.as_of);
const marker = {date: meta.commentary_date, label: ui("de").commentary};
const sources = sourceIndex(t.dataset.sources);

/** The fixture's own texts (titles, names, summaries: data, English in the fixture), which a chart may show as given. */
const DATA_WORDS = new Set(
  [...Object.values(t), ...Object.values(t.dataset)]
    .flatMap((rows): Record<string, unknown>[] => (Array.isArray(rows) ? (rows as Record<string, unknown>[]) : []))
    .flatMap((row) =>
      [
        "title",
        "name",
        "short",
        "vendor",
        "summary",
        "derivation",
        "notes",
        "publisher",
        "label",
        "outcome",
        "expectation"
      ].map((k) => row?.[k])
    )
    .flatMap((v) => (typeof v === "string" ? words(v) : []))
);

/** Fails with the English UI words found in a German rendering. */
function expectGerman(element: Element): void {
  expect(englishWordsIn(renderedText(element), DATA_WORDS)).toEqual([]);
}

const forecasts: ForecastPoint[] = [
  {
    id: "fc-a",
    n: 1,
    excerpt_id: "x-one",
    expectation: "Zölle am Wochenende.",
    verdict: "partly",
    as_of: d("2025-03-04")
  },
  {id: "fc-b", n: 2, excerpt_id: "x-one", expectation: "Mehr Chips.", verdict: "open", as_of: d("2025-06-01")}
];

describe('charts in German ({lang: "de"})', () => {
  it("tariffAverage writes German axis, legend and description, with decimal commas", () => {
    const chart = withoutWarnings(() =>
      tariffAverage(t.tariff_series, {
        width: 640,
        direction: "us-on-cn",
        domain,
        yMax: 30,
        published: t.dataset.published_estimates,
        publishers: ["Fixture Institute"],
        marker,
        lang: "de"
      })
    );
    expectSnapshot("tariffAverage-us-wide-de", chart);
    const text = renderedText(chart);
    expect(text).toContain("Durchschnittszoll inkl. MFN (%)");
    expect(text).toContain("Unsere Schätzung, Basis PIIE");
    expect(text).toMatch(/höchster Wert \d+(,\d)?\u00a0%/);
    expectGerman(chart);
  });

  it("timeline names the lanes in German", () => {
    const chart = withoutWarnings(() =>
      timeline(t.timeline, {width: 960, domain, pins: t.excerpt_pins, marker, lang: "de"})
    );
    expectSnapshot("timeline-wide-de", chart);
    const texts = [...chart.querySelectorAll("text")].map((e) => e.textContent);
    for (const lane of Object.values(ui("de").lanes)) expect(texts).toContain(lane);
    expectGerman(chart);
  });

  it("tradeFlows labels its lines and axis in German, with Mrd. $ and German dates", () => {
    const labels = {"us-list-a": "Liste A", "cn-answer-a": "Antwort A", "us-list-b": "Liste B"};
    const chart = withoutWarnings(() =>
      tradeFlows(t.trade_years, {width: 960, measures: t.timeline, labels, lang: "de"})
    );
    expectSnapshot("tradeFlows-wide-de", chart);
    const text = renderedText(chart);
    expect(text).toContain("Importe aus China");
    expect(text).toContain("Exporte nach China");
    expect(text).toMatch(/\d+,\d\u00a0Mrd\.\u00a0\$/);
    expect(text).toMatch(/\d{1,2}\. \p{L}+\.? \d{4}/u);
    expectGerman(chart);
  });

  it("chipThresholds writes classes, axes and the caption in German, with German numbers", () => {
    const chart = withoutWarnings(() =>
      chipThresholds(t.chip_classes, {
        chips: t.dataset.chips,
        rules: t.dataset.chip_rules,
        thresholds: t.dataset.chip_rule_thresholds,
        width: 800,
        rule: "rule-2022",
        lang: "de"
      })
    );
    expectSnapshot("chipThresholds-2022-de", chart);
    const text = renderedText(chart);
    expect(text).toContain("Gesamtrechenleistung (TPP), log. Skala →");
    expect(text).toContain(ui("de").chips.keyNote);
    expectGerman(chart);
  });

  it("every other chart has no word of the English table either", () => {
    const periods = statusPeriods(
      t.dataset.measures.filter((m) => laneOf(m) === "us-controls"),
      t.dataset.measure_status,
      {asOf: meta.as_of}
    );
    const linked = t.timeline.filter((i) => ["us-list-a", "us-list-b", "model-release"].includes(i.id));
    const charts = {
      tariffAuthorities: tariffAuthorities(t.tariff_series_by_authority, {
        width: 640,
        direction: "us-on-cn",
        basis: "piie",
        domain,
        lang: "de"
      }),
      rateGrid: rateGrid(t.tariff_steps, {width: 800, domain, end: meta.as_of, lang: "de"}),
      rulesTimeline: rulesTimeline(periods, {width: 960, domain, ruleMeasureIds: ["us-rule-x"], marker, lang: "de"}),
      rulesTimelineNarrow: rulesTimeline(periods, {width: 375, domain, lang: "de"}),
      tradeBalance: tradeBalance(t.trade_years, {width: 640, lang: "de"}),
      tradeShare: tradeShare(t.trade_years, {width: 640, lang: "de"}),
      forecastChart: forecastChart(forecasts, {width: 640, marker, lang: "de"}),
      claimEvidence: claimEvidence(linked, {width: 720, domain, marker, lang: "de"}),
      sourceYears: sourceYears(t.dataset.sources, {width: 480, lang: "de"})
    };
    for (const [name, chart] of Object.entries(charts))
      expect(englishWordsIn(renderedText(chart), DATA_WORDS), name).toEqual([]);
    expect(renderedText(charts.sourceYears)).toContain("Primärquelle");
  });

  it("and the English charts have no word of the German table", () => {
    const charts = [
      tariffAverage(t.tariff_series, {
        width: 640,
        direction: "us-on-cn",
        domain,
        published: t.dataset.published_estimates
      }),
      timeline(t.timeline, {width: 960, domain, pins: t.excerpt_pins}),
      tradeFlows(t.trade_years, {width: 960, measures: t.timeline}),
      chipThresholds(t.chip_classes, {
        chips: t.dataset.chips,
        rules: t.dataset.chip_rules,
        thresholds: t.dataset.chip_rule_thresholds,
        width: 800
      }),
      tradeBalance(t.trade_years, {width: 640}),
      tradeShare(t.trade_years, {width: 640}),
      forecastChart(forecasts, {width: 640}),
      sourceYears(t.dataset.sources, {width: 480})
    ];
    for (const chart of charts) expect(germanWordsIn(renderedText(chart), DATA_WORDS)).toEqual([]);
  });
});

describe("cards and tables in German", () => {
  const excerpt = t.dataset.excerpts[0];
  const linked = t.timeline.filter((i) => [...excerpt.measure_ids, ...excerpt.event_ids].includes(i.id));
  const counterpoints = t.dataset.counterpoints.filter((c) => c.excerpt_id === excerpt.id);

  it("excerptCard shows the German original alone, without a translation beside it", () => {
    const card = excerptCard(excerpt, {items: linked, counterpoints, sources, asOf: meta.as_of, lang: "de"});
    expect(card.querySelector('blockquote[lang="de"]')?.textContent).toBe(excerpt.german);
    expect(card.querySelector('blockquote[lang="en"]')).toBeNull();
    expect([...card.querySelectorAll(".hf-quote-label")].map((l) => l.textContent)).toEqual([
      `Handelsblatt, Absatz ${excerpt.paragraph}`
    ]);
    expect(card.textContent).toContain("Gegenpositionen");
    expectGerman(card);
  });

  it("forecastCard, measureCard, dataReach and dataTable write German words and dates", () => {
    const forecast = {...t.dataset.forecasts[0], n: 1};
    const item = t.timeline.find((i) => i.id === "us-list-b");
    const elements = [
      forecastCard(forecast, {items: linked, sources, lang: "de"}),
      measureCard(item, sources, "de"),
      measureCard(undefined, sources, "de"),
      dataReach(meta, {lang: "de"}),
      dataTable([], [{label: "Spalte", value: () => ""}], {caption: "Tabelle", lang: "de"})
    ];
    for (const element of elements) expectGerman(element);
    expect(elements[1].textContent).toContain("angekündigt am 17. Sept. 2018, in Kraft ab 24. Sept. 2018");
    expect(elements[3].textContent).toMatch(/^Daten geprüft bis: US-Zölle \d{1,2}\. \p{L}+ \d{4}/u);
    expect(elements[4].textContent).toContain("Keine Zeile passt zu den Filtern.");
  });
});
