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
  const {dir, status, output} = buildSite();
  if (status !== 0) throw new Error(`npm run build failed:\n${output}`);
  project.provide("siteDir", dir);
  project.provide("buildOutput", output);
}
