/** The redactor's side of a scan: the OCR text under boxes, the text layer, and boxes along slanted lines. */
import { describe, expect, it } from 'vitest';
import { keptRuns, ocrTextUnder } from '../../../shared/redact/scanned';
import { ocrPageText } from '../../../shared/ocr/pageText';
import { tightRects } from '../../../shared/ocr/suggest';
import type { OcrPageRecord, OcrWord } from '../../../shared/ocr/types';
import type { Rect } from '../../../shared/pdf/types';

/** A word of monospaced characters 6 pt wide on a baseline that rises `slope` per point. */
function word(text: string, x: number, y: number, slope = 0): OcrWord {
  return { text, confidence: 90, chars: [...text].map((_, i) => {
    const x0 = x + 6 * i, dy = slope * 6 * i;
    return [x0, y - 8 + dy, x0 + 6, y + 2 + dy] as Rect;
  }) };
}
const rec = (lines: OcrPageRecord['lines']): OcrPageRecord => ({ format: 1, page: 1, status: 'ok', engine: 'e', dpi: 150, turn: 0, width: 595, height: 842, confidence: 90, lines });

describe('OCR text and the boxes', () => {
  const page = rec([{ angle: 0, origin: [72, 100], ascent: 8, descent: 2, words: [word('Mail', 72, 100), word('p.devries@minjenv.nl', 102, 100)] }]);
  const box: Rect = [101, 91, 156, 103]; // over "p.devries"

  it('says which OCR text a box covers', () => {
    expect(ocrTextUnder(page, [box])).toEqual(['p.devries']);
  });

  it('keeps every character no box covers or touches in the text layer, and nothing under a box', () => {
    const runs = keptRuns(page, [box]).map((r) => r.text);
    expect(runs).toEqual(['Mail', '@minjenv.nl']);
    expect(runs.join(' ')).not.toMatch(/devries/);
  });
});

describe('boxes along a slanted line', () => {
  it('are cut into pieces that do not reach into the lines above and below', () => {
    // 40 characters rising 0.06 pt per pt (a few degrees): 14 pt over the word.
    const p = ocrPageText(rec([{ angle: -0.06, origin: [72, 200], ascent: 8, descent: 2, words: [word('a'.repeat(40), 72, 200, -0.06)] }]));
    const rs = p.glyphs.map((g) => g.rect);
    const union: Rect = [Math.min(...rs.map((r) => r[0])), Math.min(...rs.map((r) => r[1])), Math.max(...rs.map((r) => r[2])), Math.max(...rs.map((r) => r[3]))];
    const pieces = tightRects(p, [union]);
    expect(pieces.length).toBeGreaterThan(2);
    for (const r of pieces) expect(r[3] - r[1]).toBeLessThanOrEqual(10 * 1.15 + 0.01);
    // Together they still cover every character.
    for (const g of p.glyphs) {
      const c = [(g.rect[0] + g.rect[2]) / 2, (g.rect[1] + g.rect[3]) / 2];
      expect(pieces.some((r) => c[0] >= r[0] && c[0] <= r[2] && c[1] >= r[1] && c[1] <= r[3])).toBe(true);
    }
  });
  it('stay one box on a level line', () => {
    const p = ocrPageText(rec([{ angle: 0, origin: [72, 200], ascent: 8, descent: 2, words: [word('Hendriks', 72, 200)] }]));
    expect(tightRects(p, [[72, 192, 120, 202]])).toEqual([[72, 192, 120, 202]]);
  });
});
