import {ui, type Lang} from "../lib/i18n/index.js";

/**
 * Makes a chart usable from the keyboard: wraps it in a focusable group where the arrow keys step through `items`
 * (Home and End jump to the ends) and each step calls `onPick`, as pointing at a mark does. The group's label says how,
 * in `lang` (English by default).
 */
export function keyboardPicker<T>(
  chart: Element,
  items: readonly T[],
  onPick: (item: T) => void,
  label: string,
  lang: Lang = "en"
): HTMLDivElement {
  const wrap = document.createElement("div");
  wrap.className = "hf-keyboard-chart";
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "group");
  wrap.setAttribute("aria-label", ui(lang).keyboard.howTo(label, items.length));
  wrap.append(chart);
  let index = -1;
  wrap.addEventListener("keydown", (event) => {
    const steps: Record<string, number> = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1};
    if (!(event.key in steps) && event.key !== "Home" && event.key !== "End") return;
    if (items.length === 0) return;
    event.preventDefault();
    index =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? items.length - 1
          : Math.max(0, Math.min(items.length - 1, index + steps[event.key]));
    onPick(items[index]);
  });
  return wrap;
}
