/**
 * The app's state outside React: the dossier (the one thing that is saved and undone) and
 * where the officer is looking. Isomorphic so that the review logic is tested in Node and
 * the renderer stays a thin view over it.
 */
import type { Dossier, DossierDocument, Redaction, RowBeoordeling } from '../dossier/types';
import type { Law } from '../contract';
import { SUGGESTION_CATEGORIES, SUGGESTION_CATEGORY_ORDER, type SuggestionCategory } from '../categories';
import type { ReviewFilter } from '../review/list';

/** The officer's review, the inventory list, and the legal reviewer's list (issue #15). */
export type View = 'review' | 'inventory' | 'reviewer';

export interface AppState {
  dossier: Dossier;
  /** Document shown in the viewer. */
  documentId: string | null;
  /** Redaction that keyboard review is on (accept, reject, change grounds act on it). */
  focusId: string | null;
  view: View;
  /** The legal reviewer's list filters (absent: everything). */
  reviewFilter?: ReviewFilter;
  /** The page the viewer shows (1-based), as the viewer reports it. */
  page?: number;
  /** "This page only": the panel lists, and j/k/a/r walk, only the redactions of `page`. */
  pageOnly?: boolean;
}

export type Category = SuggestionCategory | 'manual' | 'page';

/** Category order and colours (the panel groups and overlays follow this order), from shared/categories.ts. */
export const CATEGORY_ORDER: readonly Category[] = [...SUGGESTION_CATEGORY_ORDER, 'manual', 'page'];

/** Outline colours per category: the table's, and grey for the officer's own boxes and whole pages. */
export const CATEGORY_COLOURS: Record<Category, string> = {
  ...(Object.fromEntries(SUGGESTION_CATEGORY_ORDER.map((c) => [c, SUGGESTION_CATEGORIES[c].colour])) as Record<SuggestionCategory, string>),
  manual: '#444444',
  page: '#444444',
};

/**
 * The order keyboard review walks: page, then top to bottom, then left to right. The array is
 * shared (cached): callers must not change it.
 */
export function reviewOrder(d: Dossier, documentId: string): readonly Redaction[] {
  // Kept per redaction list (a new list on every decision, the same one while the officer
  // only moves): a key press at 10,000 suggestions must not sort them again (issue #14).
  let byDoc = ORDER_CACHE.get(d.redactions);
  if (!byDoc) {
    ORDER_CACHE.set(d.redactions, (byDoc = new Map()));
    // Only the lists of the last few dossiers: the undo history holds 200 of them, and keeping
    // an order of 10,000 items for each made the garbage collector work on every key press.
    if (ORDER_CACHE.size > 4) ORDER_CACHE.delete(ORDER_CACHE.keys().next().value!);
  }
  let order = byDoc.get(documentId);
  if (!order) {
    const prev = LAST_ORDER.get(documentId);
    const same = patched(prev, d.redactions, documentId) ?? reordered(prev, d.redactions, documentId);
    order = same ?? d.redactions.filter((r) => r.documentId === documentId).sort(byPlace);
    byDoc.set(documentId, order);
    // The same ids on the same places keep their index map.
    LAST_ORDER.set(documentId, { order, at: same && prev ? prev.at : new Map(order.map((r, i) => [r.id, i])), from: d.redactions });
  }
  return order;
}

/**
 * The previous order with the changed objects swapped in, when the list it came from has the
 * same length and the changed items kept id, document, page and rects (a decision copies the
 * items it decides and no other): a comparison of references instead of ten thousand lookups.
 */
function patched(prev: LastOrder | undefined, all: readonly Redaction[], documentId: string): Redaction[] | null {
  if (!prev || prev.from.length !== all.length) return null;
  let out: Redaction[] | null = null;
  for (let i = 0; i < all.length; i++) {
    const r = all[i];
    const o = prev.from[i];
    if (r === o) continue;
    if (r.id !== o.id || r.documentId !== o.documentId) return null;
    if (r.documentId !== documentId) continue;
    const k = prev.at.get(r.id);
    if (k === undefined || prev.order[k].page !== r.page || prev.order[k].rects !== r.rects) return null;
    (out ??= prev.order.slice())[k] = r;
  }
  return out ?? prev.order.slice();
}
const ORDER_CACHE = new Map<readonly Redaction[], Map<string, Redaction[]>>();

/** The review order as the officer walks it: the whole document, or with "this page only" the page in view. */
export function walkOrder(s: Pick<AppState, 'dossier' | 'page' | 'pageOnly'>, documentId: string): readonly Redaction[] {
  const order = reviewOrder(s.dossier, documentId);
  return s.pageOnly && s.page ? order.filter((r) => r.page === s.page) : order;
}
/** The last order made per document, to re-use when a decision changed statuses but no place. */
interface LastOrder { order: readonly Redaction[]; at: ReadonlyMap<string, number>; from: readonly Redaction[] }
const LAST_ORDER = new Map<string, LastOrder>();

function byPlace(a: Redaction, b: Redaction): number {
  return a.page - b.page || (a.rects[0]?.[1] ?? 0) - (b.rects[0]?.[1] ?? 0) || (a.rects[0]?.[0] ?? 0) - (b.rects[0]?.[0] ?? 0);
}

/**
 * The previous order with the new objects, when the document has the same redactions on the
 * same places (an accept or reject copies an item but keeps its page and rects): one pass
 * instead of a sort of ten thousand items. Null when anything was added, removed or moved.
 */
function reordered(prev: LastOrder | undefined, all: readonly Redaction[], documentId: string): Redaction[] | null {
  if (!prev) return null;
  const out: Redaction[] = new Array<Redaction>(prev.order.length);
  let n = 0;
  for (const r of all) {
    if (r.documentId !== documentId) continue;
    n++;
    const i = prev.at.get(r.id);
    if (i === undefined || out[i] !== undefined) return null;
    const o = prev.order[i];
    if (o.page !== r.page || o.rects !== r.rects) return null;
    out[i] = r;
  }
  return n === prev.order.length ? out : null;
}

export interface DocumentSummary {
  proposed: number;
  accepted: number;
  rejected: number;
  /** Per category: [proposed, accepted]. */
  byCategory: Partial<Record<Category, { proposed: number; accepted: number; rejected: number }>>;
  status: 'nieuw' | 'te beoordelen' | 'beoordeeld';
  beoordeling: RowBeoordeling;
  grounds: string[];
}

/**
 * The summary of one document. All documents are summarised in one pass over the redactions
 * and kept until the dossier changes: the sidebar asks for each document on every key press.
 */
export function summarise(d: Dossier, doc: DossierDocument): DocumentSummary {
  let byDocs = SUMMARY_CACHE.get(d.redactions);
  if (!byDocs) SUMMARY_CACHE.set(d.redactions, (byDocs = new WeakMap()));
  let all = byDocs.get(d.documents);
  if (!all) byDocs.set(d.documents, (all = summariseAll(d)));
  return all.get(doc.id) ?? summariseAll({ ...d, documents: [doc] }).get(doc.id)!;
}
const SUMMARY_CACHE = new WeakMap<readonly Redaction[], WeakMap<readonly DossierDocument[], Map<string, DocumentSummary>>>();

function summariseAll(d: Dossier): Map<string, DocumentSummary> {
  const out = new Map<string, DocumentSummary>();
  const grounds = new Map<string, Set<string>>();
  const counts = new Map<string, { any: boolean; accepted: number; wholePages: number }>();
  for (const doc of d.documents) {
    out.set(doc.id, { proposed: 0, accepted: 0, rejected: 0, byCategory: {}, status: 'nieuw', beoordeling: 'openbaar', grounds: [] });
    grounds.set(doc.id, new Set(doc.wholeDocumentGrounds));
    counts.set(doc.id, { any: false, accepted: 0, wholePages: 0 });
  }
  for (const r of d.redactions) {
    const s = out.get(r.documentId);
    if (!s) continue;
    const n = counts.get(r.documentId)!;
    n.any = true;
    const c = (s.byCategory[r.category] ??= { proposed: 0, accepted: 0, rejected: 0 });
    c[r.status === 'proposed' ? 'proposed' : r.status]++;
    s[r.status === 'proposed' ? 'proposed' : r.status]++;
    if (r.status === 'accepted') {
      n.accepted++;
      if (r.wholePage) n.wholePages++;
      const g = grounds.get(r.documentId)!;
      for (const x of r.grounds) g.add(x);
    }
  }
  for (const doc of d.documents) {
    const s = out.get(doc.id)!;
    const n = counts.get(doc.id)!;
    s.status = s.proposed > 0 ? 'te beoordelen' : n.any || doc.wholeDocumentGrounds.length > 0 ? 'beoordeeld' : 'nieuw';
    s.beoordeling = beoordelingOf(doc, n.accepted, n.wholePages);
    s.grounds = doc.listedGrounds ?? [...grounds.get(doc.id)!];
  }
  return out;
}

/**
 * The beoordeling the inventory shows (DESIGN.md "Inventory"): the officer's choice when she
 * made one; otherwise refused on grounds → niet openbaar, any accepted redaction → deels
 * openbaar, else openbaar. Unread pages no officer confirmed make it "niet beoordeeld" (issue
 * #12) unless it is kept out of publication anyway.
 */
export function deriveBeoordeling(d: Dossier, doc: DossierDocument): RowBeoordeling {
  const accepted = d.redactions.filter((r) => r.documentId === doc.id && r.status === 'accepted');
  return beoordelingOf(doc, accepted.length, accepted.filter((r) => r.wholePage).length);
}

function beoordelingOf(doc: DossierDocument, accepted: number, wholePages: number): RowBeoordeling {
  const kept = doc.beoordeling === 'niet openbaar' || doc.beoordeling === 'reeds openbaar' || doc.beoordeling === 'buiten reikwijdte';
  if (!kept && (doc.unreadPages ?? []).some((u) => !u.confirmedAt)) return 'niet beoordeeld';
  if (doc.beoordeling) return doc.beoordeling;
  if (doc.wholeDocumentGrounds.length > 0) return 'niet openbaar';
  if (accepted > 0 && wholePages >= doc.pageCount) return 'niet openbaar';
  return accepted > 0 ? 'deels openbaar' : 'openbaar';
}

/** The grounds that a redaction drawn by hand gets by default, per law (privacy is the commonest). */
export function defaultGrounds(law: Law): string[] {
  return law === 'woo' ? ['5.1.2e'] : ['10.2.e'];
}
