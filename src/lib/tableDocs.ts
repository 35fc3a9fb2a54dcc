import type {Lang} from "./i18n/index.js";
import {TABLE_DOCS_DE} from "./i18n/tableDocs.de.js";
import type {TableName} from "./tables.js";

/** The documentation of one raw table, as data/README.md gives it. */
export interface TableDoc {
  table: string;
  file: string;
  title: string;
  columns: {name: string; type: string; description: string}[];
}

/**
 * Reads data/README.md's sections ("## NAME.csv — title" followed by a `| column | type | description |` table) into
 * table docs, so the methods page and the docs never drift apart (a test checks them against the schemas). A section
 * in a sub-folder names its tables in brackets, and one section may document the same table of both direction folders:
 * "## lines/DIR/weights.csv (us_weights, cn_weights) — title" gives lines/us/weights.csv and lines/cn/weights.csv.
 */
export function parseTableDocs(markdown: string): TableDoc[] {
  const docs: TableDoc[] = [];
  let current: TableDoc[] = [];
  for (const line of markdown.split("\n")) {
    const heading = /^## ([\w/]+)\.csv(?:\s+\(([\w, ]+)\))?(?:\s+—\s+(.*))?$/.exec(line);
    if (heading) {
      const [, path, names, title = ""] = heading;
      const tables = names ? names.split(",").map((n) => n.trim()) : [path];
      current = tables.map((table) => ({
        table,
        file: `${path.replace("DIR", table.split("_")[0])}.csv`,
        title,
        columns: []
      }));
      docs.push(...current);
      continue;
    }
    if (line.startsWith("## ")) current = [];
    const cells = /^\|(.*)\|\s*$/
      .exec(line)?.[1]
      .split("|")
      .map((c) => c.trim());
    if (current.length === 0 || !cells || cells[0] === "column" || /^-+$/.test(cells[0])) continue;
    for (const doc of current)
      doc.columns.push({name: cells[0], type: cells[1] ?? "", description: cells.slice(2).join(" | ")});
  }
  return docs;
}

/**
 * The table docs in a language: English as data/README.md gives them; German from the typed German docs
 * (lib/i18n/tableDocs.de), which name every table and column, so a column without German is a type error.
 */
export function tableDocsIn(docs: readonly TableDoc[], lang: Lang): TableDoc[] {
  if (lang === "en") return [...docs];
  return docs.map((d) => {
    const german = TABLE_DOCS_DE[d.table as TableName];
    if (!german) return d;
    const columns = german.columns as Record<string, readonly [string, string] | undefined>;
    return {
      ...d,
      title: german.title,
      columns: d.columns.map((c) => {
        const [type, description] = columns[c.name] ?? [c.type, c.description];
        return {...c, type, description};
      })
    };
  });
}
