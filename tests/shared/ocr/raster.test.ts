import { describe, expect, it } from 'vitest';
import { cropImage, encodePgm, grayFromRgba, removeSpeckle, rotateImage, turnImage } from '../../../shared/ocr/raster';
import type { GrayImage } from '../../../shared/ocr/types';

const img = (w: number, h: number, f: (x: number, y: number) => number): GrayImage => {
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[y * w + x] = f(x, y);
  return { width: w, height: h, data };
};
const at = (i: GrayImage, x: number, y: number) => i.data[y * i.width + x];

describe('quarter turns', () => {
  // A 3×2 image with one dark pixel in the top-left corner.
  const src = img(3, 2, (x, y) => (x === 0 && y === 0 ? 0 : 255));
  it.each([
    [90, [2, 3], [1, 0]],
    [180, [3, 2], [2, 1]],
    [270, [2, 3], [0, 2]],
  ] as const)('turning %i° clockwise moves the top-left corner where a reader expects it', (turn, [w, h], [x, y]) => {
    const t = turnImage(src, turn);
    expect([t.width, t.height]).toEqual([w, h]);
    expect(at(t, x, y)).toBe(0);
    expect([...t.data].filter((v) => v === 0)).toHaveLength(1);
  });
  it('four quarter turns give the image back', () => {
    const a = img(5, 3, (x, y) => x * 40 + y);
    expect(turnImage(turnImage(turnImage(turnImage(a, 90), 90), 90), 90)).toEqual(a);
  });
});

describe('rotating a few degrees', () => {
  it('enlarges the canvas so nothing is cut off, and keeps the centre where it was', () => {
    const a = img(100, 60, (x, y) => (Math.abs(x - 50) < 3 && Math.abs(y - 30) < 3 ? 0 : 255));
    const r = rotateImage(a, 0.05);
    expect(r.width).toBeGreaterThan(100);
    expect(r.height).toBeGreaterThan(60);
    expect(at(r, Math.floor(r.width / 2), Math.floor(r.height / 2))).toBeLessThan(50);
    expect(at(r, 0, 0)).toBe(255);
  });
});

describe('speckle removal', () => {
  it('removes lonely specks and keeps a full stop beside its letters', () => {
    const a = img(40, 20, () => 255);
    // A "letter" (a 3×6 bar), a full stop 2 px to its right, and a speck far away.
    for (let y = 8; y < 14; y++) for (let x = 5; x < 8; x++) a.data[y * 40 + x] = 0;
    a.data[13 * 40 + 10] = 0;
    a.data[3 * 40 + 30] = 90;
    const { image, removed } = removeSpeckle(a, 150);
    expect(removed).toBe(1);
    expect(at(image, 30, 3)).toBe(255);
    expect(at(image, 10, 13)).toBe(0);
    expect(at(image, 6, 10)).toBe(0);
  });
});

describe('encodings', () => {
  it('writes a binary PGM that OCR engines read without a codec', () => {
    const pgm = encodePgm(img(2, 1, (x) => x * 255));
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 255]);
  });
  it('turns RGBA into grey, transparent as paper', () => {
    expect([...grayFromRgba(Uint8ClampedArray.of(0, 0, 0, 255, 0, 0, 0, 0), 2, 1).data]).toEqual([0, 255]);
  });
  it('crops within the image', () => {
    const c = cropImage(img(4, 4, (x, y) => x + 4 * y), 1, 1, 3, 9);
    expect([c.width, c.height, ...c.data]).toEqual([2, 3, 5, 6, 9, 10, 13, 14]);
  });
});
