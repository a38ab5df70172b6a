/**
 * Named review actions (after excalidraw's registered actions): each is a plain object with
 * `perform(state, payload, ctx) → state` and says whether it changes the dossier (and so
 * enters the undo history) or only moves the officer's focus. Buttons, keys and the menu
 * all run actions by name, so each verb has one implementation and undo comes for free.
 */
import type { ActionContext, Beoordeling, Dossier, DocumentPatch, Redaction, ReviewSettings } from '../dossier';
import {
  acceptRedactions, addRedactions, changeGrounds, confirmUnreadPages, editDocument, editDossier, refuseDocument, rejectRedactions,
  reopenRedactions, setBeoordeling,
} from '../dossier/actions';
import { moveRedaction, removeDocument, removeRedactions } from '../dossier/boxes';
import { repeatBox, sameTextIds } from './search';
import { importRedactions, type ImportedMark } from '../dossier/import';
import { approveRedactions, commentOn, reviewDocument, reviseGrounds, sendBack, setReviewSettings, unreview } from '../dossier/review';
import type { Rect } from '../pdf/types';
import { needsVerdict, nextForReview, reviewList, type ReviewFilter } from '../review/list';
import { acceptGroup, groupDocuments, propagateRedactions, splitGroup } from '../dossier/groups';
import type { FoundGroup } from '../dossier/copies';
import type { PageWords } from './occurrences';
import { InvalidInputError } from '../errors';
import { defaultGrounds, orderIndex, reviewOrder, walkOrder, type AppState, type Category, type View } from './state';

export interface AppAction<P = void> {
  name: string;
  /** 'capture': the dossier changes and undo can take it back; 'none': focus or view only. */
  history: 'capture' | 'none';
  perform(state: AppState, payload: P, ctx: ActionContext): AppState;
}

const define = <P = void>(a: AppAction<P>) => a;

const withDossier = (s: AppState, dossier: Dossier, focusId = s.focusId): AppState => ({ ...s, dossier, focusId });

/** The ids an item action works on: the explicit ones, or the focused redaction. */
function targetIds(s: AppState, ids?: readonly string[]): string[] {
  if (ids && ids.length > 0) return [...ids];
  return s.focusId ? [s.focusId] : [];
}

/** The item after `id` in review order, preferring ones still to decide (index loops: no copies of 10,000 items). */
function nextAfter(d: Dossier, documentId: string, id: string | null, walk: Pick<AppState, 'page' | 'pageOnly'> = {}): string | null {
  const order = walkOrder({ dossier: d, ...walk }, documentId);
  const at = orderIndex(order, id);
  for (let i = at + 1; i < order.length; i++) if (order[i].status === 'proposed') return order[i].id;
  for (let i = 0; i < order.length; i++) if (order[i].status === 'proposed') return order[i].id;
  return order[at + 1]?.id ?? null;
}

function step(s: AppState, delta: 1 | -1): AppState {
  if (!s.documentId) return s;
  const order = walkOrder(s, s.documentId);
  if (order.length === 0) return s;
  const at = orderIndex(order, s.focusId);
  const next = at < 0 ? (delta > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + delta));
  return { ...s, focusId: order[next].id };
}

function decide(s: AppState, ids: string[], fn: typeof acceptRedactions, ctx: ActionContext): AppState {
  if (ids.length === 0) return s;
  const { dossier } = fn(s.dossier, ids, ctx);
  // After deciding the focused item, move on: reviewing is a stream of a/r presses.
  const moveOn = s.focusId !== null && ids.includes(s.focusId) && s.documentId !== null;
  return withDossier(s, dossier, moveOn ? nextAfter(dossier, s.documentId!, s.focusId, s) ?? s.focusId : s.focusId);
}

/**
 * The legal reviewer judges the officer's boxes; she does not move, resize or delete them (a
 * changed box goes back to review as "resubmitted", to herself). She sends one back instead.
 */
function notByReviewer(s: AppState, ctx: ActionContext, what: 'move' | 'delete'): void {
  if (s.view !== 'reviewer' && ctx.role !== 'reviewer') return;
  throw new InvalidInputError({
    en: `As the reviewer you do not ${what === 'move' ? 'move or resize' : 'delete'} boxes; send the item back to the officer with a comment (s).`,
    nl: `Als jurist ${what === 'move' ? 'verplaatst of vergroot' : 'verwijdert'} u geen kaders; stuur het item terug naar de behandelaar met een opmerking (s).`,
  });
}

/** Focus on a redaction in the reviewer's list: the viewer shows its document. */
function reviewFocusOn(s: AppState, id: string | null): AppState {
  const r = id ? s.dossier.redactions.find((x) => x.id === id) : undefined;
  return r ? { ...s, focusId: r.id, documentId: r.documentId } : { ...s, focusId: null };
}

function reviewStep(s: AppState, delta: 1 | -1): AppState {
  const list = reviewList(s.dossier, s.reviewFilter);
  if (list.length === 0) return s;
  const at = list.findIndex((r) => r.id === s.focusId);
  const next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
  return reviewFocusOn(s, list[next].id);
}

/** A reviewer's verdict on the focused item moves on to the next one that needs a verdict. */
function verdict(s: AppState, ids: string[], fn: (d: Dossier) => Dossier): AppState {
  if (ids.length === 0) return s;
  const before = reviewList(s.dossier, s.reviewFilter);
  const dossier = fn(s.dossier);
  const moveOn = s.focusId !== null && ids.includes(s.focusId);
  const next = { ...s, dossier };
  return moveOn ? reviewFocusOn(next, nextForReview(before, reviewList(dossier, s.reviewFilter), s.focusId)) : next;
}

/**
 * Entering the reviewer's list starts at the first item that still needs a verdict (where the
 * reviewer left off); when none does, a focus on the list stays, else the first item.
 */
function enterReviewer(s: AppState): AppState {
  const list = reviewList(s.dossier, s.reviewFilter);
  const first = list.find(needsVerdict);
  if (!first && s.focusId && list.some((r) => r.id === s.focusId)) return { ...s, view: 'reviewer' };
  return reviewFocusOn({ ...s, view: 'reviewer' }, first?.id ?? list[0]?.id ?? null);
}

const ofCategory = (s: AppState, category: Category, status?: Redaction['status']) =>
  s.dossier.redactions.filter((r) => r.documentId === s.documentId && r.category === category && (!status || r.status === status)).map((r) => r.id);

export const actions = {
  selectDocument: define<{ documentId: string }>({
    name: 'selectDocument',
    history: 'none',
    perform: (s, { documentId }) => ({ ...s, documentId, page: 1, focusId: walkOrder({ ...s, page: 1 }, documentId).find((r) => r.status === 'proposed')?.id ?? reviewOrder(s.dossier, documentId).find((r) => r.status === 'proposed')?.id ?? null, view: 'review' }),
  }),
  focus: define<{ id: string | null }>({ name: 'focus', history: 'none', perform: (s, { id }) => ({ ...s, focusId: id }) }),
  next: define({ name: 'next', history: 'none', perform: (s) => step(s, 1) }),
  previous: define({ name: 'previous', history: 'none', perform: (s) => step(s, -1) }),
  /** The viewer scrolled to another page; with "this page only" the focus stays on that page. */
  viewPage: define<{ page: number }>({
    name: 'viewPage',
    history: 'none',
    perform: (s, { page }) => {
      if (s.page === page) return s;
      if (!s.pageOnly || !s.documentId) return { ...s, page };
      const focused = s.focusId ? s.dossier.redactions.find((r) => r.id === s.focusId) : undefined;
      if (focused?.page === page) return { ...s, page };
      const here = walkOrder({ ...s, page }, s.documentId);
      return { ...s, page, focusId: (here.find((r) => r.status === 'proposed') ?? here[0])?.id ?? null };
    },
  }),
  /** "This page only" on or off (the panel's filter). */
  setPageOnly: define<{ on: boolean }>({
    name: 'setPageOnly',
    history: 'none',
    perform: (s, { on }) => {
      const next = { ...s, pageOnly: on };
      if (!on || !s.documentId || !s.page) return next;
      const focused = s.focusId ? s.dossier.redactions.find((r) => r.id === s.focusId) : undefined;
      if (focused?.page === s.page) return next;
      const here = walkOrder(next, s.documentId);
      return { ...next, focusId: (here.find((r) => r.status === 'proposed') ?? here[0])?.id ?? null };
    },
  }),
  setView: define<{ view: View }>({ name: 'setView', history: 'none', perform: (s, { view }) => (view === 'reviewer' ? enterReviewer(s) : { ...s, view }) }),

  accept: define<{ ids?: string[] } | void>({
    name: 'accept',
    history: 'capture',
    perform: (s, p, ctx) => decide(s, targetIds(s, p?.ids), acceptRedactions, ctx),
  }),
  reject: define<{ ids?: string[] } | void>({
    name: 'reject',
    history: 'capture',
    perform: (s, p, ctx) => decide(s, targetIds(s, p?.ids), rejectRedactions, ctx),
  }),
  reopen: define<{ ids?: string[] } | void>({
    name: 'reopen',
    history: 'capture',
    perform: (s, p, ctx) => {
      const ids = targetIds(s, p?.ids);
      return ids.length ? withDossier(s, reopenRedactions(s.dossier, ids, ctx).dossier) : s;
    },
  }),
  acceptCategory: define<{ category: Category }>({
    name: 'acceptCategory',
    history: 'capture',
    perform: (s, { category }, ctx) => {
      const ids = ofCategory(s, category, 'proposed');
      return ids.length ? withDossier(s, acceptRedactions(s.dossier, ids, ctx).dossier) : s;
    },
  }),
  /** Shift+A: every open suggestion of the current document, whatever its category. */
  acceptAll: define({
    name: 'acceptAll',
    history: 'capture',
    perform: (s, _p, ctx) => {
      const ids = s.dossier.redactions.filter((r) => r.documentId === s.documentId && r.status === 'proposed').map((r) => r.id);
      return ids.length ? withDossier(s, acceptRedactions(s.dossier, ids, ctx).dossier) : s;
    },
  }),
  rejectCategory: define<{ category: Category }>({
    name: 'rejectCategory',
    history: 'capture',
    perform: (s, { category }, ctx) => {
      const ids = ofCategory(s, category, 'proposed');
      return ids.length ? withDossier(s, rejectRedactions(s.dossier, ids, ctx).dossier) : s;
    },
  }),
  /**
   * New grounds for the given (or focused) items; with `sameText`, also for every other
   * redaction in the dossier of the same text (not the rejected ones). In the reviewer's list,
   * a change of grounds is the reviewer's verdict (shared/dossier/review.ts).
   */
  changeGrounds: define<{ ids?: string[]; grounds: string[]; sameText?: boolean }>({
    name: 'changeGrounds',
    history: 'capture',
    perform: (s, p, ctx) => {
      const ids = p.sameText ? sameTextIds(s.dossier, targetIds(s, p.ids)) : targetIds(s, p.ids);
      if (ids.length === 0) return s;
      // The same passage in the other copies of a duplicate or thread group gets the same
      // grounds (issue #14: a change in one copy left the others as they were).
      const copies = copiesOf(s.dossier, ids);
      if (s.view === 'reviewer') {
        // Decided copies get the reviewer's verdict with the new grounds; a copy still proposed
        // (the officer has not decided it) only gets the grounds.
        const decided = copies.filter((id) => s.dossier.redactions.find((r) => r.id === id)?.status !== 'proposed');
        const open = copies.filter((id) => !decided.includes(id));
        return verdict(s, ids, (d) => {
          const revised = reviseGrounds(d, [...ids, ...decided], p.grounds, ctx).dossier;
          return open.length ? changeGrounds(revised, open, p.grounds, ctx).dossier : revised;
        });
      }
      return withDossier(s, changeGrounds(s.dossier, [...ids, ...copies], p.grounds, ctx).dossier);
    },
  }),
  /** A box drawn by hand, or the words selected by dragging across text (with their text). */
  addBox: define<{ page: number; rects: Rect[]; text?: string; grounds?: string[] }>({
    name: 'addBox',
    history: 'capture',
    perform: (s, p, ctx) => {
      if (!s.documentId) return s;
      const { dossier, entry } = addRedactions(s.dossier, [{
        documentId: s.documentId, page: p.page, rects: p.rects, text: p.text ?? '', grounds: p.grounds ?? defaultGrounds(s.dossier.law),
      }], ctx);
      return withDossier(s, dossier, entry.redactionIds?.[0] ?? s.focusId);
    },
  }),
  wholePage: define<{ page: number; grounds?: string[] }>({
    name: 'wholePage',
    history: 'capture',
    perform: (s, p, ctx) => {
      if (!s.documentId) return s;
      const exists = s.dossier.redactions.find((r) => r.documentId === s.documentId && r.page === p.page && r.wholePage && r.status !== 'rejected');
      if (exists) return { ...s, focusId: exists.id };
      const { dossier, entry } = addRedactions(s.dossier, [{
        documentId: s.documentId, page: p.page, rects: [], wholePage: true, grounds: p.grounds ?? defaultGrounds(s.dossier.law),
      }], ctx);
      // The page is blacked out whole: its open suggestions are decided with it (one undo step).
      const open = dossier.redactions.filter((r) => r.documentId === s.documentId && r.page === p.page && r.status === 'proposed').map((r) => r.id);
      const after = open.length ? acceptRedactions(dossier, open, ctx).dossier : dossier;
      return withDossier(s, after, entry.redactionIds?.[0] ?? s.focusId);
    },
  }),
  /** One box repeated on a range of pages of the current document (a letterhead), one undo step. */
  repeatBox: define<{ rect: Rect; from: number; to: number; grounds?: string[]; except?: number }>({
    name: 'repeatBox',
    history: 'capture',
    perform: (s, p, ctx) => {
      const doc = s.dossier.documents.find((d) => d.id === s.documentId);
      if (!doc) return s;
      const items = repeatBox(p.rect, p.from, p.to, doc.pageCount).filter((x) => x.page !== p.except).map((x) => ({ documentId: doc.id, ...x, grounds: p.grounds ?? defaultGrounds(s.dossier.law) }));
      return items.length ? withDossier(s, addRedactions(s.dossier, items, ctx).dossier) : s;
    },
  }),
  /**
   * Redacts every found occurrence across the dossier: a suggestion already covering one is
   * accepted rather than doubled, one already redacted is left alone, the rest are added.
   */
  redactOccurrences: define<{ items: { documentId: string; page: number; rects: Rect[]; text: string }[]; grounds?: string[] }>({
    name: 'redactOccurrences',
    history: 'capture',
    perform: (s, p, ctx) => {
      const grounds = p.grounds ?? defaultGrounds(s.dossier.law);
      const toAccept = new Set<string>();
      const toAdd: Parameters<typeof addRedactions>[1][number][] = [];
      for (const it of p.items) {
        const covering = s.dossier.redactions.find((r) => r.documentId === it.documentId && r.page === it.page && r.status !== 'rejected'
          && it.rects.every((q) => r.rects.some((b) => covers(b, q))));
        if (covering) {
          if (covering.status === 'proposed') toAccept.add(covering.id);
          continue;
        }
        toAdd.push({ documentId: it.documentId, page: it.page, rects: it.rects, text: it.text, grounds });
      }
      let d = s.dossier;
      if (toAccept.size) d = acceptRedactions(d, [...toAccept], ctx).dossier;
      if (toAdd.length) d = addRedactions(d, toAdd, ctx).dossier;
      return withDossier(s, d);
    },
  }),
  /** A box moved or resized (mouse or arrow keys), with the text now under it when known. */
  moveBox: define<{ id: string; rects: Rect[]; text?: string }>({
    name: 'moveBox',
    history: 'capture',
    perform: (s, p, ctx) => {
      notByReviewer(s, ctx, 'move');
      return withDossier(s, moveRedaction(s.dossier, p.id, p.rects, ctx, p.text).dossier);
    },
  }),
  /** Delete key: a box of the officer's own goes; a suggestion is rejected (its record stays). */
  deleteBox: define<{ ids?: string[] } | void>({
    name: 'deleteBox',
    history: 'capture',
    perform: (s, p, ctx) => {
      const ids = targetIds(s, p?.ids);
      if (ids.length === 0) return s;
      notByReviewer(s, ctx, 'delete');
      const mine = new Set(s.dossier.redactions.filter((r) => ids.includes(r.id) && r.origin === 'manual').map((r) => r.id));
      let d = s.dossier;
      const others = ids.filter((id) => !mine.has(id));
      if (others.length) d = rejectRedactions(d, others, ctx).dossier;
      if (mine.size) d = removeRedactions(d, [...mine], ctx).dossier;
      const focus = s.focusId && mine.has(s.focusId) && s.documentId ? nextAfter(d, s.documentId, null) : s.focusId;
      return withDossier(s, d, focus);
    },
  }),
  /** Takes a document out of the dossier (with its redactions); the viewer moves to another one. */
  removeDocument: define<{ documentId: string }>({
    name: 'removeDocument',
    history: 'capture',
    perform: (s, p, ctx) => {
      const { dossier } = removeDocument(s.dossier, p.documentId, ctx);
      if (s.documentId !== p.documentId) return withDossier(s, dossier);
      return { ...s, dossier, documentId: dossier.documents[0]?.id ?? null, focusId: null };
    },
  }),
  setBeoordeling: define<{ documentId: string; beoordeling: Beoordeling | undefined }>({
    name: 'setBeoordeling',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, setBeoordeling(s.dossier, p.documentId, p.beoordeling, ctx).dossier),
  }),
  // Issue #12: the officer checked a page that could not be read by eye.
  confirmUnreadPages: define<{ documentId: string; pages: number[] }>({
    name: 'confirmUnreadPages',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, confirmUnreadPages(s.dossier, p.documentId, p.pages, ctx).dossier),
  }),
  editDocument: define<{ documentId: string; patch: DocumentPatch }>({
    name: 'editDocument',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, editDocument(s.dossier, p.documentId, p.patch, ctx).dossier),
  }),
  refuseDocument: define<{ documentId: string; grounds: string[] }>({
    name: 'refuseDocument',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, refuseDocument(s.dossier, p.documentId, p.grounds, ctx).dossier),
  }),
  editDossier: define<{ patch: Partial<Pick<Dossier, 'title' | 'caseNumber' | 'matter'>> }>({
    name: 'editDossier',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, editDossier(s.dossier, p.patch, ctx).dossier),
  }),
  /**
   * Finds copies, threads and families in the documents read so far (issue #16); with `found`,
   * the groups the app's worker found in those words (off the UI thread, issue #17).
   */
  findGroups: define<{ words: ReadonlyMap<string, readonly PageWords[]>; found?: readonly FoundGroup[] }>({
    name: 'findGroups',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, groupDocuments(s.dossier, p.words, ctx, p.found).dossier),
  }),
  /** Proposes in every copy what is redacted in one (a no-op when nothing is new). */
  proposeInCopies: define<{ words: ReadonlyMap<string, readonly PageWords[]> }>({
    name: 'proposeInCopies',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, propagateRedactions(s.dossier, p.words, ctx).dossier),
  }),
  acceptGroup: define<{ groupId: string }>({
    name: 'acceptGroup',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, acceptGroup(s.dossier, p.groupId, ctx).dossier),
  }),
  splitGroup: define<{ groupId: string }>({
    name: 'splitGroup',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, splitGroup(s.dossier, p.groupId, ctx).dossier),
  }),

  // ---- the legal reviewer (issue #15) -------------------------------------------------
  reviewFocus: define<{ id: string | null }>({ name: 'reviewFocus', history: 'none', perform: (s, { id }) => reviewFocusOn(s, id) }),
  reviewNext: define({ name: 'reviewNext', history: 'none', perform: (s) => reviewStep(s, 1) }),
  reviewPrevious: define({ name: 'reviewPrevious', history: 'none', perform: (s) => reviewStep(s, -1) }),
  setReviewFilter: define<{ filter: ReviewFilter }>({
    name: 'setReviewFilter',
    history: 'none',
    perform: (s, { filter }) => {
      const next = { ...s, reviewFilter: filter };
      const list = reviewList(s.dossier, filter);
      return list.some((r) => r.id === s.focusId) ? next : reviewFocusOn(next, nextForReview([], list, null));
    },
  }),
  approve: define<{ ids?: string[] } | void>({
    name: 'approve',
    history: 'capture',
    perform: (s, p, ctx) => {
      const ids = targetIds(s, p?.ids);
      return verdict(s, ids, (d) => approveRedactions(d, ids, ctx).dossier);
    },
  }),
  sendBack: define<{ ids?: string[]; comment: string }>({
    name: 'sendBack',
    history: 'capture',
    perform: (s, p, ctx) => {
      const ids = targetIds(s, p.ids);
      return verdict(s, ids, (d) => sendBack(d, ids, p.comment, ctx).dossier);
    },
  }),
  unreview: define<{ ids?: string[] } | void>({
    name: 'unreview',
    history: 'capture',
    perform: (s, p, ctx) => {
      const ids = targetIds(s, p?.ids);
      return ids.length ? withDossier(s, unreview(s.dossier, ids, ctx).dossier) : s;
    },
  }),
  comment: define<{ id?: string; text: string }>({
    name: 'comment',
    history: 'capture',
    perform: (s, p, ctx) => {
      const id = p.id ?? s.focusId;
      return id ? withDossier(s, commentOn(s.dossier, id, p.text, ctx).dossier) : s;
    },
  }),
  /** Marks a document (by default the one on screen) reviewed or in need of work. */
  reviewDocument: define<{ documentId?: string; status: 'reviewed' | 'needs-work'; comment?: string }>({
    name: 'reviewDocument',
    history: 'capture',
    perform: (s, p, ctx) => {
      const documentId = p.documentId ?? s.documentId;
      return documentId ? withDossier(s, reviewDocument(s.dossier, documentId, p.status, p.comment ?? '', ctx).dossier) : s;
    },
  }),
  reviewSettings: define<{ patch: Partial<ReviewSettings> }>({
    name: 'reviewSettings',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, setReviewSettings(s.dossier, p.patch, ctx).dossier),
  }),
  /** Redaction marks read from a PDF (Acrobat's or a Lakstift review copy) become proposed redactions. */
  importMarks: define<{ documentId: string; marks: ImportedMark[]; source: string }>({
    name: 'importMarks',
    history: 'capture',
    perform: (s, p, ctx) => {
      const r = importRedactions(s.dossier, p.documentId, p.marks, p.source, ctx);
      return r.added.length ? { ...withDossier(s, r.dossier, r.added[0]), documentId: p.documentId } : s;
    },
  }),
};

export type ActionName = keyof typeof actions;
export type PayloadOfAction<N extends ActionName> = (typeof actions)[N] extends AppAction<infer P> ? P : never;

const normText = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The redactions of the same text in the other members of the groups (duplicates and e-mail
 * threads, not split ones, not families) that the given redactions' documents belong to; not
 * the rejected ones, and not the given ones.
 */
export function copiesOf(d: Dossier, ids: readonly string[]): string[] {
  const given = new Set(ids);
  const out = new Set<string>();
  const groups = d.groups.filter((g) => g.status !== 'split' && g.kind !== 'family');
  if (groups.length === 0) return [];
  for (const r of d.redactions) {
    if (!given.has(r.id) || !r.text.trim()) continue;
    const text = normText(r.text);
    const members = new Set(groups.filter((g) => g.documentIds.includes(r.documentId)).flatMap((g) => g.documentIds));
    members.delete(r.documentId);
    if (members.size === 0) continue;
    for (const o of d.redactions) {
      if (members.has(o.documentId) && !given.has(o.id) && o.status !== 'rejected' && normText(o.text) === text) out.add(o.id);
    }
  }
  return [...out];
}

/** True when box `b` covers most of `q` (text boxes from two sources differ by a point or two). */
export function covers(b: Rect, q: Rect): boolean {
  const w = Math.max(0, Math.min(b[2], q[2]) - Math.max(b[0], q[0]));
  const h = Math.max(0, Math.min(b[3], q[3]) - Math.max(b[1], q[1]));
  const area = (q[2] - q[0]) * (q[3] - q[1]);
  return area > 0 && (w * h) / area >= 0.6;
}
