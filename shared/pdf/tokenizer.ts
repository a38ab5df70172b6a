/**
 * Content-stream tokenizer (ISO 32000-1 7.2 lexical conventions, 7.8.2 content streams).
 * Turns decoded bytes into operations with their operands and byte spans, so that the
 * redaction engine can rewrite exactly the operators it must and copy every other byte.
 *
 * @example
 *   const ops = tokenize(new TextEncoder().encode('BT /F1 12 Tf (Hallo) Tj ET'));
 *   // ops[2] → { op: 'Tj', args: [PdfString(Hallo)], start: 14, end: 24 }
 */
import { LimitExceededError } from '../errors';
import { DEFAULT_LIMITS } from './limits';
import { PdfName, PdfString, type Operand, type OperandDict, type Operation } from './types';

// Character classes, ISO 32000-1 Table 1 and Table 2.
const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
/** 1 for bytes that end a regular token (whitespace or delimiter). */
const END = new Uint8Array(256);
for (let i = 0; i < 256; i++) END[i] = WS[i] | DELIM[i];

const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX[65 + i] = 10 + i;
  HEX[97 + i] = 10 + i;
}

const ONE_CHAR: string[] = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c));

/**
 * Two-byte tokens (Tj, Td, BT, ET, Tf, rg, …: most operators) made once and kept, by first and
 * second byte: joining two one-char strings made a new string for every operator (issue #17).
 * At most 65,536 strings of two characters.
 */
const TWO_CHAR: string[][] = [];
const twoChar = (a: number, b: number): string => {
  const row = (TWO_CHAR[a] ??= new Array<string>(256).fill(''));
  return row[b] || (row[b] = ONE_CHAR[a] + ONE_CHAR[b]);
};

const latin1 = (b: Uint8Array, s: number, e: number): string => {
  let out = '';
  for (let i = s; i < e; i++) out += String.fromCharCode(b[i]);
  return out;
};

/** Marker objects on the operand stack for open arrays and dictionaries. */
const ARRAY_OPEN = Symbol('[');
const DICT_OPEN = Symbol('<<');
type StackItem = Operand | typeof ARRAY_OPEN | typeof DICT_OPEN;

export interface TokenizeOptions {
  maxOps?: number;
  maxDepth?: number;
}

/**
 * Tokenizes a whole content stream. Never throws on malformed syntax (a stray ')' or an
 * unknown byte is skipped, as viewers do); throws LimitExceededError past the limits.
 */
export function tokenize(bytes: Uint8Array, options: TokenizeOptions = {}): Operation[] {
  return scan(bytes, options);
}

/**
 * Called for each operator by `tokenizeEach`. `args` is the tokenizer's own operand stack: read
 * it during the call, never keep it (it is emptied and refilled for the next operator).
 * `inlineImage` is set for BI … ID … EI.
 */
export type OperatorVisitor = (op: string, args: readonly Operand[], start: number, end: number, inlineImage?: Operation['inlineImage']) => void;

/**
 * Tokenizes a content stream without building the operation list: each operator goes to
 * `visit` with its operands as they lie on the stack, so a page read for its text allocates no
 * operation objects or operand arrays. Same syntax handling and limits as `tokenize`; returns
 * the number of operators.
 */
export function tokenizeEach(bytes: Uint8Array, options: TokenizeOptions, visit: OperatorVisitor): number {
  let count = 0;
  scan(bytes, options, (op, args, start, end, ii) => {
    count++;
    visit(op, args, start, end, ii);
  });
  return count;
}

function scan(bytes: Uint8Array, options: TokenizeOptions, visit?: OperatorVisitor): Operation[] {
  const maxOps = options.maxOps ?? DEFAULT_LIMITS.maxOpsPerPage;
  const maxDepth = options.maxDepth ?? DEFAULT_LIMITS.maxOperandDepth;
  const ops: Operation[] = [];
  let opCount = 0;
  const n = bytes.length;
  let stack: StackItem[] = [];
  let depth = 0;
  let argStart = -1;
  let i = 0;

  /**
   * Pops everything above the opening marker at `k` (and the marker): the items of the array
   * or dictionary it opened. Markers left open inside it ("[ << ]") are dropped with their
   * nesting level.
   */
  // With a visitor, the arrays of one operator's operands ("[(Jan) -250 (Bakker)] TJ") are
  // taken from this stream's own pool and given back when the operator has been visited: the
  // visitor reads its operands during the call only (`OperatorVisitor`), and a new array for
  // every TJ was most of what closing arrays allocated (issue #17). Emptied by popping (see `cut`).
  const pool: Operand[][] = [];
  let pooled = 0;
  const closeAt = (k: number, reuse = false): Operand[] => {
    let items: Operand[];
    if (reuse) {
      if (pooled === pool.length) pool.push([]);
      items = pool[pooled++];
      while (items.length > 0) items.pop();
    } else items = [];
    let open = 1;
    for (let j = k + 1; j < stack.length; j++) {
      const it = stack[j];
      if (it === ARRAY_OPEN || it === DICT_OPEN) open++;
      else items.push(it as Operand);
    }
    cut(k);
    depth -= open;
    return items;
  };
  // The stack is emptied by popping, never by `stack.length = k`: V8 gives an array whose length
  // is set to 0 a new, empty backing store, so the next operand allocated a fresh one (about
  // 150 bytes per operator, a third of what reading a page's content allocated, issue #17).
  const cut = (k: number) => {
    while (stack.length > k) stack.pop();
  };
  const push = (v: StackItem, at: number) => {
    if (argStart < 0) argStart = at;
    stack.push(v);
  };

  while (i < n) {
    const c = bytes[i];
    if (WS[c]) {
      i++;
      continue;
    }
    const tokStart = i;
    if (c === 0x25 /* % */) {
      while (i < n && bytes[i] !== 10 && bytes[i] !== 13) i++;
      continue;
    }
    if (c === 0x28 /* ( */) {
      push(readLiteralString(bytes, i + 1, visit !== undefined), tokStart);
      i = scanEnd;
      continue;
    }
    if (c === 0x3c /* < */) {
      if (bytes[i + 1] === 0x3c) {
        if (++depth > maxDepth) throw new LimitExceededError('Operand nesting in a content stream', `${maxDepth} levels`);
        push(DICT_OPEN, tokStart);
        i += 2;
        continue;
      }
      push(readHexString(bytes, i + 1, visit !== undefined), tokStart);
      i = scanEnd;
      continue;
    }
    if (c === 0x3e /* > */) {
      i += bytes[i + 1] === 0x3e ? 2 : 1;
      // Close the innermost dictionary.
      let k = stack.length - 1;
      while (k >= 0 && stack[k] !== DICT_OPEN) k--;
      if (k < 0) continue;
      const dict: OperandDict = new Map();
      const items = closeAt(k);
      for (let j = 0; j + 1 < items.length; j += 2) {
        const key = items[j];
        if (key instanceof PdfName) dict.set(key.name, items[j + 1]);
      }
      stack.push(dict);
      continue;
    }
    if (c === 0x5b /* [ */) {
      if (++depth > maxDepth) throw new LimitExceededError('Operand nesting in a content stream', `${maxDepth} levels`);
      push(ARRAY_OPEN, tokStart);
      i++;
      continue;
    }
    if (c === 0x5d /* ] */) {
      i++;
      let k = stack.length - 1;
      while (k >= 0 && stack[k] !== ARRAY_OPEN) k--;
      if (k < 0) continue;
      stack.push(closeAt(k, visit !== undefined));
      continue;
    }
    if (c === 0x2f /* / */) {
      i++;
      const s = i;
      while (i < n && !END[bytes[i]]) i++;
      // One hash per name: the slot it is looked up in is the one a new name is kept in.
      const slot = visit && i - s <= NAME_MAX ? nameSlot(bytes, s, i) : -1;
      const known = slot >= 0 ? sharedName(bytes, s, i, slot) : undefined;
      if (known) {
        push(known, tokStart);
        continue;
      }
      let name = latin1(bytes, s, i);
      if (name.includes('#')) name = name.replace(/#([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
      const made = new PdfName(name);
      if (slot >= 0) sharedNames[slot] = made;
      push(made, tokStart);
      continue;
    }
    if (c === 0x7b || c === 0x7d || c === 0x29) {
      // { } belong to PostScript calculator functions, never to content streams; a stray ) is junk.
      i++;
      continue;
    }
    // Number or keyword (operator, true, false, null).
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
      const num = readNumber(bytes, i);
      if (scanEnd > i) {
        push(num, tokStart);
        i = scanEnd;
        continue;
      }
    }
    while (i < n && !END[bytes[i]]) i++;
    if (i === tokStart) {
      i++;
      continue;
    }
    const len = i - tokStart;
    const word = len === 1 ? ONE_CHAR[bytes[tokStart]] : len === 2 ? twoChar(bytes[tokStart], bytes[tokStart + 1]) : latin1(bytes, tokStart, i);
    if (word === 'true' || word === 'false') {
      push(word === 'true', tokStart);
      continue;
    }
    if (word === 'null') {
      push(null, tokStart);
      continue;
    }
    // An operator: everything on the stack is its operands. Unclosed arrays/dicts are dropped.
    // Unclosed arrays/dicts leave markers on the stack; only then is a filtered copy needed.
    const args = (depth === 0 ? stack : stack.filter((it) => it !== ARRAY_OPEN && it !== DICT_OPEN)) as Operand[];
    const start = argStart >= 0 ? argStart : tokStart;
    if (word === 'BI') {
      const op = readInlineImage(bytes, i, start);
      if (visit) visit(op.op, op.args, op.start, op.end, op.inlineImage);
      else ops.push(op);
      i = op.end;
    } else if (visit) {
      visit(word, args, start, i);
    } else {
      ops.push({ op: word, args, start, end: i });
    }
    if (++opCount > maxOps) throw new LimitExceededError('The number of operators on one page', `${maxOps}`);
    if (visit && args === stack) cut(0);
    else stack = [];
    pooled = 0;
    depth = 0;
    argStart = -1;
  }
  return ops;
}

/**
 * Names handed out by `tokenizeEach`, one object per name (issue #17): a page names the same
 * fonts, graphics states and marked-content tags (/F1, /GS0, /Span, /P) again and again, and
 * each was a new string built byte by byte and a new object. A small table by a hash of the
 * bytes; a slot keeps the last name that fell in it. Names with # escapes are never kept
 * (their bytes are not their text). Like `sharedString`, only for operands read during the
 * visit and never changed.
 */
const NAME_SLOTS = 1024;
const sharedNames: (PdfName | undefined)[] = new Array<PdfName | undefined>(NAME_SLOTS).fill(undefined);
const NAME_MAX = 32;

/** The table slot of the name with the bytes `b[s, e)`, or -1 for a name with # escapes (never kept). */
function nameSlot(b: Uint8Array, s: number, e: number): number {
  let h = e - s;
  for (let k = s; k < e; k++) {
    if (b[k] === 0x23 /* # */) return -1;
    h = (h * 31 + b[k]) & (NAME_SLOTS - 1);
  }
  return h;
}

/** The shared name with the bytes `b[s, e)` kept in `slot` (`nameSlot`), if it is the one kept there. */
function sharedName(b: Uint8Array, s: number, e: number, slot: number): PdfName | undefined {
  const hit = sharedNames[slot];
  if (hit === undefined) return undefined;
  const t = hit.name;
  if (t.length !== e - s) return undefined;
  for (let k = s; k < e; k++) if (t.charCodeAt(k - s) !== b[k]) return undefined;
  return hit;
}

/** Where the last readNumber/readLiteralString/readHexString stopped (saves a tuple per token). */
let scanEnd = 0;

/** Reads a number at `i` and sets scanEnd past it; scanEnd stays at `i` when there is none (a lone "-"). */
function readNumber(b: Uint8Array, i: number): number {
  const n = b.length;
  const from = i;
  let sign = 1;
  if (b[i] === 0x2d || b[i] === 0x2b) {
    if (b[i] === 0x2d) sign = -1;
    i++;
    // Some producers write "--5" or "-+5": tolerate repeated signs as pdf.js does.
    while (i < n && (b[i] === 0x2d || b[i] === 0x2b)) i++;
  }
  let int = 0;
  let digits = 0;
  while (i < n && b[i] >= 0x30 && b[i] <= 0x39) {
    int = int * 10 + (b[i] - 0x30);
    i++;
    digits++;
  }
  let frac = 0;
  let scale = 1;
  if (i < n && b[i] === 0x2e) {
    i++;
    while (i < n && b[i] >= 0x30 && b[i] <= 0x39) {
      frac = frac * 10 + (b[i] - 0x30);
      scale *= 10;
      i++;
      digits++;
    }
  }
  if (digits === 0) {
    scanEnd = from;
    return 0;
  }
  scanEnd = i;
  return sign * (int + frac / scale);
}

/**
 * Strings of at most two bytes, one object per value, handed out by `tokenizeEach` (issue #17):
 * most text is shown a glyph or two per operator ("<0041> Tj", "(a) Tj"), and a string object
 * with its byte array for each was a third of what reading a page's content allocated. Only
 * where the operands are read during the call and never changed (`OperatorVisitor`); `tokenize`
 * keeps making one object per string, as the redaction engine's operation lists are edited.
 * Bounded: past SHARED_MAX values new strings are made as before. Kept by kind (literal, hex)
 * and length: the empty string, then by byte value, then by first and second byte (a row of 256
 * made when a first byte is first met): arrays, not a map, as this is looked up for most
 * text-showing operators.
 */
interface SharedTable {
  empty: PdfString | undefined;
  one: (PdfString | undefined)[];
  two: ((PdfString | undefined)[] | undefined)[];
}
const sharedTable = (): SharedTable => ({
  empty: undefined,
  one: new Array<PdfString | undefined>(256).fill(undefined),
  two: new Array<(PdfString | undefined)[] | undefined>(256).fill(undefined),
});
const sharedStrings = [sharedTable(), sharedTable()];
let sharedCount = 0;
const SHARED_MAX = 4096;

/** The shared string of `length` (0–2) bytes `value` (big-endian), `hex` or literal. */
function sharedString(hex: boolean, length: number, value: number): PdfString {
  const table = sharedStrings[hex ? 1 : 0];
  let str = length === 0 ? table.empty : length === 1 ? table.one[value] : table.two[value >> 8]?.[value & 0xff];
  if (str) return str;
  const bytes = new Uint8Array(length);
  if (length === 2) {
    bytes[0] = value >> 8;
    bytes[1] = value & 0xff;
  } else if (length === 1) bytes[0] = value;
  str = new PdfString(bytes, hex);
  if (sharedCount < SHARED_MAX) {
    if (length === 0) table.empty = str;
    else if (length === 1) table.one[value] = str;
    else (table.two[value >> 8] ??= new Array<PdfString | undefined>(256).fill(undefined))[value & 0xff] = str;
    sharedCount++;
  }
  return str;
}

/**
 * Reads a (literal) string; `i` points just past the '('. Sets scanEnd past the ')'. `shared`:
 * a string of at most two plain bytes may be one shared with other operators (`sharedString`).
 */
export function readLiteralString(b: Uint8Array, i: number, shared = false): PdfString {
  const n = b.length;
  if (shared && i + 2 < n) {
    // "()", "(a)", "(ab)" without escapes, parentheses or line ends (which the full read changes).
    const plain = (c: number) => c !== 0x5c && c !== 0x28 && c !== 0x29 && c !== 0x0d && c !== 0x0a;
    if (b[i] === 0x29) {
      scanEnd = i + 1;
      return sharedString(false, 0, 0);
    }
    if (plain(b[i]) && b[i + 1] === 0x29) {
      scanEnd = i + 2;
      return sharedString(false, 1, b[i]);
    }
    if (plain(b[i]) && plain(b[i + 1]) && b[i + 2] === 0x29) {
      scanEnd = i + 3;
      return sharedString(false, 2, (b[i] << 8) | b[i + 1]);
    }
  }
  // The decoded string is never longer than its source, so one exact-enough buffer suffices.
  let end = i;
  let nest = 1;
  while (end < n) {
    const c = b[end];
    if (c === 0x5c) end += 2;
    else {
      if (c === 0x28) nest++;
      else if (c === 0x29 && --nest === 0) break;
      end++;
    }
  }
  const buf = new Uint8Array(Math.min(end, n) - i);
  let o = 0;
  nest = 1;
  while (i < n) {
    const c = b[i++];
    if (c === 0x5c /* \ */) {
      if (i >= n) break;
      const e = b[i++];
      switch (e) {
        case 0x6e: buf[o++] = 10; break; // n
        case 0x72: buf[o++] = 13; break; // r
        case 0x74: buf[o++] = 9; break; // t
        case 0x62: buf[o++] = 8; break; // b
        case 0x66: buf[o++] = 12; break; // f
        case 0x0d: if (b[i] === 0x0a) i++; break; // line continuation
        case 0x0a: break;
        default:
          if (e >= 0x30 && e <= 0x37) {
            let v = e - 0x30;
            for (let k = 0; k < 2 && i < n && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + (b[i++] - 0x30);
            buf[o++] = v & 0xff;
          } else {
            buf[o++] = e; // \( \) \\ and unknown escapes: the character itself
          }
      }
      continue;
    }
    if (c === 0x28) nest++;
    else if (c === 0x29 && --nest === 0) break;
    if (c === 0x0d) {
      // ISO 32000-1 7.3.4.2: an unescaped end-of-line is read as a single LF.
      if (b[i] === 0x0a) i++;
      buf[o++] = 10;
      continue;
    }
    buf[o++] = c;
  }
  scanEnd = i;
  return new PdfString(o === buf.length ? buf : buf.slice(0, o), false);
}

/**
 * Reads a <hex> string; `i` points just past the '<'. Sets scanEnd past the '>'. `shared`: a
 * string of at most two bytes may be one shared with other operators (`sharedString`).
 */
export function readHexString(b: Uint8Array, i: number, shared = false): PdfString {
  const n = b.length;
  let end = i;
  while (end < n && b[end] !== 0x3e) end++;
  if (shared && end - i <= 4) {
    // As below, without an array: at most four characters, so at most two bytes.
    let value = 0;
    let digits = 0;
    for (let k = i; k < end; k++) {
      const v = HEX[b[k]];
      if (v < 0) continue;
      value = (value << 4) | v;
      digits++;
    }
    if (digits & 1) {
      value <<= 4; // odd number of digits: the last is followed by 0
      digits++;
    }
    scanEnd = Math.min(n, end + 1);
    return sharedString(true, digits >> 1, value);
  }
  const out = new Uint8Array((end - i + 1) >> 1);
  let o = 0;
  let hi = -1;
  for (; i < end; i++) {
    const v = HEX[b[i]];
    if (v < 0) continue;
    if (hi < 0) hi = v;
    else {
      out[o++] = (hi << 4) | v;
      hi = -1;
    }
  }
  if (hi >= 0) out[o++] = hi << 4; // odd number of digits: the last is followed by 0
  scanEnd = Math.min(n, end + 1);
  return new PdfString(o === out.length ? out : out.slice(0, o), true);
}

const INLINE_ABBREV: Record<string, string> = {
  BPC: 'BitsPerComponent', CS: 'ColorSpace', D: 'Decode', DP: 'DecodeParms', F: 'Filter',
  H: 'Height', IM: 'ImageMask', I: 'Interpolate', W: 'Width', L: 'Length',
};

/**
 * Reads BI <dict> ID <data> EI. `i` points just past "BI". The data length is computed for
 * unfiltered images and otherwise found by scanning for an "EI" that is followed by
 * whitespace and then something that looks like an operator (pdf.js does the same), so
 * binary data containing "EI" does not end the image early.
 */
function readInlineImage(b: Uint8Array, i: number, start: number): Operation {
  const n = b.length;
  // Parse the header dictionary with the ordinary tokenizer up to the ID keyword.
  let idPos = -1;
  for (let j = i; j + 1 < n; j++) {
    if (b[j] === 0x49 && b[j + 1] === 0x44 && (j === 0 || END[b[j - 1]]) && (j + 2 >= n || WS[b[j + 2]])) {
      idPos = j;
      break;
    }
  }
  if (idPos < 0) return { op: 'BI', args: [], start, end: n, inlineImage: { dict: new Map(), dataStart: n, dataEnd: n } };
  const dict = parseInlineDict(b.subarray(i, idPos));
  const dataStart = Math.min(n, idPos + 3);
  let dataEnd = -1;
  const filter = dict.get('Filter');
  const hasFilter = filter !== undefined && !(Array.isArray(filter) && filter.length === 0);
  const length = dict.get('Length');
  if (typeof length === 'number' && length >= 0 && dataStart + length <= n) {
    dataEnd = dataStart + length;
  } else if (!hasFilter) {
    const w = num(dict.get('Width'));
    const h = num(dict.get('Height'));
    const bpc = dict.get('ImageMask') === true ? 1 : num(dict.get('BitsPerComponent')) || 8;
    const comps = dict.get('ImageMask') === true ? 1 : componentsOf(dict.get('ColorSpace'));
    const size = h * Math.ceil((w * bpc * comps) / 8);
    if (size > 0 && dataStart + size <= n) dataEnd = dataStart + size;
  }
  // Find EI after the data (or, without a known length, the first plausible one).
  let eiPos = -1;
  for (let j = dataEnd >= 0 ? dataEnd : dataStart; j + 1 < n; j++) {
    if (b[j] === 0x45 && b[j + 1] === 0x49 && (j === dataStart || WS[b[j - 1]] || dataEnd >= 0) && (j + 2 >= n || END[b[j + 2]])) {
      if (dataEnd >= 0 || looksLikeOperatorsFollow(b, j + 2)) {
        eiPos = j;
        break;
      }
    }
  }
  if (eiPos < 0) eiPos = n;
  if (dataEnd < 0) {
    dataEnd = eiPos;
    if (dataEnd > dataStart && WS[b[dataEnd - 1]]) dataEnd--;
  }
  return { op: 'BI', args: [], start, end: Math.min(n, eiPos + 2), inlineImage: { dict, dataStart, dataEnd } };
}

function parseInlineDict(b: Uint8Array): OperandDict {
  // Re-use the tokenizer: wrap the key/value pairs as a dictionary and run a dummy operator.
  const wrapped = new Uint8Array(b.length + 8);
  wrapped.set([0x3c, 0x3c, 0x20], 0);
  wrapped.set(b, 3);
  wrapped.set([0x20, 0x3e, 0x3e, 0x20, 0x78], b.length + 3);
  const ops = tokenize(wrapped, { maxOps: 4 });
  const raw = ops[0]?.args[0];
  const dict: OperandDict = new Map();
  if (raw instanceof Map) {
    for (const [k, v] of raw) dict.set(INLINE_ABBREV[k] ?? k, v);
  }
  return dict;
}

function num(v: Operand | undefined): number {
  return typeof v === 'number' ? v : 0;
}

function componentsOf(cs: Operand | undefined): number {
  const name = cs instanceof PdfName ? cs.name : Array.isArray(cs) && cs[0] instanceof PdfName ? cs[0].name : 'DeviceGray';
  switch (name) {
    case 'DeviceRGB': case 'RGB': case 'CalRGB': case 'Lab': return 3;
    case 'DeviceCMYK': case 'CMYK': return 4;
    case 'Indexed': case 'I': return 1;
    default: return 1;
  }
}

function looksLikeOperatorsFollow(b: Uint8Array, i: number): boolean {
  // After EI we expect whitespace and printable ASCII for a while (the next operators).
  const end = Math.min(b.length, i + 32);
  for (let j = i; j < end; j++) {
    const c = b[j];
    if (!(WS[c] || (c >= 0x20 && c < 0x7f))) return false;
  }
  return true;
}
