// @vitest-environment jsdom
import {describe, it} from "vitest";
import {rateGrid} from "../../src/components/rateGrid.js";
import {tariffAuthorities} from "../../src/components/tariffAuthorities.js";
import {tariffAverage} from "../../src/components/tariffAverage.js";
import {timeDomain} from "../../src/components/theme.js";
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
});

describe("tariffAuthorities(points, {direction, basis})", () => {
  const t = fixtureTables();
  it("stacks the additional duties of one basis by legal authority", () => {
    expectSnapshot(
      "tariffAuthorities-us-wide",
      withoutWarnings(() =>
        tariffAuthorities(t.tariff_series_by_authority, {
          width: 640,
          direction: "us-on-cn",
          basis: "piie",
          domain: timeDomain(t.meta[0].as_of)
        })
      )
    );
  });
});

describe("rateGrid(steps, {end})", () => {
  const t = fixtureTables();
  it("draws each scope's periods at one rate, labelled with the rate", () => {
    expectSnapshot(
      "rateGrid-wide",
      withoutWarnings(() =>
        rateGrid(t.tariff_steps, {width: 800, domain: timeDomain(t.meta[0].as_of), end: t.meta[0].as_of})
      )
    );
  });
});
