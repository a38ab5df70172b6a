/**
 * The viewer's boxes by page, kept across decisions (issue #14, key-press latency at 10,000
 * suggestions): apart from React so that it is tested on its own.
 */
import { changedPlaces, type Redaction } from '../../../shared/dossier';

/**
 * The boxes by page after a decision that recorded the items it replaced (shared/dossier/delta.ts):
 * the previous lists, with a new list for each page whose items changed; null when the lists
 * are not related that way (then they are made again).
 */
export function patchPages(prev: ReadonlyMap<number, Redaction[]>, from: readonly Redaction[], now: readonly Redaction[], documentId: string): Map<number, Redaction[]> | null {
  const places = changedPlaces(now, from);
  if (!places) return null;
  const m = new Map(prev);
  const copied = new Set<number>();
  for (const i of places) {
    const was = from[i];
    const r = now[i];
    if (was.documentId !== r.documentId || was.page !== r.page) return null;
    if (r.documentId !== documentId || was === r) continue;
    let l = m.get(r.page);
    const k = l ? l.indexOf(was) : -1;
    if (!l || k < 0) return null;
    if (!copied.has(r.page)) {
      l = l.slice();
      m.set(r.page, l);
      copied.add(r.page);
    }
    l[k] = r;
  }
  return m;
}
