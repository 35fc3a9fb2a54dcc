import {describe, expect, it} from "vitest";
import {
  alternateLinks,
  basePath,
  languageSwitch,
  linkTarget,
  localPath,
  localeTags,
  localizeSearchScript,
  localizeSidebar,
  pathLanguage,
  relativeLink,
  searchScriptName,
  useSearchScript
} from "../../src/lib/pageLanguage.js";

describe("page paths by language", () => {
  it("tells a German page by its de/ folder", () => {
    expect(pathLanguage("/de/tariffs")).toBe("de");
    expect(pathLanguage("de/index.html")).toBe("de");
    expect(pathLanguage("/tariffs")).toBe("en");
    expect(pathLanguage("/design")).toBe("en");
  });

  it("maps a page to its counterpart in either language", () => {
    expect(basePath("/de/tariffs")).toBe("/tariffs");
    expect(basePath("/")).toBe("/index");
    expect(localPath("/tariffs", "de")).toBe("/de/tariffs");
    expect(localPath("/de/index", "en")).toBe("/index");
    expect(localPath("/de/embed/x", "de")).toBe("/de/embed/x");
  });

  it("writes relative links between pages", () => {
    expect(relativeLink("/de/tariffs", "/tariffs")).toBe("../tariffs.html");
    expect(relativeLink("/tariffs", "/de/tariffs")).toBe("./de/tariffs.html");
    expect(relativeLink("/de/tariffs", "/de/index")).toBe("./index.html");
    expect(relativeLink("/de/embed/x", "/de/index")).toBe("../index.html");
  });

  it("resolves a link on a built page to the site path it points to", () => {
    expect(linkTarget("de/tariffs.html", "../trade.html")).toBe("/trade.html");
    expect(linkTarget("de/tariffs.html", "./trade.html")).toBe("/de/trade.html");
    expect(linkTarget("index.html", "./de/")).toBe("/de/");
  });
});

describe("head tags", () => {
  it("gives every bilingual page hreflang alternates for both languages and x-default", () => {
    expect(alternateLinks("/de/tariffs").split("\n")).toEqual([
      '<link rel="alternate" hreflang="en" href="../tariffs.html">',
      '<link rel="alternate" hreflang="de" href="./tariffs.html">',
      '<link rel="alternate" hreflang="x-default" href="../tariffs.html">'
    ]);
  });

  it("gives og:locale, and the other locale only when the page has a counterpart", () => {
    expect(localeTags("/de/tariffs", true)).toBe(
      '<meta property="og:locale" content="de_DE">\n<meta property="og:locale:alternate" content="en_GB">'
    );
    expect(localeTags("/embed/x", false)).toBe('<meta property="og:locale" content="en_GB">');
  });
});

describe("languageSwitch(path, bilingual, words)", () => {
  const words = {label: "Sprache", title: "Diese Seite auf Englisch lesen"};

  it("links a German page to its English counterpart (from the site root), with hreflang and lang", () => {
    const nav = languageSwitch("/de/tariffs", true, words);
    expect(nav).toContain('aria-label="Sprache"');
    expect(nav).toContain('<a class="hf-lang-link" href="./tariffs.html" hreflang="en" lang="en"');
    expect(nav).toContain('<span class="hf-lang-current" lang="de" aria-current="page">Deutsch</span>');
  });

  it("is empty on a page that exists in one language", () => {
    expect(languageSwitch("/embed/x", false, words)).toBe("");
  });
});

describe("localizeSidebar(html, file, words, home)", () => {
  const sidebar = `<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar" aria-label="Toggle sidebar">
<nav id="observablehq-sidebar">
  <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
  <ol>
    <li class="observablehq-link"><a href="../">High Fences</a></li>
  </ol>
  <div id="observablehq-search"><input type="search" placeholder="Search"></div>
  <ol>
    <li class="observablehq-link"><a href="../">Overview</a></li>
    <li class="observablehq-link"><a href="../tariffs.html">Tariffs</a></li>
    <li class="observablehq-link"><a href="./index.html">Überblick</a></li>
    <li class="observablehq-link observablehq-link-active"><a href="./tariffs.html">Zölle</a></li>
  </ol>
</nav>`;
  const words = {search: "Suchen", toggleSidebar: "Seitenleiste ein- oder ausblenden"};

  it("keeps only the German pages on a German page and points the site name at the German home", () => {
    const out = localizeSidebar(sidebar, "de/tariffs.html", words, "./index.html");
    expect(out).toContain('<a href="./index.html">High Fences</a>');
    expect(out).toContain("Überblick");
    expect(out).toContain("Zölle");
    expect(out).not.toContain("Overview");
    expect(out).not.toContain(">Tariffs<");
    expect(out).toContain('placeholder="Suchen" aria-label="Suchen"');
    expect(out).toContain('title="Seitenleiste ein- oder ausblenden" aria-label="Seitenleiste ein- oder ausblenden"');
  });

  it("keeps only the English pages on an English page", () => {
    const english = sidebar.replaceAll('"../', '"./').replaceAll('"./index.html"', '"./de/index.html"');
    const out = localizeSidebar(
      english.replace('"./tariffs.html">Zölle', '"./de/tariffs.html">Zölle'),
      "tariffs.html",
      {search: "Search", toggleSidebar: "Toggle sidebar"}
    );
    expect(out).toContain(">Overview<");
    expect(out).toContain(">Tariffs<");
    expect(out).not.toContain("Überblick");
    expect(out).not.toContain("Zölle");
  });
});

describe("the search script per language", () => {
  // The lines of Framework 1.13's minified search script that the rewrite changes.
  const script =
    'const r=Re.search(H,{boost:{title:4,keywords:4},fuzzy:.15,prefix:!0});se.innerHTML=r.length===0?"<div>no results</div>":`<div>${r.length.toLocaleString("en-US")} result${r.length===1?"":"s"}</div><ol>${r.map(Se).join("")}</ol>`';
  const run = (source: string, ids: string[]) =>
    new Function("Re", "H", "se", "Se", `${source}; return se.innerHTML;`)(
      {search: () => ids.map((id) => ({id}))},
      "q",
      {innerHTML: ""},
      () => "<li></li>"
    ) as string;

  it("keeps only German results on German pages and counts them in German", () => {
    const de = localizeSearchScript(script, "de", {results: (n) => `${n} Treffer`, noResults: "keine Treffer"});
    expect(run(de, ["/de/tariffs.html", "/tariffs.html", "/de/trade.html"])).toMatch(/^<div>2 Treffer<\/div>/);
    expect(run(de, ["/tariffs.html"])).toBe("<div>keine Treffer</div>");
  });

  it("keeps only English results on English pages, worded as before", () => {
    const en = localizeSearchScript(script, "en", {
      results: (n) => `${n} result${n === 1 ? "" : "s"}`,
      noResults: "no results"
    });
    expect(run(en, ["/de/tariffs.html", "/tariffs.html"])).toMatch(/^<div>1 result<\/div>/);
    expect(run(en, ["/tariffs.html", "/trade.html"])).toMatch(/^<div>2 results<\/div>/);
  });

  it("fails loudly when Framework's script changed", () => {
    expect(() => localizeSearchScript("nothing", "de", {results: String, noResults: ""})).toThrow(/not the expected/);
  });

  it("names the German script beside the English one and points German pages at it", () => {
    expect(searchScriptName("search.0402d1ca.js", "de")).toBe("search.0402d1ca.de.js");
    expect(searchScriptName("search.0402d1ca.js", "en")).toBe("search.0402d1ca.js");
    expect(useSearchScript('import("../_observablehq/search.0402d1ca.js")', "de")).toBe(
      'import("../_observablehq/search.0402d1ca.de.js")'
    );
  });
});
