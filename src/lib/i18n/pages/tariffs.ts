// The Tariffs page's text (src/templates/tariffs.md.tpl), English and German.
import type {Lang} from "../index.js";

const en = {
  title: "Tariffs",
  heading: "Tariffs"
};

const de: typeof en = {
  title: "Zölle",
  heading: "Zölle"
};

/** The Tariffs page's text in each language. */
export const tariffs: Record<Lang, typeof en> = {en, de};
