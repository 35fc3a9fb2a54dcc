import {describe, expect, it} from "vitest";
import {
  charsThatFit,
  inside,
  overlap,
  placeBesidePoint,
  placeInRegion,
  placeInRows,
  textBox,
  textWidth,
  wrapLines,
  type Box
} from "../../src/lib/labelPlacement.js";

const box = (left: number, top: number, right: number, bottom: number): Box => ({left, top, right, bottom});

describe("textWidth(text, fontSize)", () => {
  it("textWidth grows with the characters and the font size, and charsThatFit inverts it", () => {
    expect(textWidth("abcd", 10)).toBe(2 * textWidth("ab", 10));
    expect(textWidth("ab", 20)).toBe(2 * textWidth("ab", 10));
    expect(charsThatFit(textWidth("x".repeat(12), 11), 11)).toBe(12);
  });
  it("textBox(lines) is as wide as its longest line and one line height per line", () => {
    const {w, h} = textBox(["ab", "abcd"], 10);
    expect(w).toBe(textWidth("abcd", 10));
    expect(h).toBe(2 * textBox(["x"], 10).h);
  });
});

describe("boxes", () => {
  it("overlap(a, b) is the shared area, 0 for boxes that only touch", () => {
    expect(overlap(box(0, 0, 10, 10), box(5, 5, 15, 15))).toBe(25);
    expect(overlap(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(0);
  });
  it("inside(b, frame) allows half a pixel of rounding", () => {
    expect(inside(box(-0.4, 0, 10, 10), box(0, 0, 10, 10))).toBe(true);
    expect(inside(box(-1, 0, 10, 10), box(0, 0, 10, 10))).toBe(false);
  });
});

describe("placeBesidePoint(point, size, {frame, taken})", () => {
  const frame = box(0, 0, 200, 100);
  it("placeBesidePoint puts a label right of its point when that spot is free", () => {
    const taken: Box[] = [];
    const spot = placeBesidePoint({x: 50, y: 50}, {w: 30, h: 10}, {frame, taken});
    expect(spot.anchor).toBe("start");
    expect(spot.box.left).toBeGreaterThan(50);
    expect(taken).toEqual([spot.box]);
  });
  it("placeBesidePoint moves to the left at the right edge of the frame", () => {
    const spot = placeBesidePoint({x: 190, y: 50}, {w: 30, h: 10}, {frame, taken: []});
    expect(spot.anchor).toBe("end");
    expect(inside(spot.box, frame)).toBe(true);
  });
  it("placeBesidePoint avoids a box already taken, but not the point's own", () => {
    const self = box(43, 43, 57, 57);
    const right = box(55, 40, 100, 60);
    const spot = placeBesidePoint({x: 50, y: 50}, {w: 30, h: 10}, {frame, taken: [self, right], self});
    expect(overlap(spot.box, right)).toBe(0);
  });
});

describe("placeInRegion(regions, size, {taken})", () => {
  it("placeInRegion takes the first free corner of the first region it fits in", () => {
    const taken = [box(0, 0, 60, 20)];
    const spot = placeInRegion([box(0, 0, 100, 50)], {w: 30, h: 10}, {taken})!;
    expect(spot.anchor).toBe("end");
    expect(spot.box).toEqual(box(65, 4, 95, 14));
    expect(taken).toHaveLength(2);
  });
  it("placeInRegion gives up when the text fits in no region", () => {
    expect(placeInRegion([box(0, 0, 20, 10)], {w: 30, h: 10}, {taken: []})).toBeUndefined();
  });
});

describe("placeInRows(items, options)", () => {
  const options = {text: (d: {name: string}) => d.name, at: (d: {x: number}) => d.x, width: 300, fontSize: 10};
  it("placeInRows keeps neighbours apart by moving a name to the next row, and leaves off what fits in none", () => {
    const items = [
      {name: "first name", x: 10},
      {name: "second", x: 20},
      {name: "third", x: 30}
    ];
    const placed = placeInRows(items, {...options, rows: 2});
    expect(placed.map((p) => [p.item.name, p.row])).toEqual([
      ["first name", 0],
      ["second", 1]
    ]);
  });
  it("placeInRows anchors a name at its end near the right edge", () => {
    const [p] = placeInRows([{name: "late", x: 295}], {...options, rows: 1});
    expect(p).toMatchObject({anchor: "end", px: 292});
  });
});

describe("wrapLines(text, maxChars, maxLines)", () => {
  it("wrapLines wraps at words and ends a cut text in an ellipsis", () => {
    expect(wrapLines("one two three four five six", 9, 2)).toBe("one two\nthree…");
    expect(wrapLines("short", 9)).toBe("short");
  });
});

describe("textWidth(text, fontSize, weight)", () => {
  it("textWidth estimates bold text wider than normal text", () => {
    expect(textWidth("Licence required", 11, "bold")).toBeGreaterThan(textWidth("Licence required", 11));
  });
});
