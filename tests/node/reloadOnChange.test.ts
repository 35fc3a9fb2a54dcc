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

  it("touches every loader given, so a template change re-renders the pages of both page loaders", async () => {
    const root = mkdtempSync(join(tmpdir(), "high-fences-reload-"));
    const templates = join(root, "templates");
    mkdirSync(templates);
    const loaders = [join(root, "[page].md.ts"), join(root, "de-[page].md.ts")];
    const past = new Date(Date.now() - 60_000);
    for (const l of loaders) {
      writeFileSync(l, "");
      utimesSync(l, past, past);
    }
    const changes: string[][] = [];
    stop = reloadOnChange({folders: [templates], loader: loaders, delay: 20, onReload: (c) => changes.push(c)});
    for (const l of loaders) utimesSync(l, past, past);
    writeFileSync(join(templates, "tariffs.md.tpl"), "# {{heading}}\n");
    for (let i = 0; i < 40 && changes.length < 1; i++) await new Promise((r) => setTimeout(r, 50));
    for (const l of loaders) expect(statSync(l).mtimeMs, l).toBeGreaterThan(past.getTime() + 1000);
    expect(changes.at(-1)).toContain("tariffs.md.tpl");
    rmSync(root, {recursive: true, force: true});
  });
});
