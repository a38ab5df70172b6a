// Groups in the dossier (issue #16): proposals fill Email Thread ID and Family ID, accepting a
// duplicate group makes later copies "dubbel", splitting undoes what the group did, a passage
// redacted in one copy is proposed in the others, and the consistency check warns when copies differ.
import { describe, expect, it } from 'vitest';
import type { PageWords } from '../../../shared/app/occurrences';
import { acceptAllProposed, addDocument, addRedactions, createDossier, editDocument } from '../../../shared/dossier/actions';
import { acceptGroup, propagateRedactions, proposeGroups, splitGroup } from '../../../shared/dossier/groups';
import { MIGRATIONS, migrateDossierJson, parseDossier, serializeDossier } from '../../../shared/dossier/schema';
import { DOSSIER_SCHEMA_VERSION, type Dossier } from '../../../shared/dossier/types';
import { checkConsistency } from '../../../shared/export/consistency';
import { catalogueFor } from '../../../shared/export/grounds';
import { deriveInventory } from '../../../shared/export/inventory';
import { ctx, HASH, later } from './fixtures';

function fourDocuments(): Dossier {
  let d = createDossier({ id: 'x', title: 'T', law: 'wob', caseNumber: 'WOO-1' }, ctx).dossier;
  for (const [i, c] of ['a', 'b', 'c', 'd'].entries()) {
    d = addDocument(d, { path: `${c}.pdf`, sha256: HASH(c), title: `Stuk ${c}`, pageCount: 1, fileType: i < 3 ? 'email' : 'pdf' }, ctx).dossier;
  }
  return proposeGroups(d, [
    { kind: 'duplicate', documentIds: ['d1', 'd3'], reason: 'the same e-mail', similarity: 0.93 },
    { kind: 'thread', documentIds: ['d1', 'd2', 'd3'], reason: 'one conversation' },
    { kind: 'family', documentIds: ['d2', 'd4'], reason: 'attachment' },
  ], ctx).dossier;
}

const words = (text: string, y = 100): PageWords[] => [{ page: 1, words: text.split(' ').map((w, i) => ({ text: w, rect: [72 + i * 40, y, 108 + i * 40, y + 11] as [number, number, number, number] })) }];

describe('proposeGroups', () => {
  it('adds the groups as proposals and fills Email Thread ID and Family ID (the parent e-mail\'s number)', () => {
    const d = fourDocuments();
    expect(d.groups.map((g) => [g.id, g.kind, g.status])).toEqual([['g1', 'duplicate', 'proposed'], ['g2', 'thread', 'proposed'], ['g3', 'family', 'proposed']]);
    expect(d.documents.map((x) => [x.number, x.threadId, x.familyId, x.duplicateOf ?? null])).toEqual([
      ['0001', '1', '', null], ['0002', '1', '2', null], ['0003', '1', '', null], ['0004', '', '2', null],
    ]);
    expect(d.audit.at(-1)).toMatchObject({ action: 'find-groups', detail: '1 duplicate, 1 thread and 1 family group(s) proposed' });
  });

  it('keeps what the officer decided when the groups are found again', () => {
    const d = splitGroup(fourDocuments(), 'g1', later).dossier;
    const again = proposeGroups(d, [{ kind: 'duplicate', documentIds: ['d1', 'd3'], reason: 'the same e-mail' }], later).dossier;
    expect(again.groups.map((g) => [g.id, g.status])).toEqual([['g1', 'split']]);
  });

  it('survives the project file (schema 2) and migrates a schema-1 file to an empty group list', () => {
    const d = fourDocuments();
    expect(parseDossier(serializeDossier(d)).groups).toEqual(d.groups);
    const old = JSON.parse(serializeDossier({ ...d, groups: [] }));
    delete old.groups;
    old.schemaVersion = 1;
    expect(migrateDossierJson(old, MIGRATIONS, 2)).toMatchObject({ schemaVersion: 2, groups: [] });
    expect(migrateDossierJson(old)).toMatchObject({ schemaVersion: DOSSIER_SCHEMA_VERSION, groups: [] });
    expect(parseDossier(JSON.stringify(old)).groups).toEqual([]);
    expect(() => parseDossier(JSON.stringify({ ...JSON.parse(serializeDossier(d)), groups: [{ ...d.groups[0], documentIds: ['d1', 'd9'] }] }))).toThrow(/groups\[0\]\.documentIds\[1\] names no document of this dossier \("d9"\)/);
  });
});

describe('accepting and splitting', () => {
  it('accepting a duplicate group lists the later copy "dubbel", pointing at the original, and the bundle leaves it out', () => {
    const d = acceptGroup(fourDocuments(), 'g1', later).dossier;
    expect(d.documents[2]).toMatchObject({ duplicateOf: 'd1', relatedId: '0001' });
    const row = deriveInventory(d).find((r) => r.number === '0003')!;
    expect(row).toMatchObject({ beoordeling: 'niet openbaar', grounds: ['dubbel'], remarks: 'Dubbel van document 0001', relatedId: '0001', duplicateOf: '0001' });
    expect(checkConsistency(d, deriveInventory(d), { catalogue: catalogueFor('wob') }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('splitting undoes exactly what the group did, and keeps what the officer typed', () => {
    let d = acceptGroup(fourDocuments(), 'g1', later).dossier;
    d = editDocument(d, 'd2', { threadId: '7' }, later).dossier;
    d = splitGroup(d, 'g1', later).dossier;
    expect(d.documents[2].duplicateOf).toBeUndefined();
    expect(d.documents[2].relatedId).toBe('');
    d = splitGroup(d, 'g2', later).dossier;
    expect(d.documents.map((x) => x.threadId)).toEqual(['', '7', '', '']);
    d = splitGroup(d, 'g3', later).dossier;
    expect(d.documents.map((x) => x.familyId)).toEqual(['', '', '', '']);
    expect(d.groups.map((g) => g.status)).toEqual(['split', 'split', 'split']);
    expect(() => splitGroup(d, 'g9', later)).toThrow(/no group "g9"/);
  });
});

describe('propagateRedactions', () => {
  it('proposes a passage redacted in one copy in every other copy, once, with a reason', () => {
    let d = addRedactions(fourDocuments(), [{ documentId: 'd1', page: 1, rects: [[72, 100, 140, 111]], grounds: ['10.2.e'], text: 'Jan Jansen' }], later).dossier;
    const pages = new Map([
      ['d1', words('Van Jan Jansen aan Piet')],
      ['d2', words('Dank Jan Jansen voor de vraag van Jan Jansen')],
      ['d3', words('Van Jan Jansen aan Piet')],
      ['d4', words('Jan Jansen staat ook in de bijlage')],
    ]);
    const r = propagateRedactions(d, pages, later);
    expect(r.added).toBe(3);
    const added = r.dossier.redactions.filter((x) => x.status === 'proposed');
    // d3 is a copy of d1, d2 quotes it (same thread) twice; d3 is proposed once, not once per group.
    expect(added.map((x) => [x.documentId, x.text, x.grounds])).toEqual([
      ['d3', 'Jan Jansen', ['10.2.e']], ['d2', 'Jan Jansen', ['10.2.e']], ['d2', 'Jan Jansen', ['10.2.e']],
    ]);
    expect(added.every((x) => /gelakt in document 0001 \(pagina 1\)/.test(x.reason ?? ''))).toBe(true);
    // The attachment (a family, not a copy) is left alone; running again proposes nothing new.
    expect(added.some((x) => x.documentId === 'd4')).toBe(false);
    d = r.dossier;
    expect(propagateRedactions(d, pages, later).added).toBe(0);
  });

  it('the consistency check warns when copies are redacted differently, and about an undecided duplicate group', () => {
    const base = fourDocuments();
    const d = acceptAllProposed(addRedactions(base, [{ documentId: 'd1', page: 1, rects: [[72, 100, 140, 111]], grounds: ['10.2.e'], text: 'Jan Jansen' }], later).dossier, later).dossier;
    const kinds = checkConsistency(d, deriveInventory(d), { catalogue: catalogueFor('wob') }).map((f) => f.kind);
    expect(kinds).toContain('copies-differ');
    expect(kinds).toContain('group-undecided');
    const decided = acceptGroup(d, 'g1', later).dossier;
    const after = checkConsistency(decided, deriveInventory(decided), { catalogue: catalogueFor('wob') }).map((f) => f.kind);
    expect(after).not.toContain('copies-differ');
    expect(after).not.toContain('group-undecided');
  });
});
