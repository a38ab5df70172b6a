/** The covering rule against many boxes at once (coverTest) answers as covers box by box. */
import { describe, expect, it } from 'vitest';
import { coverTest, covers } from '../../../shared/redact/geometry';
import type { Rect } from '../../../shared/pdf/types';

describe('coverTest', () => {
  const boxes: Rect[] = [[50, 0, 101, 10], [200, 300, 260, 312]];
  it.each([
    [[60, 1, 66, 11], true], // centre (63, 6) inside the first box
    [[100, 0, 106, 10], false], // centre (103, 5) right of it
    [[60, 8, 66, 18], false], // the line below, 2 points overlap
    [[228, 305, 232, 315], true], // the second box
    [[150, 100, 156, 110], false], // between the boxes, inside their common bounds
    [[101 - 2, 0, 101 + 2, 10], true], // centre on the edge: edges included
    [[NaN, 0, 10, 10], false],
  ] as [Rect, boolean][])('glyph %j covered: %s', (glyph, expected) => {
    expect(coverTest(boxes)(...glyph)).toBe(expected);
  });

  it('agrees with covers box by box on thousands of glyphs around the boxes', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const test = coverTest(boxes);
    let agreed = 0, coveredCount = 0;
    for (let k = 0; k < 20000; k++) {
      const x = rnd() * 320 - 10, y = rnd() * 340 - 10, w = rnd() * 12, h = rnd() * 14;
      const g: Rect = [x, y, x + w, y + h];
      const expected = boxes.some((b) => covers(b, g));
      if (test(...g) === expected) agreed++;
      if (expected) coveredCount++;
    }
    expect(agreed).toBe(20000);
    expect(coveredCount).toBeGreaterThan(100);
  });

  it('covers nothing without boxes', () => {
    expect(coverTest([])(0, 0, 10, 10)).toBe(false);
  });
});
