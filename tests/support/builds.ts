import {spawn, type ChildProcess} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync} from "node:fs";
import {setPriority, tmpdir} from "node:os";
import {join} from "node:path";
import {BASE, ROOT} from "./site.js";

/** A build of the site: the folder it wrote, the exit status of `npm run build` and its output. */
export interface Built {
  dir: string;
  status: number | null;
  output: string;
}

/** The files a build reads, relative to the checkout (node_modules is linked, not copied). */
const BUILD_INPUTS = ["src", "data", "observablehq.config.ts", "package.json", "tsconfig.json"];

/**
 * A copy of the checkout's build inputs in a temporary folder, Framework's cache included, with node_modules linked: a
 * build there can run beside one in the checkout (two builds of one checkout wait for each other, see src/cli/build.ts).
 */
export function checkoutCopy(): string {
  const root = mkdtempSync(join(tmpdir(), "high-fences-checkout-"));
  for (const name of BUILD_INPUTS)
    cpSync(join(ROOT, name), join(root, name), {recursive: true, filter: (path) => !path.endsWith("build.lock")});
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}

/**
 * Starts `npm run build` of `checkout` (the checkout itself unless told) into a fresh temporary folder, at a lower CPU
 * priority when `background` (it then takes the cores the tests leave idle). Returns the folder at once, the child, and
 * the build's end: the folder's `.status.json` (see `awaitBuild`) is written then.
 */
export function startBuild(
  env: Record<string, string> = {},
  {checkout = ROOT, background = false}: {checkout?: string; background?: boolean} = {}
): {dir: string; child: ChildProcess; done: Promise<Built>} {
  const dir = join(mkdtempSync(join(tmpdir(), "high-fences-")), "dist");
  const child = spawn("npx", ["tsx", "src/cli/build.ts", "--out", dir], {
    cwd: checkout,
    // Its own process group, so that `stopBuild` ends the build's children too.
    detached: true,
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", HIGH_FENCES_BASE: BASE, ...env}
  });
  // Set before npx starts tsx: the build's own children (Framework, the page loaders) inherit the priority.
  if (background && child.pid) setPriority(child.pid, 10);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const done = new Promise<Built>((resolve) =>
    child.on("close", (status) => {
      const built = {dir, status, output};
      // Written whole, then renamed: a test polling for the file never reads half of it.
      writeFileSync(`${dir}.status.json.part`, JSON.stringify(built));
      renameSync(`${dir}.status.json.part`, `${dir}.status.json`);
      resolve(built);
    })
  );
  return {dir, child, done};
}

/** Waits (in any process) for the build into `dir` that `startBuild` started, and returns how it ended. */
export async function awaitBuild(dir: string, timeout = 600_000): Promise<Built> {
  for (const end = Date.now() + timeout; !existsSync(`${dir}.status.json`);) {
    if (Date.now() > end) throw new Error(`the build into ${dir} did not end within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return JSON.parse(readFileSync(`${dir}.status.json`, "utf-8")) as Built;
}

/** Ends a build that `startBuild` started and that is still running (a run that stops early), with its children. */
export function stopBuild(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // It ended meanwhile.
  }
}

/** The build that globalSetup.ts started into `dir`, once it has ended; or, if it started none there, a new one. */
export function builtBy(dir: string | undefined, orBuild: () => Promise<Built>): Promise<Built> {
  return dir ? awaitBuild(dir) : orBuild();
}
