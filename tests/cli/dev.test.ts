import {spawn} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {createServer, type AddressInfo} from "node:net";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchChromium} from "../support/chromium.js";
import {ROOT} from "../support/site.js";

/** A TCP port nothing listens on now (other test runs on this machine start previews of their own). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls until `check` returns true or the time is up. */
async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 250)))
    if (await check().catch(() => false)) return true;
  return false;
}

// The README's first command ends in `npm run dev`: the preview must serve the dashboard, with the pages' bundle, and
// show an edit of the data without a restart. It runs on a copy of data/ (never the real one) and on a free port.
describe("npm run dev", () => {
  const data = join(mkdtempSync(join(tmpdir(), "high-fences-dev-")), "data");
  let origin = "";
  let pid = 0;

  beforeAll(async () => {
    cpSync(join(ROOT, "data"), data, {recursive: true});
    const port = String(await freePort());
    origin = `http://127.0.0.1:${port}`;
    const dev = spawn(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/dev.ts"], {
      cwd: ROOT,
      detached: true,
      stdio: "ignore",
      env: {
        ...process.env,
        HIGH_FENCES_PORT: port,
        HIGH_FENCES_NO_OPEN: "1",
        HIGH_FENCES_DATA: data,
        OBSERVABLE_TELEMETRY_DISABLE: "true"
      }
    });
    pid = dev.pid!;
  });

  afterAll(() => {
    if (pid) process.kill(-pid, "SIGTERM");
    rmSync(join(data, ".."), {recursive: true, force: true});
  });

  it("bundles the pages' code and serves the overview on 127.0.0.1", async () => {
    const title = "<title>Overview | High Fences</title>";
    expect(await until(async () => (await fetch(`${origin}/`).then((r) => r.text())).includes(title), 40_000)).toBe(
      true
    );
    const bundle = await fetch(`${origin}/_import/site.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  }, 60_000);

  it("re-runs the data loader and updates the open page within seconds when a table of the data folder changes", async () => {
    // The commentary page shows the article's title from meta.csv; an editor's change of it must reach the open page.
    const metaFile = join(data, "meta.csv");
    const meta = readFileSync(metaFile, "utf-8");
    const title = /^commentary_title,(.+)$/m.exec(meta)![1];
    const edited = `${title} (edited in the preview test)`;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      // The preview renders the page on the first request (its page loader runs then): on a busy machine that alone can
      // take half a minute. The page's text is polled for below, so the load event is enough here.
      await page.goto(`${origin}/commentary`, {waitUntil: "load", timeout: 45_000});
      const body = () => page.evaluate(() => document.body.innerText);
      expect(await until(async () => (await body()).includes(title), 20_000)).toBe(true);
      expect(await body()).not.toContain(edited);
      writeFileSync(metaFile, meta.replace(`commentary_title,${title}`, `commentary_title,${edited}`));
      // No navigation by the test: the preview itself must reload (or update) the open page.
      expect(await until(async () => (await body()).includes(edited), 15_000)).toBe(true);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
