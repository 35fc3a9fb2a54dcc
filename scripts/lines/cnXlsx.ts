/**
 * A minimal reader for the sheets of an .xlsx workbook (Office Open XML), enough for the conversion scripts of China's
 * line-level tariff inputs (`scripts/lines/cn*.ts`). It unzips the workbook with jszip, resolves shared strings and
 * returns every sheet as rows of cell texts keyed by column letter. Numbers come back as the text Excel stored (full
 * precision); formulas give their cached value. No styles, no dates: the callers parse what they need.
 */
import JSZip from "jszip";

/** One sheet: its name and its rows (row number → column letter → cell text). */
export interface Sheet {
  name: string;
  rows: Map<number, Map<string, string>>;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");

/** The text of every `<t>` inside one XML fragment, concatenated (rich-text runs included). */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1])).join("");

/** Reads every sheet of an .xlsx file given as bytes. */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string> => {
    const f = zip.file(path);
    if (!f) throw new Error(`xlsx: ${path} missing`);
    return f.async("string");
  };
  const shared: string[] = [];
  if (zip.file("xl/sharedStrings.xml")) {
    const xml = await read("xl/sharedStrings.xml");
    for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) shared.push(textOf(m[1]));
  }
  const rels = await read("xl/_rels/workbook.xml.rels");
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\s[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)) target.set(m[1], m[2]);
  for (const m of rels.matchAll(/<Relationship\s[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"/g)) target.set(m[2], m[1]);
  const workbook = await read("xl/workbook.xml");
  const sheets: Sheet[] = [];
  for (const m of workbook.matchAll(/<sheet\s[^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const rel = target.get(m[2]);
    if (!rel) throw new Error(`xlsx: no target for sheet ${m[1]}`);
    const xml = await read(rel.startsWith("/") ? rel.slice(1) : `xl/${rel}`);
    const rows = new Map<number, Map<string, string>>();
    for (const c of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1];
      const ref = /r="([A-Z]+)(\d+)"/.exec(attrs);
      if (!ref || c[2] === undefined) continue;
      const type = /t="([^"]+)"/.exec(attrs)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[2])?.[1];
      let text: string | undefined;
      if (type === "s" && v !== undefined) text = shared[Number(v)];
      else if (type === "inlineStr") text = textOf(c[2]);
      else if (v !== undefined) text = decode(v);
      if (text === undefined) continue;
      const row = Number(ref[2]);
      if (!rows.has(row)) rows.set(row, new Map());
      rows.get(row)!.set(ref[1], text);
    }
    sheets.push({name: decode(m[1]), rows});
  }
  return sheets;
}
