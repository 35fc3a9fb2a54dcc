import {describe, expect, it} from "vitest";
import {LANGS, formats, isLang, ui} from "../../src/lib/i18n/index.js";
import {en} from "../../src/lib/i18n/ui.en.js";
import {de} from "../../src/lib/i18n/ui.de.js";
import {AUTHORITIES, DIRECTIONS, INSTRUMENTS, SECTORS, STATUSES} from "../../src/lib/vocab.js";
import {tradeSummary} from "../../src/lib/derive/tradeSummary.js";
import {englishWordsIn, messages, words} from "../support/english.js";
import {fixtureTables} from "../support/rows.js";

/** The keys of a table, with functions' arities, as "path" or "path/arity". */
function shape(table: object, prefix = ""): string[] {
  return Object.entries(table).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "function") return [`${path}/${(value as () => unknown).length}`];
    // Labels are an open record (German names more slugs than English): compared on their own below.
    if (path === "labels") return [path];
    if (value && typeof value === "object") return [path, ...shape(value as object, path)];
    return [path];
  });
}

/** Messages that are the same word in both languages: names, units, symbols, abbreviations. */
const SAME_IN_BOTH = new Set(["chart.svg", "chart.png", "sides.CN", "chips.metricShort.tpp", "chips.tppComputed"]);

describe("the message tables", () => {
  it("ui(lang) gives each language its table, English by default", () => {
    expect(ui()).toBe(en);
    expect(ui("de")).toBe(de);
    expect(LANGS).toEqual(["en", "de"]);
    expect(LANGS.every(isLang)).toBe(true);
    expect(isLang("fr")).toBe(false);
    expect(formats("de").locale).toBe("de-DE");
  });

  it("German has every key of English, with functions taking the same arguments", () => {
    expect(shape(de)).toEqual(shape(en));
    // Labels are open records: German must still name every slug English names.
    expect(Object.keys(de.labels)).toEqual(expect.arrayContaining(Object.keys(en.labels)));
    expect(Object.keys(de.charts).sort()).toEqual(Object.keys(en.charts).sort());
  });

  it("leaves no German message equal to the English one, except words that are the same in both", () => {
    const english = new Map(messages(en));
    const same = messages(de)
      .filter(([key, text]) => words(text).length > 0 && english.get(key) === text && !SAME_IN_BOTH.has(key))
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it("names every status, instrument, authority, sector and direction in German, not by its slug", () => {
    const proper = new Set(["section-232", "section-301", "section-201", "section-122"]);
    for (const slug of [...STATUSES, ...INSTRUMENTS, ...AUTHORITIES, ...SECTORS, ...DIRECTIONS]) {
      expect(de.labels[slug], slug).toBeDefined();
      if (!proper.has(slug)) expect(de.label(slug), slug).not.toBe(en.label(slug));
    }
  });
});

describe("derived prose in German", () => {
  it('tradeSummary(years, trade, "de") writes the Trade page\'s paragraphs in German, with German figures', () => {
    const t = fixtureTables();
    const english = tradeSummary(t.trade_years, t.dataset.trade);
    const german = tradeSummary(t.trade_years, t.dataset.trade, "de");
    expect(german.paragraphs).toHaveLength(english.paragraphs.length);
    expect(german.paragraphs[0]).toMatch(/^Die US-Warenimporte aus China lagen \d{4} bei \d+,\d\u00a0Mrd\.\u00a0\$/);
    expect(german.paragraphs[1]).toMatch(/^Chinas Anteil an allen US-Warenimporten/);
    for (const paragraph of german.paragraphs) expect(englishWordsIn(paragraph)).toEqual([]);
    expect({...german, paragraphs: []}).toEqual({...english, paragraphs: []});
  });
});
