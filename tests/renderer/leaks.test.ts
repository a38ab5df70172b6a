import { describe, expect, it } from 'vitest';
import { acceptAllProposed, addDocument, addSuggestions, createDossier } from '../../shared/dossier';
import type { PageWords } from '../../shared/app';
import type { DocumentFinding } from '../../shared/export';
import { leakFindings } from '../../renderer/src/exportCheck';

const ctx = { by: 'officer', at: '2026-03-01T09:00:00.000Z' };

function dossier() {
  let d = createDossier({ id: 'x', title: 'Verzoek', law: 'woo', caseNumber: 'Woo-2026/1' }, ctx).dossier;
  d = addDocument(d, { path: '/a.pdf', sha256: 'a'.repeat(64), title: 'Mail', pageCount: 4, date: '2026-01-05' }, ctx).dossier;
  d = addSuggestions(d, 'd1', [
    { id: 's', page: 1, category: 'name', text: 'Ria Verbeek', grounds: ['5.1.2e'], confidence: 0.9, reason: 'naam', rects: [[72, 100, 140, 110]] },
    { id: 'm', page: 2, category: 'email', text: 'r.verbeek@voorbeeld.nl', grounds: ['5.1.2e'], confidence: 0.9, reason: 'e-mailadres', rects: [[72, 200, 190, 210]] },
  ], ctx).dossier;
  return acceptAllProposed(d, ctx).dossier;
}

const words = new Map<string, PageWords[]>([
  ['d1', [{ page: 3, words: [{ text: 'groet,', rect: [72, 300, 100, 310] }, { text: 'Ria', rect: [102, 300, 120, 310] }, { text: 'Verbeek', rect: [122, 300, 160, 310] }] }]],
]);

describe('the leak check\'s findings in the officer\'s terms, each linked to its place', () => {
  it('names the kind of text, the page and the document, in Dutch, with the place on the page', () => {
    const leaks: DocumentFinding[] = [
      { document: '0001', finding: { kind: 'text-on-page', page: 3, text: 'Ria Verbeek', severity: 'leak', message: 'page 3: redacted text "Ria Verbeek" can still be extracted from the page.' } },
      { document: '0001', finding: { kind: 'text-in-file', text: 'r.verbeek@voorbeeld.nl', where: 'stream #2 (inflated)', severity: 'leak', message: 'redacted text "r.verbeek@voorbeeld.nl" found in stream #2 (inflated).' } },
      { document: '0001', finding: { kind: 'glyph-under-box', page: 1, text: 'Ria', box: [72, 100, 140, 110], severity: 'leak', message: 'page 1: "Ria" can still be extracted under the box at [72.0, 100.0, 140.0, 110.0].' } },
      { document: '0001', finding: { kind: 'structure', severity: 'warning', message: 'the file still has a structure tree (alternate texts may survive).' } },
    ];
    const f = leakFindings(dossier(), leaks, words, 'nl');
    expect(f).toEqual([
      { severity: 'error', document: '0001', page: 3, rect: [102, 300, 160, 310], text: "De naam 'Ria Verbeek' is nog leesbaar op pagina 3 van document 0001; lak die plek ook en exporteer opnieuw." },
      { severity: 'error', document: '0001', page: 2, rect: [72, 200, 190, 210], text: "Het e-mailadres 'r.verbeek@voorbeeld.nl' staat nog verborgen in het bestand van document 0001 (buiten de zichtbare tekst), gelakt op pagina 2; het bestand kan zo niet gepubliceerd worden." },
      { severity: 'error', document: '0001', page: 1, rect: [72, 100, 140, 110], text: "Onder het kader op pagina 1 van document 0001 is 'Ria' nog uit het bestand te halen; vergroot het kader tot het de tekst helemaal bedekt." },
      { severity: 'warning', document: '0001', text: 'Document 0001 heeft nog een structuurboom (alternatieve teksten kunnen blijven staan).' },
    ]);
    // No technical words reach the officer.
    for (const x of f) expect(x.text).not.toMatch(/stream|inflated|extracted|\[/);
  });

  it('speaks English when the app does', () => {
    const f = leakFindings(dossier(), [{ document: '0001', finding: { kind: 'text-on-page', page: 3, text: 'Ria Verbeek', severity: 'leak', message: '' } }], words, 'en');
    expect(f[0].text).toBe("The name 'Ria Verbeek' is still readable on page 3 of document 0001; redact that place too and export again.");
  });
});
