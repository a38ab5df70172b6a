import { describe, expect, it } from 'vitest';
import { packWords, packedBuffers, unpackWords, type PageWords } from '../../../shared/app';

const pages: PageWords[] = [
  { page: 1, words: [{ text: 'Geachte', rect: [72.5, 100.13, 120.07, 111.9] }, { text: 'mevrouw', rect: [122, 100.13, 170.33, 111.9] }] },
  { page: 2, words: [] },
  { page: 3, words: [{ text: 'Çelik-Vermeulen', rect: [0.01, 841.99, 595.28, 842] }, { text: '', rect: [1, 2, 3, 4] }, { text: 'e-mail:\tj@x.nl', rect: [10, 20, 30, 40] }] },
];

describe('words packed to cross from the analysis worker', () => {
  it('come back exactly: the same pages, texts (empty, accented, with tabs) and rects to the last digit', () => {
    const back = unpackWords(packWords(pages)).map((p) => ({ page: p.page, words: p.words }));
    expect(back).toEqual(pages);
  });

  it('survive a structured copy with their buffers transferred, as a worker message does', () => {
    const packed = packWords(pages);
    const copy = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(packed.rects.byteLength).toBe(0); // moved, not copied
    expect(unpackWords(copy)[2].words[0]).toEqual({ text: 'Çelik-Vermeulen', rect: [0.01, 841.99, 595.28, 842] });
  });

  it('make a page\'s words once, when first read, and give the same list after that', () => {
    const [p1] = unpackWords(packWords(pages));
    expect(p1.words).toBe(p1.words);
    expect(p1.words.map((w) => w.text)).toEqual(['Geachte', 'mevrouw']);
  });
});
