// The Data and methods page's changelog: one row per data release, with the rows added, changed and removed since the
// previous one, and a link to the release's kept tables (dist/vintages/DATE/) where the site keeps them.
import {isoDay} from "../lib/dates.js";
import {formats, ui, type Lang} from "../lib/i18n/index.js";
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

/**
 * The changelog as a table, newest release first; `base` prefixes the vintage paths (the page's own folder), `lang`
 * sets the headings and dates (the release summaries are the data's).
 */
export function changelogTable(
  changelog: readonly ChangelogRow[],
  vintages: readonly VintageRow[],
  {base = "./", lang = "en"}: {base?: string; lang?: Lang} = {}
): HTMLDivElement {
  const t = ui(lang).changelog;
  const {longDate} = formats(lang);
  const kept = new Map(vintages.map((v) => [typeof v.date === "string" ? v.date : isoDay(v.date), v]));
  const rows = [...changelog].sort((a, b) => b.date.getTime() - a.date.getTime());
  const counts = (c: ChangelogRow) =>
    c.added === undefined ? t.firstRelease : `+${c.added} · ~${c.changed ?? 0} · −${c.removed ?? 0}`;
  const link = (c: ChangelogRow): string | Node => {
    const v = kept.get(isoDay(c.date));
    if (!v) return "–";
    const a = document.createElement("a");
    a.href = `${base}${v.path}index.html`;
    a.textContent = t.files(v.files);
    return a;
  };
  return dataTable(
    rows,
    [
      {label: t.release, value: (c) => longDate(c.date)},
      {label: t.counts, value: counts},
      {label: t.change, value: (c) => c.summary},
      {label: t.tables, value: link}
    ],
    {caption: t.caption, lang}
  );
}
