// npm run dev: keep the pages' bundle (src/site.js) up to date and run Framework's preview at http://127.0.0.1:3000
// (another port with HIGH_FENCES_PORT, another data folder with HIGH_FENCES_DATA). A change under the data folder or
// src/lib re-runs the data loader, one to a page template or text module the page loaders, and the open page reloads
// (see src/node/reloadOnChange.ts).
import {spawn} from "node:child_process";
import {resolve} from "node:path";
import {watchSite} from "../node/bundleSite.js";
import {DATA_DIR} from "../node/dataFolder.js";
import {reloadOnChange} from "../node/reloadOnChange.js";

const ROOT = resolve(import.meta.dirname, "../..");
const stopBundle = await watchSite();
// The page loaders render src/templates/PAGE.md.tpl with the text modules under src/lib/i18n/pages and the page's
// facts, which they derive from the data folder here (the build hands them a file instead): a change to any of these
// re-renders the open page (a change under the data folder or src/lib re-runs them too).
const pageLoaders = [
  "src/[page].md.ts",
  "src/de/[page].md.ts",
  "src/embed/[chart].md.ts",
  "src/de/embed/[chart].md.ts"
].map((file) => resolve(ROOT, file));
const stopReload = reloadOnChange({
  folders: [resolve(process.env.HIGH_FENCES_DATA || DATA_DIR), resolve(ROOT, "src/lib")],
  loader: [resolve(ROOT, "src/data/tables.zip.ts"), ...pageLoaders],
  onReload: (changed) => process.stdout.write(`changed: ${changed.join(", ")}; re-running the data and page loaders\n`)
});
const stopTemplates = reloadOnChange({
  folders: [resolve(ROOT, "src/templates")],
  loader: pageLoaders,
  onReload: (changed) => process.stdout.write(`changed: ${changed.join(", ")}; re-rendering the pages\n`)
});
const port = process.env.HIGH_FENCES_PORT ?? "3000";
const preview = spawn(
  "npx",
  [
    "observable",
    "preview",
    "--host",
    "127.0.0.1",
    "--port",
    port,
    ...(process.env.HIGH_FENCES_NO_OPEN ? ["--no-open"] : [])
  ],
  {
    cwd: ROOT,
    stdio: "inherit",
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
  }
);
const quit = async (code: number) => {
  stopReload();
  stopTemplates();
  await stopBundle();
  process.exit(code);
};
preview.on("exit", (code) => void quit(code ?? 0));
process.on("SIGINT", () => preview.kill("SIGINT"));
process.on("SIGTERM", () => preview.kill("SIGTERM"));
