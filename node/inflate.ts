/**
 * Node's native zlib for the PDF core's stream decoding (shared/pdf/streams.ts `setNativeInflate`):
 * the command line decodes thousands of small content streams, where fflate spends its time
 * growing buffers. The cap is zlib's own `maxOutputLength`; damaged data throws, and the core
 * then takes its careful path as before.
 */
import { inflateRawSync, inflateSync } from 'node:zlib';
import { setNativeInflate } from '../shared/pdf/streams';

export function useNativeInflate(): void {
  setNativeInflate((data, zlibHeader, maxBytes) => {
    const out = zlibHeader ? inflateSync(data, { maxOutputLength: Math.max(1, maxBytes) }) : inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  });
}
