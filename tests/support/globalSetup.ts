import type {TestProject} from "vitest/node";
import {buildSite} from "./site.js";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    buildOutput: string;
  }
}

/** Builds the real site once for the build and browser tests (they read it, never write it). */
export default function setup(project: TestProject) {
  // `npm run test:accept` runs only the chart snapshot tests, which never read the build.
  if (process.env.HIGH_FENCES_ACCEPT_SNAPSHOTS) return;
  // HIGH_FENCES_TEST_SITE=DIR reuses a build made before (with HIGH_FENCES_BASE=/high-fences/) while working on the
  // tests themselves; a run that checks the code always builds.
  const reuse = process.env.HIGH_FENCES_TEST_SITE;
  const {dir, status, output} = reuse ? {dir: reuse, status: 0, output: ""} : buildSite();
  if (status !== 0) throw new Error(`npm run build failed:\n${output}`);
  project.provide("siteDir", dir);
  project.provide("buildOutput", output);
}
