import {rmSync} from "node:fs";
import type {TestProject} from "vitest/node";
import {checkoutCopy, startBuild, stopBuild} from "./builds.js";
import {xssData} from "./xssSite.js";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    buildOutput: string;
    /** The second build of the same inputs, for build.test.ts's reproducibility check (see awaitBuild). */
    secondBuildDir?: string;
    /** The build from the fixture data with HTML in its text fields, for xss.test.ts (see awaitBuild). */
    xssSiteDir?: string;
  }
}

/**
 * Builds the real site once for the build and browser tests (they read it, never write it). The two other builds the
 * suite needs, a second one of the same inputs (build.test.ts) and one from the XSS fixture data (xss.test.ts), start
 * at once beside it, each in a copy of the checkout (builds of one checkout wait for each other), at a lower CPU
 * priority: they take the time the main build and the first tests leave idle, and their tests wait for them.
 */
export default async function setup(project: TestProject) {
  // `npm run test:accept` runs only the chart snapshot tests, which never read the build.
  if (process.env.HIGH_FENCES_ACCEPT_SNAPSHOTS) return;
  // A run of some files (`vitest run tests/lib`) starts only the builds its files need.
  const filters = (project.vitest as unknown as {filenamePattern?: string[]}).filenamePattern ?? [];
  const runs = (file: string) => filters.length === 0 || filters.some((f) => file.includes(f) || f.includes(file));
  const background: ReturnType<typeof startBuild>[] = [];
  const copies: string[] = [];
  const copy = () => copies[copies.push(checkoutCopy()) - 1];
  if (runs("tests/build.test.ts")) {
    const again = startBuild({}, {checkout: copy(), background: true});
    project.provide("secondBuildDir", again.dir);
    background.push(again);
  }
  if (runs("tests/browser/xss.test.ts")) {
    const xss = startBuild({HIGH_FENCES_DATA: xssData()}, {checkout: copy(), background: true});
    project.provide("xssSiteDir", xss.dir);
    background.push(xss);
  }
  // After the run (or when the main build fails): end what still builds, and remove the copies of the checkout.
  const stop = () => {
    background.forEach((b) => stopBuild(b.child));
    for (const dir of copies) rmSync(dir, {recursive: true, force: true});
  };
  // HIGH_FENCES_TEST_SITE=DIR reuses a build made before (with HIGH_FENCES_BASE=/high-fences/) while working on the
  // tests themselves; a run that checks the code always builds.
  const reuse = process.env.HIGH_FENCES_TEST_SITE;
  const {dir, status, output} = reuse ? {dir: reuse, status: 0, output: ""} : await startBuild().done;
  if (status !== 0) {
    stop();
    throw new Error(`npm run build failed:\n${output}`);
  }
  project.provide("siteDir", dir);
  project.provide("buildOutput", output);
  return stop;
}
