/**
 * The reviewer's list (issue #15): every redaction the reviewer must give a verdict on, in
 * dossier order (document, page, top to bottom, left to right), narrowed by the filters the
 * reviewer chose: ground, category, document and review state.
 */
import type { Dossier, Redaction } from '../dossier/types';
import { onReviewList, reviewStateOf, type RedactionReviewState } from './status';

/** Which part of the review the list shows: 'open' is what still needs a verdict. */
export type ReviewStateFilter = 'all' | 'open' | Exclude<RedactionReviewState, 'unreviewed' | 'resubmitted'>;

export interface ReviewFilter {
  ground?: string;
  category?: string;
  documentId?: string;
  state?: ReviewStateFilter;
}

/** True when the reviewer still has to give a verdict on it (unreviewed, or changed since). */
export function needsVerdict(r: Redaction): boolean {
  const s = reviewStateOf(r);
  return s === 'unreviewed' || s === 'resubmitted';
}

function matches(r: Redaction, f: ReviewFilter): boolean {
  if (f.ground && !r.grounds.includes(f.ground)) return false;
  if (f.category && r.category !== f.category) return false;
  if (f.documentId && r.documentId !== f.documentId) return false;
  switch (f.state ?? 'all') {
    case 'all': return true;
    case 'open': return needsVerdict(r);
    case 'sent-back': return reviewStateOf(r) === 'sent-back';
    case 'approved': return reviewStateOf(r) === 'approved';
    default: return true;
  }
}

/**
 * The list, filtered and in order.
 *
 * @example
 *   reviewList(dossier, { ground: '10.2.e', state: 'open' }).map((r) => r.id); // ['r1', 'r7']
 */
export function reviewList(d: Dossier, filter: ReviewFilter = {}): Redaction[] {
  const docOrder = new Map(d.documents.map((x, i) => [x.id, i]));
  return d.redactions
    .filter((r) => onReviewList(r) && matches(r, filter))
    .sort((a, b) => (docOrder.get(a.documentId) ?? 0) - (docOrder.get(b.documentId) ?? 0) || a.page - b.page || readingOrder(a, b));
}

/**
 * Top to bottom, and left to right within a line: two boxes whose middles are less than half
 * a line apart are on one line (a name and the address after it differ in height by a point).
 */
function readingOrder(a: Redaction, b: Redaction): number {
  const ra = a.rects[0];
  const rb = b.rects[0];
  if (!ra || !rb) return (ra ? 1 : 0) - (rb ? 1 : 0);
  const ma = (ra[1] + ra[3]) / 2;
  const mb = (rb[1] + rb[3]) / 2;
  const half = Math.min(ra[3] - ra[1], rb[3] - rb[1]) / 2;
  return Math.abs(ma - mb) < half ? ra[0] - rb[0] : ma - mb;
}

/**
 * Where the reviewer's focus goes after a verdict on `currentId`: the next item in the list
 * that still needs a verdict, else the first such item, else the next item at all. `before`
 * is the list before the verdict (the item may have left a filtered list).
 */
export function nextForReview(before: readonly Redaction[], after: readonly Redaction[], currentId: string | null): string | null {
  const inAfter = new Map(after.map((r) => [r.id, r]));
  const at = before.findIndex((r) => r.id === currentId);
  const rest = before.slice(at + 1).map((r) => inAfter.get(r.id)).filter((r): r is Redaction => r !== undefined);
  return (rest.find(needsVerdict) ?? after.find(needsVerdict) ?? rest[0] ?? (currentId && inAfter.has(currentId) ? inAfter.get(currentId) : after[0]))?.id ?? null;
}

/** The grounds and categories used on the reviewer's list, for the filter menus. */
export function reviewFacets(d: Dossier): { grounds: string[]; categories: string[] } {
  const list = reviewList(d);
  return {
    grounds: [...new Set(list.flatMap((r) => r.grounds))].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true })),
    categories: [...new Set(list.map((r) => r.category))],
  };
}
