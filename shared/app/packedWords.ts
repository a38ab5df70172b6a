/**
 * The words of a document's pages in a few flat arrays, to cross from the analysis worker to
 * the UI thread (issue #17 item 2): a thousand pages as objects took the UI thread a long
 * task to receive (a structured copy of every word object, then a collection of the garbage).
 * Packed, the message is one string and three typed arrays whose buffers are transferred; the
 * pages are unpacked one at a time, when something first asks for their words.
 */
import type { Rect } from '../pdf/types';
import type { PageWords } from './occurrences';

export interface PackedWords {
  /** Page number of each page. */
  pages: Int32Array;
  /** Index of each page's first word; one more entry than pages (the end). */
  starts: Int32Array;
  /** Every word's text, one after the other. */
  text: string;
  /** Length of each word's text. */
  lengths: Int32Array;
  /** Four numbers per word: x0, y0, x1, y1. */
  rects: Float64Array;
}

/** Packs pages of words (exact: the numbers are kept as they are). */
export function packWords(pages: readonly PageWords[]): PackedWords {
  let n = 0;
  for (const p of pages) n += p.words.length;
  const out: PackedWords = { pages: new Int32Array(pages.length), starts: new Int32Array(pages.length + 1), text: '', lengths: new Int32Array(n), rects: new Float64Array(n * 4) };
  const texts: string[] = new Array<string>(n);
  let k = 0;
  pages.forEach((p, i) => {
    out.pages[i] = p.page;
    out.starts[i] = k;
    for (const w of p.words) {
      texts[k] = w.text;
      out.lengths[k] = w.text.length;
      out.rects.set(w.rect, k * 4);
      k++;
    }
  });
  out.starts[pages.length] = k;
  out.text = texts.join('');
  return out;
}

/** The buffers to transfer with a packed message. */
export function packedBuffers(p: PackedWords): ArrayBuffer[] {
  return [p.pages.buffer, p.starts.buffer, p.lengths.buffer, p.rects.buffer] as ArrayBuffer[];
}

/**
 * The pages back, each page's words made when first read (a getter that keeps what it made):
 * showing page 1 of a thousand-page document does not build the words of the other 999.
 */
export function unpackWords(p: PackedWords): PageWords[] {
  // Where each word's text starts in the string.
  const offsets = new Int32Array(p.lengths.length + 1);
  for (let i = 0; i < p.lengths.length; i++) offsets[i + 1] = offsets[i] + p.lengths[i];
  const out: PageWords[] = [];
  for (let i = 0; i < p.pages.length; i++) {
    let words: PageWords['words'] | null = null;
    const from = p.starts[i];
    const to = p.starts[i + 1];
    out.push({
      page: p.pages[i],
      get words() {
        if (words === null) {
          words = new Array(to - from);
          for (let k = from; k < to; k++) {
            words[k - from] = { text: p.text.slice(offsets[k], offsets[k + 1]), rect: [p.rects[k * 4], p.rects[k * 4 + 1], p.rects[k * 4 + 2], p.rects[k * 4 + 3]] as Rect };
          }
        }
        return words;
      },
    });
  }
  return out;
}
