import {spawnSync} from "node:child_process";
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {ALL_PAGES, PAGES as CONFIG_PAGES} from "../../observablehq.config.js";

export const ROOT = resolve(import.meta.dirname, "../..");
/** The sub-path the test site is built for and served under, as on GitHub Pages. */
export const BASE = "/high-fences/";
/** Every page of the site, by file name without extension, as the navigation lists them. */
export const PAGES = CONFIG_PAGES.map((p) => p.path.slice(1));
/** Every German page ("de/index", "de/tariffs", …), as the German navigation lists them. */
export const GERMAN_PAGES = ALL_PAGES.filter((p) => p.lang === "de").map((p) => p.path.slice(1));

/** Runs `npm run build` into a fresh temporary folder; returns the folder and the command's output. */
export function buildSite(env: Record<string, string> = {}): {dir: string; status: number | null; output: string} {
  const dir = join(mkdtempSync(join(tmpdir(), "high-fences-")), "dist");
  const result = spawnSync("npx", ["tsx", "src/cli/build.ts", "--out", dir], {
    cwd: ROOT,
    encoding: "utf-8",
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", HIGH_FENCES_BASE: BASE, ...env}
  });
  return {dir, status: result.status, output: `${result.stdout}\n${result.stderr}`};
}
