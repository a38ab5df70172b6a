/**
 * Compact pages as they cross threads (issue #17, `--jobs N`): a page's words and lines are an
 * object graph (on the bench dossier 174,000 words and 26,000 lines per 1,000 pages), which the
 * structured clone walks object by object on both sides: serialising and deserialising the
 * 1,000 pages cost about 1.4 CPU-s, on the reading worker and on the thread that detects. Here
 * each page's words and lines become numbers in one Float64Array per range (a word's text is a
 * slice of the page text at its offset), and every typed array is transferred, not copied. The
 * receiving side builds the same objects again from the numbers, without the clone's generic walk.
 *
 *   worker: packPages(pages) ─ postMessage(result, transferList(result)) ─▶ unpackPages(packed): PageText[]
 *
 * A page whose words are not of the compact form (glyph indices, other fields) travels as it is.
 *
 * @example
 *   const packed = packPages(pages);
 *   unpackPages(packed); // pages equal to `pages`, words and lines included
 */
import type { PageText, TextLine, Word } from './pdf/textTypes';
import type { Rotation } from './pdf/types';

/** Pages whose words and lines were taken out into `numbers` (their `words` and `lines` are null). */
export interface PackedPages {
  pages: PageText[];
  /**
   * Per packed page, in order: word count, line count; per word x0, y0, x1, y1, rot, start and
   * text length; per line x0, y0, x1, y1, rot, start, end, block, word count and its words' indices.
   */
  numbers: Float64Array;
}

const WORD_KEYS = 5; // text, rect, rot, glyphs, start
const LINE_KEYS = 6; // words, rect, rot, start, end, block

/** Whether a page's words and lines have exactly the compact form that `unpackPages` rebuilds. */
function packable(p: PageText): Map<Word, number> | null {
  if (p.glyphs.length !== 0) return null;
  const index = new Map<Word, number>();
  for (let i = 0; i < p.words.length; i++) {
    const w = p.words[i]!;
    if (w.glyphs.length !== 0 || w.rect.length !== 4 || Object.keys(w).length !== WORD_KEYS || index.has(w)) return null;
    if (p.text.slice(w.start, w.start + w.text.length) !== w.text) return null;
    index.set(w, i);
  }
  for (const l of p.lines) {
    if (l.rect.length !== 4 || Object.keys(l).length !== LINE_KEYS) return null;
    for (const w of l.words) if (!index.has(w)) return null;
  }
  return index;
}

/** The pages with their words and lines as numbers (see PackedPages); the pages given are not changed. */
export function packPages(pages: readonly PageText[]): PackedPages {
  const indexes = pages.map(packable);
  let size = 0;
  pages.forEach((p, k) => {
    if (!indexes[k]) return;
    size += 2 + 7 * p.words.length;
    for (const l of p.lines) size += 9 + l.words.length;
  });
  const numbers = new Float64Array(size);
  let at = 0;
  const out = pages.map((p, k) => {
    const index = indexes[k];
    // A copy of the page object in either case: transferablesOf may put copies of its arrays in it.
    if (!index) return { ...p };
    numbers[at++] = p.words.length;
    numbers[at++] = p.lines.length;
    for (const w of p.words) {
      numbers[at++] = w.rect[0];
      numbers[at++] = w.rect[1];
      numbers[at++] = w.rect[2];
      numbers[at++] = w.rect[3];
      numbers[at++] = w.rot;
      numbers[at++] = w.start;
      numbers[at++] = w.text.length;
    }
    for (const l of p.lines) {
      numbers[at++] = l.rect[0];
      numbers[at++] = l.rect[1];
      numbers[at++] = l.rect[2];
      numbers[at++] = l.rect[3];
      numbers[at++] = l.rot;
      numbers[at++] = l.start;
      numbers[at++] = l.end;
      numbers[at++] = l.block;
      numbers[at++] = l.words.length;
      for (const w of l.words) numbers[at++] = index.get(w)!;
    }
    // The page's other fields as they are, in their order; words and lines marked as packed.
    return { ...p, words: null, lines: null } as unknown as PageText;
  });
  return { pages: out, numbers };
}

/** The pages of `packPages` as they were: words and lines rebuilt (words of a line are the page's own word objects). */
export function unpackPages(packed: PackedPages): PageText[] {
  const n = packed.numbers;
  let at = 0;
  // Compact words have no glyph indices: one empty array for all, as compactPageText gives them.
  const noGlyphs: number[] = [];
  return packed.pages.map((p) => {
    if (p.words !== null) return p;
    const text = p.text;
    const wordCount = n[at++]!;
    const lineCount = n[at++]!;
    const words: Word[] = new Array<Word>(wordCount);
    for (let i = 0; i < wordCount; i++) {
      const rect: [number, number, number, number] = [n[at]!, n[at + 1]!, n[at + 2]!, n[at + 3]!];
      const start = n[at + 5]!;
      words[i] = { text: text.slice(start, start + n[at + 6]!), rect, rot: n[at + 4]! as Rotation, glyphs: noGlyphs, start };
      at += 7;
    }
    const lines: TextLine[] = new Array<TextLine>(lineCount);
    for (let i = 0; i < lineCount; i++) {
      const rect: [number, number, number, number] = [n[at]!, n[at + 1]!, n[at + 2]!, n[at + 3]!];
      const rot = n[at + 4]! as Rotation;
      const start = n[at + 5]!;
      const end = n[at + 6]!;
      const block = n[at + 7]!;
      const count = n[at + 8]!;
      at += 9;
      const lw: Word[] = new Array<Word>(count);
      for (let j = 0; j < count; j++) lw[j] = words[n[at++]!]!;
      lines[i] = { words: lw, rect, rot, start, end, block };
    }
    p.words = words;
    p.lines = lines;
    return p;
  });
}

/**
 * The buffers of packed pages that can move to the other thread instead of being copied: the
 * numbers and each page's typed arrays that own their whole buffer. A typed array that is a view
 * of a larger buffer (or of shared memory) is copied into one of its own first (in the packed
 * page object), so that transferring never detaches memory something else still reads. The pages
 * that were packed must not be used after the transfer: their own arrays move with it.
 */
export function transferablesOf(packed: PackedPages): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>([packed.numbers.buffer as ArrayBuffer]);
  for (const p of packed.pages) {
    const rec = p as unknown as Record<string, unknown>;
    for (const key of ['charToGlyph', 'charToLine', 'copyOf', 'ocrConfidence', 'boxes']) {
      const v = rec[key];
      if (!ArrayBuffer.isView(v)) continue;
      let arr = v as Int32Array | Float64Array | Int8Array;
      if (!(arr.buffer instanceof ArrayBuffer) || arr.byteOffset !== 0 || arr.byteLength !== arr.buffer.byteLength || out.has(arr.buffer)) {
        arr = arr.slice();
        rec[key] = arr;
      }
      out.add(arr.buffer as ArrayBuffer);
    }
  }
  return [...out];
}
