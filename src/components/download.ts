import {toCsv} from "../lib/csvWrite.js";

/**
 * A link that downloads exactly the given rows as CSV (formula-safe, see csvWrite.ts). The file is made when clicked,
 * so a page can offer many downloads without building them all up front.
 */
export function downloadLink(rows: readonly object[], filename: string, text = "Download these rows (CSV)"): HTMLAnchorElement {
  const a = document.createElement("a");
  a.textContent = text;
  a.href = "#";
  a.className = "hf-download";
  a.download = filename;
  a.setAttribute("role", "button");
  a.addEventListener("click", (event) => {
    event.preventDefault();
    const url = URL.createObjectURL(new Blob([toCsv(rows)], {type: "text/csv;charset=utf-8"}));
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return a;
}

/**
 * Like downloadLink, but the rows are fetched only when the link is clicked: for pages that offer many tables and
 * should not load them all up front.
 */
export function lazyDownloadLink(rows: () => Promise<readonly object[]>, filename: string, text = "Download these rows (CSV)"): HTMLAnchorElement {
  const a = document.createElement("a");
  a.textContent = text;
  a.href = "#";
  a.className = "hf-download";
  a.download = filename;
  a.setAttribute("role", "button");
  a.addEventListener("click", async (event) => {
    event.preventDefault();
    const link = downloadLink(await rows(), filename);
    document.body.append(link);
    link.click();
    link.remove();
  });
  return a;
}
