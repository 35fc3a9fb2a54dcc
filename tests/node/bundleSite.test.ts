import {build} from "esbuild";
import {resolve} from "node:path";
import {describe, expect, it} from "vitest";
import type {Lang, Ui} from "../../src/lib/i18n/index.js";
import {de} from "../../src/lib/i18n/ui.de.js";
import {en} from "../../src/lib/i18n/ui.en.js";
import {LANES} from "../../src/lib/lanes.js";
import {SITE_BUNDLE, keepGroups, messageGroupsNamed, onlyMessagesOf} from "../../src/node/bundleSite.js";
import {readFileSync} from "node:fs";

const ROOT = resolve(import.meta.dirname, "../..");

/** `ui` as the bundle of a page in `lang` has it: src/lib/i18n bundled with onlyMessagesOf(lang), then imported. */
async function bundledUi(
  lang: Lang,
  groups?: ReadonlySet<string>,
  entries?: Record<string, ReadonlySet<string>>
): Promise<(l: Lang) => Ui> {
  const result = await build({
    ...SITE_BUNDLE,
    entryPoints: undefined,
    outfile: undefined,
    stdin: {
      contents: `export {ui} from ${JSON.stringify(resolve(ROOT, "src/lib/i18n/index.ts"))};`,
      resolveDir: resolve(ROOT, "src"),
      loader: "ts"
    },
    plugins: [...SITE_BUNDLE.plugins!, onlyMessagesOf(lang, groups, entries)],
    write: false
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString("base64");
  return (await import(`data:text/javascript;base64,${code}`)).ui;
}

describe("onlyMessagesOf(lang)", () => {
  it("onlyMessagesOf(lang) keeps the page language's messages as they are", async () => {
    expect((await bundledUi("de"))("de").lanes).toEqual(de.lanes);
    expect((await bundledUi("en"))("en").label("section-232")).toBe(en.label("section-232"));
  });

  it("onlyMessagesOf(lang) leaves the other language's table out: reading a message throws, naming it and the file", async () => {
    const german = (await bundledUi("de"))("en");
    expect(() => String(german.lanes.context)).toThrow(
      /src\/lib\/i18n\/ui\.en\.ts is left out of the bundle of the pages in de .*: en\.lanes\.context was read/
    );
    expect(() => `${german.charts["trade-flows"].title}`).toThrow(/en\.charts\.trade-flows\.title was read/);
    const english = (await bundledUi("en"))("de");
    expect(() => english.label("section-232")).toThrow(/ui\.de\.ts is left out .*: de\.label\(\) was read/);
    expect(() => Object.keys(english.labels)).toThrow(/de\.labels was read/);
    expect(() => ({...english.lanes})).toThrow(/de\.lanes was read/);
    expect(() => JSON.stringify(english.verdicts)).toThrow(/de\.verdicts/);
  });

  it("onlyMessagesOf(lang) lets a module name the other language's groups at load without reading them", async () => {
    const english = (await bundledUi("de"))("en");
    // As src/lib/lanes.ts and src/components/theme.ts do at load: LANE_LABELS = ui("en").lanes, then its values.
    expect(() => LANES.map((l) => english.lanes[l])).not.toThrow();
  });
});

describe("onlyMessagesOf(lang, groups), keepGroups and messageGroupsNamed", () => {
  it("onlyMessagesOf(lang, groups) keeps those groups of the page's own table and stands in for the others", async () => {
    const t = (await bundledUi("de", new Set(["lanes", "label"])))("de");
    expect(t.lanes).toEqual(de.lanes);
    expect(t.label("section-232")).toBe(de.label("section-232"));
    expect(() => String(t.chips.noTpp)).toThrow(
      /ui\.de\.ts is left out of the bundle of this page \(nothing in it names the group\).*: de\.chips\.noTpp was read/
    );
  });

  it("keepGroups(source, lang, names, keep) refuses a table laid out other than it expects", () => {
    const source = readFileSync(resolve(ROOT, "src/lib/i18n/ui.en.ts"), "utf-8");
    expect(() => keepGroups(source, "en", en, new Set())).not.toThrow();
    expect(() => keepGroups(source, "en", {...en, extra: {}}, new Set())).toThrow(/not laid out/);
    expect(() => keepGroups(source.replace("\n  lanes: {", " lanes: {"), "en", en, new Set())).toThrow(/not laid out/);
  });

  it("keepGroups(source, lang, table, keep, entries) keeps only the named entries of a group", async () => {
    const t = (await bundledUi("de", new Set(["charts"]), {charts: new Set(["trade-flows"])}))("de");
    expect(t.charts["trade-flows"]).toEqual(de.charts["trade-flows"]);
    expect(() => String(t.charts["trade-share"].title)).toThrow(/de\.charts\.trade-share\.title was read/);
    const source = readFileSync(resolve(ROOT, "src/lib/i18n/ui.de.ts"), "utf-8");
    const charts = {...de.charts, extra: {}};
    expect(() => keepGroups(source, "de", {...de, charts}, new Set(["charts"]), {charts: new Set()})).toThrow(
      /not laid out/
    );
  });

  it("messageGroupsNamed(names, ...code) keeps the groups read by member access anywhere in the code", () => {
    const code = ["const t=ui(lang);t.chips.noTpp;", "<script>x.lanes[l]</script>", "{share:1, chipsy:2}"];
    expect(messageGroupsNamed(["chips", "lanes", "share", "labels"], ...code)).toEqual(new Set(["chips", "lanes"]));
  });
});
