import {describe, expect, it} from "vitest";
import {CHARTS, chartSpec} from "../../src/lib/charts.js";
import {embed} from "../../src/lib/i18n/pages/embed.js";
import {chartArg, embedBuiltins, renderEmbed} from "../../src/node/embedPage.js";

describe("renderEmbed(chart, lang)", () => {
  it("renders every chart's embed page in both languages with no placeholder left", () => {
    for (const {id} of CHARTS)
      for (const lang of ["en", "de"] as const) {
        const page = renderEmbed(id, lang);
        expect(page, `${lang} ${id}`).not.toMatch(/\{\{/);
        expect(page).toContain(`title: ${embed[lang].title}`);
        expect(page).toContain(`const lang = "${lang}";`);
      }
  });

  it("reads the chart's page data file in the page's language, one folder further up than the pages", () => {
    const german = renderEmbed("tariff-rates", "de");
    expect(german).toContain('from "../../site.js"');
    expect(german).toContain('FileAttachment("../../data/tables/pages/de/tariffs.json")');
    expect(german).toContain('"tariffs" in files');
    const english = renderEmbed("tariff-rates", "en");
    expect(english).toContain('from "../site.js"');
    expect(english).toContain('FileAttachment("../data/tables/pages/tariffs.json")');
    expect(english).not.toContain("pages/de/");
  });

  it("names the chart's own page, which for the sources chart has no page data file (it reads the sources table)", () => {
    expect(chartSpec("sources-by-year").page).toBe("methods");
    expect(renderEmbed("sources-by-year", "en")).toContain('"methods" in files');
    expect(renderEmbed("sources-by-year", "en")).toContain('sources: FileAttachment("../data/tables/sources.json")');
  });

  it("fails on an unknown chart id", () => {
    expect(() => renderEmbed("no-such-chart", "de")).toThrow(/unknown chart id "no-such-chart"/);
  });
});

describe("embedBuiltins(lang) and chartArg(argv)", () => {
  it("put the English embed pages one folder below the root and the German ones two", () => {
    expect(embedBuiltins("en")).toEqual({lang: "en", root: "../", data: "../data/tables/pages/"});
    expect(embedBuiltins("de")).toEqual({lang: "de", root: "../../", data: "../../data/tables/pages/de/"});
  });

  it("reads the chart id Framework passes to the page loader, and fails without one", () => {
    expect(chartArg(["--chart=trade-flows"])).toBe("trade-flows");
    expect(() => chartArg([])).toThrow(/no --chart=ID argument/);
  });
});
