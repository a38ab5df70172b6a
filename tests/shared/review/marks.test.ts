// The text under a mark's boxes, as the import of review marks writes it into the dossier.
import { describe, expect, it } from 'vitest';
import { textUnder } from '../../../shared/review/marks';
import type { Rect } from '../../../shared/pdf/types';

const w = (text: string, rect: Rect) => ({ text, rect });

describe('the text under a mark', () => {
  it('joins a name broken at a hyphen over a line end into one word, as the suggestion wrote it', () => {
    // Made-up name in a side column: "drs. K. Veldhuis-" on one line, "Okafor" on the next.
    const words = [w('drs.', [400, 700, 418, 710]), w('K.', [421, 700, 430, 710]), w('Veldhuis-', [433, 700, 480, 710]), w('Okafor', [400, 688, 434, 698]), w('T', [400, 676, 405, 686])];
    expect(textUnder(words, [[398, 699, 482, 711], [398, 687, 436, 699]])).toBe('drs. K. Veldhuis-Okafor');
  });

  it('keeps the space after a hyphen within one line ("in- en uitvoer")', () => {
    const words = [w('in-', [100, 500, 112, 510]), w('en', [115, 500, 125, 510]), w('uitvoer', [128, 500, 160, 510])];
    expect(textUnder(words, [[98, 499, 162, 511]])).toBe('in- en uitvoer');
  });

  it('joins words of two lines with a space when the first does not end in a hyphen', () => {
    const words = [w('Jan', [100, 500, 115, 510]), w('Bakker', [100, 488, 130, 498])];
    expect(textUnder(words, [[98, 499, 117, 511], [98, 487, 132, 499]])).toBe('Jan Bakker');
  });
});
