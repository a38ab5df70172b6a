/** From the engine's words in image pixels to glyph-like boxes on the page as displayed. */
import { describe, expect, it } from 'vitest';
import { isNoiseWord, toPageRecord } from '../../../shared/ocr/record';
import { ocrPageText } from '../../../shared/ocr/pageText';
import type { OcrImageResult, OcrPageScan } from '../../../shared/ocr/types';

const line = (words: [string, number, number, number][], y0 = 20, y1 = 32): OcrImageResult['lines'][number] => ({
  bbox: { x0: words[0][2], y0, x1: words[words.length - 1][3], y1 },
  baseline: { x0: words[0][2], y0: y1 - 2, x1: words[words.length - 1][3], y1: y1 - 2 },
  words: words.map(([text, confidence, x0, x1]) => ({ text, confidence, bbox: { x0, y0, x1, y1 } })),
});
const scan = (result: OcrImageResult, frame: Partial<OcrPageScan> = {}): OcrPageScan => ({
  format: 1, page: 1, engine: 'e', dpi: 72, turn: 0, imageWidth: 400, imageHeight: 300, width: 400, height: 300, result, ...frame,
});

describe('noise', () => {
  it.each([
    [{ text: 'Oe', confidence: 30 }, true],
    [{ text: '‚', confidence: 60 }, true],
    [{ text: '|', confidence: 96 }, false],
    [{ text: 'de', confidence: 92 }, false],
    [{ text: 'b.deboer&@om.nl', confidence: 16 }, false],
  ])('%o is noise: %s', (w, noise) => expect(isNoiseWord(w)).toBe(noise));
});

describe('boxes', () => {
  it('gives every character a box, the boxes of a word touch, and the text model reads the words', () => {
    const rec = toPageRecord(scan({ lines: [line([['Geachte', 95, 10, 80], ['mevrouw', 95, 90, 170], ['Oe', 20, 300, 320]])] }));
    const page = ocrPageText(rec);
    expect(page.text).toBe('Geachte mevrouw');
    const w = page.words[0];
    expect(w.glyphs).toHaveLength(7);
    for (let i = 1; i < w.glyphs.length; i++) expect(page.glyphs[w.glyphs[i]].rect[0]).toBeCloseTo(page.glyphs[w.glyphs[i - 1]].rect[2], 5);
    expect(w.rect[0]).toBeCloseTo(10, 0);
    expect(page.ocrConfidence?.[w.glyphs[0]]).toBe(95);
  });

  it('maps a page read after a quarter turn back to the page as displayed (text running up)', () => {
    // The image read is the page turned 90° clockwise: 300 wide, 400 high.
    const rec = toPageRecord(scan({ lines: [line([['Postbus', 95, 10, 90]])] }, { turn: 90 }));
    const page = ocrPageText(rec);
    const w = page.words[0];
    expect(w.rot).toBe(3);
    // (x, y) read → (y, H − x) displayed, H = 300.
    expect(w.rect[0]).toBeCloseTo(20, 0);
    // The line's full height: capitals to a descender depth of at least a quarter of them.
    expect(w.rect[2]).toBeGreaterThanOrEqual(32);
    expect(w.rect[2]).toBeLessThanOrEqual(33);
    expect(w.rect[1]).toBeCloseTo(300 - 90, 0);
    expect(w.rect[3]).toBeCloseTo(300 - 10, 0);
  });

  it('maps a straightened reading back onto the skewed page', () => {
    const skew = 0.05;
    // A word at the centre of the straightened image stays at the centre of the page.
    const W = Math.ceil(400 * Math.cos(skew) + 300 * Math.sin(skew)), H = Math.ceil(400 * Math.sin(skew) + 300 * Math.cos(skew));
    const cx = W / 2, cy = H / 2;
    const rec = toPageRecord(scan({ lines: [line([['Den', 95, cx - 10, cx + 10]], cy - 6, cy + 6)] }, { skew }));
    const r = ocrPageText(rec).words[0].rect;
    expect((r[0] + r[2]) / 2).toBeCloseTo(200, 0);
    expect((r[1] + r[3]) / 2).toBeGreaterThan(145);
    expect((r[1] + r[3]) / 2).toBeLessThan(157);
  });

  it('reads a vertical line that the engine reports with empty character boxes', () => {
    // Tesseract reads text running down the image by itself and gives zero-width symbols.
    const result: OcrImageResult = { lines: [{
      bbox: { x0: 300, y0: 20, x1: 312, y1: 200 }, baseline: { x0: 303, y0: 20, x1: 303, y1: 200 },
      words: [
        { text: 'Met', confidence: 95, bbox: { x0: 300, y0: 20, x1: 312, y1: 60 }, symbols: [{ text: 'M', bbox: { x0: 0, y0: 3, x1: 0, y1: 9 } }, { text: 'e', bbox: { x0: 0, y0: 3, x1: 0, y1: 9 } }, { text: 't', bbox: { x0: 0, y0: 3, x1: 0, y1: 9 } }] },
        { text: 'groet', confidence: 95, bbox: { x0: 300, y0: 80, x1: 312, y1: 150 } },
      ],
    }] };
    const page = ocrPageText(toPageRecord(scan(result)));
    expect(page.text).toBe('Met groet');
    expect(page.words.map((w) => w.rot)).toEqual([1, 1]);
    const chars = page.words[0].glyphs.map((g) => page.glyphs[g].rect);
    expect(chars[0][1]).toBeCloseTo(20, 0);
    expect(chars[2][3]).toBeGreaterThan(55);
    expect(chars[1][1]).toBeGreaterThan(chars[0][1]);
  });
});
