// The action bar of a chart card: "Embed" (a copy-ready <iframe> snippet for the chart's embed page, with the page's
// current filters), "SVG" and "PNG" (the chart as on screen, with its title, units, source line, as-of date and the
// site's name drawn in). Placed inside the card, after the chart; it finds the chart and its texts when clicked.
import {chartHash, chartSpec, embedSnippet, embedUrl, imageFilename} from "../lib/charts.js";
import {ui, type Lang} from "../lib/i18n/index.js";
import {cardFigure, pngBlob, saveBlob, svgBlob} from "./chartImage.js";

function button(text: string, title: string, onClick: () => void | Promise<void>): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "hf-action";
  b.textContent = text;
  b.title = title;
  b.addEventListener("click", () => void onClick());
  return b;
}

/**
 * The Embed / SVG / PNG actions of the chart `id` (see src/lib/charts.ts for the ids). `asOf` is the data's as-of date
 * as readers see it ("1 December 2026"), drawn into the images. `state` is hash state of this one chart that the page
 * does not keep in its own hash (the excerpt of a claim-evidence chart, of which the page draws many). `lang` sets the
 * buttons' words and the images' footer (English by default).
 */
export function chartActions(
  id: string,
  {asOf, state = {}, lang = "en"}: {asOf: string; state?: Record<string, string>; lang?: Lang}
): HTMLElement {
  const t = ui(lang).chart;
  const spec = chartSpec(id, lang);
  const bar = document.createElement("div");
  bar.className = "hf-chart-actions";
  bar.dataset.chart = id;
  const card = () => bar.closest(".card") ?? bar.parentElement!;
  const figure = () => cardFigure(card(), {asOf, lang, fallback: {...spec, asOf}});

  const details = document.createElement("details");
  details.className = "hf-embed";
  const summary = document.createElement("summary");
  summary.textContent = t.embed;
  const panel = document.createElement("div");
  panel.className = "hf-embed-panel";
  const theme = document.createElement("select");
  theme.setAttribute("aria-label", t.embedTheme);
  for (const [value, label] of [
    ["", t.themeFollow],
    ["light", t.themeLight],
    ["dark", t.themeDark]
  ]) {
    theme.append(new Option(label, value));
  }
  const transparentLabel = document.createElement("label");
  const transparent = document.createElement("input");
  transparent.type = "checkbox";
  transparentLabel.append(transparent, t.transparent);
  const code = document.createElement("textarea");
  code.readOnly = true;
  code.rows = 5;
  code.setAttribute("aria-label", t.embedCode);
  const copy = button(t.copy, t.copyTitle, async () => {
    code.select();
    try {
      await navigator.clipboard.writeText(code.value);
      copy.textContent = t.copied;
    } catch {
      copy.textContent = t.pressCopy;
    }
    setTimeout(() => (copy.textContent = t.copy), 2000);
  });
  const update = () => {
    const src = embedUrl(location.href, id, {
      theme: (theme.value || undefined) as "dark" | "light" | undefined,
      transparent: transparent.checked,
      hash: chartHash(id, `${location.hash}&${new URLSearchParams(state)}`)
    });
    const height = (card().getBoundingClientRect().height || 480) + 40;
    // The frame's title is the card's, as on screen (it follows the page's filters).
    const title = card().querySelector("h2")?.textContent?.replace(/\s+/g, " ").trim() || spec.title;
    code.value = embedSnippet(src, id, {lang, title, height});
  };
  theme.addEventListener("change", update);
  transparent.addEventListener("change", update);
  panel.append(theme, transparentLabel, code, copy);
  // The panel joins the page when first opened: a closed <details> would hold controls no keyboard can reach.
  details.addEventListener("toggle", () => {
    if (!details.open) return;
    if (!panel.isConnected) details.append(panel);
    update();
  });
  details.append(summary);

  bar.append(
    details,
    button(t.svg, t.svgTitle, () =>
      saveBlob(svgBlob(figure()), imageFilename(id, "svg", Object.values(state).join("-")))
    ),
    button(t.png, t.pngTitle, async () =>
      saveBlob(await pngBlob(figure()), imageFilename(id, "png", Object.values(state).join("-")))
    )
  );
  return bar;
}
