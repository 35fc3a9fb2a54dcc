import {BaseSequencer, type TestSpecification} from "vitest/node";

/**
 * The files that take longest, in the order they start (measured on the 2-core machine, December 2026): long ones first
 * so that the many short files fill the end of the run on both workers; build.test.ts and xss.test.ts after them, so
 * that the builds they wait for (started by globalSetup.ts) have had the time the first files left idle. Not
 * tests/cli/dev.test.ts: its preview must reload within seconds, which fails beside the CPU-heavy files on a busy machine.
 */
const FIRST = [
  "tests/browser/accessibility.test.ts",
  "tests/cli/commands.test.ts",
  "tests/browser/embed.test.ts",
  "tests/browser/layoutShift.test.ts",
  "tests/browser/pages.test.ts",
  "tests/browser/languages.test.ts",
  "tests/browser/pageSources.test.ts",
  "tests/data/loaders.test.ts",
  "tests/browser/exports.test.ts",
  "tests/browser/methods.test.ts",
  "tests/build.test.ts",
  "tests/browser/xss.test.ts"
];

/** Vitest's order (failed first, then by the last run's duration, else by size), with FIRST's files ahead in its order. */
export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const at = FIRST.findIndex((f) => spec.moduleId.endsWith(f));
      return at < 0 ? FIRST.length : at;
    };
    return sorted
      .map((spec, i) => ({spec, i}))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({spec}) => spec);
  }
}
