import {describe, expect, it} from "vitest";
import {claimViews} from "../../../src/lib/derive/claims.js";
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
