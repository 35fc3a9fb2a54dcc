import {watch, utimesSync, type FSWatcher} from "node:fs";

/** Options of reloadOnChange. */
export interface ReloadOptions {
  /** Folders to watch, recursively (the data folder and src/lib). */
  folders: readonly string[];
  /** The loader (or loaders) Framework must re-run: its modification time is set to now. */
  loader: string | readonly string[];
  /** Quiet time after the last change before the loader is touched, in milliseconds (an editor saves in bursts). */
  delay?: number;
  /** Called after each touch, with the changed paths (for the console). */
  onReload?: (changed: string[]) => void;
}

/**
 * Makes `observable preview` re-run a data loader when the files it reads change. Framework re-runs a loader only when
 * the loader file is newer than its cached output, and reloads an open page only when a file the page uses changes
 * (for an archive member, the loader; for a page from a page loader, that loader): it does not know which files the
 * loader reads. Touching the loader does both.
 * Returns a function that stops watching.
 */
export function reloadOnChange({folders, loader, delay = 150, onReload}: ReloadOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = new Set<string>();
  const loaders = typeof loader === "string" ? [loader] : loader;
  const touch = () => {
    for (const file of loaders) touchFile(file);
    onReload?.([...changed]);
    changed = new Set();
  };
  // Once at the start too: the cache may hold output of another data folder (a test's copy) or of older code.
  for (const file of loaders) touchFile(file);
  const watchers: FSWatcher[] = folders.map((folder) =>
    watch(folder, {recursive: true}, (_event, name) => {
      changed.add(name ? String(name) : folder);
      clearTimeout(timer);
      timer = setTimeout(touch, delay);
    })
  );
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}

/** Sets a file's modification time to now. */
function touchFile(path: string): void {
  const now = new Date();
  utimesSync(path, now, now);
}
