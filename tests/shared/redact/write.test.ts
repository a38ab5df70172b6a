/** The fresh write (issue #3, item 3): no orphaned objects, no old revision, never encrypted. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFString } from '@cantoo/pdf-lib';
import { writeFresh } from '../../../shared/redact/write';
import { hasTool } from '../../helpers/poppler';
import { RawPdf, lit } from '../../fixtures/adversarial/rawpdf';
import { pdftotext, qpdfCheck, redact, tmpFile } from './helpers';

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
