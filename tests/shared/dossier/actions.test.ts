import { describe, expect, it } from 'vitest';
import {
  acceptAllProposed, acceptRedactions, addDocument, addRedactions, changeGrounds, editDocument, nextNumber,
  refuseDocument, rejectRedactions, reopenRedactions, setBeoordeling,
} from '../../../shared/dossier/actions';
import { InvalidInputError } from '../../../shared/errors';
import { validateDossier } from '../../../shared/dossier/schema';
import { deriveInventory } from '../../../shared/export/inventory';
import { ctx, HASH, later, sampleDossier } from './fixtures';

describe('decision functions', () => {
  it('accept returns a new dossier with the decision and an audit entry, leaving the old one as it was (undo)', () => {
    const d = sampleDossier();
    const before = structuredClone(d);
    const { dossier, entry } = acceptRedactions(d, ['r1'], later);
    expect(d).toEqual(before);
    const r1 = dossier.redactions.find((r) => r.id === 'r1')!;
    expect(r1).toMatchObject({ status: 'accepted', decidedBy: 'j.jurist', decidedAt: later.at });
    expect(entry).toEqual({ at: later.at, by: 'j.jurist', action: 'accept', redactionIds: ['r1'] });
    expect(dossier.audit.at(-1)).toEqual(entry);
    expect(dossier.audit).toHaveLength(d.audit.length + 1);
    expect(dossier.updatedAt).toBe(later.at);
    expect(() => validateDossier(dossier)).not.toThrow();
  });

  it('reject, reopen and accept-all move only what they name', () => {
    let d = rejectRedactions(sampleDossier(), ['r2'], later).dossier;
    expect(d.redactions.map((r) => r.status)).toEqual(['proposed', 'rejected', 'proposed', 'accepted']);
    d = acceptAllProposed(d, later).dossier;
    expect(d.redactions.map((r) => r.status)).toEqual(['accepted', 'rejected', 'accepted', 'accepted']);
    d = reopenRedactions(d, ['r2'], later).dossier;
    expect(d.redactions[1].status).toBe('proposed');
  });

  it('the inventory follows the decisions: proposed suggestions do not count, accepted ones make a document deels openbaar', () => {
    const d = sampleDossier();
    expect(deriveInventory(d).map((r) => r.beoordeling)).toEqual(['deels openbaar', 'openbaar', 'openbaar']);
    const d2 = acceptRedactions(d, ['r3'], later).dossier;
    expect(deriveInventory(d2)[1]).toMatchObject({ beoordeling: 'deels openbaar', grounds: ['10.2.e'] });
  });

  it('refusing a whole document makes it niet openbaar on those grounds, and withdrawing undoes it', () => {
    const d = refuseDocument(sampleDossier(), 'd3', ['10.2.d', '10.2.g'], later).dossier;
    expect(deriveInventory(d)[2]).toMatchObject({ beoordeling: 'niet openbaar', grounds: ['10.2.d', '10.2.g'] });
    const back = refuseDocument(d, 'd3', [], later).dossier;
    expect(deriveInventory(back)[2].beoordeling).toBe('openbaar');
    expect(back.audit.at(-1)?.detail).toBe('refusal withdrawn');
  });

  it('changes grounds and records before and after', () => {
    const { dossier, entry } = changeGrounds(sampleDossier(), ['r1'], ['10.2.g'], later);
    expect(dossier.redactions[0].grounds).toEqual(['10.2.g']);
    expect(entry.detail).toBe('10.2.e → 10.2.g');
  });

  it('manual redactions are accepted at once and carry who drew them', () => {
    const { dossier } = addRedactions(sampleDossier(), [{ documentId: 'd3', page: 3, rects: [[10, 10, 20, 20]], grounds: ['10.2.e'], text: 'X' }], ctx);
    expect(dossier.redactions.at(-1)).toMatchObject({ id: 'r5', origin: 'manual', status: 'accepted', decidedBy: 'a.officer' });
  });

  it.each<[string, () => unknown, RegExp]>([
    ['an unknown redaction', () => acceptRedactions(sampleDossier(), ['r99'], ctx), /no redaction with id "r99"/],
    ['an empty selection', () => rejectRedactions(sampleDossier(), [], ctx), /No redactions were selected/],
    ['grounds left empty', () => changeGrounds(sampleDossier(), ['r1'], [' '], ctx), /needs at least one ground/],
    ['a page the document lacks', () => addRedactions(sampleDossier(), [{ documentId: 'd2', page: 2, rects: [[1, 1, 2, 2]], grounds: ['10.2.e'] }], ctx), /Document 0002 has no page 2/],
    ['a reversed box', () => addRedactions(sampleDossier(), [{ documentId: 'd2', page: 1, rects: [[5, 1, 2, 2]], grounds: ['10.2.e'] }], ctx), /x0 <= x1/],
    ['a number already used', () => editDocument(sampleDossier(), 'd2', { number: '0001' }, ctx), /already used/],
    ['a number that cannot be a file name', () => editDocument(sampleDossier(), 'd2', { number: '../x' }, ctx), /cannot be a document number/],
    ['an impossible date', () => editDocument(sampleDossier(), 'd2', { date: '2023-13-01' }, ctx), /not a date as YYYY-MM-DD/],
    ['an unknown document', () => setBeoordeling(sampleDossier(), 'dx', 'openbaar', ctx), /no document with id "dx"/],
  ])('refuses %s with one sentence', (_n, f, re) => {
    expect(f).toThrow(InvalidInputError);
    expect(f).toThrow(re);
  });

  it('the officer\'s beoordeling wins over the derived one until cleared', () => {
    let d = setBeoordeling(sampleDossier(), 'd2', 'reeds openbaar', later).dossier;
    expect(deriveInventory(d)[1].beoordeling).toBe('reeds openbaar');
    expect(deriveInventory(d)[1].beoordelingSetByOfficer).toBe(true);
    d = setBeoordeling(d, 'd2', undefined, later).dossier;
    expect(d.documents[1].beoordeling).toBeUndefined();
    expect(deriveInventory(d)[1].beoordeling).toBe('openbaar');
  });

  it('numbers new documents after the highest number, keeping four digits', () => {
    let d = sampleDossier();
    d = editDocument(d, 'd3', { number: '0041' }, ctx).dossier;
    expect(nextNumber(d)).toBe('0042');
    d = addDocument(d, { path: 'x.pdf', sha256: HASH('d'), title: 'X', pageCount: 1 }, ctx).dossier;
    expect(d.documents.at(-1)?.number).toBe('0042');
    expect(d.documents.at(-1)?.id).toBe('d4');
  });

  it('marks a date the officer typed as hers', () => {
    const d = editDocument(sampleDossier(), 'd1', { date: '2023-04-01' }, later).dossier;
    expect(d.documents[0]).toMatchObject({ date: '2023-04-01', dateSource: 'officer' });
  });
});

describe('editDossier', () => {
  it('changes title, case number and matter with an audit entry, and refuses a matter the platform rejects', async () => {
    const { editDossier } = await import('../../../shared/dossier/actions');
    const { dossier, entry } = editDossier(sampleDossier(), { caseNumber: 'WOO-1', matter: 'WOO-1' }, later);
    expect(dossier).toMatchObject({ caseNumber: 'WOO-1', matter: 'WOO-1' });
    expect(entry).toMatchObject({ action: 'edit-dossier', detail: 'caseNumber, matter' });
    expect(deriveInventory(dossier)[0]).toMatchObject({ caseNumber: 'WOO-1', matter: 'WOO-1' });
    expect(() => editDossier(sampleDossier(), { matter: 'x' }, later)).toThrow(/"x" cannot be the matter: the publication platform takes 2 to 255 letters/);
  });
});
