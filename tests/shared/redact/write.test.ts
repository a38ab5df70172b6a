/** The fresh write (issue #3, item 3): no orphaned objects, no old revision, never encrypted. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFString } from '@cantoo/pdf-lib';
import { writeFresh } from '../../../shared/redact/write';
import { hasTool } from '../../helpers/poppler';
import { RawPdf, lit } from '../../fixtures/adversarial/rawpdf';
import { boxesOf, pdftotext, qpdfCheck, redact, tmpFile } from './helpers';

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

function onePage(text: string): Uint8Array {
  const pdf = new RawPdf();
  pdf.add('<< /Type /Catalog /Pages 2 0 R >>');
  pdf.add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  pdf.add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>');
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pdf.add({ dict: '<< >>', data: `BT /F1 12 Tf 72 700 Td ${lit(text)} Tj ET` });
  pdf.add(`<< /Note ${lit('Verweesd object met Geheime Naam')} >>`);
  return pdf.build({ root: 1 });
}

describe('writing the redacted file', () => {
  it('leaves out objects nothing refers to', async () => {
    const doc = await PDFDocument.load(onePage('Hallo'), { updateMetadata: false });
    doc.context.register(doc.context.obj({ Extra: PDFString.of('Nog een Geheime Naam') }));
    const { bytes, report } = await writeFresh(doc);
    expect(latin1(bytes)).not.toContain('Geheime Naam');
    expect(report.pruned).toBe(2);
    expect(qpdfCheck(tmpFile('w.pdf', bytes))).toBe('');
  });

  it('writes one revision: an incremental input comes out as a single fresh file', async () => {
    const base = onePage('Contact: Jan Bakker via balie');
    const updated = RawPdf.appendUpdate(base, new Map([[5, { dict: '<< >>', data: 'BT /F1 12 Tf 72 700 Td (Contact: via balie) Tj ET' }]]), { root: 1, size: 7 });
    const out = await redact(updated, { redactions: [{ page: 1, rects: [[72, 80, 90, 100]], grounds: ['10.2.e'] }] });
    const text = latin1(out.bytes);
    expect(text.match(/%%EOF/g)).toHaveLength(1);
    expect(text).not.toMatch(/\/Prev\b/);
  });

  it.skipIf(!hasTool('qpdf'))('decrypts an encrypted input, says so, and writes without encryption', async () => {
    const plain = tmpFile('plain.pdf', onePage('Contact: Jan Bakker via balie'));
    const enc = `${plain}.enc.pdf`;
    execFileSync('qpdf', ['--encrypt', 'geheim', 'eigenaar', '256', '--', plain, enc]);
    const out = await redact(new Uint8Array(readFileSync(enc)), { redactions: [{ page: 1, rects: [[10, 10, 20, 20]], grounds: ['10.2.e'] }] }, { password: 'geheim' });
    expect(out.report.decrypted).toBe(true);
    expect(execFileSync('pdfinfo', [out.file], { encoding: 'utf8' })).toMatch(/Encrypted:\s+no/);
    expect(pdftotext(out.file)).toContain('Jan Bakker');
  });

  it.skipIf(!hasTool('qpdf'))('refuses an encrypted input without the password, naming the option', async () => {
    const plain = tmpFile('plain2.pdf', onePage('Hallo'));
    const enc = `${plain}.enc.pdf`;
    execFileSync('qpdf', ['--encrypt', 'geheim', 'eigenaar', '256', '--', plain, enc]);
    await expect(redact(new Uint8Array(readFileSync(enc)), { redactions: [] })).rejects.toThrow(/--password/);
  });
});

/** Two pages; page 2 is never boxed; object 8 (reachable from the catalogue) holds a string. */
function twoPages(): Uint8Array {
  const pdf = new RawPdf();
  pdf.add('<< /Type /Catalog /Pages 2 0 R /Extra 8 0 R >>');
  pdf.add('<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>');
  pdf.add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>');
  pdf.add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>');
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pdf.add({ dict: '<< >>', data: `BT /F1 12 Tf 72 700 Td ${lit('Contact: Jan Bakker via balie')} Tj ET`, compress: true });
  pdf.add({ dict: '<< >>', data: `BT /F1 12 Tf 72 700 Td ${lit('Tweede pagina zonder lakking')} Tj ET`, compress: true });
  pdf.add(`<< /Note ${lit('Gesproken met Jan Bakker')} /Other 9 0 R >>`);
  pdf.add('<< /Kind /Plain /N 42 >>');
  pdf.add(`<< /Note ${lit('Verweesd object met Geheime Naam')} >>`);
  return pdf.build({ root: 1 });
}

const objectBytes = (file: Uint8Array, num: number): string => {
  const text = latin1(file);
  const at = text.indexOf(`\n${num} 0 obj`);
  return text.slice(at + 1, text.indexOf('endobj', at) + 6);
};

describe('writing only what changed (issue #17)', () => {
  it.skipIf(!hasTool('qpdf'))('copies the objects redaction did not touch byte for byte, and nothing orphaned or replaced', async () => {
    const input = twoPages();
    const inFile = tmpFile('two.pdf', input);
    const out = await redact(input, { redactions: [{ page: 1, rects: boxesOf(inFile, 1, 'Jan Bakker'), grounds: ['10.2.e'] }] });
    const text = latin1(out.bytes);
    // Page 2's content stream and the plain object are the input's own bytes.
    expect(text).toContain(objectBytes(input, 7));
    expect(text).toContain(objectBytes(input, 9));
    // Page 1's old content stream is unreachable now, and so is the orphan.
    expect(text).not.toContain(objectBytes(input, 6));
    expect(text).not.toContain('Geheime Naam');
    expect(text.match(/%%EOF/g)).toHaveLength(1);
    expect(qpdfCheck(out.file)).toBe('');
    const extracted = pdftotext(out.file);
    expect(extracted).not.toContain('Bakker');
    expect(extracted).toContain('Tweede pagina zonder lakking');
    // The old content stream, the orphan and the old page-tree node (rebuildPageTree makes a new one).
    expect(out.report.objectsPruned).toBe(3);
  });

  it('still blanks a redacted text held in a string of an object nothing else changed', async () => {
    const input = twoPages();
    const inFile = tmpFile('two-b.pdf', input);
    const out = await redact(input, { redactions: [{ page: 1, rects: boxesOf(inFile, 1, 'Jan Bakker'), grounds: ['10.2.e'] }] });
    expect(latin1(out.bytes)).not.toContain('Jan Bakker');
    expect(out.report.stringsBlanked).toBe(1);
  });
});
