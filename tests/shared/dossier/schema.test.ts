import { describe, expect, it } from 'vitest';
import { InvalidDossierError, migrateDossierJson, parseDossier, serializeDossier, validateDossier, type Migration } from '../../../shared/dossier/schema';
import { DOSSIER_SCHEMA_VERSION } from '../../../shared/dossier/types';
import { sampleDossier } from './fixtures';

/** The project file with one field set (or deleted, for `undefined`) at a path of keys and indexes. */
function mutate(where: (string | number)[], value: unknown): string {
  const o = JSON.parse(serializeDossier(sampleDossier())) as Record<string, unknown>;
  let cur = o as Record<string | number, unknown>;
  for (const k of where.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = where[where.length - 1];
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return JSON.stringify(o);
}

describe('project file', () => {
  it('round-trips a dossier through its text unchanged', () => {
    const d = sampleDossier();
    const text = serializeDossier(d);
    expect(parseDossier(text)).toEqual(d);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text).schemaVersion).toBe(DOSSIER_SCHEMA_VERSION);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseDossier(`\uFEFF${serializeDossier(sampleDossier())}`).id).toBe('dos-1');
  });

  it.each<[string, string, RegExp]>([
    ['empty file', '', /the file is empty/],
    ['truncated JSON', serializeDossier(sampleDossier()).slice(0, 200), /not valid JSON/],
    ['a list instead of an object', '[1,2]', /does not hold a JSON object/],
    ['no schema version', mutate(['schemaVersion'], undefined), /no valid "schemaVersion"/],
    ['a newer schema', mutate(['schemaVersion'], 99), /newer Lakstift \(schema 99.*update Lakstift/],
    ['a bad hash', mutate(['documents', 1, 'sha256'], 'xyz'), /documents\[1\]\.sha256 must be 64 lowercase hex digits/],
    ['a bad date', mutate(['documents', 0, 'date'], '2023-02-30'), /documents\[0\]\.date must be a date/],
    ['a duplicate number', mutate(['documents', 2, 'number'], '0001'), /repeats the document number "0001"/],
    ['a redaction of a missing document', mutate(['redactions', 0, 'documentId'], 'zz'), /redactions\[0\]\.documentId names no document/],
    ['a page beyond the document', mutate(['redactions', 0, 'page'], 7), /redactions\[0\]\.page must be a page of the document \(1 to 2\)/],
    ['a reversed box', mutate(['redactions', 0, 'rects', 0], [100, 10, 50, 20]), /rects\[0\] must have x0 <= x1/],
    ['an unknown status', mutate(['redactions', 1, 'status'], 'maybe'), /redactions\[1\]\.status must be one of "proposed", "accepted", "rejected"/],
    ['an unknown beoordeling', mutate(['documents', 0, 'beoordeling'], 'geheim'), /beoordeling must be one of/],
    ['a bad audit time', mutate(['audit', 0, 'at'], 'yesterday'), /audit\[0\]\.at must be an ISO 8601 time/],
  ])('rejects %s with one sentence naming the problem', (_name, text, re) => {
    let err: unknown;
    try {
      parseDossier(text, 'verzoek.lakstift.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidDossierError);
    const msg = (err as Error).message;
    expect(msg).toMatch(re);
    expect(msg.startsWith('verzoek.lakstift.json is not a usable Lakstift dossier: ')).toBe(true);
    expect(msg.trim().endsWith('.')).toBe(true);
    expect(msg).not.toContain('\n');
  });

  it('refuses to serialize an invalid dossier rather than write it', () => {
    const d = sampleDossier();
    d.documents[0].sha256 = 'nope';
    expect(() => serializeDossier(d)).toThrow(InvalidDossierError);
  });
});

describe('migrations', () => {
  // A pretend history: schema 1 stored "toelichting", schema 2 renamed it "remarks"; schema 3 added "suspended".
  const steps: Migration[] = [
    { from: 1, migrate: (r) => ({ ...r, docs: (r.docs as Record<string, unknown>[]).map(({ toelichting, ...x }) => ({ ...x, remarks: toelichting })) }) },
    { from: 2, migrate: (r) => ({ ...r, docs: (r.docs as Record<string, unknown>[]).map((x) => ({ ...x, suspended: false })) }) },
  ];

  it('applies each step in order and stamps the new version', () => {
    const out = migrateDossierJson({ schemaVersion: 1, docs: [{ toelichting: 'zie bijlage' }] }, steps, 3);
    expect(out).toEqual({ schemaVersion: 3, docs: [{ remarks: 'zie bijlage', suspended: false }] });
  });

  it('starts from the file\'s own version', () => {
    expect(migrateDossierJson({ schemaVersion: 2, docs: [{ remarks: 'x' }] }, steps, 3)).toEqual({ schemaVersion: 3, docs: [{ remarks: 'x', suspended: false }] });
  });

  it('leaves the parsed input untouched (a failed migration cannot damage what was read)', () => {
    const input = { schemaVersion: 1, docs: [{ toelichting: 'a' }] };
    const copy = structuredClone(input);
    migrateDossierJson(input, steps, 3);
    expect(input).toEqual(copy);
  });

  it('says so when a step is missing', () => {
    expect(() => migrateDossierJson({ schemaVersion: 1 }, [steps[1]], 3)).toThrow(/no migration from schema 1/);
  });

  it('validates the current version directly', () => {
    expect(validateDossier(JSON.parse(serializeDossier(sampleDossier()))).documents).toHaveLength(3);
  });
});

describe('schema 6: the document type the officer set', () => {
  it('opens a schema-5 file unchanged but for the version, and keeps a type the officer set', () => {
    const v5 = JSON.parse(serializeDossier(sampleDossier())) as Record<string, unknown>;
    v5.schemaVersion = 5;
    const d = parseDossier(JSON.stringify(v5));
    expect(d.schemaVersion).toBe(6);
    expect(d.documents.map((x) => x.documentType)).toEqual([undefined, undefined, undefined]);
    expect(JSON.parse(serializeDossier(d)).documents).toEqual((v5.documents as unknown[]));
    const typed = parseDossier(mutate(['documents', 0, 'documentType'], 'nota'));
    expect(typed.documents[0].documentType).toBe('nota');
    expect(parseDossier(serializeDossier(typed)).documents[0].documentType).toBe('nota');
  });

  it('refuses a type that is not one of the list, naming the field', () => {
    expect(() => parseDossier(mutate(['documents', 1, 'documentType'], 'boodschappenlijst'))).toThrow(/documents\[1\]\.documentType|documents.1.documentType/);
  });
});
