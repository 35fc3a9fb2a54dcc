import {mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {reloadOnChange} from "../../src/node/reloadOnChange.js";

describe("reloadOnChange({folders, loader})", () => {
  const dir = mkdtempSync(join(tmpdir(), "high-fences-reload-"));
  const loader = join(dir, "tables.zip.ts");
  const lib = join(dir, "lib", "derive");
  let stop = () => {};
  afterEach(() => stop());

  it("touches the loader once at the start and again after a change in a nested folder", async () => {
    mkdirSync(lib, {recursive: true});
    writeFileSync(loader, "");
    const past = new Date(Date.now() - 60_000);
    utimesSync(loader, past, past);
    const changes: string[][] = [];
    stop = reloadOnChange({folders: [join(dir, "lib")], loader, delay: 20, onReload: (c) => changes.push(c)});
    const started = statSync(loader).mtimeMs;
    expect(started).toBeGreaterThan(past.getTime() + 1000);
    utimesSync(loader, past, past);
    writeFileSync(join(lib, "status.ts"), "export {};\n");
    for (let i = 0; i < 40 && changes.length < 1; i++) await new Promise((r) => setTimeout(r, 50));
    expect(statSync(loader).mtimeMs).toBeGreaterThan(past.getTime() + 1000);
    expect(changes.at(-1)?.some((name) => name.endsWith("status.ts"))).toBe(true);
    rmSync(dir, {recursive: true, force: true});
  });
});
