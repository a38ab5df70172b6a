import { describe, expect, it } from 'vitest';
import { AppStore, reviewOrder } from '../../shared/app';
import { addDocument, addSuggestions, createDossier } from '../../shared/dossier';
import { layoutRows, type Layout } from '../../renderer/src/components/panelRows';

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
      const patched = layoutRows(order, prev);
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
