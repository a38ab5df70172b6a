/** Lines of a page scanned a few degrees askew stay apart in the text model (issue #12). */
import { describe, expect, it } from 'vitest';
import { ocrPageText } from '../../../shared/ocr/pageText';
import type { OcrLine, OcrPageRecord } from '../../../shared/ocr/types';
import type { Rect } from '../../../shared/pdf/types';

/** A line of words 40 pt wide every 50 pt along a baseline at `angle`, starting at `origin`. */
function slantedLine(words: string[], origin: [number, number], angle: number): OcrLine {
  const cos = Math.cos(angle), sin = Math.sin(angle);
  return {
    angle, origin, ascent: 9, descent: 2,
    words: words.map((text, i) => {
      const x = origin[0] + 50 * i * cos, y = origin[1] + 50 * i * sin;
      const w = 40 / text.length;
      return { text, confidence: 95, chars: [...text].map((_, k): Rect => [x + k * w, y - 9, x + (k + 1) * w, y + 2]) };
    }),
  };
}

function page(lines: OcrLine[]): OcrPageRecord {
  return { format: 1, page: 1, status: 'ok', engine: 'e', dpi: 150, turn: 0, width: 596, height: 842, confidence: 95, lines };
}

describe('a page scanned askew', () => {
  const long = ['De', 'minister', 'heeft', 'de', 'brief', 'gisteren', 'aan', 'de', 'Kamer'];
  const short = ['gestuurd', 'namens'];

  it.each([3, -2.5, 4])('at %s degrees keeps a short line apart from the long line above it', (deg) => {
    const a = (deg * Math.PI) / 180;
    // The next line starts 13 pt further down, measured across the slant.
    const text = ocrPageText(page([
      slantedLine(long, [70, 300], a),
      slantedLine(short, [70 - 13 * Math.sin(a), 300 + 13 * Math.cos(a)], a),
    ])).text;
    expect(text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual([long.join(' '), short.join(' ')]);
  });

  it('keeps a level page as it was', () => {
    const text = ocrPageText(page([slantedLine(long, [70, 300], 0), slantedLine(short, [70, 313], 0)])).text;
    expect(text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual([long.join(' '), short.join(' ')]);
  });
});
