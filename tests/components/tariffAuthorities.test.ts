// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {tariffAuthorities} from "../../src/components/tariffAuthorities.js";
import {timeDomain} from "../../src/lib/domains.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables} from "../support/rows.js";

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
  it("tariffAuthorities(series, {title}) passes the options it does not know to Plot.plot", () => {
    const chart = withoutWarnings(() =>
      tariffAuthorities(t.tariff_series_by_authority, {
        width: 640,
        direction: "us-on-cn",
        basis: "piie",
        title: "A page's own title"
      })
    );
    expect(chart.querySelector("h2")?.textContent).toBe("A page's own title");
  });
});
