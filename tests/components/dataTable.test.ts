// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {dataTable} from "../../src/components/dataTable.js";

const PAYLOAD = "<img src=x onerror=alert(1)><script>alert(2)</script>";

describe("dataTable(rows, columns, {caption})", () => {
  it("renders cells as text with their column names for the phone layout", () => {
    const table = dataTable([{a: PAYLOAD}], [{label: "A", value: (r) => r.a}], {caption: "C"});
    expect(table.querySelector("img, script")).toBeNull();
    expect(table.querySelector("td")?.textContent).toBe(PAYLOAD);
    expect(table.querySelector("td")?.dataset.label).toBe("A");
    expect(table.getAttribute("aria-label")).toBe("C");
  });
  it("says when no row matches and when rows are cut", () => {
    expect(dataTable([], [{label: "A", value: () => ""}], {caption: "C"}).textContent).toContain("No rows match");
    expect(
      dataTable([1, 2, 3], [{label: "N", value: String}], {caption: "C", limit: 2}).querySelector("caption")
        ?.textContent
    ).toBe("C (first 2 of 3)");
  });
});
