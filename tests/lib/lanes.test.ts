import {describe, expect, it} from "vitest";
import {inLaneGroup, LANE_GROUPS, LANES} from "../../src/lib/lanes.js";

describe("inLaneGroup(lane, group)", () => {
  it("inLaneGroup keeps one side's or one instrument's lanes, and always the context lane", () => {
    expect(LANES.filter((l) => inLaneGroup(l, "cn"))).toEqual(["cn-tariffs", "cn-controls", "context"]);
    expect(LANES.filter((l) => inLaneGroup(l, "controls"))).toEqual(["us-controls", "cn-controls", "context"]);
    expect(LANES.filter((l) => inLaneGroup(l, ""))).toEqual([...LANES]);
    expect(LANE_GROUPS.map((g) => g.value)).toEqual(["", "us", "cn", "tariffs", "controls"]);
  });
});
