---
title: {{title}}
toc: false
---

```js
import {html, chartBox, reviveTables, ui, formats, measureMarks, measureMarkRecords, tradeFlows, yearDomain, tradeBalance, tradeShare, tradeTableRows, tradeChartRecords, downloadLink, sourceIndex, sourceLinks, dataTable, hashSelect, chartActions} from "{{root}}site.js";
const lang = "{{lang}}";
const t = ui(lang);
const f = formats(lang);
const longDate = f.longDate;
```

```js
const data = reviveTables(await FileAttachment("{{data}}trade.json").json());
const meta = data.meta[0];
const years = data.trade_years;
const trade = data.trade;
const items = data.timeline;
const sources = sourceIndex(data.sources);
```

```js
const sidesInput = hashSelect(
  "marks",
  "{{marks.label}}",
  [
    {value: "both", label: "{{marks.both}}"},
    {value: "us", label: "{{marks.us}}"},
    {value: "cn", label: "{{marks.cn}}"},
    {value: "none", label: "{{marks.none}}"}
  ],
  "both"
);
const sides = Generators.input(sidesInput);
```

```js
// Derived values for the table and the downloads (src/lib/derive/tradeSummary.ts; the text states its facts at build
// time, src/lib/pageFacts.ts).
const domain = yearDomain(years);
const downloads = tradeChartRecords(years, trade);
const tableRows = tradeTableRows(years, trade);
const markRows = measureMarkRecords(measureMarks(items, domain, {sides, lang}), lang);
const flowNames = {"us-imports-from-cn": t.trade.imports, "us-exports-to-cn": t.trade.exports, "us-imports-total": "{{cols.total}}"};
```

# {{heading}}

{{facts.reach}}

<p class="hf-lede">{{lede.before}}{{facts.firstYear}}–{{facts.lastYear}}{{lede.after}}</p>

<div class="card hf-summary">
  <h2>{{summary.title}}</h2>
  {{facts.summary}}
  <p class="hf-muted">{{summary.caveat}}</p>
</div>

<div class="grid grid-cols-1">
  <div class="card">
    <h2>{{flows.title}}</h2>
    <h3>{{flows.subtitle}}{{facts.later}}</h3>
    <div class="hf-controls">${sidesInput}</div>
    ${chartBox("tradeFlows", resize((width) => tradeFlows(years, {width, lang, measures: items, sides})))}
    ${chartActions("trade-flows", {asOf: longDate(meta.as_of), lang})}
    <div class="hf-source">{{flows.sourceBefore}}{{facts.tradeSources}}{{flows.sourceAfter}}</div>
    <div class="hf-downloads">${downloadLink(downloads.flows, "trade-flows.csv", t.download.rows)} ${downloadLink(markRows, "trade-marked-measures.csv", "{{downloads.marks}}")}</div>
  </div>
</div>

<div class="grid grid-cols-2">
  <div class="card">
    <h2>{{balance.title}}</h2>
    <h3>{{balance.subtitle}}</h3>
    ${chartBox("tradeBalance", resize((width) => tradeBalance(years, {width, lang})))}
    ${chartActions("trade-balance", {asOf: longDate(meta.as_of), lang})}
    <div class="hf-source">{{sources}}{{facts.tradeSources}}.</div>
    ${downloadLink(downloads.balance, "trade-balance.csv", t.download.rows)}
  </div>
  <div class="card">
    <h2>{{share.title}}</h2>
    <h3>{{facts.shareYears}}</h3>
    ${chartBox("tradeShare", resize((width) => tradeShare(years, {width, lang})))}
    ${chartActions("trade-share", {asOf: longDate(meta.as_of), lang})}
    <div class="hf-source">{{sources}}{{facts.shareSources}}.</div>
    ${downloadLink(downloads.share, "trade-share.csv", t.download.rows)}
  </div>
</div>

<div class="card">
  <h2>{{table.title}}</h2>
  <h3>{{table.subtitle}}</h3>
  ${dataTable(
    tableRows,
    [
      {label: "{{cols.year}}", value: (d) => String(d.year)},
      {label: t.trade.imports, value: (d) => f.usdBn(d.imports_usd_bn), numeric: true},
      {label: t.trade.exports, value: (d) => f.usdBn(d.exports_usd_bn), numeric: true},
      {label: "{{cols.balance}}", value: (d) => f.signedUsdBn(d.balance_usd_bn), numeric: true},
      {label: "{{cols.total}}", value: (d) => f.usdBn(d.us_imports_total_usd_bn), numeric: true},
      {label: "{{cols.share}}", value: (d) => (d.share_of_us_imports === undefined ? "–" : f.pct(d.share_of_us_imports * 100)), numeric: true},
      {
        label: "{{cols.release}}",
        value: (d) => html`<ul class="hf-releases">${d.flows.map((r) => html`<li><b>${flowNames[r.flow] ?? r.flow}:</b> ${r.release} (${sourceLinks([r.source_id], sources, lang)})</li>`)}</ul>`
      }
    ],
    {caption: `{{table.caption}}${tableRows[0]?.year}–${tableRows[tableRows.length - 1]?.year}`, lang}
  )}
  <div class="hf-source">{{table.source}}</div>
  ${downloadLink(trade, "trade-rows.csv", "{{downloads.rows}}")}
</div>

<style>
.hf-summary p { max-width: 52rem; }
.hf-downloads { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
.hf-releases { margin: 0; padding-left: 1rem; min-width: 16rem; }
.hf-releases li { margin: 0 0 0.2rem; }
@media (max-width: 640px) { .hf-releases { min-width: 0; padding-left: 0.9rem; } }
</style>
