import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/globalSetup.ts"],
    // Build and browser tests share one build (tests/support/site.ts), read only; two files at a time keep both cores
    // busy while one of them waits on a browser or a child process (builds take a lock, see src/cli/build.ts).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: ["default"]
  }
});
