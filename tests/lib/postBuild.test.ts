import {describe, expect, it} from "vitest";
import {fixFrameworkHtml} from "../../src/lib/postBuild.js";

const FRAMEWORK = `<!DOCTYPE html>
<html>
<head></head>
<body><input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<label id="observablehq-sidebar-backdrop" for="observablehq-sidebar-toggle"></label>
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="./">High Fences</a></li>
  </ol>
</nav></body></html>`;

describe("fixFrameworkHtml(html)", () => {
  const fixed = fixFrameworkHtml(FRAMEWORK);
  it("sets the page language", () => expect(fixed).toContain('<html lang="en">'));
  it("moves the sidebar's close label out of the list", () => {
    expect(fixed).toMatch(/<nav id="observablehq-sidebar">\s*<label id="observablehq-sidebar-close"[^>]*><\/label>\s*<ol>\s*<li/);
  });
  it("names the sidebar toggle for assistive technology", () => expect(fixed).toContain('aria-label="Toggle sidebar"'));
  it("leaves other markup alone", () => expect(fixFrameworkHtml("<p>x</p>")).toBe("<p>x</p>"));
});
