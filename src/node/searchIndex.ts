import {searchEntries, type SearchEntry} from "../lib/searchEntries.js";
import {loadDataset} from "./dataFolder.js";

/** The data's search entries, or none when the data do not validate (the build reports that itself). */
export function dataSearchEntries(): SearchEntry[] {
  try {
    return searchEntries(loadDataset());
  } catch {
    return [];
  }
}
