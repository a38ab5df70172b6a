import { describe, expect, it } from 'vitest';
import {
  acceptRedactions, approveRedactions, canonicalJson, commentOn, parseDossier, reviseGrounds, sealAudit, sendBack,
  serializeDossier, verifyAuditChain, DOSSIER_SCHEMA_VERSION, type ActionContext, type Dossier,
} from '../../../shared/dossier';
import { acceptGroup, proposeGroups } from '../../../shared/dossier/groups';
import { documentReviewState } from '../../../shared/review/status';
import { MIGRATIONS, migrateDossierJson } from '../../../shared/dossier/schema';
import { sampleDossier } from './fixtures';

const officer: ActionContext = { by: 'a.officer', role: 'officer', at: '2024-03-03T09:00:00Z' };
const jurist: ActionContext = { by: 'J. Jurist', role: 'reviewer', at: '2024-03-04T10:00:00Z' };

/** A dossier whose log has every kind of field: roles, ids, details, comments. */
function worked(): Dossier {
  let d = acceptRedactions(sampleDossier(), ['r1', 'r2', 'r3'], officer).dossier;
  d = approveRedactions(d, ['r1'], jurist).dossier;
  d = reviseGrounds(d, ['r2'], ['10.2.d'], jurist).dossier;
  d = sendBack(d, ['r3'], 'Geen ambtenaar, "wel" een burger?', jurist).dossier;
  return commentOn(d, 'r3', 'Klopt — burger.', officer).dossier;
}

/** The project file's JSON (as a reader of the file sees it). */
async function sealedFile(): Promise<Record<string, unknown> & { audit: Record<string, unknown>[] }> {
  return JSON.parse(serializeDossier(await sealAudit(worked())));
}

/** A different value of the same kind, so the change is a plausible edit. */
function other(v: unknown): unknown {
  if (typeof v === 'string') return /^[0-9a-f]{64}$/.test(v) ? `${v.slice(0, 63)}${v.endsWith('0') ? '1' : '0'}` : `${v}x`;
  if (Array.isArray(v)) return [...v, 'r99'];
  return 'x';
}

describe('canonical JSON', () => {
  it('does not depend on the order keys were made in, and has no white space', () => {
    expect(canonicalJson({ b: [1, 'é"'], a: { d: true, c: null } })).toBe('{"a":{"c":null,"d":true},"b":[1,"é\\""]}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});

describe('the audit chain', () => {
  it('is intact after sealing, and sealing again changes nothing', async () => {
    const sealed = await sealAudit(worked());
    expect(sealed.audit.every((e) => /^[0-9a-f]{64}$/.test(e.hash!) && /^[0-9a-f]{64}$/.test(e.prev!))).toBe(true);
    expect(sealed.auditSeal).toEqual({ entries: sealed.audit.length, head: sealed.audit.at(-1)!.hash });
    expect(await sealAudit(sealed)).toBe(sealed);
    const check = await verifyAuditChain(JSON.parse(serializeDossier(sealed)));
    expect(check.status).toBe('intact');
    expect(check.head).toBe(sealed.auditSeal!.head);
    expect(check.message).toMatch(/^The audit log is intact: \d+ entries/);
  });

  it('chains new entries onto the sealed ones and leaves those as they were', async () => {
    const first = await sealAudit(worked());
    const more = approveRedactions(first, ['r2'], { ...jurist, at: '2024-03-05T08:00:00Z' }).dossier;
    const second = await sealAudit(more);
    expect(second.audit.slice(0, first.audit.length)).toEqual(first.audit);
    expect(second.audit.at(-1)!.prev).toBe(first.auditSeal!.head);
    expect((await verifyAuditChain(second)).status).toBe('intact');
    // The same dossier always gets the same hashes (a saved copy and an exported manifest agree).
    expect((await sealAudit(more)).auditSeal).toEqual(second.auditSeal);
  });

  it('detects a change to any single field of any entry, naming that entry', async () => {
    const file = await sealedFile();
    let cases = 0;
    for (const [i, entry] of file.audit.entries()) {
      for (const field of Object.keys(entry)) {
        const changed = structuredClone(file);
        changed.audit[i][field] = other(entry[field]);
        const check = await verifyAuditChain(changed);
        expect(check.status, `${field} of entry ${i + 1}`).toBe('broken');
        expect(check.broken?.entry, `${field} of entry ${i + 1}`).toBe(i + 1);
        expect(check.message).toContain(`entry ${i + 1} of ${file.audit.length}`);
        cases++;
      }
      // A field added or taken away is a change too.
      const added = structuredClone(file);
      added.audit[i].note = 'x';
      expect((await verifyAuditChain(added)).broken?.entry).toBe(i + 1);
      const removed = structuredClone(file);
      delete removed.audit[i].at;
      expect((await verifyAuditChain(removed)).broken?.entry).toBe(i + 1);
    }
    expect(cases).toBeGreaterThan(60);
  });

  it('detects a deleted entry, wherever it was', async () => {
    const file = await sealedFile();
    const n = file.audit.length;
    for (let i = 0; i < n; i++) {
      const cut = structuredClone(file);
      cut.audit.splice(i, 1);
      const check = await verifyAuditChain(cut);
      expect(check.status, `without entry ${i + 1}`).toBe('broken');
      // The entry after the gap no longer follows; a missing last entry shows in the seal.
      expect(check.broken?.entry).toBe(i + 1);
      expect(check.broken?.problem).toBe(i === n - 1 ? 'seal' : 'unlinked');
    }
    const empty = { ...structuredClone(file), audit: [] };
    expect((await verifyAuditChain(empty)).broken?.problem).toBe('empty');
  });

  it('detects reordered entries', async () => {
    const file = await sealedFile();
    for (let i = 0; i + 1 < file.audit.length; i++) {
      const swapped = structuredClone(file);
      [swapped.audit[i], swapped.audit[i + 1]] = [swapped.audit[i + 1], swapped.audit[i]];
      const check = await verifyAuditChain(swapped);
      expect(check.status).toBe('broken');
      expect(check.broken).toMatchObject({ entry: i + 1, problem: 'unlinked' });
    }
  });

  it('detects a changed seal, a missing seal and a changed dossier id', async () => {
    const file = await sealedFile();
    const seal = file.auditSeal as { entries: number; head: string };
    for (const bad of [{ ...seal, entries: seal.entries + 1 }, { ...seal, head: other(seal.head) }, undefined]) {
      const x = { ...structuredClone(file), auditSeal: bad };
      expect((await verifyAuditChain(x)).broken?.problem).toBe('seal');
    }
    expect((await verifyAuditChain({ ...structuredClone(file), auditSeal: { ...seal, entries: seal.entries + 2 } })).message)
      .toMatch(/the seal counts \d+ entries but the log holds \d+, so 2 entries were removed at the end/);
    expect((await verifyAuditChain({ ...structuredClone(file), id: 'dos-2' })).broken).toMatchObject({ entry: 1, problem: 'unlinked' });
  });

  it('never repairs: sealing a broken chain keeps it broken', async () => {
    const file = await sealedFile();
    file.audit[2].by = 'iemand anders';
    const reopened = parseDossier(JSON.stringify(file));
    const resealed = await sealAudit(approveRedactions(reopened, ['r2'], jurist).dossier);
    const check = await verifyAuditChain(JSON.parse(serializeDossier(resealed)));
    expect(check.broken).toMatchObject({ entry: 3, problem: 'changed' });
    // An entry in the middle without a hash is not filled in either.
    const unsealed = await sealedFile();
    delete unsealed.audit[1].hash;
    const again = await sealAudit(parseDossier(JSON.stringify(unsealed)));
    expect(again.audit[1].hash).toBeUndefined();
    expect((await verifyAuditChain(again)).broken).toMatchObject({ entry: 2, problem: 'unsealed' });
  });

  it('says a schema-1 file is not chained yet, and chains it when it is saved again', async () => {
    const v1 = JSON.parse(serializeDossier(worked()));
    v1.schemaVersion = 1;
    delete v1.groups;
    delete v1.reviewSettings;
    for (const r of v1.redactions) {
      delete r.review;
      delete r.comments;
    }
    const check = await verifyAuditChain(v1);
    expect(check.status).toBe('unchained');
    expect(check.message).toMatch(/written before Lakstift chained it \(schema 1\); it is chained when the dossier is next saved/);
    const migrated = parseDossier(JSON.stringify(v1));
    expect(migrated.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION);
    expect(migrated.groups).toEqual([]);
    expect((await verifyAuditChain(JSON.parse(serializeDossier(await sealAudit(migrated))))).status).toBe('intact');
  });
});

describe('the project file\'s history: 1 → 2 (groups, issue #16) → 3 (unread pages, issue #12) → 4 (review and chain, issue #15) → 5 (box edits, issue #14)', () => {
  /** A file as the build of issue #16 wrote it: groups and a copy, no review, an unchained log. */
  function schema2File(): Record<string, unknown> & { audit: Record<string, unknown>[]; documents: Record<string, unknown>[] } {
    let d = acceptRedactions(sampleDossier(), ['r1', 'r2'], officer).dossier;
    d = proposeGroups(d, [{ kind: 'duplicate', documentIds: ['d1', 'd3'], reason: 'the same text' }], officer).dossier;
    d = acceptGroup(d, 'g1', officer).dossier;
    const f = JSON.parse(serializeDossier(d));
    f.schemaVersion = 3;
    return f;
  }

  it('brings a schema-3 file to 4 (and on to the current version) with its groups and copies as they were, its log as written', async () => {
    const v2 = schema2File();
    const auditBefore = structuredClone(v2.audit);
    expect(auditBefore.every((e) => e.hash === undefined)).toBe(true);
    expect(migrateDossierJson(v2, MIGRATIONS, 4)).toMatchObject({ schemaVersion: 4, groups: v2.groups });
    expect(migrateDossierJson(v2)).toMatchObject({ schemaVersion: DOSSIER_SCHEMA_VERSION, groups: v2.groups });
    const d = parseDossier(JSON.stringify(v2));
    expect(d.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION);
    expect(d.groups).toEqual([expect.objectContaining({ id: 'g1', kind: 'duplicate', status: 'accepted', documentIds: ['d1', 'd3'] })]);
    expect(d.documents.find((x) => x.id === 'd3')?.duplicateOf).toBe('d1');
    expect(d.audit).toEqual(auditBefore);
    expect(d.redactions.every((r) => r.review === undefined)).toBe(true);
    // Nothing reviewed yet: the copy's original is not final.
    expect(documentReviewState(d, d.documents[0])).toBe('to-review');

    const check = await verifyAuditChain(v2);
    expect(check.status).toBe('unchained');
    expect(check.message).toMatch(/\(schema 3\); it is chained when the dossier is next saved/);
    const saved = JSON.parse(serializeDossier(await sealAudit(d)));
    expect(saved.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION);
    expect(await verifyAuditChain(saved)).toMatchObject({ status: 'intact', entries: auditBefore.length });
  });

  it('takes a schema-1 file through every step (1 → 2 → 3 → 4 → 5 → 6)', () => {
    const v1 = schema2File();
    v1.schemaVersion = 1;
    delete v1.groups;
    for (const doc of v1.documents) delete doc.duplicateOf;
    expect(MIGRATIONS.map((m) => m.from)).toEqual([1, 2, 3, 4, 5]);
    expect(migrateDossierJson(v1, MIGRATIONS, 2)).toMatchObject({ schemaVersion: 2, groups: [] });
    const d = parseDossier(JSON.stringify(v1));
    expect(d).toMatchObject({ schemaVersion: DOSSIER_SCHEMA_VERSION, groups: [] });
    expect(d.redactions.filter((r) => r.status === 'accepted').map((r) => r.id)).toEqual(['r1', 'r2', 'r4']);
  });

  it('opens a file the review build wrote as version 2 before the groups took that number: reviews kept, chain intact', async () => {
    const early = await sealedFile();
    early.schemaVersion = 2;
    delete early.groups;
    const d = parseDossier(JSON.stringify(early));
    expect(d.groups).toEqual([]);
    expect(d.redactions.find((r) => r.id === 'r1')?.review).toMatchObject({ status: 'approved', by: 'J. Jurist' });
    expect(d.redactions.find((r) => r.id === 'r3')?.comments).toHaveLength(2);
    expect(await verifyAuditChain(early)).toMatchObject({ status: 'intact' });
    expect(await verifyAuditChain(JSON.parse(serializeDossier(d)))).toMatchObject({ status: 'intact' });
  });

  it('brings a sealed schema-4 file to the current schema (5, then 6) with its chain intact: the steps touch no audit entry', async () => {
    const v4 = await sealedFile();
    v4.schemaVersion = 4;
    const auditBefore = structuredClone(v4.audit);
    expect(await verifyAuditChain(v4)).toMatchObject({ status: 'intact', entries: auditBefore.length });
    const d = parseDossier(JSON.stringify(v4));
    expect(d.schemaVersion).toBe(6);
    expect(d.audit).toEqual(auditBefore);
    expect(d.redactions.find((r) => r.id === 'r1')?.review).toMatchObject({ status: 'approved', by: 'J. Jurist' });
    expect(await verifyAuditChain(JSON.parse(serializeDossier(d)))).toMatchObject({ status: 'intact', entries: auditBefore.length });
  });

  it('says "newer Lakstift" for a file beyond the current schema rather than guessing', () => {
    const f = schema2File();
    const next = DOSSIER_SCHEMA_VERSION + 1;
    f.schemaVersion = next;
    expect(() => parseDossier(JSON.stringify(f), 'next.lakstift.json')).toThrow(new RegExp(`next\\.lakstift\\.json is not a usable Lakstift dossier: it was written by a newer Lakstift \\(schema ${next}, this build reads up to ${DOSSIER_SCHEMA_VERSION}\\)`));
  });
});
