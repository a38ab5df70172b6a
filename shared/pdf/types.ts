/**
 * The vocabulary of the PDF core. Coordinates are DESIGN.md's: PDF points, origin at the
 * top-left of the visible page (crop box) as displayed after /Rotate, x right, y down.
 */
import type { PDFDict, PDFRef } from '@cantoo/pdf-lib';
import type { PdfFont } from './fonts/types';

/** `[x0, y0, x1, y1]` in display coordinates, x0 <= x1 and y0 <= y1. */
export type Rect = [number, number, number, number];

/** An affine matrix `[a b c d e f]` as PDF writes it: x' = a x + c y + e, y' = b x + d y + f. */
export type Matrix = [number, number, number, number, number, number];

/**
 * Writing direction of a glyph in display space, as poppler counts it:
 * 0 left→right, 1 top→bottom, 2 right→left (upside down), 3 bottom→top.
 */
export type Rotation = 0 | 1 | 2 | 3;

/** One glyph as drawn, with everything needed to find it again in the content stream. */
export interface Glyph {
  /** Unicode text of the glyph; '' when the font gives no mapping, several chars for ligatures. */
  text: string;
  /** Character code in the font. */
  code: number;
  /** Box in display coordinates: advance × (ascent..descent). */
  rect: Rect;
  /** Writing direction in display space. */
  rot: Rotation;
  /** Baseline position along the line's normal (y for rot 0/2, x for rot 1/3), display units. */
  base: number;
  /** Font size in display units (the em height after all transforms). */
  size: number;
  /** True for a word space: the glyph maps to U+0020 (or is an unmapped code 32). */
  space: boolean;
  /** Index into `PageContent.streams` of the content stream that drew it. */
  stream: number;
  /** Index of the text-showing operator (Tj, TJ, ', ") in that stream's operation list. */
  op: number;
  /** Index of the glyph among the glyphs that operator shows (across a TJ array's strings). */
  index: number;
  /** Advance after the glyph's box from character and word spacing (Tc, Tw), display units. */
  extra?: number;
  /** Text render mode (Tr) in force: 3 and 7 are invisible (OCR layers). */
  renderMode: number;
  /** Font resource key, for diagnostics and for verify's "text as drawn in the font" scan. */
  fontKey: number;
  /** The text object (BT … ET) that drew it, counted over the page from 1. */
  textObject?: number;
}

/** A content-stream operand. Dictionaries appear only as BDC/DP properties and inline-image headers. */
export type Operand = number | boolean | null | PdfName | PdfString | Operand[] | OperandDict;
export type OperandDict = Map<string, Operand>;

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfString {
  constructor(
    readonly bytes: Uint8Array,
    /** Written as <hex> rather than (literal). */
    readonly hex: boolean,
  ) {}
}

/** One operator with its operands and its byte span in the decoded stream. */
export interface Operation {
  op: string;
  args: Operand[];
  /** Byte offset of the first operand (or the operator when there are none). */
  start: number;
  /** Byte offset just past the operator (for BI…ID…EI: past EI). */
  end: number;
  /** For inline images (op 'BI'): the header dictionary and the raw data span. */
  inlineImage?: { dict: OperandDict; dataStart: number; dataEnd: number };
}

/** One placement of a content stream: the page's own content, or a form XObject drawn by Do. */
export interface StreamInstance {
  id: number;
  kind: 'page' | 'form' | 'type3-glyph' | 'annotation';
  /** The stream object (absent for a page whose /Contents is an array: see `parts`). */
  ref?: PDFRef;
  /** For a page with several /Contents streams: their refs, in order (their bytes are concatenated). */
  parts?: PDFRef[];
  /** Instance that drew this one with Do (-1 for the page). */
  parent: number;
  /** Index of the Do operation in the parent. */
  parentOp: number;
  /**
   * Do operations (by index) that the interpreter skipped because the form they name is already
   * being drawn (a form that draws itself or an ancestor: a cycle, which
   * readers stop at different depths: some still follow such a Do a level or more); redaction drops it from a
   * rewritten page (shared/redact/content.ts).
   */
  cycleOps?: number[];
  /**
   * Text-showing operations (by index) run with no usable font (a /Font resource that is missing
   * or no font dictionary): no glyph can be measured, so their place is unknown, while readers
   * draw them with a substitute font. Recorded only when interpreted with marks.
   */
  unmeasuredTextOps?: number[];
  /** Decoded bytes and their operations (the operations only when interpreted with marks, as redaction does; empty for text only). */
  bytes: Uint8Array;
  ops: Operation[];
  /** The resource dictionary names in this stream resolve against. */
  resources?: PDFDict;
  /** For each text-showing operator (by index): the text state it ran with, for rewriting it. */
  textOps?: Map<number, TextOpState>;
  /**
   * The stream (or a part of the page's /Contents) could not be decoded whole, or a part is no
   * stream at all: `bytes` is what was read. Redaction writes these bytes rather than keep the
   * damaged original, so that no reader can recover text the interpreter did not see.
   */
  damaged?: boolean;
}

/** Text state in force at a text-showing operator. */
export interface TextOpState {
  font: PdfFont;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
}

/** Something other than text drawn on the page, found so that redaction can blank or drop it. */
export interface GraphicMark {
  kind: 'image' | 'inline-image' | 'path' | 'shading';
  stream: number;
  op: number;
  /** Bounding box in display coordinates. */
  rect: Rect;
  /** For images: the matrix from the unit square to display coordinates. */
  matrix?: Matrix;
  /** For image XObjects: the object. */
  ref?: PDFRef;
  /** For paths: the first path-construction operator (the painting operator is `op`). */
  firstOp?: number;
}

/** Geometry of a page: how PDF user space maps to display coordinates. */
export interface PageGeometry {
  /** Display width and height in points (after /Rotate and /UserUnit). */
  width: number;
  height: number;
  rotate: 0 | 90 | 180 | 270;
  userUnit: number;
  /** The crop box in PDF user space (normalised). */
  cropBox: Rect;
  mediaBox: Rect;
  /** PDF user space → display coordinates. */
  toDisplay: Matrix;
}

/** Everything the interpreter learned about one page. */
export interface PageContent {
  /** 0-based page index. */
  index: number;
  geometry: PageGeometry;
  glyphs: Glyph[];
  streams: StreamInstance[];
  marks: GraphicMark[];
  /** Problems that did not stop interpretation (unknown font, bad operand), for diagnostics. */
  warnings: string[];
}
