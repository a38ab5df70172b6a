/**
 * What changed between two redaction lists, without comparing ten thousand items (issue #14:
 * a key press at 10,000 suggestions). A decision (accept, reject, reopen, …) makes a new list
 * in which only the decided items are new objects, in the same places. `replaceAt` makes such
 * a list and records which places it replaced; the review panel, the page boxes and the
 * counts then patch what they showed by those places instead of recounting everything.
 *
 * Lists are immutable (every change makes a new one), so what is recorded stays true. Lists
 * made any other way simply have no record, and callers fall back to a full pass.
 */
import type { Redaction } from './types';

/** A list made from `from` by replacing the items at `at` (same length, same ids in the same places). */
interface Replaced {
  readonly from: readonly Redaction[];
  readonly at: readonly number[];
}

const REPLACED = new WeakMap<readonly Redaction[], Replaced>();
/**
 * How many replacement steps are kept and followed (the panel and the counts are at most a few
 * decisions behind; further back a full pass is needed anyway).
 */
export const MAX_STEPS = 16;
/** Index by id, shared by every list of one lineage of replacements (the ids stay in their places). */
const INDEX = new WeakMap<readonly Redaction[], Map<string, number>>();

/**
 * `list` with `items[k]` at place `at[k]`: a new array, recorded as a replacement of `list`.
 * Every item must keep the id of the one it replaces (a decision changes an item, not which
 * item stands there).
 */
export function replaceAt(list: readonly Redaction[], at: readonly number[], items: readonly Redaction[]): Redaction[] {
  const next = list.slice();
  const places: number[] = [];
  for (let k = 0; k < at.length; k++) {
    const i = at[k];
    const r = items[k];
    if (next[i]?.id !== r.id) throw new Error(`replaceAt: place ${i} holds ${next[i]?.id}, not ${r.id}`);
    if (next[i] === r) continue;
    next[i] = r;
    places.push(i);
  }
  REPLACED.set(next, { from: list, at: places });
  // A record holds the list before it: the chain is cut after MAX_STEPS lists, or every list
  // of a day's review would stay reachable from the current one.
  let old: readonly Redaction[] = next;
  for (let k = 0; k < MAX_STEPS; k++) {
    const rec = REPLACED.get(old);
    if (!rec) break;
    old = rec.from;
  }
  REPLACED.delete(old);
  const index = INDEX.get(list);
  if (index) INDEX.set(next, index);
  return next;
}

/** The place of the redaction with this id in `list`, or -1 (one pass per lineage, then a lookup). */
export function indexOfRedaction(list: readonly Redaction[], id: string): number {
  let index = INDEX.get(list);
  if (!index) {
    index = new Map();
    for (let i = 0; i < list.length; i++) if (!index.has(list[i].id)) index.set(list[i].id, i);
    INDEX.set(list, index);
  }
  const i = index.get(id);
  // An index inherited along replacements is right by construction; checked anyway (cheap).
  return i !== undefined && list[i]?.id === id ? i : -1;
}


/**
 * The places where `now` and `before` may hold different objects, when one was made from the
 * other by replacements (either way: a decision, or an undo back to the list before it); null
 * when they are not related that way (a full pass is needed). The places are sorted and unique.
 */
export function changedPlaces(now: readonly Redaction[], before: readonly Redaction[]): number[] | null {
  if (now === before) return [];
  if (now.length !== before.length) return null;
  return walk(now, before) ?? walk(before, now);
}

function walk(from: readonly Redaction[], to: readonly Redaction[]): number[] | null {
  const places = new Set<number>();
  let cur = from;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const rec = REPLACED.get(cur);
    if (!rec) return null;
    for (const i of rec.at) places.add(i);
    cur = rec.from;
    if (cur === to) return [...places].sort((a, b) => a - b);
  }
  return null;
}
