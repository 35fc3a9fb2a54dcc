---
title: {{title}}
toc: false
---

```js
import {chartBox, html, reviveTables, ui, formats, timeDomain, yearStart, indexById, linkedItems, numberForecasts, forecastGroups, countBy, hashSelect, downloadLink, sourceIndex, excerptQuote, forecastCard, kindBadge, forecastChart, forecastChartRows, VERDICT_SYMBOLS, chartActions} from "{{root}}site.js";
const lang = "{{lang}}";
const t = ui(lang);
const f = formats(lang);
```

```js
const data = reviveTables(await FileAttachment("{{data}}next.json").json());
const meta = data.meta[0];
const excerpts = data.excerpts;
const forecasts = data.forecasts;
const items = data.timeline;
const sources = sourceIndex(data.sources);
```

```js
// Derived values (src/lib/derive/forecasts.ts): the forecasts numbered in the order of the text, so the chart's dots
// and the list refer to each other; counts per verdict; the time axis from the commentary's year to the as-of date.
const itemsById = indexById(items);
const numbered = numberForecasts(forecasts, excerpts);
const verdicts = ["happened", "partly", "did-not-happen", "open"];
const counts = countBy(numbered, (f) => f.verdict, verdicts);
const domain = timeDomain(meta.as_of, {from: yearStart(meta.commentary_date)});
const marker = {date: meta.commentary_date, label: t.commentary};
const verdictInput = hashSelect("verdict", `{{filters.verdict}}`, [
  {value: "all", label: `{{filters.allVerdicts}} (${numbered.length})`},
  ...verdicts.map((v) => ({value: v, label: `${VERDICT_SYMBOLS[v]} ${t.verdicts[v]} (${counts[v]})`}))
], "all");
const verdict = Generators.input(verdictInput);
```

```js
const shown = numbered.filter((f) => verdict === "all" || f.verdict === verdict);
```

# {{title}}

{{facts.reach}}

<p class="hf-lede">{{lede}}</p>

{{verdicts}}

<div class="hf-controls">${verdictInput}</div>

<div class="grid grid-cols-1">
  <div class="card">
    <h2>{{chart.title}}</h2>
    <h3>{{chart.subtitle}}</h3>
    ${chartBox("forecastChart", resize((width) => forecastChart(shown, {width, domain, marker, lang})))}
    ${chartActions("forecast-verdicts", {asOf: f.longDate(meta.as_of), lang})}
    ${downloadLink(forecastChartRows(shown), verdict === "all" ? "forecasts-by-verdict.csv" : `forecasts-${verdict}.csv`, {lang})}
    <div class="hf-source">{{chart.source}}</div>
  </div>
</div>

```js
// One section per excerpt: the sentence (German, and on English pages our translation) beside the expectations drawn
// from it.
const groups = forecastGroups(shown, excerpts);
if (groups.length === 0) display(html`<p class="hf-muted">{{empty}}</p>`);
for (const {excerpt, excerpt_id, forecasts: fs} of groups) {
  display(html`<section class="hf-forecast-group">
    <div class="hf-fg-quote">
      ${excerpt ? html`<p class="hf-fg-from">{{fromParagraph}} ${kindBadge(excerpt.kind, lang)}</p>${excerptQuote(excerpt, {publisher: meta.commentary_publisher, stacked: true, lang})}` : html`<p class="hf-muted">{{notFound.before}}${excerpt_id}{{notFound.after}}</p>`}
    </div>
    <div class="hf-fg-items">${fs.map((f) => forecastCard(f, {items: linkedItems(f, itemsById), sources, lang}))}</div>
  </section>`);
}
```

<p class="hf-attribution">{{attribution}}</p>

<style>
.hf-forecast-group { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 1rem 1.5rem; margin: 2rem 0; padding-top: 1rem; border-top: 1px solid var(--theme-foreground-faint); }
.hf-fg-quote { align-self: start; position: sticky; top: 3.5rem; }
.hf-fg-from { font-size: 0.85rem; color: var(--theme-foreground-muted); margin: 0 0 0.4rem; }
.hf-quote-pair { display: grid; gap: 0.8rem; }
.hf-forecast { margin: 0 0 1rem; }
.hf-forecast h2 { font-size: 1rem; max-width: none; }
.hf-forecast h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; margin: 0.8rem 0 0.2rem; }
.hf-forecast p { max-width: none; }
@media (max-width: 720px) {
  .hf-forecast-group { grid-template-columns: 1fr; }
  .hf-fg-quote { position: static; }
}
</style>
