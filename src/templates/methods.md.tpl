---
title: {{title}}
toc:
  show: true
  label: {{tocLabel}}
---

```js
import {html, chartBox, revive, formats, matchSources, tableDocCard, lazyDownloadLink, dataTable, sourceYears, sourceIndex, sourceLinks, hashSearch, hashSelect, chartActions} from "{{root}}site.js";
const lang = "{{lang}}";
const f = formats(lang);
```

```js
// The page's own facts in its language (pages/PAGE.json, pages/de/PAGE.json): the meta row, the releases and the
// column docs of every raw table.
const pageData = await FileAttachment("{{data}}methods.json").json();
const meta = revive(pageData.meta)[0];
const docs = pageData.table_docs;
const changelog = revive(pageData.changelog);
// The sources' dates and kinds (chart, counts) and the table's first rows; the whole list only once a filter is set.
const sourceHeads = revive(await FileAttachment("{{root}}data/tables/pages/sources-methods-head.json").json());
const firstSources = sourceHeads.slice(0, 40);
const allSources = FileAttachment("{{root}}data/tables/pages/sources-methods.json");
// Every table the site emits, raw and derived: a static JSON file each (FileAttachment needs literal names).
const files = {
  sources: FileAttachment("{{root}}data/tables/sources.json"),
  measures: FileAttachment("{{root}}data/tables/measures.json"),
  measure_status: FileAttachment("{{root}}data/tables/measure_status.json"),
  tariff_scopes: FileAttachment("{{root}}data/tables/tariff_scopes.json"),
  tariff_actions: FileAttachment("{{root}}data/tables/tariff_actions.json"),
  chips: FileAttachment("{{root}}data/tables/chips.json"),
  chip_rules: FileAttachment("{{root}}data/tables/chip_rules.json"),
  chip_rule_thresholds: FileAttachment("{{root}}data/tables/chip_rule_thresholds.json"),
  events: FileAttachment("{{root}}data/tables/events.json"),
  trade: FileAttachment("{{root}}data/tables/trade.json"),
  excerpts: FileAttachment("{{root}}data/tables/excerpts.json"),
  counterpoints: FileAttachment("{{root}}data/tables/counterpoints.json"),
  forecasts: FileAttachment("{{root}}data/tables/forecasts.json"),
  published_estimates: FileAttachment("{{root}}data/tables/published_estimates.json"),
  changelog: FileAttachment("{{root}}data/tables/changelog.json"),
  timeline: FileAttachment("{{root}}data/tables/timeline.json"),
  excerpt_pins: FileAttachment("{{root}}data/tables/excerpt_pins.json"),
  current_status: FileAttachment("{{root}}data/tables/current_status.json"),
  tariff_steps: FileAttachment("{{root}}data/tables/tariff_steps.json"),
  tariff_weights: FileAttachment("{{root}}data/tables/tariff_weights.json"),
  tariff_unweighted: FileAttachment("{{root}}data/tables/tariff_unweighted.json"),
  tariff_average: FileAttachment("{{root}}data/tables/tariff_average.json"),
  headline: FileAttachment("{{root}}data/tables/headline.json"),
  line_stacking: FileAttachment("{{root}}data/tables/line_stacking.json"),
  line_bases: FileAttachment("{{root}}data/tables/line_bases.json"),
  line_provenance: FileAttachment("{{root}}data/tables/line_provenance.json"),
  tariff_series: FileAttachment("{{root}}data/tables/tariff_series.json"),
  tariff_series_by_authority: FileAttachment("{{root}}data/tables/tariff_series_by_authority.json"),
  tariff_comparison: FileAttachment("{{root}}data/tables/tariff_comparison.json"),
  tariff_agreement: FileAttachment("{{root}}data/tables/tariff_agreement.json"),
  tariff_estimate_notes: FileAttachment("{{root}}data/tables/tariff_estimate_notes.json"),
  chip_classes: FileAttachment("{{root}}data/tables/chip_classes.json"),
  trade_years: FileAttachment("{{root}}data/tables/trade_years.json"),
  lane_reach: FileAttachment("{{root}}data/tables/lane_reach.json")
};
const DERIVED = {
  timeline: `{{derived.tables.timeline}}`,
  excerpt_pins: `{{derived.tables.excerpt_pins}}`,
  current_status: `{{derived.tables.current_status}}`,
  tariff_steps: `{{derived.tables.tariff_steps}}`,
  tariff_series: `{{derived.tables.tariff_series}}`,
  tariff_series_by_authority: `{{derived.tables.tariff_series_by_authority}}`,
  tariff_comparison: `{{derived.tables.tariff_comparison}}`,
  tariff_agreement: `{{derived.tables.tariff_agreement}}`,
  tariff_estimate_notes: `{{derived.tables.tariff_estimate_notes}}`,
  headline: `{{derived.tables.headline}}`,
  tariff_weights: `{{derived.tables.tariff_weights}}`,
  tariff_unweighted: `{{derived.tables.tariff_unweighted}}`,
  tariff_average: `{{derived.tables.tariff_average}}`,
  chip_classes: `{{derived.tables.chip_classes}}`,
  trade_years: `{{derived.tables.trade_years}}`,
  lane_reach: `{{derived.tables.lane_reach}}`
};
const stats = new Map((await FileAttachment("{{root}}data/tables/table_stats.json").json()).map((t) => [t.table, t]));
// Only the small stats table is fetched up front; a table's rows are fetched when its CSV is asked for.
const downloads = (name) => html`<span class="hf-source"><a href="${files[name].href}" download="${name}.json">JSON</a> · ${lazyDownloadLink(async () => revive(await files[name].json()), `${name}.csv`, "CSV")}</span>`;
```

# {{title}}

{{facts.reach}}

```js
import {changelogTable} from "{{root}}site.js";
```

<p class="hf-lede">{{lede}}</p>

{{columns}}

<h2 id="the-sources" tabindex="-1">{{headings.sources}}</h2>

{{sources.intro}}

<div class="card">
  <h2>{{sources.chartTitle}}</h2>
  <h3>{{sources.chartSubtitle}}</h3>
  ${chartBox("sourceYears", resize((width) => sourceYears(sourceHeads, {width, lang})))}
  ${chartActions("sources-by-year", {asOf: f.longDate(meta.as_of), lang})}
  <div class="hf-source">{{sources.chartSource}} ${lazyDownloadLink(async () => revive(await files.sources.json()), "sources.csv", {lang})}</div>
</div>

```js
const kind = view(hashSelect("kind", `{{sources.kind}}`, [{value: "", label: `{{sources.all}}`}, {value: "primary", label: `{{sources.primary}}`}, {value: "secondary", label: `{{sources.secondary}}`}], ""));
const q = view(hashSearch("q", `{{sources.search}}`, `{{sources.placeholder}}`));
```

```js
const filtered = Boolean(kind || q.trim());
const listed = filtered ? revive(await allSources.json()) : firstSources;
const sources = sourceIndex(listed);
const shownSources = matchSources(listed, {kind, q});
const sourceKinds = {primary: `{{sources.kinds.primary}}`, secondary: `{{sources.kinds.secondary}}`};
```

<div class="card">${dataTable(shownSources, [
  {label: `{{sources.source}}`, value: (s) => sourceLinks([s.id], sources, lang)},
  {label: `{{sources.titleColumn}}`, value: (s) => html`<cite class="hf-cited">${s.title}</cite>`},
  {label: `{{sources.publisher}}`, value: (s) => s.publisher},
  {label: `{{sources.date}}`, value: (s) => f.longDate(s.date)},
  {label: `{{sources.kindColumn}}`, value: (s) => sourceKinds[s.kind] ?? s.kind}
], {caption: `{{sources.caption}}`, limit: 40, total: filtered ? shownSources.length : sourceHeads.length, lang})}<div class="hf-source">${downloads("sources")}</div></div>

<h2 id="the-raw-tables" tabindex="-1">{{headings.raw}}</h2>

{{raw}}

```js
for (const doc of docs.filter((d) => d.table !== "meta")) display(tableDocCard(doc, {stat: stats.get(doc.table), download: files[doc.table] ? downloads(doc.table) : undefined, lang}));
```

<h2 id="the-derived-tables" tabindex="-1">{{headings.derived}}</h2>

{{derived.intro}}

<div class="card">${dataTable(Object.entries(DERIVED), [
  {label: `{{derived.table}}`, value: ([name]) => name},
  {label: `{{derived.holds}}`, value: ([, text]) => text},
  {label: `{{derived.rows}}`, value: ([name]) => String(stats.get(name)?.rows ?? "–"), numeric: true},
  {label: `{{derived.download}}`, value: ([name]) => downloads(name)}
], {caption: `{{derived.caption}}`, lang})}</div>

<h2 id="how-the-average-tariff-is-estimated" tabindex="-1">{{headings.estimate}}</h2>

<div class="card hf-estimate">

{{estimate}}

</div>

<h2 id="how-chip-figures-are-derived" tabindex="-1">{{headings.chips}}</h2>

<div class="card">

{{chips}}

</div>

<h2 id="rebuild-and-publish" tabindex="-1">{{headings.rebuild}}</h2>

<div class="card">

{{rebuild}}

</div>

<h2 id="licences-and-reuse" tabindex="-1">{{headings.licences}}</h2>

<div class="card">

{{licences}}

</div>

<h2 id="changes-to-the-data" tabindex="-1">{{headings.changes}}</h2>

{{changes}}

<div class="card">${changelogTable(changelog, await FileAttachment("{{root}}data/tables/vintages.json").json(), {lang, base: "{{root}}"})}</div>

<h2 id="known-limits" tabindex="-1">{{headings.limits}}</h2>

<div class="card">

{{limits}}

</div>

<style>
/* A source's title is a citation (kept in its own language on both pages), set upright like the rest of the table. */
.hf-cited { font-style: normal; }
</style>
