import {toCsv} from "../lib/csvWrite.js";
import {ui, type Lang} from "../lib/i18n/index.js";

/** A download link's text, or the language of the default text ("Download these rows (CSV)"). */
export type DownloadText = string | {text?: string; lang?: Lang};

const linkText = (text: DownloadText | undefined) =>
  typeof text === "string" ? text : (text?.text ?? ui(text?.lang).download.rows);

/** Saves rows as a CSV file (formula-safe, see csvWrite.ts) through a temporary object URL. */
function saveCsv(rows: readonly object[], filename: string): void {
  const url = URL.createObjectURL(new Blob([toCsv(rows)], {type: "text/csv;charset=utf-8"}));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A link styled as a download that runs `save` when clicked. */
function downloadAnchor(text: string, filename: string, save: () => void | Promise<void>): HTMLAnchorElement {
  const a = document.createElement("a");
  a.textContent = text;
  a.href = "#";
  a.className = "hf-download";
  a.download = filename;
  a.setAttribute("role", "button");
  a.addEventListener("click", (event) => {
    event.preventDefault();
    void save();
  });
  return a;
}

/**
 * A link that downloads exactly the given rows as CSV. The file is made when clicked, so a page can offer many
 * downloads without building them all up front. `text` is the link's text, or `{lang}` for the default text in a
 * language; the file keeps English column names in every language (stable for scripts).
 */
export function downloadLink(rows: readonly object[], filename: string, text?: DownloadText): HTMLAnchorElement {
  return downloadAnchor(linkText(text), filename, () => saveCsv(rows, filename));
}

/**
 * Like downloadLink, but the rows are fetched only when the link is clicked: for pages that offer many tables and
 * should not load them all up front.
 */
export function lazyDownloadLink(
  rows: () => Promise<readonly object[]>,
  filename: string,
  text?: DownloadText
): HTMLAnchorElement {
  return downloadAnchor(linkText(text), filename, async () => saveCsv(await rows(), filename));
}
