import {describe, expect, it} from "vitest";
import {
  VIEWPORT,
  absolutize404,
  fixFrameworkHtml,
  markDisplayBlocks,
  pageImports,
  replaceImport,
  pinLastModified,
  reserveChartBoxes
} from "../../src/lib/postBuild.js";

const FRAMEWORK = `<!DOCTYPE html>
<html>
<head><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"></head>
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
    expect(fixed).toMatch(
      /<nav id="observablehq-sidebar">\s*<label id="observablehq-sidebar-close"[^>]*><\/label>\s*<ol>\s*<li/
    );
  });
  it("names the sidebar toggle for assistive technology", () => expect(fixed).toContain('aria-label="Toggle sidebar"'));
  it("lets readers zoom: the viewport meta loses maximum-scale", () => {
    expect(fixed).toContain(`<meta name="viewport" content="${VIEWPORT}">`);
    expect(fixed).not.toMatch(/maximum-scale|user-scalable/);
  });
  it("leaves other markup alone", () => expect(fixFrameworkHtml("<p>x</p>")).toBe("<p>x</p>"));
});

describe("absolutize404(html, base)", () => {
  it("points the 404 page's relative links and imports at the base path", () => {
    const page = `<link href="./_import/style.css"><a href="./">home</a><script type="module">import "./_observablehq/client.js";</script><a href="#top">x</a>`;
    expect(absolutize404(page, "/high-fences/")).toBe(
      `<link href="/high-fences/_import/style.css"><a href="/high-fences/">home</a><script type="module">import "/high-fences/_observablehq/client.js";</script><a href="#top">x</a>`
    );
  });
});

describe("pinLastModified(html, time)", () => {
  it("replaces every file's build-time modification stamp with the given time", () => {
    expect(
      pinLastModified(
        `registerFile("a", {"lastModified":1795871872886,"size":1}); registerFile("b", {"lastModified":17,"size":2});`,
        5
      )
    ).toBe(`registerFile("a", {"lastModified":5,"size":1}); registerFile("b", {"lastModified":5,"size":2});`);
  });
});

describe("markDisplayBlocks(html)", () => {
  const page = `<div class="observablehq observablehq--block"><!--:aaaaaaaa:--></div>
<div class="observablehq observablehq--block"><!--:bbbbbbbb:--></div>
<div class="observablehq observablehq--block"><!--:cccccccc:--></div>
<script type="module">
define({id: "aaaaaaaa", outputs: ["x"], body: () => { const x = 1; return {x}; }});
define({id: "bbbbbbbb", inputs: ["x","display"], body: async (x,display) => { display(x); }});
define({id: "cccccccc", inputs: ["view","Inputs"], outputs: ["v"], body: (view,Inputs) => { const v = view(Inputs.text()); return {v}; }});
define({id: "dddddddd", mode: "inline", inputs: ["x","display"], body: async (x,display) => display(x)});
</script>`;
  const marked = markDisplayBlocks(page);
  it("marks the blocks whose cell displays or views something", () => {
    expect(marked).toContain('<div class="observablehq observablehq--block hf-display"><!--:bbbbbbbb:-->');
    expect(marked).toContain('<div class="observablehq observablehq--block hf-display"><!--:cccccccc:-->');
  });
  it("leaves blocks that only define names unmarked, so they never hold the page back", () => {
    expect(marked).toContain('<div class="observablehq observablehq--block"><!--:aaaaaaaa:-->');
  });
  it("changes nothing but those class attributes", () => {
    expect(marked.replace(/ hf-display/g, "")).toBe(page);
  });
});

describe("pageImports(html) and replaceImport(html, from, to)", () => {
  const page = `<link rel="modulepreload" href="./_import/site.0123abcd.js">
<script type="module">
define({id: "aaaaaaaa", outputs: ["html","timeline"], body: async () => {
const {html, timeline, sourceLinks} = await import("./_import/site.0123abcd.js");
return {html,timeline,sourceLinks};
}});
</script>`;
  it("reads the names a page takes from the site bundle and the bundle's file", () => {
    expect(pageImports(page)).toEqual({names: ["html", "timeline", "sourceLinks"], file: "site.0123abcd.js"});
  });
  it("gathers the names of every block that imports from the bundle, each once", () => {
    const two = page.replace(
      "</script>",
      `define({id: "bbbbbbbb", body: async () => {
const {dataReach, html} = await import("./_import/site.0123abcd.js");
}});
</script>`
    );
    expect(pageImports(two)?.names).toEqual(["html", "timeline", "sourceLinks", "dataReach"]);
  });
  it("finds the import from a page in a sub-folder too", () => {
    expect(pageImports(page.replace(/\.\/_import/g, "../_import"))?.file).toBe("site.0123abcd.js");
  });
  it("says null for a page that imports nothing from it", () => expect(pageImports("<p>x</p>")).toBeNull());
  it("points both the import and the modulepreload at the page's own bundle", () => {
    const moved = replaceImport(page, "site.0123abcd.js", "site.feedbeef.js");
    expect(moved).not.toContain("site.0123abcd.js");
    expect(moved.match(/_import\/site\.feedbeef\.js/g)).toHaveLength(2);
  });
});

describe("reserveChartBoxes(html)", () => {
  const PAGE = `<html><head></head><body><div class="card">
<observablehq-loading></observablehq-loading><!--:aaaa0001:-->
<observablehq-loading></observablehq-loading><!--:aaaa0002:-->
<observablehq-loading></observablehq-loading><!--:aaaa0003:-->
<observablehq-loading></observablehq-loading><!--:aaaa0004:-->
</div><script type="module">
define({id: "aaaa0001", mode: "inline", inputs: ["resize","tradeFlows","years","display"], body: async (resize,tradeFlows,years,display) => {
display(await(
resize((width) => tradeFlows(years, {width}))
))
}});
define({id: "aaaa0002", mode: "inline", inputs: ["resize","timeline","items","display"], body: async (resize,timeline,items,display) => {
display(await(
resize((width) => {
    const chart = timeline(items, {width});
    return chart;
  })
))
}});
define({id: "aaaa0003", mode: "inline", inputs: ["resize","rateGrid","steps","display"], body: async (resize,rateGrid,steps,display) => {
display(await(
resize((width) => rateGrid(steps, {width}))
))
}});
define({id: "aaaa0004", mode: "inline", inputs: ["resize","tradeShare","html","display"], body: async (resize,tradeShare,html,display) => {
display(await(
[1, 2].map((d) => html\`<div class="card">\${resize((width) => tradeShare([], {width}))}</div>\`)
))
}});
</script></body></html>`;
  const reserved = reserveChartBoxes(PAGE);
  it("marks the placeholder of each chart whose height is known, with the chart's name", () => {
    expect(reserved).toContain(
      '<observablehq-loading data-hf-chart="tradeFlows"></observablehq-loading><!--:aaaa0001:-->'
    );
    expect(reserved).toContain(
      '<observablehq-loading data-hf-chart="timeline"></observablehq-loading><!--:aaaa0002:-->'
    );
  });
  it("leaves a chart whose height is not known unmarked", () =>
    expect(reserved).toContain("<observablehq-loading></observablehq-loading><!--:aaaa0003:-->"));
  it("leaves a template that holds a chart unmarked: its placeholder stands for the whole template", () =>
    expect(reserved).toContain("<observablehq-loading></observablehq-loading><!--:aaaa0004:-->"));
  it("adds the boxes' heights to the page's head, the phone height under a container query", () => {
    const style = /<style id="hf-chart-boxes">([^]*?)<\/style>\n<\/head>/.exec(reserved)?.[1] ?? "";
    expect(style).toContain('[data-hf-chart="tradeFlows"] { min-height: 420px; }');
    expect(style).toContain(
      '@container hf-box (width < 560px) { [data-hf-chart="tradeFlows"] { min-height: 380px; } }'
    );
  });
  it("changes nothing on a page without such a chart", () => expect(reserveChartBoxes("<p>x</p>")).toBe("<p>x</p>"));
});
