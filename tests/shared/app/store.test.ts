import { describe, expect, it } from 'vitest';
import { addDocument, addSuggestions, createDossier, type Dossier } from '../../../shared/dossier';
import { AppStore, findOccurrences, summarise } from '../../../shared/app';
import type { Suggestion } from '../../../shared/contract';

const ctx = () => ({ by: 'officer', at: '2024-03-01T09:00:00.000Z' });

function sugg(id: string, category: Suggestion['category'], y: number, text = id): Suggestion {
  return { id, page: 1, category, text, grounds: ['10.2.e'], confidence: 0.9, reason: 'test', rects: [[72, y, 150, y + 10]] };
}

function dossierWith(suggestions: Suggestion[]): Dossier {
  let d = createDossier({ id: 'x', title: 'Verzoek', law: 'wob' }, ctx()).dossier;
  d = addDocument(d, { path: '/a.pdf', sha256: 'a'.repeat(64), title: 'Mail', pageCount: 2 }, ctx()).dossier;
  return addSuggestions(d, 'd1', suggestions, ctx()).dossier;
}

function store(suggestions: Suggestion[]) {
  const s = new AppStore({ dossier: dossierWith(suggestions), documentId: null, focusId: null, view: 'review' }, ctx);
  s.perform('selectDocument', { documentId: 'd1' });
  return s;
}

const statusOf = (s: AppStore) => s.state.dossier.redactions.map((r) => `${r.text}:${r.status}`);

describe('keyboard review', () => {
  it('walks top to bottom, and accept moves on to the next undecided item', () => {
    const s = store([sugg('B', 'name', 300), sugg('A', 'name', 100), sugg('C', 'phone', 500)]);
    expect(s.state.dossier.redactions.find((r) => r.id === s.state.focusId)?.text).toBe('A');
    s.perform('accept');
    s.perform('reject');
    expect(statusOf(s)).toEqual(['B:rejected', 'A:accepted', 'C:proposed']);
    expect(s.state.dossier.redactions.find((r) => r.id === s.state.focusId)?.text).toBe('C');
    s.perform('previous');
    expect(s.state.dossier.redactions.find((r) => r.id === s.state.focusId)?.text).toBe('B');
  });

  it('undoes and redoes decisions but not navigation', () => {
    const s = store([sugg('A', 'name', 100), sugg('B', 'name', 300)]);
    s.perform('accept');
    s.perform('next');
    expect(s.undo()).toBe(true);
    expect(statusOf(s)).toEqual(['A:proposed', 'B:proposed']);
    expect(s.undo()).toBe(false);
    s.redo();
    expect(statusOf(s)).toEqual(['A:accepted', 'B:proposed']);
  });

  it('accepts a whole category at once and leaves others alone', () => {
    const s = store([sugg('A', 'name', 100), sugg('0612345678', 'phone', 200), sugg('B', 'name', 300)]);
    s.perform('acceptCategory', { category: 'name' });
    expect(statusOf(s)).toEqual(['A:accepted', '0612345678:proposed', 'B:accepted']);
    const sum = summarise(s.state.dossier, s.state.dossier.documents[0]);
    expect(sum.byCategory.name).toEqual({ proposed: 0, accepted: 2, rejected: 0 });
    expect(sum.status).toBe('te beoordelen');
    expect(sum.beoordeling).toBe('deels openbaar');
  });

  it('adds a drawn box and a whole page as accepted redactions with the default ground', () => {
    const s = store([]);
    s.perform('addBox', { page: 1, rects: [[10, 10, 50, 20]] });
    s.perform('wholePage', { page: 2 });
    s.perform('wholePage', { page: 2 });
    const r = s.state.dossier.redactions;
    expect(r.map((x) => [x.category, x.status, x.grounds[0], x.wholePage ?? false])).toEqual([
      ['manual', 'accepted', '10.2.e', false],
      ['page', 'accepted', '10.2.e', true],
    ]);
  });

  it('changes the grounds of the focused item and refuses empty grounds', () => {
    const s = store([sugg('A', 'email', 100)]);
    s.perform('changeGrounds', { grounds: ['10.2.g'] });
    expect(s.state.dossier.redactions[0].grounds).toEqual(['10.2.g']);
    expect(() => s.perform('changeGrounds', { grounds: [] })).toThrow(/at least one ground/);
  });
});

describe('redact every occurrence', () => {
  const pages = [
    { page: 1, words: [{ text: 'Beste', rect: [10, 10, 40, 20] }, { text: 'Jan', rect: [45, 10, 60, 20] }, { text: 'Jansen,', rect: [62, 10, 95, 20] }] },
    { page: 2, words: [{ text: 'jan', rect: [10, 50, 25, 60] }, { text: 'jansen', rect: [27, 50, 60, 60] }, { text: 'Janssen', rect: [70, 50, 100, 60] }] },
  ] as const;

  it('finds whole-word matches regardless of case and trailing punctuation, one box per line', () => {
    const found = findOccurrences(pages as never, 'Jan Jansen');
    expect(found).toEqual([
      { page: 1, rects: [[45, 10, 95, 20]], text: 'Jan Jansen,' },
      { page: 2, rects: [[10, 50, 60, 60]], text: 'jan jansen' },
    ]);
    expect(findOccurrences(pages as never, 'Jans')).toEqual([]);
  });

  it('accepts a suggestion that already covers an occurrence instead of doubling it', () => {
    const s = store([{ ...sugg('Jan Jansen', 'name', 10), rects: [[44, 9, 96, 21]] }]);
    const items = findOccurrences(pages as never, 'Jan Jansen').map((o) => ({ ...o, documentId: 'd1' }));
    s.perform('redactOccurrences', { items });
    expect(s.state.dossier.redactions.map((r) => [r.page, r.status, r.origin])).toEqual([
      [1, 'accepted', 'suggestion'],
      [2, 'accepted', 'manual'],
    ]);
  });
});
