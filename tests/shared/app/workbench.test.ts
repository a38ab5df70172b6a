import { describe, expect, it } from 'vitest';
import { addDocument, addSuggestions, createDossier, parseDossier, serializeDossier, migrateDossierJson, DOSSIER_SCHEMA_VERSION, type Dossier } from '../../../shared/dossier';
import { AppStore, PATTERNS, searchDossier, type PageWords, type SearchQuery } from '../../../shared/app';
import type { Suggestion } from '../../../shared/contract';
import type { Rect } from '../../../shared/pdf/types';

const ctx = () => ({ by: 'officer', at: '2024-03-01T09:00:00.000Z' });

function sugg(id: string, category: Suggestion['category'], y: number, text = id, page = 1): Suggestion {
  return { id, page, category, text, grounds: ['5.1.2e'], confidence: 0.9, reason: 'test', rects: [[72, y, 150, y + 10]] };
}

function twoDocs(): Dossier {
  let d = createDossier({ id: 'x', title: 'Verzoek', law: 'woo' }, ctx()).dossier;
  d = addDocument(d, { path: '/a.pdf', sha256: 'a'.repeat(64), title: 'Mail', pageCount: 3 }, ctx()).dossier;
  d = addDocument(d, { path: '/b.pdf', sha256: 'b'.repeat(64), title: 'Nota', pageCount: 2 }, ctx()).dossier;
  d = addSuggestions(d, 'd1', [sugg('A', 'name', 100, 'Jan Jansen'), sugg('P', 'phone', 200, '06 12345678'), sugg('B', 'name', 300, 'Piet', 2)], ctx()).dossier;
  return addSuggestions(d, 'd2', [sugg('C', 'name', 100, 'jan  jansen')], ctx()).dossier;
}

function store(d = twoDocs()) {
  const s = new AppStore({ dossier: d, documentId: null, focusId: null, view: 'review' }, ctx);
  s.perform('selectDocument', { documentId: 'd1' });
  return s;
}
const statusOf = (s: AppStore) => s.state.dossier.redactions.map((r) => `${r.text}:${r.status}`);

/** Words laid out left to right on one line per array, 10 points per character. */
function page(n: number, ...lines: string[]): PageWords {
  const words: PageWords['words'] = [];
  lines.forEach((line, li) => {
    let x = 72;
    for (const w of line.split(' ')) {
      words.push({ text: w, rect: [x, 100 + li * 20, x + w.length * 10, 110 + li * 20] });
      x += w.length * 10 + 5;
    }
  });
  return { page: n, words };
}

describe('smaller defects of the review (issue #14 item 7)', () => {
  it('Shift+A accepts every open suggestion of the document, not one category', () => {
    const s = store();
    s.perform('acceptAll');
    expect(statusOf(s)).toEqual(['Jan Jansen:accepted', '06 12345678:accepted', 'Piet:accepted', 'jan  jansen:proposed']);
    s.undo();
    expect(statusOf(s).filter((x) => x.endsWith(':accepted'))).toEqual([]);
  });

  it('a whole-page redaction decides that page\'s open suggestions with it, in one undo step', () => {
    const s = store();
    s.perform('wholePage', { page: 1 });
    expect(statusOf(s)).toEqual(['Jan Jansen:accepted', '06 12345678:accepted', 'Piet:proposed', 'jan  jansen:proposed', ':accepted']);
    s.undo();
    expect(s.state.dossier.redactions).toHaveLength(4);
    expect(statusOf(s).every((x) => x.endsWith(':proposed'))).toBe(true);
  });
});

describe('boxes and grounds (item 4)', () => {
  it('moves and resizes a box, with the new text under it, as one undo step', () => {
    const s = store();
    s.perform('addBox', { page: 1, rects: [[10, 10, 50, 20]], text: 'Vries', grounds: ['5.1.2a'] });
    const id = s.state.focusId!;
    s.perform('moveBox', { id, rects: [[20, 30, 90, 42]], text: 'de Vries' });
    const r = s.state.dossier.redactions.find((x) => x.id === id)!;
    expect([r.rects, r.text, r.grounds, r.status]).toEqual([[[20, 30, 90, 42]], 'de Vries', ['5.1.2a'], 'accepted']);
    expect(s.state.dossier.audit.at(-1)).toMatchObject({ action: 'edit-redaction', redactionIds: [id] });
    s.undo();
    expect(s.state.dossier.redactions.find((x) => x.id === id)!.rects).toEqual([[10, 10, 50, 20]]);
    expect(() => s.perform('moveBox', { id, rects: [[90, 30, 20, 42]] })).toThrow(/x0 < x1/);
  });

  it('Delete removes the officer\'s own box but only rejects a suggestion (its record stays)', () => {
    const s = store();
    s.perform('addBox', { page: 1, rects: [[10, 10, 50, 20]] });
    const mine = s.state.focusId!;
    s.perform('deleteBox');
    expect(s.state.dossier.redactions.some((r) => r.id === mine)).toBe(false);
    expect(s.state.dossier.audit.at(-1)?.action).toBe('remove-redaction');
    const sug = s.state.dossier.redactions[0].id;
    s.perform('deleteBox', { ids: [sug] });
    expect(s.state.dossier.redactions.find((r) => r.id === sug)?.status).toBe('rejected');
  });

  it('changes the ground of all occurrences of the same text across the dossier, or of a selection', () => {
    const s = store();
    const [a, p, b, c] = s.state.dossier.redactions.map((r) => r.id);
    s.perform('changeGrounds', { ids: [a], grounds: ['5.1.2d'], sameText: true });
    expect(s.state.dossier.redactions.map((r) => r.grounds.join())).toEqual(['5.1.2d', '5.1.2e', '5.1.2e', '5.1.2d']);
    s.perform('changeGrounds', { ids: [p, b], grounds: ['5.1.2i'] });
    expect(s.state.dossier.redactions.map((r) => r.grounds.join())).toEqual(['5.1.2d', '5.1.2i', '5.1.2i', '5.1.2d']);
    s.undo();
    s.undo();
    expect(s.state.dossier.redactions.every((r) => r.grounds.join() === '5.1.2e')).toBe(true);
    expect(c).toBe('r4');
  });

  it('repeats a box on a page range, clamped to the document, as one undo step', () => {
    const s = store();
    s.perform('repeatBox', { rect: [0, 0, 200, 60] as Rect, from: 2, to: 9, grounds: ['5.1.2e'] });
    const added = s.state.dossier.redactions.filter((r) => r.origin === 'manual');
    expect(added.map((r) => r.page)).toEqual([2, 3]);
    s.undo();
    s.perform('repeatBox', { rect: [0, 0, 200, 60] as Rect, from: 3, to: 1, except: 2 });
    expect(s.state.dossier.redactions.filter((r) => r.origin === 'manual').map((r) => r.page)).toEqual([1, 3]);
    s.undo();
    expect(s.state.dossier.redactions.filter((r) => r.origin === 'manual')).toEqual([]);
  });
});

describe('removing a document (item 5)', () => {
  it('takes the document and its redactions out; undo brings them back', () => {
    const s = store();
    s.perform('removeDocument', { documentId: 'd1' });
    expect(s.state.dossier.documents.map((d) => d.id)).toEqual(['d2']);
    expect(s.state.dossier.redactions.map((r) => r.documentId)).toEqual(['d2']);
    expect(s.state.documentId).toBe('d2');
    s.undo();
    expect(s.state.dossier.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(s.state.dossier.redactions).toHaveLength(4);
  });
});

describe('search and redact (item 3)', () => {
  const words = new Map<string, PageWords[]>([
    ['d1', [page(1, 'Betaal naar NL91 ABNA 0417 1643 00 of NL91ABNA0417164301.', 'Bel Jan Jansen op 06-12345678 of +31 6 1234 5678.'),
      page(2, 'Mail jan.jansen@example.nl, BSN 111222333 en niet 111222334.', 'Op 03-04-2024 en 5 maart 2023 in 1234 AB Utrecht.')]],
    ['d2', [page(1, 'jan JANSEN belde; Jansenweg is geen naam.')]],
  ]);
  const texts = (q: SearchQuery) => searchDossier(words, q).map((h) => `${h.documentId}/${h.page}: ${h.text}`);

  it('finds a phrase as whole words in any case, with its words around it', () => {
    expect(texts({ kind: 'text', text: 'jan jansen' })).toEqual(['d1/1: Jan Jansen', 'd2/1: jan JANSEN']);
    const [hit] = searchDossier(words, { kind: 'text', text: 'Jan Jansen' });
    expect([hit.before, hit.after]).toEqual(['1643 00 of NL91ABNA0417164301. Bel', 'op 06-12345678 of +31 6']);
  });

  it('finds named patterns only where their check digits hold', () => {
    expect(texts({ kind: 'pattern', pattern: 'iban' })).toEqual(['d1/1: NL91 ABNA 0417 1643 00']);
    expect(texts({ kind: 'pattern', pattern: 'bsn' })).toEqual(['d1/2: 111222333']);
    expect(texts({ kind: 'pattern', pattern: 'mobile' })).toEqual(['d1/1: 06-12345678', 'd1/1: +31 6 1234 5678.']);
    expect(texts({ kind: 'pattern', pattern: 'email' })).toEqual(['d1/2: jan.jansen@example.nl,']);
    expect(texts({ kind: 'pattern', pattern: 'date' })).toEqual(['d1/2: 03-04-2024', 'd1/2: 5 maart 2023']);
    expect(texts({ kind: 'pattern', pattern: 'postcode' })).toEqual(['d1/2: 1234 AB']);
    expect(Object.keys(PATTERNS)).toHaveLength(6);
  });

  it('runs the officer\'s own expression and refuses one that is invalid or matches nothing at all', () => {
    expect(texts({ kind: 'regex', source: 'jansen\\w+' })).toEqual(['d2/1: Jansenweg']);
    expect(() => searchDossier(words, { kind: 'regex', source: '(' })).toThrow('invalid');
    expect(() => searchDossier(words, { kind: 'regex', source: 'x*' })).toThrow('matches-empty');
  });

  it('redacts the ticked hits with one ground as one undo step, accepting a suggestion that covers a hit', () => {
    const d0 = twoDocs();
    const hit = (text: string, rects: Rect[]) => ({ documentId: 'd1', page: 1, text, rects });
    const s = store(d0);
    s.perform('redactOccurrences', { items: [hit('Jan Jansen', [[72, 100, 150, 110]]), hit('IBAN', [[300, 400, 400, 410]])], grounds: ['5.1.2e'] });
    expect(statusOf(s)).toEqual(['Jan Jansen:accepted', '06 12345678:proposed', 'Piet:proposed', 'jan  jansen:proposed', 'IBAN:accepted']);
    s.undo();
    // One undo takes back every hit; the log keeps the steps and says who took them back (issue #15).
    expect(s.state.dossier.redactions).toEqual(d0.redactions);
    expect(s.state.dossier.audit.filter((a) => a.action === 'undo')).toHaveLength(1);
    expect(s.state.dossier.audit.at(-1)).toMatchObject({ action: 'undo' });
  });
});

describe('project file schema 5 and 6', () => {
  it('keeps box edits in the audit trail and opens schema-2, -3, -4 and -5 files', () => {
    const s = store();
    s.perform('addBox', { page: 1, rects: [[10, 10, 50, 20]] });
    s.perform('moveBox', { id: s.state.focusId!, rects: [[12, 10, 52, 20]] });
    s.perform('deleteBox');
    const text = serializeDossier(s.state.dossier);
    expect(parseDossier(text).audit.slice(-2).map((a) => a.action)).toEqual(['edit-redaction', 'remove-redaction']);
    expect(DOSSIER_SCHEMA_VERSION).toBe(6);
    for (const v of [2, 3, 4, 5]) {
      const old = { ...JSON.parse(serializeDossier(twoDocs())), schemaVersion: v };
      if (v === 2) for (const d of old.documents) delete d.unreadPages;
      expect(migrateDossierJson(old).schemaVersion).toBe(DOSSIER_SCHEMA_VERSION);
      expect(parseDossier(JSON.stringify(old)).redactions).toHaveLength(4);
    }
  });
});
