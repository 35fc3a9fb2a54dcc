import {spawn} from "node:child_process";
import {describe, expect, it} from "vitest";
import {join} from "node:path";
import {ROOT} from "../support/site.js";

// The README's first command ends in `npm run dev`: the preview must serve the dashboard, with the pages' bundle.
describe("npm run dev", () => {
  it("bundles the pages' code and serves the overview on 127.0.0.1", async () => {
    const port = "3917";
    const dev = spawn(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/dev.ts"], {
      cwd: ROOT,
      detached: true,
      env: {...process.env, HIGH_FENCES_PORT: port, HIGH_FENCES_NO_OPEN: "1", OBSERVABLE_TELEMETRY_DISABLE: "true"}
    });
    try {
      let page = "";
      for (let i = 0; i < 60 && !page.includes("<title>Overview | High Fences</title>"); i++) {
        await new Promise((r) => setTimeout(r, 500));
        page = await fetch(`http://127.0.0.1:${port}/`).then(
          (r) => r.text(),
          () => ""
        );
      }
      expect(page).toContain("<title>Overview | High Fences</title>");
      const bundle = await fetch(`http://127.0.0.1:${port}/_import/site.js`);
      expect(bundle.status).toBe(200);
      expect((await bundle.text()).length).toBeGreaterThan(100_000);
    } finally {
      process.kill(-dev.pid!, "SIGTERM");
    }
  }, 60_000);
});
