// The Data and methods page's changelog: one row per data release, with the rows added, changed and removed since the
// previous one, and a link to the release's kept tables (dist/vintages/DATE/) where the site keeps them.
import {isoDay} from "../lib/dates.js";
import {longDate} from "../lib/format.js";
import {dataTable} from "./dataTable.js";

/** A changelog row as the page revives it. */
export interface ChangelogRow {
  date: Date;
  added?: number;
  changed?: number;
  removed?: number;
  summary: string;
}

/** A kept vintage, as the loader lists it (`vintages` table). */
export interface VintageRow {
  date: string | Date;
  path: string;
  files: number;
}

/** The changelog as a table, newest release first; `base` prefixes the vintage paths (the page's own folder). */
export function changelogTable(
  changelog: readonly ChangelogRow[],
  vintages: readonly VintageRow[],
  {base = "./"}: {base?: string} = {}
): HTMLDivElement {
  const kept = new Map(vintages.map((v) => [typeof v.date === "string" ? v.date : isoDay(v.date), v]));
  const rows = [...changelog].sort((a, b) => b.date.getTime() - a.date.getTime());
  const counts = (c: ChangelogRow) =>
    c.added === undefined ? "first release" : `+${c.added} · ~${c.changed ?? 0} · −${c.removed ?? 0}`;
  const link = (c: ChangelogRow): string | Node => {
    const v = kept.get(isoDay(c.date));
    if (!v) return "–";
    const a = document.createElement("a");
    a.href = `${base}${v.path}index.html`;
    a.textContent = `${v.files} files (CSV, JSON)`;
    return a;
  };
  return dataTable(
    rows,
    [
      {label: "Release", value: (c) => longDate(c.date)},
      {label: "Rows added · changed · removed", value: counts},
      {label: "Change", value: (c) => c.summary},
      {label: "Tables as released", value: link}
    ],
    {caption: "Data releases (vintages), newest first"}
  );
}
