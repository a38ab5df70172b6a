/**
 * The officer's changes to boxes and documents after they were made (issue #14): move or
 * resize a box, remove a box drawn by hand, remove a document from the dossier. Pure, like
 * actions.ts: a NEW dossier with one audit entry appended; bad requests throw
 * InvalidInputError with one sentence.
 */
import { InvalidInputError } from '../errors';
import type { Rect } from '../pdf/types';
import type { ActionContext, Dossier } from './types';
import { commit, resubmitted, withdrawDocumentReviews, type ActionResult } from './actions';

function checkRects(rects: readonly Rect[]): Rect[] {
  if (rects.length === 0) throw new InvalidInputError('A redaction needs at least one box; draw one.');
  for (const q of rects) {
    if (q.length !== 4 || !q.every(Number.isFinite) || q[0] >= q[2] || q[1] >= q[3] || q[0] < 0 || q[1] < 0) {
      throw new InvalidInputError('A redaction box must be [x0, y0, x1, y1] on the page with x0 < x1 and y0 < y1; draw it again.');
    }
  }
  return rects.map((q) => [...q] as Rect);
}

/**
 * Gives a redaction new boxes (moved or resized) and, when known, the text now under them.
 * Its status and grounds stay; a whole-page redaction has no box to move. Like every change
 * to a decision, a box the reviewer already saw goes back to the reviewer ("resubmitted") and
 * its document's "reviewed" mark is withdrawn (issue #15).
 *
 * @example
 *   moveRedaction(dossier, 'r4', [[72, 100, 180, 112]], ctx, 'J. de Vries');
 */
export function moveRedaction(d: Dossier, id: string, rects: readonly Rect[], ctx: ActionContext, text?: string): ActionResult {
  const r = d.redactions.find((x) => x.id === id);
  if (!r) throw new InvalidInputError(`The dossier has no redaction with id "${id}"; reload the dossier.`);
  if (r.wholePage) throw new InvalidInputError('A whole-page redaction covers the page and cannot be moved; remove it and draw a box instead.');
  const clean = checkRects(rects);
  const redactions = d.redactions.map((x) => (x.id === id ? resubmitted({ ...x, rects: clean, ...(text !== undefined ? { text } : {}) }, ctx) : x));
  return commit(d, ctx, 'edit-redaction', { redactions, documents: withdrawDocumentReviews(d.documents, new Set([r.documentId])) }, { documentId: r.documentId, redactionIds: [id], detail: 'box moved or resized' });
}

/**
 * Removes redactions the officer made herself (boxes, whole pages). A suggestion is not
 * removed but rejected (actions.ts), so that the record of what was proposed stays. A
 * document marked reviewed loses that mark, as with any change to its decisions (issue #15).
 *
 * @example
 *   removeRedactions(dossier, ['r9'], ctx);
 */
export function removeRedactions(d: Dossier, ids: readonly string[], ctx: ActionContext): ActionResult {
  const set = new Set(ids);
  if (set.size === 0) throw new InvalidInputError('No redactions were selected; select at least one.');
  for (const id of set) {
    const r = d.redactions.find((x) => x.id === id);
    if (!r) throw new InvalidInputError(`The dossier has no redaction with id "${id}"; reload the dossier.`);
    if (r.origin !== 'manual') throw new InvalidInputError(`Redaction ${id} is a suggestion; reject it instead of removing it.`);
  }
  const docs = [...new Set(d.redactions.filter((r) => set.has(r.id)).map((r) => r.documentId))];
  return commit(d, ctx, 'remove-redaction', { redactions: d.redactions.filter((r) => !set.has(r.id)), documents: withdrawDocumentReviews(d.documents, new Set(docs)) }, {
    ...(docs.length === 1 ? { documentId: docs[0] } : {}),
    redactionIds: [...set],
  });
}

/**
 * Takes a document out of the dossier with its redactions; groups it belonged to lose it (a
 * group left with one member goes), and copies that pointed at it are copies no longer.
 *
 * @example
 *   removeDocument(dossier, 'd3', ctx);
 */
export function removeDocument(d: Dossier, documentId: string, ctx: ActionContext): ActionResult {
  const doc = d.documents.find((x) => x.id === documentId);
  if (!doc) throw new InvalidInputError(`The dossier has no document with id "${documentId}"; reload the dossier.`);
  const documents = d.documents.filter((x) => x.id !== documentId).map((x) => {
    if (x.duplicateOf !== documentId) return x;
    const { duplicateOf: _gone, ...rest } = x;
    return rest;
  });
  const groups = d.groups
    .map((g) => ({ ...g, documentIds: g.documentIds.filter((id) => id !== documentId) }))
    .filter((g) => g.documentIds.length >= 2);
  const redactions = d.redactions.filter((r) => r.documentId !== documentId);
  return commit(d, ctx, 'remove-document', { documents, groups, redactions }, { documentId, detail: `document ${doc.number} removed` });
}
