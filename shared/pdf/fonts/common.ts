/**
 * What every font kind shares: vertical metrics from the FontDescriptor (with poppler's
 * tolerance for broken values, since word boxes are compared with `pdftotext -bbox-layout`),
 * ToUnicode loading, text clean-up, and the encoder built from a code → text table.
 */
import { PDFName, PDFRawStream, type PDFDict } from '@cantoo/pdf-lib';
import { decodeStream } from '../streams';
import { CMap, parseCMap } from './cmap';
import { glyphNameToUnicode } from './glyphlist';
import { get, getNumber, numbers, getArray } from './objects';
import type { FontGlyph } from './types';
import { PDFStream } from '@cantoo/pdf-lib';

/** poppler's defaults when a font says nothing usable (GfxFont.cc). */
export const DEFAULT_ASCENT = 0.95;
export const DEFAULT_DESCENT = -0.35;

export interface VerticalMetrics {
  ascent: number;
  descent: number;
}

/**
 * Ascent and descent from a FontDescriptor, ÷1000. A negative ascent or positive descent is
 * taken as a sign error; zero or an absurd size (|v| ≥ 3 em, e.g. 32768) keeps the fallback,
 * as poppler does.
 *
 * @example
 *   descriptorMetrics(desc, { ascent: 0.95, descent: -0.35 }) // { ascent: 0.891, descent: -0.216 }
 */
export function descriptorMetrics(desc: PDFDict | undefined, fallback: VerticalMetrics): VerticalMetrics {
  let { ascent, descent } = fallback;
  const a = getNumber(desc, 'Ascent');
  if (a !== undefined) {
    const t = Math.abs(a * 0.001);
    if (t !== 0 && t < 3) ascent = t;
  }
  const d = getNumber(desc, 'Descent');
  if (d !== undefined) {
    const t = -Math.abs(d * 0.001);
    if (t !== 0 && t > -3) descent = t;
  }
  return { ascent, descent };
}

/**
 * A /FontBBox in glyph units, or undefined.
 *
 * @example
 *   fontBBox(desc) // [-176, -303, 1005, 981]
 */
export function fontBBox(dict: PDFDict | undefined): [number, number, number, number] | undefined {
  const arr = getArray(dict, 'FontBBox');
  if (!arr) return undefined;
  const n = numbers(arr, 4);
  if (n.length !== 4 || n.some((v) => !Number.isFinite(v))) return undefined;
  return [n[0], n[1], n[2], n[3]];
}

/** Presentation forms of Latin ligatures, spelled out so that search and detection find "fi". */
const LIGATURE_TEXT: Record<number, string> = {
  0xfb00: 'ff', 0xfb01: 'fi', 0xfb02: 'fl', 0xfb03: 'ffi', 0xfb04: 'ffl', 0xfb05: 'st', 0xfb06: 'st',
};

/**
 * Cleans a ToUnicode target: NULs are dropped (some producers map unknown glyphs to U+0000),
 * ligature code points are spelled out, and a lone surrogate is dropped.
 *
 * @example
 *   cleanText('\ufb01ets\u0000') // 'fiets'
 */
export function cleanText(s: string): string {
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0 || (c >= 0xfb00 && c <= 0xfb06) || (c >= 0xd800 && c <= 0xdfff)) {
      simple = false;
      break;
    }
  }
  if (simple) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) continue;
    if (c >= 0xfb00 && c <= 0xfb06) {
      out += LIGATURE_TEXT[c];
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    out += s[i];
  }
  return out;
}

/**
 * Reads a font's /ToUnicode CMap; undefined when absent or unreadable.
 *
 * @example
 *   loadToUnicode(fontDict, warn)?.lookupText(1) // 'W'
 */
export function loadToUnicode(dict: PDFDict, warn: (m: string) => void, maxBytes?: number): CMap | undefined {
  const o = get(dict, 'ToUnicode');
  if (!(o instanceof PDFStream)) return undefined;
  try {
    const cached = cachedCMap(o);
    if (cached) return cached;
    const { bytes } = decodeStream(o, maxBytes);
    const cmap = parseCMap(bytes, {}, glyphNameToUnicode);
    if (!cmap.hasText) {
      warn('ToUnicode CMap maps no codes');
      return undefined;
    }
    rememberCMap(o, cmap);
    return cmap;
  } catch (e) {
    warn(`unreadable ToUnicode CMap (${e instanceof Error ? e.message : String(e)})`);
    return undefined;
  }
}

/**
 * ToUnicode CMaps already read, by the stream's stored bytes and filters: a dossier of many
 * documents from one producer (or one document copied in many times) repeats the same CMaps in
 * separate objects, and each is decoded and parsed once. A CMap is never changed once read.
 * Bounded: past `CMAP_CACHE_MAX` entries the cache starts over.
 */
const cmapCache = new Map<string, { raw: Uint8Array; cmap: CMap }[]>();
const CMAP_CACHE_MAX = 512;
const CMAP_CACHE_BYTES = 1 << 16;

function cmapKey(s: PDFStream): { key: string; raw: Uint8Array } | undefined {
  if (!(s instanceof PDFRawStream) || s.contents.length > CMAP_CACHE_BYTES) return undefined;
  const raw = s.contents;
  let h = 0x811c9dc5;
  for (let i = 0; i < raw.length; i++) h = Math.imul(h ^ raw[i], 0x01000193);
  const filters = `${s.dict.get(PDFName.of('Filter'))?.toString() ?? ''}${s.dict.get(PDFName.of('DecodeParms'))?.toString() ?? ''}`;
  return { key: `${raw.length}:${h >>> 0}:${filters}`, raw };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function cachedCMap(s: PDFStream): CMap | undefined {
  const k = cmapKey(s);
  if (!k) return undefined;
  return cmapCache.get(k.key)?.find((e) => sameBytes(e.raw, k.raw))?.cmap;
}

function rememberCMap(s: PDFStream, cmap: CMap): void {
  const k = cmapKey(s);
  if (!k) return;
  if (cmapCache.size >= CMAP_CACHE_MAX) cmapCache.clear();
  const list = cmapCache.get(k.key) ?? [];
  // A copy: the stored bytes are a view into the whole file, which must not outlive its document.
  list.push({ raw: k.raw.slice(), cmap });
  cmapCache.set(k.key, list);
}

/**
 * A reverse lookup from text to code bytes, longest glyph text first (so a font with an "ffi"
 * glyph encodes "ffi" as one code, like the producer did).
 *
 * @example
 *   const e = new Encoder();
 *   e.add('a', Uint8Array.of(1));
 *   e.encode('aa') // Uint8Array [1, 1]
 */
export class Encoder {
  private readonly map = new Map<string, Uint8Array>();
  private maxLen = 1;

  /** Adds a mapping; the first code given for a text wins (lowest code when called in order). */
  add(text: string, bytes: Uint8Array): void {
    if (!text || this.map.has(text)) return;
    this.map.set(text, bytes);
    if (text.length > this.maxLen) this.maxLen = Math.min(text.length, 8);
  }

  encode(text: string): Uint8Array | null {
    const parts: Uint8Array[] = [];
    let total = 0;
    let i = 0;
    while (i < text.length) {
      let found: Uint8Array | undefined;
      let len = Math.min(this.maxLen, text.length - i);
      for (; len >= 1; len--) {
        found = this.map.get(text.slice(i, i + len));
        if (found) break;
      }
      if (!found) return null;
      parts.push(found);
      total += found.length;
      i += len;
    }
    const out = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}

/**
 * A glyph record shared by every occurrence of its code: frozen, so nobody mutates it by accident.
 *
 * @example
 *   makeGlyph(32, 1, ' ', 0.25, 0).wordSpace // true
 */
export function makeGlyph(code: number, length: number, text: string, width: number, vy: number): FontGlyph {
  return Object.freeze({ code, length, text, width, vy, wordSpace: length === 1 && code === 32 });
}
