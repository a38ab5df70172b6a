import { describe, expect, it } from 'vitest';
import { dossierJson, dossierJsonInSlices, AppStore } from '../../../shared/app';
import { addDocument, addSuggestions, createDossier, sealAudit } from '../../../shared/dossier';

const ctx = { by: 'officer', at: '2026-03-01T09:00:00.000Z' };

function big(n: number) {
  let d = createDossier({ id: 'x', title: 'Verzoek "Woo" \u00e9\u00e9n', law: 'woo', caseNumber: 'Woo-2026/1' }, ctx).dossier;
  d = addDocument(d, { path: '/a.pdf', sha256: 'a'.repeat(64), title: 'Verslag', pageCount: 10, date: '2026-01-05' }, ctx).dossier;
  const suggestions = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`, page: 1 + (i % 10), category: 'email' as const, text: `persoon${i}@voorbeeld.nl`, grounds: ['5.1.2e'], confidence: 0.9, reason: 'e-mailadres "privé"', rects: [[72, 100 + i, 130, 110 + i] as [number, number, number, number]],
  }));
  return addSuggestions(d, 'd1', suggestions, ctx).dossier;
}

describe('the dossier\'s JSON for auto-save', () => {
  it('is exactly JSON.stringify of the dossier, before and after decisions (unchanged items re-used)', async () => {
    const store = new AppStore({ dossier: big(300), documentId: 'd1', focusId: null, view: 'review' }, () => ctx);
    expect(dossierJson(store.state.dossier)).toBe(JSON.stringify(store.state.dossier));
    store.perform('next');
    store.perform('accept');
    store.perform('next');
    store.perform('reject');
    const sealed = await sealAudit(store.state.dossier);
    expect(dossierJson(sealed)).toBe(JSON.stringify(sealed));
    expect(JSON.parse(dossierJson(sealed)).redactions.filter((r: { status: string }) => r.status !== 'proposed')).toHaveLength(2);
  });

  it('falls back to a plain stringify for something that is not dossier-shaped', () => {
    const odd = { redactions: 'none', audit: [] } as unknown as { redactions: unknown[]; audit: unknown[] };
    expect(dossierJson(odd)).toBe(JSON.stringify(odd));
  });

  it('is the same text when made in slices, pausing between them (auto-save never holds the window long)', async () => {
    const store = new AppStore({ dossier: big(1234), documentId: 'd1', focusId: null, view: 'review' }, () => ctx);
    store.perform('next');
    store.perform('accept');
    const sealed = await sealAudit(store.state.dossier);
    let pauses = 0;
    const text = await dossierJsonInSlices(sealed, async () => { pauses++; }, 100);
    expect(text).toBe(JSON.stringify(sealed));
    // 13 slices of redactions, one pause before the audit log.
    expect(pauses).toBe(13);
    const empty = createDossier({ id: 'e', title: 'Leeg', law: 'woo', caseNumber: '' }, ctx).dossier;
    expect(await dossierJsonInSlices({ ...empty, redactions: [] }, async () => undefined)).toBe(JSON.stringify({ ...empty, redactions: [] }));
  });
});
