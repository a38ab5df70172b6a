// `lakstift bundle` end to end on the real-producer fixtures (issue #5, "Done when"), one of them encrypted.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';
import { loadDossier } from '../../node/dossierStore';
import { sha256Hex } from '../../shared/hash';
import { readXlsxTable } from '../helpers/xlsx';
import type { Dossier } from '../../shared/dossier/types';
import { decisionsFor } from '../../shared/export/bundle';
import { parseCsv } from '../../shared/export/csv';
import { catalogueFor, sortGrounds } from '../../shared/export/grounds';
import { PRODUCTIERAPPORT_COLUMNS } from '../../shared/export/inventory';
import { verifyPdf, type PdfjsLike } from '../../shared/verify';
import { loadPredefinedCMap } from '../../node/host';
import { FIXTURES } from '../helpers/paths';

/** Every real-producer fixture; qpdf-encrypted-letter.pdf needs --password geheim (the others ignore it). */
const CORPUS = path.join(FIXTURES, 'producers');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function lakstift(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const read = (f: string) => new Uint8Array(readFileSync(f));
const text = (f: string) => new TextDecoder().decode(read(f));
const pdftotext = (f: string) => execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' });

function corpusFiles(dir = CORPUS): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? corpusFiles(path.join(dir, e.name)) : e.name.endsWith('.pdf') ? [path.join(dir, e.name)] : []);
}

describe('lakstift bundle on the real-producer fixtures', () => {
  const out = path.join(tmp, 'besluit');
  const dossierFile = path.join(tmp, 'corpus.lakstift.json');
  let run: { code: number; out: string; err: string };
  let dossier: Dossier;

  beforeAll(async () => {
    run = await lakstift('bundle', CORPUS, '-o', out, '--accept-all', '--case', 'WOO-2026-0042', '--title', 'Corpus', '--zip', '--save-dossier', dossierFile, '--password', 'geheim');
    if (run.code === 0) dossier = await loadDossier(dossierFile);
  }, 1_200_000);

  it('succeeds and says where the bundle is', () => {
    expect(run.err.split('\n').filter((l) => l.startsWith('lakstift'))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^Bundle written to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(and .*\\.zip\\): \\d+ document\\(s\\)`));
    expect(readdirSync(tmp).filter((f) => f.includes('.partial') || f.includes('.old'))).toEqual([]);
  });

  it('has one inventory row per document, in every format', async () => {
    const docs = corpusFiles();
    expect(dossier.documents).toHaveLength(docs.length);
    const csv = parseCsv(text(path.join(out, 'inventaris.csv')));
    expect(csv.slice(1).map((r) => r[0])).toEqual(dossier.documents.map((d) => d.number));
    const json = JSON.parse(text(path.join(out, 'inventaris.json')));
    expect(json.rows).toHaveLength(docs.length);
    const xlsx = await readXlsxTable(read(path.join(out, 'inventaris.xlsx')));
    expect(xlsx.slice(1).map((r) => r[0])).toEqual(dossier.documents.map((d) => d.number));
    const pr = await readXlsxTable(read(path.join(out, 'productierapport.xlsx')));
    expect(pr[0]).toEqual(PRODUCTIERAPPORT_COLUMNS.map((c) => c.header));
    expect(pr).toHaveLength(docs.length + 1);
    for (const r of pr.slice(1)) {
      expect(['Openbaar', 'Deels openbaar', 'Reeds openbaar', 'Niet openbaar']).toContain(r[7]);
      expect(r[1]).toBe('WOO-2026-0042');
    }
  });

  it('lists in the CSV exactly the union of each document\'s codes, in catalogue order', () => {
    const csv = parseCsv(text(path.join(out, 'inventaris.csv')));
    const col = csv[0].indexOf('Beoordelingsgrond');
    const log = parseCsv(text(path.join(out, 'redactielog.csv')));
    const cat = catalogueFor('wob');
    for (const doc of dossier.documents) {
      const row = csv.find((r) => r[0] === doc.number)!;
      // A copy ("dubbel": the encrypted letter is the same letter) lists the platform's mark, not its boxes' grounds.
      if (doc.duplicateOf) {
        expect(row[col], doc.number).toBe('dubbel');
        continue;
      }
      const fromDossier = sortGrounds(dossier.redactions.filter((r) => r.documentId === doc.id && r.status === 'accepted').flatMap((r) => r.grounds), cat);
      const fromLog = sortGrounds(log.slice(1).filter((r) => r[0] === doc.number).flatMap((r) => r[2].split(';')), cat);
      expect(row[col], doc.number).toBe(fromDossier.join(';'));
      expect(row[col], doc.number).toBe(fromLog.join(';'));
    }
    // The fixtures have names nearly everywhere, so most documents are deels openbaar with 10.2.e.
    expect(csv.filter((r) => r[col].includes('10.2.e')).length).toBeGreaterThanOrEqual(10);
  });

  it('has a manifest whose hashes match every file and every original', async () => {
    const m = JSON.parse(text(path.join(out, 'manifest.json')));
    // Every file, the DiWoo records in their folder included.
    const files = (readdirSync(out, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => f !== 'manifest.json' && f !== 'diwoo').sort();
    expect(files.filter((f) => f.startsWith('diwoo/'))).toHaveLength(dossier.documents.filter((d) => !d.duplicateOf).length);
    expect(m.outputs.map((o: { file: string }) => o.file).sort()).toEqual(files);
    for (const o of m.outputs) expect(await sha256Hex(read(path.join(out, o.file))), o.file).toBe(o.sha256);
    const byName = new Map(corpusFiles().map((f) => [path.basename(f), f]));
    for (const o of m.originals) expect(await sha256Hex(read(byName.get(o.file)!)), o.file).toBe(o.sha256);
    expect(m.tool.name).toBe('Lakstift');
    expect(m.counts.documents).toBe(dossier.documents.length);
    const accepted = dossier.redactions.filter((r) => r.status === 'accepted');
    // The redaction count is of the published documents (a copy "dubbel" is not published); grounds count every listed one.
    const copies = new Set(dossier.documents.filter((d) => d.duplicateOf).map((d) => d.id));
    expect(m.counts.redactions).toBe(accepted.filter((r) => !copies.has(r.documentId)).length);
    for (const [code, n] of Object.entries(m.counts.perGround)) {
      expect(n, code).toBe(accepted.filter((r) => r.grounds.includes(code)).length);
    }
    const zipped = unzipSync(read(`${out}.zip`));
    expect(Object.keys(zipped).sort()).toEqual([...files, 'manifest.json'].sort());
  });

  it('every document PDF verifies clean against its decisions and carries its number on every page', async () => {
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;
    const published = readdirSync(out).filter((f) => /^\d{4} .*\.pdf$|^\d{4}\.pdf$/.test(f));
    // The encrypted letter is the LibreOffice letter: the later of the two in the dossier is "dubbel" and not published.
    const copies = dossier.documents.filter((d) => d.duplicateOf);
    expect(copies.map((d) => path.basename(d.path))).toEqual(['soffice-letter.pdf']);
    expect(path.basename(dossier.documents.find((d) => d.id === copies[0].duplicateOf)!.path)).toBe('qpdf-encrypted-letter.pdf');
    expect(published.length).toBe(dossier.documents.length - copies.length);
    for (const doc of dossier.documents.filter((d) => !d.duplicateOf)) {
      const f = published.find((p) => p.startsWith(`${doc.number} `) || p === `${doc.number}.pdf`)!;
      expect(f, doc.number).toBeTruthy();
      const bytes = read(path.join(out, f));
      const result = await verifyPdf(bytes, { redactions: decisionsFor(dossier, doc) }, { pdfjs, loadPredefinedCMap, allowedTexts: [doc.number] });
      expect(result.findings.filter((x) => x.severity === 'leak'), f).toEqual([]);
      expect(result.clean, f).toBe(true);
      const pages = pdftotext(path.join(out, f)).split('\f').slice(0, doc.pageCount);
      pages.forEach((p, i) => expect(p, `${f} page ${i + 1}`).toContain(doc.number));
    }
  }, 600_000);

  it('the inventory PDF\'s text contains every row', () => {
    const t = pdftotext(path.join(out, 'inventaris.pdf')).replace(/\s+/g, ' ');
    const csv = parseCsv(text(path.join(out, 'inventaris.csv')));
    const h = csv[0];
    for (const r of csv.slice(1)) {
      expect(t).toContain(r[0]);
      for (const w of r[h.indexOf('Document')].split(' ')) expect(t, `${r[0]} title word ${w}`).toContain(w);
      expect(t).toContain(r[h.indexOf('Datum')]);
      expect(t).toContain(r[h.indexOf('Beoordeling')]);
      for (const g of r[h.indexOf('Beoordelingsgrond')].split(';').filter(Boolean)) expect(t).toContain(g);
    }
  });

  it('writes the redaction log and the Overwegingen without a single redacted text', () => {
    const redacted = [...new Set(dossier.redactions.filter((r) => r.status === 'accepted').map((r) => r.text.replace(/\s+/g, ' ').trim()))].filter((s) => s.length >= 5);
    expect(redacted.length).toBeGreaterThan(40);
    for (const f of ['redactielog.csv', 'overwegingen.md', 'inventaris.csv', 'inventaris.json', 'manifest.json', 'controle.txt']) {
      const t = text(path.join(out, f));
      for (const s of redacted) expect(t.includes(s), `${f} contains "${s}"`).toBe(false);
    }
    const ow = text(path.join(out, 'overwegingen.md'));
    for (const code of ['10.2.e', '10.2.g', '10.2.d']) expect(ow).toMatch(new RegExp(`## ${code.replace(/\./g, '\\.')} \\S`));
    expect(ow).toMatch(/Toegepast: \d+ keer in \d+ documenten: 0001/);
    expect(pdftotext(path.join(out, 'overwegingen.pdf'))).toContain('Eerbiediging van de persoonlijke levenssfeer');
  });
});

describe('lakstift bundle refuses without harm', () => {
  const small = path.join(tmp, 'small');
  beforeAll(() => {
    mkdirSync(small, { recursive: true });
    for (const f of ['soffice-letter.pdf', 'soffice-memo.pdf']) copyFileSync(path.join(CORPUS, f), path.join(small, f));
  });

  it('a non-empty output folder unless --force, and then replaces it whole', async () => {
    const out = path.join(tmp, 'busy');
    mkdirSync(out);
    writeFileSync(path.join(out, 'oud.txt'), 'x');
    const r = await lakstift('bundle', small, '-o', out, '--accept-all', '--case', 'WOO-1');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`lakstift bundle: the output folder ${out} is not empty; choose an empty folder or add --force to replace it. [output-exists]\n`);
    expect(readdirSync(out)).toEqual(['oud.txt']);
    const f = await lakstift('bundle', small, '-o', out, '--accept-all', '--force', '--matter', 'WOO-1');
    expect(f.code).toBe(0);
    expect(readdirSync(out)).not.toContain('oud.txt');
    expect(readdirSync(out)).toContain('manifest.json');
  }, 600_000);

  it('makes the parent folders of a new output folder, as README\'s first command needs', async () => {
    const out = path.join(tmp, 'new', 'nested', 'bundel');
    const r = await lakstift('bundle', path.join(small, 'soffice-letter.pdf'), '-o', out, '--accept-all', '--case', 'WOO-1');
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toContain('manifest.json');
  }, 600_000);

  it('an output folder that holds the inputs, even with --force', async () => {
    const r = await lakstift('bundle', small, '-o', small, '--accept-all', '--force', '--case', 'WOO-1');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/contains the input .*; choose an output folder outside the inputs\. \[output-is-input\]\n$/);
    expect(readdirSync(small).sort()).toEqual(['soffice-letter.pdf', 'soffice-memo.pdf']);
  });

  it('a dossier file inside the output folder (it holds the redacted texts)', async () => {
    const out = path.join(tmp, 'x3');
    const r = await lakstift('bundle', small, '-o', out, '--accept-all', '--case', 'WOO-1', '--save-dossier', path.join(out, 'd.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--save-dossier must name a file outside the output folder/);
    expect(existsSync(out)).toBe(false);
  });

  it('PDFs without a matter: one sentence naming the flag, nothing written', async () => {
    const out = path.join(tmp, 'no-matter');
    const r = await lakstift('bundle', small, '-o', out, '--accept-all');
    expect(r.code).toBe(2);
    expect(r.err).toBe('lakstift bundle: name the matter of the publication platform with --matter <matter> (or give --case <zaaknummer>, from which it is derived); Lakstift does not invent one, because it becomes part of every public document number. [usage]\n');
    expect(existsSync(out)).toBe(false);
    const bad = await lakstift('bundle', small, '-o', out, '--accept-all', '--matter', 'Woo/2024');
    expect(bad.err).toBe('lakstift bundle: --matter "Woo/2024" is not a matter the publication platform accepts: use 2 to 255 letters, digits, ".", "_", "~" or "-" (for instance "Woo-2024"). [usage]\n');
    expect(existsSync(out)).toBe(false);
  });

  it('PDFs without --accept-all', async () => {
    const r = await lakstift('bundle', small, '-o', path.join(tmp, 'x1'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/needs --accept-all/);
    expect(existsSync(path.join(tmp, 'x1'))).toBe(false);
  });

  it('a file that is not a PDF: one sentence, no bundle, no staging folder', async () => {
    const bad = path.join(tmp, 'bad');
    mkdirSync(bad);
    copyFileSync(path.join(CORPUS, 'soffice-letter.pdf'), path.join(bad, 'a.pdf'));
    writeFileSync(path.join(bad, 'b.pdf'), 'PK\u0003\u0004 this is a docx');
    const out = path.join(tmp, 'x2');
    const r = await lakstift('bundle', bad, '-o', out, '--accept-all', '--case', 'WOO-1');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/b\.pdf is not a PDF/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('bundles again from the saved dossier, with the same inventory', async () => {
    const first = path.join(tmp, 'first');
    const file = path.join(tmp, 'small.lakstift.json');
    expect((await lakstift('bundle', small, '-o', first, '--accept-all', '--case', 'WOO-1', '--save-dossier', file)).code).toBe(0);
    const second = path.join(tmp, 'second');
    const r = await lakstift('bundle', '--dossier', file, '-o', second);
    expect(r.code).toBe(0);
    expect(text(path.join(second, 'inventaris.csv'))).toBe(text(path.join(first, 'inventaris.csv')));
    expect(readdirSync(second).sort()).toEqual(readdirSync(first).sort());
    // The project file names its PDFs relative to its own folder.
    expect((await loadDossier(file)).documents.map((d) => d.path)).toEqual(['small/soffice-letter.pdf', 'small/soffice-memo.pdf']);
    const again = await lakstift('bundle', '--dossier', file, '-o', path.join(tmp, 'third'), '--law', 'woo');
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/the dossier uses the Wob; drop --law/);
  }, 600_000);
});
