/**
 * Node's native zlib for the PDF core's streams (shared/pdf/zlibHooks.ts `setNativeInflate`,
 * `setNativeDeflate`): the command line decodes thousands of small content streams, where fflate
 * spends its time growing buffers, and the redactor compresses a new stream for every page it
 * changes. The cap is zlib's own `maxOutputLength`; damaged data throws, and the core then takes
 * its careful path as before.
 */
import { deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
import { setNativeDeflate, setNativeInflate } from '../shared/pdf/zlibHooks';

export function useNativeZlib(): void {
  setNativeDeflate((data) => {
    const out = deflateSync(data);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  });
  setNativeInflate((data, zlibHeader, maxBytes) => {
    const out = zlibHeader ? inflateSync(data, { maxOutputLength: Math.max(1, maxBytes) }) : inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  });
}
