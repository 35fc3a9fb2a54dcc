import {describe, expect, it} from "vitest";
import {longDate, monthYear, signedUsdBn} from "../../src/lib/format.js";
import {d} from "../support/dataset.js";

describe("format", () => {
  it("signedUsdBn writes a deficit with a minus sign", () => {
    expect(signedUsdBn(-202.1)).toBe("−$202.1bn");
    expect(signedUsdBn(3)).toBe("$3.0bn");
    expect(signedUsdBn(undefined)).toBe("–");
  });
  it("longDate and monthYear read a calendar date in UTC", () => {
    expect(longDate(d("2025-11-07"))).toBe("7 Nov 2025");
    expect(monthYear(d("2025-11-01"))).toBe("Nov 2025");
  });
});
