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

/** The order keyboard review walks: page, then top to bottom, then left to right. */
export function reviewOrder(d: Dossier, documentId: string): Redaction[] {
  // Kept per redaction list (a new list on every decision, the same one while the officer
  // only moves): a key press at 10,000 suggestions must not sort them again (issue #14).
  let byDoc = ORDER_CACHE.get(d.redactions);
  if (!byDoc) ORDER_CACHE.set(d.redactions, (byDoc = new Map()));
  let order = byDoc.get(documentId);
  if (!order) {
    order = d.redactions
      .filter((r) => r.documentId === documentId)
      .sort((a, b) => a.page - b.page || (a.rects[0]?.[1] ?? 0) - (b.rects[0]?.[1] ?? 0) || (a.rects[0]?.[0] ?? 0) - (b.rects[0]?.[0] ?? 0));
    byDoc.set(documentId, order);
  }
  return order.slice();
}
const ORDER_CACHE = new WeakMap<readonly Redaction[], Map<string, Redaction[]>>();

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

export function summarise(d: Dossier, doc: DossierDocument): DocumentSummary {
  const s: DocumentSummary = { proposed: 0, accepted: 0, rejected: 0, byCategory: {}, status: 'nieuw', beoordeling: 'openbaar', grounds: [] };
  const grounds = new Set<string>(doc.wholeDocumentGrounds);
  let any = false;
  for (const r of d.redactions) {
    if (r.documentId !== doc.id) continue;
    any = true;
    const c = (s.byCategory[r.category] ??= { proposed: 0, accepted: 0, rejected: 0 });
    c[r.status === 'proposed' ? 'proposed' : r.status]++;
    s[r.status === 'proposed' ? 'proposed' : r.status]++;
    if (r.status === 'accepted') r.grounds.forEach((g) => grounds.add(g));
  }
  s.status = s.proposed > 0 ? 'te beoordelen' : any || doc.wholeDocumentGrounds.length > 0 ? 'beoordeeld' : 'nieuw';
  s.beoordeling = deriveBeoordeling(d, doc);
  s.grounds = doc.listedGrounds ?? [...grounds];
  return s;
}

/**
 * The beoordeling the inventory shows (DESIGN.md "Inventory"): the officer's choice when she
 * made one; otherwise refused on grounds → niet openbaar, any accepted redaction → deels
 * openbaar, else openbaar. Unread pages no officer confirmed make it "niet beoordeeld" (issue
 * #12) unless it is kept out of publication anyway.
 */
export function deriveBeoordeling(d: Dossier, doc: DossierDocument): RowBeoordeling {
  const kept = doc.beoordeling === 'niet openbaar' || doc.beoordeling === 'reeds openbaar' || doc.beoordeling === 'buiten reikwijdte';
  if (!kept && (doc.unreadPages ?? []).some((u) => !u.confirmedAt)) return 'niet beoordeeld';
  if (doc.beoordeling) return doc.beoordeling;
  if (doc.wholeDocumentGrounds.length > 0) return 'niet openbaar';
  const accepted = d.redactions.filter((r) => r.documentId === doc.id && r.status === 'accepted');
  if (accepted.length > 0 && accepted.filter((r) => r.wholePage).length >= doc.pageCount) return 'niet openbaar';
  return accepted.length > 0 ? 'deels openbaar' : 'openbaar';
}

/** The grounds that a redaction drawn by hand gets by default, per law (privacy is the commonest). */
export function defaultGrounds(law: Law): string[] {
  return law === 'woo' ? ['5.1.2e'] : ['10.2.e'];
}
