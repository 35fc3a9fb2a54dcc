// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {changelogTable} from "../../src/components/changelogTable.js";
import {dataReach} from "../../src/components/dataReach.js";
import {d} from "../support/dataset.js";

const meta = {
  checked_through_us_tariffs: d("2026-08-13"),
  checked_through_us_controls: d("2026-06-05"),
  checked_through_cn_tariffs: d("2026-02-26"),
  checked_through_cn_controls: d("2026-06-05"),
  checked_through_context: d("2026-05-17")
};

describe("dataReach(meta, {lanes})", () => {
  it("dataReach(meta) gives every lane's checked-through date, says the page mixes lanes, and links the changelog", () => {
    const line = dataReach(meta);
    expect(line.textContent).toBe(
      "Data checked through: US tariffs 13 Aug 2026 · US controls 5 Jun 2026 · China's tariffs 26 Feb 2026 · " +
        "China's controls 5 Jun 2026 · context 17 May 2026; each “now” on this page is its own lane's date. Changelog"
    );
    expect(line.querySelector("a")?.getAttribute("href")).toBe("./methods.html#changes-to-the-data");
  });

  it("dataReach(meta, {lanes}) names only the page's lanes, and says nothing of mixing when their dates agree", () => {
    expect(dataReach(meta, {lanes: ["us-controls", "cn-controls"]}).textContent).toBe(
      "Data checked through: US controls 5 Jun 2026 · China's controls 5 Jun 2026. Changelog"
    );
  });
});

describe("changelogTable(changelog, vintages)", () => {
  it("lists the releases newest first with their counts and links each kept vintage's tables", () => {
    const table = changelogTable(
      [
        {date: d("2026-11-28"), summary: "First release."},
        {date: d("2026-12-01"), added: 68, changed: 22, removed: 1, summary: "To August 2026."}
      ],
      [{date: "2026-11-28", path: "vintages/2026-11-28/", files: 52}]
    );
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent)
    );
    expect(rows).toEqual([
      ["1 Dec 2026", "+68 · ~22 · −1", "To August 2026.", "–"],
      ["28 Nov 2026", "first release", "First release.", "52 files (CSV, JSON)"]
    ]);
    expect(table.querySelector("a")?.getAttribute("href")).toBe("./vintages/2026-11-28/index.html");
  });
});
