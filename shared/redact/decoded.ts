/**
 * The decoded bytes of the content streams redaction itself wrote. Glyph removal holds a
 * page's new content in the clear before it compresses it; the steps after it (the q/Q balance
 * for the boxes, marked-content text, unused XObjects) read the same stream again, and
 * inflating it back costs as much as the step itself. Keyed by the stream object: a stream
 * that is replaced later is a new object, and a stream that is dropped takes its entry along.
 *
 * @example
 *   const stream = flateStream(ctx, bytes);
 *   rememberDecoded(stream, bytes);
 *   decodeContent(stream).bytes === bytes; // true
 */
import { PDFStream, type PDFContext, type PDFRef } from '@cantoo/pdf-lib';
import { decodeStream, flateStream, type DecodeResult } from '../pdf/streams';
import { DEFAULT_LIMITS } from '../pdf/limits';

const known = new WeakMap<PDFStream, Uint8Array>();
/** Page content streams held in the clear until the boxes join them (`contentLater`). */
const later = new WeakSet<PDFStream>();

/** Records that `stream` decodes to `bytes` (the stream was just made from them). */
export function rememberDecoded(stream: PDFStream, bytes: Uint8Array): void {
  known.set(stream, bytes);
}

/** `decodeStream`, answered from memory for a stream redaction wrote. */
export function decodeContent(stream: PDFStream, maxBytes = DEFAULT_LIMITS.maxStreamBytes): DecodeResult {
  const bytes = known.get(stream);
  return bytes ? { bytes, remainingFilters: [] } : decodeStream(stream, maxBytes);
}

/** Per document, the streams of `contentLater` in the order they were made. */
const waiting = new WeakMap<PDFContext, PDFRef[]>();

/**
 * A page's new content, registered now but compressed only once its boxes are known: the boxes
 * (labels.ts `drawBoxes`) are written into the same stream, so a redacted page costs one deflate
 * call and one stream instead of three (Node's zlib sets up a stream and its window for every
 * call). Until then the stream is valid as it is, unfiltered; `compressLater` compresses what no
 * box joined before the file is written. Returns the stream's reference.
 */
export function contentLater(ctx: PDFContext, bytes: Uint8Array): PDFRef {
  const stream = ctx.stream(bytes);
  known.set(stream, bytes);
  later.add(stream);
  const ref = ctx.register(stream);
  const list = waiting.get(ctx);
  if (list) list.push(ref);
  else waiting.set(ctx, [ref]);
  return ref;
}

/** The clear bytes of a stream made by `contentLater` and not compressed yet, which it now no longer is. */
export function takeLater(stream: PDFStream): Uint8Array | undefined {
  if (!later.delete(stream)) return undefined;
  return known.get(stream);
}

/**
 * Compresses, in place under their own object numbers and in the order they were made, the
 * streams of `contentLater` that no box joined. Only those are looked up: a lookup of any other
 * page's content would parse it, and the writer would then write it anew instead of copying it.
 */
export function compressLater(ctx: PDFContext): void {
  const refs = waiting.get(ctx) ?? [];
  waiting.delete(ctx);
  for (const ref of refs) {
    const s = ctx.lookup(ref);
    const bytes = s instanceof PDFStream ? takeLater(s) : undefined;
    if (!bytes) continue;
    const stream = flateStream(ctx, bytes);
    known.set(stream, bytes);
    ctx.assign(ref, stream);
  }
}
