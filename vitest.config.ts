import {defineConfig} from "vitest/config";
import SlowFirst from "./tests/support/sequencer.js";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/globalSetup.ts"],
    // Build and browser tests share one build (tests/support/globalSetup.ts), read only; two files at a time keep both cores
    // busy while one of them waits on a browser or a child process (builds take a lock, see src/cli/build.ts).
    maxWorkers: 2,
    // The slow files first, in a fixed order (a fresh clone has no timings of an earlier run to sort by).
    sequence: {sequencer: SlowFirst},
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: ["default"]
  }
});
