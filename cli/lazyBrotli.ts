/**
 * fontkit's brotli decoder for the command line, loaded on its first call (issue #17, start-up).
 * fontkit imports `brotli/decompress.js` at its top level, and that module builds brotli's
 * 122,784-byte dictionary from a 1.2 MB array literal when it loads: every `lakstift redact`
 * and `bundle` compiled and ran it to embed the label font, a TrueType font that brotli never
 * touches (fontkit calls it only to open a WOFF2 font). scripts/build-cli.mjs resolves the
 * module to this one (`lazy-brotli`), which loads the package's own CommonJS build (the same
 * version and code) on the first call. Tests and the app import fontkit as it is.
 *
 * @example
 *   import decompress from './lazyBrotli';
 *   decompress(woff2Tables, size); // loads brotli here
 */
import { createRequire } from 'node:module';

type Decompress = (buffer: Uint8Array, outputSize?: number) => Uint8Array | null;

const load = createRequire(import.meta.url);
let lib: Decompress | undefined;

export default function decompress(buffer: Uint8Array, outputSize?: number): Uint8Array | null {
  return (lib ??= load('brotli/decompress.js') as Decompress)(buffer, outputSize);
}
