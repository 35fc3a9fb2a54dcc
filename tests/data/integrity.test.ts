import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {ROOT} from "../support/site.js";
import {describe, expect, it} from "vitest";
import {classifyAll} from "../../src/lib/derive/chips.js";
import {loadDataset} from "../../src/node/dataFolder.js";
import {claimEvidenceRows} from "../../src/lib/derive/claims.js";
import {isAhead, statusPeriods} from "../../src/lib/derive/statusPeriods.js";
import {derivedTables} from "../../src/lib/outputs.js";
import {phaseOf} from "../../src/lib/phase.js";

// Integrity of the real data in data/: rules that hold for the dataset as a whole, beyond row-by-row validation.
const ds = loadDataset();

describe("the dataset in data/", () => {
  it("gives every fact row at least one source", () => {
    const tables = [ds.measures, ds.measure_status, ds.tariff_scopes, ds.tariff_actions, ds.chips, ds.chip_rules, ds.chip_rule_thresholds, ds.events, ds.counterpoints, ds.forecasts, ds.published_estimates];
    for (const rows of tables) for (const row of rows) expect(row.source_ids.length).toBeGreaterThan(0);
    for (const row of ds.trade) expect(row.source_id).not.toBe("");
  });

  it("gives every measure a status history that starts on or after its announcement", () => {
    const first = new Map<string, Date>();
    for (const s of ds.measure_status) if (!first.has(s.measure_id) || s.date < first.get(s.measure_id)!) first.set(s.measure_id, s.date);
    const missing = ds.measures.filter((m) => !first.has(m.id)).map((m) => m.id);
    expect(missing).toEqual([]);
    const early = ds.measures.filter((m) => first.get(m.id)! < m.announced).map((m) => m.id);
    expect(early).toEqual([]);
  });

  it("starts every tariff scope with a rate step", () => {
    const stepped = new Set(ds.tariff_actions.map((a) => a.scope));
    expect(ds.tariff_scopes.filter((s) => !stepped.has(s.scope)).map((s) => s.scope)).toEqual([]);
  });

  it("names, for every Chinese tariff measure, the US action it answers", () => {
    const unanswered = ds.measures.filter((m) => m.actor === "CN" && m.instrument === "tariff" && m.responds_to.length === 0 && !m.amends).map((m) => m.id);
    expect(unanswered).toEqual([]);
  });

  it("covers every kind of measure the design names", () => {
    const ids = new Set(ds.measures.map((m) => m.id));
    for (const id of [
      "us-232-steel-2018", "us-301-list-1", "us-301-list-2", "us-301-list-3", "us-301-list-4a", "us-301-list-4b", "us-cn-phase-one-2020",
      "us-301-four-year-review-2024", "us-ieepa-fentanyl-cn-2025", "us-ieepa-reciprocal-cn-2025", "us-bis-advanced-computing-2022",
      "us-bis-advanced-computing-2023", "us-bis-advanced-computing-2024", "us-ai-diffusion-rule-2025", "us-chips-act-2022",
      "cn-retaliation-2018-07", "cn-export-control-gallium-germanium-2023", "cn-export-control-rare-earths-2025-04"
    ]) expect(ids.has(id), id).toBe(true);
  });
});

describe("chip classification computed from the rules' thresholds", () => {
  const classes = classifyAll(ds.chips, ds.chip_rules, ds.chip_rule_thresholds);
  const of = (chip: string, rule: string) => classes.find((c) => c.chip_id === chip && c.rule_id === rule)?.classification;
  it("reproduces that the October 2022 rule caught the A100 and H100 but not the A800 and H800, made to pass under it", () => {
    expect(of("nvidia-a100", "bis-2022-10-advanced-computing")).toBe("licence-required");
    expect(of("nvidia-h100-sxm", "bis-2022-10-advanced-computing")).toBe("licence-required");
    expect(of("nvidia-a800", "bis-2022-10-advanced-computing")).toBe("not-controlled");
    expect(of("nvidia-h800", "bis-2022-10-advanced-computing")).toBe("not-controlled");
  });
  it("reproduces that the October 2023 rule brought the A800 and H800 under control", () => {
    expect(of("nvidia-a800", "bis-2023-10-advanced-computing")).toBe("licence-required");
    expect(of("nvidia-h800", "bis-2023-10-advanced-computing")).toBe("licence-required");
  });
  it("reproduces that the January 2026 review policy moved the H200 from presumed denial to case-by-case review", () => {
    expect(of("nvidia-h200", "bis-2023-10-advanced-computing")).toBe("licence-required");
    expect(of("nvidia-h200", "bis-2026-01-h200-review-policy")).toBe("case-by-case");
  });
  it("reproduces that the H20 was designed to fall below the 2023 thresholds", () => {
    expect(of("nvidia-h20", "bis-2023-10-advanced-computing")).toBe("not-controlled");
  });
});

describe("the excerpts of the commentary", () => {
  // The article's full text is not part of this repository (it is Handelsblatt's); the team's copy sits beside the
  // checkout in ../shared/commentary, or at $HIGH_FENCES_COMMENTARY. Without it this check cannot run and says so.
  const path = process.env.HIGH_FENCES_COMMENTARY ?? join(ROOT, "../shared/commentary/deepseek-zollpolitik.de.txt");
  it.skipIf(!existsSync(path))("quote the German text verbatim, from the paragraph they name", () => {
    const paragraphs = readFileSync(path, "utf-8").split("\n").slice(1).filter((l) => l.trim() !== "");
    for (const x of ds.excerpts) expect(paragraphs[x.paragraph - 1], x.id).toContain(x.german);
  });
});

// Issue 8: "no longer in force" meant three things; China's suspended rare-earth controls read as ended on the Overview.
describe("the phase of a suspended measure in data/", () => {
  it("reads China's suspended October 2025 rare-earth controls as paused in the timeline, the claim rows and the status bars", () => {
    const {meta, timeline} = derivedTables(ds);
    const asOf = meta[0].as_of;
    const id = "cn-export-control-rare-earths-2025-10";
    const item = timeline.find((i) => i.id === id)!;
    expect(item.status).toBe("suspended");
    expect(phaseOf(item.status)).toBe("paused");
    expect(claimEvidenceRows([item])[0].phase).toBe("paused");
    const periods = statusPeriods(ds.measures.filter((m) => m.id === id), ds.measure_status, {asOf});
    expect(periods.filter((p) => !isAhead(p)).at(-1)?.phase).toBe("paused");
  });
});
