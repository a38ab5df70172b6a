import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptAllProposed, addRedactions, createDossier, editDocument, setBeoordeling } from '../../../shared/dossier/actions';
import { sealAudit } from '../../../shared/dossier/audit';
import { approveRedactions, reviewDocument, setReviewSettings } from '../../../shared/dossier/review';
import type { Dossier } from '../../../shared/dossier/types';
import { admitDocuments } from '../../../shared/engine';
import { BundleError, buildBundle, documentFileName, type BundleEngines } from '../../../shared/export/bundle';
import { parseCsv } from '../../../shared/export/csv';
import { catalogueFor } from '../../../shared/export/grounds';
import { sha256Hex } from '../../../shared/hash';
import { reportFonts } from '../../../node/host';
import { analyseFixture, engines } from '../../helpers/engines';

const at = new Date('2024-03-05T10:00:00Z');
const ctx = { by: 'a.officer', at: at.toISOString() };
const fonts = reportFonts();
// Real-producer fixtures: a two-page LibreOffice letter, a LibreOffice memo and an enscript e-mail.
const NAMES = ['soffice-letter.pdf', 'soffice-memo.pdf', 'enscript-email.pdf'];

/** A dossier of three fixtures whose redactions are every suggestion, accepted. */
async function fixtureDossier(): Promise<{ dossier: Dossier; bytes: Map<string, Uint8Array> }> {
  const empty = createDossier({ id: 'b1', title: 'Testbesluit', law: 'wob', caseNumber: 'WOO-2024-1' }, ctx).dossier;
  const bytes = new Map<string, Uint8Array>();
  const docs = [];
  for (const name of NAMES) {
    const a = await analyseFixture(name);
    bytes.set(a.doc.name, a.bytes);
    docs.push({ ...a.doc, meta: { ...a.doc.meta, title: `Stuk ${name.replace(/\.pdf$/, '')}`, date: '2023-01-01' } });
  }
  let d = admitDocuments(empty, docs, engines.suggest(docs, 'wob'), ctx).dossier;
  d = acceptAllProposed(d, ctx).dossier;
  return { dossier: d, bytes };
}

const bundleEngines = () => engines.bundleEngines('wob');

async function run(d: Dossier, bytes: Map<string, Uint8Array>, engines: BundleEngines) {
  const files = new Map<string, Uint8Array>();
  const events: string[] = [];
  const result = await buildBundle({
    dossier: d, original: async (doc) => bytes.get(doc.path)!, engines, fonts, catalogue: catalogueFor('wob'),
    tool: { name: 'Lakstift', version: 'test' }, at,
    sink: async (name, b) => void files.set(name, b),
    onProgress: (e) => events.push(e.phase),
  });
  return { result, files, events };
}

describe('buildBundle', () => {
  it('writes verified documents, the inventory in all formats, the log, the Overwegingen and a manifest whose hashes match', async () => {
    const { dossier, bytes } = await fixtureDossier();
    const { result, files, events } = await run(dossier, bytes, bundleEngines());
    expect([...files.keys()]).toEqual([
      '0001 Stuk soffice-letter.pdf', '0002 Stuk soffice-memo.pdf', '0003 Stuk enscript-email.pdf',
      'diwoo/0001.xml', 'diwoo/0002.xml', 'diwoo/0003.xml',
      'inventaris.csv', 'inventaris.xlsx', 'productierapport.xlsx', 'inventaris.json', 'inventaris.pdf',
      'redactielog.csv', 'overwegingen.md', 'overwegingen.pdf', 'controle.txt', 'manifest.json',
    ]);
    expect(events).toContain('redact');
    expect(events.at(-1)).toBe('done');
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')));
    expect(manifest).toEqual(JSON.parse(JSON.stringify(result.manifest)));
    for (const o of manifest.outputs) expect(await sha256Hex(files.get(o.file)!), o.file).toBe(o.sha256);
    expect(manifest.outputs.map((o: { file: string }) => o.file)).toEqual([...files.keys()].filter((f) => f !== 'manifest.json'));
    for (const o of manifest.originals) expect(o.sha256).toBe(dossier.documents.find((x) => x.number === o.document)!.sha256);
    expect(manifest.counts.redactions).toBe(dossier.redactions.length);
    expect(dossier.redactions.length).toBeGreaterThan(10);
    expect(Object.keys(manifest.counts.perGround)).toEqual(['10.2.d', '10.2.e', '10.2.g'].filter((g) => dossier.redactions.some((r) => r.grounds.includes(g))));

    // No output of the bundle holds any redacted text; the log holds its length.
    const redacted = dossier.redactions.map((r) => r.text).filter((t) => t.length > 4);
    for (const [name, b] of files) {
      if (!/\.(csv|json|md|txt)$/.test(name)) continue;
      const text = new TextDecoder().decode(b);
      for (const t of redacted) expect(text, `${name} quotes "${t}"`).not.toContain(t);
    }
    const log = parseCsv(new TextDecoder().decode(files.get('redactielog.csv')));
    expect(log).toHaveLength(dossier.redactions.length + 1);
    const lenCol = log[0].indexOf('Lengte tekst (tekens)');
    expect(log.slice(1).map((r) => Number(r[lenCol])).reduce((a, b) => a + b, 0)).toBe(
      dossier.redactions.reduce((n, r) => n + [...r.text.replace(/\s+/g, ' ').trim()].length, 0));
  });

  it('stops with a leak-found BundleError, typed findings per document, and hands nothing to the sink when one output fails verification', async () => {
    const { dossier, bytes } = await fixtureDossier();
    const real = bundleEngines();
    const leaky: BundleEngines = {
      ...real,
      async redact(original, decisions, doc) {
        // Simulates a redactor bug: the second document comes out unredacted.
        return doc.number === '0002' ? original : real.redact(original, decisions, doc);
      },
    };
    const files = new Map<string, Uint8Array>();
    const err = await buildBundle({
      dossier, original: async (doc) => bytes.get(doc.path)!, engines: leaky, fonts, tool: { name: 'L', version: 't' }, at,
      sink: async (name, b) => void files.set(name, b),
    }).catch((e) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect(err.code).toBe('leak-found');
    expect(err.message).toBe('1 redacted document(s) failed verification, so no bundle was written; see the findings and report them.');
    expect(err.leaks.length).toBeGreaterThan(0);
    expect(err.leaks.every((l: { document: string }) => l.document === '0002')).toBe(true);
    // The memo's redacted texts are the texts still readable, as a field, not inside a sentence.
    const memoTexts = dossier.redactions.filter((r) => r.documentId === 'd2').map((r) => r.text);
    expect(memoTexts.length).toBeGreaterThan(0);
    const leaked = err.leaks.map((l: { finding: { text?: string } }) => l.finding.text);
    expect(memoTexts.some((t) => leaked.includes(t))).toBe(true);
    expect(err.details.every((l: string) => l.startsWith('document 0002: '))).toBe(true);
    expect(files.size).toBe(0);
  });

  it('refuses an original that changed since it was added', async () => {
    const { dossier, bytes } = await fixtureDossier();
    const changed = new Map(bytes);
    const first = [...changed.keys()][0];
    const b = changed.get(first)!.slice();
    b[b.length - 2] ^= 1;
    changed.set(first, b);
    const err = await run(dossier, changed, bundleEngines()).catch((e) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect(err.code).toBe('original-changed');
    expect(err.message).toMatch(/^The original of document 0001 .* changed since it was added to the dossier \(SHA-256 differs\)/);
  });

  it('publishes no PDF of a document that is refused or already public, but lists it', async () => {
    const base = await fixtureDossier();
    const bytes = base.bytes;
    let dossier = setBeoordeling(base.dossier, 'd2', 'niet openbaar', ctx).dossier;
    dossier = setBeoordeling(dossier, 'd3', 'reeds openbaar', ctx).dossier;
    const { files, result } = await run(dossier, bytes, bundleEngines());
    expect([...files.keys()].filter((f) => f.endsWith('.pdf') && /^\d{4} /.test(f))).toEqual(['0001 Stuk soffice-letter.pdf']);
    expect(result.rows.map((r) => r.beoordeling)).toEqual(['deels openbaar', 'niet openbaar', 'reeds openbaar']);
    expect(result.manifest.counts.published).toBe(1);
  });
});

describe('whole pages', () => {
  it('a page redacted whole shows only its box and the document number, and the bundle verifies', async () => {
    const { dossier: d0, bytes } = await fixtureDossier();
    const dossier = addRedactions(d0, [{ documentId: 'd1', page: 2, rects: [], grounds: ['10.2.d'], wholePage: true }], ctx).dossier;
    const { files } = await run(dossier, bytes, bundleEngines());
    const f = path.join(os.tmpdir(), `lakstift-whole-${process.pid}.pdf`);
    writeFileSync(f, files.get('0001 Stuk soffice-letter.pdf')!);
    const pages = execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' }).split('\f');
    rmSync(f);
    expect(pages[1].replace(/\s+/g, ' ').trim().split(' ').sort()).toEqual(['0001', '10.2.d']);
    expect(pages[0]).toContain('0001');
  });

  it('allows the document number on a page redacted whole, and nothing else', async () => {
    const { dossier: d0, bytes } = await fixtureDossier();
    const dossier = addRedactions(d0, [{ documentId: 'd1', page: 2, rects: [], grounds: ['10.2.d'], wholePage: true }], ctx).dossier;
    const real = bundleEngines();
    // A redactor that leaves one word of the letter's second page behind next to the stamp.
    const sloppy: BundleEngines = {
      ...real,
      async verify(output, decisions, doc, opts) {
        return real.verify(output, decisions, doc, { allowedTexts: [...opts.allowedTexts] });
      },
      async redact(original, decisions, doc) {
        const whole = decisions.filter((x) => !x.wholePage);
        return doc.number === '0001' ? real.redact(original, whole, doc) : real.redact(original, decisions, doc);
      },
    };
    const err = await run(dossier, bytes, sloppy).catch((e) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect(err.code).toBe('leak-found');
    const texts = err.leaks.map((l: { finding: { text?: string; page?: number } }) => l.finding.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts).not.toContain('0001');
    expect(err.leaks.every((l: { finding: { page?: number } }) => l.finding.page === 2)).toBe(true);
  });
});

describe('platform file names', () => {
  it('names documents by their number alone when the publication platform needs it', async () => {
    const { dossier, bytes } = await fixtureDossier();
    const files = new Map<string, Uint8Array>();
    const result = await buildBundle({
      dossier, original: async (doc) => bytes.get(doc.path)!, engines: bundleEngines(), fonts,
      tool: { name: 'L', version: 't' }, at, fileNames: 'number', sink: async (name, b) => void files.set(name, b),
    });
    expect([...files.keys()].slice(0, 3)).toEqual(['0001.pdf', '0002.pdf', '0003.pdf']);
    expect(result.manifest.outputs[0].file).toBe('0001.pdf');
  });
});

describe('the legal review in the bundle (issue #15)', () => {
  const jurist = { by: 'J. Jurist', role: 'reviewer' as const, at: '2024-03-06T09:00:00Z' };

  it('refuses with not-reviewed, and hands nothing to the sink, while the review is open and the dossier says refuse', async () => {
    const { dossier: d0, bytes } = await fixtureDossier();
    const dossier = setReviewSettings(d0, { exportPolicy: 'refuse' }, jurist).dossier;
    const sunk: string[] = [];
    const err = await buildBundle({
      dossier, original: async (doc) => bytes.get(doc.path)!, engines: bundleEngines(), fonts, tool: { name: 'L', version: 't' }, at,
      sink: async (name) => void sunk.push(name),
    }).catch((e) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect(err.code).toBe('not-reviewed');
    expect(err.message).toMatch(/^The legal review is not complete \(\d+ redaction\(s\) are not approved, document\(s\) 0001, 0002, 0003 are not final\), and this dossier's review settings refuse an export until it is/);
    expect(sunk).toEqual([]);
  });

  it('warns by default, and records the review and the audit log\'s head in the manifest', async () => {
    const { dossier: d0, bytes } = await fixtureDossier();
    const open = await run(d0, bytes, bundleEngines());
    expect(open.result.review.complete).toBe(false);
    expect(open.result.manifest.review).toMatchObject({ complete: false, approved: 0, unreviewed: d0.redactions.length, notFinal: ['0001', '0002', '0003'], reviewers: [] });

    let d = approveRedactions(d0, d0.redactions.map((r) => r.id), jurist).dossier;
    for (const doc of d.documents) d = reviewDocument(d, doc.id, 'reviewed', '', jurist).dossier;
    d = setReviewSettings(d, { exportPolicy: 'refuse' }, jurist).dossier;
    const { result, files } = await run(d, bytes, bundleEngines());
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')));
    expect(manifest.review).toEqual({
      complete: true, approved: d.redactions.length, unreviewed: 0, sentBack: 0, resubmitted: 0, documentsFinal: 3, notFinal: [],
      reviewers: [{ by: 'J. Jurist', approved: d.redactions.length, first: jurist.at, last: jurist.at }],
    });
    const sealed = await sealAudit(d);
    expect(manifest.audit).toEqual({ entries: d.audit.length, head: sealed.auditSeal!.head });
    expect(result.review.complete).toBe(true);
  });
});

describe('what the bundle publishes', () => {
  it('gives an opgeschort and a reeds openbaar document no PDF and no DiWoo record, but lists them', async () => {
    const { dossier: d0, bytes } = await fixtureDossier();
    let d = editDocument(d0, 'd2', { suspended: true }, ctx).dossier;
    d = editDocument(d, 'd3', { publicLink: 'https://open.minvws.nl/dossier/x' }, ctx).dossier;
    d = setBeoordeling(d, 'd3', 'reeds openbaar', ctx).dossier;
    const { result, files } = await run(d, bytes, bundleEngines());
    expect([...files.keys()].filter((f) => f.endsWith('.pdf') && /^\d{4}/.test(f))).toEqual(['0001 Stuk soffice-letter.pdf']);
    expect([...files.keys()].filter((f) => f.startsWith('diwoo/'))).toEqual(['diwoo/0001.xml']);
    expect(result.rows.map((r) => [r.number, r.beoordeling, r.suspended])).toEqual([
      ['0001', 'deels openbaar', false], ['0002', 'deels openbaar', true], ['0003', 'reeds openbaar', false],
    ]);
    expect(result.manifest.counts.published).toBe(1);
  }, 120_000);
});

describe('the four ways a bundle fails, each with its own code', () => {
  it('name-clash: a document whose file would have the name of a list', async () => {
    const { dossier: d0, bytes } = await fixtureDossier();
    const dossier = { ...d0, documents: d0.documents.map((x, i) => (i === 1 ? { ...x, number: 'inventaris' } : x)) };
    const err = await buildBundle({
      dossier, original: async (doc) => bytes.get(doc.path)!, engines: bundleEngines(), fonts, catalogue: catalogueFor('wob'),
      tool: { name: 'L', version: 't' }, at, fileNames: 'number', sink: async () => {},
    }).catch((e) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect(err.code).toBe('name-clash');
    expect(err.message).toBe('Two outputs would both be called "inventaris.pdf"; give the documents different numbers.');
  });

  it('not-importable: a cell the publication platform refuses, named by row, column and rule, and nothing written', async () => {
    const { dossier: d0, bytes } = await fixtureDossier();
    const dossier = { ...d0, documents: d0.documents.map((x, i) => (i === 1 ? { ...x, familyId: 'mail-1' } : x)) };
    const written: string[] = [];
    const err = await buildBundle({
      dossier, original: async (doc) => bytes.get(doc.path)!, engines: bundleEngines(), fonts, catalogue: catalogueFor('wob'),
      tool: { name: 'L', version: 't' }, at, sink: async (name) => void written.push(name),
    }).catch((e) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect(err.code).toBe('not-importable');
    expect(err.details).toEqual(['productierapport: Row 3 (ID 0002), column "Family ID": "mail-1" is not a valid Family ID (a whole number of 1 or more); correct it or leave it empty.']);
    expect(written).toEqual([]);
    const noMatter = await buildBundle({
      dossier: { ...d0, matter: '' }, original: async (doc) => bytes.get(doc.path)!, engines: bundleEngines(), fonts,
      tool: { name: 'L', version: 't' }, at, sink: async (name) => void written.push(name),
    }).catch((e) => e);
    expect(noMatter.code).toBe('not-importable');
    expect(noMatter.message).toMatch(/no matter.*--matter <matter>/);
    expect(written).toEqual([]);
  });

  it('inconsistent: a consistency error with strict export, with the errors typed', async () => {
    const { dossier: d0, bytes } = await fixtureDossier();
    const dossier = setBeoordeling(d0, 'd3', 'openbaar', ctx).dossier;
    const err = await buildBundle({
      dossier, original: async (doc) => bytes.get(doc.path)!, engines: bundleEngines(), fonts, tool: { name: 'L', version: 't' }, at,
      strict: true, sink: async () => undefined,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect(err.code).toBe('inconsistent');
    expect(err.inconsistencies.map((f: { kind: string; document: string }) => [f.kind, f.document])).toContainEqual(['openbaar-with-redactions', '0003']);
  });
});

describe('documentFileName', () => {
  it.each([
    ['0003', 'RE: Overleg 1F/CTER?', '0003 RE Overleg 1F-CTER.pdf'],
    ['0004', '  ', '0004.pdf'],
    ['0005', 'Nota...', '0005 Nota.pdf'],
    ['0006', 'a\u0000b<c>|d', '0006 a bc-d.pdf'],
  ])('%s %j → %j', (n, t, want) => expect(documentFileName(n, t)).toBe(want));

  it('keeps names short enough for every file system', () => {
    expect(documentFileName('0001', 'x'.repeat(500)).length).toBeLessThanOrEqual(100);
  });
});
