/**
 * Export progress by pages, not documents, with a time estimate (issue #14 item 1): the bundle
 * reports "document i of n" per phase; a 300-page document among 2-page ones makes that count
 * meaningless. Redacting and the leak check each pass over every page, so the work is counted
 * as 2 × the dossier's pages, and the estimate is the elapsed time scaled by what is left.
 */

export type ExportPhase = 'check' | 'redact' | 'verify' | 'export' | 'done';

export interface PagedProgress {
  /** Page passes done and to do (2 per page: redact and check). */
  done: number;
  total: number;
  /** Page of the dossier being worked on (1-based, over all documents in order). */
  page: number;
  pages: number;
  /** Seconds left, once enough is done to tell (null before). */
  secondsLeft: number | null;
}

/**
 * @param pageCounts pages of each document, in the bundle's order
 * @param index the phase's document count done (the document being worked on is `index`)
 */
export function pagedProgress(pageCounts: readonly number[], phase: ExportPhase, index: number, elapsedMs: number): PagedProgress {
  const pages = pageCounts.reduce((a, b) => a + b, 0);
  const before = pageCounts.slice(0, Math.max(0, Math.min(index, pageCounts.length))).reduce((a, b) => a + b, 0);
  const done = phase === 'check' ? 0 : phase === 'redact' ? before : phase === 'verify' ? pages + before : 2 * pages;
  const total = 2 * pages;
  const page = phase === 'redact' || phase === 'verify' ? Math.min(pages, before + 1) : phase === 'check' ? 0 : pages;
  // Only after a few percent: the first document's time says little about the rest.
  const secondsLeft = done >= Math.max(1, total * 0.03) && elapsedMs > 0 ? Math.round(((total - done) * elapsedMs) / done / 1000) : null;
  return { done, total, page, pages, secondsLeft };
}

/** "nog ongeveer 3 min" / "nog ongeveer 40 s". */
export function formatSecondsLeft(s: number, lang: 'nl' | 'en'): string {
  const v = s >= 90 ? `${Math.round(s / 60)} min` : `${Math.max(1, s)} s`;
  return lang === 'nl' ? `nog ongeveer ${v}` : `about ${v} left`;
}
