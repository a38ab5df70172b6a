/**
 * Review statuses as the reviewer's list, the inventory and the export see them (issue #15):
 * derived from the dossier, never stored twice. A document is final only when the reviewer
 * marked it reviewed and every decision in it is approved.
 */
import { documentBlockers, reviewSettingsOf } from '../dossier/review';
import type { Dossier, DossierDocument, Redaction } from '../dossier/types';

/** A redaction's place in the review. */
export type RedactionReviewState = 'unreviewed' | 'approved' | 'sent-back' | 'resubmitted';

export const REDACTION_REVIEW_STATES: readonly RedactionReviewState[] = ['unreviewed', 'resubmitted', 'sent-back', 'approved'];

/** @example reviewStateOf(r) // 'sent-back' */
export function reviewStateOf(r: Pick<Redaction, 'review'>): RedactionReviewState {
  return r.review?.status ?? 'unreviewed';
}

/**
 * Whether a redaction is on the reviewer's list: every accepted one, and any the reviewer had
 * a say in before (one the officer rejected after a send-back stays, so the reviewer sees it).
 */
export function onReviewList(r: Redaction): boolean {
  return r.status === 'accepted' || r.review !== undefined;
}

/**
 * A document's place in the review:
 * - 'needs-work': something is sent back, or the reviewer said the document needs work;
 * - 'open': the officer still has suggestions to decide;
 * - 'final': marked reviewed, and every decision in it approved;
 * - 'to-review': the officer is done and the reviewer is not.
 */
export type DocumentReviewState = 'needs-work' | 'open' | 'to-review' | 'final';

/** @example documentReviewState(dossier, doc) // 'final' */
export function documentReviewState(d: Dossier, doc: DossierDocument): DocumentReviewState {
  const b = documentBlockers(d, doc.id);
  if (b.sentBack > 0 || doc.review?.status === 'needs-work') return 'needs-work';
  if (b.undecided > 0) return 'open';
  if (doc.review?.status === 'reviewed' && b.unapproved === 0) return 'final';
  return 'to-review';
}

export interface ReviewSummary {
  /** Redactions on the reviewer's list, by state. */
  redactions: Record<RedactionReviewState, number>;
  /** Documents by state. */
  documents: Record<DocumentReviewState, number>;
  /** Documents that are not final, by number, in dossier order. */
  notFinal: string[];
  /** True when every document is final. */
  complete: boolean;
  policy: 'warn' | 'refuse';
  /** Who approved how many (approvals and grounds changed by the reviewer), between which times. */
  reviewers: { by: string; approved: number; first: string; last: string }[];
}

/**
 * Counts the review of a whole dossier, for the export's warning or refusal and the manifest.
 *
 * @example
 *   const s = reviewSummary(dossier);
 *   s.complete;             // false
 *   s.redactions.unreviewed; // 4
 */
export function reviewSummary(d: Dossier): ReviewSummary {
  const redactions: Record<RedactionReviewState, number> = { unreviewed: 0, approved: 0, 'sent-back': 0, resubmitted: 0 };
  const byWho = new Map<string, { by: string; approved: number; first: string; last: string }>();
  for (const r of d.redactions) {
    if (!onReviewList(r)) continue;
    redactions[reviewStateOf(r)]++;
    if (r.review?.status === 'approved') {
      const e = byWho.get(r.review.by) ?? { by: r.review.by, approved: 0, first: r.review.at, last: r.review.at };
      e.approved++;
      if (r.review.at < e.first) e.first = r.review.at;
      if (r.review.at > e.last) e.last = r.review.at;
      byWho.set(r.review.by, e);
    }
  }
  const documents: Record<DocumentReviewState, number> = { 'needs-work': 0, open: 0, 'to-review': 0, final: 0 };
  const notFinal: string[] = [];
  for (const doc of d.documents) {
    const st = documentReviewState(d, doc);
    documents[st]++;
    if (st !== 'final') notFinal.push(doc.number);
  }
  return {
    redactions,
    documents,
    notFinal,
    complete: notFinal.length === 0,
    policy: reviewSettingsOf(d).exportPolicy,
    reviewers: [...byWho.values()].sort((a, b) => a.by.localeCompare(b.by)),
  };
}

/**
 * One English sentence on what is not reviewed yet (the command line and the core's refusal),
 * or '' when the review is complete.
 *
 * @example
 *   reviewGapSentence(reviewSummary(d)); // '3 redaction(s) are not approved, 1 is sent back, and documents 0002, 0003 are not final'
 */
export function reviewGapSentence(s: ReviewSummary): string {
  if (s.complete) return '';
  const parts = [
    s.redactions.unreviewed + s.redactions.resubmitted ? `${s.redactions.unreviewed + s.redactions.resubmitted} redaction(s) are not approved` : '',
    s.redactions['sent-back'] ? `${s.redactions['sent-back']} redaction(s) are sent back to the officer` : '',
    `document(s) ${s.notFinal.join(', ')} are not final`,
  ].filter((x) => x !== '');
  return parts.join(', ');
}
