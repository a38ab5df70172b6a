/**
 * The byte-level half of verify: every stream in the file (decoded when possible, found both
 * through the parser and by scanning the raw bytes, so an older revision's objects are seen
 * too) and every string and name in it is searched for the redacted texts.
 */
import { concatBytes } from '../bytes';
import { unzlibSync, inflateSync } from 'fflate';
import { PDFDict, PDFName, PDFRawStream, PDFStream, type PDFDocument } from '@cantoo/pdf-lib';
import { decodeStream } from '../pdf/streams';
import { loadFont, type PdfFont } from '../pdf/fonts';
import { findNeedle, normalizeForMatch, stringReadings } from '../redact/match';

export interface ScanHit {
  needle: string;
  /** Where, in words: "stream 12 0 R (decoded)", "a string in the file body", "text drawn in font F1 in stream 7 0 R". */
  where: string;
}

const MAX_SCAN_BYTES = 64 * 1024 * 1024;

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** All readings of a blob: Latin-1, UTF-8 and UTF-16 in both byte orders and both alignments. */
function blobReadings(b: Uint8Array): string[] {
  const out = [latin1(b)];
  try {
    out.push(new TextDecoder('utf-8', { fatal: false }).decode(b));
  } catch {
    // ignore
  }
  for (const enc of ['utf-16be', 'utf-16le']) {
    const dec = new TextDecoder(enc);
    out.push(dec.decode(b.subarray(0, b.length & ~1)));
    if (b.length > 2) out.push(dec.decode(b.subarray(1, 1 + ((b.length - 1) & ~1))));
  }
  return out;
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

function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  const first = needle[0];
  outer: for (let i = 0; i <= hay.length - needle.length; i++) {
    if (hay[i] !== first) continue;
    for (let k = 1; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** Stream bodies found in the raw file bytes (between "stream" and "endstream"), old revisions included. */
function rawStreamBodies(file: Uint8Array): Uint8Array[] {
  return rawStreamSpans(file).map(([s, e]) => file.subarray(s, e));
}

/** The file with every stream body blanked, so binary data cannot swallow the syntax after it. */
function withoutStreamBodies(file: Uint8Array): Uint8Array {
  const out = file.slice();
  for (const [s, e] of rawStreamSpans(file)) out.fill(0x20, s, e);
  return out;
}

function rawStreamSpans(file: Uint8Array): [number, number][] {
  const text = latin1(file);
  const out: [number, number][] = [];
  const re = /stream(\r\n|\n|\r)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (text.slice(Math.max(0, m.index - 3), m.index) === 'end') continue;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    out.push([start, end]);
    re.lastIndex = end + 9;
  }
  return out;
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

export interface ScanInput {
  file: Uint8Array;
  /** The parsed document, when the file could be parsed. */
  doc?: PDFDocument;
  /** The redacted texts as given (not normalised). */
  texts: string[];
  /** The same, normalised with prepareNeedles. */
  needles: string[];
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
}

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
  const report = (needle: string, where: string) => {
    const key = `${needle}\u0000${where}`;
    if (seenHits.has(key) || hits.length >= 200) return;
    seenHits.add(key);
    hits.push({ needle, where });
  };

  const blobs: { bytes: Uint8Array; where: string }[] = [
    { bytes: file, where: 'the raw file bytes' },
    { bytes: withoutStreamBodies(file), where: 'the file body' },
  ];
  for (const [i, body] of rawStreamBodies(file).entries()) {
    const inflated = tryInflate(body);
    if (inflated) blobs.push({ bytes: inflated, where: `stream #${i + 1} in the file (inflated)` });
  }
  const fonts: { name: string; font: PdfFont }[] = [];
  if (doc) {
    const cache = new Map();
    for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
      if (obj instanceof PDFStream) {
        try {
          const { bytes } = decodeStream(obj as PDFRawStream, MAX_SCAN_BYTES);
          blobs.push({ bytes, where: `stream ${ref.objectNumber} ${ref.generationNumber} R` });
        } catch {
          // undecodable: its raw bytes were scanned with the file
        }
      } else if (obj instanceof PDFDict) {
        const type = obj.lookup(PDFName.of('Type'));
        const sub = obj.lookup(PDFName.of('Subtype'));
        if (type === PDFName.of('Font') && sub !== PDFName.of('CIDFontType0') && sub !== PDFName.of('CIDFontType2')) {
          try {
            const font = loadFont(obj, { cache, loadPredefinedCMap: input.loadPredefinedCMap });
            fonts.push({ name: `${font.name || 'font'} (${ref.objectNumber} 0 R)`, font });
          } catch {
            // an unreadable font cannot draw the text either
          }
        }
      }
    }
  }

  // Byte patterns of each text as drawn in each font: with and without its spaces, in the
  // cases a document would plausibly use.
  const drawn: { needle: string; font: string; bytes: Uint8Array }[] = [];
  for (const text of input.texts) {
    const needle = normalizeForMatch(text);
    if (!needles.includes(needle)) continue;
    const forms = new Set([text, text.replace(/\s+/g, ' ').trim(), text.replace(/\s+/g, ''), text.toUpperCase(), text.toLowerCase()]);
    for (const { name, font } of fonts) {
      for (const form of forms) {
        let enc: Uint8Array | null = null;
        try {
          enc = font.encode(form);
        } catch {
          enc = null;
        }
        if (enc && enc.length >= 3) drawn.push({ needle, font: name, bytes: enc });
      }
    }
  }

  for (const blob of blobs) {
    for (const r of blobReadings(blob.bytes)) {
      const hit = findNeedle(r, needles);
      if (hit) {
        report(hit, blob.where);
        break;
      }
    }
    const tokens = stringTokens(blob.bytes);
    for (const t of tokens) {
      for (const r of stringReadings(t)) {
        const hit = findNeedle(r, needles);
        if (hit) report(hit, `a string in ${blob.where}`);
      }
    }
    // Text split over TJ array elements or several Tj: the strings joined in order.
    const joined = concatBytes(tokens);
    for (const r of stringReadings(joined)) {
      const hit = findNeedle(r, needles);
      if (hit) report(hit, `the joined strings of ${blob.where}`);
    }
    for (const d of drawn) {
      if (indexOfBytes(joined, d.bytes) >= 0 || indexOfBytes(blob.bytes, d.bytes) >= 0) {
        report(d.needle, `text drawn in font ${d.font} in ${blob.where}`);
      }
    }
  }
  return hits;
}
