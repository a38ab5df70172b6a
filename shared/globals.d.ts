// shared/ compiles against lib ES2022 only, so DOM and Node APIs are compile errors.
// TextEncoder/TextDecoder are the one exception: every runtime we target (Node, workers,
// the renderer) has them, and they are needed to decode PDF text strings.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

// Web Crypto's digest, which Node (≥ 19 as a global), Electron, browsers and workers all have:
// the one SHA-256 of the core (shared/hash.ts).
declare const crypto: {
  readonly subtle: { digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer> };
};
