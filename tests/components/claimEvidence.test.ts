// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {claimEvidence} from "../../src/components/claimEvidence.js";
import {timeDomain} from "../../src/lib/domains.js";
import type {TimelineItem} from "../../src/lib/derive/timeline.js";
import {fixtureTables} from "../support/rows.js";
import {expectSnapshot, hollowDots, withoutWarnings} from "../support/snapshot.js";

describe("claimEvidence(items, options)", () => {
  const t = fixtureTables();
  const meta = t.meta[0];
  const domain = timeDomain(meta.as_of);
  const marker = {date: meta.commentary_date, label: "Commentary"};
  // What the fixture's one excerpt links to (one measure, one event), plus a suspended measure for the hollow dot.
  const linked = t.timeline.filter((i) => ["us-list-a", "us-list-b", "model-release"].includes(i.id));

  it("claimEvidence(items, {width, domain, marker}) puts bars, hollow dots and diamonds on the shared time axis", () => {
    expectSnapshot(
      "claimEvidence-wide",
      withoutWarnings(() => claimEvidence(linked, {width: 720, domain, marker, subject: "paragraph 1"}))
    );
  });

  it("claimEvidence(items, {width: 360}) keeps every label inside a phone-wide chart with fewer ticks", () => {
    expectSnapshot(
      "claimEvidence-narrow",
      withoutWarnings(() => claimEvidence(t.timeline, {width: 360, domain}))
    );
  });

  it("claimEvidence(items) labels the chart and describes every item for screen readers", () => {
    const svg = withoutWarnings(() => claimEvidence(linked, {width: 640, domain, subject: "paragraph 1"}));
    expect(svg.getAttribute("aria-label")).toBe("Dated chart of the 3 measures and events linked to paragraph 1");
    const description = svg.querySelector("desc")?.textContent ?? svg.getAttribute("aria-description") ?? "";
    expect(description).toContain("List A (US tariffs): announced 15 Jun 2018, effective 6 Jul 2018; in force");
    expect(description).toContain("List B (US tariffs): announced 17 Sep 2018, effective 24 Sep 2018; suspended");
    expect(description).toContain("Model released (Context): 20 May 2019");
  });

  it("claimEvidence(items) sets titles from the data as text, never as markup", () => {
    const evil: TimelineItem = {...linked[0], id: "evil", title: '<img src=x onerror="alert(1)">'};
    const svg = withoutWarnings(() => claimEvidence([evil], {width: 640, domain}));
    expect(svg.querySelector("img")).toBeNull();
    expect(svg.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it("claimEvidence(items) draws a suspended measure as paused (a pale dot), never hollow like a revoked one", () => {
    const listB = t.timeline.find((i) => i.id === "us-list-b")!;
    expect(listB.status).toBe("suspended");
    expect(hollowDots(claimEvidence([listB], {width: 640, domain}))).toBe(0);
    expect(hollowDots(claimEvidence([{...listB, status: "revoked"}], {width: 640, domain}))).toBe(1);
  });
});
