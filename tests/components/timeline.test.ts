// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {timeline} from "../../src/components/timeline.js";
import {timeDomain} from "../../src/components/theme.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
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
