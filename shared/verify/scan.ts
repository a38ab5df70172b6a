/**
 * The byte-level half of verify: every stream in the file (decoded when possible, found both
 * through the parser and by scanning the raw bytes, so an older revision's objects are seen
 * too) and every string and name in it is searched for the redacted texts.
 */
import { concatBytes } from '../bytes';
import { unzlibSync, inflateSync } from 'fflate';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFStream, type PDFDocument } from '@cantoo/pdf-lib';
import { decodeStream } from '../pdf/streams';
import { loadFont, type PdfFont } from '../pdf/fonts';
import { findWholeNeedle, normalizeForMatch, stringReadings, wordBytesOf } from '../redact/match';
import { tokenize } from '../pdf/tokenizer';
import { PdfName, PdfString } from '../pdf/types';

export interface ScanHit {
  needle: string;
  /** Where, in words: "stream 12 0 R (decoded)", "a string in the file body", "text drawn in font F1 in stream 7 0 R". */
  where: string;
  /** The place of the hit in the order of the scan (blob, then hit), for merging parts. */
  order?: number;
}

const MAX_SCAN_BYTES = 64 * 1024 * 1024;

function latin1(b: Uint8Array): string {
  let s = '';
  // apply, not spread: a spread walks the iterator protocol element by element.
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

/**
 * All readings of a blob: Latin-1, UTF-8 and UTF-16 in both byte orders and both alignments,
 * made one at a time as they are asked for, so a large blob never has all six in memory at once.
 */
function* blobReadings(b: Uint8Array): Generator<string> {
  let lat = latin1(b);
  yield lat;
  let u8: string | undefined;
  try {
    u8 = new TextDecoder('utf-8', { fatal: false }).decode(b);
  } catch {
    u8 = undefined;
  }
  // Bytes that are all ASCII read the same in UTF-8: searched once.
  const same = u8 === lat;
  lat = '';
  if (u8 !== undefined && !same) yield u8;
  u8 = undefined;
  for (const enc of ['utf-16be', 'utf-16le']) {
    const dec = new TextDecoder(enc);
    yield dec.decode(b.subarray(0, b.length & ~1));
    if (b.length > 2) yield dec.decode(b.subarray(1, 1 + ((b.length - 1) & ~1)));
  }
}

const HEXV = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);

/**
 * Extracts the string tokens of PDF syntax in a blob: literal strings with their escapes
 * resolved, hex strings, and names with #xx resolved. Tolerant of anything else in between.
 *
 * @example
 *   stringTokens(new TextEncoder().encode('(J\\141n) <4261> /Ba#6Bker')); // bytes of "Jan", "Ba", "Bakker"
 */
export function stringTokens(b: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c === 0x28) {
      const bytes: number[] = [];
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const ch = b[i];
        if (ch === 0x5c && i + 1 < n) {
          const e = b[i + 1];
          i += 2;
          if (e >= 0x30 && e <= 0x37) {
            let v = e - 0x30;
            for (let k = 0; k < 2 && i < n && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + (b[i++] - 0x30);
            bytes.push(v & 0xff);
          } else if (e === 0x6e) bytes.push(10);
          else if (e === 0x72) bytes.push(13);
          else if (e === 0x74) bytes.push(9);
          else if (e === 0x62) bytes.push(8);
          else if (e === 0x66) bytes.push(12);
          else if (e === 0x0d || e === 0x0a) {
            if (e === 0x0d && b[i] === 0x0a) i++;
          } else bytes.push(e);
          continue;
        }
        if (ch === 0x28) depth++;
        else if (ch === 0x29 && --depth === 0) {
          i++;
          break;
        }
        bytes.push(ch);
        i++;
        if (bytes.length > 1 << 20) break;
      }
      out.push(new Uint8Array(bytes));
    } else if (c === 0x3c && b[i + 1] !== 0x3c) {
      const bytes: number[] = [];
      let hi = -1;
      let j = i + 1;
      let ok = true;
      for (; j < n && b[j] !== 0x3e; j++) {
        const v = HEXV(b[j]);
        if (v < 0) {
          if (b[j] <= 0x20) continue;
          ok = false;
          break;
        }
        if (hi < 0) hi = v;
        else {
          bytes.push((hi << 4) | v);
          hi = -1;
        }
      }
      if (ok && j < n) {
        if (hi >= 0) bytes.push(hi << 4);
        out.push(new Uint8Array(bytes));
        i = j + 1;
      } else i++;
    } else if (c === 0x3c) {
      i += 2;
    } else if (c === 0x2f) {
      const bytes: number[] = [];
      i++;
      while (i < n && b[i] > 0x20 && !'/[]()<>{}%'.includes(String.fromCharCode(b[i]))) {
        if (b[i] === 0x23 && i + 2 < n && HEXV(b[i + 1]) >= 0 && HEXV(b[i + 2]) >= 0) {
          bytes.push((HEXV(b[i + 1]) << 4) | HEXV(b[i + 2]));
          i += 3;
        } else bytes.push(b[i++]);
      }
      out.push(new Uint8Array(bytes));
    } else if (c === 0x25) {
      while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    } else i++;
  }
  return out;
}

/**
 * Byte patterns searched for all at once: indexed by their first three bytes, each kept once
 * however many fonts encode a text the same way, so one pass over a blob finds them all.
 */
class BytePatterns {
  private byKey = new Map<number, { bytes: Uint8Array; needle: string; font: string }[]>();
  private seen = new Set<string>();

  add(bytes: Uint8Array, needle: string, font: string): void {
    const id = `${needle}\u0000${latin1(bytes)}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const k = (bytes[0] << 16) | (bytes[1] << 8) | bytes[2];
    const list = this.byKey.get(k);
    if (list) list.push({ bytes, needle, font });
    else this.byKey.set(k, [{ bytes, needle, font }]);
  }

  /**
   * The patterns that occur in `hay`, each at most once. With `edges` (the bytes that stand
   * for letters and digits in the font, and where one string of the text ended and the next
   * began), only occurrences at word edges count.
   */
  find(hay: Uint8Array, edges?: { wordBytes: Uint8Array; junction: Uint8Array }): { needle: string; font: string }[] {
    const out: { needle: string; font: string }[] = [];
    if (this.byKey.size === 0) return out;
    const found = new Set<object>();
    for (let i = 0; i + 3 <= hay.length; i++) {
      const list = this.byKey.get((hay[i] << 16) | (hay[i + 1] << 8) | hay[i + 2]);
      if (!list) continue;
      for (const p of list) {
        if (found.has(p) || i + p.bytes.length > hay.length) continue;
        let k = 3;
        while (k < p.bytes.length && hay[i + k] === p.bytes[k]) k++;
        if (k === p.bytes.length && (!edges || atByteEdges(hay, i, k, edges.wordBytes, edges.junction))) {
          found.add(p);
          out.push(p);
        }
      }
    }
    return out;
  }
}

/** True when hay[i, i + len) starts and ends at a word edge (see BytePatterns.find). */
function atByteEdges(hay: Uint8Array, i: number, len: number, word: Uint8Array, junction: Uint8Array): boolean {
  const j = i + len;
  const start = i === 0 || junction[i] === 1 || !word[hay[i - 1]] || !word[hay[i]];
  const end = j >= hay.length || junction[j] === 1 || !word[hay[j]] || !word[hay[j - 1]];
  return start && end;
}

/**
 * The file with every stream body (`spans`) blanked, so binary data cannot swallow the syntax
 * after it. A body becomes a short run of spaces instead of one as long as itself: in the
 * Latin-1 and UTF-8 readings any run of spaces is the same one word edge, and in the UTF-16
 * readings the run kept (of the same parity, so what follows keeps its alignment) is longer
 * than any needle, so a match that touches it touches it in the same way; megabytes of
 * spaces are not read six times over.
 */
function withoutStreamBodies(file: Uint8Array, spans: readonly [number, number][], keep: number): Uint8Array {
  let size = file.length;
  const kept = (s: number, e: number) => (e - s <= keep ? e - s : keep + ((e - s - keep) & 1));
  for (const [s, e] of spans) size -= e - s - kept(s, e);
  const out = new Uint8Array(size);
  let from = 0, at = 0;
  for (const [s, e] of spans) {
    out.set(file.subarray(from, s), at);
    at += s - from;
    const k = kept(s, e);
    out.fill(0x20, at, at + k);
    at += k;
    from = e;
  }
  out.set(file.subarray(from), at);
  return out;
}

const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"
const ENDSTREAM = [0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "endstream"

function indexOfBytes(b: Uint8Array, pat: readonly number[], from: number): number {
  const first = pat[0]!;
  for (let i = b.indexOf(first, from); i >= 0 && i + pat.length <= b.length; i = b.indexOf(first, i + 1)) {
    let k = 1;
    while (k < pat.length && b[i + k] === pat[k]) k++;
    if (k === pat.length) return i;
  }
  return -1;
}

/**
 * Stream bodies in the raw file bytes (between "stream" and its end-of-line and the next
 * "endstream"), old revisions included: found on the bytes themselves, without a Latin-1
 * copy of the whole file.
 */
function rawStreamSpans(file: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const m = indexOfBytes(file, STREAM, from);
    if (m < 0) break;
    const c = file[m + 6];
    if (c !== 0x0a && c !== 0x0d) {
      from = m + 1;
      continue;
    }
    const eol = c === 0x0d && file[m + 7] === 0x0a ? 2 : 1;
    if (m >= 3 && file[m - 3] === 0x65 && file[m - 2] === 0x6e && file[m - 1] === 0x64) {
      from = m + 6 + eol;
      continue;
    }
    const start = m + 6 + eol;
    const end = indexOfBytes(file, ENDSTREAM, start);
    if (end < 0) break;
    out.push([start, end]);
    from = end + 9;
  }
  return out;
}

/**
 * The readings of the strings of one text run, each string read on its own (Latin-1, UTF-8,
 * UTF-16 big-endian) and the readings kept apart per piece, so a word edge between two
 * strings stays an edge.
 */
function pieceReadings(pieces: Uint8Array[]): string[][] {
  const lat = pieces.map(latin1);
  const out = [lat];
  const utf8 = new TextDecoder('utf-8', { fatal: false });
  const u8 = pieces.map((p) => utf8.decode(p));
  if (u8.some((t, i) => t !== lat[i])) out.push(u8);
  if (pieces.every((p) => p.length % 2 === 0) && pieces.some((p) => p.length >= 2 && p[0] === 0)) {
    const u16 = new TextDecoder('utf-16be');
    out.push(pieces.map((p) => u16.decode(p)));
  }
  return out;
}

const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);

/** The strings one text object shows in one font, joined in order. */
interface TextRun {
  /** The font resource name in force (/F1 → "F1"), if a Tf set one. */
  font?: string;
  /** The strings in order, joined where nothing but kerning stands between them (the page may leave a gap between any two pieces). */
  pieces: Uint8Array[];
  bytes: Uint8Array;
  /** junction[i] = 1 where a piece begins in `bytes` (and at its end). */
  junction: Uint8Array;
}

/**
 * The strings shown in a content stream, joined per text object (BT … ET) and font: a text
 * split over TJ elements or several Tj comes out whole, and nothing is joined across text
 * objects or fonts, where a short text would turn up by chance. None when the blob shows no
 * text (no BT: a font, an image); undefined when it has BT but does not tokenize (a damaged
 * content stream: look at its raw bytes).
 */
function textRuns(b: Uint8Array): TextRun[] | undefined {
  if (indexOfAscii(b, 'BT') < 0) return [];
  let ops;
  try {
    ops = tokenize(b);
  } catch {
    return undefined;
  }
  const runs: TextRun[] = [];
  // The strings of the current text object, grouped into segments: a new segment begins
  // where the page may leave a gap (another show operator, or a TJ adjustment of more than a
  // tenth of an em); a kerning adjustment inside a word does not begin one.
  let cur: Uint8Array[][] | null = null;
  let font: string | undefined;
  const flush = () => {
    if (cur?.length) {
      const pieces = cur.map((seg) => (seg.length === 1 ? seg[0]! : concatBytes(seg))).filter((p) => p.length > 0);
      const bytes = concatBytes(pieces);
      const junction = new Uint8Array(bytes.length + 1);
      let at = 0;
      for (const p of pieces) {
        junction[at] = 1;
        at += p.length;
      }
      junction[at] = 1;
      if (pieces.length) runs.push({ font, pieces, bytes, junction });
    }
    cur = cur ? [] : null;
  };
  for (const op of ops) {
    if (op.op === 'BT') cur = [];
    else if (op.op === 'ET') {
      flush();
      cur = null;
    } else if (op.op === 'Tf') {
      flush();
      font = op.args[0] instanceof PdfName ? op.args[0].name : undefined;
    } else if (cur && TEXT_SHOWING.has(op.op)) {
      const last = op.args[op.args.length - 1];
      if (last instanceof PdfString) cur.push([last.bytes]);
      else if (Array.isArray(last)) {
        let gap = true;
        for (const el of last) {
          if (el instanceof PdfString) {
            if (gap || cur.length === 0) cur.push([el.bytes]);
            else cur[cur.length - 1]!.push(el.bytes);
            gap = false;
          } else if (typeof el === 'number' && el < -WORD_GAP) gap = true;
        }
      }
    }
  }
  flush();
  return runs;
}

/** A piece between texts that no redacted text contains: nothing matches across it, and it is a word edge. */
const SEPARATOR = '\u0000';

/**
 * True when `findWholeNeedle` would find a needle in any of the texts, searched in one pass:
 * the texts joined with SEPARATOR, a starter character that neither normalisation nor
 * lower-casing joins to its neighbours, so each text reads as it reads alone.
 */
function anyWholeNeedle(texts: readonly string[], needles: string[]): boolean {
  return texts.length > 0 && findWholeNeedle(texts.join(SEPARATOR), needles) !== undefined;
}

/** A TJ adjustment (thousandths of an em, negative moves right) beyond which a word may end. */
const WORD_GAP = 100;

function indexOfAscii(b: Uint8Array, s: string): number {
  outer: for (let i = 0; i + s.length <= b.length; i++) {
    for (let k = 0; k < s.length; k++) if (b[i + k] !== s.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

function tryInflate(b: Uint8Array): Uint8Array | undefined {
  try {
    const out = unzlibSync(b);
    return out.length <= MAX_SCAN_BYTES ? out : undefined;
  } catch {
    try {
      const out = inflateSync(b);
      return out.length > 0 && out.length <= MAX_SCAN_BYTES ? out : undefined;
    } catch {
      return undefined;
    }
  }
}

/** A key for bytes [0, n): the length and an FNV-1a hash. */
function bytesKey(b: Uint8Array, n: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ b[i], 0x01000193) >>> 0;
  return `${n}:${h}`;
}

/**
 * Keys under which a stream body may be known: as it is, and without the end-of-line before
 * "endstream" (which the raw scan includes and the parser does not, and which compressed data
 * may itself end with, so both sides give both).
 */
function bodyKeys(b: Uint8Array): string[] {
  const n = b.length;
  const keys = [bytesKey(b, n)];
  if (n > 0 && b[n - 1] === 0x0a) {
    keys.push(bytesKey(b, n - 1));
    if (n > 1 && b[n - 2] === 0x0d) keys.push(bytesKey(b, n - 2));
  } else if (n > 0 && b[n - 1] === 0x0d) keys.push(bytesKey(b, n - 1));
  return keys;
}

/**
 * For each content stream of the pages (and of the forms they draw), the fonts its resource
 * names stand for. The page tree is walked with a guard against loops; forms nest at most
 * eight deep here (deeper ones keep the scan of all fonts).
 */
function streamFonts(doc: PDFDocument, patternsOfFont: Map<PDFDict, FontPatterns>): Map<PDFStream, Map<string, FontPatterns>> {
  const ctx = doc.context;
  const out = new Map<PDFStream, Map<string, FontPatterns>>();
  const N = { Pages: PDFName.of('Pages'), Kids: PDFName.of('Kids'), Resources: PDFName.of('Resources'), Font: PDFName.of('Font'), XObject: PDFName.of('XObject'), Contents: PDFName.of('Contents'), Subtype: PDFName.of('Subtype'), Form: PDFName.of('Form') };
  const fontMap = (res: PDFDict | undefined) => {
    const m = new Map<string, FontPatterns>();
    const fd = res?.lookup(N.Font);
    if (fd instanceof PDFDict) {
      for (const [k, v] of fd.entries()) {
        const f = ctx.lookup(v);
        const p = f instanceof PDFDict ? patternsOfFont.get(f) : undefined;
        if (p) m.set(k.decodeText(), p);
      }
    }
    return m;
  };
  const forms = (res: PDFDict | undefined, depth: number, seen: Set<PDFStream>) => {
    const xo = res?.lookup(N.XObject);
    if (!(xo instanceof PDFDict) || depth > 8) return;
    for (const [, v] of xo.entries()) {
      const s = ctx.lookup(v);
      if (!(s instanceof PDFStream) || s.dict.lookup(N.Subtype) !== N.Form || seen.has(s)) continue;
      seen.add(s);
      const own = s.dict.lookup(N.Resources);
      const r = own instanceof PDFDict ? own : res;
      if (!out.has(s)) out.set(s, fontMap(r));
      forms(r, depth + 1, seen);
    }
  };
  const catalog = ctx.lookup(ctx.trailerInfo.Root);
  const root = catalog instanceof PDFDict ? catalog.lookup(N.Pages) : undefined;
  const stack: [unknown, PDFDict | undefined][] = [[root, undefined]];
  const seenNodes = new Set<unknown>();
  while (stack.length) {
    const [node, inherited] = stack.pop()!;
    if (!(node instanceof PDFDict) || seenNodes.has(node) || seenNodes.size > 1_000_000) continue;
    seenNodes.add(node);
    const own = node.lookup(N.Resources);
    const res = own instanceof PDFDict ? own : inherited;
    const kids = node.lookup(N.Kids);
    if (kids instanceof PDFArray) {
      for (let i = 0; i < kids.size(); i++) stack.push([kids.lookup(i), res]);
      continue;
    }
    const map = fontMap(res);
    const c = node.lookup(N.Contents);
    const parts = c instanceof PDFArray ? Array.from({ length: c.size() }, (_, i) => c.lookup(i)) : [c];
    for (const part of parts) if (part instanceof PDFStream && !out.has(part)) out.set(part, map);
    forms(res, 0, new Set());
  }
  return out;
}

/** A font's byte patterns, and which of its bytes stand for letters and digits (simple fonts only). */
interface FontPatterns {
  patterns: BytePatterns;
  wordBytes?: Uint8Array;
}

export interface ScanInput {
  file: Uint8Array;
  /** The parsed document, when the file could be parsed. */
  doc?: PDFDocument;
  /** The redacted texts as given (not normalised). */
  texts: string[];
  /** The same, normalised with prepareNeedles. */
  needles: string[];
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
  /**
   * Only part `index` of `of` (issue #17, --jobs): the blobs (the raw file, its body, each
   * stream) are dealt out in turn, so that parts run on separate workers; `mergeScanHits` puts
   * the parts' hits together as one scan of the whole file gives them.
   */
  part?: { index: number; of: number };
}

/** Hits of scan parts as the whole scan gives them: in the file's order, each once, at most 200. */
export function mergeScanHits(parts: readonly ScanHit[][]): ScanHit[] {
  return parts.flat().sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).slice(0, MAX_HITS);
}

const MAX_HITS = 200;

/**
 * Searches the whole file for the redacted texts: raw bytes, every decoded stream, every
 * string and name token (in UTF-16, UTF-8 and PDFDocEncoding), and the text as it would be
 * drawn in each font of the document.
 *
 * @example
 *   scanFile({ file: bytes, doc, texts: ['Jan Bakker'], needles: ['janbakker'] }); // [] when clean
 */
export function scanFile(input: ScanInput): ScanHit[] {
  const { file, doc, needles } = input;
  if (needles.length === 0) return [];
  const hits: ScanHit[] = [];
  const seenHits = new Set<string>();
  // Blobs in scan order; a part scans only its share of them.
  let blob = -1;
  const mine = () => {
    blob++;
    return !input.part || blob % input.part.of === input.part.index;
  };
  const report = (needle: string, where: string) => {
    const key = `${needle}\u0000${where}`;
    if (seenHits.has(key) || hits.length >= MAX_HITS) return;
    seenHits.add(key);
    hits.push({ needle, where, order: blob * (MAX_HITS + 1) + hits.length });
  };

  // Fonts first (dictionaries, cheap); the blobs are then produced and scanned one at a time,
  // so a file of thousands of pages never holds all its decoded streams at once.
  const fonts: { name: string; font: PdfFont; dict: PDFDict }[] = [];
  if (doc) {
    const cache = new Map();
    for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
      if (!(obj instanceof PDFDict)) continue;
      const type = obj.lookup(PDFName.of('Type'));
      const sub = obj.lookup(PDFName.of('Subtype'));
      if (type === PDFName.of('Font') && sub !== PDFName.of('CIDFontType0') && sub !== PDFName.of('CIDFontType2')) {
        try {
          const font = loadFont(obj, { cache, loadPredefinedCMap: input.loadPredefinedCMap });
          fonts.push({ name: `${font.name || 'font'} (${ref.objectNumber} 0 R)`, font, dict: obj });
        } catch {
          // an unreadable font cannot draw the text either
        }
      }
    }
  }

  // Byte patterns of each text as drawn in each font: with and without its spaces, in the
  // cases a document would plausibly use. Each text and form is encoded once per kind of
  // font: fonts that encode every character of the texts alike (the same font copied into
  // each document of a dossier) count once, so the work grows with the texts, not with
  // texts times fonts.
  const needleSet = new Set(needles);
  const forms = new Map<string, string>(); // form → needle
  for (const text of input.texts) {
    const needle = normalizeForMatch(text);
    if (!needleSet.has(needle)) continue;
    for (const f of [text, text.replace(/\s+/g, ' ').trim(), text.replace(/\s+/g, ''), text.toUpperCase(), text.toLowerCase()]) forms.set(f, needle);
  }
  const alphabet = [...new Set([...forms.keys()].join(''))];
  const kinds = new Map<string, BytePatterns>();
  const patternsOfFont = new Map<PDFDict, FontPatterns>();
  const allPatterns = new BytePatterns();
  for (const f of fonts) {
    const print = alphabet.map((ch) => {
      try {
        const e = f.font.encode(ch);
        return e ? latin1(e) : '';
      } catch {
        return '';
      }
    }).join('\u0001');
    let patterns = kinds.get(print);
    if (!patterns) {
      patterns = new BytePatterns();
      kinds.set(print, patterns);
      for (const [form, needle] of forms) {
        let enc: Uint8Array | null = null;
        try {
          enc = f.font.encode(form);
        } catch {
          enc = null;
        }
        if (enc && enc.length >= 3) {
          patterns.add(enc, needle, f.name);
          allPatterns.add(enc, needle, f.name);
        }
      }
    }
    patternsOfFont.set(f.dict, { patterns, wordBytes: wordBytesOf((t) => f.font.encode(t)) });
  }
  // The parsed fonts (their CMaps and widths) are not needed once their patterns are made.
  fonts.length = 0;
  // Which fonts each content stream draws with, from the resources of the pages and forms that
  // use it: text is looked for only in the font it would be drawn in.
  const fontsOfStream = doc ? streamFonts(doc, patternsOfFont) : new Map<PDFStream, Map<string, FontPatterns>>();

  // Redacted texts are looked for as whole words (findWholeNeedle): "naam" inside
  // "naamgeving" elsewhere in the file is no leak. Syntax around a string (parentheses, an
  // operator after a space) counts as an edge, and so does every place where one shown string
  // ends and the next begins, since the page may put a gap there that the bytes do not show.
  const scanReadings = (bytes: Uint8Array, where: string) => {
    for (const r of blobReadings(bytes)) {
      const hit = findWholeNeedle(r, needles);
      if (hit) {
        report(hit, where);
        break;
      }
    }
  };
  const scan = (bytes: Uint8Array, where: string, fontMap?: Map<string, FontPatterns>) => {
    scanReadings(bytes, where);
    // Strings and text runs are first searched all at once, each its own piece behind a
    // separator no text contains (so no match spans two of them and the word edges are those
    // of each alone), and one by one only where that finds something: the same findings,
    // without a search per string (thousands per stream, which made a 1,000-page bundle spend
    // half a minute here).
    const tokenReadings = stringTokens(bytes).map((t) => stringReadings(t));
    if (anyWholeNeedle(tokenReadings.flat(), needles)) {
      for (const readings of tokenReadings) {
        for (const r of readings) {
          const hit = findWholeNeedle(r, needles);
          if (hit) report(hit, `a string in ${where}`);
        }
      }
    }
    const runs = textRuns(bytes);
    const runReadings = (runs ?? []).map((run) => pieceReadings(run.pieces));
    // A space between the pieces of a run is the same word edge as the junction of two pieces.
    if (anyWholeNeedle(runReadings.flatMap((rs) => rs.map((pieces) => pieces.join(' '))), needles)) {
      for (const readings of runReadings) {
        for (const reading of readings) {
          const hit = findWholeNeedle(reading, needles);
          if (hit) report(hit, `the joined strings of ${where}`);
        }
      }
    }
    for (const run of runs ?? []) {
      const font = fontMap && run.font !== undefined ? fontMap.get(run.font) : undefined;
      const patterns = font?.patterns ?? (fontMap ? undefined : allPatterns);
      const edges = font?.wordBytes ? { wordBytes: font.wordBytes, junction: run.junction } : undefined;
      for (const d of patterns?.find(run.bytes, edges) ?? []) report(d.needle, `text drawn in font ${d.font} in ${where}`);
    }
    // Text that cannot be told apart from the syntax around it (a content stream that does
    // not tokenize): its raw bytes.
    if (runs === undefined) for (const d of allPatterns.find(bytes)) report(d.needle, `text drawn in font ${d.font} in ${where}`);
  };

  // The net under the parser: the file body (everything outside stream bodies: objects the
  // parser missed, bytes between and after them) and every stream body, each read in all its
  // readings, string tokens and text runs; a stream that does not decode, or decodes damaged,
  // also as it is. The compressed bytes of a stream that decodes are not read as text: on the
  // 1,000-page bench that was a third of verify's time, with nothing to find in them that the
  // decoded bytes do not hold, and tokenizing them as one blob held hundreds of megabytes of
  // garbage strings at once (issue #17).
  const spans = rawStreamSpans(file);
  if (mine()) scan(withoutStreamBodies(file, spans, 2 * ((needles[0]?.length ?? 0) + 8)), 'the file body');
  // Stream bodies in the raw bytes (an older revision's too); those the parser also found are
  // scanned below, with their fonts.
  const parsed = new Set<string>();
  if (doc) for (const [, obj] of doc.context.enumerateIndirectObjects()) if (obj instanceof PDFRawStream) parsed.add(bytesKey(obj.contents, obj.contents.length));
  for (const [i, [s, e]] of spans.entries()) {
    const body = file.subarray(s, e);
    if (bodyKeys(body).some((k) => parsed.has(k)) || !mine()) continue;
    const inflated = tryInflate(body);
    if (inflated) scan(inflated, `stream #${i + 1} in the file (inflated)`);
    else scan(body, `stream #${i + 1} in the file`);
  }
  if (doc) {
    for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
      if (!(obj instanceof PDFStream) || !mine()) continue;
      let bytes: Uint8Array;
      try {
        const d = decodeStream(obj as PDFRawStream, MAX_SCAN_BYTES);
        bytes = d.bytes;
        if (d.damaged && obj instanceof PDFRawStream) scan(obj.contents, `stream ${ref.objectNumber} ${ref.generationNumber} R (as stored)`, fontsOfStream.get(obj));
      } catch {
        // Undecodable: its bytes as they are, tokens and all (a stream without a filter we know).
        if (obj instanceof PDFRawStream) scan(obj.contents, `stream ${ref.objectNumber} ${ref.generationNumber} R (not decoded)`, fontsOfStream.get(obj));
        continue;
      }
      scan(bytes, `stream ${ref.objectNumber} ${ref.generationNumber} R`, fontsOfStream.get(obj));
    }
  }
  return hits;
}
