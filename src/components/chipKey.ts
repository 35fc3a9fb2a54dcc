// The chip chart's key and caption, and the class cell of the chip tables: a coloured glyph beside words, so colour
// never carries the class alone. DOM only; the words come from src/lib/chipWords.ts.
import {CLASS_GLYPHS, missingReason} from "../lib/chipWords.js";
import type {ChipPoint} from "../lib/derive/chipPoints.js";
import {ui, type Lang} from "../lib/i18n/index.js";
import {CLASSIFICATIONS, type ChipMetric, type Classification} from "../lib/vocab.js";
import {CLASS_COLORS} from "./theme.js";

function el(tag: string, text?: string, className?: string): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** "■ Licence required": the class's glyph in its colour (hidden from screen readers), then the text. */
export function classItem(
  classification: Classification,
  text: string = ui("en").chips.classes[classification]
): HTMLElement {
  const item = el("span");
  const glyph = el("span", CLASS_GLYPHS[classification]);
  glyph.style.color = CLASS_COLORS[classification];
  glyph.setAttribute("aria-hidden", "true");
  item.append(glyph, ` ${text}`);
  return item;
}

/** A chip-table cell: the class's glyph and text (chipMatrix's ChipClassText), or "–" where the chip has no class. */
export function classCell(k: {classification: Classification; text: string} | undefined): HTMLElement | string {
  return k ? classItem(k.classification, k.text) : "–";
}

/** The caption: the key to shapes and colours, clauses the two axes cannot show, and the chips that could not be placed. */
export function chipCaption(
  missing: readonly ChipPoint[],
  y: ChipMetric,
  hidden: readonly string[],
  lang: Lang = "en"
): HTMLElement {
  const t = ui(lang).chips;
  const root = el("div", undefined, "hf-chip-caption");
  const key = el("div", undefined, "hf-chip-key");
  for (const c of CLASSIFICATIONS) key.append(classItem(c, t.classes[c]), " ");
  key.append(el("span", t.keyNote));
  root.append(key);
  if (hidden.length) root.append(el("div", t.notDrawn(hidden)));
  if (missing.length) {
    const list = el("div", t.notPlotted);
    missing.forEach((p, i) => {
      if (i) list.append("; ");
      list.append(
        el("strong", p.name),
        t.computed(missingReason(p, y, lang) ?? "", t.classes[p.classification], p.classification === "not-controlled")
      );
    });
    list.append(".");
    if (missing.some((p) => p.classification === "not-controlled")) list.append(t.unverifiedNote);
    root.append(list);
  }
  return root;
}
