/**
 * The text model above the glyphs: words, lines, reading order, and a map from every
 * character of the page text back to the glyphs that drew it. Detectors work on `text`
 * and turn character ranges back into rectangles with `rectsForRange`.
 */
import type { Glyph, Rect, Rotation } from './types';

export interface Word {
  text: string;
  rect: Rect;
  rot: Rotation;
  /** Indices into `PageText.glyphs`. */
  glyphs: number[];
  /** Offset of the word's first character in `PageText.text`. */
  start: number;
}

export interface TextLine {
  words: Word[];
  rect: Rect;
  rot: Rotation;
  /** Offset of the line's first character in `PageText.text`, and one past its last. */
  start: number;
  end: number;
  /** Index of the block (column or paragraph group) the line belongs to, in reading order. */
  block: number;
}

export interface PageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  /**
   * The page text in reading order: words joined by ' ', lines by '\n', and blocks
   * (columns, separate paragraphs) by '\n\n'.
   */
  text: string;
  words: Word[];
  lines: TextLine[];
  glyphs: Glyph[];
  /** For each UTF-16 code unit of `text`: the glyph index that drew it, or -1 for an inserted separator. */
  charToGlyph: Int32Array;
  /** For each UTF-16 code unit of `text`: the index of its line in `lines`, or -1 for separators between lines. */
  charToLine: Int32Array;
  /**
   * Set on pages read by OCR (issue #12, shared/ocr): per glyph, the OCR confidence 0..100,
   * or -1 for a glyph of the PDF's own text layer.
   */
  ocrConfidence?: Int8Array;
  /**
   * For each glyph: the glyph it repeats (text drawn twice: fake bold, a form over its own
   * text, an OCR layer under the visible text), which `text` reads instead, or -1. Copies are
   * left out of `text` and `words` but kept in `glyphs`, so the rectangles of a range cover
   * every copy. Absent means no copies.
   */
  copyOf?: Int32Array;
  /**
   * The glyphs' boxes, four numbers [x0, y0, x1, y1] per glyph, kept by a compact page
   * (`compactPageText`) in place of `glyphs`, which it leaves empty: what the detectors and
   * `rectsForRange` need, at a tenth of the memory, for documents of thousands of pages.
   */
  boxes?: Float64Array;
}
