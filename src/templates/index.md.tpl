---
title: {{title}}
toc: false
---

```js
import {html, chartBox, reviveTables, isoDay, ui, formats, headlineFigure, headlineNote, countBy, LANE_GROUPS, inLaneGroup, timeline, measureCard, keyboardPicker, timeDomain, downloadLink, lazySourceIndex, hashSelect, chartActions} from "{{root}}site.js";
const lang = "{{lang}}";
const t = ui(lang);
const f = formats(lang);
```

```js
const data = reviveTables(await FileAttachment("{{data}}index.json").json());
const meta = data.meta[0];
const items = data.timeline;
const pins = data.excerpt_pins;
const headline = data.headline;
const tradeYears = data.trade_years;
// The measure card links sources only once a measure is picked: fetch their index then, not on first load.
const sources = lazySourceIndex(FileAttachment("{{data}}sources-index.json"));
```

```js
const at = (direction, date) => headline.find((h) => h.direction === direction && isoDay(h.date) === isoDay(date));
const lastTrade = tradeYears[tradeYears.length - 1];
const measuresBy = countBy(items.filter((i) => i.kind === "measure"), (i) => i.actor, ["US", "CN"]);
const selected = Mutable(null);
const select = (item) => (selected.value = item);
```

# High Fences

```js
import {dataReach} from "{{root}}site.js";
display(dataReach(meta, {lang}));
```

${html`<p class="hf-lede"><em lang="de">„Und es konnte wohl nur entstehen, weil die USA seit acht Jahren auf restriktiven Protektionismus setzten.“</em> {{lede.before}}<a href="${meta.commentary_url}" rel="noopener noreferrer" target="_blank">{{lede.link}}</a>{{lede.after}}</p>`}

<div class="grid grid-cols-4">
  <div class="card">
    <h2>${t.directions["us-on-cn"]}</h2>
    <div class="hf-big">${headlineFigure(at("us-on-cn", meta.checked_through_us_tariffs), lang)}</div>
    <div class="hf-muted">${headlineNote(at("us-on-cn", meta.checked_through_us_tariffs), at("us-on-cn", meta.commentary_date), meta.checked_through_us_tariffs, lang)}</div>
  </div>
  <div class="card">
    <h2>${t.directions["cn-on-us"]}</h2>
    <div class="hf-big">${headlineFigure(at("cn-on-us", meta.checked_through_cn_tariffs), lang)}</div>
    <div class="hf-muted">${headlineNote(at("cn-on-us", meta.checked_through_cn_tariffs), at("cn-on-us", meta.commentary_date), meta.checked_through_cn_tariffs, lang)}</div>
  </div>
  <div class="card">
    <h2>{{cards.trade}}</h2>
    <div class="hf-big">${f.usdBn(lastTrade?.imports_usd_bn, 0)}</div>
    <div class="hf-muted">{{cards.tradeNote.before}}${lastTrade?.year}{{cards.tradeNote.middle}}${f.usdBn(lastTrade?.exports_usd_bn, 0)}{{cards.tradeNote.after}}</div>
  </div>
  <div class="card">
    <h2>{{cards.measures}}</h2>
    <div class="hf-big">${measuresBy.US + measuresBy.CN}</div>
    <div class="hf-muted">${measuresBy.US}{{cards.measuresNote.us}}${measuresBy.CN}{{cards.measuresNote.cn}}</div>
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
