/**
 * The app's state outside React: the dossier (the one thing that is saved and undone) and
 * where the officer is looking. Isomorphic so that the review logic is tested in Node and
 * the renderer stays a thin view over it.
 */
import type { Dossier, DossierDocument, Redaction, RowBeoordeling } from '../dossier/types';
import type { Law } from '../contract';
import { SUGGESTION_CATEGORIES, SUGGESTION_CATEGORY_ORDER, type SuggestionCategory } from '../categories';
import type { ReviewFilter } from '../review/list';
import { changedPlaces } from '../dossier/delta';
import type { DocumentBlockers } from '../dossier/review';
import type { DocumentReviewState } from '../review/status';

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
  // The places a decision replaced, when it recorded them (shared/dossier/delta.ts): no pass over every item.
  const places = changedPlaces(all, prev.from);
  let out: Redaction[] | null = null;
  const at = (i: number): boolean => {
    const r = all[i];
    const o = prev.from[i];
    if (r === o) return true;
    if (r.id !== o.id || r.documentId !== o.documentId) return false;
    if (r.documentId !== documentId) return true;
    const k = prev.at.get(r.id);
    if (k === undefined || prev.order[k].page !== r.page || prev.order[k].rects !== r.rects) return false;
    (out ??= prev.order.slice())[k] = r;
    return true;
  };
  if (places) {
    for (const i of places) if (!at(i)) return null;
  } else {
    for (let i = 0; i < all.length; i++) if (!at(i)) return null;
  }
  return out ?? prev.order.slice();
}
const ORDER_CACHE = new Map<readonly Redaction[], Map<string, Redaction[]>>();

/** The review order as the officer walks it: the whole document, or with "this page only" the page in view. */
export function walkOrder(s: Pick<AppState, 'dossier' | 'page' | 'pageOnly'>, documentId: string): readonly Redaction[] {
  const order = reviewOrder(s.dossier, documentId);
  return s.pageOnly && s.page ? order.filter((r) => r.page === s.page) : order;
}
/**
 * The place of `id` in a review order: a lookup when `order` is a document's whole order (its
 * index is kept), else a search (the page filter's short lists). -1 when it is not there.
 */
export function orderIndex(order: readonly Redaction[], id: string | null): number {
  if (id === null) return -1;
  const last = order.length > 0 ? LAST_ORDER.get(order[0].documentId) : undefined;
  if (last && last.order === order) {
    const i = last.at.get(id);
    return i !== undefined && order[i]?.id === id ? i : -1;
  }
  return order.findIndex((r) => r.id === id);
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
  /** What keeps the document from being reviewed (as `documentBlockers` in shared/dossier/review.ts counts it). */
  blockers: DocumentBlockers;
  /** Accepted whole-page redactions. */
  wholePages: number;
}

/**
 * The summary of one document. All documents are summarised in one pass over the redactions
 * and kept until the dossier changes: the sidebar asks for each document on every key press.
 * After a decision the previous summaries are patched by the items it changed (a key press at
 * 10,000 suggestions counts one item, not ten thousand: issue #14).
 */
export function summarise(d: Dossier, doc: DossierDocument): DocumentSummary {
  let byDocs = SUMMARY_CACHE.get(d.redactions);
  if (!byDocs) SUMMARY_CACHE.set(d.redactions, (byDocs = new WeakMap()));
  let all = byDocs.get(d.documents);
  if (!all) {
    all = patchedSummaries(d) ?? summariseAll(d);
    byDocs.set(d.documents, all);
    LAST_SUMMARY = { redactions: d.redactions, documents: d.documents, all };
  }
  return all.get(doc.id) ?? summariseAll({ ...d, documents: [doc] }).get(doc.id)!;
}
const SUMMARY_CACHE = new WeakMap<readonly Redaction[], WeakMap<readonly DossierDocument[], Map<string, DocumentSummary>>>();
/** The summaries made last, to patch after the next decision. */
let LAST_SUMMARY: { redactions: readonly Redaction[]; documents: readonly DossierDocument[]; all: Map<string, DocumentSummary> } | null = null;

/** Counts that follow the items (not derived from the document's own fields). */
type Counted = Omit<DocumentSummary, 'status' | 'beoordeling' | 'grounds'>;

function emptyCounts(): Counted {
  return { proposed: 0, accepted: 0, rejected: 0, byCategory: {}, blockers: { undecided: 0, unapproved: 0, sentBack: 0 }, wholePages: 0 };
}

/** Adds (k = 1) or takes away (k = -1) one redaction's part in its document's counts. */
function count(s: Counted, r: Redaction, k: 1 | -1): void {
  const st = r.status === 'proposed' ? 'proposed' : r.status;
  const c = (s.byCategory[r.category] ??= { proposed: 0, accepted: 0, rejected: 0 });
  c[st] += k;
  s[st] += k;
  if (r.status === 'accepted' && r.wholePage) s.wholePages += k;
  if (r.status === 'proposed') s.blockers.undecided += k;
  else {
    const rv = r.review?.status;
    if (rv === 'sent-back') s.blockers.sentBack += k;
    else if (rv === 'resubmitted' || (rv === undefined && r.status === 'accepted')) s.blockers.unapproved += k;
  }
}

/** The grounds a document's redactions give it: its whole-document grounds, then those of its accepted redactions in order. */
function groundsOf(d: Dossier, doc: DossierDocument): string[] {
  if (doc.listedGrounds) return doc.listedGrounds;
  const g = new Set(doc.wholeDocumentGrounds);
  for (const r of d.redactions) if (r.documentId === doc.id && r.status === 'accepted') for (const x of r.grounds) g.add(x);
  return [...g];
}

/** Status and beoordeling from the counts and the document. */
function finish(s: Counted, doc: DossierDocument): DocumentSummary {
  const any = s.proposed + s.accepted + s.rejected > 0;
  return {
    ...s,
    status: s.proposed > 0 ? 'te beoordelen' : any || doc.wholeDocumentGrounds.length > 0 ? 'beoordeeld' : 'nieuw',
    beoordeling: beoordelingOf(doc, s.accepted, s.wholePages),
    grounds: [],
  };
}

/**
 * The previous summaries with the documents of the changed items counted again from their
 * parts, when the last decision recorded which items it replaced; null otherwise.
 */
function patchedSummaries(d: Dossier): Map<string, DocumentSummary> | null {
  const last = LAST_SUMMARY;
  if (!last || last.documents !== d.documents) return null;
  const places = changedPlaces(d.redactions, last.redactions);
  if (!places) return null;
  if (places.length === 0) return last.all;
  const counted = new Map<string, Counted>();
  for (const i of places) {
    const was = last.redactions[i];
    const now = d.redactions[i];
    for (const [r, k] of [[was, -1], [now, 1]] as const) {
      const prev = last.all.get(r.documentId);
      if (!prev) return null;
      let c = counted.get(r.documentId);
      if (!c) {
        c = { proposed: prev.proposed, accepted: prev.accepted, rejected: prev.rejected, byCategory: Object.fromEntries(Object.entries(prev.byCategory).map(([cat, v]) => [cat, { ...v }])), blockers: { ...prev.blockers }, wholePages: prev.wholePages };
        counted.set(r.documentId, c);
      }
      count(c, r, k);
    }
  }
  const out = new Map(last.all);
  for (const [id, c] of counted) {
    const doc = d.documents.find((x) => x.id === id)!;
    for (const [cat, v] of Object.entries(c.byCategory)) if (v.proposed + v.accepted + v.rejected === 0) delete c.byCategory[cat as Category];
    const s = finish(c, doc);
    // The grounds only when asked (the inventory): a key press does not need them.
    Object.defineProperty(s, 'grounds', {
      enumerable: true,
      configurable: true,
      get: () => {
        const v = groundsOf(d, doc);
        Object.defineProperty(s, 'grounds', { value: v, enumerable: true, writable: true, configurable: true });
        return v;
      },
    });
    out.set(id, s);
  }
  return out;
}

/** Every document's summary counted from scratch (nothing kept or patched): what the kept summaries must equal. */
export function recountSummaries(d: Dossier): Map<string, DocumentSummary> {
  return summariseAll(d);
}

function summariseAll(d: Dossier): Map<string, DocumentSummary> {
  const counted = new Map<string, Counted>();
  const grounds = new Map<string, Set<string>>();
  for (const doc of d.documents) {
    counted.set(doc.id, emptyCounts());
    grounds.set(doc.id, new Set(doc.wholeDocumentGrounds));
  }
  for (const r of d.redactions) {
    const s = counted.get(r.documentId);
    if (!s) continue;
    count(s, r, 1);
    if (r.status === 'accepted') {
      const g = grounds.get(r.documentId)!;
      for (const x of r.grounds) g.add(x);
    }
  }
  const out = new Map<string, DocumentSummary>();
  for (const doc of d.documents) {
    const s = finish(counted.get(doc.id)!, doc);
    s.grounds = doc.listedGrounds ?? [...grounds.get(doc.id)!];
    out.set(doc.id, s);
  }
  return out;
}

/**
 * A document's place in the legal review (as `documentReviewState` in shared/review/status.ts
 * says it), from the kept counts: the sidebar's badge asks for every document on every decision.
 */
export function documentState(d: Dossier, doc: DossierDocument): DocumentReviewState {
  const b = summarise(d, doc).blockers;
  if (b.sentBack > 0 || doc.review?.status === 'needs-work') return 'needs-work';
  if (b.undecided > 0) return 'open';
  if (doc.review?.status === 'reviewed' && b.unapproved === 0) return 'final';
  return 'to-review';
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
