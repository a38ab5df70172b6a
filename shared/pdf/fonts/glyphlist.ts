/**
 * Glyph names → Unicode, after the Adobe Glyph List specification ("Unicode values for glyph
 * names"): AGL lookup, then uniXXXX[XXXX…], uXXXX[XX], ligature names joined by '_', and a
 * '.suffix' dropped. Data: tables.generated.ts.
 */
import {
  AGL_DATA, ZAPF_DATA, STANDARD_ENCODING, MACROMAN_ENCODING, WINANSI_ENCODING, MACEXPERT_ENCODING,
  SYMBOL_ENCODING, ZAPFDINGBATS_ENCODING,
} from './tables.generated';

let agl: Map<string, string> | undefined;
let reverseAgl: Map<string, string> | undefined;

function aglMap(): Map<string, string> {
  if (!agl) {
    agl = new Map();
    for (const line of AGL_DATA.split('\n')) {
      const i = line.indexOf(';');
      agl.set(line.slice(0, i), line.slice(i + 1));
    }
    // The AGL predates these common producer spellings of ligatures and quotes.
    agl.set('f_f', 'ff');
    agl.set('f_i', 'fi');
    agl.set('f_l', 'fl');
    agl.set('f_f_i', 'ffi');
    agl.set('f_f_l', 'ffl');
  }
  return agl;
}

const names = new Map<string, string>();

function isScalar(cp: number): boolean {
  return cp >= 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
}

/** Expands ligature targets of the AGL into what a reader wants to search (U+FB01 → "fi"). */
const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st',
};

function componentToUnicode(c: string): string {
  const direct = aglMap().get(c);
  if (direct !== undefined) return direct;
  if (c.length >= 7 && c.startsWith('uni') && (c.length - 3) % 4 === 0 && /^[0-9A-F]+$/.test(c.slice(3))) {
    let s = '';
    for (let i = 3; i < c.length; i += 4) {
      const cp = parseInt(c.slice(i, i + 4), 16);
      if (!isScalar(cp)) return '';
      s += String.fromCharCode(cp);
    }
    return s;
  }
  if (c.length >= 5 && c.length <= 7 && c[0] === 'u' && /^[0-9A-F]+$/.test(c.slice(1))) {
    const cp = parseInt(c.slice(1), 16);
    return isScalar(cp) ? String.fromCodePoint(cp) : '';
  }
  // Producers also write lower-case hex (uni00e9) and gNN / cidNN / aNN names; the first is
  // unambiguous enough to accept, the others carry no Unicode meaning.
  if (c.length === 7 && c.startsWith('uni') && /^[0-9a-fA-F]{4}$/.test(c.slice(3))) {
    const cp = parseInt(c.slice(3), 16);
    return isScalar(cp) ? String.fromCharCode(cp) : '';
  }
  return '';
}

/**
 * The Unicode text of a glyph name, '' when the name has no Unicode meaning.
 * Ligature code points (U+FB00–FB06) come back as their letters, so "fi" text stays searchable.
 *
 * @example
 *   glyphNameToUnicode('eacute')  // 'é'
 *   glyphNameToUnicode('uni20AC') // '€'
 *   glyphNameToUnicode('f_f_i')   // 'ffi'
 *   glyphNameToUnicode('fi')      // 'fi'
 */
export function glyphNameToUnicode(name: string): string {
  const cached = names.get(name);
  if (cached !== undefined) return cached;
  let base = name;
  const dot = base.indexOf('.');
  if (dot > 0) base = base.slice(0, dot);
  else if (dot === 0) base = '';
  let text = '';
  if (base) {
    const parts = base.split('_');
    for (const p of parts) text += componentToUnicode(p);
  }
  if (text.length === 1 && LIGATURES[text]) text = LIGATURES[text];
  if (names.size < 100_000) names.set(name, text);
  return text;
}

let zapf: Map<string, string> | undefined;

/**
 * The text of a ZapfDingbats glyph name (a1…a191), which the AGL keeps apart because these
 * names mean something only in that font; '' for other names.
 *
 * @example
 *   zapfDingbatsToUnicode('a20') // '✔'
 */
export function zapfDingbatsToUnicode(name: string): string {
  if (!zapf) {
    zapf = new Map();
    for (const line of ZAPF_DATA.split('\n')) {
      const i = line.indexOf(';');
      zapf.set(line.slice(0, i), line.slice(i + 1));
    }
  }
  return zapf.get(name) ?? '';
}

/**
 * A glyph name for one Unicode character, preferring the AGL's own name (for encode()).
 *
 * @example
 *   unicodeToGlyphName('é') // 'eacute'
 */
export function unicodeToGlyphName(ch: string): string | undefined {
  if (!reverseAgl) {
    reverseAgl = new Map();
    for (const [n, t] of aglMap()) if (!reverseAgl.has(t)) reverseAgl.set(t, n);
  }
  return reverseAgl.get(ch);
}

export type EncodingName =
  | 'StandardEncoding' | 'MacRomanEncoding' | 'WinAnsiEncoding' | 'MacExpertEncoding'
  | 'SymbolEncoding' | 'ZapfDingbatsEncoding';

const encodingCache = new Map<EncodingName, readonly string[]>();
const ENCODING_DATA: Record<EncodingName, string> = {
  StandardEncoding: STANDARD_ENCODING,
  MacRomanEncoding: MACROMAN_ENCODING,
  WinAnsiEncoding: WINANSI_ENCODING,
  MacExpertEncoding: MACEXPERT_ENCODING,
  SymbolEncoding: SYMBOL_ENCODING,
  ZapfDingbatsEncoding: ZAPFDINGBATS_ENCODING,
};

/**
 * The 256 glyph names of a predefined encoding ('' where a code has no glyph), ISO 32000-1 Annex D.
 *
 * @example
 *   encodingVector('WinAnsiEncoding')[0xe9] // 'eacute'
 */
export function encodingVector(name: EncodingName): readonly string[] {
  let v = encodingCache.get(name);
  if (!v) {
    v = ENCODING_DATA[name].split(' ').map((n) => (n === '-' ? '' : n));
    encodingCache.set(name, v);
  }
  return v;
}

/** True for the names /Encoding may give (the two built-in font encodings are not among them). */
export function isPredefinedEncoding(name: string): name is 'StandardEncoding' | 'MacRomanEncoding' | 'WinAnsiEncoding' | 'MacExpertEncoding' {
  return name === 'StandardEncoding' || name === 'MacRomanEncoding' || name === 'WinAnsiEncoding' || name === 'MacExpertEncoding';
}
