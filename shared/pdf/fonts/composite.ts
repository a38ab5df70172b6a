/**
 * Type0 (composite) fonts, ISO 32000-1 9.7: an encoding CMap splits strings into codes and
 * maps them to CIDs, the descendant CIDFont gives widths by CID (/W, /DW; /W2, /DW2 when
 * vertical), and /ToUnicode gives text by code.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFStream } from '@cantoo/pdf-lib';
import type { Matrix } from '../types';
import { decodeStream } from '../streams';
import { CMap, identityCMap, parseBinaryCMap, parseCMap } from './cmap';
import {
  DEFAULT_ASCENT, DEFAULT_DESCENT, Encoder, cleanText, descriptorMetrics, loadToUnicode, makeGlyph,
} from './common';
import { get, getAt, getDict, getName, getNumber, numberOf, stringBytes } from './objects';
import { readTrueTypeCmaps } from './truetype';
import { readCff } from './cff';
import { glyphNameToUnicode } from './glyphlist';
import type { FontGlyph, FontLoadOptions, PdfFont } from './types';

const FONT_MATRIX: Matrix = [0.001, 0, 0, 0.001, 0, 0];
/** Entries read from /W or /W2, so that a hostile array cannot exhaust memory. */
const MAX_WIDTH_ENTRIES = 1 << 18;
/** Glyph records cached per font. */
const MAX_CACHED_GLYPHS = 1 << 16;

/** Predefined CMaps whose codes are UTF-16BE (or UCS-2) text. */
const UNICODE_CMAP = /^Uni(GB|CNS|JIS|KS)-(UCS2|UTF16)(-HW)?-[HV]$/;

/** What a predefined CMap name looks like (Adobe's names: letters, digits, '-', '_', '.', '+'). */
const SAFE_CMAP_NAME = /^[A-Za-z0-9][A-Za-z0-9_+-]*(\.[A-Za-z0-9_+-]+)*$/;

/** Per-document cache of predefined CMaps, keyed by the loader that supplied them. */
const predefinedCache = new WeakMap<object, Map<string, CMap | null>>();

/**
 * A predefined CMap by name: Identity-H/V built in, others through the loader (text or bcmap).
 * null when unavailable.
 *
 * @example
 *   predefinedCMap('Identity-V', {}).vertical // true
 */
export function predefinedCMap(name: string, opts: FontLoadOptions, depth = 0): CMap | null {
  if (name === 'Identity-H' || name === 'Identity-V') return identityCMap(name === 'Identity-V');
  const loader = opts.loadPredefinedCMap;
  // The name comes from the file: only plain CMap names reach the loader, never a path.
  if (!loader || depth > 8 || !SAFE_CMAP_NAME.test(name)) return null;
  let cache = predefinedCache.get(loader);
  if (!cache) {
    cache = new Map();
    predefinedCache.set(loader, cache);
  }
  if (cache.has(name)) return cache.get(name) ?? null;
  cache.set(name, null); // guards against a usecmap cycle
  let cmap: CMap | null = null;
  try {
    const data = loader.call(opts, name);
    if (data && data.length > 0) {
      const resolve = (n: string) => predefinedCMap(n, opts, depth + 1);
      cmap = looksLikeText(data)
        ? parseCMap(data, { resolveUseCMap: (n) => resolve(n), depth })
        : parseBinaryCMap(data, resolve);
      if (cmap && !cmap.name) cmap.name = name;
    }
  } catch {
    cmap = null;
  }
  cache.set(name, cmap);
  return cmap;
}

function looksLikeText(data: Uint8Array): boolean {
  // Binary CMaps start with a 0/1 header byte; text CMaps with '%!' or other printable text.
  return data[0] >= 0x09 && data[0] !== 0x7f;
}

/** Widths by CID, as /W lists them: single CIDs in a map, long runs kept as ranges. */
class CidWidths {
  readonly map = new Map<number, number>();
  readonly ranges: { lo: number; hi: number; w: number }[] = [];
  get(cid: number): number | undefined {
    const v = this.map.get(cid);
    if (v !== undefined) return v;
    for (const r of this.ranges) if (cid >= r.lo && cid <= r.hi) return r.w;
    return undefined;
  }
  set(lo: number, hi: number, w: number): void {
    if (hi - lo < 4096) for (let c = lo; c <= hi; c++) this.map.set(c, w);
    else this.ranges.push({ lo, hi, w });
  }
}

/** Reads /W (groups per value: 1) or /W2 (3) into per-CID tuples. */
function readWidthArray(arr: PDFArray | undefined, group: 1 | 3): Map<number, number[]> & { ranges?: { lo: number; hi: number; v: number[] }[] } {
  const out = new Map<number, number[]>() as Map<number, number[]> & { ranges?: { lo: number; hi: number; v: number[] }[] };
  if (!arr) return out;
  const n = Math.min(arr.size(), MAX_WIDTH_ENTRIES);
  let i = 0;
  let entries = 0;
  while (i < n && entries < MAX_WIDTH_ENTRIES) {
    const first = numberOf(getAt(arr, i));
    const next = getAt(arr, i + 1);
    if (first === undefined) {
      i++;
      continue;
    }
    if (next instanceof PDFArray) {
      // c [w1 w2 …] (or c [w1y v1x v1y …] for /W2)
      const m = Math.min(next.size(), MAX_WIDTH_ENTRIES);
      let cid = Math.trunc(first);
      for (let k = 0; k + group - 1 < m; k += group) {
        const v: number[] = [];
        for (let j = 0; j < group; j++) v.push(numberOf(getAt(next, k + j)) ?? NaN);
        if (v.every(Number.isFinite)) out.set(cid, v);
        cid++;
        entries++;
      }
      i += 2;
    } else if (next instanceof PDFNumber) {
      // cfirst clast w (or cfirst clast w1y v1x v1y)
      const last = Math.trunc(next.asNumber());
      const v: number[] = [];
      for (let j = 0; j < group; j++) v.push(numberOf(getAt(arr, i + 2 + j)) ?? NaN);
      const lo = Math.trunc(first);
      if (v.every(Number.isFinite) && last >= lo) {
        if (last - lo < 4096) for (let c = lo; c <= last; c++) out.set(c, v);
        else (out.ranges ??= []).push({ lo, hi: last, v });
        entries += Math.min(last - lo + 1, 4096);
      }
      i += 2 + group;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * A Type0 font. Use `loadFont`, which picks this class from /Subtype and never throws.
 *
 * @example
 *   const font = new Type0Font(dict, { warn: () => {} });
 *   font.decode(Uint8Array.of(0, 0x44))[0].length // 2 (Identity-H)
 */
export class Type0Font implements PdfFont {
  readonly name: string;
  readonly kind = 'Type0' as const;
  readonly vertical: boolean;
  readonly fontMatrix = FONT_MATRIX;
  readonly ascent: number;
  readonly descent: number;
  readonly warnings: string[] = [];
  /** The encoding CMap (codes → CIDs). */
  readonly cmap: CMap;
  private readonly toUnicode?: CMap;
  private readonly unicodeCodes: boolean;
  private readonly widths = new CidWidths();
  private readonly dw: number;
  private readonly vmetrics = new Map<number, number[]>();
  private readonly vranges: { lo: number; hi: number; v: number[] }[] = [];
  private readonly dw2: [number, number];
  private readonly cache = new Map<number, FontGlyph>();
  /** Two-byte glyphs of Identity fonts by code: an array index beats a Map lookup on the hot path. */
  private readonly wide: (FontGlyph | undefined)[] = [];
  private readonly scratch = { code: 0, length: 0 };
  private encoder?: ((text: string) => Uint8Array | null) | null;
  /** Without ToUnicode: CID → text through CIDToGIDMap and the embedded TrueType cmap. */
  private gidText?: (cid: number) => string | undefined;

  constructor(dict: PDFDict, opts: FontLoadOptions & { warn: (m: string) => void }) {
    const warn = (m: string) => {
      this.warnings.push(m);
      opts.warn(m);
    };
    this.name = getName(dict, 'BaseFont') ?? '(Type0)';

    // Encoding CMap.
    const enc = get(dict, 'Encoding');
    let cmap: CMap | null = null;
    let cmapName = '';
    if (enc instanceof PDFName) {
      cmapName = enc.decodeText();
      cmap = predefinedCMap(cmapName, opts);
      if (!cmap) warn(`predefined CMap ${cmapName} is not available: reading two-byte codes as CIDs`);
    } else if (enc instanceof PDFStream) {
      cmap = embeddedCMap(enc, opts, warn, 0);
      cmapName = cmap?.name ?? '';
    } else {
      warn('Type0 font without /Encoding: reading it as Identity-H');
    }
    if (!cmap) {
      cmap = identityCMap(cmapName.endsWith('-V'));
      if (cmapName) cmap.name = cmapName;
    }
    this.cmap = cmap;
    this.vertical = cmap.vertical;
    this.unicodeCodes = UNICODE_CMAP.test(cmapName);

    // Descendant CIDFont.
    const descendants = get(dict, 'DescendantFonts');
    let cidFont: PDFDict | undefined;
    if (descendants instanceof PDFArray) {
      const d = getAt(descendants, 0);
      if (d instanceof PDFDict) cidFont = d;
    } else if (descendants instanceof PDFDict) {
      cidFont = descendants;
    }
    if (!cidFont) warn('Type0 font without a descendant CIDFont: default widths');
    this.dw = getNumber(cidFont, 'DW') ?? 1000;
    const w = readWidthArray(cidFont ? (get(cidFont, 'W') as PDFArray | undefined) : undefined, 1);
    for (const [cid, v] of w) this.widths.map.set(cid, v[0]);
    for (const r of w.ranges ?? []) this.widths.set(r.lo, r.hi, r.v[0]);
    const dw2 = cidFont ? get(cidFont, 'DW2') : undefined;
    const dw2y = dw2 instanceof PDFArray ? numberOf(getAt(dw2, 1)) : undefined;
    const dw2x = dw2 instanceof PDFArray ? numberOf(getAt(dw2, 0)) : undefined;
    this.dw2 = [dw2x ?? 880, dw2y ?? -1000];
    if (this.vertical) {
      const w2 = readWidthArray(cidFont ? (get(cidFont, 'W2') as PDFArray | undefined) : undefined, 3);
      for (const [cid, v] of w2) this.vmetrics.set(cid, v);
      this.vranges = w2.ranges ?? [];
    }

    const desc = getDict(cidFont, 'FontDescriptor');
    const m = descriptorMetrics(desc, { ascent: DEFAULT_ASCENT, descent: DEFAULT_DESCENT });
    this.ascent = m.ascent;
    this.descent = m.descent;

    this.toUnicode = loadToUnicode(dict, warn, opts.maxStreamBytes);
    if (!this.toUnicode && !this.unicodeCodes) {
      // Without ToUnicode: Adobe's CID → Unicode tables for the standard character collections,
      // else the cmap or glyph names of the embedded font program.
      const info = getDict(cidFont, 'CIDSystemInfo');
      const registry = latin1(stringBytes(get(info, 'Registry')));
      const ordering = latin1(stringBytes(get(info, 'Ordering')));
      if (registry === 'Adobe' && /^(Japan1|GB1|CNS1|Korea1)$/.test(ordering)) {
        const ucs2 = predefinedCMap(`Adobe-${ordering}-UCS2`, opts);
        if (ucs2?.hasText) this.gidText = (cid) => ucs2.lookupText(cid);
      }
      this.gidText ??= embeddedGlyphText(cidFont, desc, opts.maxStreamBytes);
      if (!this.gidText) warn('no ToUnicode and no readable cmap in the font program: text of this font is unknown');
    }
  }

  decode(bytes: Uint8Array): FontGlyph[] {
    const out: FontGlyph[] = [];
    out.length = this.decodeInto(bytes, out);
    return out;
  }

  decodeInto(bytes: Uint8Array, out: FontGlyph[]): number {
    const n = bytes.length;
    let k = 0;
    if (this.cmap.identity && (n & 1) === 0) {
      const wide = this.wide;
      for (let i = 0; i < n; i += 2) {
        const code = (bytes[i] << 8) | bytes[i + 1];
        out[k++] = wide[code] ?? (wide[code] = this.glyphFor(code, 2));
      }
      return k;
    }
    const s = this.scratch;
    const identity = this.cmap.identity;
    let i = 0;
    while (i < n) {
      let code: number;
      let len: number;
      if (identity) {
        // Identity-H/V: two bytes per code; a stray last byte is a one-byte code.
        if (i + 1 < n) {
          code = (bytes[i] << 8) | bytes[i + 1];
          const hit = this.wide[code];
          i += 2;
          out[k++] = hit ?? (this.wide[code] = this.glyphFor(code, 2));
          continue;
        } else {
          code = bytes[i];
          len = 1;
        }
      } else {
        this.cmap.readCode(bytes, i, s);
        code = s.code;
        len = s.length;
        if (len <= 0) len = 1;
      }
      i += len;
      out[k++] = this.glyphFor(code, len);
    }
    return k;
  }

  private glyphFor(code: number, len: number): FontGlyph {
    const key = code * 8 + len;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const cid = this.cmap.lookupCid(code) ?? 0;
    const w = this.widths.get(cid) ?? this.dw;
    let vy = 0;
    if (this.vertical) {
      let v = this.vmetrics.get(cid);
      if (!v) for (const r of this.vranges) if (cid >= r.lo && cid <= r.hi) v = r.v;
      vy = (v ? v[0] : this.dw2[1]) * 0.001;
    }
    let text = '';
    const t = this.toUnicode?.lookupText(code);
    if (t !== undefined) text = cleanText(t);
    if (!text && this.unicodeCodes) text = cleanText(codeAsUtf16(code, len));
    if (!text && this.gidText) text = this.gidText(cid) ?? '';
    const g = makeGlyph(code, len, text, w * 0.001, vy);
    if (this.cache.size < MAX_CACHED_GLYPHS) this.cache.set(key, g);
    return g;
  }

  encode(text: string): Uint8Array | null {
    if (this.encoder === undefined) this.encoder = this.buildEncoder();
    if (!this.encoder) return text === '' ? new Uint8Array(0) : null;
    return this.encoder(text);
  }

  private buildEncoder(): ((text: string) => Uint8Array | null) | null {
    const e = new Encoder();
    let any = false;
    if (this.toUnicode) {
      const pairs = [...this.toUnicode.textEntries()].sort((a, b) => a[0] - b[0]);
      for (const [code, t] of pairs) {
        const len = this.cmap.identity ? 2 : this.cmap.codeLength(code) || (code > 0xffffff ? 4 : code > 0xffff ? 3 : code > 0xff ? 2 : 1);
        const b = new Uint8Array(len);
        for (let k = 0; k < len; k++) b[k] = (code >>> (8 * (len - 1 - k))) & 0xff;
        e.add(cleanText(t), b);
        any = true;
      }
    }
    if (!any && this.gidText) {
      // Without ToUnicode, the text came from the font program: walk the codes that map to CIDs.
      const codes: [number, number][] = this.cmap.identity
        ? Array.from({ length: 65536 }, (_, c) => [c, c] as [number, number])
        : [...this.cmap.cidEntries()].sort((a, b) => a[0] - b[0]);
      for (const [code, cid] of codes) {
        const t = this.gidText(cid);
        if (!t) continue;
        const len = this.cmap.identity ? 2 : this.cmap.codeLength(code) || 2;
        const b = new Uint8Array(len);
        for (let k = 0; k < len; k++) b[k] = (code >>> (8 * (len - 1 - k))) & 0xff;
        e.add(t, b);
        any = true;
      }
    }
    if (this.unicodeCodes) {
      // Unicode CMaps (UniGB-UCS2-H…): the text's own UTF-16 code units are the codes.
      return (text: string) => {
        const viaMap = any ? e.encode(text) : null;
        if (viaMap) return viaMap;
        const out = new Uint8Array(text.length * 2);
        for (let i = 0; i < text.length; i++) {
          out[2 * i] = text.charCodeAt(i) >> 8;
          out[2 * i + 1] = text.charCodeAt(i) & 0xff;
        }
        return out;
      };
    }
    return any ? (text: string) => e.encode(text) : null;
  }
}

/**
 * CID → text for a CIDFont without ToUnicode: for CIDFontType2, CIDToGIDMap (Identity or a
 * stream of two-byte glyph ids), then the embedded TrueType program's Unicode cmap read
 * backwards; for CIDFontType0 over a name-keyed CFF, the glyph names.
 */
function embeddedGlyphText(cidFont: PDFDict | undefined, desc: PDFDict | undefined, maxBytes?: number): ((cid: number) => string | undefined) | undefined {
  if (!cidFont) return undefined;
  if (getName(cidFont, 'Subtype') === 'CIDFontType0') {
    // A name-keyed CFF under a CIDFontType0: CIDs are glyph ids, and glyphs have names.
    const cffFile = get(desc, 'FontFile3');
    if (!(cffFile instanceof PDFStream)) return undefined;
    try {
      const info = readCff(decodeStream(cffFile, maxBytes).bytes);
      if (!info || info.cidKeyed || info.glyphNames.length === 0) return undefined;
      const names = info.glyphNames;
      return (cid) => (names[cid] ? glyphNameToUnicode(names[cid]) || undefined : undefined);
    } catch {
      return undefined;
    }
  }
  if (getName(cidFont, 'Subtype') !== 'CIDFontType2') return undefined;
  const file = get(desc, 'FontFile2') ?? get(desc, 'FontFile3');
  if (!(file instanceof PDFStream)) return undefined;
  try {
    const cmaps = readTrueTypeCmaps(decodeStream(file, maxBytes).bytes);
    if (!cmaps || cmaps.glyphToUnicode.size === 0) return undefined;
    const map = get(cidFont, 'CIDToGIDMap');
    let toGid: (cid: number) => number = (cid) => cid;
    if (map instanceof PDFStream) {
      const b = decodeStream(map, maxBytes).bytes;
      toGid = (cid) => (2 * cid + 1 < b.length ? (b[2 * cid] << 8) | b[2 * cid + 1] : 0);
    }
    const g2u = cmaps.glyphToUnicode;
    return (cid) => g2u.get(toGid(cid));
  } catch {
    return undefined;
  }
}

function latin1(b: Uint8Array | undefined): string {
  let s = '';
  if (b) for (let i = 0; i < b.length && i < 64; i++) s += String.fromCharCode(b[i]);
  return s;
}

function codeAsUtf16(code: number, len: number): string {
  if (len <= 2) return String.fromCharCode(code);
  return String.fromCharCode(code >>> 16, code & 0xffff);
}

/** An embedded CMap stream, with its /UseCMap (a name or another stream) as parent. */
function embeddedCMap(stream: PDFStream, opts: FontLoadOptions, warn: (m: string) => void, depth: number): CMap | null {
  if (depth > 8) return null;
  try {
    const { bytes } = decodeStream(stream, opts.maxStreamBytes);
    const use = get(stream.dict, 'UseCMap');
    const resolveUseCMap = (name: string): CMap | null => {
      if (use instanceof PDFStream) return embeddedCMap(use, opts, warn, depth + 1);
      return predefinedCMap(name, opts);
    };
    const cmap = parseCMap(bytes, { resolveUseCMap, depth });
    // /UseCMap in the stream dictionary applies even when the program does not say usecmap.
    if (use && cmap.codespace.length === 0) {
      const parent = use instanceof PDFStream ? embeddedCMap(use, opts, warn, depth + 1) : use instanceof PDFName ? predefinedCMap(use.decodeText(), opts) : null;
      if (parent) cmap.inherit(parent);
    }
    const nameInDict = getName(stream.dict, 'CMapName');
    if (!cmap.name && nameInDict) cmap.name = nameInDict;
    const wmode = getNumber(stream.dict, 'WMode');
    if (wmode === 1) cmap.vertical = true;
    if (cmap.codespace.length === 0) {
      warn('embedded CMap has no codespace ranges: reading two-byte codes');
      cmap.addCodespace(2, 0, 0xffff);
    }
    return cmap;
  } catch (e) {
    warn(`unreadable embedded CMap (${e instanceof Error ? e.message : String(e)})`);
    return null;
  }
}
