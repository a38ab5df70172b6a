/**
 * OCR for real (issue #12): Debian's Dutch tesseract data (tesseract-ocr-nld, installed by
 * .ci/run), tesseract.js workers and pdf.js rendering on @napi-rs/canvas, on small scans made
 * in the test (tests/helpers/scan.ts). Asserts the words read and where they are, suggestions,
 * and redaction of a scan checked with independent tools (pdftotext, Ghostscript, pdf.js).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngines, pageWordsOf, type AnalysedDocument } from '../../shared/engine';
import { findOccurrences } from '../../shared/app/occurrences';
import { nodeHost } from '../../node/host';
import { findTessdata, folderCache, nodeOcrHost } from '../../node/ocr';
import type { OcrHost } from '../../shared/ocr/types';
import { redactDocument } from '../../shared/redact';
import { verifyPdf } from '../../shared/verify';
import { reportFonts } from '../../node/host';
import { iou, makeScan, type Box, type Scan } from '../helpers/scan';
import { popplerWords } from '../helpers/poppler';
import type { PageText } from '../../shared/pdf';

const LETTER = [
  'Geachte heer Jansen,',
  'Op 12 maart 2024 sprak ik met mevrouw P. de Vries over uw verzoek.',
  'U kunt haar mailen via p.devries@minjenv.nl.',
  'Met vriendelijke groet,',
  'Ministerie van Justitie en Veiligheid',
  'M 06-48213957',
];

const engines = createEngines(nodeHost({ ocr: { jobs: 1, cacheDir: false } }));
afterAll(() => engines.close());

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-ocr-test-'));

/** The OCR word on the page that best overlaps where `text` was printed. */
function found(page: PageText, scan: Scan, text: string): { text: string; overlap: number } {
  const printed = scan.words.find((w) => w.text === text);
  if (!printed) throw new Error(`"${text}" is not in the scan`);
  let best = { text: '', overlap: 0 };
  for (const w of page.words) {
    const o = iou(w.rect as Box, printed.box);
    if (o > best.overlap) best = { text: w.text, overlap: o };
  }
  return best;
}

async function analyse(scan: Scan, name: string): Promise<AnalysedDocument> {
  return engines.analyse(scan.bytes, name);
}

describe('language data', () => {
  it("is found in Debian's tesseract folder, and a folder without Dutch data is named plainly", () => {
    expect(findTessdata()).toEqual({ dir: expect.stringContaining('tessdata') });
    const empty = mkdtempSync(path.join(tmp, 'empty-'));
    const r = findTessdata({ tessdata: empty });
    expect('reason' in r && r.reason).toMatch(/has no nld\.traineddata/);
  });
});

describe('reading a scanned page', () => {
  it('reads the words of an upright scan where they were printed', async () => {
    const scan = await makeScan({ lines: LETTER, speckle: true });
    const doc = await analyse(scan, 'upright.pdf');
    expect(doc.ocrPages).toEqual([1]);
    expect(doc.unreadPages).toEqual([]);
    const page = doc.pages[0];
    expect(page.text).toContain('Ministerie van Justitie en Veiligheid');
    expect(page.text).toContain('p.devries@minjenv.nl');
    for (const w of ['Jansen,', 'Vries', '06-48213957', 'Ministerie', 'Veiligheid']) {
      const f = found(page, scan, w);
      expect(f.text).toBe(w);
      expect(f.overlap).toBeGreaterThan(0.5);
    }
    // Glyph-like boxes: every character maps to a glyph inside its word's box.
    const w = page.words.find((x) => x.text === 'Ministerie')!;
    expect(w.glyphs).toHaveLength('Ministerie'.length);
    for (const g of w.glyphs) {
      const r = page.glyphs[g].rect;
      expect(r[0]).toBeGreaterThanOrEqual(w.rect[0] - 0.01);
      expect(r[2]).toBeLessThanOrEqual(w.rect[2] + 0.01);
    }
    expect(page.ocrConfidence?.[w.glyphs[0]]).toBeGreaterThan(80);
  });

  it('reads a page scanned sideways and one upside down, with the boxes on the page as displayed', async () => {
    for (const angle of [90, 180]) {
      const scan = await makeScan({ lines: LETTER, angle });
      const doc = await analyse(scan, `turned-${angle}.pdf`);
      const page = doc.pages[0];
      expect(page.text).toContain('Ministerie van Justitie en Veiligheid');
      const f = found(page, scan, 'Ministerie');
      expect(f.text).toBe('Ministerie');
      expect(f.overlap).toBeGreaterThan(0.5);
      expect(page.words.find((x) => x.text === 'Ministerie')!.rot).toBe(angle === 90 ? 1 : 2);
    }
  });

  it('straightens a page scanned three degrees askew and keeps every word where it is on the page', async () => {
    const scan = await makeScan({ lines: LETTER, angle: 3, speckle: true });
    const doc = await analyse(scan, 'askew.pdf');
    const page = doc.pages[0];
    expect(page.text).toContain('Ministerie van Justitie en Veiligheid');
    expect(page.text).toContain('p.devries@minjenv.nl');
    for (const w of ['Jansen,', '06-48213957', 'Veiligheid']) {
      const f = found(page, scan, w);
      expect(f.text).toBe(w);
      expect(f.overlap).toBeGreaterThan(0.5);
    }
  });
});

describe('suggestions and redaction on a scan', () => {
  it('suggests the name, the phone number and the e-mail local part, saying they were read by OCR', async () => {
    const scan = await makeScan({ lines: LETTER, speckle: true });
    const doc = await analyse(scan, 'letter.pdf');
    const [{ suggestions }] = engines.suggest([doc], 'wob');
    const texts = suggestions.map((s) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['06-48213957', 'p.devries']));
    expect(texts.some((t) => /P\. de Vries/.test(t))).toBe(true);
    const email = suggestions.find((s) => s.text === 'p.devries')!;
    expect(email.reason).toMatch(/gelezen met OCR, zekerheid \d+%/);
    // The box covers the local part only: it ends before the domain starts.
    const printed = scan.words.find((w) => w.text.startsWith('p.devries@'))!.box;
    const box = email.rects[0];
    expect(box[0]).toBeLessThan(printed[0] + 3);
    expect(box[2]).toBeLessThan(printed[0] + (printed[2] - printed[0]) * 0.5);
  });

  it('"redact every occurrence" finds a name on a scan wherever it was printed', async () => {
    const scan = await makeScan({ lines: ['Geachte heer Jansen,', 'Vandaag heb ik de heer Jansen gebeld over zijn verzoek.', 'Met vriendelijke groet,'] });
    const doc = await analyse(scan, 'twice.pdf');
    const hits = findOccurrences(pageWordsOf(doc.pages), 'Jansen');
    expect(hits).toHaveLength(2);
    const printed = scan.words.filter((w) => w.text.startsWith('Jansen')).map((w) => w.box);
    for (const [i, h] of hits.entries()) {
      expect(h.page).toBe(1);
      expect(iou(h.rects[0] as Box, printed[i])).toBeGreaterThan(0.4);
    }
  });

  it('blanks the pixels under every box, writes a text layer without the redacted words, and verify passes', async () => {
    const scan = await makeScan({ lines: LETTER, speckle: true });
    const doc = await analyse(scan, 'letter.pdf');
    const [{ suggestions }] = engines.suggest([doc], 'wob');
    const decisions = suggestions.map((s) => ({ page: s.page, rects: s.rects, grounds: s.grounds, text: s.text }));
    const ocr = await engines.ocrRecords(doc.sha256, doc.pageCount);
    const { bytes, report } = await redactDocument(scan.bytes, { redactions: decisions }, {
      labelFont: reportFonts().regular, ocr: { pages: ocr, textLayer: true },
    });
    expect(report.ocrLayerPages).toEqual([1]);
    const out = path.join(tmp, 'redacted.pdf');
    writeFileSync(out, bytes);

    // Searchable: pdftotext finds what was not redacted, and nothing that was.
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Ministerie van Justitie en Veiligheid');
    expect(text).toContain('@minjenv.nl');
    for (const s of suggestions) expect(text).not.toContain(s.text);
    // …and its words lie where the page shows them.
    const words = popplerWords(out)[0].words;
    const min = words.find((w) => w.text === 'Ministerie')!;
    expect(iou(min.rect, scan.words.find((w) => w.text === 'Ministerie')!.box)).toBeGreaterThan(0.4);

    // Pixels: rendered with only images drawn (no text, no boxes), every box area is one colour.
    const dpi = 100;
    const pgm = path.join(tmp, 'images.pgm');
    execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-dFILTERTEXT', '-dFILTERVECTOR', '-sDEVICE=pgmraw', `-r${dpi}`, `-sOutputFile=${pgm}`, out]);
    const raw = readFileSync(pgm);
    const head = /^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+255\s/.exec(raw.toString('latin1', 0, 200))!;
    const W = Number(head[1]);
    const px = raw.subarray(head[0].length);
    for (const s of suggestions) {
      for (const r of s.rects) {
        const k = dpi / 72;
        const values = new Set<number>();
        for (let y = Math.ceil(r[1] * k + 1.5); y <= Math.floor(r[3] * k - 1.5); y++) {
          for (let x = Math.ceil(r[0] * k + 1.5); x <= Math.floor(r[2] * k - 1.5); x++) values.add(px[y * W + x]);
        }
        expect([...values]).toEqual([0]);
      }
    }

    // The independent verifier (pdf.js under every box, every stream searched) passes.
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const v = await verifyPdf(bytes, { redactions: decisions }, { pdfjs: pdfjs as never });
    expect(v.findings.filter((f) => f.severity === 'leak')).toEqual([]);
  });
});

describe('lakstift bundle with a scan', () => {
  it('publishes the redacted scan searchable by default, without the redacted words, and without a text layer under --no-ocr-layer', async () => {
    const { cli } = await import('../helpers/cli');
    const scan = await makeScan({ lines: LETTER, speckle: true });
    const file = path.join(tmp, 'brief-scan.pdf');
    writeFileSync(file, scan.bytes);
    const outputText = (out: string): string => {
      const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
      const [doc] = manifest.outputs.filter((o: { file: string }) => /^0001.*\.pdf$/.test(o.file));
      return execFileSync('pdftotext', [path.join(out, doc.file), '-'], { encoding: 'utf8' });
    };

    const out = path.join(tmp, 'bundle-scan');
    const run = await cli('bundle', file, '-o', out, '--accept-all', '--case', 'Woo-2026/0012', '--no-ocr-cache');
    expect(run.stderr).not.toMatch(/^lakstift/m);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 document\(s\) \(1 deels openbaar\)/);
    expect(run.stdout).not.toMatch(/no text layer/);
    const text = outputText(out);
    expect(text).toContain('Ministerie van Justitie en Veiligheid');
    expect(text).toContain('@minjenv.nl');
    for (const gone of ['Jansen', 'Vries', 'p.devries', '06-48213957']) expect(text).not.toContain(gone);

    const bare = path.join(tmp, 'bundle-scan-bare');
    expect((await cli('bundle', file, '-o', bare, '--accept-all', '--case', 'Woo-2026/0012', '--no-ocr-cache', '--no-ocr-layer')).code).toBe(0);
    const plain = outputText(bare);
    expect(plain).not.toContain('Ministerie');
    expect(plain).not.toContain('Jansen');
  });
});

describe('cache and unread pages', () => {
  it('reads a document once: a second analysis takes every page from the cache', async () => {
    const cacheDir = mkdtempSync(path.join(tmp, 'cache-'));
    let recognitions = 0;
    const counting = (): OcrHost => {
      const inner = nodeOcrHost({ jobs: 1, cacheDir }, {});
      return {
        ...inner,
        cache: folderCache(cacheDir),
        async engine() {
          const st = await inner.engine();
          if (!st.ok) return st;
          const e = st.engine;
          return { ok: true, engine: { ...e, id: e.id, concurrency: e.concurrency, close: () => e.close?.() ?? Promise.resolve(), recognize: (...a: Parameters<typeof e.recognize>) => { recognitions++; return e.recognize(...a); } } };
        },
      };
    };
    const scan = await makeScan({ lines: LETTER.slice(0, 2) });
    const first = createEngines({ ...nodeHost({ ocr: false }), ocr: counting() });
    const a = await first.analyse(scan.bytes, 'a.pdf');
    await first.close();
    expect(recognitions).toBeGreaterThan(0);
    const before = recognitions;
    const second = createEngines({ ...nodeHost({ ocr: false }), ocr: counting() });
    const b = await second.analyse(scan.bytes, 'a.pdf');
    await second.close();
    expect(recognitions).toBe(before);
    expect(b.pages[0].text).toBe(a.pages[0].text);
  });

  it('leaves a scan unread without language data, and the bundle refuses it until the pages are confirmed', async () => {
    const { cli } = await import('../helpers/cli');
    const scan = await makeScan({ lines: LETTER.slice(0, 3) });
    const file = path.join(tmp, 'scan.pdf');
    writeFileSync(file, scan.bytes);
    const empty = mkdtempSync(path.join(tmp, 'nodata-'));
    const suggest = await cli('suggest', file, '--tessdata', empty, '--no-ocr-cache');
    expect(suggest.code).toBe(0);
    expect(JSON.parse(suggest.stdout).documents[0].unreadPages).toEqual([{ page: 1, reason: expect.stringMatching(/no nld\.traineddata/) }]);
    expect(suggest.stderr).toMatch(/page 1 has no text layer and could not be read/);

    const out = path.join(tmp, 'bundle');
    const refused = await cli('bundle', file, '-o', out, '--accept-all', '--case', 'Woo-2026/0012', '--tessdata', empty, '--no-ocr-cache');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/document 0001 \(scan\.pdf\): page 1 not read: the tessdata folder .* has no nld\.traineddata/);
    expect(refused.stderr).toMatch(/no bundle was written/);
    const accepted = await cli('bundle', file, '-o', out, '--accept-all', '--case', 'Woo-2026/0012', '--tessdata', empty, '--no-ocr-cache', '--accept-unread');
    expect(accepted.code).toBe(0);
    expect(accepted.stderr).toMatch(/unread page 1 accepted as checked by eye/);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.unreadPagesConfirmed).toEqual([{ document: '0001', pages: [1], by: expect.stringContaining('--accept-unread'), at: expect.any(String) }]);
  });
});
