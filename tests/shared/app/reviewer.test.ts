import { describe, expect, it } from 'vitest';
import { acceptRedactions, addDocument, addSuggestions, createDossier, type ActionContext, type Dossier } from '../../../shared/dossier';
import { AppStore } from '../../../shared/app';
import { reviewList } from '../../../shared/review/list';
import type { Suggestion } from '../../../shared/contract';

const officer: ActionContext = { by: 'A. Behandelaar', role: 'officer', at: '2024-03-01T09:00:00.000Z' };
const jurist: ActionContext = { by: 'J. Jurist', role: 'reviewer', at: '2024-03-02T09:00:00.000Z' };

function sugg(text: string, y: number, category: Suggestion['category'] = 'name'): Suggestion {
  return { id: text, page: 1, category, text, grounds: ['10.2.e'], confidence: 0.9, reason: 'test', rects: [[72, y, 150, y + 10]] };
}

/** Two documents; every suggestion accepted by the officer. */
function dossier(): Dossier {
  let d = createDossier({ id: 'x', title: 'Verzoek', law: 'wob' }, officer).dossier;
  d = addDocument(d, { path: '/a.pdf', sha256: 'a'.repeat(64), title: 'Mail', pageCount: 1 }, officer).dossier;
  d = addDocument(d, { path: '/b.pdf', sha256: 'b'.repeat(64), title: 'Nota', pageCount: 1 }, officer).dossier;
  d = addSuggestions(d, 'd1', [sugg('B', 300), sugg('A', 100), sugg('0612345678', 200, 'phone')], officer).dossier;
  d = addSuggestions(d, 'd2', [sugg('C', 100)], officer).dossier;
  return acceptRedactions(d, ['r1', 'r2', 'r3', 'r4'], officer).dossier;
}

function reviewer(ctx: () => ActionContext = () => jurist) {
  const s = new AppStore({ dossier: dossier(), documentId: null, focusId: null, view: 'review' }, ctx);
  s.perform('setView', { view: 'reviewer' });
  return s;
}
const focused = (s: AppStore) => s.state.dossier.redactions.find((r) => r.id === s.state.focusId)?.text;
const states = (s: AppStore) => Object.fromEntries(s.state.dossier.redactions.map((r) => [r.text, r.review?.status ?? '-']));

describe('the reviewer\'s list with the keyboard', () => {
  it('walks every document in order and moves on after each verdict, showing the item\'s document', () => {
    const s = reviewer();
    expect(reviewList(s.state.dossier).map((r) => r.text)).toEqual(['A', '0612345678', 'B', 'C']);
    expect(focused(s)).toBe('A');
    s.perform('approve');
    expect(focused(s)).toBe('0612345678');
    s.perform('sendBack', { comment: 'Algemeen nummer, niet lakken.' });
    expect(focused(s)).toBe('B');
    s.perform('changeGrounds', { grounds: ['10.2.g'] });
    expect(focused(s)).toBe('C');
    expect(s.state.documentId).toBe('d2');
    expect(states(s)).toEqual({ B: 'approved', A: 'approved', '0612345678': 'sent-back', C: '-' });
    expect(s.state.dossier.redactions.find((r) => r.text === 'B')?.grounds).toEqual(['10.2.g']);
    s.perform('reviewPrevious');
    expect(focused(s)).toBe('B');
    s.perform('reviewDocument', { status: 'needs-work', comment: 'Zie het nummer.' });
    expect(s.state.dossier.documents[0].review?.status).toBe('needs-work');
  });

  it('filters by ground, category, document and state, keeping the focus on the list', () => {
    const s = reviewer();
    s.perform('approve');
    s.perform('setReviewFilter', { filter: { state: 'open' } });
    expect(reviewList(s.state.dossier, s.state.reviewFilter).map((r) => r.text)).toEqual(['0612345678', 'B', 'C']);
    s.perform('setReviewFilter', { filter: { category: 'phone' } });
    expect(focused(s)).toBe('0612345678');
    s.perform('setReviewFilter', { filter: { documentId: 'd2' } });
    expect(focused(s)).toBe('C');
    s.perform('setReviewFilter', { filter: { ground: '10.2.g' } });
    expect(s.state.focusId).toBeNull();
  });

  it('undo takes a verdict back and the audit log says so; nothing is removed from the log', () => {
    const s = reviewer();
    s.perform('approve');
    const before = s.state.dossier.audit;
    const logged = before.length;
    expect(s.undo()).toBe(true);
    expect(states(s).A).toBe('-');
    expect(s.state.dossier.audit).toHaveLength(logged + 1);
    expect(s.state.dossier.audit.at(-1)).toMatchObject({ action: 'undo', by: 'J. Jurist', role: 'reviewer', detail: 'approve', redactionIds: ['r2'] });
    s.redo();
    expect(states(s).A).toBe('approved');
    expect(s.state.dossier.audit.at(-1)).toMatchObject({ action: 'redo', detail: 'approve' });
    expect(s.state.dossier.audit.slice(0, logged)).toEqual(before);
    expect(s.state.dossier.audit).toHaveLength(logged + 2);
  });

  it('refuses a verdict from someone in the officer role, and leaves the dossier as it was', () => {
    const s = reviewer(() => officer);
    const before = s.state.dossier;
    expect(() => s.perform('approve')).toThrow(/Only a legal reviewer can approve/);
    expect(s.state.dossier).toBe(before);
  });
});
