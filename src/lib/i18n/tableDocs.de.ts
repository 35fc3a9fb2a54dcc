import type {Dataset, TableName} from "../tables.js";

/** The German docs of one raw table: its title and, for every column, its type and description. */
export interface GermanTableDoc<T extends TableName> {
  title: string;
  columns: {[C in keyof Dataset[T][number]]-?: readonly [type: string, description: string]};
}

/** German docs of the raw tables (data/README.md holds the English), shown on the German Data and methods page. */
export const TABLE_DOCS_DE: Partial<{[T in TableName]: GermanTableDoc<T>}> = {};
