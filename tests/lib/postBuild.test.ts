import {describe, expect, it} from "vitest";
import {rowsHeight} from "../../src/lib/chartHeights.js";
import {
  VIEWPORT,
  absolutize404,
  fixFrameworkHtml,
  pageImports,
  replaceImport,
  pinLastModified,
  reserveChartBoxes,
  reserveRowBoxes,
  controlCount,
  displaysList
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
chartBox("tradeFlows", resize((width) => tradeFlows(years, {width})))
))
}});
define({id: "aaaa0002", mode: "inline", inputs: ["resize","timeline","items","display"], body: async (resize,timeline,items,display) => {
display(await(
chartBox("timeline", resize((width) => {
    const chart = timeline(items, {width});
    return chart;
  }))
))
}});
define({id: "aaaa0003", mode: "inline", inputs: ["resize","rateGrid","steps","display"], body: async (resize,rateGrid,steps,display) => {
display(await(
chartBox("rateGrid", resize((width) => rateGrid(steps, {width})))
))
}});
define({id: "aaaa0004", mode: "inline", inputs: ["resize","tradeShare","html","display"], body: async (resize,tradeShare,html,display) => {
display(await(
[1, 2].map((d) => html\`<div class="card">\${chartBox("tradeShare", resize((width) => tradeShare([], {width})))}</div>\`)
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

  const FIXED = `<html><head></head><body><div class="card">
<observablehq-loading></observablehq-loading><!--:bbbb0001:-->
<div class="hf-source">Source. <observablehq-loading></observablehq-loading><!--:bbbb0002:--></div>
<observablehq-loading></observablehq-loading><!--:bbbb0003:-->
</div>
<div class="observablehq observablehq--block"><!--:bbbb0004:--></div>
<div class="observablehq observablehq--block"><!--:bbbb0005:--></div>
<div class="observablehq observablehq--block"><!--:bbbb0006:--></div>
<p><observablehq-loading></observablehq-loading><!--:bbbb0007:--></p>
<script type="module">
define({id: "bbbb0001", mode: "inline", inputs: ["chartActions","lang","display"], body: async (chartActions,lang,display) => {
display(await(
chartActions("trade-flows", {asOf: "1 December 2026", lang})
))
}});
define({id: "bbbb0002", mode: "inline", inputs: ["downloadLink","rows","display"], body: async (downloadLink,rows,display) => {
display(await(
downloadLink(rows, "rows.csv")
))
}});
define({id: "bbbb0003", mode: "inline", inputs: ["sourceLinks","ids","display"], body: async (sourceLinks,ids,display) => {
display(await(
sourceLinks(ids, [], "en")
))
}});
define({id: "bbbb0004", inputs: ["view","hashSelect","hashSearch"], outputs: ["kind","q"], body: (view,hashSelect,hashSearch) => {
const kind = view(hashSelect("kind", "Kind", []));
const q = view(hashSearch("q", "Search", ""));
return {kind,q};
}});
define({id: "bbbb0005", inputs: ["hashSelect"], outputs: ["input"], body: (hashSelect) => {
const input = hashSelect("kind", "Kind", []);
return {input};
}});
define({id: "bbbb0006", inputs: ["docs","card","display"], body: (docs,card,display) => {
for (const doc of docs) display(card(doc));
}});
define({id: "bbbb0007", mode: "inline", inputs: ["lazyDownloadLink","display"], body: async (lazyDownloadLink,display) => {
display(await(
lazyDownloadLink(async () => [], "rows.csv")
))
}});
</script></body></html>`;
  const fixed = reserveChartBoxes(FIXED);
  it("names the placeholder of a cell that is one call of a fixed-size component after it", () => {
    expect(fixed).toContain(
      '<observablehq-loading data-hf-box="chartActions"></observablehq-loading><!--:bbbb0001:-->'
    );
    expect(fixed).toContain(
      '<observablehq-loading data-hf-box="downloadLink"></observablehq-loading><!--:bbbb0002:-->'
    );
  });
  it("leaves the placeholder of any other inline value as it is", () =>
    expect(fixed).toContain("<observablehq-loading></observablehq-loading><!--:bbbb0003:-->"));
  it("puts into a block that displays controls a placeholder with one line per control, just before its root", () =>
    expect(fixed).toContain(
      '<div class="observablehq observablehq--block"><observablehq-loading data-hf-box="controls"><i></i><i></i></observablehq-loading><!--:bbbb0004:--></div>'
    ));
  it("puts a list mark into a block that displays in a loop", () =>
    expect(fixed).toContain(
      '<div class="observablehq observablehq--block"><observablehq-loading data-hf-box="list"></observablehq-loading><!--:bbbb0006:--></div>'
    ));
  it("gives a lazy download link the box of a download link", () =>
    expect(fixed).toContain(
      '<observablehq-loading data-hf-box="downloadLink"></observablehq-loading><!--:bbbb0007:-->'
    ));
  it("leaves a block that makes a control without displaying it empty", () =>
    expect(fixed).toContain('<div class="observablehq observablehq--block"><!--:bbbb0005:--></div>'));
  it("adds no chart stylesheet to a page without a sized chart", () => expect(fixed).not.toContain("hf-chart-boxes"));
});

describe("controlCount(body)", () => {
  it("counts the controls a cell displays with view()", () =>
    expect(controlCount('const a = view(hashSelect("a", "A", []));\nconst b = view( hashSearch("b", "B"));')).toBe(2));
  it("does not count a control that is only made", () =>
    expect(controlCount('const a = hashSelect("a", "A", []);')).toBe(0));
});

describe("displaysList(body)", () => {
  it("is true for a cell that displays in a for loop or forEach", () => {
    expect(displaysList("for (const d of docs) display(card(d));")).toBe(true);
    expect(displaysList("docs.forEach((d) => display(card(d)));")).toBe(true);
  });
  it("is false for a cell that displays once", () => expect(displaysList("display(dataReach(meta));")).toBe(false));
});

describe("reserveRowBoxes(html, read)", () => {
  const PAGE = `<html><head></head><body><div class="card">
<observablehq-loading></observablehq-loading><!--:cccc0001:-->
<observablehq-loading></observablehq-loading><!--:cccc0002:-->
</div><script type="module">
registerFile("./data/tables/pages/next.json", {"name":"./data/tables/pages/next.json","mimeType":"application/json","path":"./_file/data/tables/pages/next.0123abcd.json","lastModified":1,"size":2});
define({id: "cccc0001", mode: "inline", inputs: ["chartBox","resize","forecastChart","shown","display"], body: async (chartBox,resize,forecastChart,shown,display) => {
display(await(
chartBox("forecastChart", resize((width) => forecastChart(shown, {width})))
))
}});
define({id: "cccc0002", mode: "inline", inputs: ["chartActions","display"], body: async (chartActions,display) => {
display(await(
chartActions("forecast-verdicts", {asOf: "x"})
))
}});
</script></body></html>`;
  const read = (path: string) => {
    expect(path).toBe("./_file/data/tables/pages/next.0123abcd.json");
    return {forecasts: [{verdict: "open"}, {verdict: "happened"}, {verdict: "open"}]};
  };
  const reserved = reserveRowBoxes(PAGE, read);
  it("marks the placeholder of a chart whose height comes from its rows", () =>
    expect(reserved).toContain(
      '<observablehq-loading data-hf-chart="forecastChart"></observablehq-loading><!--:cccc0001:-->'
    ));
  it("leaves every other placeholder alone", () =>
    expect(reserved).toContain("<observablehq-loading></observablehq-loading><!--:cccc0002:-->"));
  it("gives the box the height of the rows the page's data hold", () =>
    expect(reserved).toContain(
      `:is(observablehq-loading, div:empty)[data-hf-chart="forecastChart"] { min-height: ${rowsHeight("forecastChart", 2)}px; }`
    ));
  it("gives a chart whose rows take two lines on a phone its phone height under a container query", () => {
    const page = PAGE.replace('chartBox("forecastChart"', 'chartBox("mineralControls"');
    const css = reserveRowBoxes(page, () => ({
      meta: [{checked_through_cn_controls: "2026-01-01"}],
      measures: [],
      measure_status: []
    }));
    expect(css).toContain(
      `@container hf-box (width < 640px) { :is(observablehq-loading, div:empty)[data-hf-chart="mineralControls"] { min-height: ${rowsHeight("mineralControls", 0, 375)}px; } }`
    );
  });
  it("changes nothing on a page without such a chart, and reads nothing", () =>
    expect(
      reserveRowBoxes("<p>x</p>", () => {
        throw new Error("read");
      })
    ).toBe("<p>x</p>"));
});
