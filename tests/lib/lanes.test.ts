import {describe, expect, it} from "vitest";
import {inLaneGroup, LANE_GROUPS, LANE_LABELS, LANES, laneGroups, laneLabels} from "../../src/lib/lanes.js";

describe("inLaneGroup(lane, group)", () => {
  it("inLaneGroup keeps one side's or one instrument's lanes, and always the context lane", () => {
    expect(LANES.filter((l) => inLaneGroup(l, "cn"))).toEqual(["cn-tariffs", "cn-controls", "context"]);
    expect(LANES.filter((l) => inLaneGroup(l, "controls"))).toEqual(["us-controls", "cn-controls", "context"]);
    expect(LANES.filter((l) => inLaneGroup(l, ""))).toEqual([...LANES]);
    expect(LANE_GROUPS.map((g) => g.value)).toEqual(["", "us", "cn", "tariffs", "controls"]);
  });
});

describe("laneLabels(lang) and laneGroups(lang)", () => {
  it("name the lanes and the lane filters in each language, with the same values", () => {
    expect(laneLabels()).toEqual(LANE_LABELS);
    expect(laneLabels("de")["us-tariffs"]).toBe("US-Zölle");
    expect(laneGroups("de").map((g) => g.value)).toEqual(LANE_GROUPS.map((g) => g.value));
    expect(laneGroups("de")[0].label).toBe("Alle Spuren");
    for (const lane of LANES) expect(laneLabels("de")[lane]).not.toBe(LANE_LABELS[lane]);
  });
});
