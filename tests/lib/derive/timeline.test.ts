import {describe, expect, it} from "vitest";
import {excerptPins, linkedItems, pinnedItems, timelineItems} from "../../../src/lib/derive/timeline.js";
import {indexById} from "../../../src/lib/group.js";
import {laneOf} from "../../../src/lib/lanes.js";
import {d, fixtureDataset} from "../../support/dataset.js";
import {fixtureTables} from "../../support/rows.js";

describe("timelineItems(measures, history, events, asOf)", () => {
  const ds = fixtureDataset();
  const items = timelineItems(ds.measures, ds.measure_status, ds.events, d("2020-06-30"));
  it("puts measures and events on one time-ordered list with lanes and current status", () => {
    expect(items.map((i) => [i.id, i.lane, i.status ?? "-"])).toEqual([
      ["us-list-a", "us-tariffs", "in-force"],
      ["cn-answer-a", "cn-tariffs", "in-force"],
      ["us-list-b", "us-tariffs", "suspended"],
      ["model-release", "context", "-"],
      ["us-rule-x", "us-controls", "in-force"]
    ]);
  });
  it("takes each lane's status on that lane's own date and names the next scheduled step, never as the status", () => {
    const history = [
      ...ds.measure_status,
      {
        measure_id: "us-list-b",
        date: d("2020-09-01"),
        status: "scheduled" as const,
        source_ids: ["src-b"],
        notes: undefined
      }
    ];
    const lanes = timelineItems(ds.measures, history, ds.events, (lane) =>
      lane === "us-tariffs" ? d("2019-01-01") : d("2020-06-30")
    );
    const b = lanes.find((i) => i.id === "us-list-b")!;
    expect([b.status, b.scheduled]).toEqual(["in-force", d("2020-09-01")]);
    expect(lanes.find((i) => i.id === "us-rule-x")?.status).toBe("in-force");
    expect(lanes.find((i) => i.id === "us-list-a")?.scheduled).toBeUndefined();
  });
  it("draws a measure from announcement to effect", () => {
    const a = items.find((i) => i.id === "us-list-a")!;
    expect([a.start, a.end]).toEqual([d("2018-06-15"), d("2018-07-06")]);
  });
  it("pins excerpts at the items they refer to", () => {
    expect(excerptPins(ds.excerpts, items).map((p) => [p.excerpt_id, p.item_id, p.lane])).toEqual([
      ["x-one", "us-list-a", "us-tariffs"],
      ["x-one", "model-release", "context"]
    ]);
  });
});

describe("laneOf(measure)", () => {
  it("separates tariffs (and deals and rulings on them) from controls for each actor", () => {
    expect(laneOf({actor: "US", instrument: "agreement", authority: "trade-agreement"})).toBe("us-tariffs");
    expect(laneOf({actor: "US", instrument: "court-ruling", authority: "us-court"})).toBe("us-tariffs");
    expect(laneOf({actor: "US", instrument: "entity-listing", authority: "ear"})).toBe("us-controls");
    expect(laneOf({actor: "US", instrument: "subsidy", authority: "chips-act"})).toBe("us-controls");
    expect(laneOf({actor: "CN", instrument: "export-control", authority: "cn-export-control"})).toBe("cn-controls");
    expect(laneOf({actor: "CN", instrument: "investigation", authority: "cn-trade-remedy"})).toBe("cn-tariffs");
  });
});

describe("linkedItems(ref, items)", () => {
  it("linkedItems gives the measures, then the events, a row refers to, leaving out unknown ids", () => {
    const t = fixtureTables();
    const items = indexById(t.timeline);
    const linked = linkedItems({measure_ids: ["us-list-b", "gone"], event_ids: ["model-release"]}, items);
    expect(linked.map((i) => i.id)).toEqual(["us-list-b", "model-release"]);
  });
});

describe("pinnedItems(pins)", () => {
  it("pinnedItems groups pins by item with each paragraph once, sorted", () => {
    const pin = (item_id: string, paragraph: number) => ({
      excerpt_id: `x${paragraph}`,
      paragraph,
      item_id,
      lane: "us-tariffs" as const,
      date: d("2018-07-06")
    });
    const pinned = pinnedItems([pin("a", 4), pin("a", 2), pin("b", 1), pin("a", 4)]);
    expect(pinned.map((p) => [p.item_id, p.paragraphs])).toEqual([
      ["a", [2, 4]],
      ["b", [1]]
    ]);
  });
});
