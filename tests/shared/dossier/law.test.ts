import { describe, expect, it } from 'vitest';
import { acceptAllProposed, addRedactions, refuseDocument } from '../../../shared/dossier/actions';
import { changeLaw, planLawChange } from '../../../shared/dossier/law';
import { validateDossier } from '../../../shared/dossier/schema';
import { InvalidInputError } from '../../../shared/errors';
import { deriveInventory } from '../../../shared/export/inventory';
import { catalogueFor } from '../../../shared/export/grounds';
import { later, sampleDossier } from './fixtures';

function wobDossier() {
  let d = acceptAllProposed(sampleDossier('wob'), later).dossier;
  d = refuseDocument(d, 'd3', ['10.2.d', '11.1'], later).dossier;
  d = addRedactions(d, [{ documentId: 'd2', page: 1, rects: [[1, 1, 9, 9]], grounds: ['10.1.d'], text: '123456782', category: 'bsn' }], later).dossier;
  return d;
}

describe('converting a dossier between Wob and Woo', () => {
  it('asks only about the codes whose mapping is a choice', () => {
    expect(planLawChange(wobDossier(), 'woo')).toEqual([{ from: '10.2.g', suggested: ['5.1.2i'], options: ['5.1.2i', '5.1.5'], uses: 2 }]);
  });

  it('maps every code, uses the officer\'s choice, and the inventory follows', () => {
    const { dossier, entry } = changeLaw(wobDossier(), 'woo', { '10.2.g': ['5.1.5'] }, later);
    expect(dossier.law).toBe('woo');
    expect(() => validateDossier(dossier)).not.toThrow();
    expect(entry).toMatchObject({ action: 'change-law', detail: 'wob → woo (10.2.g → 5.1.5)' });
    const rows = deriveInventory(dossier, { catalogue: catalogueFor('woo') });
    expect(rows.map((r) => r.grounds.join(';'))).toEqual(['5.1.2e;5.1.5', '5.1.1e;5.1.2e', '5.1.2d;5.2']);
  });

  it('refuses to guess a choice', () => {
    expect(() => changeLaw(wobDossier(), 'woo', {}, later)).toThrow(InvalidInputError);
    expect(() => changeLaw(wobDossier(), 'woo', {}, later)).toThrow('Converting 10.2.g to the Woo is a choice (5.1.2i or 5.1.5); choose the code(s) for 10.2.g first.');
  });

  it('converts back to the Wob', () => {
    const woo = changeLaw(wobDossier(), 'woo', { '10.2.g': ['5.1.2i'] }, later).dossier;
    const plan = planLawChange(woo, 'wob');
    const choices = Object.fromEntries(plan.map((c) => [c.from, c.suggested]));
    const back = changeLaw(woo, 'wob', choices, later).dossier;
    expect(deriveInventory(back, { catalogue: catalogueFor('wob') }).map((r) => r.grounds.join(';'))).toEqual(['10.2.e;10.2.g', '10.1.d;10.2.e', '10.2.d;11.1']);
  });
});
