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
import type { PDFStream } from '@cantoo/pdf-lib';
import { decodeStream, type DecodeResult } from '../pdf/streams';
import { DEFAULT_LIMITS } from '../pdf/limits';

const known = new WeakMap<PDFStream, Uint8Array>();

/** Records that `stream` decodes to `bytes` (the stream was just made from them). */
export function rememberDecoded(stream: PDFStream, bytes: Uint8Array): void {
  known.set(stream, bytes);
}

/** `decodeStream`, answered from memory for a stream redaction wrote. */
export function decodeContent(stream: PDFStream, maxBytes = DEFAULT_LIMITS.maxStreamBytes): DecodeResult {
  const bytes = known.get(stream);
  return bytes ? { bytes, remainingFilters: [] } : decodeStream(stream, maxBytes);
}
