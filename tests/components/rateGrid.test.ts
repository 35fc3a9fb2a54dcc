// @vitest-environment jsdom
import {describe, it} from "vitest";
import {rateGrid} from "../../src/components/rateGrid.js";
import {timeDomain} from "../../src/lib/domains.js";
import {expectSnapshot, withoutWarnings} from "../support/snapshot.js";
import {fixtureTables} from "../support/rows.js";

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
