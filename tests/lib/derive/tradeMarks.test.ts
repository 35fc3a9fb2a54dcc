import {describe, expect, it} from "vitest";
import {measureMarkRecords, measureMarks} from "../../../src/lib/derive/tradeMarks.js";
import {ui} from "../../../src/lib/i18n/index.js";
import {d} from "../../support/dataset.js";
import {markedItems, timelineItem as item} from "../../support/rows.js";

const items = markedItems();

describe("measureMarks(items, domain, options)", () => {
  const domain: [Date, Date] = [d("2017-01-01"), d("2022-01-01")];
  it("measureMarks keeps tariff-lane measures with a status inside the domain, grouped by side and day", () => {
    const marks = measureMarks(items, domain, {labels: {"us-b": "B"}});
    expect(marks.map((m) => [m.side, m.date.toISOString().slice(0, 10), m.ids.join("+"), m.phase, m.label])).toEqual([
      ["CN", "2018-07-06", "cn-a", "in-force", undefined],
      ["US", "2018-07-06", "us-a+us-b", "in-force", "B"],
      ["US", "2019-09-01", "us-c", "paused", undefined]
    ]);
  });
  it("measureMarks(items, domain) marks a date whose measures are all suspended as paused, not as ended", () => {
    const paused = measureMarks([item("us-s", "us-tariffs", "2019-03-01", "suspended")], domain);
    const ended = measureMarks([item("us-r", "us-tariffs", "2019-03-01", "revoked")], domain);
    expect(paused.map((m) => m.phase)).toEqual(["paused"]);
    expect(ended.map((m) => m.phase)).toEqual(["ended"]);
  });
  it("measureMarks(items, domain, {lang}) names the big rounds in that language, English by default", () => {
    const list3 = [item("us-301-list-3", "us-tariffs", "2018-09-24", "in-force")];
    const name = (lang?: "en" | "de") => measureMarks(list3, domain, lang ? {lang} : {})[0].label;
    expect(name()).toBe(ui("en").tradeFlows.keyMeasures["us-301-list-3"]);
    expect(name("de")).toBe(ui("de").tradeFlows.keyMeasures["us-301-list-3"]);
    expect(name("de")).not.toBe(name("en"));
  });
  it("measureMarks(items, domain, {sides}) keeps one side or none", () => {
    expect(measureMarks(items, domain, {sides: "cn"}).map((m) => m.side)).toEqual(["CN"]);
    expect(measureMarks(items, domain, {sides: "us"}).every((m) => m.side === "US")).toBe(true);
    expect(measureMarks(items, domain, {sides: "none"})).toEqual([]);
  });
  it("measureMarkRecords(marks) gives the marks as download rows", () => {
    const [first] = measureMarkRecords(measureMarks(items, [d("2017-01-01"), d("2022-01-01")]));
    expect(first).toEqual({
      side: "CN",
      date: d("2018-07-06"),
      measure_ids: ["cn-a"],
      titles: ["Measure cn-a"],
      statuses_now: ["in-force"],
      name_on_chart: undefined
    });
  });
});
