import {resolve} from "node:path";
import {ALL_PAGES, PAGES as CONFIG_PAGES} from "../../observablehq.config.js";

export const ROOT = resolve(import.meta.dirname, "../..");
/** The sub-path the test site is built for and served under, as on GitHub Pages. */
export const BASE = "/high-fences/";
/** Every page of the site, by file name without extension, as the navigation lists them. */
export const PAGES = CONFIG_PAGES.map((p) => p.path.slice(1));
/** Every German page ("de/index", "de/tariffs", …), as the German navigation lists them. */
export const GERMAN_PAGES = ALL_PAGES.filter((p) => p.lang === "de").map((p) => p.path.slice(1));
