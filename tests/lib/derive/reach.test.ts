import {describe, expect, it} from "vitest";
import {laneReach, sourceLanes} from "../../../src/lib/derive/reach.js";
import {currentStatus, metaOf} from "../../../src/lib/outputs.js";
import type {Dataset} from "../../../src/lib/tables.js";
import {d, fixtureDataset} from "../../support/dataset.js";

const source = (id: string, date?: string) => ({
  id,
  publisher: "P",
  title: "T",
  url: `https://example.org/${id}`,
  date: date ? d(date) : undefined,
  kind: "primary" as const,
  document_id: undefined,
  notes: undefined
});

describe("laneReach(tables)", () => {
  const t = fixtureDataset();
  it("gives each lane the newest dated source cited by its rows", () => {
    const reach = laneReach(t);
    expect(reach.get("us-tariffs")).toEqual({lane: "us-tariffs", date: d("2020-06-30"), source_id: "src-b"});
    // src-b (2020) reaches US export controls only through a chip's row; without it the lane stays at src-a.
    expect(reach.get("us-controls")?.source_id).toBe("src-b");
    const noChip = {...t, chips: t.chips.map((c) => ({...c, source_ids: ["src-a"]}))} as Dataset;
    expect(laneReach(noChip).get("us-controls")).toEqual({
      lane: "us-controls",
      date: d("2018-06-20"),
      source_id: "src-a"
    });
    expect(reach.get("cn-tariffs")?.date).toEqual(d("2020-06-30"));
  });
  it("follows a source into the lane of the rows citing it, and leaves out lanes no dated source serves", () => {
    const newer = {...t, sources: [...t.sources, source("src-new", "2021-03-01")]} as Dataset;
    newer.events = t.events.map((e, i) => (i === 0 ? {...e, source_ids: ["src-new"]} : e));
    expect(sourceLanes(newer).get("src-new")).toEqual(new Set(["context"]));
    expect(laneReach(newer).get("context")?.date).toEqual(d("2021-03-01"));
    expect(laneReach(newer).get("us-tariffs")?.date).toEqual(d("2020-06-30"));
    const undated = {...t, sources: t.sources.map((s) => ({...s, date: undefined}))} as Dataset;
    expect([...laneReach(undated).keys()]).toEqual([]);
  });
  it("lets metaOf state every lane's date, falling back to as_of for a lane without a dated source", () => {
    const meta = metaOf({...t, chips: t.chips.map((c) => ({...c, source_ids: ["src-a"]}))} as Dataset);
    expect(meta.checked_through_us_controls).toEqual(d("2018-06-20"));
    expect(meta.checked_through_us_tariffs).toEqual(d("2020-06-30"));
    const undated = {...t, sources: t.sources.map((s) => ({...s, date: undefined}))} as Dataset;
    expect(metaOf(undated).checked_through_context).toEqual(meta.as_of);
  });
});

describe("currentStatus(tables, through)", () => {
  const t = fixtureDataset();
  it("takes each measure's status on its own lane's date", () => {
    const rows = currentStatus(t, (lane) => (lane === "us-tariffs" ? d("2019-01-01") : d("2020-06-30")));
    expect(rows.find((r) => r.measure_id === "us-list-b")).toMatchObject({status: "in-force", lane: "us-tariffs"});
    expect(rows.find((r) => r.measure_id === "us-rule-x")).toMatchObject({status: "in-force", lane: "us-controls"});
  });
  it("never makes a scheduled step the current status before its day, but names it as the next step", () => {
    const history = [
      ...t.measure_status,
      {
        measure_id: "us-list-b",
        date: d("2020-09-01"),
        status: "scheduled" as const,
        source_ids: ["src-b"],
        notes: undefined
      }
    ];
    const rows = currentStatus({...t, measure_status: history}, () => d("2020-06-30"));
    expect(rows.find((r) => r.measure_id === "us-list-b")).toMatchObject({
      status: "suspended",
      scheduled: d("2020-09-01")
    });
  });
});
