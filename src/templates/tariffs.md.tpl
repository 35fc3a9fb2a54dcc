---
title: {{title}}
toc: false
---

```js
import {html, reviveTables, isoDay, label, longDate, pct, headlineFigure, tariffAverage, tariffAuthorities, tariffYMax, rateGrid, timeDomain, DIRECTION_LABELS, downloadLink, sourceIndex, sourceLinks, dataTable, hashSearch, hashSelect, chartActions} from "{{root}}site.js";
```

```js
const data = reviveTables(await FileAttachment("{{data}}tariffs.json").json());
const meta = data.meta[0];
const series = data.tariff_series;
const byAuthority = data.tariff_series_by_authority;
const estimateNotes = data.tariff_estimate_notes;
const comparison = data.tariff_comparison;
const agreement = data.tariff_agreement;
const bases = data.line_bases;
const steps = data.tariff_steps;
const published = data.published_estimates;
const headline = data.headline;
const measures = data.measures;
const sources = sourceIndex(data.sources);
```

```js
const domain = timeDomain(meta.as_of);
const yMax = tariffYMax(series, published);
// Each direction's "now": the date its tariff lane is checked through.
const now = (d) => (d === "us-on-cn" ? meta.checked_through_us_tariffs : meta.checked_through_cn_tariffs);
const at = (direction, date) => headline.find((h) => h.direction === direction && isoDay(h.date) === isoDay(date));
const measureTitle = new Map(measures.map((m) => [m.id, m.title]));
const headlineBasis = (d) => series.find((p) => p.direction === d && p.headline);
```

# {{heading}}

```js
import {dataReach} from "{{root}}site.js";
display(dataReach(meta, {lanes: ["us-tariffs", "cn-tariffs"]}));
```

<p class="hf-lede">How high the tariffs each side levies on the other's goods are, normal (MFN) duties included, how that changed since 2018, and why our estimate differs from those of other trackers.</p>

<div class="grid grid-cols-4">
  ${["us-on-cn", "cn-on-us"].flatMap((d) => [
    html`<div class="card"><h2>${DIRECTION_LABELS[d]}, ${longDate(now(d))}</h2><div class="hf-big">${headlineFigure(at(d, now(d)))}</div><div class="hf-muted">estimated average tariff incl. MFN, of which MFN ${pct(at(d, now(d))?.mfn_pct)}; ${pct((at(d, now(d))?.covered_share ?? 0) * 100, 0)} of trade under some additional duty</div></div>`,
    html`<div class="card"><h2>${DIRECTION_LABELS[d]}, when the commentary appeared</h2><div class="hf-big">${headlineFigure(at(d, meta.commentary_date))}</div><div class="hf-muted">late January 2025, of which MFN ${pct(at(d, meta.commentary_date)?.mfn_pct)}; same method</div></div>`
  ])}
</div>

<div class="hf-estimate hf-muted">These four figures are <strong>our estimates</strong>, not sourced facts: every tariff line weighted by its trade value (${["us-on-cn", "cn-on-us"].map((d) => `${label(d)}: ${headlineBasis(d) ? `${headlineBasis(d).basis.toUpperCase()} basis, ${headlineBasis(d).weights_year} weights` : "no line data"}`).join("; ")}). The PIIE basis is the headline because PIIE publishes both directions from 2018 on with stated weights; see the method below.</div>

<div class="grid grid-cols-2">
  ${["us-on-cn", "cn-on-us"].map((d) => html`<div class="card">
    <h2>${d === "us-on-cn" ? "US tariffs on Chinese goods, average incl. MFN" : "China's tariffs on US goods, average incl. MFN"}</h2>
    <h3>Percent of the partner's goods, weighted by trade per tariff line; shaded: our MFN part; lines with dots: PIIE's and the Yale Budget Lab's published figures</h3>
    ${resize((width) => tariffAverage(series, {width, direction: d, domain, yMax, published, marker: {date: meta.commentary_date, label: "Commentary"}}))}
    ${chartActions(`tariff-average-${d}`, {asOf: longDate(now(d))})}
    <div class="hf-source">Rates: the tariff steps below, each with its source. Lines, weights, MFN and exemptions: data/lines (see the method). Estimate by High Fences. ${downloadLink(series.filter((p) => p.direction === d), `tariff-series-${d}.csv`)}</div>
  </div>`)}
</div>

<div class="grid grid-cols-2">
  ${["us-on-cn", "cn-on-us"].map((d) => html`<div class="card">
    <h2>${d === "us-on-cn" ? "US additional duties by legal authority" : "China's additional duties by legal authority"}</h2>
    <h3>Percentage points of the average above, MFN left out; ${headlineBasis(d) ? `${headlineBasis(d).basis.toUpperCase()} basis` : "no line data"}</h3>
    ${resize((width) => tariffAuthorities(byAuthority, {width, direction: d, basis: headlineBasis(d)?.basis ?? "", domain}))}
    ${chartActions(`tariff-authorities-${d}`, {asOf: longDate(now(d))})}
    <div class="hf-source">${downloadLink(byAuthority.filter((p) => p.direction === d), `tariff-by-authority-${d}.csv`)}</div>
  </div>`)}
</div>

## How the estimate is made

<div class="card hf-estimate">

For every date on which a rate, a list, an exemption or an MFN rate changes, we take every tariff line (US: HTS10; China: HS8 or HS10) and add up its normal (MFN) duty and every additional duty in force on it that day, then weight the lines by their trade value in the basis's year:

average = Σ lines (trade value × (MFN + additional duties on the line)) ÷ Σ lines trade value.

- **Which lines a duty covers** comes from the published product lists (the Section 301 lists, the Section 232 product annexes, China's retaliation annexes), matched by code prefix; **rates** come only from the dated tariff steps below.
- **Exemptions** (Annex II of the reciprocal tariff, the 11 April 2025 electronics note, product exclusions, China's suspensions) are deducted between their dates.
- **Stacking rules** are data (<code>data/lines/stacking.csv</code>, listed on the Data and methods page): a 2024 Section 301 review rate *replaces* the list rate on the same line; the IEEPA reciprocal tariff and the Section 122 surcharge *do not apply* to Section 232 goods; the 2025 Section 232 steel and aluminium duties replace the 2018 ones, and a good pays one Section 232 duty. Every other pair of duties adds. Where a duty is charged on part of a good's value only (the metal content of a Section 232 derivative before April 2026), it counts on that share, and the duties it excludes keep the rest.
- **Weights** are a parameter: ${bases.map((b) => `${label(b.direction)}, ${b.basis.toUpperCase()} basis from ${b.date_from ? isoDay(b.date_from) : "the start"}${b.date_to ? ` to ${isoDay(b.date_to)}` : ""}: ${b.label}`).join("; ")}.

What the inputs lack, measured by the estimator itself:
${html`<ul>${estimateNotes.length ? estimateNotes.map((n) => html`<li>${label(n.direction)}${n.basis ? `, ${n.basis} basis` : ""}${n.weights_year ? ` (${n.weights_year})` : ""}: ${n.note}</li>`) : html`<li>nothing: every weighted line has an MFN rate and every basis period its weights</li>`}</ul>`}

</div>

## Rates per scope

```js
const direction = view(hashSelect("dir", "Direction", [{value: "us-on-cn", label: "US on Chinese goods"}, {value: "cn-on-us", label: "China on US goods"}], "us-on-cn"));
```

<div class="card">
  <h2>${direction === "us-on-cn" ? "Additional US tariff rates on Chinese goods, per list or product group" : "China's additional tariff rates on US goods, per round"}</h2>
  <h3>Each bar is a period at one rate (label in %); grey = 0%, removed or never applied</h3>
  ${resize((width) => rateGrid(steps.filter((s) => s.direction === direction), {width, domain, end: now(direction)}))}
  ${chartActions("tariff-rates", {asOf: longDate(now(direction))})}
  <div class="hf-source">Sources: one per step, listed in the table below. ${downloadLink(steps.filter((s) => s.direction === direction), `tariff-rates-${direction}.csv`)}</div>
</div>

## Why the numbers differ

<div class="card">

Trackers publish different "average tariffs" for the same day because they answer different questions: **which duties** (the normal MFN tariff too, or additional duties only), **which weights** (trade before the war, last year's trade, or customs revenue actually collected), **which exemptions** are deducted, and whether a rate counts from its announcement or from the day it applied. Below, each published figure stands beside ours on the same date and weighting basis, with what each input is worth on that day, in points, computed by re-running the estimate: **other weights** (ours on our other basis for that direction, minus ours), **exemptions** (what deducting them takes off ours), **exclusions** (what the stacking rules take off ours), our **MFN** part, and, where a source documents that a tracker used other rates than ours (Yale's build of 11 March 2026 charged the suspended List 4B), **their inputs**: what ours gains when recomputed with them. "Why" names the verdict and the largest of these. Revenue-based and simple-average figures answer other questions and are listed for context.

</div>

<div class="card">${dataTable(agreement, [
  {label: "Direction", value: (a) => label(a.direction)},
  {label: "Against", value: (a) => a.publisher},
  {label: "Our basis", value: (a) => a.basis},
  {label: "Figures", value: (a) => String(a.figures), numeric: true},
  {label: "Mean difference", value: (a) => `${a.mean_abs_pct.toFixed(1)} pts`, numeric: true},
  {label: "Largest", value: (a) => `${a.worst_abs_pct.toFixed(1)} pts (${isoDay(a.worst_date)})`, numeric: true}
], {caption: "How close ours is to PIIE and the Yale Budget Lab (absolute differences, from 2018 on)"})}</div>

<div class="card">${dataTable(comparison, [
  {label: "Date", value: (d) => isoDay(d.date)},
  {label: "Direction", value: (d) => label(d.direction)},
  {label: "Published by", value: (d) => d.publisher},
  {label: "Published", value: (d) => pct(d.published_pct), numeric: true},
  {label: "Ours", value: (d) => (d.ours_pct === undefined ? "–" : pct(d.ours_pct)), numeric: true},
  {label: "Our weights", value: (d) => (d.weights_year === undefined ? d.basis : `${d.basis} ${d.weights_year}`)},
  {label: "Difference", value: (d) => (d.difference_pct === undefined ? "–" : `${d.difference_pct > 0 ? "+" : ""}${d.difference_pct.toFixed(1)} pts`), numeric: true},
  {label: "Other weights", value: (d) => (d.weights_effect_pct === undefined ? "–" : `${d.weights_effect_pct > 0 ? "+" : ""}${d.weights_effect_pct.toFixed(1)}`), numeric: true},
  {label: "Exemptions", value: (d) => (d.exemptions_pct === undefined ? "–" : d.exemptions_pct.toFixed(1)), numeric: true},
  {label: "Exclusions", value: (d) => (d.exclusions_pct === undefined ? "–" : d.exclusions_pct.toFixed(1)), numeric: true},
  {label: "MFN part", value: (d) => (d.mfn_pct === undefined ? "–" : d.mfn_pct.toFixed(1)), numeric: true},
  {label: "Their inputs", value: (d) => (d.their_inputs_pct === undefined ? "–" : `${d.their_inputs_pct > 0 ? "+" : ""}${d.their_inputs_pct.toFixed(1)}`), numeric: true},
  {label: "Why", value: (d) => d.reason},
  {label: "Source", value: (d) => sourceLinks(d.source_ids, sources)}
], {caption: "Published averages beside our estimate for the same day and weights"})}<div class="hf-source">${downloadLink(comparison, "published-vs-ours.csv")}</div></div>

## Every tariff step, with its source

```js
const dirFilter = view(hashSelect("tdir", "Direction", [{value: "", label: "Both"}, {value: "us-on-cn", label: "US on Chinese goods"}, {value: "cn-on-us", label: "China on US goods"}, {value: "other", label: "US on third countries"}], ""));
const authorities = [...new Set(steps.map((s) => s.authority))].sort();
const authFilter = view(hashSelect("auth", "Legal authority", [{value: "", label: "All"}, ...authorities.map((a) => ({value: a, label: label(a)}))], ""));
const query = view(hashSearch("q", "Search", "e.g. List 3, EV, fentanyl"));
```

```js
const shownSteps = steps
  .filter((s) => !dirFilter || (dirFilter === "other" ? !s.direction : s.direction === dirFilter))
  .filter((s) => !authFilter || s.authority === authFilter)
  .filter((s) => !query || `${s.label} ${s.scope} ${measureTitle.get(s.measure_id)}`.toLowerCase().includes(query.toLowerCase()))
  .sort((a, b) => a.date - b.date);
```

<div class="card">${dataTable(shownSteps, [
  {label: "From", value: (d) => isoDay(d.date)},
  {label: "Goods", value: (d) => d.label ?? d.scope},
  {label: "Rate", value: (d) => `${d.rate_pct}%`, numeric: true},
  {label: "Measure", value: (d) => measureTitle.get(d.measure_id) ?? d.measure_id},
  {label: "Authority", value: (d) => label(d.authority ?? "")},
  {label: "Source", value: (d) => sourceLinks(d.source_ids, sources)}
], {caption: `${shownSteps.length} tariff steps`})}<div class="hf-source">${downloadLink(shownSteps, "tariff-steps.csv")}</div></div>
