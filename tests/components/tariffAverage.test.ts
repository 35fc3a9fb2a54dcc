// @vitest-environment jsdom
import {describe, it} from "vitest";
import {tariffAverage} from "../../src/components/tariffAverage.js";
import {timeDomain} from "../../src/lib/domains.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables} from "../support/rows.js";

describe("tariffAverage(points, {direction})", () => {
  const t = fixtureTables();
  const domain = timeDomain(t.meta[0].as_of);
  const published = t.dataset.published_estimates;
  it("stacks the estimate by authority and sets published figures beside it", () => {
    expectSnapshot(
      "tariffAverage-us-wide",
      withoutWarnings(() =>
        tariffAverage(t.tariff_average, {
          width: 640,
          direction: "us-on-cn",
          domain,
          yMax: 10,
          published,
          marker: {date: t.meta[0].commentary_date, label: "Commentary"}
        })
      )
    );
  });
  it("shows a legend instead of end labels on a phone", () => {
    expectSnapshot(
      "tariffAverage-cn-narrow",
      withoutWarnings(() => tariffAverage(t.tariff_average, {width: 360, direction: "cn-on-us", domain, yMax: 10}))
    );
  });
});
