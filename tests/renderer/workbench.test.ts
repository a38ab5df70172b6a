import { describe, expect, it } from 'vitest';
import { addDocument, addSuggestions, acceptAllProposed, createDossier, refuseDocument, setBeoordeling } from '../../shared/dossier';
import type { PageWords } from '../../shared/app';
import { exportFindings } from '../../renderer/src/exportCheck';

const ctx = { by: 'officer', at: '2026-03-01T09:00:00.000Z' };

function dossier() {
  let d = createDossier({ id: 'x', title: 'Verzoek', law: 'woo', caseNumber: 'Woo-2026/1' }, ctx).dossier;
  d = addDocument(d, { path: '/a.pdf', sha256: 'a'.repeat(64), title: 'Mail', pageCount: 1, date: '2026-01-05' }, ctx).dossier;
  d = addDocument(d, { path: '/b.pdf', sha256: 'b'.repeat(64), title: 'Nota', pageCount: 1, date: '2026-01-06' }, ctx).dossier;
  d = addSuggestions(d, 'd1', [{ id: 's', page: 1, category: 'name', text: 'Jan Smit', grounds: ['5.1.2e'], confidence: 0.9, reason: 'naam', rects: [[72, 100, 130, 110]] }], ctx).dossier;
  return acceptAllProposed(d, ctx).dossier;
}

const words = new Map<string, PageWords[]>([
  ['d1', [{ page: 1, words: [{ text: 'Jan', rect: [72, 100, 90, 110] }, { text: 'Smit', rect: [92, 100, 130, 110] }] }]],
  ['d2', [{ page: 1, words: [{ text: 'Overleg', rect: [72, 100, 120, 110] }, { text: 'met', rect: [122, 100, 140, 110] }, { text: 'Jan', rect: [142, 100, 160, 110] }, { text: 'Smit', rect: [162, 100, 190, 110] }] }]],
]);

describe('the export check in the app (the checks of controle.txt, in the officer\'s terms)', () => {
  it('names a redacted name still readable elsewhere as an error, in Dutch, with document and page', () => {
    const f = exportFindings(dossier(), words, 'nl');
    expect(f.filter((x) => x.severity === 'error')).toEqual([
      { severity: 'error', document: '0002', page: 1, rect: [142, 100, 190, 110], text: 'De gelakte tekst "Jan Smit" is nog leesbaar in document 0002 op pagina 1; lak elk voorkomen of heroverweeg.' },
    ]);
  });

  it('finds a document "niet openbaar" without a ground an error, and one refused on a ground none', () => {
    let d = setBeoordeling(dossier(), 'd2', 'niet openbaar', ctx).dossier;
    const errs = exportFindings(d, new Map(), 'nl').filter((x) => x.severity === 'error');
    expect(errs.map((x) => x.text)).toEqual(['Document 0002 is niet (geheel) openbaar zonder weigeringsgrond; geef de grond(en) waarop het wordt geweigerd.']);
    d = refuseDocument(setBeoordeling(d, 'd2', undefined, ctx).dossier, 'd2', ['5.1.2d'], ctx).dossier;
    expect(exportFindings(d, new Map(), 'nl').filter((x) => x.severity === 'error')).toEqual([]);
    expect(exportFindings(setBeoordeling(dossier(), 'd2', 'niet openbaar', ctx).dossier, new Map(), 'en')[0].text).toMatch(/^Document 0002 is marked Niet openbaar without any ground/);
  });
});

describe('the place a "readable elsewhere" finding links to', () => {
  it('is the occurrence no redaction covers, also inside a longer word such as an e-mail address', () => {
    let d = createDossier({ id: 'x', title: 'Verzoek', law: 'woo', caseNumber: 'Woo-2026/1' }, ctx).dossier;
    d = addDocument(d, { path: '/a.pdf', sha256: 'a'.repeat(64), title: 'Mail', pageCount: 1, date: '2026-01-05' }, ctx).dossier;
    d = addSuggestions(d, 'd1', [{ id: 's', page: 1, category: 'name', text: 'Sanne', grounds: ['5.1.2e'], confidence: 0.9, reason: 'naam', rects: [[72, 100, 100, 110]] }], ctx).dossier;
    d = acceptAllProposed(d, ctx).dossier;
    const w = new Map<string, PageWords[]>([['d1', [{ page: 1, words: [{ text: 'Sanne', rect: [72, 100, 100, 110] }, { text: '<sanne.kaya@voorbeeld.nl>', rect: [104, 100, 230, 110] }] }]]]);
    const f = exportFindings(d, w, 'nl').filter((x) => x.severity === 'error');
    expect(f).toEqual([expect.objectContaining({ document: '0001', page: 1, rect: [104, 100, 230, 110] })]);
  });
});
