/**
 * The font layer of the PDF core: `loadFont` turns a font dictionary into a PdfFont that splits
 * string operands into glyphs with text and advances. Simple fonts (Type1, MMType1, TrueType,
 * Type3) and composite fonts (Type0 over CIDFontType0/2) are supported; a font that cannot be
 * read becomes a fallback font (Helvetica widths) so that interpretation goes on.
 */
import { PDFDict } from '@cantoo/pdf-lib';
import type { Matrix } from '../types';
import { Type0Font } from './composite';
import { makeGlyph } from './common';
import { encodingVector, glyphNameToUnicode } from './glyphlist';
import { getName } from './objects';
import { SimpleFont } from './simple';
import { standardMetrics } from './standard14';
import type { FontGlyph, FontLoadOptions, PdfFont } from './types';

export type { FontGlyph, FontLoadOptions, FontCache, FontKind, PdfFont } from './types';
export { CMap, parseCMap, parseBinaryCMap, identityCMap } from './cmap';
export { glyphNameToUnicode, encodingVector } from './glyphlist';
export { standardFontFor } from './standard14';
export { SimpleFont } from './simple';
export { Type0Font } from './composite';

/**
 * Reads a font dictionary (already looked up from /Resources /Font). Never throws: a damaged
 * font gives a fallback font and a warning through `opts.onWarning`.
 *
 * @example
 *   const cache = new Map();
 *   const font = loadFont(fontDict, { cache });
 *   font.decode(new Uint8Array([0x48, 0x69])).map((g) => g.text).join('') // 'Hi'
 */
export function loadFont(dict: PDFDict, opts: FontLoadOptions = {}): PdfFont {
  const cached = opts.cache?.get(dict);
  if (cached) return cached;
  const font = readFont(dict, opts);
  opts.cache?.set(dict, font);
  return font;
}

function readFont(dict: PDFDict, opts: FontLoadOptions): PdfFont {
  const name = safe(() => getName(dict, 'BaseFont')) ?? '';
  const warn = (m: string) => {
    if (opts.onWarning) {
      try {
        opts.onWarning(`font ${name || '(unnamed)'}: ${m}`);
      } catch {
        // A throwing warning sink must not stop font loading.
      }
    }
  };
  let subtype: string | undefined;
  try {
    if (!(dict instanceof PDFDict)) throw new TypeError('not a dictionary');
    subtype = getName(dict, 'Subtype');
    if (subtype === 'Type0') return new Type0Font(dict, { ...opts, warn });
    if (subtype !== undefined && subtype !== 'Type1' && subtype !== 'TrueType' && subtype !== 'MMType1' && subtype !== 'Type3') {
      warn(`unknown font subtype /${subtype}: reading it as a simple font`);
    }
    return new SimpleFont(dict, { maxStreamBytes: opts.maxStreamBytes, warn });
  } catch (e) {
    warn(`unreadable font (${e instanceof Error ? e.message : String(e)}): using a fallback`);
    return new FallbackFont(name, subtype === 'Type0');
  }
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

const FALLBACK_MATRIX: Matrix = [0.001, 0, 0, 0.001, 0, 0];

/**
 * A font that could not be read: one-byte codes with Helvetica widths and WinAnsi text (text
 * is more useful than none when looking for what to redact), or two-byte codes with no text
 * for a broken Type0 font.
 */
export class FallbackFont implements PdfFont {
  readonly kind = 'fallback' as const;
  readonly vertical = false;
  readonly fontMatrix = FALLBACK_MATRIX;
  readonly ascent = 0.95;
  readonly descent = -0.35;
  readonly warnings: string[] = ['the font could not be read'];
  private readonly glyphs: FontGlyph[] = [];
  private readonly wide: FontGlyph;
  private readonly narrow: FontGlyph;

  constructor(
    readonly name: string,
    private readonly twoByte: boolean,
  ) {
    const names = encodingVector('WinAnsiEncoding');
    const helvetica = standardMetrics('Helvetica');
    for (let c = 0; c < 256; c++) {
      const n = names[c];
      this.glyphs.push(makeGlyph(c, 1, n && c >= 32 ? glyphNameToUnicode(n) : '', (n ? helvetica.width(n) ?? 0 : 0) / 1000, 0));
    }
    this.wide = makeGlyph(0, 2, '', 1, 0);
    this.narrow = makeGlyph(0, 1, '', 0, 0);
  }

  decode(bytes: Uint8Array): FontGlyph[] {
    const out: FontGlyph[] = [];
    out.length = this.decodeInto(bytes, out);
    return out;
  }

  decodeInto(bytes: Uint8Array, out: FontGlyph[]): number {
    let k = 0;
    if (this.twoByte) {
      for (let i = 0; i < bytes.length; i += 2) out[k++] = i + 1 < bytes.length ? this.wide : this.narrow;
      return k;
    }
    for (let i = 0; i < bytes.length; i++) out[k++] = this.glyphs[bytes[i]];
    return k;
  }

  encode(text: string): Uint8Array | null {
    if (this.twoByte) return text === '' ? new Uint8Array(0) : null;
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = this.glyphs.findIndex((g, k) => k >= 32 && g.text === text[i]);
      if (c < 0) return null;
      out[i] = c;
    }
    return out;
  }
}
