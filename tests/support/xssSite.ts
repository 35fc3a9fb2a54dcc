import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {VALID_DIR} from "./fixtures.js";

/** Text that runs script if a page writes it as HTML: an image whose error handler and a script set window.__xss. */
export const PAYLOAD = `<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2;alert(2)</script>`;

/**
 * A copy of the fixture data with PAYLOAD in titles, summaries, quotes, counterpoints and a source's title, for the
 * build that tests/browser/xss.test.ts opens (globalSetup.ts starts it).
 */
export function xssData(): string {
  const csvCell = `"${PAYLOAD.replaceAll('"', '""')}"`;
  const data = mkdtempSync(join(tmpdir(), "hf-xss-"));
  cpSync(VALID_DIR, data, {recursive: true});
  const patch = (file: string, from: string, to: string) => {
    const text = readFileSync(join(data, file), "utf-8");
    if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
    writeFileSync(join(data, file), text.replace(from, to));
  };
  patch(
    "measures.csv",
    "us-list-a,US,CN,tariff,section-301,List A,Tariff on list A goods.",
    `us-list-a,US,CN,tariff,section-301,${csvCell},${csvCell}`
  );
  patch("excerpts.csv", `"""Tariffs"" – a sentence."`, csvCell);
  patch("counterpoints.csv", "Someone disagrees.", csvCell);
  patch("sources.csv", '"Notice A, with a comma"', csvCell);
  return data;
}
