/**
 * CMaps (ISO 32000-1 9.7.5 and 9.10.3; Adobe Technical Note #5014 and #5099): the encoding
 * CMaps of Type0 fonts (codes → CIDs) and /ToUnicode CMaps (codes → text). One tolerant
 * PostScript-ish reader serves both: real files miss `end…` keywords, write odd-length hex,
 * put names where strings belong, and use one-byte codes in two-byte codespaces.
 */

/** A code's byte length and value, as split off the front of a string operand. */
export interface CodeRange {
  /** Bytes per code in this range (1–4). */
  bytes: number;
  low: number;
  high: number;
}

/** A contiguous source range mapped to consecutive destinations (kept unexpanded when large). */
interface RangeEntry {
  low: number;
  high: number;
  /** For CID maps: the first CID. */
  cid: number;
  /** For ToUnicode maps: the UTF-16 code units of the first target; the last unit counts up. */
  units?: number[];
}

/** Ranges up to this many codes are expanded into the lookup map; larger ones stay as ranges. */
const EXPAND_LIMIT = 4096;
/** Entries kept per CMap, so a hostile CMap cannot exhaust memory. */
const MAX_ENTRIES = 1 << 20;
/** Ranges kept unexpanded (each lookup scans them), so a hostile CMap cannot make lookups slow. */
const MAX_RANGES = 1024;
/** Nesting of usecmap. */
const MAX_USECMAP_DEPTH = 8;

/**
 * A parsed CMap. For an encoding CMap, `lookupCid` maps codes to CIDs; for a ToUnicode CMap,
 * `lookupText` maps codes to text. Both kinds share code-space splitting (`readCode`).
 */
export class CMap {
  name = '';
  /** WMode 1: vertical writing. */
  vertical = false;
  /** Codespace ranges in the order read. */
  readonly codespace: CodeRange[] = [];
  private readonly cids = new Map<number, number>();
  private readonly cidRanges: RangeEntry[] = [];
  private readonly texts = new Map<number, string>();
  private readonly textRanges: RangeEntry[] = [];
  private entries = 0;
  /** Identity: every two-byte code is its own CID. */
  identity = false;

  /** Entries held (an unexpanded range counts as one), for the memory cap. */
  get size(): number {
    return this.entries;
  }

  /** True when the CMap maps at least one code to text. */
  get hasText(): boolean {
    return this.texts.size > 0 || this.textRanges.length > 0;
  }

  addCodespace(bytes: number, low: number, high: number): void {
    if (bytes < 1 || bytes > 4 || low > high) return;
    this.codespace.push({ bytes, low, high });
  }

  addCid(code: number, cid: number): void {
    if (this.entries >= MAX_ENTRIES) return;
    this.cids.set(code, cid);
    this.entries++;
  }

  addCidRange(low: number, high: number, cid: number): void {
    if (low > high || this.entries >= MAX_ENTRIES) return;
    if (high - low < EXPAND_LIMIT) {
      for (let c = low; c <= high; c++) this.cids.set(c, cid + (c - low));
    } else {
      if (this.cidRanges.length >= MAX_RANGES) return;
      this.cidRanges.push({ low, high, cid });
    }
    // A range kept whole costs one entry of memory, an expanded one its size.
    this.entries += high - low < EXPAND_LIMIT ? high - low + 1 : 1;
  }

  addText(code: number, text: string): void {
    if (this.entries >= MAX_ENTRIES) return;
    this.texts.set(code, text);
    this.entries++;
  }

  addTextRange(low: number, high: number, units: number[]): void {
    if (low > high || units.length === 0 || this.entries >= MAX_ENTRIES) return;
    if (high - low < EXPAND_LIMIT) {
      const last = units.length - 1;
      const base = units[last];
      for (let c = low; c <= high; c++) {
        units[last] = base + (c - low);
        this.texts.set(c, unitsToString(units));
      }
      units[last] = base;
    } else {
      if (this.textRanges.length >= MAX_RANGES) return;
      this.textRanges.push({ low, high, cid: 0, units: units.slice() });
    }
    this.entries += high - low < EXPAND_LIMIT ? high - low + 1 : 1;
  }

  /** The CID of a code; undefined when the CMap does not map it. */
  lookupCid(code: number): number | undefined {
    if (this.identity) return code;
    const v = this.cids.get(code);
    if (v !== undefined) return v;
    // Later definitions override earlier ones, as in a PostScript CMap.
    for (let i = this.cidRanges.length - 1; i >= 0; i--) {
      const r = this.cidRanges[i];
      if (code >= r.low && code <= r.high) return r.cid + (code - r.low);
    }
    return undefined;
  }

  /** The text of a code; undefined when the CMap does not map it. */
  lookupText(code: number): string | undefined {
    const v = this.texts.get(code);
    if (v !== undefined) return v;
    for (let i = this.textRanges.length - 1; i >= 0; i--) {
      const r = this.textRanges[i];
      if (code >= r.low && code <= r.high && r.units) {
        const u = r.units.slice();
        u[u.length - 1] += code - r.low;
        return unitsToString(u);
      }
    }
    return undefined;
  }

  /**
   * Every (code, text) pair of a ToUnicode CMap, for building encoders: single mappings first,
   * then large ranges expanded up to `maxRangeCodes` codes in all.
   */
  *textEntries(maxRangeCodes = 1 << 17): IterableIterator<[number, string]> {
    yield* this.texts.entries();
    let budget = maxRangeCodes;
    for (const r of this.textRanges) {
      if (!r.units) continue;
      for (let c = r.low; c <= r.high && budget > 0; c++, budget--) {
        if (this.texts.has(c)) continue;
        const u = r.units.slice();
        u[u.length - 1] += c - r.low;
        yield [c, unitsToString(u)];
      }
    }
  }

  /** Every (code, cid) pair of the expanded part of an encoding CMap. */
  cidEntries(): IterableIterator<[number, number]> {
    return this.cids.entries();
  }

  /** Copies another CMap's mappings and codespace under this one's (usecmap). */
  inherit(parent: CMap): void {
    for (const r of parent.codespace) this.codespace.push(r);
    for (const [c, v] of parent.cids) if (!this.cids.has(c)) this.cids.set(c, v);
    // The parent's ranges go first, so that this CMap's own ranges override them.
    this.cidRanges.unshift(...parent.cidRanges);
    for (const [c, v] of parent.texts) if (!this.texts.has(c)) this.texts.set(c, v);
    this.textRanges.unshift(...parent.textRanges);
    this.entries += parent.entries;
    if (parent.identity && this.cids.size === 0 && this.cidRanges.length === 0) this.identity = true;
    if (parent.vertical) this.vertical = true;
  }

  /**
   * Splits the code starting at `offset` (ISO 32000-1 9.7.6.2): the shortest codespace range that
   * contains the first n bytes wins. Bytes that fit no range are consumed as one code of the
   * length of the shortest range whose first byte matches, or else of the shortest range, so
   * that decoding always advances.
   */
  readCode(bytes: Uint8Array, offset: number, out: { code: number; length: number }): void {
    const cs = this.codespace;
    if (cs.length === 0) {
      // No codespace: two-byte codes, as for Identity.
      const n = Math.min(2, bytes.length - offset);
      out.code = n === 2 ? (bytes[offset] << 8) | bytes[offset + 1] : bytes[offset];
      out.length = n;
      return;
    }
    let code = 0;
    const avail = bytes.length - offset;
    for (let n = 1; n <= 4 && n <= avail; n++) {
      code = code * 256 + bytes[offset + n - 1];
      for (let i = 0; i < cs.length; i++) {
        const r = cs[i];
        if (r.bytes === n && code >= r.low && code <= r.high) {
          out.code = code;
          out.length = n;
          return;
        }
      }
    }
    let len = 5;
    const first = bytes[offset];
    for (const r of cs) {
      const shift = 8 * (r.bytes - 1);
      if (first >= Math.floor(r.low / 2 ** shift) && first <= Math.floor(r.high / 2 ** shift) && r.bytes < len) len = r.bytes;
    }
    if (len === 5) for (const r of cs) if (r.bytes < len) len = r.bytes;
    len = Math.min(len, avail);
    code = 0;
    for (let i = 0; i < len; i++) code = code * 256 + bytes[offset + i];
    out.code = code;
    out.length = len;
  }

  /** The byte length a code would have in this CMap's codespace (for encoding), or 0. */
  codeLength(code: number): number {
    let best = 0;
    for (const r of this.codespace) if (code >= r.low && code <= r.high && (best === 0 || r.bytes < best)) best = r.bytes;
    return best;
  }
}

/** The CMap named Identity-H / Identity-V (ISO 32000-1 9.7.5.2). */
export function identityCMap(vertical: boolean): CMap {
  const c = new CMap();
  c.name = vertical ? 'Identity-V' : 'Identity-H';
  c.vertical = vertical;
  c.identity = true;
  c.addCodespace(2, 0, 0xffff);
  return c;
}

function unitsToString(units: number[]): string {
  // String.fromCharCode keeps surrogate pairs as written: UTF-16BE targets carry them already.
  return String.fromCharCode(...units.map((u) => u & 0xffff));
}

// ---------------------------------------------------------------------------------------------
// Tokenizer: one pass over the bytes into small records. Hex strings keep their position and
// numeric value, so the common case (source codes and two-byte targets) allocates nothing more.

const enum T {
  Hex,
  Str,
  Name,
  Num,
  Kw,
  ArrOpen,
  ArrClose,
}

interface Token {
  t: T;
  /** Hex: value of the (first four) bytes; Num: the number. */
  v: number;
  /** Hex and Str: number of bytes. */
  len: number;
  /** Hex: span of the digits in the source. */
  s: number;
  e: number;
  /** Name and Kw: the text. */
  str?: string;
  /** Str: the bytes. */
  bytes?: number[];
}

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const END = new Uint8Array(256);
for (let i = 0; i < 256; i++) END[i] = WS[i];
for (const c of '()<>[]{}/%') END[c.charCodeAt(0)] = 1;
const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX[65 + i] = 10 + i;
  HEX[97 + i] = 10 + i;
}

function lex(src: Uint8Array): Token[] {
  const out: Token[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src[i];
    if (WS[c]) {
      i++;
      continue;
    }
    if (c === 0x25) {
      while (i < n && src[i] !== 0x0a && src[i] !== 0x0d) i++;
      continue;
    }
    if (c === 0x3c) {
      if (src[i + 1] === 0x3c) {
        i += 2;
        continue; // dictionaries carry nothing the parser needs
      }
      const s = ++i;
      let digits = 0;
      let v = 0;
      while (i < n && src[i] !== 0x3e) {
        const d = HEX[src[i++]];
        if (d < 0) continue;
        if (digits < 8) v = v * 16 + d;
        digits++;
      }
      const e = i;
      i++;
      // An odd final digit is padded with 0 (ISO 32000-1 7.3.4.3).
      if (digits % 2 === 1 && digits < 8) v *= 16;
      out.push({ t: T.Hex, v, len: (digits + 1) >> 1, s, e });
      continue;
    }
    if (c === 0x3e) {
      i += src[i + 1] === 0x3e ? 2 : 1;
      continue;
    }
    if (c === 0x5b || c === 0x5d) {
      i++;
      out.push({ t: c === 0x5b ? T.ArrOpen : T.ArrClose, v: 0, len: 0, s: 0, e: 0 });
      continue;
    }
    if (c === 0x28) {
      i++;
      let depth = 1;
      const bytes: number[] = [];
      while (i < n) {
        const d = src[i++];
        if (d === 0x5c && i < n) {
          const x = src[i++];
          if (x === 0x6e) bytes.push(10);
          else if (x === 0x72) bytes.push(13);
          else if (x === 0x74) bytes.push(9);
          else if (x === 0x62) bytes.push(8);
          else if (x === 0x66) bytes.push(12);
          else if (x >= 0x30 && x <= 0x37) {
            let o = x - 0x30;
            for (let k = 0; k < 2 && i < n && src[i] >= 0x30 && src[i] <= 0x37; k++) o = o * 8 + (src[i++] - 0x30);
            bytes.push(o & 0xff);
          } else if (x === 0x0d || x === 0x0a) {
            if (x === 0x0d && src[i] === 0x0a) i++;
          } else bytes.push(x);
          continue;
        }
        if (d === 0x28) depth++;
        else if (d === 0x29 && --depth === 0) break;
        bytes.push(d);
      }
      let v = 0;
      for (let k = 0; k < bytes.length && k < 4; k++) v = v * 256 + bytes[k];
      out.push({ t: T.Str, v, len: bytes.length, s: 0, e: 0, bytes });
      continue;
    }
    if (c === 0x2f) {
      const s = ++i;
      while (i < n && !END[src[i]]) i++;
      out.push({ t: T.Name, v: 0, len: 0, s, e: i, str: decodeName(src, s, i) });
      continue;
    }
    if (END[c]) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && !END[src[i]]) i++;
    const word = latin1(src, s, i);
    const num = Number(word);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && Number.isFinite(num)) out.push({ t: T.Num, v: num, len: 0, s, e: i });
    else out.push({ t: T.Kw, v: 0, len: 0, s, e: i, str: word });
  }
  return out;
}

function latin1(src: Uint8Array, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += String.fromCharCode(src[i]);
  return s;
}

function decodeName(src: Uint8Array, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) {
    const c = src[i];
    if (c === 0x23 && i + 2 < b && HEX[src[i + 1]] >= 0 && HEX[src[i + 2]] >= 0) {
      s += String.fromCharCode(HEX[src[i + 1]] * 16 + HEX[src[i + 2]]);
      i += 2;
    } else s += String.fromCharCode(c);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Parser

type Operand = Token | Operand[];

export interface ParseCMapOptions {
  /** Resolves `/Name usecmap` (a predefined CMap or the /UseCMap stream). */
  resolveUseCMap?(name: string, depth: number): CMap | null;
  depth?: number;
}

/** The bytes of a hex or literal string token. */
function tokenByteArray(src: Uint8Array, t: Token): number[] {
  if (t.t === T.Str) return t.bytes ?? [];
  const out: number[] = [];
  let hi = -1;
  for (let i = t.s; i < t.e; i++) {
    const d = HEX[src[i]];
    if (d < 0) continue;
    if (hi < 0) hi = d;
    else {
      out.push(hi * 16 + d);
      hi = -1;
    }
  }
  if (hi >= 0) out.push(hi * 16);
  return out;
}

/** UTF-16 code units of a bfchar/bfrange target string. */
function targetUnits(src: Uint8Array, t: Token): number[] {
  if (t.t === T.Hex && t.len === 2) return [t.v];
  const b = tokenByteArray(src, t);
  // A one-byte target is a sloppy producer's Latin-1.
  if (b.length === 1) return [b[0]];
  const units: number[] = [];
  for (let i = 0; i + 1 < b.length; i += 2) units.push((b[i] << 8) | b[i + 1]);
  if (b.length % 2 === 1) units.push(b[b.length - 1]);
  return units;
}

/** A source code: value and byte length; plain integers are accepted as sloppy producers write them. */
function codeOf(o: Operand | undefined): number | undefined {
  if (!o || Array.isArray(o)) return undefined;
  if ((o.t === T.Hex || o.t === T.Str) && o.len >= 1 && o.len <= 4) return o.v;
  if (o.t === T.Num && Number.isInteger(o.v) && o.v >= 0) return o.v;
  return undefined;
}

function codeLen(o: Operand | undefined): number {
  if (!o || Array.isArray(o)) return 0;
  if (o.t === T.Hex || o.t === T.Str) return o.len;
  return o.t === T.Num ? (o.v < 256 ? 1 : 2) : 0;
}

function unitsText(units: number[]): string {
  return units.length === 1 ? String.fromCharCode(units[0] & 0xffff) : String.fromCharCode(...units.map((u) => u & 0xffff));
}

/** Text for a bfchar/bfrange target: UTF-16BE bytes, or a glyph name (allowed by the spec). */
function targetText(src: Uint8Array, o: Operand, nameToText: (name: string) => string): number[] | undefined {
  if (Array.isArray(o)) return undefined;
  if (o.t === T.Hex || o.t === T.Str) return targetUnits(src, o);
  if (o.t === T.Name && o.str) {
    const s = nameToText(o.str);
    if (!s) return undefined;
    const u: number[] = [];
    for (let i = 0; i < s.length; i++) u.push(s.charCodeAt(i));
    return u;
  }
  return undefined;
}

/**
 * Parses a CMap program (an embedded CMap stream, a ToUnicode stream or a predefined CMap's text).
 * Never throws: unreadable parts are skipped.
 *
 * @example
 *   const cmap = parseCMap(new TextEncoder().encode(
 *     'begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <01> <0041> endbfchar'));
 *   cmap.lookupText(1) // 'A'
 */
export function parseCMap(src: Uint8Array, opts: ParseCMapOptions = {}, nameToText: (name: string) => string = () => ''): CMap {
  const cmap = new CMap();
  const stack: Operand[] = [];
  const arrays: Operand[][] = [];
  let mode = '';

  const push = (o: Operand) => {
    if (arrays.length > 0) arrays[arrays.length - 1].push(o);
    else stack.push(o);
  };

  const flush = () => {
    switch (mode) {
      case 'codespacerange':
        for (let i = 0; i + 1 < stack.length; i += 2) {
          const lo = codeOf(stack[i]);
          const hi = codeOf(stack[i + 1]);
          if (lo === undefined || hi === undefined) continue;
          cmap.addCodespace(Math.max(codeLen(stack[i]), codeLen(stack[i + 1])), lo, hi);
        }
        break;
      case 'bfchar':
        for (let i = 0; i + 1 < stack.length; i += 2) {
          const code = codeOf(stack[i]);
          const dst = targetText(src, stack[i + 1], nameToText);
          if (code !== undefined && dst) cmap.addText(code, unitsText(dst));
        }
        break;
      case 'bfrange':
        for (let i = 0; i + 2 < stack.length; i += 3) {
          const a = codeOf(stack[i]);
          const b = codeOf(stack[i + 1]);
          const dst = stack[i + 2];
          if (a === undefined || b === undefined) continue;
          if (Array.isArray(dst)) {
            // The array form: one target per code, no counting up.
            for (let k = 0; k < dst.length && a + k <= b; k++) {
              const u = targetText(src, dst[k], nameToText);
              if (u) cmap.addText(a + k, unitsText(u));
            }
          } else {
            const u = targetText(src, dst, nameToText);
            if (u) cmap.addTextRange(a, b, u);
          }
        }
        break;
      case 'cidchar':
        for (let i = 0; i + 1 < stack.length; i += 2) {
          const code = codeOf(stack[i]);
          const cid = stack[i + 1];
          if (code !== undefined && !Array.isArray(cid) && cid.t === T.Num) cmap.addCid(code, cid.v);
        }
        break;
      case 'cidrange':
        for (let i = 0; i + 2 < stack.length; i += 3) {
          const lo = codeOf(stack[i]);
          const hi = codeOf(stack[i + 1]);
          const cid = stack[i + 2];
          if (lo !== undefined && hi !== undefined && !Array.isArray(cid) && cid.t === T.Num) cmap.addCidRange(lo, hi, cid.v);
        }
        break;
      default:
        break;
    }
    stack.length = 0;
    mode = '';
  };

  const toks = lex(src);
  for (let ti = 0; ti < toks.length; ti++) {
    const tok = toks[ti];
    if (tok.t === T.ArrOpen) {
      arrays.push([]);
    } else if (tok.t === T.ArrClose) {
      const a = arrays.pop();
      if (a) push(a);
    } else if (tok.t === T.Kw) {
      const kw = tok.str ?? '';
      if (kw.startsWith('begin') && kw !== 'begincmap' && kw !== 'begin') {
        flush();
        mode = kw.slice(5);
        arrays.length = 0;
      } else if (kw.startsWith('end') && kw !== 'endcmap' && kw !== 'end') {
        flush();
        arrays.length = 0;
      } else if (kw === 'usecmap') {
        const prev = toks[ti - 1];
        if (prev?.t === T.Name && prev.str && opts.resolveUseCMap && (opts.depth ?? 0) < MAX_USECMAP_DEPTH) {
          const parent = opts.resolveUseCMap(prev.str, (opts.depth ?? 0) + 1);
          if (parent) cmap.inherit(parent);
        }
        stack.length = 0;
      } else if (kw === 'def') {
        if (mode === '') {
          // "/WMode 1 def", "/CMapName /X def"
          const v = stack[stack.length - 1];
          const k = stack[stack.length - 2];
          if (k && !Array.isArray(k) && k.t === T.Name && v && !Array.isArray(v)) {
            if (k.str === 'WMode' && v.t === T.Num) cmap.vertical = v.v === 1;
            if (k.str === 'CMapName' && v.t === T.Name) cmap.name = v.str ?? '';
          }
          stack.length = 0;
        }
      } else if (mode === '') {
        stack.length = 0;
      }
    } else {
      push(tok);
    }
  }
  flush();
  return cmap;
}

// ---------------------------------------------------------------------------------------------
// Binary CMaps (the compact form pdf.js ships as cmaps/*.bcmap)

/**
 * Reader for the bcmap record format: a header byte (bit 0 = vertical), then records whose first
 * byte holds the record type (bits 5–7), a "sequence" flag (bit 4) and the code size minus one
 * (bits 0–3). Numbers are base-128 with the high bit marking continuation; code deltas are such
 * numbers too, added modulo the code size; CID deltas are zigzag-signed.
 */
class BinaryReader {
  pos = 0;
  constructor(private readonly b: Uint8Array) {}
  get eof(): boolean {
    return this.pos >= this.b.length;
  }
  byte(): number {
    if (this.pos >= this.b.length) throw new RangeError('end of binary CMap');
    return this.b[this.pos++];
  }
  num(): number {
    let n = 0;
    for (let k = 0; k < 8; k++) {
      const b = this.byte();
      n = n * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) return n;
    }
    throw new RangeError('number too long in binary CMap');
  }
  signed(): number {
    const n = this.num();
    return n % 2 === 1 ? -(n - 1) / 2 - 1 : n / 2;
  }
  /** A zigzag-signed delta of up to 16 bytes (targets of the UCS-2 maps), as a bigint. */
  signedBig(): bigint {
    let n = BigInt(0);
    for (let k = 0; k < 19; k++) {
      const b = this.byte();
      n = (n << BigInt(7)) | BigInt(b & 0x7f);
      if ((b & 0x80) === 0) return n & BigInt(1) ? -(n >> BigInt(1)) - BigInt(1) : n >> BigInt(1);
    }
    throw new RangeError('number too long in binary CMap');
  }
  /** A raw big-endian code of `size` bytes. */
  code(size: number): number {
    let v = 0;
    for (let i = 0; i < size; i++) v = v * 256 + this.byte();
    return v;
  }
  string(): string {
    const len = this.num();
    let s = '';
    for (let i = 0; i < len; i++) {
      const c = this.num();
      if (s.length < 256) s += String.fromCharCode(c);
    }
    return s;
  }
}

/**
 * Parses a binary CMap in the format of pdf.js's `cmaps/*.bcmap` files: code → CID maps, and
 * the CID → UCS-2 maps (Adobe-Japan1-UCS2…). Returns null when the data is not one.
 *
 * @example
 *   const cmap = parseBinaryCMap(bytesOf('cmaps/GBK-EUC-H.bcmap'), (name) => load(name));
 */
export function parseBinaryCMap(data: Uint8Array, resolveUseCMap?: (name: string) => CMap | null): CMap | null {
  const cmap = new CMap();
  const r = new BinaryReader(data);
  let useCMap: string | undefined;
  try {
    const header = r.byte();
    // Header: CMap type in the upper bits, WMode in bit 0.
    if (header > 7) return null;
    cmap.vertical = (header & 1) === 1;
    while (!r.eof) {
      const b = r.byte();
      const type = b >> 5;
      if (type === 7) {
        const sub = b & 0x1f;
        if (sub === 0) r.string();
        else if (sub === 1) useCMap = r.string();
        continue;
      }
      const sequence = (b & 0x10) !== 0;
      const size = (b & 15) + 1;
      if (size > 4 && type < 4) return null;
      const mod = 2 ** (8 * size);
      const add = (a: number, d: number) => (a + d) % mod;
      const count = r.num();
      if (type === 0 || type === 1) {
        let start = r.code(size);
        let end = add(start, r.num());
        if (type === 0) cmap.addCodespace(size, start, end);
        else r.num();
        for (let i = 1; i < count; i++) {
          start = add(add(end, 1), r.num());
          end = add(start, r.num());
          if (type === 0) cmap.addCodespace(size, start, end);
          else r.num();
        }
      } else if (type === 2) {
        let code = r.code(size);
        let cid = r.num();
        cmap.addCid(code, cid);
        for (let i = 1; i < count; i++) {
          code = add(code, 1);
          if (!sequence) code = add(code, r.num());
          cid = cid + 1 + r.signed();
          cmap.addCid(code, cid);
        }
      } else if (type === 3) {
        let start = r.code(size);
        let end = add(start, r.num());
        cmap.addCidRange(start, end, r.num());
        for (let i = 1; i < count; i++) {
          start = add(end, 1);
          if (!sequence) start = add(start, r.num());
          end = add(start, r.num());
          cmap.addCidRange(start, end, r.num());
        }
      } else if (type === 4 || type === 5) {
        // bfchar / bfrange of the UCS-2 CMaps (Adobe-Japan1-UCS2…): two-byte sources, targets of
        // `size` bytes (up to 16: some CIDs stand for several code points) read as UTF-16BE.
        const mod2 = 65536;
        const big = BigInt(2) ** BigInt(8 * size);
        const text = (v: bigint) => {
          const units: number[] = [];
          for (let k = size - 2; k >= 0; k -= 2) units.push(Number((v >> BigInt(8 * k)) & BigInt(0xffff)));
          if (size % 2 === 1) units.unshift(Number(v >> BigInt(8 * (size - 1))) & 0xff);
          return units;
        };
        const readBig = () => {
          let v = BigInt(0);
          for (let k = 0; k < size; k++) v = (v << BigInt(8)) | BigInt(r.byte());
          return v;
        };
        if (type === 4) {
          let code = r.code(2);
          let dst = readBig();
          cmap.addText(code, String.fromCharCode(...text(dst)));
          for (let i = 1; i < count; i++) {
            code = (code + 1) % mod2;
            if (!sequence) code = (code + r.num()) % mod2;
            dst = (((dst + BigInt(1) + r.signedBig()) % big) + big) % big;
            cmap.addText(code, String.fromCharCode(...text(dst)));
          }
        } else {
          let start = r.code(2);
          let end = (start + r.num()) % mod2;
          cmap.addTextRange(start, end, text(readBig()));
          for (let i = 1; i < count; i++) {
            start = (end + 1) % mod2;
            if (!sequence) start = (start + r.num()) % mod2;
            end = (start + r.num()) % mod2;
            cmap.addTextRange(start, end, text(readBig()));
          }
        }
      } else {
        break;
      }
    }
  } catch {
    if (cmap.codespace.length === 0 && !cmap.hasText) return null;
  }
  if (useCMap && resolveUseCMap) {
    const parent = resolveUseCMap(useCMap);
    if (parent) cmap.inherit(parent);
  }
  return cmap;
}
