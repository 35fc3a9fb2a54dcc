import {describe, expect, it} from "vitest";
import {lineEstimate, pointOn, type EstimateInput} from "../../../src/lib/derive/lineTariff.js";
import type {
  LineExemption,
  LineMfn,
  LineWeight,
  Measure,
  ScopeLine,
  StackingRule,
  TariffAction,
  WeightBasis
} from "../../../src/lib/schema.js";
import type {Authority} from "../../../src/lib/vocab.js";
import {d} from "../../support/dataset.js";
import {cnControl} from "../../support/rows.js";

// Hand-made line fixtures with answers worked out by hand: two or three lines, a few scopes, round numbers.

const measure = (id: string, authority: Authority): Measure =>
  cnControl(id, "2018-01-01", {actor: "US", target: ["CN"], instrument: "tariff", authority});
const MEASURES = [measure("m-301", "section-301"), measure("m-232", "section-232"), measure("m-ieepa", "ieepa")];
const step = (scope: string, date: string, rate_pct: number, measure_id = "m-301"): TariffAction => ({
  measure_id,
  scope,
  date: d(date),
  rate_pct,
  source_ids: ["src-a"],
  notes: undefined
});
const weight = (code: string, value_usd: number, year = 2017, basis = "piie"): LineWeight => ({
  basis,
  year,
  code,
  value_usd
});
const member = (scope: string, code: string, from?: string, to?: string, share?: number): ScopeLine => ({
  scope,
  code,
  date_from: from ? d(from) : undefined,
  date_to: to ? d(to) : undefined,
  share
});
const exempt = (scope: string, code: string, from?: string, to?: string): LineExemption => ({
  scope,
  code,
  date_from: from ? d(from) : undefined,
  date_to: to ? d(to) : undefined,
  reason: "fixture",
  source_ids: ["src-a"]
});
const mfn = (code: string, date: string, mfn_pct: number): LineMfn => ({code, date: d(date), mfn_pct});
const rule = (scope: string, kind: StackingRule["rule"], other: string): StackingRule => ({
  scope,
  rule: kind,
  other,
  source_ids: ["src-a"],
  notes: undefined
});
const basis = (name: string, year: number, from?: string, to?: string, weights_basis?: string): WeightBasis => ({
  weights_basis,
  direction: "us-on-cn",
  basis: name,
  date_from: from ? d(from) : undefined,
  date_to: to ? d(to) : undefined,
  weights_year: year,
  label: name,
  notes: undefined,
  source_ids: ["src-a"]
});

function run(over: Partial<Omit<EstimateInput, "lines">> & {lines?: Partial<EstimateInput["lines"]>}) {
  const {lines = {}, ...rest} = over;
  return lineEstimate({
    direction: "us-on-cn",
    bases: [basis("piie", 2017)],
    stacking: [],
    actions: [],
    measures: MEASURES,
    start: d("2018-01-01"),
    end: d("2026-06-30"),
    ...rest,
    lines: {weights: [], mfn: [], scope_lines: [], exemptions: [], ...lines}
  });
}
const total = (e: ReturnType<typeof run>, date: string, b = "piie") => pointOn(e.series, "us-on-cn", b, d(date));

describe("lineEstimate(input)", () => {
  it("adds the duties of two scopes on the same line, and weights lines by trade value", () => {
    const e = run({
      actions: [step("a", "2018-07-06", 10), step("b", "2019-01-01", 25, "m-ieepa")],
      lines: {
        weights: [weight("01010000", 300), weight("02020000", 100)],
        scope_lines: [member("a", "0101"), member("b", "0101"), member("b", "0202")]
      }
    });
    expect(total(e, "2018-03-01")!.total_pct).toBe(0);
    expect(total(e, "2018-07-06")!.additional_pct).toBeCloseTo(7.5); // 10 × 3/4
    expect(total(e, "2019-01-01")!.additional_pct).toBeCloseTo(35 * 0.75 + 25 * 0.25);
    expect(total(e, "2019-01-01")!.covered_share).toBe(1);
  });

  it("gives one point per change date from the start to the end", () => {
    const e = run({
      actions: [step("a", "2018-07-06", 10), step("a", "2019-05-10", 25)],
      lines: {weights: [weight("01010000", 1)], scope_lines: [member("a", "0101")]}
    });
    expect(e.series.map((p) => p.date.toISOString().slice(0, 10))).toEqual([
      "2018-01-01",
      "2018-07-06",
      "2019-05-10",
      "2026-06-30"
    ]);
  });

  it("lets a scope replace another on a line while its rate is in force (replaces)", () => {
    const e = run({
      actions: [step("list", "2018-07-06", 25), step("review", "2024-09-27", 100), step("review", "2026-01-01", 0)],
      stacking: [rule("review", "replaces", "list")],
      lines: {weights: [weight("87030000", 1)], scope_lines: [member("list", "8703"), member("review", "8703")]}
    });
    expect(total(e, "2020-01-01")!.additional_pct).toBe(25);
    expect(total(e, "2025-01-01")!.additional_pct).toBe(100); // not 125
    expect(total(e, "2026-02-01")!.additional_pct).toBe(25); // the list rate returns when the review rate ends
  });

  it("drops a scope on lines that are in the excluding scope on that date (excluded_by)", () => {
    const e = run({
      actions: [step("steel", "2025-03-12", 25, "m-232"), step("recip", "2025-04-05", 10, "m-ieepa")],
      stacking: [rule("recip", "excluded_by", "steel")],
      lines: {
        weights: [weight("72080000", 1), weight("95030000", 1)],
        scope_lines: [member("steel", "72"), member("recip", "72"), member("recip", "95")]
      }
    });
    expect(total(e, "2025-04-05")!.additional_pct).toBeCloseTo((25 + 10) / 2);
  });

  it("charges a scope on its share of the line, and leaves the rest to the scopes it excludes (share)", () => {
    const e = run({
      actions: [
        step("steel", "2025-06-04", 50, "m-232"),
        step("recip", "2025-04-05", 10, "m-ieepa"),
        step("fent", "2025-03-04", 20, "m-ieepa")
      ],
      stacking: [rule("recip", "excluded_by", "steel")],
      lines: {
        weights: [weight("73269000", 1)],
        scope_lines: [
          member("steel", "7326", "2025-06-04", undefined, 0.2),
          member("recip", "73"),
          member("fent", "73")
        ]
      }
    });
    expect(total(e, "2025-05-01")!.additional_pct).toBe(30);
    expect(total(e, "2025-06-04")!.additional_pct).toBeCloseTo(50 * 0.2 + 10 * 0.8 + 20); // 38
    const parts = e.by_authority.filter((a) => a.date.getTime() === d("2025-06-04").getTime());
    expect(parts.map((a) => [a.authority, a.additional_pct])).toEqual([
      ["ieepa", 28],
      ["section-232", 10]
    ]);
  });

  it("lets a partial replacing scope leave the rest of the line to the replaced one", () => {
    const e = run({
      actions: [step("list", "2018-07-06", 25), step("review", "2024-09-27", 50)],
      stacking: [rule("review", "replaces", "list")],
      lines: {
        weights: [weight("85414000", 1)],
        scope_lines: [member("list", "8541"), member("review", "854140", undefined, undefined, 0.5)]
      }
    });
    expect(total(e, "2025-01-01")!.additional_pct).toBeCloseTo(50 * 0.5 + 25 * 0.5);
  });

  it("applies the excluded scope while the excluding scope is not yet in force", () => {
    const e = run({
      actions: [step("recip", "2025-04-05", 10, "m-ieepa"), step("steel", "2025-06-04", 50, "m-232")],
      stacking: [rule("recip", "excluded_by", "steel")],
      lines: {weights: [weight("72080000", 1)], scope_lines: [member("steel", "72"), member("recip", "72")]}
    });
    expect(total(e, "2025-05-01")!.additional_pct).toBe(10);
    expect(total(e, "2025-06-04")!.additional_pct).toBe(50);
  });

  it("deducts an exemption only between its dates, and only from its own scope", () => {
    const e = run({
      actions: [step("recip", "2025-04-05", 125, "m-ieepa"), step("fent", "2025-03-04", 20, "m-ieepa")],
      lines: {
        weights: [weight("8471300100", 1, 2024, "yale")],
        scope_lines: [member("recip", "84"), member("fent", "84")],
        exemptions: [exempt("recip", "847130", "2025-04-11", "2025-05-01")]
      },
      bases: [basis("yale", 2024)]
    });
    expect(total(e, "2025-04-10", "yale")!.additional_pct).toBe(145);
    expect(total(e, "2025-04-11", "yale")!.additional_pct).toBe(20);
    expect(total(e, "2025-05-01", "yale")!.additional_pct).toBe(145); // exclusive end
  });

  it("ignores exemptions in the noExemptions sensitivity run", () => {
    const input = {
      actions: [step("recip", "2025-04-05", 10, "m-ieepa")],
      lines: {
        weights: [weight("84713001", 1)],
        scope_lines: [member("recip", "84")],
        exemptions: [exempt("recip", "8471")]
      }
    };
    expect(total(run(input), "2025-06-01")!.additional_pct).toBe(0);
    expect(total(run({...input, variant: {noExemptions: true}}), "2025-06-01")!.additional_pct).toBe(10);
  });

  it("matches scope codes as prefixes of the line code, never the other way round", () => {
    const e = run({
      actions: [step("a", "2018-07-06", 10)],
      lines: {
        weights: [weight("8471300100", 1), weight("8472100000", 1), weight("84710000", 2)],
        scope_lines: [member("a", "847130")]
      }
    });
    // Only the first line starts with 847130; the HTS8 line 84710000 does not.
    expect(total(e, "2019-01-01")!.additional_pct).toBeCloseTo(10 / 4);
  });

  it("takes MFN from the longest matching prefix, and its newest row on or before the date", () => {
    const e = run({
      lines: {
        weights: [weight("84713001", 1), weight("84720000", 1)],
        mfn: [mfn("84", "2018-01-01", 4), mfn("8471", "2018-01-01", 0), mfn("84", "2020-01-01", 6)]
      }
    });
    expect(total(e, "2019-01-01")!.mfn_pct).toBe(2); // (0 + 4) / 2
    expect(total(e, "2020-01-01")!.mfn_pct).toBe(3); // the newer 84 row does not override 8471
    expect(total(e, "2020-01-01")!.total_pct).toBe(3);
  });

  it("falls back to a shorter prefix before the longer prefix has a row", () => {
    const e = run({
      lines: {weights: [weight("84713001", 1)], mfn: [mfn("84", "2018-01-01", 4), mfn("8471", "2019-01-01", 1)]}
    });
    expect(total(e, "2018-06-01")!.mfn_pct).toBe(4);
    expect(total(e, "2019-06-01")!.mfn_pct).toBe(1);
  });

  it("counts a line in a scope only from date_from to before date_to", () => {
    const e = run({
      actions: [step("a", "2018-07-06", 10)],
      lines: {weights: [weight("01010000", 1)], scope_lines: [member("a", "0101", "2019-01-01", "2020-01-01")]}
    });
    expect(total(e, "2018-12-31")!.additional_pct).toBe(0);
    expect(total(e, "2019-01-01")!.additional_pct).toBe(10);
    expect(total(e, "2020-01-01")!.additional_pct).toBe(0);
  });

  it("switches the weights year of a basis by date", () => {
    const e = run({
      actions: [step("a", "2018-07-06", 10)],
      bases: [basis("piie", 2017, "2018-01-01", "2025-01-01"), basis("piie", 2024, "2025-01-01")],
      lines: {
        weights: [
          weight("01010000", 1, 2017),
          weight("02020000", 3, 2017),
          weight("01010000", 1, 2024),
          weight("02020000", 1, 2024)
        ],
        scope_lines: [member("a", "0101")]
      }
    });
    expect(total(e, "2024-12-31")).toMatchObject({additional_pct: 2.5, weights_year: 2017});
    expect(total(e, "2025-01-01")).toMatchObject({additional_pct: 5, weights_year: 2024});
  });

  it("lets a sensitivity basis borrow another basis's weights (weights_basis)", () => {
    const e = run({
      actions: [step("a", "2018-07-06", 10)],
      bases: [basis("piie", 2017), basis("w2024", 2024, "2018-01-01", undefined, "yale")],
      lines: {
        weights: [
          weight("01010000", 1, 2017),
          weight("02020000", 3, 2017),
          weight("01010000", 1, 2024, "yale"),
          weight("02020000", 1, 2024, "yale")
        ],
        scope_lines: [member("a", "0101")]
      }
    });
    expect(total(e, "2019-01-01")!.additional_pct).toBe(2.5);
    expect(total(e, "2019-01-01", "w2024")).toMatchObject({additional_pct: 5, weights_year: 2024});
  });

  it("gives a basis no value outside its periods and notes a period whose weights are missing", () => {
    const e = run({
      bases: [basis("yale", 2024, "2025-01-01"), basis("piie", 2017)],
      lines: {weights: [weight("01010000", 1, 2017)]}
    });
    expect(e.series.filter((p) => p.basis === "yale")).toEqual([]);
    expect(e.notes.map((n) => n.note)).toContain(
      'no weights for basis "yale" in 2024: basis "yale" has no value in that period'
    );
  });

  it("splits the additional duties by the authority behind each scope's rate", () => {
    const e = run({
      actions: [step("a", "2018-07-06", 10), step("b", "2025-02-04", 20, "m-ieepa")],
      lines: {
        weights: [weight("01010000", 1), weight("02020000", 1)],
        scope_lines: [member("a", "01"), member("b", "0")]
      }
    });
    const on = e.by_authority.filter((a) => a.date.getTime() === d("2025-02-04").getTime());
    expect(on.map((a) => [a.authority, a.additional_pct, a.covered_share])).toEqual([
      ["ieepa", 20, 1],
      ["section-301", 5, 0.5]
    ]);
    expect(on.reduce((s, a) => s + a.additional_pct, 0)).toBeCloseTo(total(e, "2025-02-04")!.additional_pct);
  });

  it("marks the PIIE basis as the headline", () => {
    const e = run({
      bases: [basis("piie", 2017), basis("yale", 2024, "2025-01-01")],
      lines: {weights: [weight("01010000", 1, 2017), weight("01010000", 1, 2024, "yale")]}
    });
    expect(new Set(e.series.map((p) => `${p.basis}:${p.headline}`))).toEqual(new Set(["piie:true", "yale:false"]));
  });

  it("says so when a direction has no line data, and gives no points", () => {
    const e = run({});
    expect(e.series).toEqual([]);
    expect(e.notes).toEqual([
      {
        direction: "us-on-cn",
        basis: "",
        note: "no line data: data/lines has no weights for this direction",
        note_de: "keine Zolllinien-Daten: data/lines enthält für diese Richtung keine Gewichte"
      }
    ]);
  });
});
