// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {dataReach} from "../../src/components/dataReach.js";
import {kindBadge, stanceBadge} from "../../src/components/excerptCard.js";
import {verdictBadge} from "../../src/components/forecastChart.js";
import {sourceIndex, sourceLinks} from "../../src/components/sourceLinks.js";
import {
  FACT_PAGES,
  escapeText,
  kindBadgeHtml,
  pageFacts,
  reachHtml,
  sourceLinksHtml,
  stanceBadgeHtml,
  verdictBadgeHtml,
  type PageData
} from "../../src/lib/pageFacts.js";
import {d} from "../support/dataset.js";

const lanes = {
  checked_through_us_tariffs: d("2026-08-13"),
  checked_through_us_controls: d("2026-06-05"),
  checked_through_cn_tariffs: d("2026-02-26"),
  checked_through_cn_controls: d("2026-06-05"),
  checked_through_context: d("2026-05-17")
};
const meta = {
  ...lanes,
  as_of: d("2026-08-13"),
  horizon: d("2026-08-13"),
  commentary_date: d("2025-01-29"),
  commentary_url: "https://example.com/a?x=1&y=2",
  commentary_title: "Die USA <schaden> sich",
  commentary_publisher: "Handelsblatt",
  commentary_date_note: "Dated by *press* reviews ($5)."
};

/** An element parsed from HTML text. */
function parse(html: string): Element {
  const box = document.createElement("div");
  box.innerHTML = html;
  return box.firstElementChild!;
}

describe("escapeText(text)", () => {
  it("escapes HTML and the marks Markdown and Framework would read, so the text reads as given once parsed", () => {
    const text = `a < b & "c" 'd' *e* _f_ [g](h) \`i\` \${j} ~k~ \\l`;
    const escaped = escapeText(text);
    expect(escaped).not.toMatch(/[<*_[\]`$~\\]/);
    expect(parse(`<p>${escaped}</p>`).textContent).toBe(text);
  });
});

describe("reachHtml(meta, lanes, lang)", () => {
  it("reads exactly as the dataReach element: text, tooltip, class and changelog link, in both languages", () => {
    for (const lang of ["en", "de"] as const)
      for (const shown of [undefined, ["us-controls", "cn-controls"] as const]) {
        const element = dataReach(lanes, {lang, ...(shown ? {lanes: shown} : {})});
        const html = parse(reachHtml(lanes, shown, lang));
        expect(html.outerHTML).toBe(element.outerHTML);
      }
  });
});

describe("the badges as HTML", () => {
  it("kindBadgeHtml, stanceBadgeHtml and verdictBadgeHtml read as the badge elements, words, classes and colours", () => {
    for (const lang of ["en", "de"] as const) {
      const same = (html: string, element: HTMLElement) => {
        const parsed = parse(html) as HTMLElement;
        expect(parsed.textContent).toBe(element.textContent);
        expect(parsed.className).toBe(element.className);
        expect(parsed.title).toBe(element.title);
        expect(parsed.style.borderColor).toBe(element.style.borderColor);
        expect(parsed.style.getPropertyValue("--hf-badge-color")).toBe(
          element.style.getPropertyValue("--hf-badge-color")
        );
      };
      same(kindBadgeHtml("assessment", lang), kindBadge("assessment", lang));
      same(stanceBadgeHtml("against", lang), stanceBadge("against", lang));
      same(verdictBadgeHtml("did-not-happen", lang), verdictBadge("did-not-happen", lang));
    }
  });
});

describe("sourceLinksHtml(ids, sources, lang)", () => {
  it("reads exactly as the sourceLinks element: document ids, publishers, tooltips, unknown ids as text", () => {
    const source = (id: string, publisher: string, document_id?: string) => ({
      id,
      publisher,
      title: `Title <${id}>`,
      url: `https://example.com/${id}?a=1&b=2`,
      kind: "primary",
      ...(document_id ? {document_id} : {})
    });
    const sources = [
      source("fr", "Federal Register", "83 FR 28710"),
      source("ustr", "USTR", "83 FR 28710"),
      source("piie", "PIIE")
    ];
    for (const lang of ["en", "de"] as const) {
      const ids = ["fr", "ustr", "piie", "gone"];
      expect(parse(sourceLinksHtml(ids, sources, lang)).outerHTML).toBe(
        sourceLinks(ids, sourceIndex(sources), lang).outerHTML
      );
    }
  });
});

describe("pageFacts(page, data, lang)", () => {
  const point = (direction: string, date: string, total: number, mfn: number, covered: number) => ({
    direction,
    date: d(date),
    basis: "piie",
    weights_year: 2017,
    total_pct: total,
    mfn_pct: mfn,
    covered_share: covered,
    scope_method_pct: 0,
    scope_method_covered_share: 0
  });
  const headline = [
    point("us-on-cn", "2026-08-13", 24.31, 2.8, 0.74),
    point("us-on-cn", "2025-01-29", 16.8, 2.8, 0.6),
    point("cn-on-us", "2026-02-26", 29.2, 5.9, 1),
    point("cn-on-us", "2025-01-29", 18.9, 5.9, 0.9)
  ];
  const item = (id: string, actor: string, kind = "measure") => ({id, actor, kind});
  const index: PageData = {
    meta: [meta],
    headline,
    trade_years: [
      {year: 2024, imports_usd_bn: 438.9, exports_usd_bn: 143.5, source_ids: ["census"]},
      {year: 2025, imports_usd_bn: 308.4, exports_usd_bn: 106.3, source_ids: ["census"]}
    ],
    timeline: [item("a", "US"), item("b", "US"), item("c", "CN"), item("e", "US", "event")]
  };

  it("states the Overview's cards: each direction's estimate on its lane's date, the last year's trade, the measures", () => {
    const facts = pageFacts("index", index, "en");
    expect(facts.usFigure).toBe("24.3%");
    expect(facts.cnFigure).toBe("29.2%");
    expect(facts.usNote).toContain("13 Aug 2026");
    expect(facts.usNote).toContain("16.8%");
    expect(facts.tradeYear).toBe("2025");
    expect(parse(`<p>${facts.tradeImports}</p>`).textContent).toBe("$308bn");
    expect([facts.measures, facts.measuresUs, facts.measuresCn]).toEqual(["3", "2", "1"]);
    expect(facts.commentaryUrl).toBe("https://example.com/a?x=1&amp;y=2");
  });

  it("formats the facts in the page's language", () => {
    const facts = pageFacts("index", index, "de");
    expect(parse(`<p>${facts.usFigure}</p>`).textContent).toBe("24,3\u00a0%");
    expect(facts.asOf).toBe("13. Aug. 2026");
  });

  it("states the Tariffs page's cards, each direction's weighting basis and the estimator's notes", () => {
    const data: PageData = {
      meta: [meta],
      headline,
      tariff_series: [{direction: "us-on-cn", headline: true, basis: "piie", weights_year: 2017}],
      line_bases: [
        {direction: "us-on-cn", basis: "piie", date_from: d("2018-01-01"), label: "PIIE 2017"},
        {direction: "cn-on-us", basis: "piie", label: "PIIE 2017"}
      ],
      tariff_estimate_notes: [{direction: "cn-on-us", basis: "piie", weights_year: 2017, note: "2 lines <no MFN>"}]
    };
    const facts = pageFacts("tariffs", data, "en");
    expect([facts.usNow, facts.usNowFigure, facts.usNowMfn, facts.usNowCovered]).toEqual([
      "13 Aug 2026",
      "24.3%",
      "2.8%",
      "74%"
    ]);
    expect([facts.cnThenFigure, facts.cnThenMfn]).toEqual(["18.9%", "5.9%"]);
    expect(facts.estimateBases).toBe("US on Chinese goods: PIIE basis, 2017 weights; China on US goods: no line data");
    expect([facts.usBasis, facts.cnBasis]).toEqual(["PIIE basis", "no line data"]);
    expect(facts.weights).toBe(
      "US on Chinese goods, PIIE basis from 2018-01-01: PIIE 2017; China on US goods, PIIE basis from the start: PIIE 2017"
    );
    expect(parse(facts.estimateNotes).outerHTML).toBe(
      "<ul><li>China on US goods, piie basis (2017): 2 lines &lt;no MFN&gt;</li></ul>"
    );
    expect(pageFacts("tariffs", {...data, tariff_estimate_notes: []}, "de").estimateNotes).toContain("<li>nichts:");
  });

  it("states the chip card's opening view: the latest rule's name, date and the metric it tests besides TPP", () => {
    const rule = (id: string, name: string, effective: string) => ({id, name, effective: d(effective)});
    const data: PageData = {
      meta: [meta],
      measures: [],
      measure_status: [],
      sources: [],
      chip_rules: [
        rule("r2023", "October 2023 rule <AC>", "2023-11-17"),
        rule("r2022", "October 2022 rule", "2022-10-21")
      ],
      chip_rule_thresholds: [
        {rule_id: "r2022", metric: "tpp"},
        {rule_id: "r2022", metric: "interconnect_gbps"},
        {rule_id: "r2023", metric: "tpp"},
        {rule_id: "r2023", metric: "performance_density"}
      ]
    };
    const facts = pageFacts("controls", data, "en");
    expect([facts.chipRule, facts.chipEffective, facts.chipMetric]).toEqual([
      "October 2023 rule &lt;AC&gt;",
      "17 Nov 2023",
      "performance density"
    ]);
    const older = pageFacts(
      "controls",
      {...data, chip_rules: [rule("r2022", "October 2022 rule", "2022-10-21")]},
      "de"
    );
    expect([older.chipRule, older.chipEffective, older.chipMetric]).toEqual([
      "October 2022 rule",
      "21. Okt. 2022",
      "die Übertragungsrate zwischen Chips"
    ]);
  });

  it("states the commentary's link, publisher and date note as escaped HTML, and counts the excerpts by kind", () => {
    const excerpts = ["fact", "assessment", "assessment", "forecast"].map((kind, i) => ({id: `x${i}`, kind}));
    const facts = pageFacts("commentary", {meta: [meta], excerpts, counterpoints: [], timeline: []}, "en");
    const link = parse(facts.original) as HTMLAnchorElement;
    expect(link.getAttribute("href")).toBe(meta.commentary_url);
    expect(link.textContent).toBe("„Die USA <schaden> sich“");
    expect(parse(`<p>${facts.dateNote}</p>`).textContent).toBe(meta.commentary_date_note);
    expect([facts.excerpts, facts.facts, facts.assessments, facts.forecasts]).toEqual(["4", "1", "2", "1"]);
  });

  it("counts the forecasts by verdict and gives the latest verdict's date", () => {
    const forecast = (id: string, verdict: string, asOf: string) => ({id, excerpt_id: "x", verdict, as_of: d(asOf)});
    const data: PageData = {
      meta: [meta],
      excerpts: [{id: "x"}],
      forecasts: [forecast("a", "happened", "2026-03-01"), forecast("b", "open", "2026-07-02")],
      timeline: []
    };
    const facts = pageFacts("next", data, "en");
    expect([facts.expectations, facts.happened, facts.partly, facts.didNotHappen, facts.open]).toEqual([
      "2",
      "1",
      "0",
      "0",
      "1"
    ]);
    expect(facts.latest).toBe("2 Jul 2026");
  });

  it("gives every page the line under its title, naming only the page's lanes", () => {
    const data: PageData = {meta: [meta], ...index, measures: [], measure_status: [], trade: [], excerpts: []};
    for (const page of FACT_PAGES) {
      const facts = pageFacts(page, {...data, forecasts: []}, "en");
      expect(facts.reach).toMatch(/^<p class="hf-reach hf-muted"/);
    }
    expect(pageFacts("controls", {...data}, "en").reach).not.toContain("tariffs");
  });
});
