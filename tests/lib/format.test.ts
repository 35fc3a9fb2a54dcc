import {describe, expect, it} from "vitest";
import {formats, longDate, monthYear, pct, signedUsdBn, usdBn} from "../../src/lib/format.js";
import {d} from "../support/dataset.js";

/** Intl puts a no-break space between a German number and its unit; the tests name it. */
const nb = "\u00a0";

describe("format", () => {
  it("signedUsdBn writes a deficit with a minus sign", () => {
    expect(signedUsdBn(-202.1)).toBe("−$202.1bn");
    expect(signedUsdBn(3)).toBe("$3.0bn");
    expect(signedUsdBn(undefined)).toBe("–");
  });
  it("longDate and monthYear read a calendar date in UTC", () => {
    expect(longDate(d("2025-11-07"))).toBe("7 Nov 2025");
    expect(monthYear(d("2025-11-01"))).toBe("Nov 2025");
    expect(longDate(d("2025-09-30"))).toBe("30 Sep 2025");
    expect(longDate(undefined)).toBe("–");
  });
  it("the bare exports are the English forms", () => {
    const f = formats("en");
    expect(pct(24.06)).toBe(f.pct(24.06));
    expect(usdBn(1438.93)).toBe("$1,438.9bn");
    expect(f.usdBn(1438.93)).toBe("$1,438.9bn");
    expect(f.pct(12.345, 2)).toBe("12.35%");
    expect(f.pct(Number.NaN)).toBe("–");
  });
});

describe("formats in English", () => {
  const f = formats("en");
  it("writes numbers, lists and ordinals the English way", () => {
    expect(f.number(1234.5, 1)).toBe("1,234.5");
    expect(f.number(0.25)).toBe("0.25");
    expect(f.list(["tariffs", "controls", "listings"])).toBe("tariffs, controls, and listings");
    expect(f.list(["tariffs", "controls"], true)).toBe("tariffs or controls");
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(f.ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st"
    ]);
  });
  it("leaves Plot's own tick formats in place", () => {
    expect(f.timeTick).toBeUndefined();
    expect(f.numberTick).toBeUndefined();
  });
});

describe("formats in German", () => {
  const f = formats("de");
  it("writes percentages with a decimal comma and a spaced sign", () => {
    expect(f.pct(24.1)).toBe(`24,1${nb}%`);
    expect(f.pct(24.06)).toBe(`24,1${nb}%`);
    expect(f.pct(7.5, 2)).toBe(`7,50${nb}%`);
    expect(f.pct(125)).toBe(`125,0${nb}%`);
    expect(f.pct(undefined)).toBe("–");
  });
  it("writes billions of dollars as Mrd. $ with German grouping", () => {
    expect(f.usdBn(438.9)).toBe(`438,9${nb}Mrd.${nb}$`);
    expect(f.usdBn(12345.67, 2)).toBe(`12.345,67${nb}Mrd.${nb}$`);
    expect(f.signedUsdBn(-202.1)).toBe(`−202,1${nb}Mrd.${nb}$`);
    expect(f.signedUsdBn(3)).toBe(`3,0${nb}Mrd.${nb}$`);
    expect(f.usdBn(undefined)).toBe("–");
  });
  it("writes dates with the day's full stop and German short month names, in UTC", () => {
    expect(f.longDate(d("2026-06-30"))).toBe("30. Juni 2026");
    expect(f.longDate(d("2026-08-13"))).toBe("13. Aug. 2026");
    expect(f.longDate(d("2025-09-30"))).toBe("30. Sept. 2025");
    expect(f.longDate(d("2025-05-14"))).toBe("14. Mai 2025");
    expect(f.longDate(d("2025-03-01"))).toBe("1. März 2025");
    expect(f.monthYear(d("2026-08-01"))).toBe("Aug. 2026");
    expect(f.longDate(undefined)).toBe("–");
  });
  it("writes numbers, lists and ordinals the German way", () => {
    expect(f.number(1234.5, 1)).toBe("1.234,5");
    expect(f.number(0.25)).toBe("0,25");
    expect(f.list(["Zölle", "Kontrollen", "Listungen"])).toBe("Zölle, Kontrollen und Listungen");
    expect(f.list(["Zölle", "Kontrollen"], true)).toBe("Zölle oder Kontrollen");
    expect([1, 2, 23].map(f.ordinal)).toEqual(["1.", "2.", "23."]);
  });
  it("gives Plot German tick formats: years, three-letter months and decimal commas", () => {
    expect(f.timeTick?.(d("2025-01-01"))).toBe("2025");
    expect(f.timeTick?.(d("2025-03-01"))).toBe("Mär");
    expect(f.timeTick?.(d("2025-10-01"))).toBe("Okt");
    expect(f.timeTick?.(d("2025-10-15"))).toBe("15. Okt.");
    expect(f.numberTick?.(2.5)).toBe("2,5");
    expect(f.numberTick?.(10000)).toBe("10.000");
    expect(f.numberTick?.(-100)).toBe("−100");
  });
});
