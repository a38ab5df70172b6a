/**
 * Simple fonts (ISO 32000-1 9.6): Type1, MMType1, TrueType and Type3. One byte per code, so
 * a 256-entry table of shared glyph records, each made the first time its code is drawn, and
 * decode() only indexes it.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFStream } from '@cantoo/pdf-lib';
import type { Matrix } from '../types';
import { decodeStream } from '../streams';
import { readCff } from './cff';
import type { CMap } from './cmap';
import {
  DEFAULT_ASCENT, DEFAULT_DESCENT, Encoder, cleanText, descriptorMetrics, loadToUnicode, makeGlyph,
  type VerticalMetrics,
} from './common';
import { encodingVector, glyphNameToUnicode, isPredefinedEncoding, zapfDingbatsToUnicode } from './glyphlist';
import { get, getAt, getDict, getName, getNumber, getArray, getStream, numberOf, numbers } from './objects';
import { standardFontFor, standardMetrics, substituteFor, type Standard14Name } from './standard14';
import type { FontGlyph, FontKind, PdfFont } from './types';

const IDENTITY_MATRIX: Matrix = [0.001, 0, 0, 0.001, 0, 0];

/** FontDescriptor flags (ISO 32000-1 table 123). */
const FLAG_FIXED = 1;
const FLAG_SYMBOLIC = 4;
const FLAG_NONSYMBOLIC = 32;

export interface SimpleFontOptions {
  maxStreamBytes?: number;
  warn: (message: string) => void;
}

/**
 * A Type1, MMType1, TrueType or Type3 font. Use `loadFont`, which picks this class from
 * /Subtype and never throws.
 *
 * @example
 *   const font = new SimpleFont(dict, { warn: () => {} });
 *   font.decode(Uint8Array.of(0x41))[0].text // 'A' (WinAnsi)
 */
export class SimpleFont implements PdfFont {
  readonly name: string;
  readonly kind: FontKind;
  readonly vertical = false;
  readonly fontMatrix: Matrix;
  readonly ascent: number;
  readonly descent: number;
  readonly warnings: string[] = [];
  /** Glyph name per code after /Encoding and /Differences ('' when none), for diagnostics. */
  readonly glyphNames: readonly string[];
  /** The record per one-byte code, made on first use (`glyphOf`). */
  private readonly glyphs: (FontGlyph | undefined)[];
  private readonly toUnicode: CMap | undefined;
  private readonly dingbats: boolean;
  private readonly symbolicAsIs: boolean;
  private readonly widths: Float64Array;
  private encoder?: Encoder;

  constructor(dict: PDFDict, opts: SimpleFontOptions) {
    const warn = (m: string) => {
      this.warnings.push(m);
      opts.warn(m);
    };
    const subtype = getName(dict, 'Subtype') ?? 'Type1';
    this.kind = subtype === 'Type3' ? 'Type3' : subtype === 'TrueType' ? 'TrueType' : subtype === 'MMType1' ? 'MMType1' : 'Type1';
    const baseFont = getName(dict, 'BaseFont') ?? getName(dict, 'Name') ?? '';
    this.name = baseFont || `(${this.kind})`;
    const desc = getDict(dict, 'FontDescriptor');
    const flags = getNumber(desc, 'Flags') ?? 0;
    const embedded = this.kind === 'Type3' || !!(getStream(desc, 'FontFile') ?? getStream(desc, 'FontFile2') ?? getStream(desc, 'FontFile3'));
    const standard = this.kind === 'Type3' ? undefined : standardFontFor(baseFont);

    // Font matrix and vertical metrics.
    let fm = IDENTITY_MATRIX;
    let metrics: VerticalMetrics = { ascent: DEFAULT_ASCENT, descent: DEFAULT_DESCENT };
    if (this.kind === 'Type3') {
      const m = numbers(getArray(dict, 'FontMatrix'), 6);
      if (m.length === 6 && m.every(Number.isFinite) && (m[0] !== 0 || m[1] !== 0)) fm = [m[0], m[1], m[2], m[3], m[4], m[5]];
      else warn('Type3 font without a usable FontMatrix');
    } else if (standard && !embedded) {
      // Non-embedded standard fonts are drawn with the standard font, whatever the descriptor says.
      const sm = standardMetrics(standard);
      metrics = { ascent: sm.ascent / 1000, descent: sm.descent / 1000 };
    } else {
      // poppler starts from the standard font's metrics only when the name itself is a standard
      // name (a subset tag such as "ABCDEF+Arial" makes it an ordinary embedded font).
      if (standard && !/^[A-Z]{6}\+/.test(baseFont)) {
        const sm = standardMetrics(standard);
        metrics = { ascent: sm.ascent / 1000, descent: sm.descent / 1000 };
      }
      metrics = descriptorMetrics(desc, metrics);
    }

    // Encoding: base encoding, then /Differences (ISO 32000-1 9.6.6).
    const names = new Array<string>(256).fill('');
    const encObj = get(dict, 'Encoding');
    let base: readonly string[] | undefined;
    let differences: PDFArray | undefined;
    if (encObj instanceof PDFName) {
      const n = encObj.decodeText();
      if (isPredefinedEncoding(n)) base = encodingVector(n);
      else warn(`unknown encoding /${n} for a simple font`);
    } else if (encObj instanceof PDFDict) {
      const n = getName(encObj, 'BaseEncoding');
      if (n && isPredefinedEncoding(n)) base = encodingVector(n);
      const d = get(encObj, 'Differences');
      if (d instanceof PDFArray) differences = d;
    }
    const symbolic = (flags & FLAG_SYMBOLIC) !== 0 && (flags & FLAG_NONSYMBOLIC) === 0;
    let symbolicAsIs = false;
    if (!base && this.kind !== 'Type3') {
      if (standard === 'Symbol') base = encodingVector('SymbolEncoding');
      else if (standard === 'ZapfDingbats') base = encodingVector('ZapfDingbatsEncoding');
      else if (this.kind === 'TrueType') {
        // poppler reads an unencoded non-symbolic TrueType font as WinAnsi; a symbolic one's codes
        // select glyphs directly (ISO 32000-1 9.6.6.4), so its text can only be guessed from the code.
        if (symbolic && !differences) symbolicAsIs = true;
        else base = encodingVector('WinAnsiEncoding');
      } else {
        base = builtInType1Encoding(desc, opts.maxStreamBytes) ?? encodingVector('StandardEncoding');
      }
    }
    if (base) for (let c = 0; c < 256; c++) names[c] = base[c];
    if (differences) applyDifferences(names, differences);
    this.glyphNames = names;

    // Widths.
    const widths = new Float64Array(256);
    // As poppler: a missing or out-of-range /FirstChar is 0, and /Widths wins whenever present.
    const fc = getNumber(dict, 'FirstChar');
    const firstChar = fc !== undefined && Number.isInteger(fc) && fc >= 0 && fc <= 255 ? fc : 0;
    const wArr = getArray(dict, 'Widths');
    const missing = getNumber(desc, 'MissingWidth') ?? 0;
    const scale = this.kind === 'Type3' ? fm[0] : 0.001;
    if (wArr) {
      const w = numbers(wArr, 256);
      for (let c = 0; c < 256; c++) {
        const i = c - firstChar;
        const v = i >= 0 && i < w.length ? w[i] : NaN;
        widths[c] = (Number.isFinite(v) ? v : missing) * scale;
      }
    } else if (this.kind === 'Type3') {
      warn('Type3 font without /Widths');
      for (let c = 0; c < 256; c++) widths[c] = missing * scale;
    } else {
      const std: Standard14Name = standard ?? substituteFor(flags, baseFont);
      if (!standard) warn(`no /Widths: using ${std} widths`);
      const sm = standardMetrics(std);
      for (let c = 0; c < 256; c++) {
        const n = names[c] || (symbolicAsIs ? STANDARD_NAMES_AS_IS[c] : '');
        const v = n ? sm.width(n) : undefined;
        widths[c] = (v ?? missing) * 0.001;
      }
      // poppler's kludge for files whose encoding leaves code 32 without a glyph name.
      if (!names[32]) widths[32] = (sm.width('space') ?? missing) * 0.001;
      if ((flags & FLAG_FIXED) !== 0 && !standard) {
        // A fixed-pitch font with no widths: every glyph as wide as Courier's.
        for (let c = 0; c < 256; c++) if (widths[c] === 0 && names[c]) widths[c] = 0.6;
      }
    }

    if (this.kind === 'Type3') metrics = type3Metrics(desc, fm, names, widths);
    this.fontMatrix = fm;
    this.ascent = metrics.ascent;
    this.descent = metrics.descent;

    // Text: ToUnicode first, then the glyph names; each code's record is made when it is first
    // drawn (`glyphOf`): a subset font draws a few dozen of its 256 codes (issue #17).
    this.toUnicode = loadToUnicode(dict, warn, opts.maxStreamBytes);
    this.dingbats = standard === 'ZapfDingbats';
    this.symbolicAsIs = symbolicAsIs;
    this.widths = widths;
    this.glyphs = new Array<FontGlyph | undefined>(256).fill(undefined);
  }

  /** The record of one-byte code `c`, made on first use and kept. */
  private glyphOf(c: number): FontGlyph {
    const made = this.glyphs[c];
    if (made !== undefined) return made;
    let text: string | undefined;
    const toUnicode = this.toUnicode;
    if (toUnicode) {
      const t = toUnicode.lookupText(c);
      if (t !== undefined) text = cleanText(t);
    }
    if (!text) {
      const n = this.glyphNames[c];
      if (n) {
        text = (this.dingbats && zapfDingbatsToUnicode(n)) || glyphNameToUnicode(n);
        // poppler passes a name it does not know ("g12", "glyph7", "a72" outside ZapfDingbats)
        // through as the code itself; pdftotext's words are the reference.
        if (!text) text = asIs(c);
      }
      // With a ToUnicode CMap, a symbolic font's unmapped codes are subset slots, not letters.
      else if (this.symbolicAsIs && !toUnicode) text = asIs(c);
      else text = '';
    }
    return (this.glyphs[c] = makeGlyph(c, 1, text, this.widths[c], 0));
  }

  decode(bytes: Uint8Array): FontGlyph[] {
    const n = bytes.length;
    const out = new Array<FontGlyph>(n);
    this.decodeInto(bytes, out);
    return out;
  }

  decodeInto(bytes: Uint8Array, out: FontGlyph[]): number {
    const n = bytes.length;
    const g = this.glyphs;
    for (let i = 0; i < n; i++) {
      const c = bytes[i];
      out[i] = g[c] ?? this.glyphOf(c);
    }
    return n;
  }

  encode(text: string): Uint8Array | null {
    if (!this.encoder) {
      const e = new Encoder();
      // Prefer printable codes: code 32 for a space rather than a stray control code mapped to it.
      for (let c = 32; c < 256; c++) e.add(this.glyphOf(c).text, Uint8Array.of(c));
      for (let c = 0; c < 32; c++) e.add(this.glyphOf(c).text, Uint8Array.of(c));
      this.encoder = e;
    }
    return this.encoder.encode(text);
  }

  /** The glyph name of a code after /Encoding and /Differences ('' when none); Type3 CharProcs are keyed by it. */
  glyphName(code: number): string {
    return this.glyphNames[code & 0xff] ?? '';
  }

  /** The glyph record of one code (for tests and diagnostics). */
  glyph(code: number): FontGlyph {
    return this.glyphOf(code & 0xff);
  }
}

/** Names of ASCII codes, used only to find a width for a symbolic font read "as is". */
const STANDARD_NAMES_AS_IS: readonly string[] = encodingVector('WinAnsiEncoding');

/** A code read as the character of the same number, for fonts that give nothing better (control codes give ''). */
function asIs(c: number): string {
  return c >= 0x20 && (c < 0x7f || c > 0x9f) ? String.fromCharCode(c) : '';
}

function applyDifferences(names: string[], diffs: PDFArray): void {
  let code = -1;
  const n = Math.min(diffs.size(), 4096);
  for (let i = 0; i < n; i++) {
    const o = getAt(diffs, i);
    if (o instanceof PDFNumber) {
      code = Math.trunc(o.asNumber());
    } else if (o instanceof PDFName) {
      if (code >= 0 && code < 256) {
        const n = o.decodeText();
        names[code] = n === '.notdef' ? '' : n;
      }
      code++;
    }
  }
}

/**
 * Ascent and descent of a Type3 font as poppler's text extraction sees them (TextOutputDev's
 * "Type 3 hack"): the font's em is unknown without rendering, so the descriptor's (or the
 * default) ascent and descent are scaled by the width of the first one-letter glyph against
 * 0.5 em, else of the first named glyph with a width, and by |FontMatrix d/a|. The /FontBBox is
 * not used: poppler ignores it, and boxes are compared with pdftotext's. (poppler's source also
 * tries the width of 'm' first, but the pdftotext measured here never takes that branch; the
 * test in tests/shared/pdf/fonts/poppler.test.ts pins the behaviour.)
 */
function type3Metrics(desc: PDFDict | undefined, fm: Matrix, names: readonly string[], widths: Float64Array): VerticalMetrics {
  const base = descriptorMetrics(desc, { ascent: DEFAULT_ASCENT, descent: DEFAULT_DESCENT });
  let letterCode = -1;
  let anyCode = -1;
  for (let c = 0; c < 256; c++) {
    const n = names[c];
    if (letterCode < 0 && n.length === 1 && /[A-Za-z]/.test(n)) letterCode = c;
    if (anyCode < 0 && n && widths[c] > 0) anyCode = c;
  }
  let k = 1;
  if (letterCode >= 0 && widths[letterCode] > 0) k = widths[letterCode] / 0.5;
  else if (anyCode >= 0) k = widths[anyCode] / 0.5;
  if (fm[0] !== 0) k *= Math.abs(fm[3] / fm[0]);
  if (!Number.isFinite(k) || k <= 0 || k > 1000) k = 1;
  return { ascent: base.ascent * k, descent: base.descent * k };
}

/**
 * The encoding built into an embedded font program: a Type 1 program's cleartext part
 * ("dup 65 /A put"), or a CFF program's custom encoding. Undefined when the program uses
 * StandardEncoding, is of another kind or cannot be read.
 */
function builtInType1Encoding(desc: PDFDict | undefined, maxBytes?: number): readonly string[] | undefined {
  const cffFile = getStream(desc, 'FontFile3');
  if (cffFile instanceof PDFStream) {
    if (getName(cffFile.dict, 'Subtype') !== 'Type1C') return undefined;
    try {
      return readCff(decodeStream(cffFile, maxBytes).bytes)?.encoding;
    } catch {
      return undefined;
    }
  }
  const s = getStream(desc, 'FontFile');
  if (!(s instanceof PDFStream)) return undefined;
  try {
    const { bytes } = decodeStream(s, maxBytes);
    const len1 = numberOf(get(s.dict, 'Length1'));
    const end = Math.min(bytes.length, len1 && len1 > 0 ? len1 : bytes.length, 1 << 20);
    let text = '';
    for (let i = 0; i < end; i++) text += String.fromCharCode(bytes[i]);
    const eexec = text.indexOf('eexec');
    if (eexec >= 0) text = text.slice(0, eexec);
    const at = text.indexOf('/Encoding');
    if (at < 0) return undefined;
    const rest = text.slice(at + 9, at + 9 + 40);
    if (/^\s*StandardEncoding/.test(rest)) return undefined;
    const names = new Array<string>(256).fill('');
    const re = /dup\s+(\d+)\s*\/([^\s/[\]{}()<>%]+)\s+put/g;
    re.lastIndex = at;
    let m: RegExpExecArray | null;
    let found = false;
    while ((m = re.exec(text))) {
      const code = Number(m[1]);
      if (code < 256) {
        names[code] = m[2];
        found = true;
      }
    }
    return found ? names : undefined;
  } catch {
    return undefined;
  }
}
