---
title: {{title}}
sidebar: false
header: false
footer: ""
toc: false
pager: false
index: false
---

```js
import {revive, reviveTables, EMBED_TABLES, embedChart, embedFrame, embedTitle, embedOptions, heightMessage} from "{{root}}site.js";
const lang = "{{lang}}";
```

```js
// One embed page per chart id (the config's dynamicPaths), in each language (embed/ID.html, de/embed/ID.html): only
// the chart, its title, units, source line, as-of date and a link back to the page of its language. ?theme=dark|light
// and ?transparent set its look; the hash carries the full page's filters.
const id = observable.params.chart;
const options = embedOptions(location.search);
document.documentElement.classList.toggle("hf-theme-dark", options.theme === "dark");
document.documentElement.classList.toggle("hf-theme-light", options.theme === "light");
document.documentElement.classList.toggle("hf-transparent", options.transparent);
document.documentElement.classList.add("hf-embed-page");
// The chart's page's data file in this language ({{page}}: the page the chart is drawn on), holding every table the
// chart needs with its text in the page's language; the sources chart of Data and methods reads the sources table.
// FileAttachment wants literal names; only the chart's own file is fetched.
const files = {
  index: FileAttachment("{{data}}index.json"),
  tariffs: FileAttachment("{{data}}tariffs.json"),
  controls: FileAttachment("{{data}}controls.json"),
  trade: FileAttachment("{{data}}trade.json"),
  commentary: FileAttachment("{{data}}commentary.json"),
  next: FileAttachment("{{data}}next.json"),
  meta: FileAttachment("{{root}}data/tables/meta.json"),
  sources: FileAttachment("{{root}}data/tables/sources.json")
};
const tables =
  "{{page}}" in files
    ? reviveTables(await files["{{page}}"].json())
    : Object.fromEntries(await Promise.all(["meta", ...EMBED_TABLES[id]].map(async (name) => [name, revive(await files[name].json())])));
```

```js
const frame = embedFrame(id, {asOf: tables.meta[0].as_of, lang, title: embedTitle(id, tables, location.hash, lang), chart: resize((width) => embedChart(id, tables, {width, lang, hash: location.hash}))});
document.title = `${frame.querySelector("h2").textContent} – {{site}}`;
display(frame);
// Tell the embedding page how tall the frame's content is, on load and whenever it changes (see the snippet's comment).
// The content height: <html> is as tall as its content (not the frame), so the frame can grow and shrink to fit.
const post = () => window.parent !== window && window.parent.postMessage(heightMessage(id, document.documentElement.getBoundingClientRect().height), "*");
const observer = new ResizeObserver(post);
observer.observe(document.documentElement);
window.addEventListener("load", post);
post();
invalidation.then(() => observer.disconnect());
```
