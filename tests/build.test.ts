import {existsSync, readFileSync, readdirSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, inject, it} from "vitest";
import {GERMAN_PAGES, PAGES, ROOT} from "./support/site.js";
import {builtBy, checkoutCopy, startBuild} from "./support/builds.js";
import {shippedTable} from "./support/browserSite.js";
import {createHash} from "node:crypto";
import type {Ui} from "../src/lib/i18n/index.js";
import {de} from "../src/lib/i18n/ui.de.js";
import {en} from "../src/lib/i18n/ui.en.js";
import {filePath, pathLanguage} from "../src/lib/pageLanguage.js";

/** Every string message of a message table (messages that are functions are left out). */
function messages(table: unknown): string[] {
  if (typeof table === "string") return [table];
  return table && typeof table === "object" ? Object.values(table).flatMap(messages) : [];
}

/**
 * Messages found in one table only, as a minified bundle keeps them (plain ASCII, no quotes or escapes) and long
 * enough not to occur in other code.
 */
function ownMessages(table: Ui, other: Ui): string[] {
  const others = messages(other);
  return messages(table).filter((m) => /^[A-Za-z0-9 ,.;:()-]{30,}$/.test(m) && !others.some((o) => o.includes(m)));
}

/** Every file of the built site, relative to its root. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path).map((f) => join(name, f)) : [name];
  });
}

describe("npm run build", () => {
  const dir = inject("siteDir");
  const all = files(dir);
  const text = (f: string) => readFileSync(join(dir, f), "utf-8");
  const code = all.filter((f) => /\.(html|js|css)$/.test(f));

  it("writes every page, in English at the root and in German under de/", () => {
    for (const page of [...PAGES, ...GERMAN_PAGES]) expect(all, page).toContain(`${page}.html`);
    expect(GERMAN_PAGES.length).toBe(PAGES.length);
  });

  it("gives German pages German words for Framework's controls and a search script that keeps German results", () => {
    const page = text("de/tariffs.html");
    expect(page).toContain('<input type="search" placeholder="Suchen" aria-label="Suchen">');
    expect(page).not.toContain('title="Toggle sidebar"');
    const script = /_observablehq\/(search\.[0-9a-f]{8}\.de\.js)/.exec(page)?.[1];
    expect(script, "the German search script").toBeDefined();
    expect(text(`_observablehq/${script}`)).toContain("keine Treffer");
    expect(text("tariffs.html")).toContain(`_observablehq/${script!.replace(".de.js", ".js")}`);
  });

  it("keeps every committed data release under vintages/DATE/ as CSV and JSON, and lists it for the methods page", () => {
    const committed = readdirSync(join(ROOT, "data/vintages"))
      .filter((f) => f.endsWith(".zip"))
      .map((f) => f.replace(".zip", ""))
      .sort();
    expect(committed.length).toBeGreaterThan(0);
    expect(shippedTable<{date: string; path: string}>("vintages").map((v) => v.date)).toEqual(committed);
    for (const date of committed) {
      for (const table of ["measures", "measure_status", "tariff_actions", "timeline", "changelog"]) {
        expect(all, `${date} ${table}`).toContain(join("vintages", date, `${table}.csv`));
        const rows = JSON.parse(text(join("vintages", date, `${table}.json`)));
        expect(rows.length, `${date} ${table}`).toBeGreaterThan(0);
      }
      expect(text(join("vintages", date, "index.html"))).toContain('href="./measures.csv"');
    }
  });

  it("bundles every library from node_modules: no npm: import and no _npm folder", () => {
    expect(all.filter((f) => f.startsWith("_npm/"))).toEqual([]);
    // Framework's own runtime (_observablehq/) keeps lazy /_npm/ imports for its implicit libraries, which load only if
    // a page uses Plot, d3, Inputs… without importing them; our pages and modules must never refer to them.
    const offenders = code.filter((f) => !f.startsWith("_observablehq/") && /["'`]npm:|\/_npm\//.test(text(f)));
    expect(offenders).toEqual([]);
  });

  it("gives every page, embed pages too, a bundle with messages of its own language and none of the other's", () => {
    const own = {en: ownMessages(en, de), de: ownMessages(de, en)};
    expect(own.en.length).toBeGreaterThan(20);
    expect(own.de.length).toBeGreaterThan(20);
    const pages = all.filter((f) => f.endsWith(".html") && /_import\/site\.[0-9a-f]{8}\.js/.test(text(f)));
    expect(pages).toEqual(expect.arrayContaining(["tariffs.html", "de/tariffs.html", "de/embed/trade-flows.html"]));
    for (const page of pages) {
      const lang = pathLanguage(filePath(page));
      const bundle = text(`_import/${/_import\/(site\.[0-9a-f]{8}\.js)/.exec(text(page))![1]}`);
      // Of its own table, a bundle keeps the groups its page reads (src/node/bundleSite.ts keepGroups).
      expect(
        own[lang].some((m) => bundle.includes(m)),
        `${page}: its language's messages`
      ).toBe(true);
      expect(
        own[lang === "en" ? "de" : "en"].filter((m) => bundle.includes(m)),
        `${page}: the other's`
      ).toEqual([]);
    }
  });

  it("leaves Plot's colour-ramp legend out of the bundles of pages without a chart that draws one (RAMP_LEGEND_CHARTS)", () => {
    const bundleOf = (page: string) => text(`_import/${/_import\/(site\.[0-9a-f]{8}\.js)/.exec(text(page))![1]}`);
    // The ramp's own class suffix (Plot's legends/ramp.js) is in a bundle exactly when the ramp legend is.
    const hasRamp = (page: string) => bundleOf(page).includes("-ramp`");
    expect(["tariffs.html", "de/tariffs.html", "embed/tariff-rates.html"].filter(hasRamp)).toEqual([
      "tariffs.html",
      "de/tariffs.html",
      "embed/tariff-rates.html"
    ]);
    expect(["index.html", "controls.html", "de/controls.html", "trade.html", "methods.html"].filter(hasRamp)).toEqual(
      []
    );
    expect(bundleOf("controls.html")).toContain("Plot's colour-ramp legend is left out of the site bundle");
  });

  it("loads nothing from another origin: no remote script, stylesheet, import, font or CSS url()", () => {
    const remote =
      /(<script[^>]+src=|<link[^>]+href=|\bimport\s*\(?\s*|@import\s+(url\()?|url\()\s*["']?(https?:)?\/\//i;
    const offenders = code.filter((f) => remote.test(text(f))).map((f) => `${f}: ${remote.exec(text(f))?.[0]}`);
    expect(offenders).toEqual([]);
  });

  it("lets readers zoom every page: one viewport meta, without maximum-scale or user-scalable", () => {
    for (const page of all.filter((f) => f.endsWith(".html"))) {
      const metas = text(page).match(/<meta name="viewport"[^>]*>/g) ?? [];
      expect(metas, page).toHaveLength(1);
      expect(metas[0], page).toContain("width=device-width");
      expect(metas[0], page).not.toMatch(/maximum-scale|user-scalable/);
    }
  });

  it("bakes no build-time error into a page", () => {
    // Framework writes a failed cell as code that throws when the page runs: catch the common ones at build time.
    const pages = all.filter((f) => f.endsWith(".html"));
    const broken = pages.filter((f) => /observablehq--error|SyntaxError|is not defined/.test(text(f)));
    expect(broken).toEqual([]);
  });

  // The second build ran beside the first one (globalSetup.ts), from a copy of the checkout's inputs in another folder:
  // the site depends on neither the time nor the checkout's path.
  it("is reproducible: a second build of the same inputs writes the same files, byte for byte", async () => {
    const second = await builtBy(inject("secondBuildDir"), () => startBuild({}, {checkout: checkoutCopy()}).done);
    expect(second.status, second.output).toBe(0);
    const digest = (root: string) =>
      Object.fromEntries(
        files(root)
          .sort()
          .map((f) => [
            f,
            createHash("sha256")
              .update(readFileSync(join(root, f)))
              .digest("hex")
          ])
      );
    expect(digest(second.dir)).toEqual(digest(dir));
  }, 600_000);

  it("stamps no build date", () => {
    // A source link's tooltip (its title attribute) may name a date in the source's own title: that is data, not a stamp.
    const stamped = all.filter(
      (f) =>
        f.endsWith(".html") &&
        /Built with Observable on|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, 20\d\d/.test(
          text(f).replace(/ title="[^"]*"/g, "")
        )
    );
    expect(stamped).toEqual([]);
  });

  it("ships every data file a page reads as JSON, not CSV that would need a CDN parser", () => {
    const data = all.filter((f) => f.startsWith("_file/data/"));
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((f) => f.endsWith(".json"))).toBe(true);
    expect(existsSync(join(dir, relative(dir, join(dir, "index.html"))))).toBe(true);
  });
});
