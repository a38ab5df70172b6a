/**
 * Reading an object of the input without parsing it into pdf-lib objects (issue #17): the
 * references it holds, the names it uses, whether it holds a string, and where it ends. The
 * writer (write.ts) copies an object nobody parsed byte for byte, and the reachability walk and
 * the sanitizer's deep walk (sanitize.ts) follow its references from this scan instead of
 * parsing every object of a 1,000-page dossier.
 *
 * The scan is strict: anything it does not fully understand (a string, a name with # escapes,
 * a duplicate key, a stream whose /Length does not end at "endstream", junk between tokens)
 * returns undefined, and the caller parses the object with pdf-lib as before. What it accepts
 * is plain syntax (ISO 32000-1 7.3, 7.3.10) whose references are exactly those pdf-lib finds.
 *
 * @example
 *   const o = scanRawObject(bytes, 1234, PDFRef.of(7, 0), () => undefined);
 *   o?.refs;  // [PDFRef 8 0 R, PDFRef 9 0 R]
 *   o?.end;   // the offset just after "endobj"
 */
import { PDFNumber, PDFRef, type PDFContext } from '@cantoo/pdf-lib';
import { lazySourceOf, type LazySource } from '../pdf/lazyLoad';

export interface RawObject {
  /** Offset of "num gen obj" (after any white space the cross-reference offset pointed at). */
  start: number;
  /** Offset just after "endobj". */
  end: number;
  /** Indirect references in the object (a stream's: in its dictionary), in order. */
  refs: PDFRef[];
  /**
   * Per reference, the dictionary keys that lead to it from the object, joined by "/" (array
   * levels add none): "Resources/Font/F1" for `/Resources << /Font << /F1 9 0 R >> >>`, "Kids"
   * for each reference of `/Kids [4 0 R 5 0 R]`, "" for a reference of a top-level array.
   * A walk that skips some keys (a page's /Parent) can follow the other references by these.
   */
  refPaths: string[];
  /** Every name in the object, as written (none has a # escape). */
  names: string[];
  /** True when the object is a stream. */
  stream: boolean;
}

const SPACE = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) SPACE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
const isRegular = (c: number | undefined) => c !== undefined && !SPACE[c] && !DELIM[c];
const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;

/** Container states: an array, a dictionary before a key, a dictionary before a value. */
const ARRAY = 0, KEY = 1, VALUE = 2;

const kw = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const OBJ = kw('obj'), ENDOBJ = kw('endobj'), STREAM = kw('stream'), ENDSTREAM = kw('endstream');
const WORDS = [kw('true'), kw('false'), kw('null')];

/**
 * Scans the object `ref` whose "num gen obj" starts at `start`. `lengthOf` gives the value of an
 * indirect /Length (undefined when it is not a number). Returns undefined for anything but
 * plain, well-formed syntax.
 */
export function scanRawObject(bytes: Uint8Array, start: number, ref: PDFRef, lengthOf: (ref: PDFRef) => number | undefined): RawObject | undefined {
  const len = bytes.length;
  let i = start;
  const skip = () => {
    for (;;) {
      while (i < len && SPACE[bytes[i]!]) i++;
      if (bytes[i] !== 0x25) return; // %
      while (i < len && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    }
  };
  const uint = (): number => {
    let n = 0;
    const from = i;
    while (isDigit(bytes[i]) && i - from < 10) n = n * 10 + bytes[i++]! - 0x30;
    return i > from && !isDigit(bytes[i]) ? n : -1;
  };
  const matches = (k: number[], at: number) => {
    for (let j = 0; j < k.length; j++) if (bytes[at + j] !== k[j]) return false;
    return !isRegular(bytes[at + k.length]);
  };

  skip();
  // The copy starts at the header itself, whatever space the offset pointed at before it.
  const head = i;
  if (uint() !== ref.objectNumber || !SPACE[bytes[i] ?? 0x41]) return undefined;
  skip();
  if (uint() !== ref.generationNumber) return undefined;
  skip();
  if (!matches(OBJ, i)) return undefined;
  i += 3;

  const refs: PDFRef[] = [];
  const refPaths: string[] = [];
  const names: string[] = [];
  const stack: number[] = [];
  const keys: Set<string>[] = [];
  /** Per level, the key whose value is being read ('' in an array or before a key). */
  const current: string[] = [];
  const pathHere = () => {
    let path = '';
    for (const k of current) if (k) path = path ? `${path}/${k}` : k;
    return path;
  };
  let topDone = false;
  let topIsDict = false;
  /** 1: the next value at the top dictionary's level is its /Length. */
  let lengthNext = false;
  let length: number | PDFRef | undefined;
  let bad = false;

  /** A complete value at the current level (a number, a name, a reference, a closed container). */
  const value = (v?: number | PDFRef) => {
    const depth = stack.length;
    if (depth === 0) {
      if (topDone) bad = true;
      topDone = true;
      return;
    }
    const top = stack[depth - 1];
    if (top === KEY) {
      bad = true;
      return;
    }
    if (top === VALUE) {
      stack[depth - 1] = KEY;
      current[depth - 1] = '';
      if (depth === 1 && lengthNext) {
        length = v;
        lengthNext = false;
      }
    }
  };

  for (;;) {
    skip();
    if (i >= len || bad) return undefined;
    const c = bytes[i]!;
    if (c === 0x2f) { // a name
      const from = ++i;
      while (isRegular(bytes[i])) {
        if (bytes[i] === 0x23) return undefined; // #xx escape
        i++;
      }
      let name = '';
      for (let j = from; j < i; j++) name += String.fromCharCode(bytes[j]!);
      names.push(name);
      const depth = stack.length;
      if (depth > 0 && stack[depth - 1] === KEY) {
        const seen = keys[depth - 1]!;
        if (seen.has(name)) return undefined; // a duplicate key: pdf-lib keeps only the last
        seen.add(name);
        stack[depth - 1] = VALUE;
        current[depth - 1] = name;
        if (depth === 1) lengthNext = name === 'Length';
      } else {
        value();
      }
      continue;
    }
    if (c === 0x3c) { // << or a hex string
      if (bytes[i + 1] !== 0x3c) return undefined;
      i += 2;
      if (stack.length === 0) topIsDict = true;
      stack.push(KEY);
      keys.push(new Set());
      current.push('');
      continue;
    }
    if (c === 0x3e) { // >>
      if (bytes[i + 1] !== 0x3e || stack[stack.length - 1] !== KEY) return undefined;
      i += 2;
      stack.pop();
      keys.pop();
      current.pop();
      value();
      continue;
    }
    if (c === 0x5b) { // [
      i++;
      if (stack.length === 0) topIsDict = false;
      stack.push(ARRAY);
      keys.push(new Set());
      current.push('');
      continue;
    }
    if (c === 0x5d) { // ]
      if (stack[stack.length - 1] !== ARRAY) return undefined;
      i++;
      stack.pop();
      keys.pop();
      current.pop();
      value();
      continue;
    }
    if (isDigit(c)) {
      // An unsigned integer, or "num gen R".
      const from = i;
      const n = uint();
      if (n >= 0 && SPACE[bytes[i] ?? 0x41]) {
        const after = i;
        skip();
        const gen = uint();
        if (gen >= 0 && SPACE[bytes[i] ?? 0x41]) {
          skip();
          if (bytes[i] === 0x52 && !isRegular(bytes[i + 1])) { // R
            i++;
            const r = PDFRef.of(n, gen);
            refs.push(r);
            refPaths.push(pathHere());
            value(r);
            continue;
          }
        }
        i = after;
        value(n);
        continue;
      }
      i = from;
    }
    if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) { // any other number
      const from = i;
      if (bytes[i] === 0x2b || bytes[i] === 0x2d) i++;
      let digits = 0, dots = 0;
      while (isDigit(bytes[i]) || bytes[i] === 0x2e) {
        if (bytes[i] === 0x2e) dots++;
        else digits++;
        i++;
      }
      if (digits === 0 || dots > 1 || isRegular(bytes[i])) return undefined;
      value(i - from <= 10 && dots === 0 && c !== 0x2d && c !== 0x2b ? Number(String.fromCharCode(...bytes.subarray(from, i))) : undefined);
      continue;
    }
    if (c >= 0x61 && c <= 0x7a) { // a keyword
      if (matches(ENDOBJ, i)) {
        if (stack.length !== 0 || !topDone) return undefined;
        return { start: head, end: i + 6, refs, refPaths, names, stream: false };
      }
      if (matches(STREAM, i)) {
        if (stack.length !== 0 || !topDone || !topIsDict) return undefined;
        i += 6;
        if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i += 2;
        else if (bytes[i] === 0x0a) i++;
        else return undefined;
        const n = length instanceof PDFRef ? lengthOf(length) : length;
        if (n === undefined || !Number.isInteger(n) || n < 0 || i + n > len) return undefined;
        i += n;
        while (i < len && SPACE[bytes[i]!]) i++;
        if (!matches(ENDSTREAM, i)) return undefined;
        i += 9;
        skip();
        if (!matches(ENDOBJ, i)) return undefined;
        return { start: head, end: i + 6, refs, refPaths, names, stream: true };
      }
      const word = WORDS.find((w) => matches(w, i));
      if (!word) return undefined;
      i += word.length;
      value();
      continue;
    }
    // A string, a procedure brace, or anything else: pdf-lib decides.
    return undefined;
  }
}

/** The unparsed objects of a lazily opened document, scanned once each. */
export interface RawObjects {
  source: LazySource;
  /** The scan of `ref` while nobody has parsed it (so nobody changed it); undefined once parsed, or when it is not plain. */
  raw(ref: PDFRef): RawObject | undefined;
}

const cache = new WeakMap<PDFContext, RawObjects>();

/**
 * The raw objects of a context opened lazily (shared/pdf/lazyLoad.ts); undefined for a document
 * loaded whole (encrypted, damaged or made in memory), whose objects are all parsed anyway.
 *
 * @example
 *   const raws = rawObjectsOf(doc.context);
 *   raws?.raw(ref)?.refs; // follow without parsing
 */
export function rawObjectsOf(ctx: PDFContext): RawObjects | undefined {
  const known = cache.get(ctx);
  if (known) return known;
  const source = lazySourceOf(ctx);
  if (!source) return undefined;
  const scans = new Map<PDFRef, RawObject | null>();
  const lengthOf = (r: PDFRef) => {
    const v = ctx.lookup(r);
    return v instanceof PDFNumber ? v.asNumber() : undefined;
  };
  const raws: RawObjects = {
    source,
    raw(ref) {
      if (source.parsed(ref)) return undefined;
      let s = scans.get(ref);
      if (s === undefined) {
        const at = source.offset(ref);
        s = (at === undefined ? undefined : scanRawObject(source.bytes, at, ref, lengthOf)) ?? null;
        scans.set(ref, s);
      }
      // Resolving an indirect /Length parses only that number, never `ref` itself.
      return s ?? undefined;
    },
  };
  cache.set(ctx, raws);
  return raws;
}
