import type {Wire} from "../lib/wire.js";
import {ui, type Lang} from "../lib/i18n/index.js";

/** The part of a source a link needs. */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  url: string;
  kind: string;
  document_id?: string;
}

/** Looks up sources by id; unknown ids (which validation rejects) fall back to plain text. */
export function sourceIndex(sources: readonly (SourceRef | Wire<SourceRef>)[]): Map<string, SourceRef> {
  return new Map(sources.map((s) => [s.id, s as SourceRef]));
}

/**
 * A source index fetched only when first needed: for a page that links sources only after the reader picks something
 * (the Overview's measure card), so the index is not part of the page's first load. `file` is the page's
 * FileAttachment; the fetch is made once and shared.
 */
export interface LazySourceIndex {
  load(): Promise<Map<string, SourceRef>>;
}

/** Wraps a source file (anything with `json()`, e.g. a FileAttachment) as a LazySourceIndex. */
export function lazySourceIndex(file: {json(): Promise<readonly (SourceRef | Wire<SourceRef>)[]>}): LazySourceIndex {
  let loaded: Promise<Map<string, SourceRef>> | undefined;
  return {load: () => (loaded ??= file.json().then(sourceIndex))};
}

/**
 * Like sourceLinks, but for an index that may still have to be fetched: with a LazySourceIndex the span holds "…"
 * until the index arrives, then the links.
 */
export function sourceLinksOf(
  ids: readonly string[],
  index: Map<string, SourceRef> | LazySourceIndex,
  lang: Lang = "en"
): HTMLSpanElement {
  if (index instanceof Map) return sourceLinks(ids, index, lang);
  const span = document.createElement("span");
  span.className = "hf-sources";
  span.textContent = "…";
  void index.load().then((loaded) => span.replaceWith(sourceLinks(ids, loaded, lang)));
  return span;
}

/**
 * A span of links to the sources with the given ids: "83 FR 28710 (Federal Register)", each opening the page the fact
 * was checked in. Text comes from the data and is set as text, never as HTML; `lang` sets the tooltips' words.
 */
export function sourceLinks(ids: readonly string[], index: Map<string, SourceRef>, lang: Lang = "en"): HTMLSpanElement {
  const t = ui(lang);
  const span = document.createElement("span");
  span.className = "hf-sources";
  // Several copies of one document (the Federal Register text and its reproductions) would all read "88 FR 73458":
  // where a document id repeats in the list, name the publisher too.
  const counts = new Map<string, number>();
  for (const id of ids) {
    const d = index.get(id)?.document_id;
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  ids.forEach((id, i) => {
    if (i > 0) span.append("; ");
    const s = index.get(id);
    if (!s) {
      span.append(id);
      return;
    }
    const a = document.createElement("a");
    a.href = s.url;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    a.textContent = !s.document_id
      ? s.publisher
      : (counts.get(s.document_id) ?? 0) > 1
        ? `${s.document_id} (${s.publisher})`
        : s.document_id;
    a.title = t.sources.title(s.title, s.publisher, t.sourceKinds[s.kind as keyof typeof t.sourceKinds] ?? s.kind);
    span.append(a);
  });
  return span;
}
