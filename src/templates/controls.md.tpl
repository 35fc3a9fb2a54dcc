---
title: {{title}}
toc: false
---

```js
import {html, chartBox, controlPeriods, reviveTables, isoDay, chipThresholds, chipPoints, chipMatrix, chipMatrixRecords, classCell, describeRule, figureLines, orderedRules, plottable, ruleSourceIds, secondMetric, rulesTimeline, mineralControls, statusSince, withCurrentStatus, timeDomain, downloadLink, sourceIndex, sourceLinks, dataTable, hashSelect, chartActions, ui, formats} from "{{root}}site.js";
const lang = "{{lang}}";
const t = ui(lang);
const f = formats(lang);
```

```js
const data = reviveTables(await FileAttachment("{{data}}controls.json").json());
const meta = data.meta[0];
const chipClasses = data.chip_classes;
const chips = data.chips;
const chipRules = orderedRules(data.chip_rules);
const thresholds = data.chip_rule_thresholds;
const measures = data.measures;
const history = data.measure_status;
const current = data.current_status;
const sources = sourceIndex(data.sources);
```

```js
const domain = timeDomain(meta.horizon);
const marker = {date: meta.commentary_date, label: t.commentary};
const label = t.label;
const longDate = f.longDate;
const latestRule = chipRules[chipRules.length - 1]?.id ?? "";
const ruleInput = hashSelect("rule", "{{filters.rule}}", chipRules.map((r) => ({value: r.id, label: r.name})), latestRule);
// The rules over time: the US export-control lane of the shared timeline (controls, listings, chip subsidies).
const usPeriods = controlPeriods("us", measures, history, meta);
// China's controls on minerals and materials (its listings of firms are in the table below).
const cnPeriods = controlPeriods("cn", measures, history, meta);
const matrix = chipMatrix(chipClasses, {chips, rules: chipRules, thresholds, lang});
```

```js
const rule = Generators.input(ruleInput);
```

```js
const ruleRow = chipRules.find((r) => r.id === rule);
const ruleThresholds = thresholds.filter((t) => t.rule_id === rule);
const yMetric = secondMetric(ruleThresholds);
const points = chipPoints(chipClasses, {rule, chips, rules: chipRules});
const plottedChips = plottable(points, yMetric).map(({short, derivation, ...p}) => ({...p, derivation}));
```

# {{heading}}

{{facts.reach}}

<p class="hf-lede">{{lede}}</p>

<div class="grid grid-cols-1">
  <div class="card">
    <h2>{{chips.titleBefore}}<span class="hf-opens">{{facts.chipRule}}</span>${ruleRow?.name ?? "{{chips.selectedRule}}"}{{chips.titleAfter}}</h2>
    <h3>{{chips.inForce}}<span class="hf-opens">{{facts.chipEffective}}</span>${longDate(ruleRow?.effective)}{{chips.tpp}}<span class="hf-opens">{{facts.chipMetric}}</span>${yMetric === "interconnect_gbps" ? "{{chips.interconnect}}" : "{{chips.density}}"}{{chips.subtitleAfter}}</h3>
    <div class="hf-controls">${ruleInput}</div>
    ${chartBox("chipThresholds", resize((width) => chipThresholds(chipClasses, {width, lang, rule, chips, rules: chipRules, thresholds})))}
    ${chartActions("chip-thresholds", {asOf: longDate(meta.as_of), lang})}
    <ul class="hf-rule-clauses">${describeRule(ruleThresholds, lang).map((c) => html`<li>${c}</li>`)}</ul>
    ${ruleRow?.notes ? html`<details class="hf-rule-notes"><summary>{{chips.notes}}</summary><p>${ruleRow.notes}</p></details>` : ""}
    <div class="hf-source">{{chips.sourceBefore}}${sourceLinks(ruleSourceIds(ruleRow, ruleThresholds), sources, lang)}{{chips.sourceAfter}} ${downloadLink(plottedChips, `chips-${rule}.csv`, t.download.rows)}</div>
  </div>
</div>

<div class="grid grid-cols-1">
  <div class="card">
    <h2>{{matrix.title}}</h2>
    <h3>{{matrix.subtitle}}</h3>
    ${dataTable(matrix, [
      {label: "{{cols.chip}}", value: (r) => r.chip},
      {label: "{{cols.vendor}}", value: (r) => r.vendor},
      {label: "{{cols.madeFor}}", value: (r) => r.market},
      ...chipRules.map((rl) => ({label: rl.name, value: (r) => classCell(r.classes[rl.id], lang)})),
      {label: "{{cols.moved}}", value: (r) => r.moved || "–"}
    ], {caption: "{{matrix.caption}}", lang})}
    <div class="hf-source">{{matrix.source}} ${downloadLink(chipMatrixRecords(matrix, chipRules), "chip-classes-by-rule.csv", t.download.rows)}</div>
    <details class="hf-derivations">
      <summary>{{derivation.summary}}</summary>
      ${dataTable(points, [
        {label: "{{cols.chip}}", value: (p) => p.name},
        {label: "{{cols.figures}}", value: (p) => figureLines(p, lang).join("; ") || "–"},
        {label: "{{cols.derivation}}", value: (p) => p.derivation},
        {label: "{{cols.sources}}", value: (p) => sourceLinks(p.source_ids, sources, lang)}
      ], {caption: "{{derivation.caption}}", lang})}
    </details>
  </div>
</div>

<div class="grid grid-cols-1">
  <div class="card">
    <h2>{{us.title}}{{facts.usSince}}</h2>
    <h3>{{us.subtitleBefore}}{{facts.usControls}}{{us.subtitleAfter}}</h3>
    ${chartBox("rulesTimeline", resize((width) => rulesTimeline(usPeriods, {width, lang, domain, marker, ruleMeasureIds: chipRules.map((r) => r.measure_id)})))}
    ${chartActions("us-export-controls", {asOf: longDate(meta.checked_through_us_controls), lang})}
    <div class="hf-source">{{periods.sources}}{{facts.usSources}}{{us.checked}}{{facts.usCheckedIso}}. ${downloadLink(usPeriods, "us-export-controls-periods.csv", t.download.rows)}</div>
  </div>
</div>

<div class="grid grid-cols-1">
  <div class="card">
    <h2>{{cn.title}}</h2>
    <h3>{{cn.subtitleBefore}}{{facts.cnControls}}{{cn.subtitleAfter}}</h3>
    ${chartBox("mineralControls", resize((width) => mineralControls(cnPeriods, {width, lang, domain, marker})))}
    ${chartActions("china-mineral-controls", {asOf: longDate(meta.checked_through_cn_controls), lang})}
    <div class="hf-source">{{periods.sources}}{{facts.cnSources}}{{cn.source}} ${downloadLink(cnPeriods, "china-export-controls-periods.csv", t.download.rows)}</div>
  </div>
</div>

```js
const actorInput = hashSelect("actor", "{{filters.actor}}", [{value: "", label: "{{filters.both}}"}, {value: "US", label: "{{filters.us}}"}, {value: "CN", label: "{{filters.cn}}"}], "");
const instrumentInput = hashSelect("instrument", "{{filters.instrument}}", [{value: "", label: "{{filters.both}}"}, {value: "export-control", label: "{{filters.exportControls}}"}, {value: "entity-listing", label: "{{filters.entityListings}}"}], "");
const actor = Generators.input(actorInput);
const instrument = Generators.input(instrumentInput);
```

```js
const tableRows = withCurrentStatus(measures.filter((m) => ["export-control", "entity-listing"].includes(m.instrument) && (!actor || m.actor === actor) && (!instrument || m.instrument === instrument)), current);
```

<div class="grid grid-cols-1">
  <div class="card">
    <h2>{{table.title}}</h2>
    <h3>${tableRows.length}{{table.subtitle}}</h3>
    <div class="hf-controls">${actorInput}${instrumentInput}</div>
    ${dataTable(tableRows, [
      {label: "{{cols.measure}}", value: (r) => r.title},
      {label: "{{filters.actor}}", value: (r) => r.actor},
      {label: "{{filters.instrument}}", value: (r) => label(r.instrument)},
      {label: "{{cols.announced}}", value: (r) => isoDay(r.announced)},
      {label: "{{cols.effective}}", value: (r) => (r.effective ? isoDay(r.effective) : "–")},
      {label: "{{cols.ended}}", value: (r) => (r.ended ? isoDay(r.ended) : "–")},
      {label: "{{cols.statusNow}}", value: (r) => (r.status ? statusSince(r.status, r.status_since, lang) : "–")},
      {label: "{{cols.sources}}", value: (r) => sourceLinks(r.source_ids, sources, lang)}
    ], {caption: "{{table.caption}}", lang})}
    <div class="hf-source">{{table.source}} ${downloadLink(tableRows, "export-controls-and-listings.csv", t.download.rows)}</div>
  </div>
</div>

<style>
.hf-controls > .hf-control { min-width: 0; max-width: 100%; }
.hf-rule-clauses { font-size: 0.8rem; margin: 0.4rem 0 0; padding-left: 1.2rem; }
.hf-chip-caption { font-size: 0.8rem; color: var(--theme-foreground-muted); display: grid; gap: 0.25rem; }
.hf-chip-caption strong { color: var(--theme-foreground); font-weight: 600; }
.hf-chip-key { display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; color: var(--theme-foreground); }
.hf-derivations { margin-top: 0.8rem; }
.hf-table td[data-label="{{cols.announced}}"], .hf-table td[data-label="{{cols.effective}}"], .hf-table td[data-label="{{cols.ended}}"] { white-space: nowrap; }
.hf-rule-notes { font-size: 0.8rem; margin-top: 0.4rem; }
.hf-rule-notes summary { cursor: pointer; }
.hf-rule-notes p { margin: 0.3rem 0; max-width: none; }
.hf-derivations summary { cursor: pointer; font-weight: 600; font-size: 0.9rem; }
</style>
