---
title: {{title}}
toc: false
---

```js
import {chartBox, reviveTables, isoDay, ui, formats, tariffAverage, tariffAuthorities, tariffYMax, rateGrid, timeDomain, downloadLink, sourceIndex, sourceLinks, dataTable, hashSearch, hashSelect, chartActions} from "{{root}}site.js";
const lang = "{{lang}}";
const t = ui(lang);
const f = formats(lang);
const label = t.label;
```

```js
const data = reviveTables(await FileAttachment("{{data}}tariffs.json").json());
const meta = data.meta[0];
const series = data.tariff_series;
const byAuthority = data.tariff_series_by_authority;
const comparison = data.tariff_comparison;
const agreement = data.tariff_agreement;
const steps = data.tariff_steps;
const published = data.published_estimates;
const measures = data.measures;
const sources = sourceIndex(data.sources);
```

```js
const domain = timeDomain(meta.as_of);
const yMax = tariffYMax(series, published);
// Each direction's "now": the date its tariff lane is checked through.
const now = (d) => (d === "us-on-cn" ? meta.checked_through_us_tariffs : meta.checked_through_cn_tariffs);
const measureTitle = new Map(measures.map((m) => [m.id, m.title]));
const headlineBasis = (d) => series.find((p) => p.direction === d && p.headline);
```

# {{heading}}

{{facts.reach}}

<p class="hf-lede">{{lede}}</p>

<div class="grid grid-cols-4">
  <div class="card"><h2>{{facts.usDirection}}, {{facts.usNow}}</h2><div class="hf-big">{{facts.usNowFigure}}</div><div class="hf-muted">{{cards.now.before}}{{facts.usNowMfn}}; {{facts.usNowCovered}}{{cards.now.after}}</div></div>
  <div class="card"><h2>{{facts.usDirection}}{{cards.then.title}}</h2><div class="hf-big">{{facts.usThenFigure}}</div><div class="hf-muted">{{cards.then.before}}{{facts.usThenMfn}}{{cards.then.after}}</div></div>
  <div class="card"><h2>{{facts.cnDirection}}, {{facts.cnNow}}</h2><div class="hf-big">{{facts.cnNowFigure}}</div><div class="hf-muted">{{cards.now.before}}{{facts.cnNowMfn}}; {{facts.cnNowCovered}}{{cards.now.after}}</div></div>
  <div class="card"><h2>{{facts.cnDirection}}{{cards.then.title}}</h2><div class="hf-big">{{facts.cnThenFigure}}</div><div class="hf-muted">{{cards.then.before}}{{facts.cnThenMfn}}{{cards.then.after}}</div></div>
</div>

<div class="hf-estimate hf-muted">{{estimates.before}}{{facts.estimateBases}}{{estimates.after}}</div>

<!-- One card per direction, written out (not a map over the directions): each chart is then a cell of its own,
     whose box the build reserves before it draws (src/lib/postBuild.ts reserveChartBoxes). -->
<div class="grid grid-cols-2">
  <div class="card">
    <h2>{{average.titleUs}}</h2>
    <h3>{{average.subtitle}}</h3>
    ${chartBox("tariffAverage", resize((width) => tariffAverage(series, {width, lang, direction: "us-on-cn", domain, yMax, published, marker: {date: meta.commentary_date, label: t.commentary}})))}
    ${chartActions("tariff-average-us-on-cn", {asOf: f.longDate(now("us-on-cn")), lang})}
    <div class="hf-source">{{average.source}} ${downloadLink(series.filter((p) => p.direction === "us-on-cn"), "tariff-series-us-on-cn.csv", t.download.rows)}</div>
  </div>
  <div class="card">
    <h2>{{average.titleCn}}</h2>
    <h3>{{average.subtitle}}</h3>
    ${chartBox("tariffAverage", resize((width) => tariffAverage(series, {width, lang, direction: "cn-on-us", domain, yMax, published, marker: {date: meta.commentary_date, label: t.commentary}})))}
    ${chartActions("tariff-average-cn-on-us", {asOf: f.longDate(now("cn-on-us")), lang})}
    <div class="hf-source">{{average.source}} ${downloadLink(series.filter((p) => p.direction === "cn-on-us"), "tariff-series-cn-on-us.csv", t.download.rows)}</div>
  </div>
</div>

<div class="grid grid-cols-2">
  <div class="card">
    <h2>{{authorities.titleUs}}</h2>
    <h3>{{authorities.subtitle}}{{facts.usBasis}}</h3>
    ${chartBox("tariffAuthorities", resize((width) => tariffAuthorities(byAuthority, {width, lang, direction: "us-on-cn", basis: headlineBasis("us-on-cn")?.basis ?? "", domain})))}
    ${chartActions("tariff-authorities-us-on-cn", {asOf: f.longDate(now("us-on-cn")), lang})}
    <div class="hf-source">${downloadLink(byAuthority.filter((p) => p.direction === "us-on-cn"), "tariff-by-authority-us-on-cn.csv", t.download.rows)}</div>
  </div>
  <div class="card">
    <h2>{{authorities.titleCn}}</h2>
    <h3>{{authorities.subtitle}}{{facts.cnBasis}}</h3>
    ${chartBox("tariffAuthorities", resize((width) => tariffAuthorities(byAuthority, {width, lang, direction: "cn-on-us", basis: headlineBasis("cn-on-us")?.basis ?? "", domain})))}
    ${chartActions("tariff-authorities-cn-on-us", {asOf: f.longDate(now("cn-on-us")), lang})}
    <div class="hf-source">${downloadLink(byAuthority.filter((p) => p.direction === "cn-on-us"), "tariff-by-authority-cn-on-us.csv", t.download.rows)}</div>
  </div>
</div>

## {{method.heading}}

<div class="card hf-estimate">

{{method.body}}

</div>

## {{rates.heading}}

```js
const direction = view(hashSelect("dir", "{{filters.direction}}", [{value: "us-on-cn", label: t.labels["us-on-cn"]}, {value: "cn-on-us", label: t.labels["cn-on-us"]}], "us-on-cn"));
```

<div class="card">
  <h2>${direction === "us-on-cn" ? t.embed.ratesUsOnCn : t.embed.ratesCnOnUs}</h2>
  <h3>{{rates.subtitle}}</h3>
  ${chartBox("rateGrid", resize((width) => rateGrid(steps.filter((s) => s.direction === direction), {width, lang, domain, end: now(direction)})))}
  ${chartActions("tariff-rates", {asOf: f.longDate(now(direction)), lang})}
  <div class="hf-source">{{rates.source}} ${downloadLink(steps.filter((s) => s.direction === direction), `tariff-rates-${direction}.csv`, t.download.rows)}</div>
</div>

## {{why.heading}}

<div class="card">

{{why.body}}

</div>

<div class="card">${dataTable(agreement, [
  {label: "{{cols.direction}}", value: (a) => label(a.direction)},
  {label: "{{cols.against}}", value: (a) => a.publisher},
  {label: "{{cols.ourBasis}}", value: (a) => a.basis},
  {label: "{{cols.figures}}", value: (a) => String(a.figures), numeric: true},
  {label: "{{cols.meanDifference}}", value: (a) => `${f.number(a.mean_abs_pct, 1)}{{units.pts}}`, numeric: true},
  {label: "{{cols.largest}}", value: (a) => `${f.number(a.worst_abs_pct, 1)}{{units.pts}} (${isoDay(a.worst_date)})`, numeric: true}
], {caption: "{{why.agreementCaption}}", lang})}</div>

<div class="card">${dataTable(comparison, [
  {label: "{{cols.date}}", value: (d) => isoDay(d.date)},
  {label: "{{cols.direction}}", value: (d) => label(d.direction)},
  {label: "{{cols.publishedBy}}", value: (d) => d.publisher},
  {label: "{{cols.published}}", value: (d) => f.pct(d.published_pct), numeric: true},
  {label: "{{cols.ours}}", value: (d) => (d.ours_pct === undefined ? "–" : f.pct(d.ours_pct)), numeric: true},
  {label: "{{cols.ourWeights}}", value: (d) => (d.weights_year === undefined ? d.basis : `${d.basis} ${d.weights_year}`)},
  {label: "{{cols.difference}}", value: (d) => (d.difference_pct === undefined ? "–" : `${d.difference_pct > 0 ? "+" : ""}${f.number(d.difference_pct, 1)}{{units.pts}}`), numeric: true},
  {label: "{{cols.otherWeights}}", value: (d) => (d.weights_effect_pct === undefined ? "–" : `${d.weights_effect_pct > 0 ? "+" : ""}${f.number(d.weights_effect_pct, 1)}`), numeric: true},
  {label: "{{cols.exemptions}}", value: (d) => (d.exemptions_pct === undefined ? "–" : f.number(d.exemptions_pct, 1)), numeric: true},
  {label: "{{cols.exclusions}}", value: (d) => (d.exclusions_pct === undefined ? "–" : f.number(d.exclusions_pct, 1)), numeric: true},
  {label: "{{cols.mfnPart}}", value: (d) => (d.mfn_pct === undefined ? "–" : f.number(d.mfn_pct, 1)), numeric: true},
  {label: "{{cols.theirInputs}}", value: (d) => (d.their_inputs_pct === undefined ? "–" : `${d.their_inputs_pct > 0 ? "+" : ""}${f.number(d.their_inputs_pct, 1)}`), numeric: true},
  {label: "{{cols.why}}", value: (d) => d.reason},
  {label: "{{cols.source}}", value: (d) => sourceLinks(d.source_ids, sources, lang)}
], {caption: "{{why.comparisonCaption}}", lang})}<div class="hf-source">${downloadLink(comparison, "published-vs-ours.csv", t.download.rows)}</div></div>

## {{steps.heading}}

```js
const dirFilter = view(hashSelect("tdir", "{{filters.direction}}", [{value: "", label: "{{filters.both}}"}, {value: "us-on-cn", label: t.labels["us-on-cn"]}, {value: "cn-on-us", label: t.labels["cn-on-us"]}, {value: "other", label: "{{filters.thirdCountries}}"}], ""));
const authorities = [...new Set(steps.map((s) => s.authority))].sort();
const authFilter = view(hashSelect("auth", "{{filters.authority}}", [{value: "", label: "{{filters.all}}"}, ...authorities.map((a) => ({value: a, label: label(a)}))], ""));
const query = view(hashSearch("q", "{{filters.search}}", "{{filters.placeholder}}"));
```

```js
const shownSteps = steps
  .filter((s) => !dirFilter || (dirFilter === "other" ? !s.direction : s.direction === dirFilter))
  .filter((s) => !authFilter || s.authority === authFilter)
  .filter((s) => !query || `${s.label} ${s.scope} ${measureTitle.get(s.measure_id)}`.toLowerCase().includes(query.toLowerCase()))
  .sort((a, b) => a.date - b.date);
```

<div class="card">${dataTable(shownSteps, [
  {label: "{{cols.from}}", value: (d) => isoDay(d.date)},
  {label: "{{cols.goods}}", value: (d) => d.label ?? d.scope},
  {label: "{{cols.rate}}", value: (d) => f.pct(d.rate_pct, (String(d.rate_pct).split(".")[1] ?? "").length), numeric: true},
  {label: "{{cols.measure}}", value: (d) => measureTitle.get(d.measure_id) ?? d.measure_id},
  {label: "{{cols.authority}}", value: (d) => label(d.authority ?? "")},
  {label: "{{cols.source}}", value: (d) => sourceLinks(d.source_ids, sources, lang)}
], {caption: `${shownSteps.length}{{steps.caption}}`, lang})}<div class="hf-source">${downloadLink(shownSteps, "tariff-steps.csv", t.download.rows)}</div></div>
