// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {timeline} from "../../src/components/timeline.js";
import {timeDomain} from "../../src/lib/domains.js";
import {expectSnapshot, hollowDots, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables} from "../support/rows.js";

describe("timeline(items, options)", () => {
  const t = fixtureTables();
  const domain = timeDomain(t.meta[0].as_of);
  it("draws lanes, bars, events and pins at desktop width", () => {
    expectSnapshot(
      "timeline-wide",
      withoutWarnings(() =>
        timeline(t.timeline, {
          width: 960,
          domain,
          pins: t.excerpt_pins,
          marker: {date: t.meta[0].commentary_date, label: "Commentary"}
        })
      )
    );
  });
  it("moves lane names above the lanes on a phone", () => {
    expectSnapshot(
      "timeline-narrow",
      withoutWarnings(() => timeline(t.timeline, {width: 360, domain}))
    );
  });

  it("draws a suspended measure as paused (a pale dot), never with the hollow dot of a measure no longer in force", () => {
    const listB = t.timeline.find((i) => i.id === "us-list-b")!;
    expect(listB.status).toBe("suspended");
    expect(hollowDots(timeline([listB], {width: 640, domain}))).toBe(0);
    expect(hollowDots(timeline([{...listB, status: "revoked"}], {width: 640, domain}))).toBe(1);
  });
  it("timeline(items, {title, marginRight}) passes the options it does not know to Plot.plot", () => {
    const chart = timeline(t.timeline, {width: 640, domain, title: "A page's own title", marginRight: 40});
    expect(chart.querySelector("h2")?.textContent).toBe("A page's own title");
  });

  it("draws a step scheduled after the lane's date as a hollow dashed ring, apart from the dots of measures in force", () => {
    const sept = new Date("2020-09-01T00:00:00Z");
    const items = t.timeline.map((i) => (i.id === "us-list-b" ? {...i, scheduled: sept} : i));
    const rings = (domain: [Date, Date]) => [
      ...withoutWarnings(() => timeline(items, {width: 960, domain})).querySelectorAll(
        "g[stroke-dasharray='2,1.5'] circle"
      )
    ];
    // The page's domain reaches the horizon (the last scheduled day); a shorter one leaves the ring out.
    const drawn = rings(timeDomain(sept));
    expect(drawn).toHaveLength(1);
    expect(drawn[0].closest("g")?.getAttribute("fill")).toBe("none");
    expect(rings(domain)).toHaveLength(0);
  });
});
