import {build} from "esbuild";
import {resolve} from "node:path";
import {describe, expect, it} from "vitest";
import type {Lang, Ui} from "../../src/lib/i18n/index.js";
import {de} from "../../src/lib/i18n/ui.de.js";
import {en} from "../../src/lib/i18n/ui.en.js";
import {LANES} from "../../src/lib/lanes.js";
import {SITE_BUNDLE, onlyMessagesOf} from "../../src/node/bundleSite.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** `ui` as the bundle of a page in `lang` has it: src/lib/i18n bundled with onlyMessagesOf(lang), then imported. */
async function bundledUi(lang: Lang): Promise<(l: Lang) => Ui> {
  const result = await build({
    ...SITE_BUNDLE,
    entryPoints: undefined,
    outfile: undefined,
    stdin: {
      contents: `export {ui} from ${JSON.stringify(resolve(ROOT, "src/lib/i18n/index.ts"))};`,
      resolveDir: resolve(ROOT, "src"),
      loader: "ts"
    },
    plugins: [...SITE_BUNDLE.plugins!, onlyMessagesOf(lang)],
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
