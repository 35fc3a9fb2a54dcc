import type {TableDoc} from "../lib/tableDocs.js";
import {dataTable} from "./dataTable.js";
import {ui, type Lang} from "../lib/i18n/index.js";

/** What the methods page knows of a table besides its docs (the loader's table_stats row). */
export interface TableStat {
  rows: number;
  sources_cited: number;
  /** The first row as JSON, or "" for an empty table. */
  example: string;
}

function el(tag: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * One raw table on the methods page: its file and title as a heading (anchored by the table's name), its row and source
 * counts with the download links, its columns from data/README.md, and an example row. Text only, never HTML. `lang`
 * sets the card's own words (the docs are data/README.md's).
 */
export function tableDocCard(
  doc: TableDoc,
  {stat, download, lang = "en"}: {stat?: TableStat; download?: Node; lang?: Lang} = {}
): HTMLElement {
  const t = ui(lang).tableDoc;
  const card = el("div");
  card.className = "card";
  const title = el("h2", `${doc.file}${doc.title ? ` — ${doc.title}` : ""}`);
  title.id = doc.table;
  const counts = t.rows(String(stat?.rows ?? "–"), stat?.sources_cited);
  const subtitle = el("h3", `${counts}${t.download}`);
  if (download) subtitle.append(download);
  card.append(
    title,
    subtitle,
    dataTable(
      doc.columns,
      [
        {label: t.column, value: (c) => c.name},
        {label: t.type, value: (c) => c.type},
        {label: t.meaning, value: (c) => c.description}
      ],
      {caption: t.columnsOf(doc.file), lang}
    )
  );
  if (stat?.example) {
    const details = el("details");
    details.append(el("summary", t.example), el("pre", JSON.stringify(JSON.parse(stat.example), null, 1)));
    card.append(details);
  }
  return card;
}
