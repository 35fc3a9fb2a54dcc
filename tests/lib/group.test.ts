import {describe, expect, it} from "vitest";
import {countBy, indexById} from "../../src/lib/group.js";

describe("group", () => {
  it("countBy counts each given value, 0 where no row has it, and ignores other values", () => {
    const rows = [{k: "a"}, {k: "b"}, {k: "a"}, {k: "z"}];
    expect(countBy(rows, (r) => r.k, ["a", "b", "c"])).toEqual({a: 2, b: 1, c: 0});
  });
  it("indexById finds rows by id", () => {
    expect(indexById([{id: "x", v: 1}]).get("x")).toEqual({id: "x", v: 1});
  });
});
