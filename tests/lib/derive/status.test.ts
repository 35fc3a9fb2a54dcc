import {describe, expect, it} from "vitest";
import {statusOn, withCurrentStatus} from "../../../src/lib/derive/status.js";
import {d, fixtureDataset} from "../../support/dataset.js";
import {cnControl} from "../../support/rows.js";

describe("statusOn(history, date)", () => {
  const {measure_status} = fixtureDataset();
  it("takes each measure's latest entry on or before the date", () => {
    const on = statusOn(measure_status, d("2020-06-30"));
    expect(on.get("us-list-b")).toMatchObject({status: "suspended", since: d("2020-02-14")});
    expect(on.get("us-list-a")).toMatchObject({status: "in-force", since: d("2018-07-06")});
  });
  it("leaves out measures whose history starts later", () => {
    const on = statusOn(measure_status, d("2018-06-30"));
    expect([...on.keys()]).toEqual(["us-list-a"]);
    expect(on.get("us-list-a")?.status).toBe("announced");
  });
  it("lets the later row win between two entries of one day", () => {
    const history = [
      {measure_id: "m", date: d("2020-01-01"), status: "announced" as const, source_ids: ["s"], notes: undefined},
      {measure_id: "m", date: d("2020-01-01"), status: "in-force" as const, source_ids: ["s"], notes: undefined}
    ];
    expect(statusOn(history, d("2020-01-01")).get("m")?.status).toBe("in-force");
  });
});

describe("withCurrentStatus(measures, current)", () => {
  it("withCurrentStatus joins each measure with its current status, ordered by announcement then id", () => {
    const rows = withCurrentStatus(
      [cnControl("late", "2025-10-09"), cnControl("b", "2023-07-03"), cnControl("a", "2023-07-03")],
      [{measure_id: "late", status: "suspended", since: d("2025-11-07")}]
    );
    expect(rows.map((r) => r.id)).toEqual(["a", "b", "late"]);
    expect(rows[2]).toMatchObject({status: "suspended", status_since: d("2025-11-07"), announced: d("2025-10-09")});
    expect(rows[0].status).toBeUndefined();
  });
});
