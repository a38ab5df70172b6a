/**
 * Named review actions (after excalidraw's registered actions): each is a plain object with
 * `perform(state, payload, ctx) → state` and says whether it changes the dossier (and so
 * enters the undo history) or only moves the officer's focus. Buttons, keys and the menu
 * all run actions by name, so each verb has one implementation and undo comes for free.
 */
import type { ActionContext, Beoordeling, Dossier, DocumentPatch, Redaction } from '../dossier';
import {
  acceptRedactions, addRedactions, changeGrounds, confirmUnreadPages, editDocument, editDossier, refuseDocument, rejectRedactions,
  reopenRedactions, setBeoordeling,
} from '../dossier/actions';
import { acceptGroup, groupDocuments, propagateRedactions, splitGroup } from '../dossier/groups';
import type { Rect } from '../pdf/types';
import type { PageWords } from './occurrences';
import { defaultGrounds, reviewOrder, type AppState, type Category, type View } from './state';

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

/** The item after `id` in review order, preferring ones still to decide. */
function nextAfter(d: Dossier, documentId: string, id: string | null): string | null {
  const order = reviewOrder(d, documentId);
  const at = order.findIndex((r) => r.id === id);
  const after = order.slice(at + 1);
  return (after.find((r) => r.status === 'proposed') ?? order.find((r) => r.status === 'proposed') ?? after[0] ?? null)?.id ?? null;
}

function step(s: AppState, delta: 1 | -1): AppState {
  if (!s.documentId) return s;
  const order = reviewOrder(s.dossier, s.documentId);
  if (order.length === 0) return s;
  const at = order.findIndex((r) => r.id === s.focusId);
  const next = at < 0 ? (delta > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + delta));
  return { ...s, focusId: order[next].id };
}

function decide(s: AppState, ids: string[], fn: typeof acceptRedactions, ctx: ActionContext): AppState {
  if (ids.length === 0) return s;
  const { dossier } = fn(s.dossier, ids, ctx);
  // After deciding the focused item, move on: reviewing is a stream of a/r presses.
  const moveOn = s.focusId !== null && ids.includes(s.focusId) && s.documentId !== null;
  return withDossier(s, dossier, moveOn ? nextAfter(dossier, s.documentId!, s.focusId) ?? s.focusId : s.focusId);
}

const ofCategory = (s: AppState, category: Category, status?: Redaction['status']) =>
  s.dossier.redactions.filter((r) => r.documentId === s.documentId && r.category === category && (!status || r.status === status)).map((r) => r.id);

export const actions = {
  selectDocument: define<{ documentId: string }>({
    name: 'selectDocument',
    history: 'none',
    perform: (s, { documentId }) => ({ ...s, documentId, focusId: reviewOrder(s.dossier, documentId).find((r) => r.status === 'proposed')?.id ?? null, view: 'review' }),
  }),
  focus: define<{ id: string | null }>({ name: 'focus', history: 'none', perform: (s, { id }) => ({ ...s, focusId: id }) }),
  next: define({ name: 'next', history: 'none', perform: (s) => step(s, 1) }),
  previous: define({ name: 'previous', history: 'none', perform: (s) => step(s, -1) }),
  setView: define<{ view: View }>({ name: 'setView', history: 'none', perform: (s, { view }) => ({ ...s, view }) }),

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
  rejectCategory: define<{ category: Category }>({
    name: 'rejectCategory',
    history: 'capture',
    perform: (s, { category }, ctx) => {
      const ids = ofCategory(s, category, 'proposed');
      return ids.length ? withDossier(s, rejectRedactions(s.dossier, ids, ctx).dossier) : s;
    },
  }),
  changeGrounds: define<{ ids?: string[]; grounds: string[] }>({
    name: 'changeGrounds',
    history: 'capture',
    perform: (s, p, ctx) => {
      const ids = targetIds(s, p.ids);
      return ids.length ? withDossier(s, changeGrounds(s.dossier, ids, p.grounds, ctx).dossier) : s;
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
      return withDossier(s, dossier, entry.redactionIds?.[0] ?? s.focusId);
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
  /** Finds copies, threads and families in the documents read so far (issue #16). */
  findGroups: define<{ words: ReadonlyMap<string, readonly PageWords[]> }>({
    name: 'findGroups',
    history: 'capture',
    perform: (s, p, ctx) => withDossier(s, groupDocuments(s.dossier, p.words, ctx).dossier),
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
};

export type ActionName = keyof typeof actions;
export type PayloadOfAction<N extends ActionName> = (typeof actions)[N] extends AppAction<infer P> ? P : never;

/** True when box `b` covers most of `q` (text boxes from two sources differ by a point or two). */
export function covers(b: Rect, q: Rect): boolean {
  const w = Math.max(0, Math.min(b[2], q[2]) - Math.max(b[0], q[0]));
  const h = Math.max(0, Math.min(b[3], q[3]) - Math.max(b[1], q[1]));
  const area = (q[2] - q[0]) * (q[3] - q[1]);
  return area > 0 && (w * h) / area >= 0.6;
}
