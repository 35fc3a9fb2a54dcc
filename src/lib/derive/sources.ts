// The sources table as the methods page filters it. Pure.
import type {Source} from "../schema.js";

/**
 * The sources of one kind ("" for both) whose id, publisher, title or document id contains the query, ignoring case
 * ("" matches every source), in table order.
 */
export function matchSources<S extends Pick<Source, "id" | "publisher" | "title" | "document_id" | "kind">>(
  sources: readonly S[],
  {kind = "", q = ""}: {kind?: string; q?: string} = {}
): S[] {
  const query = q.trim().toLowerCase();
  return sources.filter(
    (s) =>
      (!kind || s.kind === kind) &&
      (!query || `${s.id} ${s.publisher} ${s.title} ${s.document_id ?? ""}`.toLowerCase().includes(query))
  );
}
