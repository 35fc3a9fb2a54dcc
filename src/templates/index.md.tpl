---
title: {{title}}
toc: false
---

```js
import {chartBox, reviveTables, ui, formats, LANE_GROUPS, inLaneGroup, timeline, measureCard, keyboardPicker, timeDomain, downloadLink, lazySourceIndex, hashSelect, chartActions} from "{{root}}site.js";
const lang = "{{lang}}";
const t = ui(lang);
const f = formats(lang);
```

```js
const data = reviveTables(await FileAttachment("{{data}}index.json").json());
const meta = data.meta[0];
const items = data.timeline;
const pins = data.excerpt_pins;
// The measure card links sources only once a measure is picked: fetch their index then, not on first load.
const sources = lazySourceIndex(FileAttachment("{{data}}sources-index.json"));
```

```js
const selected = Mutable(null);
const select = (item) => (selected.value = item);
```

# High Fences

{{facts.reach}}

<p class="hf-lede"><em lang="de">„Und es konnte wohl nur entstehen, weil die USA seit acht Jahren auf restriktiven Protektionismus setzten.“</em> {{lede.before}}<a href="{{facts.commentaryUrl}}" rel="noopener noreferrer" target="_blank">{{lede.link}}</a>{{lede.after}}</p>

<div class="grid grid-cols-4">
  <div class="card">
    <h2>{{facts.usDirection}}</h2>
    <div class="hf-big">{{facts.usFigure}}</div>
    <div class="hf-muted">{{facts.usNote}}</div>
  </div>
  <div class="card">
    <h2>{{facts.cnDirection}}</h2>
    <div class="hf-big">{{facts.cnFigure}}</div>
    <div class="hf-muted">{{facts.cnNote}}</div>
  </div>
  <div class="card">
    <h2>{{cards.trade}}</h2>
    <div class="hf-big">{{facts.tradeImports}}</div>
    <div class="hf-muted">{{cards.tradeNote.before}}{{facts.tradeYear}}{{cards.tradeNote.middle}}{{facts.tradeExports}}{{cards.tradeNote.after}}</div>
  </div>
  <div class="card">
    <h2>{{cards.measures}}</h2>
    <div class="hf-big">{{facts.measures}}</div>
    <div class="hf-muted">{{facts.measuresUs}}{{cards.measuresNote.us}}{{facts.measuresCn}}{{cards.measuresNote.cn}}</div>
  </div>
</div>

<p class="hf-estimate hf-muted">{{estimates}}</p>

```js
const show = view(hashSelect("lanes", "{{show}}", LANE_GROUPS.map((g) => ({value: g.value, label: t.laneGroups[g.value] ?? g.label})), ""));
```

```js
const shownItems = items.filter((i) => inLaneGroup(i.lane, show));
const shownPins = pins.filter((p) => inLaneGroup(p.lane, show));
```

<div class="card">
  <h2>{{timeline.title}}</h2>
  <h3>{{timeline.subtitle}}</h3>
  ${chartBox("timeline", resize((width) => {
    const chart = timeline(shownItems, {width, lang, domain: timeDomain(meta.horizon), pins: shownPins, marker: {date: meta.commentary_date, label: t.commentary}});
    chart.addEventListener("input", () => select(chart.value));
    return keyboardPicker(chart, shownItems, select, "{{timeline.keyboard}}", lang);
  }))}
  ${measureCard(selected, sources, lang)}
  ${chartActions("overview-timeline", {asOf: f.longDate(meta.as_of), lang})}
  <div class="hf-source">{{timeline.source}} ${downloadLink(shownItems, "timeline.csv", t.download.rows)}</div>
</div>

<div class="grid grid-cols-3">
  <div class="card"><h2><a href="./tariffs.html">{{next.tariffs.title}}</a></h2><p>{{next.tariffs.text}}</p></div>
  <div class="card"><h2><a href="./controls.html">{{next.controls.title}}</a></h2><p>{{next.controls.text}}</p></div>
  <div class="card"><h2><a href="./commentary.html">{{next.commentary.title}}</a></h2><p>{{next.commentary.text}}</p></div>
</div>
