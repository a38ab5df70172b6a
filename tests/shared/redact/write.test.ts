/** The fresh write (issue #3, item 3): no orphaned objects, no old revision, never encrypted. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { inflateSync } from 'node:zlib';
import { compressLater, contentLater, decodeContent } from '../../../shared/redact/decoded';
import { isolatedRedactor } from '../../../shared/redact/isolated';
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

describe('one stream per rewritten page (issue #17)', () => {
  const contentsOf = async (bytes: Uint8Array, page: number) => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return doc.getPage(page).node.get(PDFName.of('Contents'));
  };

  it.each(['in place', 'through spread'])('writes the q, the page\'s new content and its boxes as one compressed stream (%s), and leaves an untouched page as it was', async (how) => {
    const input = twoPages();
    const inFile = tmpFile(`one-stream-${how === 'in place' ? 'a' : 'b'}.pdf`, input);
    const run = await isolatedRedactor(input);
    const out = await redact(input, { redactions: [{ page: 1, rects: boxesOf(inFile, 1, 'Jan Bakker'), grounds: ['10.2.e'] }] },
      how === 'in place' ? {} : { spread: async (p) => run(p) });
    const doc = await PDFDocument.load(out.bytes, { updateMetadata: false });
    const contents = doc.getPage(0).node.get(PDFName.of('Contents'));
    expect(contents).toBeInstanceOf(PDFRef);
    const stream = doc.context.lookup(contents as PDFRef);
    expect(stream).toBeInstanceOf(PDFRawStream);
    expect((stream as PDFRawStream).dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    const body = latin1(inflateSync((stream as PDFRawStream).contents));
    // The q that guards the boxes, the text around the box, the box and its label, in that order.
    expect(body.indexOf('q\n')).toBe(0);
    expect(body.indexOf('] TJ')).toBeGreaterThan(0);
    expect(body.indexOf('h f\n')).toBeGreaterThan(body.indexOf('] TJ'));
    expect(body).toContain('/LkLabel');
    expect(body).not.toContain('Bakker');
    expect(pdftotext(out.file)).toMatch(/Contact:\s+10\.2\.e\s+via balie/);
    // Page 2 had no box: its /Contents is the input's one stream, not an array.
    expect(await contentsOf(out.bytes, 1)).toBeInstanceOf(PDFRef);
    expect(latin1(out.bytes)).toContain(objectBytes(input, 7));
  });

  it('compresses a rewritten page\'s content that no box joined before the file is written', async () => {
    const doc = await PDFDocument.load(twoPages(), { updateMetadata: false });
    const clear = new TextEncoder().encode('BT /F1 12 Tf 72 700 Td (Contact: via balie) Tj ET');
    const ref = contentLater(doc.context, clear);
    doc.getPage(0).node.set(PDFName.of('Contents'), ref);
    expect(doc.context.lookup(ref)).toBeInstanceOf(PDFRawStream);
    expect((doc.context.lookup(ref) as PDFRawStream).dict.get(PDFName.of('Filter'))).toBeUndefined();
    compressLater(doc.context);
    const stream = doc.context.lookup(ref) as PDFRawStream;
    expect(stream.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    expect(new Uint8Array(inflateSync(stream.contents))).toEqual(clear);
    expect(decodeContent(stream).bytes).toEqual(clear);
    expect(doc.getPage(0).node.get(PDFName.of('Contents'))).toBe(ref);
    expect(doc.getPage(1).node.get(PDFName.of('Contents'))).not.toBeInstanceOf(PDFArray);
  });
});
