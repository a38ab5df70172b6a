// The parts of pdf.js's image decoders that image-codecs.ts uses (pdfjs-dist ships no
// types for this entry point). Signatures as in pdfjs-dist 5.6.205.
declare module 'pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs' {
  export class JpegImage {
    constructor(options?: { decodeTransform?: Int32Array | null; colorTransform?: number });
    width: number;
    height: number;
    numComponents: number;
    parse(data: Uint8Array): void;
    getData(options: { width: number; height: number; forceRGBA?: boolean; forceRGB?: boolean; isSourcePDF?: boolean }): Uint8Array | Uint8ClampedArray;
  }
  export class JpxImage {
    static setOptions(options: {
      handler?: { sendWithPromise(name: string, data: unknown): Promise<Uint8Array> } | null;
      useWasm: boolean;
      useWorkerFetch: boolean;
      wasmUrl: string | null;
    }): void;
    static decode(bytes: Uint8Array, options?: { numComponents?: number; isIndexedColormap?: boolean; smaskInData?: boolean; reducePower?: number }): Promise<Uint8Array | Uint8ClampedArray>;
    static parseImageProperties(bytes: Uint8Array): { width: number; height: number; bitsPerComponent: number; componentsCount: number };
  }
  export class Jbig2Image {
    width: number;
    height: number;
    parseChunks(chunks: { data: Uint8Array; start: number; end: number }[]): Uint8Array | Uint8ClampedArray;
  }
  export function setVerbosityLevel(level: number): void;
  export const VerbosityLevel: { ERRORS: number; WARNINGS: number; INFOS: number };
}
