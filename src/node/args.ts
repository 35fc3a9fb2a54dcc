/** The value after a flag on the command line (`--out DIR`), or undefined. */
export function argValue(flag: string, argv: readonly string[] = process.argv.slice(2)): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : undefined;
}
