import { describe, expect, it } from 'vitest';
import { AppStore, reviewOrder } from '../../../shared/app';
import { addDocument, addSuggestions, createDossier, type Dossier } from '../../../shared/dossier';

const ctx = { by: 'officer', at: '2026-03-01T09:00:00.000Z' };

function dossier(): Dossier {
  let d = createDossier({ id: 'x', title: 'Verzoek', law: 'woo', caseNumber: 'Woo-2026/1' }, ctx).dossier;
  d = addDocument(d, { path: '/a.pdf', sha256: 'a'.repeat(64), title: 'Verslag', pageCount: 3, date: '2026-01-05' }, ctx).dossier;
  // Given out of order: page 3 first, then lower boxes before higher ones.
  const s = (id: string, page: number, y: number, x = 72) => ({ id, page, category: 'name' as const, text: id, grounds: ['5.1.2e'], confidence: 0.9, reason: 'naam', rects: [[x, y, x + 50, y + 10] as [number, number, number, number]] });
  return addSuggestions(d, 'd1', [s('c', 3, 100), s('b2', 2, 300), s('b1', 2, 100), s('a', 1, 500), s('b3', 2, 300, 20)], ctx).dossier;
}

const fresh = (d: Dossier) => d.redactions.filter((r) => r.documentId === 'd1').sort((a, b) => a.page - b.page || a.rects[0][1] - b.rects[0][1] || a.rects[0][0] - b.rects[0][0]).map((r) => r.text);

describe('the review order after decisions and box moves', () => {
  it('stays page, top to bottom, left to right, with the decided items\' new state', () => {
    const store = new AppStore({ dossier: dossier(), documentId: 'd1', focusId: null, view: 'review' }, () => ctx);
    expect(reviewOrder(store.state.dossier, 'd1').map((r) => r.text)).toEqual(['a', 'b1', 'b3', 'b2', 'c']);
    store.perform('next');
    store.perform('accept');
    store.perform('reject');
    const order = reviewOrder(store.state.dossier, 'd1');
    expect(order.map((r) => r.text)).toEqual(fresh(store.state.dossier));
    expect(order.map((r) => r.status)).toEqual(['accepted', 'rejected', 'proposed', 'proposed', 'proposed']);
    // The items are the dossier's current objects, not the ones from before the decision.
    for (const r of order) expect(store.state.dossier.redactions).toContain(r);
    // A box moved above another on its page changes the order.
    const b2 = store.state.dossier.redactions.find((r) => r.text === 'b2')!;
    store.perform('moveBox', { id: b2.id, rects: [[72, 50, 122, 60]] });
    expect(reviewOrder(store.state.dossier, 'd1').map((r) => r.text)).toEqual(['a', 'b2', 'b1', 'b3', 'c']);
    store.undo();
    expect(reviewOrder(store.state.dossier, 'd1').map((r) => r.text)).toEqual(['a', 'b1', 'b3', 'b2', 'c']);
  });
});

describe('"this page only" in the review panel', () => {
  it('walks and decides only the redactions of the page in view, and follows the page when it changes', () => {
    const store = new AppStore({ dossier: dossier(), documentId: 'd1', focusId: null, view: 'review' }, () => ctx);
    store.perform('viewPage', { page: 2 });
    store.perform('setPageOnly', { on: true });
    // The focus goes to the page's first open item.
    expect(store.state.dossier.redactions.find((r) => r.id === store.state.focusId)?.text).toBe('b1');
    const texts = () => store.state.dossier.redactions.find((r) => r.id === store.state.focusId)?.text;
    store.perform('next');
    expect(texts()).toBe('b3');
    store.perform('next');
    expect(texts()).toBe('b2');
    store.perform('next');
    expect(texts()).toBe('b2');
    // Accepting the page's last open item does not jump to page 1 or 3.
    store.perform('accept');
    expect(texts()).toBe('b1');
    store.perform('accept');
    store.perform('accept');
    expect(store.state.dossier.redactions.filter((r) => r.status === 'accepted').map((r) => r.text).sort()).toEqual(['b1', 'b2', 'b3']);
    expect(store.state.dossier.redactions.find((r) => r.text === 'a')?.status).toBe('proposed');
    // Scrolling to page 3 moves the focus there; off again walks the whole document.
    store.perform('viewPage', { page: 3 });
    expect(texts()).toBe('c');
    store.perform('setPageOnly', { on: false });
    store.perform('previous');
    expect(texts()).toBe('b2');
  });
});
