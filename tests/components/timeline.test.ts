// @vitest-environment jsdom
import {describe, it} from "vitest";
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
});
