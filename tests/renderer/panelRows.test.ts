import { describe, expect, it } from 'vitest';
import { AppStore, reviewOrder } from '../../shared/app';
import { addDocument, addSuggestions, createDossier } from '../../shared/dossier';
import { layoutRows, type Layout } from '../../renderer/src/components/panelRows';
import { patchPages } from '../../renderer/src/components/pageBoxes';
import type { Redaction } from '../../shared/dossier';

const ctx = { by: 'officer', at: '2026-03-01T09:00:00.000Z' };

function store(n: number) {
  let d = createDossier({ id: 'x', title: 'Verzoek', law: 'woo', caseNumber: 'Woo-2026/1' }, ctx).dossier;
  d = addDocument(d, { path: '/a.pdf', sha256: 'a'.repeat(64), title: 'Verslag', pageCount: 20, date: '2026-01-05' }, ctx).dossier;
  const cats = ['name', 'email', 'phone'] as const;
  d = addSuggestions(d, 'd1', Array.from({ length: n }, (_, i) => ({
    id: `s${i}`, page: 1 + (i % 20), category: cats[i % 3], text: `t${i}`, grounds: ['5.1.2e'], confidence: 0.9, reason: 'r', rects: [[72, 100 + (i % 40) * 15, 130, 110 + (i % 40) * 15] as [number, number, number, number]],
  })), ctx).dossier;
  return new AppStore({ dossier: d, documentId: 'd1', focusId: null, view: 'review' }, () => ctx);
}

describe('the review panel\'s rows after decisions', () => {
  it('are the same as a fresh layout after accepts, rejects, a moved box and undo, with the group counts right', () => {
    const s = store(300);
    let prev: Layout | null = null;
    const check = () => {
      const order = reviewOrder(s.state.dossier, 'd1');
      // As the panel calls it: with the dossier's list, so a decision's recorded places are used.
      const patched = layoutRows(order, prev, s.state.dossier.redactions);
      const fresh = layoutRows(order, null);
      expect(patched.rows).toEqual(fresh.rows);
      expect(patched.open).toBe(fresh.open);
      expect(patched.height).toBe(fresh.height);
      for (const [id, i] of fresh.at) expect(patched.at.get(id)).toBe(i);
      prev = patched;
      return patched;
    };
    check();
    s.perform('next');
    for (let i = 0; i < 5; i++) {
      s.perform('accept');
      check();
    }
    s.perform('reject');
    const l = check();
    const heads = l.rows.filter((r) => r.kind === 'head');
    const count = (cat: string, st: string) => s.state.dossier.redactions.filter((r) => r.category === cat && r.status === st).length;
    expect(heads.map((h) => h.kind === 'head' && [h.category, h.total, h.accepted, h.open])).toEqual(['name', 'email', 'phone'].map((c) => [c, 100, count(c, 'accepted'), count(c, 'proposed')]));
    expect(s.state.dossier.redactions.filter((r) => r.status === 'accepted')).toHaveLength(5);
    s.perform('moveBox', { id: s.state.focusId!, rects: [[72, 5, 130, 15]] });
    check();
    s.undo();
    s.undo();
    check();
  });
});

describe('the viewer\'s boxes by page after decisions', () => {
  it('are the same lists as grouping every box again, and unchanged pages keep their lists', () => {
    const s = store(300);
    const group = (list: readonly Redaction[]) => {
      const m = new Map<number, Redaction[]>();
      for (const r of list) if (r.documentId === 'd1') m.set(r.page, [...(m.get(r.page) ?? []), r]);
      return m;
    };
    let from = s.state.dossier.redactions;
    let pages = group(from);
    s.perform('next');
    const ops = ['accept', 'accept', 'reject', 'undo', 'accept', 'reopen', 'redo', 'undo', 'undo'] as const;
    for (const op of ops) {
      if (op === 'undo') s.undo();
      else if (op === 'redo') s.redo();
      else s.perform(op);
      const now = s.state.dossier.redactions;
      const patched = patchPages(pages, from, now, 'd1');
      expect(patched).not.toBeNull();
      expect(patched).toEqual(group(now));
      // Only the pages of the changed items are new lists.
      const changed = new Set(now.filter((r, i) => r !== from[i]).map((r) => r.page));
      for (const [n, l] of patched!) expect(l === pages.get(n)).toBe(!changed.has(n));
      pages = patched!;
      from = now;
    }
    // A box moved is not a replacement in place: the lists are made again.
    s.perform('moveBox', { id: s.state.focusId!, rects: [[72, 5, 130, 15]] });
    expect(patchPages(pages, from, s.state.dossier.redactions, 'd1')).toBeNull();
  });
});
