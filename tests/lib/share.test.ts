import {describe, expect, it} from "vitest";
import {JSDOM} from "jsdom";
import {PAGES} from "../support/site.js";
import {
  PAGE_DESCRIPTIONS,
  SHARE_CHARTS,
  pageDescription,
  pageName,
  resolveThemeColors,
  rootPrefix,
  shareCardSvg,
  shareImagePath,
  shareTags
} from "../../src/lib/share.js";
import {chartSpec} from "../../src/lib/charts.js";

const tags = (html: string) =>
  Object.fromEntries(
    [...new JSDOM(`<head>${html}</head>`).window.document.querySelectorAll("meta")].map((m) => [
      m.getAttribute("property") ?? m.getAttribute("name"),
      m.getAttribute("content")
    ])
  );

describe("shareTags({title, path, siteUrl})", () => {
  it("gives every page of the navigation a description", () => {
    for (const page of PAGES) expect(PAGE_DESCRIPTIONS[page], page).toMatch(/\w.{40,}/);
  });

  it("writes relative image links when no site URL is known, and no og:url", () => {
    const t = tags(shareTags({title: "Tariffs", path: "/tariffs"}));
    expect(t["og:title"]).toBe("Tariffs – High Fences");
    expect(t["og:image"]).toBe("./_share/tariffs.png");
    expect(t["twitter:image"]).toBe("./_share/tariffs.png");
    expect(t["twitter:card"]).toBe("summary_large_image");
    expect(t["description"]).toBe(PAGE_DESCRIPTIONS.tariffs);
    expect(t["og:url"]).toBeUndefined();
  });

  it("writes absolute og:image and og:url under the configured site URL", () => {
    const t = tags(shareTags({title: "Overview", path: "/index", siteUrl: "https://example.org/high-fences"}));
    expect(t["og:image"]).toBe("https://example.org/high-fences/_share/index.png");
    expect(t["og:url"]).toBe("https://example.org/high-fences/");
    const trade = tags(shareTags({title: "Trade", path: "/trade", siteUrl: "https://example.org/high-fences/"}));
    expect(trade["og:url"]).toBe("https://example.org/high-fences/trade.html");
  });

  it("gives a German page (under de/) its German description, share image and address", () => {
    for (const page of PAGES) expect(pageDescription(page, "de"), page).toMatch(/\w.{40,}/);
    const t = tags(shareTags({title: "Zölle", path: "/de/tariffs"}));
    expect(t["description"]).toBe(pageDescription("tariffs", "de"));
    expect(t["description"]).not.toBe(PAGE_DESCRIPTIONS.tariffs);
    expect(t["og:image"]).toBe("../_share/de/tariffs.png");
    expect(t["og:title"]).toBe("Zölle – High Fences");
    const home = tags(shareTags({title: "Übersicht", path: "/de/index", siteUrl: "https://example.org/hf/"}));
    expect(home["og:url"]).toBe("https://example.org/hf/de/");
    expect(home["og:image"]).toBe("https://example.org/hf/_share/de/index.png");
    expect(shareTags({title: "Grafik", path: "/de/embed/trade-share"})).toBe("");
  });

  it("writes nothing for pages without a description (the embed pages)", () => {
    expect(shareTags({title: "Chart", path: "/embed/trade-share"})).toBe("");
  });

  it("rootPrefix and pageName find the way back to the site root from any page", () => {
    expect(rootPrefix("/tariffs")).toBe("./");
    expect(rootPrefix("/embed/trade-share")).toBe("../");
    expect(pageName("/")).toBe("index");
    expect(pageName("/methods.html")).toBe("methods");
    expect(shareImagePath("trade")).toBe("_share/trade.png");
  });
});

describe("shareCardSvg", () => {
  it("is a 1200x630 SVG with the site's name, the title, the description and the key figure as text", () => {
    const svg = shareCardSvg({
      title: "Tariffs & trade",
      description: "A description",
      figure: {value: "24%", label: "estimated"},
      asOf: "30 Jun 2026"
    });
    const doc = new JSDOM(svg, {contentType: "image/svg+xml"}).window.document;
    expect(doc.documentElement.getAttribute("width")).toBe("1200");
    expect(doc.documentElement.getAttribute("height")).toBe("630");
    const text = [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" | ");
    for (const part of ["High Fences", "Tariffs & trade", "A description", "24%", "estimated", "30 Jun 2026"]) {
      expect(text).toContain(part);
    }
  });
});

describe("the share cards' key charts", () => {
  it("name a chart of the site for every page", () => {
    for (const page of PAGES) expect(chartSpec(SHARE_CHARTS[page]).id).toBe(SHARE_CHARTS[page]);
  });

  it("resolveThemeColors replaces CSS variables with the light theme's colours or their fallback", () => {
    expect(resolveThemeColors('fill="var(--theme-background)" stroke="var(--nope, #123456)" x="var(--nope)"')).toBe(
      'fill="#ffffff" stroke="#123456" x="currentColor"'
    );
  });

  it("shareCardSvg({chart}) scales the chart into the card, keeping its coordinates, with no CSS variable left", () => {
    const chart = {
      markup: '<svg width="1000" height="400" viewBox="0 0 1000 400"><rect fill="var(--theme-foreground)"/></svg>',
      width: 1000,
      height: 400
    };
    const svg = shareCardSvg({title: "Trade", description: "d", chart, asOf: "30 Jun 2026"});
    const doc = new JSDOM(svg, {contentType: "image/svg+xml"}).window.document;
    const nested = doc.querySelector("svg > svg")!;
    expect(nested.getAttribute("viewBox")).toBe("0 0 1000 400");
    expect(Number(nested.getAttribute("y")) + Number(nested.getAttribute("height"))).toBeLessThanOrEqual(630);
    expect(svg).not.toContain("var(");
  });
});
