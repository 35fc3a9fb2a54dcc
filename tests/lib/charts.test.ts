import {describe, expect, it} from "vitest";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {
  CHARTS,
  chartHash,
  chartSpec,
  embedOptions,
  embedPath,
  embedSnippet,
  embedUrl,
  heightMessage,
  imageFilename,
  isHeightMessage,
  pagePath
} from "../../src/lib/charts.js";
import {ROOT} from "../support/site.js";

describe("CHARTS", () => {
  it("gives every chart a unique kebab-case id on a page that exists", () => {
    const ids = CHARTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A page is a Markdown file, or a template that page loaders render in every language (src/templates).
    const pages = [
      ...readdirSync(join(ROOT, "src")).filter((f) => f.endsWith(".md")),
      ...readdirSync(join(ROOT, "src/templates")).map((f) => f.replace(/\.tpl$/, ""))
    ];
    for (const c of CHARTS) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(pages).toContain(`${c.page}.md`);
      expect(c.title && c.units && c.source).toBeTruthy();
    }
  });

  it("chartSpec(id, lang) gives the same chart with its texts in that language", () => {
    for (const c of CHARTS) {
      const de = chartSpec(c.id, "de");
      expect({id: de.id, page: de.page, hashKeys: de.hashKeys}).toEqual({id: c.id, page: c.page, hashKeys: c.hashKeys});
      expect(de.title).not.toBe(c.title);
      expect(de.units).not.toBe(c.units);
      expect(de.source).not.toBe(c.source);
    }
    expect(chartSpec("trade-balance", "de").units).toContain("Mrd. $");
  });

  it("chartSpec(id) throws on an unknown id, naming the known ones", () => {
    expect(chartSpec("trade-share").page).toBe("trade");
    expect(() => chartSpec("trade-shares")).toThrow(/unknown chart id "trade-shares".*trade-share/);
  });
});

describe("embed addresses", () => {
  it("embedPath(id) and pagePath(id) are relative to the site root", () => {
    expect(embedPath("trade-flows")).toBe("embed/trade-flows.html");
    expect(pagePath("trade-flows")).toBe("trade.html");
    expect(pagePath("overview-timeline")).toBe("./");
  });

  it("embedUrl(pageUrl, id) resolves beside the page, under a sub-path too, with options and the hash", () => {
    expect(embedUrl("https://example.org/high-fences/tariffs.html#dir=cn-on-us", "tariff-rates")).toBe(
      "https://example.org/high-fences/embed/tariff-rates.html"
    );
    expect(
      embedUrl("https://example.org/high-fences/", "tariff-rates", {
        theme: "dark",
        transparent: true,
        hash: "#dir=cn-on-us"
      })
    ).toBe("https://example.org/high-fences/embed/tariff-rates.html?theme=dark&transparent#dir=cn-on-us");
  });

  it("embedOptions(search) reads ?theme and ?transparent and ignores other values", () => {
    expect(embedOptions("?theme=dark&transparent")).toEqual({theme: "dark", transparent: true});
    expect(embedOptions("?theme=light")).toEqual({theme: "light", transparent: false});
    expect(embedOptions("?theme=purple&transparent=false")).toEqual({theme: undefined, transparent: false});
  });

  it("chartHash(id, hash) keeps only the keys that change that chart", () => {
    expect(chartHash("tariff-rates", "#dir=cn-on-us&q=steel&auth=section-301")).toBe("#dir=cn-on-us");
    expect(chartHash("trade-balance", "#marks=cn")).toBe("");
    expect(chartHash("trade-flows", "")).toBe("");
  });
});

describe("height messages", () => {
  it("heightMessage(id, height) rounds up and isHeightMessage recognises only well-formed messages", () => {
    const message = heightMessage("trade-share", 401.2);
    expect(message).toEqual({type: "high-fences:height", id: "trade-share", height: 402});
    expect(isHeightMessage(message)).toBe(true);
    expect(isHeightMessage({type: "high-fences:height", id: "x", height: Number.NaN})).toBe(false);
    expect(isHeightMessage({type: "other", id: "x", height: 3})).toBe(false);
    expect(isHeightMessage(null)).toBe(false);
  });
});

describe("embedSnippet(src, id)", () => {
  const src = "https://example.org/high-fences/embed/trade-flows.html?theme=dark#marks=cn";
  const snippet = embedSnippet(src, "trade-flows", {height: 500.5});

  it("is an iframe of the embed page with its title, the id and a starting height", () => {
    expect(snippet).toContain(`<iframe src="${src}"`);
    expect(snippet).toContain(`title="${chartSpec("trade-flows").title}"`);
    expect(snippet).toContain('data-high-fences-id="trade-flows"');
    expect(snippet).toContain('height="501"');
  });

  it("documents the height message in a comment and resizes only the frame that sent it", () => {
    expect(snippet).toMatch(/<!--.*type: "high-fences:height", id: "trade-flows", height.*-->/);
    expect(snippet).toContain("f.contentWindow===e.source");
  });

  it("writes its comment in the page's language, with the chart's title in it", () => {
    const german = embedSnippet(src, "trade-flows", {lang: "de"});
    expect(german).toContain(`„${chartSpec("trade-flows", "de").title}“`);
    expect(german).toMatch(/<!--.*Der Frame sendet.*type: "high-fences:height", id: "trade-flows", height.*-->/);
  });

  it("escapes the address and title it writes into attributes", () => {
    const odd = embedSnippet('https://x.test/"><script>', "trade-share", {title: 'A "quoted" <b>title</b>'});
    expect(odd).toContain('src="https://x.test/&quot;&gt;&lt;script&gt;"');
    expect(odd).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;"');
  });
});

describe("imageFilename(id, format)", () => {
  it("names the file after the site and the chart", () => {
    expect(imageFilename("trade-share", "png")).toBe("high-fences-trade-share.png");
    expect(imageFilename("trade-share", "svg")).toBe("high-fences-trade-share.svg");
    expect(imageFilename("claim-evidence", "svg", "p3/tariffs ")).toBe("high-fences-claim-evidence-p3-tariffs.svg");
  });
});
