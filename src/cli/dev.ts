// npm run dev: keep the pages' bundle (src/site.js) up to date and run Framework's preview at http://127.0.0.1:3000
// (another port with HIGH_FENCES_PORT).
import {spawn} from "node:child_process";
import {resolve} from "node:path";
import {watchSite} from "../node/bundleSite.js";

const stop = await watchSite();
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
    cwd: resolve(import.meta.dirname, "../.."),
    stdio: "inherit",
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
  }
);
const quit = async (code: number) => {
  await stop();
  process.exit(code);
};
preview.on("exit", (code) => void quit(code ?? 0));
process.on("SIGINT", () => preview.kill("SIGINT"));
process.on("SIGTERM", () => preview.kill("SIGTERM"));
