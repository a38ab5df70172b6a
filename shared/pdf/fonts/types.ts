/**
 * What the interpreter needs from a font. Implementations live beside this file, one per
 * font kind; `loadFont` (index.ts) picks one from the font dictionary.
 */
import type { Matrix } from '../types';

/**
 * One glyph decoded from a string operand. Fonts hand out one frozen record per code, shared by
 * every occurrence: copy what you need, never mutate it.
 */
export interface FontGlyph {
  /** Character code (1 byte for simple fonts, 1–4 for composite fonts per the CMap). */
  code: number;
  /** How many bytes of the string this code took. */
  length: number;
  /** Unicode text ('' when unknown; several chars for ligatures such as "ffi"). */
  text: string;
  /**
   * Horizontal advance in text space for a font size of 1 (so a /Widths entry of 500 gives
   * 0.5; for Type3 the width is multiplied by the FontMatrix).
   */
  width: number;
  /** Vertical advance in text space for vertical (…-V) fonts, usually negative (-1.0); 0 otherwise. */
  vy: number;
  /** True when Tw applies: a single-byte code 32 (ISO 32000-1 9.3.3), never for multi-byte codes. */
  wordSpace: boolean;
}

/** Which kind of font dictionary a PdfFont was read from ('fallback': it could not be read). */
export type FontKind = 'Type1' | 'MMType1' | 'TrueType' | 'Type3' | 'Type0' | 'fallback';

export interface PdfFont {
  /** BaseFont (or a synthesized name), for diagnostics. */
  readonly name: string;
  /** The font dictionary's kind; absent only in hand-made test fonts. */
  readonly kind?: FontKind;
  /** Problems met while reading the font (no widths, unreadable ToUnicode…), for diagnostics. */
  readonly warnings?: readonly string[];
  /** Writing mode 1 (Identity-V and other vertical CMaps). */
  readonly vertical: boolean;
  /** Glyph space → text space; [0.001 0 0 0.001 0 0] except for Type3 fonts. */
  readonly fontMatrix: Matrix;
  /** Ascent and descent in text space for size 1 (e.g. 0.9 and -0.2), for glyph boxes. */
  readonly ascent: number;
  readonly descent: number;
  /**
   * For simple fonts: the glyph name of a one-byte code after /Encoding and /Differences ('' when
   * none). A Type3 font's /CharProcs are keyed by this name.
   */
  glyphName?(code: number): string;
  /**
   * Splits a string operand into glyphs. Must never throw on garbage: unknown codes give text ''.
   * The returned records may be shared between calls (and are frozen): never mutate them.
   */
  decode(bytes: Uint8Array): FontGlyph[];
  /**
   * `decode` into `out` from index 0 (the caller's array, reused from string to string: no new
   * array per string, issue #17); returns how many glyphs it wrote. Entries past that are stale.
   */
  decodeInto(bytes: Uint8Array, out: FontGlyph[]): number;
  /**
   * The byte sequence that would draw `text` in this font, or null when some character has
   * no code. Used by verify to search streams for redacted text "as drawn".
   */
  encode(text: string): Uint8Array | null;
}

/** Something that remembers loaded fonts: a Map or a WeakMap keyed by the font dictionary. */
export interface FontCache {
  get(key: object): PdfFont | undefined;
  set(key: object, font: PdfFont): unknown;
}

export interface FontLoadOptions {
  /**
   * Loaded fonts by font dictionary (pdf-lib hands out one PDFDict object per indirect object,
   * so a font shared by 1,000 pages is read once). Pass the same cache for a whole document.
   */
  cache?: FontCache;
  /**
   * The bytes of a predefined CMap by name (e.g. 'UniGB-UCS2-H', '90ms-RKSJ-H'): a text CMap or
   * a pdf.js binary `.bcmap`. Return null when unknown. Identity-H/V need no hook. shared/ cannot
   * read files: the CLI supplies pdfjs-dist's `cmaps/` here.
   */
  loadPredefinedCMap?(name: string): Uint8Array | null;
  /** Told about every problem met while reading a font (the font still loads). */
  onWarning?(message: string): void;
  /** Cap on the decoded size of one font stream (ToUnicode, CMap, font program). */
  maxStreamBytes?: number;
}
