import { describe, expect, it } from 'vitest';
import { dragToBox, type PageWords } from '../../../shared/app';

const words: PageWords['words'] = [
  { text: 'Behandelaar:', rect: [72, 100, 140, 110] },
  { text: 'Anna', rect: [144, 100, 170, 110] },
  { text: 'Smit', rect: [174, 100, 198, 110] },
  { text: 'Kamer', rect: [72, 114, 104, 124] },
  { text: '4.12', rect: [108, 114, 130, 124] },
];

describe('what a drag on the page makes', () => {
  it('selects the words of one line with the text tool when dragged along it without any height', () => {
    expect(dragToBox('text', [140, 105, 200, 105], words)).toEqual({ rects: [[144, 100, 198, 110]], text: 'Anna Smit' });
  });

  it('gives one box per line for a drag over two lines, and the words in order', () => {
    expect(dragToBox('text', [100, 104, 150, 118], words)).toEqual({ rects: [[72, 100, 170, 110], [72, 114, 130, 124]], text: 'Behandelaar: Anna Kamer 4.12' });
  });

  it('draws a box of its own with the box tool, with the words under it, but not a sliver', () => {
    expect(dragToBox('box', [140, 98, 200.004, 112], words)).toEqual({ rects: [[140, 98, 200, 112]], text: 'Anna Smit' });
    expect(dragToBox('box', [140, 105, 200, 106], words)).toBeNull();
    expect(dragToBox('text', [300, 105, 340, 105], words)).toBeNull();
    expect(dragToBox('text', [150, 100, 151, 110], words)).toBeNull();
  });
});
