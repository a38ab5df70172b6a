/**
 * SHA-256 of bytes as 64 lowercase hex digits, from Web Crypto (`crypto.subtle.digest`), which
 * every host of the core has: Node 20, Electron's main and renderer processes, browsers and
 * workers. The dossier stores it per original, the manifest per original and output.
 *
 * @example
 *   await sha256Hex(new TextEncoder().encode('abc'));
 *   // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Web Crypto refuses a view of shared memory (the bytes worker threads read): hashed from a copy.
  const own = typeof SharedArrayBuffer !== 'undefined' && bytes.buffer instanceof SharedArrayBuffer ? bytes.slice() : bytes;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', own));
  let hex = '';
  for (const b of digest) hex += (b < 16 ? '0' : '') + b.toString(16);
  return hex;
}

/** A hash function a host may supply instead (same contract as `sha256Hex`). */
export type Sha256 = (bytes: Uint8Array) => Promise<string>;
