/**
 * The host's own zlib for the PDF core (shared/pdf/streams.ts), in a module of its own that
 * imports nothing: the command line installs Node's native zlib at start (node/zlib.ts) without
 * loading the PDF core and pdf-lib, which only the commands that read a PDF then load (issue
 * #17: `text --jobs N` reads on its workers, and its own thread never needs them).
 *
 * @example
 *   setNativeInflate((data, zlibHeader, max) => ...);
 *   hooks.inflate?.(bytes, true, 1 << 20);
 */

/**
 * A host's own inflate (zlib header or raw deflate), which must throw when the data is damaged
 * or decodes to more than `maxBytes`. shared/ has no Node APIs; the command line hands in
 * Node's native zlib (node/zlib.ts), several times faster than fflate on the many small
 * streams of a dossier. Without one, fflate decodes.
 */
export type NativeInflate = (data: Uint8Array, zlibHeader: boolean, maxBytes: number) => Uint8Array;

/** A host's own zlib deflate (Node's native one from the command line). */
export type NativeDeflate = (data: Uint8Array) => Uint8Array;

/** What is installed now (null: fflate). */
export const hooks: { inflate: NativeInflate | null; deflate: NativeDeflate | null } = { inflate: null, deflate: null };

/** Installs (or, with null, removes) the host's inflate for every later `decodeStream`. */
export function setNativeInflate(fn: NativeInflate | null): void {
  hooks.inflate = fn;
}

/** Installs (or, with null, removes) the host's deflate for every later `flateStream`. */
export function setNativeDeflate(fn: NativeDeflate | null): void {
  hooks.deflate = fn;
}
