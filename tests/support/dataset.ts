import {validateDataset} from "../../src/lib/validate.js";
import type {Dataset} from "../../src/lib/tables.js";
import {validFiles} from "./fixtures.js";

/** The valid fixture as a typed dataset (throws if the fixture itself stops validating). */
export function fixtureDataset(): Dataset {
  const {dataset, problems} = validateDataset(validFiles());
  if (problems.length > 0) throw new Error(`fixture does not validate: ${JSON.stringify(problems)}`);
  return dataset;
}

/** A UTC-midnight date. */
export const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
