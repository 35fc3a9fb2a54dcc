import {searchEntries, type SearchEntry} from "../lib/searchEntries.js";
import {loadDataset} from "./dataFolder.js";
import {LANGS} from "../lib/i18n/index.js";

/** The data's search entries in every language, or none when the data do not validate (the build reports that itself). */
export function dataSearchEntries(): SearchEntry[] {
  try {
    const dataset = loadDataset();
    return LANGS.flatMap((lang) => searchEntries(dataset, lang));
  } catch {
    return [];
  }
}
