/**
 * Matching redacted text wherever it may hide: case-, whitespace- and encoding-insensitive.
 * Used by sanitizing (strings in the catalogue, annotations, bookmarks) and by verify.
 */

/** Needles shorter than this (after normalising) match too much ordinary text to be searched for. */
export const MIN_NEEDLE_LENGTH = 4;

const INVISIBLE = /[\s\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/gu;

/**
 * The comparable form of a text: compatibility-normalised (ligatures "ﬁ" → "fi"),
 * lower-cased, diacritics kept, and every kind of whitespace and soft hyphen removed.
 *
 * @example
 *   normalizeForMatch('J.A. van den  Berg'); // "j.a.vandenberg"
 */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
}

/**
 * Prepares needles: normalised, de-duplicated, too-short ones dropped, longest first.
 *
 * @example
 *   prepareNeedles(['Jan de Vries', 'jan  de vries', 'ab']); // ["jandevries"]
 */
export function prepareNeedles(texts: Iterable<string>): string[] {
  const set = new Set<string>();
  for (const t of texts) {
    const n = normalizeForMatch(t);
    if (n.length >= MIN_NEEDLE_LENGTH) set.add(n);
  }
  return [...set].sort((a, b) => b.length - a.length);
}

/**
 * The longest needle that occurs in `text` (normalised here), or undefined. One pass over
 * the text whatever the number of needles: needles are indexed by their first four
 * characters, so verifying 17,000 redactions against 2,000 pages stays linear.
 */
export function findNeedle(text: string, needles: string[]): string | undefined {
  if (needles.length === 0 || text.length === 0) return undefined;
  return searchNeedles(normalizeForMatch(text), indexOf(needles));
}

interface NeedleIndex {
  byKey: Map<number, string[]>;
  /** 1 for each pair of code units that begins an indexed needle (by a 16-bit hash): most places of a text are passed over on it. */
  pairs: Uint8Array;
  /** See `relevantCodes`; built on first use. */
  relevant?: Uint8Array;
  /** Needles too short to index (callers normally drop them): looked for one by one. */
  short: string[];
  /** A bit for each hash (`quadHash`) of the first four characters of an indexed needle: see `mayHoldNeedle`. */
  quads: Uint8Array;
}

const indexes = new WeakMap<string[], NeedleIndex>();

/** A 32-bit key of the four characters at `i` (collisions are resolved by comparing). */
const key4 = (s: string, i: number) =>
  (Math.imul(Math.imul(Math.imul(s.charCodeAt(i), 65599) + s.charCodeAt(i + 1), 65599) + s.charCodeAt(i + 2), 65599) + s.charCodeAt(i + 3)) | 0;

/** The four code units a..d as `key4` keys them. */
const key4Of = (a: number, b: number, c: number, d: number) => (Math.imul(Math.imul(Math.imul(a, 65599) + b, 65599) + c, 65599) + d) | 0;

const QUAD_BITS = 1 << 20;
/** A 20-bit hash of a `key4` key. */
const quadHash = (k: number) => (k ^ (k >>> 13)) & (QUAD_BITS - 1);

/** A 16-bit hash of the two code units at `i`. */
const pair = (s: string, i: number) => (s.charCodeAt(i) * 31 + s.charCodeAt(i + 1)) & 0xffff;

function indexOf(needles: string[]): NeedleIndex {
  let idx = indexes.get(needles);
  if (idx) return idx;
  idx = { byKey: new Map(), short: [], pairs: new Uint8Array(0x10000), quads: new Uint8Array(QUAD_BITS >> 3) };
  for (const n of needles) {
    if (n.length < 4) {
      idx.short.push(n);
      continue;
    }
    idx.pairs[pair(n, 0)] = 1;
    const k = key4(n, 0);
    const q = quadHash(k);
    idx.quads[q >> 3] |= 1 << (q & 7);
    const list = idx.byKey.get(k);
    if (list) list.push(n);
    else idx.byKey.set(k, [n]);
  }
  indexes.set(needles, idx);
  return idx;
}

function searchNeedles(hay: string, idx: NeedleIndex): string | undefined {
  let best: string | undefined;
  for (const n of idx.short) if ((!best || n.length > best.length) && hay.includes(n)) best = n;
  if (idx.byKey.size === 0) return best;
  const pairs = idx.pairs;
  for (let i = 0; i + 4 <= hay.length; i++) {
    if (pairs[pair(hay, i)] === 0) continue;
    const list = idx.byKey.get(key4(hay, i));
    if (!list) continue;
    for (const n of list) if ((!best || n.length > best.length) && hay.startsWith(n, i)) best = n;
  }
  return best;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16BE = new TextDecoder('utf-16be');
const UTF16LE = new TextDecoder('utf-16le');

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/**
 * Every plausible reading of a PDF string's bytes: UTF-16 (with or without a byte-order
 * mark, both byte orders), UTF-8, and PDFDocEncoding/Latin-1, so a name hidden in any of
 * them is found.
 *
 * @example
 *   stringReadings(new Uint8Array([0xfe, 0xff, 0, 0x4a])); // includes "J"
 */
export function stringReadings(b: Uint8Array): string[] {
  const out: string[] = [];
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) out.push(UTF16BE.decode(b.subarray(2)));
  else if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) out.push(UTF16LE.decode(b.subarray(2)));
  else if (b.length >= 2 && b.length % 2 === 0) {
    // UTF-16 without a mark: only worth reading when every other byte is zero-ish.
    let zeroEven = 0, zeroOdd = 0;
    for (let i = 0; i < b.length; i += 2) {
      if (b[i] === 0) zeroEven++;
      if (b[i + 1] === 0) zeroOdd++;
    }
    if (zeroEven * 2 >= b.length / 2) out.push(UTF16BE.decode(b));
    if (zeroOdd * 2 >= b.length / 2) out.push(UTF16LE.decode(b));
  }
  const start = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  try {
    out.push(UTF8.decode(b.subarray(start)));
  } catch {
    // not UTF-8
  }
  out.push(latin1(b));
  return out;
}

/** The needle found in any reading of the bytes, or undefined. */
export function findNeedleInBytes(b: Uint8Array, needles: string[]): string | undefined {
  for (const r of stringReadings(b)) {
    const hit = findNeedle(r, needles);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Text prepared for matching at word edges: the comparable form (as `normalizeForMatch`), and
 * for every position whether a word could end just before it: there was whitespace there, or
 * one piece of text ended and the next began (two strings of a TJ array, two Tj operators),
 * where the page may well leave a gap that is not in the bytes.
 */
export interface WordHay {
  s: string;
  /** gap[i] = 1 when a word may end before s[i]; one longer than s (the end always may). */
  gap: Uint8Array;
}

const INVISIBLE_ONE = /[\s\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 code unit: invisible (whitespace and the like), and letter, digit or mark; built on first use. */
let invisibleCode: Uint8Array | undefined;
let wordCode: Uint8Array | undefined;
function codeTables(): void {
  if (invisibleCode) return;
  invisibleCode = new Uint8Array(0x10000);
  wordCode = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      wordCode[c] = 1; // half of a character beyond the BMP: count it as part of a word
      continue;
    }
    const ch = String.fromCharCode(c);
    invisibleCode[c] = INVISIBLE_ONE.test(ch) ? 1 : 0;
    wordCode[c] = WORD_CHAR.test(ch) ? 1 : 0;
  }
}

/**
 * Per UTF-16 code unit, whether its comparable form can be taken on its own (`simple`), and
 * that form when it is one code unit (`one`, 0xffff when it is longer or empty: see `longer`).
 * A code unit is simple when it is no surrogate, no combining mark, no Hangul jamo, not the
 * capital sigma (whose lower case depends on the next letter), and its NFKC form holds none
 * of those either: then normalisation of a text cut just before it is the normalisation of the
 * two parts joined, so a text of simple characters is normalised character by character, and
 * only the few runs around other characters go through String.normalize (which on megabytes
 * of decoded stream bytes was most of verify's time).
 */
let simpleCode: Uint8Array | undefined;
let oneCode: Uint16Array | undefined;
const longer = new Map<number, string>();
function simpleTables(): void {
  if (simpleCode) return;
  const simple = new Uint8Array(0x10000);
  const one = new Uint16Array(0x10000);
  const complex = /[\p{M}\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff\u03a3\ud800-\udfff]/u;
  for (let c = 0; c < 0x10000; c++) {
    one[c] = 0xffff;
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (complex.test(ch)) continue;
    const nf = ch.normalize('NFKC');
    if (complex.test(nf)) continue;
    const form = nf.toLowerCase();
    simple[c] = 1;
    if (form.length === 1 && form.charCodeAt(0) !== 0xffff) one[c] = form.charCodeAt(0);
    else longer.set(c, form);
  }
  simpleCode = simple;
  oneCode = one;
}

/**
 * The comparable form of a text given in one or more pieces, with the places where a word may end.
 *
 * @example
 *   wordHay(['Contact:', 'Jan', 'Bakker']).s; // "contact:janbakker"
 */
export function wordHay(pieces: string | readonly string[]): WordHay {
  codeTables();
  simpleTables();
  const invisible = invisibleCode!;
  const simple = simpleCode!;
  const one = oneCode!;
  const parts = typeof pieces === 'string' ? [pieces] : pieces;
  let cap = 16;
  for (const p of parts) cap += p.length;
  // The builder's fields are copied into locals for the hot loop and back around the rare
  // calls that append a longer form: a closure over mutable locals kept every character's
  // four reads and writes in a heap context, which made this loop most of verify's time.
  const h: HayBuilder = { codes: new Uint16Array(cap), gap: new Uint8Array(cap + 1), n: 0, g: 1 };
  let codes = h.codes, gap = h.gap, n = 0, g = 1;
  for (const p of parts) {
    g = 1;
    const start = n;
    const len = p.length;
    // Pure runs of simple characters are mapped by the tables; a run that holds other
    // characters is normalised as a whole, from the simple character before it, which is
    // where it is safe to cut (see `simpleTables`).
    let i = 0;
    while (i < len) {
      const c = p.charCodeAt(i);
      if (simple[c] && (i + 1 >= len || simple[p.charCodeAt(i + 1)])) {
        const m = one[c];
        if (m !== 0xffff) {
          if (invisible[m]) g = 1;
          else {
            if (n >= codes.length) {
              h.n = n;
              grow(h, 1);
              codes = h.codes;
              gap = h.gap;
            }
            codes[n] = m;
            gap[n++] = g;
            g = 0;
          }
        } else {
          h.n = n; h.g = g;
          appendForm(h, longer.get(c)!, invisible);
          codes = h.codes; gap = h.gap; n = h.n; g = h.g;
        }
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && !simple[p.charCodeAt(j)]) j++;
      const seg = p.slice(i, j).normalize('NFKC');
      h.n = n; h.g = g;
      if (seg.includes('\u03a3')) {
        // A capital sigma's lower case depends on the letters around it, beyond the run:
        // the piece as a whole, then.
        h.n = start;
        h.g = 1;
        appendForm(h, p.normalize('NFKC').toLowerCase(), invisible);
        codes = h.codes; gap = h.gap; n = h.n; g = h.g;
        break;
      }
      appendForm(h, seg.toLowerCase(), invisible);
      codes = h.codes; gap = h.gap; n = h.n; g = h.g;
      i = j;
    }
  }
  if (n >= codes.length) {
    h.n = n;
    grow(h, 1);
    gap = h.gap;
  }
  codes = h.codes;
  gap[n] = 1;
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return { s, gap: gap.subarray(0, n + 1) };
}

/** The comparable form being built: code units, word-edge flags, their count, and whether a word may end before the next. */
interface HayBuilder {
  codes: Uint16Array;
  gap: Uint8Array;
  n: number;
  g: number;
}

/** Room for `more` further code units. */
function grow(h: HayBuilder, more: number): void {
  if (h.n + more <= h.codes.length) return;
  const size = (h.n + more) * 2 + 16;
  const c2 = new Uint16Array(size);
  c2.set(h.codes.subarray(0, h.n));
  const g2 = new Uint8Array(size + 1);
  g2.set(h.gap.subarray(0, h.n));
  h.codes = c2;
  h.gap = g2;
}

/** Appends the characters of a normalised form, dropping invisible ones (a word may end there). */
function appendForm(h: HayBuilder, t: string, invisible: Uint8Array): void {
  grow(h, t.length + 1);
  const codes = h.codes, gap = h.gap;
  let n = h.n, g = h.g;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (invisible[c]) {
      g = 1;
      continue;
    }
    codes[n] = c;
    gap[n++] = g;
    g = 0;
  }
  h.n = n;
  h.g = g;
}

/**
 * False only when the comparable form of the pieces joined (what `wordHay` makes of them) has
 * no four consecutive code units that begin an indexed needle: then no needle occurs in it.
 * The same character walk as `wordHay`, without building anything; a capital sigma (whose
 * piece `wordHay` normalises whole) answers true, and the caller builds the form.
 */
function mayHoldNeedle(parts: readonly string[], idx: NeedleIndex): boolean {
  codeTables();
  simpleTables();
  const invisible = invisibleCode!;
  const simple = simpleCode!;
  const one = oneCode!;
  const quads = idx.quads;
  let c0 = 0, c1 = 0, c2 = 0, have = 0;
  for (const p of parts) {
    const len = p.length;
    let i = 0;
    while (i < len) {
      const c = p.charCodeAt(i);
      let form: string;
      if (simple[c] && (i + 1 >= len || simple[p.charCodeAt(i + 1)])) {
        const m = one[c];
        i++;
        if (m !== 0xffff) {
          if (invisible[m]) continue;
          if (have >= 3) {
            const q = quadHash(key4Of(c0, c1, c2, m));
            if (quads[q >> 3] & (1 << (q & 7))) return true;
          }
          c0 = c1; c1 = c2; c2 = m; have++;
          continue;
        }
        form = longer.get(c)!;
      } else {
        let j = i + 1;
        while (j < len && !simple[p.charCodeAt(j)]) j++;
        const seg = p.slice(i, j).normalize('NFKC');
        if (seg.includes('\u03a3')) return true;
        form = seg.toLowerCase();
        i = j;
      }
      for (let k = 0; k < form.length; k++) {
        const f = form.charCodeAt(k);
        if (invisible[f]) continue;
        if (have >= 3) {
          const q = quadHash(key4Of(c0, c1, c2, f));
          if (quads[q >> 3] & (1 << (q & 7))) return true;
        }
        c0 = c1; c1 = c2; c2 = f; have++;
      }
    }
  }
  return false;
}

/** The comparable form as `wordHay` computed it before the fast path: the reference it must equal. */
export function wordHaySlow(pieces: string | readonly string[]): WordHay {
  codeTables();
  const invisible = invisibleCode!;
  const parts = typeof pieces === 'string' ? [pieces] : pieces;
  const normal = parts.map((p) => p.normalize('NFKC').toLowerCase());
  const codes: number[] = [];
  const gap: number[] = [];
  for (const t of normal) {
    let g = 1;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (invisible[c]) {
        g = 1;
        continue;
      }
      codes.push(c);
      gap.push(g);
      g = 0;
    }
  }
  gap.push(1);
  return { s: String.fromCharCode(...codes), gap: Uint8Array.from(gap) };
}

function wordCodes(): Uint8Array {
  codeTables();
  return wordCode!;
}

/** True when s[i, i + len) starts and ends at a word edge: a gap, or a letter or digit next to something that is neither. */
function atWordEdges(h: WordHay, i: number, len: number): boolean {
  const s = h.s;
  const j = i + len;
  const wordCode = wordCodes();
  const start = h.gap[i] === 1 || !wordCode[s.charCodeAt(i - 1)] || !wordCode[s.charCodeAt(i)];
  const end = h.gap[j] === 1 || !wordCode[s.charCodeAt(j)] || !wordCode[s.charCodeAt(j - 1)];
  return start && end;
}

/** Code units whose lower case depends on letters further away (the capital sigma, and the mathematical capitals, where the math sigma is). */
const SIGMA_LIKE = /[\u03a3\ud835]/;

/**
 * For a set of needles, 1 for each code unit that can take part in a match or change how its
 * neighbours read: a character whose comparable form holds a character of some needle, an
 * invisible one, or any character that is not simple (see `simpleTables`). A match lies
 * wholly within such characters, so the others matter only as the neighbours of a match.
 */
function relevantCodes(idx: NeedleIndex, needles: readonly string[]): Uint8Array {
  if (idx.relevant) return idx.relevant;
  simpleTables();
  codeTables();
  const alpha = new Uint8Array(0x10000);
  for (const n of needles) for (let i = 0; i < n.length; i++) alpha[n.charCodeAt(i)] = 1;
  const rel = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (!simpleCode![c]) {
      rel[c] = 1;
      continue;
    }
    const m = oneCode![c];
    const form = m !== 0xffff ? String.fromCharCode(m) : longer.get(c)!;
    if (form.length === 0) {
      rel[c] = 1;
      continue;
    }
    for (let k = 0; k < form.length; k++) {
      const f = form.charCodeAt(k);
      if (alpha[f] || invisibleCode![f]) rel[c] = 1;
    }
  }
  idx.relevant = rel;
  return rel;
}

/**
 * The text with every run of characters that cannot take part in a match (see
 * `relevantCodes`) shortened to its first and last character: the same matches at the same
 * word edges, since a match never includes such a character and its edges look only at the
 * characters right beside it. On decoded binary streams, read as UTF-16 or Latin-1, this
 * leaves a small part of the text to normalise and search.
 */
function shorten(text: string, rel: Uint8Array): string {
  if (SIGMA_LIKE.test(text)) return text;
  let out = '';
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (rel[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !rel[text.charCodeAt(j)]) j++;
    if (j - i > 2) {
      out += text.slice(from, i + 1);
      from = j - 1;
    }
    i = j;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The longest needle that occurs in the text as whole words, or undefined: "naam" is found
 * in "Naam: J. Bakker" and in "(naam)", not in "naamgeving" or "achternaam". What verify
 * uses, so that a short redacted word occurring inside other words elsewhere in the file is
 * no finding. Same index and the same single pass as `findNeedle`.
 *
 * @example
 *   findWholeNeedle('de naamgeving', ['naam']); // undefined
 *   findWholeNeedle(['Contact:', 'Jan', 'Bakker'], ['janbakker']); // "janbakker"
 */
export function findWholeNeedle(text: string | readonly string[] | WordHay, needles: string[]): string | undefined {
  if (needles.length === 0) return undefined;
  let h: WordHay;
  if (typeof text === 'object' && 'gap' in text) h = text;
  else {
    const idx = indexOf(needles);
    const rel = relevantCodes(idx, needles);
    const parts = typeof text === 'string' ? [shorten(text, rel)] : text.map((t) => shorten(t, rel));
    // Most texts verify reads (every reading of every stream) hold no needle at all: said
    // without building the comparable form.
    if (idx.short.length === 0 && !mayHoldNeedle(parts, idx)) return undefined;
    h = wordHay(parts);
  }
  const hay = h.s;
  if (hay.length === 0) return undefined;
  const idx = indexOf(needles);
  let best: string | undefined;
  for (const nd of idx.short) {
    if (best && nd.length <= best.length) continue;
    for (let i = hay.indexOf(nd); i >= 0; i = hay.indexOf(nd, i + 1)) {
      if (atWordEdges(h, i, nd.length)) {
        best = nd;
        break;
      }
    }
  }
  if (idx.byKey.size === 0) return best;
  const pairs = idx.pairs;
  for (let i = 0; i + 4 <= hay.length; i++) {
    if (pairs[pair(hay, i)] === 0) continue;
    const list = idx.byKey.get(key4(hay, i));
    if (!list) continue;
    for (const nd of list) if ((!best || nd.length > best.length) && hay.startsWith(nd, i) && atWordEdges(h, i, nd.length)) best = nd;
  }
  return best;
}

/** `findWholeNeedle` in every reading of a string's bytes. */
export function findWholeNeedleInBytes(b: Uint8Array, needles: string[]): string | undefined {
  for (const r of stringReadings(b)) {
    const hit = findWholeNeedle(r, needles);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * For a font given as an encoder of text, a table of the byte values that stand for a letter
 * or digit, when every letter and digit is one byte (simple fonts); undefined otherwise (then
 * word edges in its bytes cannot be told and every occurrence counts).
 */
export function wordBytesOf(encode: (text: string) => Uint8Array | null | undefined): Uint8Array | undefined {
  const table = new Uint8Array(256);
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789àáâäçèéêëìíîïñòóôöùúûüÀÁÂÄÇÈÉÊËÌÍÎÏÑÒÓÔÖÙÚÛÜß';
  for (const ch of letters) {
    let e: Uint8Array | null | undefined;
    try {
      e = encode(ch);
    } catch {
      e = undefined;
    }
    if (!e || e.length === 0) continue; // the font cannot draw it: no byte stands for it
    if (e.length !== 1) return undefined;
    table[e[0]] = 1;
  }
  return table;
}
