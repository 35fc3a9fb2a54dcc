import {describe, expect, it} from "vitest";
import {headlineFigure, headlineNote, type HeadlinePoint} from "../../src/lib/headline.js";
import {d} from "../support/dataset.js";

const point = (total_pct?: number, mfn_pct?: number): HeadlinePoint => ({
  direction: "us-on-cn",
  date: d("2026-06-30"),
  total_pct,
  mfn_pct,
  scope_method_pct: 0,
  scope_method_covered_share: 0
});

describe("headlineFigure(point) and headlineNote(now, then, asOf)", () => {
  it("show the total incl. MFN, its MFN part and the figure when the commentary appeared", () => {
    expect(headlineFigure(point(29.1, 2.5))).toBe("29.1%");
    expect(headlineNote(point(29.1, 2.5), point(16.6, 2.5), d("2026-06-30"))).toBe(
      "estimated average tariff incl. MFN on 30 Jun 2026, of which MFN 2.5%; 16.6% when the commentary appeared"
    );
  });
  it("say so plainly without line data", () => {
    expect(headlineFigure(point())).toBe("no line data");
    expect(headlineNote(point(), undefined, d("2026-06-30"))).toBe(
      "the line-level estimate needs the tariff-line tables in data/lines"
    );
  });
  it("write German numbers and dates with lang de", () => {
    expect(headlineFigure(point(29.1, 2.5), "de")).toBe("29,1\u00a0%");
    expect(headlineNote(point(29.1, 2.5), point(16.6, 2.5), d("2026-06-30"), "de")).toBe(
      "geschätzter Durchschnittszoll inkl. MFN am 30. Juni 2026, davon MFN 2,5\u00a0%; 16,6\u00a0%, als der Kommentar erschien"
    );
    expect(headlineFigure(point(), "de")).toBe("keine Zolllinien-Daten");
  });
});
