import {day} from "../../src/lib/dates.js";
import {validateDataset} from "../../src/lib/validate.js";
import type {Dataset} from "../../src/lib/tables.js";
import {validFiles} from "./fixtures.js";

/** The valid fixture as a typed dataset (throws if the fixture itself stops validating). */
export function fixtureDataset(): Dataset {
  const {dataset, problems} = validateDataset(validFiles());
  if (problems.length > 0) throw new Error(`fixture does not validate: ${JSON.stringify(problems)}`);
  return dataset;
}

/** A UTC-midnight date (src/lib/dates.ts `day`, short for the fixtures). */
export const d = day;
