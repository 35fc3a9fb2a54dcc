// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {tariffAverage} from "../../src/components/tariffAverage.js";
import {timeDomain} from "../../src/lib/domains.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables} from "../support/rows.js";

describe("tariffAverage(series, {direction})", () => {
  const t = fixtureTables();
  const domain = timeDomain(t.meta[0].as_of);
  const published = t.dataset.published_estimates;
  it("draws our estimate incl. MFN as steps, its MFN part as a band, and published figures as lines", () => {
    expectSnapshot(
      "tariffAverage-us-wide",
      withoutWarnings(() =>
        tariffAverage(t.tariff_series, {
          width: 640,
          direction: "us-on-cn",
          domain,
          yMax: 30,
          published,
          publishers: ["Fixture Institute"],
          marker: {date: t.meta[0].commentary_date, label: "Commentary"}
        })
      )
    );
  });
  it("fits a phone", () => {
    expectSnapshot(
      "tariffAverage-cn-narrow",
      withoutWarnings(() => tariffAverage(t.tariff_series, {width: 360, direction: "cn-on-us", domain, yMax: 30}))
    );
  });
  it("tariffAverage(series, {title}) passes the options it does not know to Plot.plot", () => {
    const chart = withoutWarnings(() =>
      tariffAverage(t.tariff_series, {width: 640, direction: "us-on-cn", domain, title: "A page's own title"})
    );
    expect(chart.querySelector("h2")?.textContent).toBe("A page's own title");
  });
});
