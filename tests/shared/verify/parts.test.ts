/**
 * Verify spread over workers (issue #17, --jobs): the file half dealt out in parts and the page
 * half in ranges give exactly the findings of one verifyPdf over the whole file, in its order.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { DecisionsFile } from '../../../shared/contract';
import { combineVerify, fileFindings, verifyFilePart, verifyPages, verifyPdf, type PdfjsLike } from '../../../shared/verify';
import { buildPdf } from '../../helpers/buildPdf';

const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;

/** Twelve pages with names left readable on some of them, in the text and in the info dictionary. */
async function leakyFile(): Promise<Uint8Array> {
  const pages = Array.from({ length: 12 }, (_, i) => ({
    content: `BT /F1 11 Tf 72 700 Td (Pagina ${i + 1}: ${i % 3 === 0 ? 'Jan Bakker belde' : i % 4 === 1 ? 'mail aan Petra de Wit' : 'niets bijzonders'}) Tj ET` +
      (i === 7 ? ' BT /F2 9 Tf 72 600 Td (Bakkerij Jansen is geen naam) Tj ET' : ''),
  }));
  const bytes = await buildPdf(pages);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setSubject('Over Jan Bakker');
  return doc.save({ useObjectStreams: false });
}

const decisions: DecisionsFile = {
  redactions: [
    { page: 1, rects: [[60, 690, 300, 715]], grounds: ['10.2.e'], text: 'Jan Bakker' },
    { page: 2, rects: [[60, 690, 300, 715]], grounds: ['10.2.e'], text: 'Petra de Wit' },
    { page: 5, rects: [[100, 100, 120, 120]], grounds: ['10.2.e'], text: 'Bakker' },
  ],
};

describe('verify in parts', () => {
  it('gives the findings of one verify, in the same order, however the work is cut', async () => {
    const bytes = await leakyFile();
    const whole = await verifyPdf(bytes, decisions, { pdfjs });
    // The file really leaks, in several places (a test that cannot fail proves nothing).
    expect(whole.clean).toBe(false);
    expect(whole.findings.filter((f) => f.kind === 'text-in-file').length).toBeGreaterThan(2);
    expect(whole.findings.filter((f) => f.kind === 'text-on-page').length).toBeGreaterThan(2);
    expect(whole.findings.some((f) => f.kind === 'metadata')).toBe(true);
    // "Bakker" inside "Bakkerij" is no finding.
    expect(whole.findings.every((f) => f.page !== 8 || f.text !== 'bakker')).toBe(true);
    for (const of of [1, 2, 3, 5]) {
      const parts = await Promise.all(Array.from({ length: of }, (_, index) => verifyFilePart(bytes, decisions, {}, { index, of })));
      for (const size of [1, 5, 12]) {
        const ranges = [];
        for (let first = 1; first <= 12; first += size) ranges.push(await verifyPages(bytes, decisions, { pdfjs }, { first, last: first + size - 1 }));
        const spread = combineVerify(ranges, fileFindings(parts), decisions);
        expect(spread, `${of} part(s), ranges of ${size}`).toEqual(whole);
      }
    }
  });

  it('a file pdf.js cannot open is said once, not once per range', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\nniets\n');
    const whole = await verifyPdf(broken, decisions, { pdfjs });
    const ranges = await Promise.all([1, 5, 9].map((first) => verifyPages(broken, decisions, { pdfjs }, { first, last: first + 3 })));
    const parts = await Promise.all([0, 1].map((index) => verifyFilePart(broken, decisions, {}, { index, of: 2 })));
    expect(combineVerify(ranges, fileFindings(parts), decisions)).toEqual(whole);
    expect(whole.findings.filter((f) => f.kind === 'unreadable' && f.severity === 'leak')).toHaveLength(1);
  });
});
