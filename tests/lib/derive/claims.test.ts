import {describe, expect, it} from "vitest";
import {claimEvidenceRows, claimViews, datesText} from "../../../src/lib/derive/claims.js";
import {d} from "../../support/dataset.js";
import {indexById} from "../../../src/lib/group.js";
import {fixtureTables} from "../../support/rows.js";

describe("claimViews(excerpts, counterpoints, items, {kind, stance})", () => {
  const t = fixtureTables();
  const items = indexById(t.timeline);
  const {excerpts, counterpoints} = t.dataset;

  it("claimViews gives each excerpt its linked items in reference order and its counterpoints", () => {
    const [view] = claimViews(excerpts, counterpoints, items);
    expect(view.items.map((i) => i.id)).toEqual(["us-list-a", "model-release"]);
    expect(view.counterpoints.map((c) => c.id)).toEqual(["cp-one"]);
    expect(view.hidden).toBe(0);
  });
  it("claimViews drops excerpts of another kind, and excerpts without a counterpoint of the stance", () => {
    expect(claimViews(excerpts, counterpoints, items, {kind: "fact"})).toEqual([]);
    expect(claimViews(excerpts, counterpoints, items, {stance: "supports"})).toEqual([]);
    expect(claimViews(excerpts, counterpoints, items, {kind: "assessment", stance: "against"})).toHaveLength(1);
  });
});

describe("claimEvidenceRows(items) and datesText(row)", () => {
  const t = fixtureTables();
  const linked = t.timeline.filter((i) => ["us-list-a", "us-list-b", "model-release"].includes(i.id));
  it("claimEvidenceRows(items) gives exactly the plotted rows, earliest first, with status in words and its phase", () => {
    const rows = claimEvidenceRows([...linked].reverse());
    expect(rows.map((r) => r.id)).toEqual(["us-list-a", "us-list-b", "model-release"]);
    expect(rows.map((r) => r.status)).toEqual(["in force", "suspended", "event"]);
    expect(rows.map((r) => r.phase)).toEqual(["in-force", "paused", "in-force"]);
    expect(rows[0]).toMatchObject({
      kind: "measure",
      lane: "US tariffs",
      title: "List A",
      start: d("2018-06-15"),
      end: d("2018-07-06")
    });
  });

  it("datesText(row) says announced and effective dates, or the event's date", () => {
    expect(datesText({kind: "measure", start: d("2018-06-15"), end: d("2018-07-06")})).toBe(
      "announced 15 Jun 2018, effective 6 Jul 2018"
    );
    expect(datesText({kind: "measure", start: d("2019-10-07"), end: d("2019-10-07")})).toBe("announced 7 Oct 2019");
    expect(datesText({kind: "event", start: d("2019-05-20"), end: d("2019-05-20")})).toBe("20 May 2019");
  });
});
