/**
 * Adding analysed PDFs to a dossier in one go: numbers in the given order, titles/dates/types
 * from the metadata guesses, and e-mails of one conversation linked by a shared thread ID.
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
 * Adds the inputs as documents, numbered in order after the existing ones. E-mails whose
 * subjects are the same apart from "RE:"/"FW:" prefixes get the same numeric "Email Thread ID"
 * (the publication platform wants a number): the position of the conversation in the dossier.
 *
 * @example
 *   const { dossier, entries } = intakeDocuments(empty, analysed.map(toIntake), ctx);
 *   dossier.documents.map((d) => d.number); // ['0001', '0002', …]
 */
export function intakeDocuments(d: Dossier, inputs: readonly IntakeInput[], ctx: ActionContext): { dossier: Dossier; entries: ActionResult['entry'][] } {
  const threads = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const i of inputs) if (i.meta.threadKey) counts.set(i.meta.threadKey, (counts.get(i.meta.threadKey) ?? 0) + 1);
  let cur = d;
  const entries: ActionResult['entry'][] = [];
  for (const i of inputs) {
    let threadId = '';
    const key = i.meta.threadKey;
    if (key && (counts.get(key) ?? 0) > 1) {
      if (!threads.has(key)) threads.set(key, threads.size + 1);
      threadId = String(threads.get(key));
    }
    const date = i.meta.date || i.fileDate;
    const r = addDocument(cur, {
      path: i.path,
      sha256: i.sha256,
      title: i.meta.title,
      pageCount: i.pageCount,
      date,
      ...(date ? { dateSource: i.meta.date ? ('text' as const) : ('file' as const) } : {}),
      fileType: i.meta.fileType,
      threadId,
      ...(i.unreadPages?.length ? { unreadPages: i.unreadPages.map((u) => ({ page: u.page, reason: u.reason })) } : {}),
    }, ctx);
    cur = r.dossier;
    entries.push(r.entry);
  }
  return { dossier: cur, entries };
}
