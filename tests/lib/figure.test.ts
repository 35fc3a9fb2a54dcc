import {describe, expect, it} from "vitest";
import {JSDOM} from "jsdom";
import {composeFigure, SYSTEM_FONTS} from "../../src/lib/figure.js";

const chart = {
  markup:
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" x="5" viewBox="0 0 400 200"><rect width="10" height="10"/></svg>',
  width: 400,
  height: 200
};
const text = {
  title: "US goods trade balance with China per year",
  units: "USD bn; below zero is a US deficit",
  source: "Source: US Census Bureau & USTR <releases>",
  asOf: "1 December 2026",
  url: "https://example.org/trade.html"
};

describe("composeFigure(chart, text)", () => {
  const figure = composeFigure(chart, text);
  const doc = new JSDOM(figure.svg, {contentType: "image/svg+xml"}).window.document;
  const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" ");

  it("is well-formed SVG that draws the title, units, source line, as-of date and the site's name as text", () => {
    expect(doc.querySelector("parsererror")).toBeNull();
    for (const part of [
      text.title,
      text.units,
      "Source: US Census Bureau & USTR <releases>",
      "data as of 1 December 2026",
      "High Fences"
    ]) {
      expect(texts).toContain(part);
    }
  });

  it("places the chart below the title at its own size, in a wider frame, in system fonts", () => {
    const nested = doc.querySelector("svg > svg")!;
    expect(nested.getAttribute("x")).toBe("16");
    expect(Number(nested.getAttribute("y"))).toBeGreaterThan(20);
    expect(nested.getAttribute("width")).toBe("400");
    expect(figure.width).toBe(432);
    expect(figure.height).toBeGreaterThan(200 + Number(nested.getAttribute("y")));
    expect(doc.documentElement.getAttribute("font-family")).toBe(SYSTEM_FONTS);
  });

  it("wraps a long source line within the image's width", () => {
    const long = composeFigure(chart, {...text, source: "word ".repeat(80)});
    const lines = new JSDOM(long.svg, {contentType: "image/svg+xml"}).window.document.querySelectorAll("text");
    expect(lines.length).toBeGreaterThan(4);
    expect(long.height).toBeGreaterThan(figure.height);
  });
});
