import { describe, expect, it } from 'vitest';
import { acceptAllProposed, addRedactions, editDocument, setBeoordeling } from '../../../shared/dossier/actions';
import { checkConsistency, maskRedacted, redactedTexts } from '../../../shared/export/consistency';
import { catalogueFor } from '../../../shared/export/grounds';
import { deriveInventory } from '../../../shared/export/inventory';
import { later, sampleDossier } from '../dossier/fixtures';

const accepted = () => acceptAllProposed(sampleDossier(), later).dossier;
const kinds = (fs: { kind: string }[]) => fs.map((f) => f.kind);

describe('consistency checks', () => {
  it('finds a name redacted in one document but readable in another, without quoting it publicly', () => {
    const d = accepted();
    const texts = new Map([
      ['d1', ['Nota van J. de Vries aan de minister', 'vraag door op data']],
      ['d2', ['Van: K. Bakker\nCc: J. de  Vries', '']],
      ['d3', ['Werkinstructie', 'Niets bijzonders', 'J. de Vriesland is een andere naam']],
    ]);
    const f = checkConsistency(d, deriveInventory(d), { texts }).filter((x) => x.kind === 'readable-elsewhere');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ document: '0002', page: 1, severity: 'error' });
    expect(f[0].message).toContain('"J. de Vries" is redacted in document 0001 (page 1) but readable once in document 0002 on page 1');
    expect(f[0].publicMessage).not.toContain('Vries');
  });

  it('counts every readable occurrence of every redacted text at word boundaries, a text inside another too', () => {
    const d = addRedactions(accepted(), [
      { documentId: 'd1', page: 2, rects: [[1, 1, 5, 5]], grounds: ['10.2.e'], text: 'K. Bakker' },
      { documentId: 'd1', page: 2, rects: [[1, 6, 5, 9]], grounds: ['10.2.e'], text: 'Bakker' },
    ], later).dossier;
    const texts = new Map([
      ['d1', ['', 'vraag door op data']],
      ['d3', ['Werkinstructie', 'K. Bakker en Bakkerij Bakker, bakker. ABakker', 'Niets']],
    ]);
    const f = checkConsistency(d, deriveInventory(d), { texts }).filter((x) => x.kind === 'readable-elsewhere');
    expect(f.map((x) => [x.document, x.page, x.message.slice(0, x.message.indexOf(' in document 0003'))])).toEqual([
      ['0003', 2, '"K. Bakker" is redacted in document 0002 (page 1) but readable once'],
      ['0003', 2, '"Bakker" is redacted in document 0001 (page 2) but readable 3 times'],
    ]);
  });

  it('counts an occurrence covered by a redaction of the same text on that page', () => {
    const d = addRedactions(accepted(), [{ documentId: 'd2', page: 1, rects: [[1, 1, 5, 5]], grounds: ['10.2.e'], text: 'J. de Vries' }], later).dossier;
    const texts = new Map([['d2', ['Van: K. Bakker\nCc: J. de Vries']]]);
    expect(kinds(checkConsistency(d, deriveInventory(d), { texts }))).not.toContain('readable-elsewhere');
  });

  it('finds a ground used in a document but missing from its (edited) inventory row', () => {
    const d = editDocument(accepted(), 'd1', { listedGrounds: ['10.2.e'] }, later).dossier;
    const f = checkConsistency(d, deriveInventory(d));
    expect(f.find((x) => x.kind === 'grounds-missing-from-list')?.message).toBe(
      "Document 0001 uses ground(s) 10.2.g that its inventory row does not list; add them to the row or clear the row's own grounds.");
  });

  it('finds a document marked openbaar that has redactions', () => {
    const d = setBeoordeling(accepted(), 'd2', 'openbaar', later).dossier;
    expect(checkConsistency(d, deriveInventory(d)).find((x) => x.kind === 'openbaar-with-redactions')?.document).toBe('0002');
  });

  it('finds codes of the other law and undecided suggestions', () => {
    const d = addRedactions(sampleDossier(), [{ documentId: 'd3', page: 1, rects: [[1, 1, 5, 5]], grounds: ['5.1.2e'], text: 'x' }], later).dossier;
    const f = checkConsistency(d, deriveInventory(d), { catalogue: catalogueFor('wob') });
    expect(f.find((x) => x.kind === 'unknown-ground')?.message).toBe('Document 0003 cites 5.1.2e, which is not a ground of the Wob; correct the code(s).');
    expect(kinds(f)).toContain('proposed-left');
  });

  it('flags a title that quotes redacted text, and masking removes it', () => {
    const d = editDocument(accepted(), 'd3', { title: 'Mail van K.  Bakker over de nota' }, later).dossier;
    const f = checkConsistency(d, deriveInventory(d)).find((x) => x.kind === 'title-reveals-redacted');
    expect(f?.document).toBe('0003');
    expect(f?.publicMessage).not.toContain('Bakker');
    expect(maskRedacted('Mail van K.  Bakker over de nota', redactedTexts(d))).toBe('Mail van […] over de nota');
    expect(maskRedacted('Bakkerij K. Bakkers', redactedTexts(d))).toBe('Bakkerij K. Bakkers');
  });

  it('flags a published document without a text layer', () => {
    const d = accepted();
    const texts = new Map([['d3', ['', '  ', '']]]);
    expect(checkConsistency(d, deriveInventory(d), { texts }).find((x) => x.kind === 'no-text-layer')?.document).toBe('0003');
  });

  it('reports nothing serious for a clean dossier', () => {
    const d = accepted();
    expect(checkConsistency(d, deriveInventory(d), { catalogue: catalogueFor('wob') }).filter((x) => x.severity === 'error')).toEqual([]);
  });
});
