---
title: {{title}}
toc: false
---

```js
import {html, reviveTables, ui, formats, timeDomain, indexById, countBy, claimViews, hashSelect, sourceIndex, claimEvidence, excerptCard, STANCE_SYMBOLS, chartActions} from "{{root}}site.js";
const lang = "{{lang}}";
const t = ui(lang);
const f = formats(lang);
```

```js
const data = reviveTables(await FileAttachment("{{data}}commentary.json").json());
const meta = data.meta[0];
const excerpts = data.excerpts;
const counterpoints = data.counterpoints;
const items = data.timeline;
const sources = sourceIndex(data.sources);
```

```js
// Derived values: lookups, counts for the filters, the shared time axis and the commentary's marker.
const itemsById = indexById(items);
const kinds = ["fact", "assessment", "forecast"];
const stances = ["against", "supports", "nuance"];
const kindCounts = countBy(excerpts, (x) => x.kind, kinds);
const stanceCounts = countBy(counterpoints, (c) => c.stance, stances);
const domain = timeDomain(meta.as_of);
const marker = {date: meta.commentary_date, label: t.commentary};
const kindInput = hashSelect("kind", `{{filters.kind}}`, [
  {value: "all", label: `{{filters.allKinds}} (${excerpts.length})`},
  ...kinds.map((k) => ({value: k, label: `${t.kinds[k]} (${kindCounts[k]})`}))
], "all");
const stanceInput = hashSelect("stance", `{{filters.stance}}`, [
  {value: "all", label: `{{filters.anyStance}} (${counterpoints.length})`},
  ...stances.map((s) => ({value: s, label: `${STANCE_SYMBOLS[s]} ${t.stances[s]} (${stanceCounts[s]})`}))
], "all");
const kind = Generators.input(kindInput);
const stance = Generators.input(stanceInput);
```

# {{title}}

{{facts.reach}}

<p class="hf-lede">{{lede}}</p>

{{original}}

{{intro}}

<div class="hf-controls">${kindInput}${stanceInput}</div>

```js
// The excerpts the filters leave, each with its linked timeline rows and its counterpoints.
const shown = claimViews(excerpts, counterpoints, itemsById, {kind, stance});
const kindName = kind === "all" ? "" : t.kinds[kind];
const stanceName = stance === "all" ? "" : t.stances[stance];
display(html`<p class="hf-muted hf-showing" aria-live="polite">{{showing}}</p>`);
for (const {excerpt: x, items: linked, counterpoints: kept, hidden} of shown) {
  display(
    excerptCard(x, {
      items: linked,
      counterpoints: kept,
      hiddenCounterpoints: hidden,
      sources,
      publisher: meta.commentary_publisher,
      lang,
      chart: linked.length ? resize((width) => claimEvidence(linked, {width, domain, marker, lang, subject: t.embed.paragraphSubject(x.paragraph)})) : undefined,
      actions: chartActions("claim-evidence", {asOf: f.longDate(meta.as_of), lang, state: {excerpt: x.id}})
    })
  );
}
```

<p class="hf-attribution">{{attribution}}</p>

<style>
.hf-excerpt { margin: 2.5rem 0 3rem; padding-top: 1rem; border-top: 1px solid var(--theme-foreground-faint); }
.hf-excerpt-head { font-size: 1.1rem; display: flex; align-items: center; gap: 0.6rem; flex-wrap: wrap; }
.hf-quote-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0.5rem 1.5rem; margin: 0.5rem 0 1rem; }
.hf-quote-pair:has(> :only-child) { grid-template-columns: 1fr; }
.hf-excerpt-note { font-size: 0.85rem; color: var(--theme-foreground-muted); max-width: none; }
.hf-evidence-card { margin: 1rem 0; }
.hf-counterpoints h3 { font-size: 0.95rem; margin-bottom: 0.3rem; }
.hf-counterpoint-list { list-style: none; padding: 0; margin: 0; max-width: none; }
.hf-counterpoint { border-left: 4px solid var(--theme-foreground-faint); padding: 0.2rem 0 0.2rem 0.7rem; margin: 0.6rem 0; max-width: 52rem; }
.hf-counterpoint .hf-badge { margin-right: 0.3rem; }
.hf-counterpoint .hf-source { display: block; }
@media (max-width: 640px) {
  .hf-quote-pair { grid-template-columns: 1fr; }
}
</style>
