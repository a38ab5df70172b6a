/**
 * Stream decoding with a size cap. pdf-lib decodes without limits, so a 1 KB Flate bomb
 * could fill memory; here every filter's output is counted as it is produced.
 */
import { Unzlib, Inflate, unzlibSync, inflateSync } from 'fflate';
import {
  PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFStream, decodePDFRawStream,
} from '@cantoo/pdf-lib';
import { concatBytes } from '../bytes';
import { LimitExceededError, DamagedPdfError } from '../errors';
import { DEFAULT_LIMITS } from './limits';
import { hooks } from './zlibHooks';

/** Filters that are image codecs: content streams never use them, image redaction decodes them elsewhere. */
export const IMAGE_FILTERS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF']);

const ABBREVIATIONS: Record<string, string> = {
  AHx: 'ASCIIHexDecode', A85: 'ASCII85Decode', LZW: 'LZWDecode', Fl: 'FlateDecode',
  RL: 'RunLengthDecode', CCF: 'CCITTFaxDecode', DCT: 'DCTDecode',
};

export interface DecodeResult {
  bytes: Uint8Array;
  /** Image filters left undone (e.g. ['DCTDecode']): `bytes` is still encoded with them. */
  remainingFilters: string[];
  /** The dictionary of parameters for the first remaining filter. */
  remainingParms?: PDFDict;
  /** The data was damaged: `bytes` is what a tolerant decoder got out of it, maybe not all. */
  damaged?: boolean;
}

/** The filter names of a stream dictionary, abbreviations expanded. */
export function streamFilters(dict: PDFDict): { names: string[]; parms: (PDFDict | undefined)[] } {
  const f = dict.lookup(PDFName.of('Filter'));
  const p = dict.lookup(PDFName.of('DecodeParms')) ?? dict.lookup(PDFName.of('DP'));
  const names: string[] = [];
  const parms: (PDFDict | undefined)[] = [];
  const nameOf = (o: unknown) => (o instanceof PDFName ? (ABBREVIATIONS[o.decodeText()] ?? o.decodeText()) : '');
  if (f instanceof PDFName) {
    names.push(nameOf(f));
    parms.push(p instanceof PDFDict ? p : undefined);
  } else if (f instanceof PDFArray) {
    for (let i = 0; i < f.size(); i++) {
      names.push(nameOf(f.lookup(i)));
      const pi = p instanceof PDFArray ? p.lookup(i) : undefined;
      parms.push(pi instanceof PDFDict ? pi : undefined);
    }
  }
  return { names, parms };
}

/**
 * Decodes a stream's data through all its non-image filters.
 *
 * @example
 *   const { bytes } = decodeStream(page.node.Contents() as PDFRawStream);
 */
export function decodeStream(stream: PDFStream, maxBytes = DEFAULT_LIMITS.maxStreamBytes): DecodeResult {
  if (!(stream instanceof PDFRawStream)) {
    // Streams made by pdf-lib itself (PDFContentStream, PDFFlateStream) know their contents.
    return { bytes: (stream as unknown as { getUnencodedContents(): Uint8Array }).getUnencodedContents(), remainingFilters: [] };
  }
  const { names, parms } = streamFilters(stream.dict);
  let data: Uint8Array = stream.contents;
  const health = { damaged: false };
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (IMAGE_FILTERS.has(name)) {
      return { bytes: data, remainingFilters: names.slice(i), remainingParms: parms[i], damaged: health.damaged };
    }
    if (name === 'FlateDecode') {
      data = inflateCapped(data, maxBytes, health);
      data = applyPredictor(data, parms[i], maxBytes);
    } else if (name === 'LZWDecode' || name === 'ASCIIHexDecode' || name === 'ASCII85Decode' || name === 'RunLengthDecode') {
      data = decodeWithPdfLib(data, name, parms[i], maxBytes, health);
      if (name === 'LZWDecode') data = applyPredictor(data, parms[i], maxBytes);
    } else if (name === 'Crypt') {
      continue; // Identity crypt filter: pdf-lib has already decrypted the file's streams.
    } else {
      throw new DamagedPdfError(`unknown stream filter /${name}`);
    }
  }
  return { bytes: data, remainingFilters: [], damaged: health.damaged };
}

/** Deflate cannot expand data by more than about 1032:1 (RFC 1951's longest match per bit). */
const MAX_DEFLATE_RATIO = 1032;

export { setNativeDeflate, setNativeInflate, type NativeInflate } from './zlibHooks';

/**
 * A new Flate-compressed stream, as `PDFContext.flateStream` makes it, compressed by the host's
 * deflate when it gave one (the redactor writes a new content stream for every page it changes).
 *
 * @example
 *   page.node.set(PDFName.of('Contents'), ctx.register(flateStream(ctx, bytes)));
 */
export function flateStream(ctx: PDFContext, contents: string | Uint8Array, dict: Record<string, unknown> = {}): PDFRawStream {
  const nativeDeflate = hooks.deflate;
  if (!nativeDeflate) return ctx.flateStream(contents, dict as never);
  const data = typeof contents === 'string' ? latin1Bytes(contents) : contents;
  return ctx.stream(nativeDeflate(data), { ...dict, Filter: 'FlateDecode' } as never);
}

/** A string of byte values (what pdf-lib's typedArrayFor does with a string). */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function inflateCapped(data: Uint8Array, maxBytes: number, health: { damaged: boolean }): Uint8Array {
  const nativeInflate = hooks.inflate;
  if (nativeInflate) {
    const zlibHeader = data.length >= 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0;
    try {
      return nativeInflate(data, zlibHeader, maxBytes);
    } catch {
      // Damaged, or larger than the cap: the careful path below recovers what it can, or says which limit.
    }
  } else if (data.length * MAX_DEFLATE_RATIO <= maxBytes) {
    // Small enough that even a bomb stays under the cap: the one-shot decoder is much faster
    // than the streaming one (no chunk list, no concatenation).
    try {
      const zlibHeader = data.length >= 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0;
      return zlibHeader ? unzlibSync(data) : inflateSync(data);
    } catch {
      // Damaged: the careful path below recovers what it can.
    }
  }
  const first = inflateOnce(data, maxBytes);
  if (first.complete) return first.bytes;
  // pdf-lib trims an end-of-line before "endstream" when /Length is indirect, and that byte
  // can be the last byte of the deflate data (Ghostscript's streams show it): put it back.
  for (const tail of [[0x0a], [0x0d, 0x0a], [0x0d]]) {
    const padded = new Uint8Array(data.length + tail.length);
    padded.set(data);
    padded.set(tail, data.length);
    const again = inflateOnce(padded, maxBytes);
    if (again.complete) return again.bytes;
  }
  // Truly damaged data: keep what the tolerant decoder gets out of it, as viewers do.
  health.damaged = true;
  const partial = decodeWithPdfLib(data, 'FlateDecode', undefined, maxBytes, health);
  return partial.length >= first.bytes.length ? partial : first.bytes;
}

function inflateOnce(data: Uint8Array, maxBytes: number): { bytes: Uint8Array; complete: boolean } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const onData = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > maxBytes) throw new LimitExceededError('A compressed stream', `${Math.round(maxBytes / 1048576)} MB decoded`);
    chunks.push(chunk);
  };
  // Most PDF Flate data has a zlib header; a few producers write raw deflate.
  const zlibHeader = data.length >= 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0;
  const inflater = zlibHeader ? new Unzlib(onData) : new Inflate(onData);
  let complete = true;
  try {
    // Push without "final" first: fflate then emits everything decodable, so a truncated
    // stream still yields its beginning; finishing afterwards reports the damage.
    inflater.push(data, false);
    inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof LimitExceededError) throw e;
    complete = false;
  }
  return { bytes: concatBytes(chunks), complete };
}

/** A throwaway context for the dictionaries handed to pdf-lib's decoders. */
let scratch: PDFContext | undefined;

function decodeWithPdfLib(data: Uint8Array, filter: string, parms: PDFDict | undefined, maxBytes: number, health?: { damaged: boolean }): Uint8Array {
  scratch ??= PDFContext.create();
  const dict = PDFDict.withContext(scratch);
  dict.set(PDFName.of('Filter'), PDFName.of(filter));
  if (parms) dict.set(PDFName.of('DecodeParms'), parms);
  const stream = decodePDFRawStream({ dict, contents: data, transform: undefined } as unknown as PDFRawStream);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = stream.getBytes(65536);
      if (chunk.length === 0) break;
      total += chunk.length;
      if (total > maxBytes) throw new LimitExceededError('A compressed stream', `${Math.round(maxBytes / 1048576)} MB decoded`);
      chunks.push(new Uint8Array(chunk));
      if (chunk.length < 65536) break;
    }
  } catch (e) {
    if (e instanceof LimitExceededError) throw e;
    if (health) health.damaged = true;
  }
  return concatBytes(chunks);
}

/** PNG (10–15) and TIFF (2) predictors, ISO 32000-1 7.4.4.4. */
function applyPredictor(data: Uint8Array, parms: PDFDict | undefined, maxBytes: number): Uint8Array {
  if (!parms) return data;
  const num = (k: string, d: number) => {
    const v = parms.lookup(PDFName.of(k));
    return v instanceof PDFNumber ? v.asNumber() : d;
  };
  const predictor = num('Predictor', 1);
  if (predictor <= 1) return data;
  const colors = num('Colors', 1);
  const bpc = num('BitsPerComponent', 8);
  const columns = num('Columns', 1);
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowBytes = Math.ceil((colors * bpc * columns) / 8);
  if (rowBytes <= 0 || rowBytes > maxBytes) return data;
  if (predictor === 2) {
    if (bpc !== 8) return data;
    const out = data.slice();
    for (let r = 0; r + rowBytes <= out.length; r += rowBytes) {
      for (let i = bpp; i < rowBytes; i++) out[r + i] = (out[r + i] + out[r + i - bpp]) & 0xff;
    }
    return out;
  }
  const rows = Math.floor(data.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  let prev = new Uint8Array(rowBytes);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowBytes + 1)];
    const src = data.subarray(r * (rowBytes + 1) + 1, (r + 1) * (rowBytes + 1));
    const cur = out.subarray(r * rowBytes, (r + 1) * rowBytes);
    for (let i = 0; i < rowBytes; i++) {
      const left = i >= bpp ? cur[i - bpp] : 0;
      const up = prev[i];
      const upLeft = i >= bpp ? prev[i - bpp] : 0;
      let v = src[i];
      switch (type) {
        case 0: break;
        case 1: v += left; break;
        case 2: v += up; break;
        case 3: v += (left + up) >> 1; break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
          v += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default: break;
      }
      cur[i] = v & 0xff;
    }
    prev = cur;
  }
  return out;
}
