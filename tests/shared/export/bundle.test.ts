import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDocument, addRedactions, createDossier, setBeoordeling } from '../../../shared/dossier/actions';
import { sha256Hex } from '../../../shared/dossier/sha256';
import type { Dossier } from '../../../shared/dossier/types';
import { BundleError, buildBundle, documentFileName, isOwnStampFinding, type BundleEngines } from '../../../shared/export/bundle';
import { parseCsv } from '../../../shared/export/csv';
import { catalogueFor } from '../../../shared/export/grounds';
import { nodeBundleEngines, reportFonts } from '../../../cli/bundleEngines';
import { CORPUS } from '../../helpers/paths';

const at = new Date('2024-03-05T10:00:00Z');
const ctx = { by: 'a.officer', at: at.toISOString() };
const fonts = reportFonts();
// Documents whose truth boxes the redactor handles today; the whole corpus is covered by tests/cli/bundle.test.ts.
const NAMES = ['004-brief-soffice', '006-nota-soffice', '008-brief-soffice'];

/** A dossier of three corpus documents whose redactions are the truth files' items. */
function corpusDossier(): { dossier: Dossier; bytes: Map<string, Uint8Array> } {
  let d = createDossier({ id: 'b1', title: 'Testbesluit', law: 'wob', caseNumber: 'WOO-2024-1' }, ctx).dossier;
  const bytes = new Map<string, Uint8Array>();
  for (const name of NAMES) {
    const file = path.join(CORPUS, `${name}.pdf`);
    const b = new Uint8Array(readFileSync(file));
    bytes.set(file, b);
    const truth = JSON.parse(readFileSync(path.join(CORPUS, `${name}.truth.json`), 'utf8'));
    d = addDocument(d, { path: file, sha256: sha256Hex(b), title: `Stuk ${name.slice(4)}`, pageCount: truth.pages, date: '2023-01-01' }, ctx).dossier;
    const id = d.documents.at(-1)!.id;
    d = addRedactions(d, truth.items.map((it: { page: number; rects: [number, number, number, number][]; grounds: string[]; text: string; category: string }) => ({
      documentId: id, page: it.page, rects: it.rects, grounds: it.grounds, text: it.text, category: it.category,
    })), ctx).dossier;
  }
  return { dossier: d, bytes };
}

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
    const { dossier, bytes } = corpusDossier();
    const { result, files, events } = await run(dossier, bytes, nodeBundleEngines({ law: "wob", at, fonts }));
    expect([...files.keys()]).toEqual([
      '0001 Stuk brief-soffice.pdf', '0002 Stuk nota-soffice.pdf', '0003 Stuk brief-soffice.pdf',
      'inventaris.csv', 'inventaris.xlsx', 'productierapport.xlsx', 'inventaris.json', 'inventaris.pdf',
      'redactielog.csv', 'overwegingen.md', 'overwegingen.pdf', 'controle.txt', 'manifest.json',
    ]);
    expect(events).toContain('redact');
    expect(events.at(-1)).toBe('done');
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')));
    expect(manifest).toEqual(JSON.parse(JSON.stringify(result.manifest)));
    for (const o of manifest.outputs) expect(sha256Hex(files.get(o.file)!), o.file).toBe(o.sha256);
    expect(manifest.outputs.map((o: { file: string }) => o.file)).toEqual([...files.keys()].filter((f) => f !== 'manifest.json'));
    for (const o of manifest.originals) expect(o.sha256).toBe(dossier.documents.find((x) => x.number === o.document)!.sha256);
    expect(manifest.counts.redactions).toBe(dossier.redactions.length);
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

  it('stops with a BundleError and hands nothing to the sink when one output fails verification', async () => {
    const { dossier, bytes } = corpusDossier();
    const real = nodeBundleEngines({ law: 'wob', at, fonts });
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

    expect(err.message).toBe('1 redacted document(s) failed verification, so no bundle was written; see the findings and report them.');
    expect(err.details.every((l: string) => l.startsWith('document 0002: '))).toBe(true);
    expect(files.size).toBe(0);
  });

  it('refuses an original that changed since it was added', async () => {
    const { dossier, bytes } = corpusDossier();
    const changed = new Map(bytes);
    const first = [...changed.keys()][0];
    const b = changed.get(first)!.slice();
    b[b.length - 2] ^= 1;
    changed.set(first, b);
    const err = await run(dossier, changed, nodeBundleEngines({ law: 'wob', at, fonts })).catch((e) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect(err.message).toMatch(/^The original of document 0001 .* changed since it was added to the dossier \(SHA-256 differs\)/);
  });

  it('publishes no PDF of a document that is refused or already public, but lists it', async () => {
    const base = corpusDossier();
    const bytes = base.bytes;
    let dossier = setBeoordeling(base.dossier, 'd2', 'niet openbaar', ctx).dossier;
    dossier = setBeoordeling(dossier, 'd3', 'reeds openbaar', ctx).dossier;
    const { files, result } = await run(dossier, bytes, nodeBundleEngines({ law: 'wob', at, fonts }));
    expect([...files.keys()].filter((f) => f.endsWith('.pdf') && /^\d{4} /.test(f))).toEqual(['0001 Stuk brief-soffice.pdf']);
    expect(result.rows.map((r) => r.beoordeling)).toEqual(['deels openbaar', 'niet openbaar', 'reeds openbaar']);
    expect(result.manifest.counts.published).toBe(1);
  });
});

describe('whole pages', () => {
  it('a page redacted whole shows only its box and the document number, and the bundle verifies', async () => {
    const { dossier: d0, bytes } = corpusDossier();
    const dossier = addRedactions(d0, [{ documentId: 'd1', page: 2, rects: [], grounds: ['10.2.d'], wholePage: true }], ctx).dossier;
    const { files } = await run(dossier, bytes, nodeBundleEngines({ law: 'wob', at, fonts }));
    const f = path.join(os.tmpdir(), `lakstift-whole-${process.pid}.pdf`);
    writeFileSync(f, files.get('0001 Stuk brief-soffice.pdf')!);
    const pages = execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' }).split('\f');
    rmSync(f);
    expect(pages[1].replace(/\s+/g, ' ').trim().split(' ').sort()).toEqual(['0001', '10.2.d']);
    expect(pages[0]).toContain('0001');
  });

  it('sets aside only the stamp finding, nothing else', () => {
    expect(isOwnStampFinding('page 2: page 2 is redacted whole but still shows text "0001".', '0001')).toBe(true);
    expect(isOwnStampFinding('page 2: page 2 is redacted whole but still shows text "0001 Jansen".', '0001')).toBe(false);
    expect(isOwnStampFinding('page 2: page 2 is redacted whole but still shows text "0002".', '0001')).toBe(false);
  });
});

describe('platform file names', () => {
  it('names documents by their number alone when the publication platform needs it', async () => {
    const { dossier, bytes } = corpusDossier();
    const files = new Map<string, Uint8Array>();
    const result = await buildBundle({
      dossier, original: async (doc) => bytes.get(doc.path)!, engines: nodeBundleEngines({ law: 'wob', at, fonts }), fonts,
      tool: { name: 'L', version: 't' }, at, fileNames: 'number', sink: async (name, b) => void files.set(name, b),
    });
    expect([...files.keys()].slice(0, 3)).toEqual(['0001.pdf', '0002.pdf', '0003.pdf']);
    expect(result.manifest.outputs[0].file).toBe('0001.pdf');
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
