import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFHexString, PDFName, PDFRawStream, type PDFDict } from '@cantoo/pdf-lib';
import { zlibSync } from 'fflate';
import { blankInlineImage, loadImageDecoders } from '../../../shared/redact/images';
import { PdfName, PdfString, type Matrix, type Operand, type Rect } from '../../../shared/pdf/types';
import { changedOutside, displayMatrix, fixture, pixelsIn, rasterisePostScript, render } from '../../fixtures/images/helpers';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

/** Serialises an inline-image header the way a producer would (for the "before" page). */
function header(dict: Map<string, Operand>): string {
  const ser = (v: Operand): string => {
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (v instanceof PdfName) return `/${v.name}`;
    if (v instanceof PdfString) return `<${Array.from(v.bytes, (b) => b.toString(16).padStart(2, '0')).join('')}>`;
    if (Array.isArray(v)) return `[${v.map(ser).join(' ')}]`;
    if (v instanceof Map) return `<<${[...v].map(([k, x]) => `/${k} ${ser(x)}`).join(' ')}>>`;
    return 'null';
  };
  return `BI ${[...dict].map(([k, v]) => `/${k} ${ser(v)}`).join(' ')} ID `;
}

/**
 * A one-page PDF whose content draws an inline image with `cm`; `inline` replaces the
 * original BI…EI when given. Returns the PDF bytes.
 */
async function pageWithInline(cm: Matrix, dict: Map<string, Operand>, data: Uint8Array, inline?: Uint8Array, colorSpaces?: (doc: PDFDocument) => PDFDict): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 120]);
  const image = inline ?? concat(latin1(header(dict)), data, latin1('\nEI'));
  const content = concat(latin1(`0 1 0 rg 0 0 200 120 re f 0 0 0 rg\nq ${cm.join(' ')} cm\n`), image, latin1('\nQ\n'));
  page.node.set(PDFName.of('Contents'), doc.context.register(PDFRawStream.of(doc.context.obj({}) as unknown as PDFDict, content)));
  if (colorSpaces) page.node.Resources()!.set(PDFName.of('ColorSpace'), colorSpaces(doc));
  return doc.save();
}

const n = (v: number) => v;
const name = (s: string) => new PdfName(s);

describe('blankInlineImage', () => {
  const cm: Matrix = [200, 0, 0, 100, 0, 20]; // 20 × 10 image, 10 pt per pixel: x 0..200, y 0..100
  const matrix = displayMatrix(cm, 120);
  const box: Rect = [40, 20, 90, 50];

  async function check(dict: Map<string, Operand>, data: Uint8Array, fill: number[] = [0, 0, 0], colorSpaces?: (doc: PDFDocument) => PDFDict) {
    const before = render(await pageWithInline(cm, dict, data, undefined, colorSpaces));
    let csDict: PDFDict | undefined;
    let ctx;
    if (colorSpaces) {
      const doc = await PDFDocument.create();
      csDict = colorSpaces(doc);
      ctx = doc.context;
    }
    const r = blankInlineImage(dict, data, matrix, [box], { colorSpaces: csDict, context: ctx });
    expect(r).not.toBeNull();
    const text = new TextDecoder('latin1').decode(r!.bytes);
    expect(text.startsWith('BI ')).toBe(true);
    expect(text.endsWith('EI')).toBe(true);
    // Hex data cannot contain "EI": the only one is the operator at the end.
    expect(text.indexOf('EI')).toBe(text.length - 2);
    expect(text).toContain('/F [/AHx /Fl]');
    const after = render(await pageWithInline(cm, dict, data, r!.bytes, colorSpaces));
    for (const p of pixelsIn(after, 40, 20, 90, 50)) expect(p).toEqual(fill);
    expect(changedOutside(before, after, [[40, 20, 90, 50]])).toBe(0);
    return { r: r!, text, before, after };
  }

  const rgb = new Uint8Array(20 * 10 * 3).map((_, i) => 30 + ((i * 7) % 200));

  it('rewrites a Flate RGB inline image with the box black and the rest unchanged', async () => {
    await check(new Map<string, Operand>([['W', n(20)], ['H', n(10)], ['CS', name('RGB')], ['BPC', n(8)], ['F', name('Fl')]]), zlibSync(rgb));
  });

  it('handles unfiltered data that itself contains the bytes "EI"', async () => {
    const gray = new Uint8Array(200).map((_, i) => (i % 2 ? 0x49 : 0x45)); // "EIEI…"
    const { r } = await check(new Map<string, Operand>([['W', n(20)], ['H', n(10)], ['CS', name('G')], ['BPC', n(8)]]), gray);
    expect(r.wholeImage).toBe(false);
  });

  it('keeps full key names and ASCIIHex+LZW-free filter chains working (/Filter /ASCIIHexDecode)', async () => {
    const hex = latin1(Array.from(rgb, (b) => b.toString(16).padStart(2, '0')).join('') + '>');
    await check(new Map<string, Operand>([['Width', n(20)], ['Height', n(10)], ['ColorSpace', name('DeviceRGB')], ['BitsPerComponent', n(8)], ['Filter', name('ASCIIHexDecode')]]), hex);
  });

  it('appends the fill to an inline Indexed palette that lacks it', async () => {
    const idx = new Uint8Array(200).map((_, i) => i % 2);
    const { text } = await check(new Map<string, Operand>([
      ['W', n(20)], ['H', n(10)], ['BPC', n(8)],
      ['CS', [name('I'), name('RGB'), n(1), new PdfString(new Uint8Array([255, 255, 0, 128, 200, 255]), true)]],
    ]), idx);
    expect(text).toContain('/CS [/I /RGB 2 <FFFF0080C8FF000000>]');
  });

  it('resolves a named colour space from the resources', async () => {
    await check(new Map<string, Operand>([['W', n(20)], ['H', n(10)], ['CS', name('CS0')], ['BPC', n(8)]]), rgb, [0, 0, 0],
      (doc) => doc.context.obj({ CS0: [PDFName.of('CalRGB'), doc.context.obj({ WhitePoint: [0.9505, 1, 1.089] })] }) as unknown as PDFDict);
  });

  it('uses the nearest colour of a palette named in the resources (it cannot be rewritten inline)', async () => {
    const idx = new Uint8Array(200).map((_, i) => i % 2);
    const { r, text } = await check(new Map<string, Operand>([['W', n(20)], ['H', n(10)], ['CS', name('P0')], ['BPC', n(8)]]), idx, [0, 0, 128],
      (doc) => doc.context.obj({ P0: [PDFName.of('Indexed'), PDFName.of('DeviceRGB'), 1, PDFHexString.of('FFFF00000080')] }) as unknown as PDFDict);
    expect(text).toContain('/CS /P0');
    expect(r.approximateFill).toBe(true);
  });

  it('blanks a CCITT Group 4 inline stencil mask', async () => {
    const cmName: Matrix = [180, 0, 0, 48, 10, 52];
    const dict = new Map<string, Operand>([['IM', true], ['W', n(90)], ['H', n(24)], ['F', name('CCF')], ['DP', new Map<string, Operand>([['K', n(-1)], ['Columns', n(90)], ['Rows', n(24)]])]]);
    const data = fixture('name.g4');
    const before = render(await pageWithInline(cmName, dict, data));
    const r = blankInlineImage(dict, data, displayMatrix(cmName, 120), [[20, 30, 100, 60]]);
    expect(r!.wholeImage).toBe(false);
    const after = render(await pageWithInline(cmName, dict, data, r!.bytes));
    for (const p of pixelsIn(after, 21, 31, 99, 59)) expect(p).toEqual([0, 0, 0]);
    expect(changedOutside(before, after, [[19, 29, 101, 61]])).toBe(0);
  });

  it('decodes a DCT inline image once the decoders are loaded; replaces it whole when they fail', async () => {
    const jpg = rasterisePostScript('1 0 0 setrgbcolor 0 0 10 10 rectfill 0 0 1 setrgbcolor 10 0 10 10 rectfill', 20, 10, 72, 'jpeg');
    const dict = new Map<string, Operand>([['W', n(20)], ['H', n(10)], ['CS', name('RGB')], ['BPC', n(8)], ['F', name('DCT')]]);
    const failing = blankInlineImage(dict, jpg, matrix, [box], { decoders: { jpeg: () => { throw new Error('broken'); } } });
    expect(failing!.wholeImage).toBe(true);
    await loadImageDecoders();
    const before = render(await pageWithInline(cm, dict, jpg));
    const r = blankInlineImage(dict, jpg, matrix, [box]);
    expect(r!.wholeImage).toBe(false);
    const after = render(await pageWithInline(cm, dict, jpg, r!.bytes));
    for (const p of pixelsIn(after, 42, 22, 88, 48)) expect(p).toEqual([0, 0, 0]);
    // Poppler's libjpeg blends the chroma of the red/blue edge (x = 100) over a few image
    // pixels, pdf.js keeps it sharp: that band differs, as issue #3 accepts for JPEG.
    expect(changedOutside(before, after, [[37, 17, 93, 53], [70, 0, 130, 101]], 48)).toBe(0);
  });

  it('returns null when the image is not under any box', () => {
    const dict = new Map<string, Operand>([['W', n(20)], ['H', n(10)], ['CS', name('RGB')], ['BPC', n(8)]]);
    expect(blankInlineImage(dict, rgb, matrix, [[0, 101, 200, 120]])).toBeNull();
  });
});
