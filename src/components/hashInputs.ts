import {readHash, writeHash} from "./urlState.js";

/** One option of a select. */
export interface Option {
  value: string;
  label: string;
}

/**
 * A native, labelled <select> whose value lives in the URL hash under `key`. Works as a Framework input: its `value`
 * property and "input" events let a page use it with view() or Generators.input().
 */
export function hashSelect(
  key: string,
  labelText: string,
  options: readonly Option[],
  fallback = ""
): HTMLLabelElement & {value: string} {
  const wrapper = document.createElement("label") as HTMLLabelElement & {value: string};
  wrapper.className = "hf-control";
  const span = document.createElement("span");
  span.textContent = labelText;
  const select = document.createElement("select");
  select.name = key;
  for (const o of options) {
    const option = document.createElement("option");
    option.value = o.value;
    option.textContent = o.label;
    select.append(option);
  }
  const initial = readHash().get(key) ?? fallback;
  select.value = options.some((o) => o.value === initial) ? initial : fallback;
  wrapper.value = select.value;
  select.addEventListener("change", () => {
    wrapper.value = select.value;
    writeHash({[key]: select.value === fallback ? undefined : select.value});
    wrapper.dispatchEvent(new Event("input", {bubbles: true}));
  });
  // The select's own input event would reach the page with the wrapper's old value: only the change above speaks.
  select.addEventListener("input", (event) => event.stopPropagation());
  wrapper.append(span, select);
  return wrapper;
}

/** A labelled text search box whose value lives in the URL hash under `key`. */
export function hashSearch(key: string, labelText: string, placeholder = ""): HTMLLabelElement & {value: string} {
  const wrapper = document.createElement("label") as HTMLLabelElement & {value: string};
  wrapper.className = "hf-control";
  const span = document.createElement("span");
  span.textContent = labelText;
  const input = document.createElement("input");
  input.type = "search";
  input.name = key;
  input.placeholder = placeholder;
  input.value = readHash().get(key) ?? "";
  wrapper.value = input.value;
  input.addEventListener("input", (event) => {
    event.stopPropagation();
    wrapper.value = input.value;
    writeHash({[key]: input.value || undefined});
    wrapper.dispatchEvent(new Event("input", {bubbles: true}));
  });
  wrapper.append(span, input);
  return wrapper;
}
