import {ui, type Lang} from "../lib/i18n/index.js";

/** A column of a data table: its heading and how to render a row's cell (text, or an element such as links). */
export interface Column<T> {
  label: string;
  value: (row: T) => string | Node;
  /** Right-align (numbers). */
  numeric?: boolean;
}

/**
 * A plain, accessible table: a caption, a scrolling wrapper so a wide table never widens the page, and cells set as
 * text (or given nodes), never as HTML. On narrow screens CSS turns each row into a card with the headings as labels.
 * `lang` sets the table's own words (the caption's count, the empty state). `total` is how many rows there are when
 * `rows` holds only the first `limit` of them (a page that loads the rest only when they are asked for).
 */
export function dataTable<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  {caption, limit, total = rows.length, lang = "en"}: {caption: string; limit?: number; total?: number; lang?: Lang}
): HTMLDivElement {
  const t = ui(lang).table;
  const wrap = document.createElement("div");
  wrap.className = "hf-table";
  wrap.tabIndex = 0; // the scrolling region is reachable with the keyboard
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", caption);
  const table = document.createElement("table");
  const cap = document.createElement("caption");
  cap.textContent = limit !== undefined && total > limit ? t.first(caption, limit, total) : caption;
  table.append(cap);
  const head = table.createTHead().insertRow();
  for (const c of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = c.label;
    if (c.numeric) th.className = "hf-num";
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of limit !== undefined ? rows.slice(0, limit) : rows) {
    const tr = body.insertRow();
    for (const c of columns) {
      const td = tr.insertCell();
      td.dataset.label = c.label;
      if (c.numeric) td.className = "hf-num";
      const v = c.value(row);
      td.append(typeof v === "string" ? document.createTextNode(v) : v);
    }
  }
  if (rows.length === 0) {
    const td = body.insertRow().insertCell();
    td.colSpan = columns.length;
    td.textContent = t.noRows;
  }
  wrap.append(table);
  return wrap;
}
