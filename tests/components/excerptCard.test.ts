// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {claimEvidence} from "../../src/components/claimEvidence.js";
import {
  evidenceList,
  excerptCard,
  excerptQuote,
  forecastCard,
  kindBadge,
  stanceBadge
} from "../../src/components/excerptCard.js";
import {sourceIndex} from "../../src/components/sourceLinks.js";
import {STANCE_COLORS} from "../../src/components/theme.js";
import {timeDomain} from "../../src/lib/domains.js";
import type {Counterpoint, Excerpt} from "../../src/lib/schema.js";
import {fixtureTables} from "../support/rows.js";

const EVIL = "<img src=x onerror=alert(1)>";

describe("excerptCard(excerpt, options)", () => {
  const t = fixtureTables();
  const sources = sourceIndex(t.dataset.sources);
  const excerpt = t.dataset.excerpts[0];
  const linked = t.timeline.filter((i) => [...excerpt.measure_ids, ...excerpt.event_ids].includes(i.id));
  const counterpoints = t.dataset.counterpoints.filter((c) => c.excerpt_id === excerpt.id);
  const card = () => excerptCard(excerpt, {items: linked, counterpoints, sources, asOf: t.meta[0].as_of});

  it("excerptCard(excerpt) sets the German original verbatim in a blockquote with lang=de beside our labelled translation", () => {
    const el = card();
    const german = el.querySelector('blockquote[lang="de"]');
    expect(german?.textContent).toBe(excerpt.german);
    const english = el.querySelector('blockquote[lang="en"]');
    expect(english?.textContent).toBe(excerpt.english);
    const labels = [...el.querySelectorAll(".hf-quote-label")].map((l) => l.textContent);
    expect(labels).toEqual(["Handelsblatt, paragraph 1 (German original)", "Our translation"]);
  });

  it("excerptCard(excerpt) names the paragraph and writes the kind as a text badge", () => {
    const el = card();
    expect(el.id).toBe("excerpt-x-one");
    expect(el.dataset.kind).toBe("assessment");
    expect(el.querySelector("h2")?.textContent).toBe("Paragraph 1 Assessment");
    expect(el.querySelector(".hf-kind")?.textContent).toBe("Assessment");
    expect(kindBadge("forecast").textContent).toBe("Forecast");
  });

  it("excerptCard(excerpt, {items, chart}) shows the evidence chart, a download of its rows and the linked items with dates, status and source links", () => {
    const chart = claimEvidence(linked, {width: 640, domain: timeDomain(t.meta[0].as_of)});
    const el = excerptCard(excerpt, {items: linked, counterpoints, sources, chart});
    const evidence = el.querySelector(".hf-evidence-card")!;
    expect(evidence.querySelector("h2")?.textContent).toBe(
      "What paragraph 1 refers to: 1 measure and 1 event on the timeline"
    );
    expect(evidence.querySelector("svg[aria-label]")).not.toBeNull();
    const download = evidence.querySelector<HTMLAnchorElement>("a.hf-download")!;
    expect(download.textContent).toBe("Download these rows (CSV)");
    expect(download.download).toBe("excerpt-x-one-evidence.csv");
    const items = [...evidence.querySelectorAll(".hf-evidence li")].map((li) => li.textContent);
    expect(items[0]).toBe(
      "List AUS tariffs · announced 15 Jun 2018, effective 6 Jul 2018 · status: in force since 6 Jul 2018 · sources: 1 FR 1"
    );
    expect(items[1]).toBe("Model releasedContext (event) · 20 May 2019 · sources: Fixture News");
    const link = evidence.querySelector<HTMLAnchorElement>(".hf-evidence a[href]")!;
    expect(link.href).toBe("https://example.org/a");
  });

  it("excerptCard(excerpt) without linked items says so instead of drawing an empty chart", () => {
    const el = excerptCard({...excerpt, measure_ids: [], event_ids: []}, {sources});
    expect(el.querySelector(".hf-evidence-card")).toBeNull();
    expect(el.querySelector(".hf-evidence-none")?.textContent).toContain("refers to no dated measure or event");
    expect(el.querySelector(".hf-counterpoints p")?.textContent).toBe(
      "We have recorded no counterpoint to this excerpt."
    );
  });

  it("excerptCard(excerpt, {counterpoints}) writes each stance in words with a symbol, and colours it", () => {
    const el = card();
    const li = el.querySelector<HTMLLIElement>(".hf-counterpoint")!;
    expect(li.querySelector(".hf-stance")?.textContent).toBe("✗ Against the claim");
    expect(li.querySelector(".hf-counterpoint-summary")?.textContent).toBe("Someone disagrees.");
    expect(li.querySelector(".hf-sources a")?.textContent).toBe("Fixture News");
    expect(li.style.borderLeftColor).not.toBe("");
    expect(stanceBadge("supports").textContent).toBe("✓ Supports the claim");
    expect(stanceBadge("nuance").style.getPropertyValue("--hf-badge-color")).toBe(STANCE_COLORS.nuance);
  });

  it("excerptCard(excerpt, {hiddenCounterpoints}) says how many counterpoints the stance filter hides", () => {
    expect(
      excerptCard(excerpt, {sources, counterpoints: [], hiddenCounterpoints: 1}).querySelector(".hf-counterpoints p")
        ?.textContent
    ).toBe("None with the selected stance.");
    const some = excerptCard(excerpt, {sources, counterpoints, hiddenCounterpoints: 2});
    expect(some.querySelector(".hf-hidden-note")?.textContent).toBe("2 more hidden by the stance filter.");
  });

  it("excerptCard(excerpt) renders every data string as text: markup in a summary, quote, note or title creates no element", () => {
    const evilExcerpt: Excerpt = {...excerpt, german: EVIL, english: EVIL, notes: EVIL};
    const evilCounterpoint: Counterpoint = {...counterpoints[0], summary: EVIL};
    const evilItems = linked.map((i) => ({...i, title: EVIL}));
    const el = excerptCard(evilExcerpt, {
      items: evilItems,
      counterpoints: [evilCounterpoint],
      sources,
      publisher: EVIL
    });
    document.body.append(el);
    expect(el.querySelector("img")).toBeNull();
    expect(document.querySelector("img")).toBeNull();
    expect(el.querySelector(".hf-counterpoint-summary")?.textContent).toBe(EVIL);
    expect(el.querySelector('blockquote[lang="de"]')?.textContent).toBe(EVIL);
    expect(el.querySelector(".hf-excerpt-note")?.textContent).toBe(`Our note: ${EVIL}`);
    expect(el.querySelector(".hf-evidence strong")?.textContent).toBe(EVIL);
    expect(el.textContent).toContain(`${EVIL}, paragraph 1 (German original)`);
    el.remove();
  });
});

describe("excerptQuote(excerpt, {stacked})", () => {
  it("excerptQuote(excerpt, {stacked: true}) marks the pair to stack German above English", () => {
    const {dataset} = fixtureTables();
    const pair = excerptQuote(dataset.excerpts[0], {stacked: true});
    expect(pair.className).toBe("hf-quote-pair hf-quote-stacked");
    expect(pair.querySelectorAll("blockquote")).toHaveLength(2);
  });
});

describe("evidenceList(items, sources)", () => {
  it("evidenceList([]) says that nothing is linked", () => {
    expect(evidenceList([], new Map()).textContent).toBe("No dated measure or event is linked.");
  });

  it("evidenceList(items) lists items earliest first and marks a suspended measure's status", () => {
    const t = fixtureTables();
    const list = evidenceList([...t.timeline].reverse(), sourceIndex(t.dataset.sources));
    const titles = [...list.querySelectorAll("strong")].map((s) => s.textContent);
    expect(titles).toEqual(["List A", "Answer to list A", "List B", "Model released", "Rule X"]);
    expect(list.textContent).toContain("status: suspended since 14 Feb 2020");
  });
});

describe("forecastCard(forecast, options)", () => {
  const t = fixtureTables();
  const sources = sourceIndex(t.dataset.sources);
  const forecast = {...t.dataset.forecasts[0], n: 3};
  const items = t.timeline.filter((i) => forecast.measure_ids.includes(i.id));

  it("forecastCard(forecast) shows the numbered expectation, our verdict as a text badge with its date, the outcome and its sources", () => {
    const el = forecastCard(forecast, {items, sources});
    expect(el.id).toBe("forecast-fc-one");
    expect(el.dataset.verdict).toBe("happened");
    expect(el.querySelector("h2")?.textContent).toBe("3. More tariffs.");
    expect(el.querySelector(".hf-verdict-line")?.textContent).toBe("Our verdict, as of 30 Jun 2020: ✓ Happened");
    expect(el.querySelector(".hf-outcome")?.textContent).toBe("More tariffs came.");
    expect([...el.querySelectorAll(".hf-evidence strong")].map((s) => s.textContent)).toEqual(["List B"]);
    expect(el.querySelector(".hf-source a")?.getAttribute("href")).toBe("https://example.org/a");
  });

  it("forecastCard(forecast) renders the expectation and outcome as text", () => {
    const el = forecastCard({...forecast, expectation: EVIL, outcome: EVIL}, {sources});
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector(".hf-outcome")?.textContent).toBe(EVIL);
  });
});
