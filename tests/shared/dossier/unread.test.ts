/** Unread pages (issue #12): schema 3 and its migrations (from 2, and from 1 through 2), confirmation, "niet beoordeeld", and the bundle's refusal. */
import { describe, expect, it } from 'vitest';
import { addDocument, confirmUnreadPages, recordUnreadPages, setBeoordeling, unconfirmedUnread } from '../../../shared/dossier/actions';
import { parseDossier, serializeDossier } from '../../../shared/dossier/schema';
import { DOSSIER_SCHEMA_VERSION } from '../../../shared/dossier/types';
import { deriveInventory } from '../../../shared/export/inventory';
import { BundleError, buildBundle } from '../../../shared/export/bundle';
import { deriveBeoordeling } from '../../../shared/app/state';
import { reportFonts } from '../../../node/host';
import { ctx, HASH, later, sampleDossier } from './fixtures';

const REASON = 'no Dutch language data for OCR (nld.traineddata) was found';
const withScan = () => addDocument(sampleDossier(), { path: 'in/scan.pdf', sha256: HASH('d'), title: 'Brief (scan)', pageCount: 3, unreadPages: [{ page: 1, reason: REASON }, { page: 3, reason: REASON }] }, ctx).dossier;

describe('schema 3', () => {
  it('writes unread pages and reads them back', () => {
    const d = withScan();
    expect(d.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION);
    expect(DOSSIER_SCHEMA_VERSION).toBeGreaterThanOrEqual(3); // unread pages since version 3
    expect(parseDossier(serializeDossier(d)).documents[3].unreadPages).toEqual([{ page: 1, reason: REASON }, { page: 3, reason: REASON }]);
  });

  it('migrates a version-2 file (groups, no unread pages): every document gets an empty list, its groups stay', () => {
    const v2 = JSON.parse(serializeDossier(sampleDossier()));
    v2.schemaVersion = 2;
    v2.groups = [{ id: 'g1', kind: 'duplicate', documentIds: [v2.documents[0].id, v2.documents[1].id], status: 'proposed', reason: 'dezelfde tekst' }];
    for (const doc of v2.documents) delete doc.unreadPages;
    const d = parseDossier(JSON.stringify(v2));
    expect(d.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION);
    expect(d.documents.map((x) => x.unreadPages)).toEqual([[], [], []]);
    expect(d.groups.map((g) => [g.id, g.status])).toEqual([['g1', 'proposed']]);
    expect(deriveInventory(d).map((r) => r.beoordeling)).not.toContain('niet beoordeeld');
  });

  it('migrates a version-1 file through the chain: groups and unread pages both start empty', () => {
    const v1 = JSON.parse(serializeDossier(sampleDossier()));
    v1.schemaVersion = 1;
    delete v1.groups;
    for (const doc of v1.documents) delete doc.unreadPages;
    const d = parseDossier(JSON.stringify(v1));
    expect(d.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION);
    expect(d.groups).toEqual([]);
    expect(d.documents.map((x) => x.unreadPages)).toEqual([[], [], []]);
  });

  it('a file of a newer schema is refused in one sentence', () => {
    const v4 = JSON.parse(serializeDossier(sampleDossier()));
    v4.schemaVersion = DOSSIER_SCHEMA_VERSION + 1;
    expect(() => parseDossier(JSON.stringify(v4), 'nieuw.json')).toThrow(new RegExp(`nieuw\\.json .*newer Lakstift \\(schema ${DOSSIER_SCHEMA_VERSION + 1}, this build reads up to ${DOSSIER_SCHEMA_VERSION}\\)`));
  });

  it('refuses an unread page that is not a page of the document, in one sentence', () => {
    const raw = JSON.parse(serializeDossier(withScan()));
    raw.documents[3].unreadPages[1].page = 9;
    expect(() => parseDossier(JSON.stringify(raw), 'x.json')).toThrow(/x\.json is not a usable Lakstift dossier: documents\[3\]\.unreadPages\[1\]\.page must be a page of the document/);
  });
});

describe('niet beoordeeld', () => {
  it('is what the inventory and the app show until every unread page is confirmed, page by page', () => {
    let d = withScan();
    const row = () => deriveInventory(d).find((r) => r.number === '0004')!;
    expect(row().beoordeling).toBe('niet beoordeeld');
    expect(deriveBeoordeling(d, d.documents[3])).toBe('niet beoordeeld');
    d = confirmUnreadPages(d, 'd4', [1], later).dossier;
    expect(row().beoordeling).toBe('niet beoordeeld');
    expect(unconfirmedUnread(d.documents[3]).map((u) => u.page)).toEqual([3]);
    d = confirmUnreadPages(d, 'd4', [3], later).dossier;
    expect(row().beoordeling).toBe('openbaar');
    expect(d.documents[3].unreadPages![1]).toEqual({ page: 3, reason: REASON, confirmedBy: 'j.jurist', confirmedAt: later.at });
    expect(d.audit.at(-1)).toMatchObject({ action: 'confirm-unread', documentId: 'd4', detail: 'checked by eye: page 3' });
    expect(() => confirmUnreadPages(d, 'd4', [2], later)).toThrow(/Page 2 of document 0004 is not an unread page/);
  });

  it('does not hold back a document that is not published anyway', () => {
    const d = setBeoordeling(withScan(), 'd4', 'niet openbaar', ctx).dossier;
    expect(deriveInventory(d).find((r) => r.number === '0004')!.beoordeling).toBe('niet openbaar');
  });

  it('keeps confirmations when the pages are recorded again', () => {
    let d = confirmUnreadPages(withScan(), 'd4', [1], later).dossier;
    d = recordUnreadPages(d, 'd4', [{ page: 1, reason: 'other' }, { page: 2, reason: 'OCR failed on the page (x)' }], ctx).dossier;
    expect(d.documents[3].unreadPages!.map((u) => [u.page, Boolean(u.confirmedAt)])).toEqual([[1, true], [2, false]]);
  });
});

describe('the bundle', () => {
  it('refuses a document with unconfirmed unread pages, naming the pages and why, and writes nothing', async () => {
    const written: string[] = [];
    const err = await buildBundle({
      dossier: withScan(), original: async () => new Uint8Array(), fonts: reportFonts(), tool: { name: 'L', version: 't' }, at: new Date(later.at),
      engines: { redact: async () => { throw new Error('not reached'); }, verify: async () => ({ clean: true, findings: [] }) },
      sink: async (name) => void written.push(name),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BundleError);
    const b = err as BundleError;
    expect(b.code).toBe('unread');
    expect(b.unread).toEqual([{ document: '0004', path: 'in/scan.pdf', pages: [{ page: 1, reason: REASON }, { page: 3, reason: REASON }] }]);
    expect(b.details).toEqual([`document 0004 (scan.pdf): pages 1, 3 not read: ${REASON}`]);
    expect(written).toEqual([]);
  });
});
