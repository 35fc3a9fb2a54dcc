// The message tables as words, for the checks that no English UI word reaches a German page or chart, and no German
// one an English page.
import {en} from "../../src/lib/i18n/ui.en.js";
import {de} from "../../src/lib/i18n/ui.de.js";

/** Every leaf of a message table with its dotted key: strings as they are, functions as their output on placeholders. */
export function messages(table: object, prefix = ""): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") return [[path, value]];
    if (typeof value === "function") {
      const text = placeholderOutput(value as (...args: unknown[]) => unknown);
      return text === undefined ? [] : [[path, text]];
    }
    if (value && typeof value === "object") return messages(value as object, path);
    return [];
  });
}

/**
 * A message function's literal words: called with empty lists (which format as nothing and join like arrays), else with
 * empty strings; undefined when neither works.
 */
function placeholderOutput(fn: (...args: unknown[]) => unknown): string | undefined {
  for (const arg of [[], ""]) {
    try {
      const out = fn(...Array.from({length: Math.max(fn.length, 6)}, () => arg));
      if (typeof out === "string") return out;
    } catch {
      // try the next kind of placeholder
    }
  }
  return undefined;
}

/** The words (letters only, three or more) of a text, lower-cased. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => w.length >= 3);
}

/** Every word of the English table. */
const ENGLISH_WORDS = new Set(messages(en).flatMap(([, text]) => words(text)));

/** Words the two languages share (names, abbreviations, loan words): never evidence of an untranslated string. */
export const SHARED_WORDS = new Set([...messages(de).flatMap(([, text]) => words(text))]);

/** The words of the English UI that the German table never uses: each one on a German page is a missed string. */
export const ENGLISH_ONLY_WORDS = new Set(
  messages(en)
    .flatMap(([, text]) => words(text))
    .filter((w) => !SHARED_WORDS.has(w))
);

/** The words of the German UI that the English table never uses. */
export const GERMAN_ONLY_WORDS = new Set(
  messages(de)
    .flatMap(([, text]) => words(text))
    .filter((w) => !ENGLISH_WORDS.has(w))
);

/** The German UI words in a rendered text (see englishWordsIn). */
export function germanWordsIn(text: string, ignore: ReadonlySet<string> = new Set()): string[] {
  return [...new Set(words(text).filter((w) => GERMAN_ONLY_WORDS.has(w) && !ignore.has(w)))];
}

/** The English UI words in a rendered text (an element's text and its aria and title attributes), in order found. */
export function englishWordsIn(text: string, ignore: ReadonlySet<string> = new Set()): string[] {
  return [...new Set(words(text).filter((w) => ENGLISH_ONLY_WORDS.has(w) && !ignore.has(w)))];
}

/**
 * An element's visible and accessible text: its text content (without style sheets) and every aria-label,
 * aria-description and title.
 */
export function renderedText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll("style").forEach((s) => s.remove());
  const attributes = [copy, ...copy.querySelectorAll("*")].flatMap((e) =>
    ["aria-label", "aria-description", "title"].map((a) => e.getAttribute(a) ?? "")
  );
  return [copy.textContent ?? "", ...attributes].join("\n");
}
