import {describe, expect, it} from "vitest";
import {JSDOM} from "jsdom";
import {PAGES} from "../support/site.js";
import {PAGE_DESCRIPTIONS, pageName, rootPrefix, shareCardSvg, shareImagePath, shareTags} from "../../src/lib/share.js";

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
