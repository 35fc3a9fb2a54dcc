// Filters and the selected date live in the URL hash (#actor=US&from=2018-01-01) so a view can be shared.

/** The hash's parameters. */
export function readHash(hash: string = location.hash): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#/, ""));
}

/** Replaces the hash's parameters without adding a history entry; empty values are dropped. */
export function writeHash(values: Record<string, string | undefined>): void {
  const params = readHash();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === "") params.delete(k);
    else params.set(k, v);
  }
  const next = params.toString();
  history.replaceState(null, "", next ? `#${next}` : location.pathname + location.search);
}
