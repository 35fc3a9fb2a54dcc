import type {TableDoc} from "../lib/tableDocs.js";
import {dataTable} from "./dataTable.js";

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
 * counts with the download links, its columns from data/README.md, and an example row. Text only, never HTML.
 */
export function tableDocCard(doc: TableDoc, {stat, download}: {stat?: TableStat; download?: Node} = {}): HTMLElement {
  const card = el("div");
  card.className = "card";
  const title = el("h2", `${doc.file}${doc.title ? ` — ${doc.title}` : ""}`);
  title.id = doc.table;
  const counts = `${stat?.rows ?? "–"} rows${stat?.sources_cited ? `, citing ${stat.sources_cited} sources` : ""}`;
  const subtitle = el("h3", `${counts} · download `);
  if (download) subtitle.append(download);
  card.append(
    title,
    subtitle,
    dataTable(
      doc.columns,
      [
        {label: "Column", value: (c) => c.name},
        {label: "Type", value: (c) => c.type},
        {label: "Meaning", value: (c) => c.description}
      ],
      {caption: `Columns of ${doc.file}`}
    )
  );
  if (stat?.example) {
    const details = el("details");
    details.append(el("summary", "Example row"), el("pre", JSON.stringify(JSON.parse(stat.example), null, 1)));
    card.append(details);
  }
  return card;
}
