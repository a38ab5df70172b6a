/**
 * The rows of the review panel (headers and items with their tops), apart from React so that
 * they are tested and measured on their own (issue #14, key-press latency at 10,000 items).
 */
import { CATEGORY_ORDER, type Category } from '../../../shared/app';
import { changedPlaces, type Redaction } from '../../../shared/dossier';
import { reviewNoteLines } from '../review/parts';

export const HEAD_H = 38;
export const ITEM_H = 74;
/** A line of the reviewer's note under an item (issue #15), and the note's margin and padding. */
const NOTE_LINE = 18;
const NOTE_PAD = 12;

/** An item's height: the fixed part, and the reviewer's note when it has one (one line each). */
function itemHeight(r: Redaction): number {
  const lines = reviewNoteLines(r);
  if (lines === 0) return ITEM_H;
  return ITEM_H + lines * NOTE_LINE + (r.review?.status === 'approved' ? 4 : NOTE_PAD);
}

export type Row = { kind: 'head'; category: Category; total: number; top: number; open: number; accepted: number } | { kind: 'item'; r: Redaction; top: number; h: number };
export interface Layout {
  order: readonly Redaction[];
  rows: Row[];
  height: number;
  open: number;
  /** Row of each item by id, and of each category's header. */
  at: Map<string, number>;
  heads?: Map<Category, number>;
  /** The dossier's redaction list the rows were laid out from (to patch by the places a decision changed). */
  from?: readonly Redaction[];
}

/**
 * The panel's rows: one header per category, then its items, with their tops. After a decision
 * (the same items, in the same places, some of them new objects) the previous layout is patched
 * where an item changed, so a key press at 10,000 suggestions does not lay out every row again.
 */
export function layoutRows(items: readonly Redaction[], prev: Layout | null, from?: readonly Redaction[]): Layout {
  const patched = prev && patchRows(items, prev, from);
  if (patched) return patched;
  const byCat = new Map<Category, Redaction[]>();
  for (const r of items) {
    const l = byCat.get(r.category);
    if (l) l.push(r);
    else byCat.set(r.category, [r]);
  }
  const rows: Row[] = [];
  const at = new Map<string, number>();
  const heads = new Map<Category, number>();
  let y = 0;
  let open = 0;
  for (const cat of CATEGORY_ORDER) {
    const list = byCat.get(cat);
    if (!list) continue;
    let catOpen = 0;
    let accepted = 0;
    for (const r of list) {
      if (r.status === 'proposed') catOpen++;
      else if (r.status === 'accepted') accepted++;
    }
    open += catOpen;
    heads.set(cat, rows.length);
    rows.push({ kind: 'head', category: cat, total: list.length, top: y, open: catOpen, accepted });
    y += HEAD_H;
    for (const r of list) {
      const h = itemHeight(r);
      at.set(r.id, rows.length);
      rows.push({ kind: 'item', r, top: y, h });
      y += h;
    }
  }
  return { order: items, rows, height: y, open, at, heads, ...(from ? { from } : {}) };
}

/**
 * The previous layout with the changed items swapped in, or null when more than that changed.
 * The changed items are those at the places the decisions since `prev` replaced in the
 * dossier's list (shared/dossier/delta.ts), or else found by comparing every item.
 */
function patchRows(items: readonly Redaction[], prev: Layout, from?: readonly Redaction[]): Layout | null {
  if (items.length !== prev.order.length) return null;
  const changed: Redaction[] = [];
  const places = from && prev.from ? changedPlaces(from, prev.from) : null;
  if (places && from) {
    for (const i of places) {
      const r = from[i];
      const k = prev.at.get(r.id);
      if (k === undefined) continue;
      const row = prev.rows[k];
      if (row.kind !== 'item') return null;
      if (row.r === r) continue;
      if (row.r.category !== r.category || itemHeight(r) !== itemHeight(row.r)) return null;
      changed.push(r);
    }
  } else {
    for (let i = 0; i < items.length; i++) {
      const r = items[i];
      const o = prev.order[i];
      if (r === o) continue;
      if (r.id !== o.id || r.category !== o.category || itemHeight(r) !== itemHeight(o)) return null;
      changed.push(r);
    }
  }
  const base = { ...prev, order: items, ...(from ? { from } : {}) };
  if (changed.length === 0) return base;
  const rows = prev.rows.slice();
  let open = prev.open;
  const count = (r: Redaction) => ({ open: r.status === 'proposed' ? 1 : 0, accepted: r.status === 'accepted' ? 1 : 0 });
  for (const r of changed) {
    const k = prev.at.get(r.id)!;
    const row = rows[k];
    if (row.kind !== 'item') return null;
    const was = count(row.r);
    const now = count(r);
    rows[k] = { ...row, r };
    // The group's header: kept by category (a walk up from a row deep in a group of 5,000 was itself a cost).
    let hk = prev.heads?.get(r.category) ?? -1;
    if (hk < 0) for (hk = k - 1; hk >= 0 && rows[hk].kind !== 'head'; hk--);
    const head = rows[hk];
    if (head?.kind !== 'head') return null;
    rows[hk] = { ...head, open: head.open - was.open + now.open, accepted: head.accepted - was.accepted + now.accepted };
    open += now.open - was.open;
  }
  return { ...base, rows, open };
}
