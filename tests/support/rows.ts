import {derivedTables} from "../../src/lib/outputs.js";
import {fixtureDataset} from "./dataset.js";

/** The derived tables of the valid fixture: tiny, hand-made input for component snapshots (not live data). */
export function fixtureTables() {
  const dataset = fixtureDataset();
  return {dataset, ...derivedTables(dataset)};
}
