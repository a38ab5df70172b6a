import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFDict } from '@cantoo/pdf-lib';
import { blankImageRegions, blankImageRegionsDetailed } from '../../../shared/redact/images';
import { pixelSpans, spanPixelCount } from '../../../shared/redact/image-geometry';
import { decodeStream } from '../../../shared/pdf/streams';
import type { Matrix, Rect } from '../../../shared/pdf/types';
import { zlibSync } from 'fflate';
import {
  ascii85, changedOutside, compose, displayMatrix, encodedImage, flateImage, lzw9, pixel, pixelsIn, placeImage, pngUp, render,
  repoint, runLength,
} from '../../fixtures/images/helpers';

/** Samples of a blanked image and its dictionary. */
function samplesOf(doc: PDFDocument, ref: PDFRef): { dict: PDFDict; bytes: Uint8Array } {
  const s = doc.context.lookup(ref) as PDFRawStream;
  return { dict: s.dict, bytes: decodeStream(s).bytes };
}

/** A W × H gradient (value = (x*37 + y*11) & 255, never 0), `n` components. */
function gradient(w: number, h: number, n: number): Uint8Array {
  const out = new Uint8Array(w * h * n);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let c = 0; c < n; c++) out[(y * w + x) * n + c] = 1 + ((x * 37 + y * 11 + c * 50) % 254);
  return out;
}

describe('pixelSpans', () => {
  // 10 × 10 image at (0,0)-(100,100) display, y down: first row at the top (ISO 32000-1 8.9.5).
  const upright: Matrix = [100, 0, 0, -100, 0, 100];

  it('finds the pixels whose area meets the box, first row at the top', () => {
    expect(pixelSpans(upright, [[0, 0, 25, 25]], 10, 10)).toEqual([
      { row: 0, x0: 0, x1: 3 }, { row: 1, x0: 0, x1: 3 }, { row: 2, x0: 0, x1: 3 },
    ]);
  });

  it('does not count pixels that only touch the box edge', () => {
    expect(pixelSpans(upright, [[10, 10, 20, 20]], 10, 10)).toEqual([{ row: 1, x0: 1, x1: 2 }]);
  });

  it('follows a vertically flipped placement (first row at the bottom)', () => {
    const flipped: Matrix = [100, 0, 0, 100, 0, 0];
    expect(pixelSpans(flipped, [[0, 0, 10, 10]], 10, 10)).toEqual([{ row: 9, x0: 0, x1: 1 }]);
  });

  it('follows a 90° rotation', () => {
    // Unit square rotated: u runs down the page, v to the right: (u,v) → (100 v, 100 u).
    const rotated: Matrix = [0, 100, 100, 0, 0, 0];
    // Display box near the top-right corner: x 90..100 → v 0.9..1 → row 0; y 0..10 → u 0..0.1 → column 0.
    expect(pixelSpans(rotated, [[90, 0, 100, 10]], 10, 10)).toEqual([{ row: 0, x0: 0, x1: 1 }]);
  });

  it('covers a box crossing a 45° rotated image with a full band of pixels', () => {
    const s = Math.SQRT1_2 * 100;
    const rot45: Matrix = [s, s, -s, s, 100, 0];
    const spans = pixelSpans(rot45, [[0, 0, 200, 200]], 8, 8);
    expect(spanPixelCount(spans)).toBe(64);
  });

  it('returns nothing for a singular matrix or a box off the image', () => {
    expect(pixelSpans([0, 0, 0, 0, 5, 5], [[0, 0, 100, 100]], 10, 10)).toEqual([]);
    expect(pixelSpans(upright, [[200, 200, 300, 300]], 10, 10)).toEqual([]);
  });
});

describe('blankImageRegions on Flate images', () => {
  const W = 20, H = 10;
  // Drawn at 10 pt per pixel: x 0..200, y 0..100 (display) on a 200 × 120 page.
  const cm: Matrix = [200, 0, 0, 100, 0, 20];
  const matrix = displayMatrix(cm, 120);
  const box: Rect = [40, 20, 90, 50]; // image columns 4..8, rows 2..4

  const cases: { name: string; entries: Record<string, unknown>; n: number; bpc: number; fill: number[] }[] = [
    { name: 'DeviceGray 8-bit', entries: { ColorSpace: 'DeviceGray', BitsPerComponent: 8 }, n: 1, bpc: 8, fill: [0] },
    { name: 'DeviceRGB 8-bit', entries: { ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }, n: 3, bpc: 8, fill: [0, 0, 0] },
    { name: 'DeviceCMYK 8-bit', entries: { ColorSpace: 'DeviceCMYK', BitsPerComponent: 8 }, n: 4, bpc: 8, fill: [0, 0, 0, 255] },
  ];
  for (const c of cases) {
    it(`overwrites exactly the covered pixels of a ${c.name} image and nothing else`, async () => {
      const doc = await PDFDocument.create();
      const orig = gradient(W, H, c.n);
      const ref = flateImage(doc, { Width: W, Height: H, ...c.entries }, orig);
      const newRef = await blankImageRegions(doc, ref, matrix, [box]);
      expect(newRef).not.toBeNull();
      expect(newRef!.toString()).not.toBe(ref.toString());
      const { bytes, dict } = samplesOf(doc, newRef!);
      expect(dict.lookup(PDFName.of('Width'))).toEqual(PDFNumber.of(W));
      expect(bytes.length).toBe(orig.length);
      for (let y = 0; y < H; y++) {
        for (let x = 0; x < W; x++) {
          const inBox = x >= 4 && x <= 8 && y >= 2 && y <= 4;
          for (let k = 0; k < c.n; k++) {
            expect(bytes[(y * W + x) * c.n + k], `${x},${y},${k}`).toBe(inBox ? c.fill[k] : orig[(y * W + x) * c.n + k]);
          }
        }
      }
      // The original object is untouched: other placements may share it.
      expect(decodeStream(doc.context.lookup(ref) as PDFRawStream).bytes).toEqual(orig);
    });
  }

  const filtered: { name: string; entries: Record<string, unknown>; encode: (d: Uint8Array) => Uint8Array }[] = [
    { name: 'Flate with the PNG Up predictor', entries: { Filter: 'FlateDecode', DecodeParms: { Predictor: 15, Colors: 1, Columns: W } }, encode: (d) => zlibSync(pngUp(d, W)) },
    { name: 'LZW', entries: { Filter: 'LZWDecode' }, encode: lzw9 },
    { name: 'RunLength', entries: { Filter: 'RunLengthDecode' }, encode: runLength },
    { name: 'ASCII85 + Flate', entries: { Filter: ['ASCII85Decode', 'FlateDecode'] }, encode: (d) => ascii85(zlibSync(d)) },
    { name: 'ASCIIHex', entries: { Filter: 'ASCIIHexDecode' }, encode: (d) => Uint8Array.from(Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('') + '>', (c) => c.charCodeAt(0)) },
  ];
  for (const f of filtered) {
    it(`decodes ${f.name} data, blanks it and writes plain Flate`, async () => {
      const doc = await PDFDocument.create();
      const orig = gradient(W, H, 1);
      const ref = encodedImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceGray', BitsPerComponent: 8, ...f.entries }, f.encode(orig));
      const { bytes, dict } = samplesOf(doc, (await blankImageRegions(doc, ref, matrix, [box]))!);
      expect(dict.lookup(PDFName.of('Filter'))).toEqual(PDFName.of('FlateDecode'));
      expect(dict.has(PDFName.of('DecodeParms'))).toBe(false);
      const want = orig.slice();
      for (let y = 2; y <= 4; y++) want.fill(0, y * W + 4, y * W + 9);
      expect(bytes).toEqual(want);
    });
  }

  it('renders the box in the fill colour and leaves the rest of the page pixel-identical (poppler)', async () => {
    const doc = await PDFDocument.create();
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }, gradient(W, H, 3));
    const page = placeImage(doc, ref, cm);
    const before = render(await doc.save());
    const newRef = await blankImageRegions(doc, ref, matrix, [box], { fill: [1, 0, 0] });
    repoint(page, newRef!);
    const after = render(await doc.save());
    for (const p of pixelsIn(after, 40, 20, 90, 50)) expect(p).toEqual([255, 0, 0]);
    // Blanked pixels reach the pixel grid around the box: columns 4..8 → x 40..90, rows 2..4 → y 20..50.
    expect(changedOutside(before, after, [[40, 20, 90, 50]])).toBe(0);
  });

  it('blanks 1-, 2-, 4- and 16-bit samples and honours a /Decode [1 0] inversion', async () => {
    for (const bpc of [1, 2, 4, 16]) {
      for (const inverted of [false, true]) {
        const doc = await PDFDocument.create();
        const rowBytes = Math.ceil((W * bpc) / 8);
        const raw = new Uint8Array(rowBytes * H).fill(0b10110101);
        const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceGray', BitsPerComponent: bpc, ...(inverted ? { Decode: [1, 0] } : {}) }, raw);
        const page = placeImage(doc, ref, cm);
        const before = render(await doc.save());
        const newRef = await blankImageRegions(doc, ref, matrix, [box]);
        repoint(page, newRef!);
        const after = render(await doc.save());
        for (const p of pixelsIn(after, 40, 20, 90, 50)) expect(p, `bpc ${bpc} inverted ${inverted}`).toEqual([0, 0, 0]);
        expect(changedOutside(before, after, [[40, 20, 90, 50]]), `bpc ${bpc}`).toBe(0);
      }
    }
  });

  it('blanks 16-bit RGB samples to exact zeros', async () => {
    const doc = await PDFDocument.create();
    const orig = gradient(W * 2, H, 3);
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceRGB', BitsPerComponent: 16 }, orig);
    const { bytes } = samplesOf(doc, (await blankImageRegions(doc, ref, matrix, [box]))!);
    const px = (x: number, y: number) => Array.from(bytes.subarray((y * W + x) * 6, (y * W + x) * 6 + 6));
    expect(px(5, 3)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(px(9, 3)).toEqual(Array.from(orig.subarray((3 * W + 9) * 6, (3 * W + 9) * 6 + 6)));
  });

  it('uses the palette entry of an Indexed image that is the fill colour', async () => {
    const doc = await PDFDocument.create();
    const palette = PDFRawStream.of(doc.context.obj({}) as PDFDict, new Uint8Array([255, 255, 0, 0, 0, 0, 0, 128, 255]));
    const cs = doc.context.obj([PDFName.of('Indexed'), PDFName.of('DeviceRGB'), PDFNumber.of(2), doc.context.register(palette)]);
    const raw = new Uint8Array(W * H).map((_, i) => (i % 3 === 1 ? 2 : i % 3 === 0 ? 0 : 2));
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: cs, BitsPerComponent: 8 }, raw);
    const r = await blankImageRegionsDetailed(doc, ref, matrix, [box]);
    const { bytes, dict } = samplesOf(doc, r!.ref);
    expect(bytes[3 * W + 5]).toBe(1);
    expect(r!.approximateFill).toBe(false);
    expect((dict.lookup(PDFName.of('ColorSpace')) as PDFArray).lookup(2)).toEqual(PDFNumber.of(2));
  });

  it('appends the fill colour to a palette that lacks it, and renders it', async () => {
    const doc = await PDFDocument.create();
    // Yellow and light blue: no black, and 4-bit indices leave room for more entries.
    const cs = doc.context.obj([PDFName.of('Indexed'), PDFName.of('DeviceRGB'), PDFNumber.of(1), doc.context.register(
      PDFRawStream.of(doc.context.obj({}) as PDFDict, new Uint8Array([255, 255, 0, 128, 200, 255])),
    )]);
    const raw = new Uint8Array(Math.ceil(W / 2) * H).fill(0b0001_0000);
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: cs, BitsPerComponent: 4 }, raw);
    const page = placeImage(doc, ref, cm);
    const before = render(await doc.save());
    const r = await blankImageRegionsDetailed(doc, ref, matrix, [box]);
    expect(r!.approximateFill).toBe(false);
    repoint(page, r!.ref);
    const after = render(await doc.save());
    for (const p of pixelsIn(after, 40, 20, 90, 50)) expect(p).toEqual([0, 0, 0]);
    expect(changedOutside(before, after, [[40, 20, 90, 50]])).toBe(0);
    const newCs = samplesOf(doc, r!.ref).dict.lookup(PDFName.of('ColorSpace')) as PDFArray;
    expect(newCs.lookup(2)).toEqual(PDFNumber.of(2));
  });

  it('falls back to the nearest colour of a full palette and says so', async () => {
    const doc = await PDFDocument.create();
    const cs = doc.context.obj([PDFName.of('Indexed'), PDFName.of('DeviceGray'), PDFNumber.of(1), doc.context.register(
      PDFRawStream.of(doc.context.obj({}) as PDFDict, new Uint8Array([255, 90])),
    )]);
    const raw = new Uint8Array(Math.ceil(W / 8) * H).fill(0);
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: cs, BitsPerComponent: 1 }, raw);
    const r = await blankImageRegionsDetailed(doc, ref, matrix, [box]);
    expect(r!.approximateFill).toBe(true);
    const { bytes } = samplesOf(doc, r!.ref);
    // Pixel (5, 3) holds index 1 (grey 90), the darkest available.
    expect((bytes[3 * Math.ceil(W / 8) + 0] >> 2) & 1).toBe(1);
  });

  it('blanks Separation, DeviceN, Lab, ICCBased and CalRGB images uniformly', async () => {
    for (const csName of ['Separation', 'DeviceN', 'Lab', 'ICCBased', 'CalRGB']) {
      const doc = await PDFDocument.create();
      let cs;
      let n = 1;
      if (csName === 'Separation') {
        const fn = doc.context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [0, 0.5, 1, 0], N: 1 });
        cs = doc.context.obj([PDFName.of('Separation'), PDFName.of('Spot'), PDFName.of('DeviceCMYK'), fn]);
      } else if (csName === 'DeviceN') {
        // Tint transform: CMYK = (0, 0, 0, (cyan + black) / 2).
        const fn4 = doc.context.obj({ FunctionType: 4, Domain: [0, 1, 0, 1], Range: [0, 1, 0, 1, 0, 1, 0, 1] });
        const calc = PDFRawStream.of(fn4 as PDFDict, Uint8Array.from('{ add 2 div 0 0 0 4 -1 roll }', (c) => c.charCodeAt(0)));
        cs = doc.context.obj([PDFName.of('DeviceN'), [PDFName.of('Cyan'), PDFName.of('Black')], PDFName.of('DeviceCMYK'), doc.context.register(calc)]);
        n = 2;
      } else if (csName === 'Lab') {
        cs = doc.context.obj([PDFName.of('Lab'), doc.context.obj({ WhitePoint: [0.9505, 1, 1.089], Range: [-128, 127, -128, 127] })]);
        n = 3;
      } else if (csName === 'ICCBased') {
        const icc = PDFRawStream.of(doc.context.obj({ N: 3, Alternate: 'DeviceRGB' }) as PDFDict, new Uint8Array(0));
        cs = doc.context.obj([PDFName.of('ICCBased'), doc.context.register(icc)]);
        n = 3;
      } else {
        cs = doc.context.obj([PDFName.of('CalRGB'), doc.context.obj({ WhitePoint: [0.9505, 1, 1.089] })]);
        n = 3;
      }
      const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: cs, BitsPerComponent: 8 }, gradient(W, H, n));
      const page = placeImage(doc, ref, cm);
      const before = render(await doc.save());
      const r = await blankImageRegionsDetailed(doc, ref, matrix, [box]);
      repoint(page, r!.ref);
      const after = render(await doc.save());
      const inside = pixelsIn(after, 40, 20, 90, 50);
      const first = inside[0];
      for (const p of inside) expect(p, csName).toEqual(first);
      // Dark: black, or the spot colour at full tint.
      expect(first[0] + first[1] + first[2], csName).toBeLessThan(csName === 'Separation' || csName === 'DeviceN' ? 400 : 30);
      expect(changedOutside(before, after, [[40, 20, 90, 50]]), csName).toBe(0);
      expect(r!.approximateFill).toBe(csName === 'Separation' || csName === 'DeviceN');
    }
  });

  it('compresses with the given compressor (e.g. Node zlib in the CLI)', async () => {
    const doc = await PDFDocument.create();
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }, gradient(W, H, 1));
    let calls = 0;
    const newRef = await blankImageRegions(doc, ref, matrix, [box], { compress: (d) => { calls++; return zlibSync(d, { level: 1 }); } });
    expect(calls).toBe(1);
    expect(samplesOf(doc, newRef!).bytes[3 * W + 5]).toBe(0);
  });

  it('returns null when no pixel lies under any box', async () => {
    const doc = await PDFDocument.create();
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }, gradient(W, H, 1));
    const count = doc.context.enumerateIndirectObjects().length;
    expect(await blankImageRegions(doc, ref, matrix, [[0, 105, 200, 120], [300, 0, 400, 50]])).toBeNull();
    expect(doc.context.enumerateIndirectObjects().length).toBe(count);
  });

  it('blanks the right pixels of a rotated placement (render check)', async () => {
    const doc = await PDFDocument.create();
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }, gradient(W, H, 3));
    // Rotated 90° counter-clockwise in PDF space: image is 100 wide, 200 tall on a 200 × 240 page.
    const cmRot: Matrix = [0, 200, -100, 0, 150, 20];
    const page = placeImage(doc, ref, cmRot, 200, 240);
    const before = render(await doc.save());
    const m = displayMatrix(cmRot, 240);
    const rect: Rect = [70, 100, 120, 150];
    const r = await blankImageRegionsDetailed(doc, ref, m, [rect]);
    repoint(page, r!.ref);
    const after = render(await doc.save());
    // Pixels are 10 pt squares, so the blanked area reaches the 10-pt grid around the box;
    // poppler places rotated images one device pixel off that grid: allow 1 px at the edges.
    for (const p of pixelsIn(after, 71, 101, 119, 149)) expect(p).toEqual([0, 0, 0]);
    expect(changedOutside(before, after, [[69, 99, 121, 151]])).toBe(0);
    expect(r!.pixels).toBe(25);
  });

  it('blanks the right pixels of a flipped placement (render check)', async () => {
    const doc = await PDFDocument.create();
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }, gradient(W, H, 3));
    // Mirrored left-right and upside down: cm with negative a and d.
    const cmFlip: Matrix = [-200, 0, 0, -100, 200, 120];
    const page = placeImage(doc, ref, cmFlip);
    const before = render(await doc.save());
    const r = await blankImageRegionsDetailed(doc, ref, displayMatrix(cmFlip, 120), [box]);
    repoint(page, r!.ref);
    const after = render(await doc.save());
    // Poppler places mirrored images one device pixel off the grid: allow 1 px at the edges.
    for (const p of pixelsIn(after, 41, 21, 89, 49)) expect(p).toEqual([0, 0, 0]);
    expect(changedOutside(before, after, [[39, 19, 91, 51]])).toBe(0);
    // In image space the box is mirrored: columns 11..15, rows 5..7 of the 20 × 10 image.
    const { bytes } = samplesOf(doc, r!.ref);
    expect(Array.from(bytes.subarray((6 * W + 12) * 3, (6 * W + 12) * 3 + 3))).toEqual([0, 0, 0]);
    expect(Array.from(bytes.subarray((3 * W + 5) * 3, (3 * W + 5) * 3 + 3))).not.toEqual([0, 0, 0]);
  });
});

describe('pages with /Rotate', () => {
  it('blanks the right pixels on a page displayed rotated by 90°', async () => {
    const W = 20, H = 10;
    const doc = await PDFDocument.create();
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }, gradient(W, H, 3));
    const cm: Matrix = [200, 0, 0, 100, 0, 20];
    const page = placeImage(doc, ref, cm);
    page.node.set(PDFName.of('Rotate'), PDFNumber.of(90));
    const before = render(await doc.save());
    expect([before.width, before.height]).toEqual([120, 200]);
    // Turned clockwise, the page's left edge is on top: display X = user y, display Y = user x.
    const toDisplay: Matrix = [0, 1, 1, 0, 0, 0];
    const r = await blankImageRegionsDetailed(doc, ref, compose(cm, toDisplay), [[40, 40, 90, 100]]);
    repoint(page, r!.ref);
    const after = render(await doc.save());
    for (const p of pixelsIn(after, 41, 41, 89, 99)) expect(p).toEqual([0, 0, 0]);
    expect(changedOutside(before, after, [[39, 39, 91, 101]])).toBe(0);
    // Image columns 4..9 (user x 40..100), rows 3..7 (user y 90..40).
    expect(r!.pixels).toBe(6 * 5);
  });
});

describe('masks', () => {
  const W = 20, H = 10;
  const cm: Matrix = [200, 0, 0, 100, 0, 20];
  const matrix = displayMatrix(cm, 120);
  const box: Rect = [40, 20, 90, 50];

  it('makes the box opaque where a soft mask made the image transparent (PNG with alpha)', async () => {
    const doc = await PDFDocument.create();
    // An RGBA PNG, fully transparent everywhere: only the soft mask decides what shows.
    const png = await makeRgbaPng(W, H, 0);
    const img = await doc.embedPng(png);
    const page = placeImage(doc, img.ref, cm, 200, 120, [0, 1, 0]);
    const before = render(await doc.save());
    expect(pixel(before, 60, 30)).toEqual([0, 255, 0]);
    const r = await blankImageRegionsDetailed(doc, img.ref, matrix, [box]);
    repoint(page, r!.ref);
    const after = render(await doc.save());
    for (const p of pixelsIn(after, 40, 20, 90, 50)) expect(p).toEqual([0, 0, 0]);
    expect(changedOutside(before, after, [[40, 20, 90, 50]])).toBe(0);
    // The soft mask is a new object too: the original is shared with the original image.
    const oldSm = (doc.context.lookup(img.ref) as PDFRawStream).dict.get(PDFName.of('SMask'));
    const newSm = (doc.context.lookup(r!.ref) as PDFRawStream).dict.get(PDFName.of('SMask'));
    expect(String(newSm)).not.toBe(String(oldSm));
  });

  it('blanks a soft mask of another resolution than the image', async () => {
    const doc = await PDFDocument.create();
    // 60 × 30 soft mask, all transparent, over a 20 × 10 image.
    const sm = flateImage(doc, { Width: 60, Height: 30, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }, new Uint8Array(60 * 30));
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, SMask: sm }, gradient(W, H, 3));
    const page = placeImage(doc, ref, cm, 200, 120, [0, 1, 0]);
    const before = render(await doc.save());
    // Box edges off both pixel grids: x 43..87 → mask columns 12..26, image columns 4..8.
    const r = await blankImageRegionsDetailed(doc, ref, matrix, [[43, 23, 87, 47]]);
    repoint(page, r!.ref);
    const after = render(await doc.save());
    for (const p of pixelsIn(after, 43, 23, 87, 47)) expect(p).toEqual([0, 0, 0]);
    // Outside the pixels that meet the box (x 40..90, y 20..50) nothing changed; poppler smooths
    // the upscaled soft mask, so a few device pixels around them are mixed.
    expect(changedOutside(before, after, [[37, 17, 93, 53]])).toBe(0);
    const smNew = (doc.context.lookup(r!.ref) as PDFRawStream).dict.lookup(PDFName.of('SMask')) as PDFRawStream;
    const alpha = decodeStream(smNew).bytes;
    expect(alpha[10 * 60 + 20]).toBe(255);
    expect(alpha[10 * 60 + 5]).toBe(0);
  });

  it('paints a stencil mask solid in the box by default, and clears it on request', async () => {
    for (const mode of ['paint', 'clear'] as const) {
      const doc = await PDFDocument.create();
      const raw = new Uint8Array(Math.ceil(W / 8) * H).fill(0b1010_1010);
      const ref = flateImage(doc, { Width: W, Height: H, ImageMask: true }, raw);
      const page = placeImage(doc, ref, cm, 200, 120, undefined, '0 0 1 rg ');
      const before = render(await doc.save());
      const r = await blankImageRegionsDetailed(doc, ref, matrix, [box], { stencil: mode });
      repoint(page, r!.ref);
      const after = render(await doc.save());
      for (const p of pixelsIn(after, 40, 20, 90, 50)) expect(p).toEqual(mode === 'paint' ? [0, 0, 255] : [255, 255, 255]);
      expect(changedOutside(before, after, [[40, 20, 90, 50]])).toBe(0);
    }
  });

  it('keeps a colour-key masked image opaque in the box even when the fill matches the key', async () => {
    const doc = await PDFDocument.create();
    const raw = gradient(W, H, 1);
    raw.fill(0, 2 * W, 3 * W); // row 2 black: masked by the key, so the background shows
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Mask: [0, 10] }, raw);
    const page = placeImage(doc, ref, cm, 200, 120, [0, 1, 0]);
    const before = render(await doc.save());
    expect(pixel(before, 5, 25)).toEqual([0, 255, 0]);
    expect(pixel(before, 55, 25)).toEqual([0, 255, 0]);
    const r = await blankImageRegionsDetailed(doc, ref, matrix, [box]);
    repoint(page, r!.ref);
    const after = render(await doc.save());
    for (const p of pixelsIn(after, 40, 20, 90, 50)) expect(p).toEqual([0, 0, 0]);
    expect(changedOutside(before, after, [[40, 20, 90, 50]])).toBe(0);
  });

  it('blanks an explicit stencil /Mask so the box is not masked out', async () => {
    const doc = await PDFDocument.create();
    const maskRef = flateImage(doc, { Width: 40, Height: 20, ImageMask: true }, new Uint8Array(5 * 20).fill(0xff));
    const ref = flateImage(doc, { Width: W, Height: H, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Mask: maskRef }, gradient(W, H, 1));
    const page = placeImage(doc, ref, cm, 200, 120, [0, 1, 0]);
    const before = render(await doc.save());
    expect(pixel(before, 60, 30)).toEqual([0, 255, 0]);
    const r = await blankImageRegionsDetailed(doc, ref, matrix, [box]);
    repoint(page, r!.ref);
    const after = render(await doc.save());
    for (const p of pixelsIn(after, 40, 20, 90, 50)) expect(p).toEqual([0, 0, 0]);
    expect(changedOutside(before, after, [[40, 20, 90, 50]])).toBe(0);
  });
});

/** An RGBA PNG with a colour gradient and constant alpha (for embedPng). */
async function makeRgbaPng(w: number, h: number, alpha: number): Promise<Uint8Array> {
  const { zlibSync } = await import('fflate');
  const raw = new Uint8Array((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const o = y * (w * 4 + 1) + 1 + x * 4;
      raw[o] = x * 12;
      raw[o + 1] = y * 20;
      raw[o + 2] = 200;
      raw[o + 3] = alpha;
    }
  }
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const dv = new DataView(out.buffer);
    dv.setUint32(0, data.length);
    for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
    out.set(data, 8);
    dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, w);
  dv.setUint32(4, h);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
