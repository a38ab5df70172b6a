import { describe, expect, it } from 'vitest';
import { rectsForRange } from '../../../shared/pdf/textRanges';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';

describe('rectsForRange', () => {
  const page = pageTextFromString('Van: Anouk Bos\nstrategisch adviseur');
  it('covers exactly the characters of a range on one line', () => {
    const i = page.text.indexOf('Anouk Bos');
    expect(rectsForRange(page, i, i + 'Anouk Bos'.length)).toEqual([[30, 0, 84, 10]]);
  });
  it('gives one rectangle per line a range spans', () => {
    const i = page.text.indexOf('Bos');
    const rects = rectsForRange(page, i, page.text.indexOf('adviseur'));
    expect(rects).toEqual([[66, 0, 84, 10], [0, 12, 66, 22]]);
  });
  it('gives nothing for a range of separators only', () => {
    const i = page.text.indexOf('\n');
    expect(rectsForRange(page, i, i + 1)).toEqual([]);
  });
});
