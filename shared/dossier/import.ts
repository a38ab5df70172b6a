/**
 * Redaction marks made elsewhere (a /Redact annotation in a PDF marked up in Acrobat, or a
 * Lakstift review copy) become proposed redactions of a document: nothing is decided by an
 * import, the officer accepts or rejects them like suggestions.
 */
import { InvalidInputError } from '../errors';
import type { Rect } from '../pdf/types';
import { commit, type ActionResult } from './actions';
import type { ActionContext, Dossier, Redaction } from './types';

/** One mark to import, in the document's display coordinates. */
export interface ImportedMark {
  page: number;
  rects: Rect[];
  /** Ground codes of the dossier's law (the reader proposes a default when the mark names none). */
  grounds: string[];
  /** The text under the boxes, when the caller knows it. */
  text?: string;
  /** Why it is proposed, for the officer and the reviewer ("Lakmarkering uit … (Acrobat, auteur …)"). */
  reason: string;
  wholePage?: boolean;
}

/**
 * Adds imported marks to a document as proposed redactions ("manual" category, or "page" for
 * a whole page); a mark whose boxes an existing (not rejected) redaction of the page already
 * covers is skipped, so importing the same file twice adds nothing.
 *
 * @example
 *   const { dossier, added, skipped } = importRedactions(d, 'd2', marks, 'beslisnota-gemarkeerd.pdf', ctx);
 */
export function importRedactions(
  d: Dossier,
  documentId: string,
  marks: readonly ImportedMark[],
  source: string,
  ctx: ActionContext,
): ActionResult & { added: string[]; skipped: number } {
  const doc = d.documents.find((x) => x.id === documentId);
  if (!doc) throw new InvalidInputError(`The dossier has no document with id "${documentId}"; reload the dossier.`);
  let max = 0;
  for (const r of d.redactions) {
    const m = /^r(\d+)$/.exec(r.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  const added: Redaction[] = [];
  let skipped = 0;
  for (const m of marks) {
    if (!Number.isInteger(m.page) || m.page < 1 || m.page > doc.pageCount) {
      throw new InvalidInputError(`${source} marks page ${m.page}, which document ${doc.number} does not have; import it into the document it was made from.`);
    }
    if (m.grounds.length === 0) throw new InvalidInputError(`A mark on page ${m.page} of ${source} has no ground; give it one before importing.`);
    const existing = [...d.redactions, ...added].filter((r) => r.documentId === documentId && r.page === m.page && r.status !== 'rejected');
    const covered = m.wholePage
      ? existing.some((r) => r.wholePage)
      : m.rects.length > 0 && m.rects.every((q) => existing.some((r) => r.wholePage || r.rects.some((b) => covers(b, q))));
    if (covered) {
      skipped++;
      continue;
    }
    added.push({
      id: `r${++max}`,
      documentId,
      page: m.page,
      rects: m.rects.map((q) => [...q] as Rect),
      grounds: [...m.grounds],
      category: m.wholePage ? 'page' : 'manual',
      text: m.text ?? '',
      origin: 'manual',
      status: 'proposed',
      ...(m.wholePage ? { wholePage: true } : {}),
      reason: m.reason,
    });
  }
  const r = commit(d, ctx, 'import-redactions', { redactions: [...d.redactions, ...added] }, {
    documentId,
    redactionIds: added.map((x) => x.id),
    detail: `${added.length} mark(s) from ${source}${skipped ? `, ${skipped} already present` : ''}`,
  });
  return { ...r, added: added.map((x) => x.id), skipped };
}

/** True when box `b` covers most of `q` (marks from two tools differ by a point or two). */
function covers(b: Rect, q: Rect): boolean {
  const w = Math.max(0, Math.min(b[2], q[2]) - Math.max(b[0], q[0]));
  const h = Math.max(0, Math.min(b[3], q[3]) - Math.max(b[1], q[1]));
  const area = (q[2] - q[0]) * (q[3] - q[1]);
  return area > 0 && (w * h) / area >= 0.6;
}
