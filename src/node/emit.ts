import {DataError} from "../lib/problem.js";

/**
 * The body of a data loader: run it and write its bytes to stdout. On bad data it prints every problem to stderr and
 * exits 1, so the build stops with the same messages as `npm run data:check`.
 */
export async function runLoader(produce: () => Promise<Uint8Array | string>): Promise<void> {
  try {
    process.stdout.write(await produce());
  } catch (error) {
    process.stderr.write((error instanceof DataError ? error.message : String((error as Error).stack ?? error)) + "\n");
    process.exit(1);
  }
}
