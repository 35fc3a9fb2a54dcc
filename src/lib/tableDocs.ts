/** The documentation of one raw table, as data/README.md gives it. */
export interface TableDoc {
  table: string;
  file: string;
  title: string;
  columns: {name: string; type: string; description: string}[];
}

/**
 * Reads data/README.md's sections ("## NAME.csv — title" followed by a `| column | type | description |` table) into
 * table docs, so the methods page and the docs never drift apart (a test checks them against the schemas).
 */
export function parseTableDocs(markdown: string): TableDoc[] {
  const docs: TableDoc[] = [];
  let current: TableDoc | undefined;
  for (const line of markdown.split("\n")) {
    const heading = /^## (\w+)\.csv(?:\s+—\s+(.*))?$/.exec(line);
    if (heading) {
      current = {table: heading[1], file: `${heading[1]}.csv`, title: heading[2] ?? "", columns: []};
      docs.push(current);
      continue;
    }
    if (line.startsWith("## ")) current = undefined;
    const cells = /^\|(.*)\|\s*$/
      .exec(line)?.[1]
      .split("|")
      .map((c) => c.trim());
    if (!current || !cells || cells[0] === "column" || /^-+$/.test(cells[0])) continue;
    current.columns.push({name: cells[0], type: cells[1] ?? "", description: cells.slice(2).join(" | ")});
  }
  return docs;
}
