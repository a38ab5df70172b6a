import { describe, expect, it } from 'vitest';
import { acceptAllProposed, refuseDocument, setBeoordeling, editDocument, addRedactions } from '../../../shared/dossier/actions';
import { catalogueFor, compareGroundCodes, sortGrounds } from '../../../shared/export/grounds';
import { deriveInventory, inventoryJson, inventoryTable, PRODUCTIERAPPORT_COLUMNS } from '../../../shared/export/inventory';
import { later, sampleDossier } from '../dossier/fixtures';

describe('inventory rows', () => {
  it('one row per document; grounds are the union of accepted redactions and whole-document grounds, in catalogue order', () => {
    let d = acceptAllProposed(sampleDossier(), later).dossier;
    d = refuseDocument(d, 'd3', ['11.1', '10.2.d'], later).dossier;
    const rows = deriveInventory(d, { catalogue: catalogueFor('wob') });
    expect(rows.map((r) => [r.number, r.beoordeling, r.grounds.join(';'), r.redactionCount])).toEqual([
      ['0001', 'deels openbaar', '10.2.e;10.2.g', 3],
      ['0002', 'deels openbaar', '10.2.e', 1],
      ['0003', 'niet openbaar', '10.2.d;11.1', 0],
    ]);
  });

  it('uses the Woo catalogue order (5.1.1 before 5.1.2, 5.2 after)', () => {
    expect(sortGrounds(['5.2', '5.1.2i', '5.1.2e', '5.1.1e', '5.1.2e'], catalogueFor('woo'))).toEqual(['5.1.1e', '5.1.2e', '5.1.2i', '5.2']);
  });

  it('sorts codes the catalogue does not know after the known ones, by their numbers', () => {
    expect(sortGrounds(['9.9', '10.2.e', '10.10.a', '10.2.a'], catalogueFor('wob'))).toEqual(['10.2.a', '10.2.e', '9.9', '10.10.a']);
    expect(['11.1', '10.2.g', '10.2.e', '10.1.d'].sort(compareGroundCodes)).toEqual(['10.1.d', '10.2.e', '10.2.g', '11.1']);
  });

  it('leaves documents outside the request\'s scope out of the list unless asked', () => {
    const d = setBeoordeling(sampleDossier(), 'd2', 'buiten reikwijdte', later).dossier;
    expect(deriveInventory(d).map((r) => r.number)).toEqual(['0001', '0003']);
    expect(deriveInventory(d, { includeOutOfScope: true })).toHaveLength(3);
  });

  it('orders rows by document number numerically', () => {
    let d = sampleDossier();
    d = editDocument(d, 'd1', { number: '10' }, later).dossier;
    d = editDocument(d, 'd2', { number: '9' }, later).dossier;
    d = editDocument(d, 'd3', { number: '100' }, later).dossier;
    expect(deriveInventory(d).map((r) => r.number)).toEqual(['9', '10', '100']);
  });

  it('an officer-edited grounds column is shown as edited', () => {
    const d = editDocument(sampleDossier(), 'd2', { listedGrounds: ['10.2.g', '10.2.e'] }, later).dossier;
    expect(deriveInventory(d)[1].grounds).toEqual(['10.2.e', '10.2.g']);
  });
});

describe('productierapport layout', () => {
  it('has exactly the platform\'s columns, in its order', () => {
    expect(PRODUCTIERAPPORT_COLUMNS.map((c) => c.header)).toEqual([
      'ID', 'Matter', 'Family ID', 'Email Thread ID', 'Document', 'File type', 'Datum', 'Beoordeling',
      'Opgeschort', 'Beoordelingsgrond', 'Toelichting', 'Publieke link', 'Gerelateerd ID', 'Zaaknummer',
    ]);
  });

  it('writes the beoordeling in the four spellings the importer knows, grounds with ";" and the case number as matter', () => {
    let d = acceptAllProposed(sampleDossier(), later).dossier;
    d = refuseDocument(d, 'd3', ['10.2.d'], later).dossier;
    d = editDocument(d, 'd2', { suspended: true, publicLink: 'https://example.org/x' }, later).dossier;
    d = setBeoordeling(d, 'd2', 'reeds openbaar', later).dossier;
    const t = inventoryTable(deriveInventory(d), 'productierapport');
    const col = (h: string) => t.slice(1).map((r) => r[t[0].indexOf(h)]);
    expect(col('Beoordeling')).toEqual(['Deels openbaar', 'Reeds openbaar', 'Niet openbaar']);
    expect(col('Beoordelingsgrond')).toEqual(['10.2.e;10.2.g', '10.2.e', '10.2.d']);
    expect(col('Matter')).toEqual(['2024-0017', '2024-0017', '2024-0017']);
    expect(col('Opgeschort')).toEqual(['', 'ja', '']);
    expect(col('ID')).toEqual(['0001', '0002', '0003']);
    expect(col('File type')).toEqual(['pdf', 'email', 'pdf']);
  });

  it('the JSON export carries the same rows and never the redacted text', () => {
    const d = addRedactions(acceptAllProposed(sampleDossier(), later).dossier, [{ documentId: 'd3', page: 1, rects: [[1, 1, 9, 9]], grounds: ['10.2.e'], text: 'Geheime Naam' }], later).dossier;
    const text = inventoryJson(d, deriveInventory(d));
    const j = JSON.parse(text);
    expect(j.rows.map((r: { number: string; beoordeling: string }) => `${r.number} ${r.beoordeling}`)).toEqual(['0001 Deels openbaar', '0002 Deels openbaar', '0003 Deels openbaar']);
    expect(text).not.toContain('Geheime Naam');
    expect(text).not.toContain('J. de Vries');
  });
});
