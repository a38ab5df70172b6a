/**
 * Adding analysed PDFs to a dossier in one go: numbers in the given order, titles/dates/types
 * from the metadata guesses. E-mail threads, duplicates and families are found once the whole
 * text is read (shared/dossier/copies.ts, `groupDocuments` in shared/engine.ts).
 */
import { addDocument, type ActionResult } from './actions';
import type { GuessedMetadata } from './metadata';
import type { ActionContext, Dossier, UnreadPage } from './types';

/** One analysed input. */
export interface IntakeInput {
  path: string;
  sha256: string;
  pageCount: number;
  meta: GuessedMetadata;
  /** The file's own creation date (YYYY-MM-DD or ''), used when the text names no date. */
  fileDate: string;
  /** Pages that could not be read (issue #12). */
  unreadPages?: readonly Pick<UnreadPage, 'page' | 'reason'>[];
}

/**
 * Adds the inputs as documents, numbered in order after the existing ones.
 *
 * @example
 *   const { dossier, entries } = intakeDocuments(empty, analysed.map(toIntake), ctx);
 *   dossier.documents.map((d) => d.number); // ['0001', '0002', …]
 */
export function intakeDocuments(d: Dossier, inputs: readonly IntakeInput[], ctx: ActionContext): { dossier: Dossier; entries: ActionResult['entry'][] } {
  let cur = d;
  const entries: ActionResult['entry'][] = [];
  for (const i of inputs) {
    const date = i.meta.date || i.fileDate;
    const r = addDocument(cur, {
      path: i.path,
      sha256: i.sha256,
      title: i.meta.title,
      pageCount: i.pageCount,
      date,
      ...(date ? { dateSource: i.meta.date ? ('text' as const) : ('file' as const) } : {}),
      fileType: i.meta.fileType,
      ...(i.unreadPages?.length ? { unreadPages: i.unreadPages.map((u) => ({ page: u.page, reason: u.reason })) } : {}),
    }, ctx);
    cur = r.dossier;
    entries.push(r.entry);
  }
  return { dossier: cur, entries };
}
