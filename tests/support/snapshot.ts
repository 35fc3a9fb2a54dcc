import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {expect, vi} from "vitest";

const OUTPUT = join(import.meta.dirname, "../output");

/**
 * Normalises a rendered chart so snapshots do not churn: numbers rounded to 2 decimals, Plot's generated class and
 * clip-path ids renumbered in order of appearance.
 */
export function normalize(html: string): string {
  const ids = new Map<string, string>();
  return html
    .replace(/\d+\.\d+/g, (n) => String(Math.round(parseFloat(n) * 100) / 100))
    .replace(/plot-[0-9a-f]{4,}(-\d+)?/g, (id) => {
      if (!ids.has(id)) ids.set(id, `plot-${ids.size}`);
      return ids.get(id)!;
    })
    .replace(/></g, ">\n<");
}

/** Set (to any value but "" or "false") by `npm run test:accept`: changed snapshots are written instead of failing. */
const ACCEPT = !["", "false", undefined].includes(process.env.HIGH_FENCES_ACCEPT_SNAPSHOTS);

/**
 * Compares a chart with tests/output/NAME.svg in the manner of Plot's snapshot tests: on mismatch it writes
 * NAME-changed.svg beside it (git-ignored) and fails; on a match it removes a stale NAME-changed.svg. A missing snapshot
 * is written, except under CI=true, where it fails instead so a snapshot is never created unreviewed. To accept a
 * change, look at the -changed file, then run `npm run test:accept` (HIGH_FENCES_ACCEPT_SNAPSHOTS=true): it overwrites
 * the snapshots that differ; review them with `git diff tests/output` before committing.
 */
export function expectSnapshot(name: string, element: Element): void {
  mkdirSync(OUTPUT, {recursive: true});
  const actual = normalize(element.outerHTML) + "\n";
  const path = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  if (!existsSync(path)) {
    if (process.env.CI === "true") throw new Error(`missing snapshot ${path}: run the tests locally and commit it`);
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, "utf-8");
  if (actual !== expected && ACCEPT) writeFileSync(path, actual);
  else if (actual !== expected) {
    writeFileSync(changed, actual);
    expect.fail(`${name} differs from its snapshot; see tests/output/${name}-changed.svg (npm run test:accept)`);
  }
  rmSync(changed, {force: true});
}

/** Runs a render while watching for Plot warnings (console.warn): any warning fails the test. */
export function withoutWarnings<T>(render: () => T): T {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    const result = render();
    expect(warn.mock.calls.map((c) => c.join(" "))).toEqual([]);
    return result;
  } finally {
    warn.mockRestore();
  }
}

/** How many measure dots a chart draws hollow (components/phaseDots.ts: filled with the page background). */
export function hollowDots(chart: Element): number {
  return chart.querySelectorAll('g[fill="var(--theme-background)"] circle').length;
}
