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

describe('a ground changed in one copy of a duplicate group', () => {
  /** d1 and d2 are copies of one memo (an accepted group); each has the name "A" redacted, d2 also "B" still proposed. */
  function copies(): Dossier {
    let d = createDossier({ id: 'x', title: 'Verzoek', law: 'wob' }, officer).dossier;
    d = addDocument(d, { path: '/a.pdf', sha256: 'a'.repeat(64), title: 'Nota', pageCount: 1 }, officer).dossier;
    d = addDocument(d, { path: '/b.pdf', sha256: 'b'.repeat(64), title: 'Nota (kopie)', pageCount: 1 }, officer).dossier;
    d = addDocument(d, { path: '/c.pdf', sha256: 'c'.repeat(64), title: 'Andere nota', pageCount: 1 }, officer).dossier;
    d = addSuggestions(d, 'd1', [sugg('Anna de Wit', 100), sugg('Bert Mol', 200)], officer).dossier;
    d = addSuggestions(d, 'd2', [sugg('anna  de wit', 120), sugg('Bert Mol', 220)], officer).dossier;
    d = addSuggestions(d, 'd3', [sugg('Anna de Wit', 100)], officer).dossier;
    d = acceptRedactions(d, ['r1', 'r2', 'r3', 'r5'], officer).dossier;
    return { ...d, groups: [{ id: 'g1', kind: 'duplicate', documentIds: ['d1', 'd2'], status: 'accepted', reason: 'kopie' }] };
  }
  const grounds = (s: AppStore) => s.state.dossier.redactions.map((r) => `${r.documentId}:${r.text}:${r.grounds.join(';')}`);

  it('changes the same passage in the other copies too, for the reviewer and for the officer, not outside the group', () => {
    const s = new AppStore({ dossier: copies(), documentId: null, focusId: null, view: 'review' }, () => jurist);
    s.perform('setView', { view: 'reviewer' });
    s.perform('changeGrounds', { ids: ['r1'], grounds: ['10.2.d'] });
    expect(grounds(s)).toEqual(['d1:Anna de Wit:10.2.d', 'd1:Bert Mol:10.2.e', 'd2:anna  de wit:10.2.d', 'd2:Bert Mol:10.2.e', 'd3:Anna de Wit:10.2.e']);
    // The copy got the reviewer's verdict with its grounds, as the item itself did.
    expect(s.state.dossier.redactions.filter((r) => r.review?.status === 'approved').map((r) => r.id).sort()).toEqual(['r1', 'r3']);
    // A proposed copy gets the grounds; the officer still decides it.
    s.perform('changeGrounds', { ids: ['r2'], grounds: ['10.2.g'] });
    expect(s.state.dossier.redactions.find((r) => r.id === 'r4')).toMatchObject({ status: 'proposed', grounds: ['10.2.g'] });
    // Undo takes back the change in every copy at once.
    s.undo();
    expect(s.state.dossier.redactions.find((r) => r.id === 'r4')?.grounds).toEqual(['10.2.e']);

    const o = new AppStore({ dossier: copies(), documentId: 'd2', focusId: null, view: 'review' }, () => officer);
    o.perform('changeGrounds', { ids: ['r3'], grounds: ['10.2.d'] });
    expect(grounds(o)).toEqual(['d1:Anna de Wit:10.2.d', 'd1:Bert Mol:10.2.e', 'd2:anna  de wit:10.2.d', 'd2:Bert Mol:10.2.e', 'd3:Anna de Wit:10.2.e']);
  });

  it('leaves the copies alone when the group was split', () => {
    const d = copies();
    const o = new AppStore({ dossier: { ...d, groups: [{ ...d.groups[0], status: 'split' }] }, documentId: 'd1', focusId: null, view: 'review' }, () => officer);
    o.perform('changeGrounds', { ids: ['r1'], grounds: ['10.2.d'] });
    expect(o.state.dossier.redactions.find((r) => r.id === 'r3')?.grounds).toEqual(['10.2.e']);
  });
});

describe('the reviewer and the officer\'s boxes', () => {
  it('refuses to move, resize or delete a box in the reviewer\'s list, in Dutch, and leaves the dossier as it was', () => {
    const s = reviewer();
    const before = s.state.dossier;
    expect(() => s.perform('moveBox', { id: 'r2', rects: [[80, 100, 160, 110]] })).toThrow(/do not move or resize boxes/);
    let refused: unknown = null;
    try {
      s.perform('deleteBox', { ids: ['r2'] });
    } catch (e) {
      refused = e;
    }
    expect((refused as { nl?: string } | null)?.nl).toBe('Als jurist verwijdert u geen kaders; stuur het item terug naar de behandelaar met een opmerking (s).');
    expect(s.state.dossier).toBe(before);
    expect(s.state.dossier.redactions.find((r) => r.id === 'r2')?.review).toBeUndefined();
    // The officer moves the same box.
    const o = new AppStore({ dossier: dossier(), documentId: 'd1', focusId: null, view: 'review' }, () => officer);
    o.perform('moveBox', { id: 'r2', rects: [[80, 100, 160, 110]] });
    expect(o.state.dossier.redactions.find((r) => r.id === 'r2')?.rects).toEqual([[80, 100, 160, 110]]);
  });
});
