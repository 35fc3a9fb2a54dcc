import {describe, expect, it} from "vitest";
import {PHASE_LABELS, PHASES, phaseOf, statusSince} from "../../src/lib/phase.js";
import {STATUSES} from "../../src/lib/vocab.js";
import {d} from "../support/dataset.js";

describe("phaseOf(status)", () => {
  it("phaseOf reads a suspension, and its extension, as paused, not as no longer in force", () => {
    expect(phaseOf("suspended")).toBe("paused");
    expect(phaseOf("extended")).toBe("paused");
  });
  it("phaseOf reads revoked, expired, struck-down and superseded as ended", () => {
    expect(["revoked", "expired", "struck-down", "superseded"].map((s) => phaseOf(s as never))).toEqual(
      Array(4).fill("ended")
    );
  });
  it("phaseOf reads announced, threatened and scheduled, and a missing status, as pending", () => {
    expect([phaseOf("announced"), phaseOf("threatened"), phaseOf("scheduled"), phaseOf(undefined)]).toEqual(
      Array(4).fill("pending")
    );
  });
  it("phaseOf gives every status of the vocabulary one of the four phases, each with a label", () => {
    for (const status of STATUSES) expect(PHASES).toContain(phaseOf(status));
    expect(Object.keys(PHASE_LABELS).sort()).toEqual([...PHASES].sort());
  });
});

describe("statusSince(status, date)", () => {
  it("statusSince says since for a status that lasts and on for an end", () => {
    expect(statusSince("suspended", d("2025-11-07"))).toBe("suspended since 2025-11-07");
    expect(statusSince("revoked", d("2025-05-13"))).toBe("revoked on 2025-05-13");
  });
  it("statusSince(status, date, lang) says it in German", () => {
    expect(statusSince("suspended", d("2025-11-07"), "de")).toBe("ausgesetzt seit 2025-11-07");
    expect(statusSince("revoked", d("2025-05-13"), "de")).toBe("aufgehoben am 2025-05-13");
  });
});
