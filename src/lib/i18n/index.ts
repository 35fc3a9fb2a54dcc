// The site's languages and the one door to their messages and formats: components and pages call `ui(lang)` for every
// visible word and `formats(lang)` for every number and date (src/lib/format.ts).
import {de} from "./ui.de.js";
import {en, type Ui} from "./ui.en.js";

/** A language the site is written in. */
export type Lang = "en" | "de";
/** Every language, English (the default) first. */
export const LANGS = ["en", "de"] as const satisfies readonly Lang[];

const TABLES: Record<Lang, Ui> = {en, de};

/** The UI message table of a language (English by default). */
export function ui(lang: Lang = "en"): Ui {
  return TABLES[lang];
}

/**
 * `pick(ui(lang))`, for a module's constant in one language: `messagesOf("en", (t) => t.lanes)`. With the call marked
 * `@__PURE__` (a comment before it), the constant leaves the bundle of every page that does not use it, and with it
 * the names of the message groups it reads (src/node/bundleSite.ts gives a page only the groups its code names).
 */
export function messagesOf<T>(lang: Lang, pick: (t: Ui) => T): T {
  return pick(ui(lang));
}

/** Whether a value names one of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

export type {Ui};
export {formats, type Formats} from "../format.js";
