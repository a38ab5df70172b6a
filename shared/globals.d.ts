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
