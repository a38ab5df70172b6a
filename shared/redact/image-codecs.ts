/**
 * Image codecs that pdf-lib cannot decode: DCT (JPEG), JPX (JPEG 2000) and JBIG2 through
 * pdf.js's image decoders, CCITT through our own decoder (image-ccitt.ts). The pdf.js module
 * is loaded on first use (it is ~400 KB and most documents never need it) and can be replaced
 * through `ImageDecoders`, e.g. by a renderer bundle that ships its own copy.
 */
import { decodeCcitt, type CcittParams } from './image-ccitt';

/** Decoded samples: `components` values of 8 bits per pixel, rows top to bottom. */
export interface DecodedRaster {
  width: number;
  height: number;
  components: number;
  data: Uint8Array;
}

/**
 * Decoders for the image filters. Each returns samples as the PDF filter would produce them
 * (before /Decode and the colour space are applied). JPX alone is asynchronous (OpenJPEG is a
 * WebAssembly module); the others are synchronous so that inline images, which cannot use JPX
 * (ISO 32000-1 8.9.7), can be rewritten synchronously.
 */
export interface ImageDecoders {
  /** DCTDecode; `colorTransform` is the /ColorTransform decode parameter (−1 when absent). */
  jpeg(data: Uint8Array, colorTransform: number): DecodedRaster;
  /** JPXDecode, all components the codestream has (colour, then alpha if any). */
  jpx(data: Uint8Array, isIndexed: boolean): Promise<DecodedRaster>;
  /** JBIG2Decode: 1 bit per pixel, packed rows, 1 = white as in PDF (JBIG2 itself has 1 = black). */
  jbig2(data: Uint8Array, globals: Uint8Array | undefined, width: number, height: number): Uint8Array;
  /** CCITTFaxDecode: 1 bit per pixel, packed rows, PDF sense (BlackIs1 honoured). */
  ccitt(data: Uint8Array, params: CcittParams): Uint8Array;
}

type PdfjsDecoders = typeof import('pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs');

let pdfjsPromise: Promise<PdfjsDecoders> | undefined;
let pdfjs: PdfjsDecoders | undefined;

/** Thrown by a default decoder used before `loadImageDecoders()` has finished. */
export class DecodersNotLoadedError extends Error {
  constructor() {
    super('pdf.js image decoders are not loaded; await loadImageDecoders() first');
  }
}

/**
 * Loads pdf.js's image decoders (once; later calls return the same promise). JPX needs
 * OpenJPEG: `jpxWasm` supplies openjpeg.wasm's bytes (fast); without it pdf.js imports its
 * pure-JS build from 'pdfjs-dist/wasm/', which Node resolves from node_modules. Only the
 * first call's `jpxWasm` counts.
 *
 * @example
 *   await loadImageDecoders(); // then blankInlineImage() can decode DCT inline images
 */
export function loadImageDecoders(jpxWasm?: () => Promise<Uint8Array>): Promise<void> {
  const nativePush = Array.prototype.push;
  pdfjsPromise ??= import('pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs').then((m) => {
    // pdf.js's legacy build carries core-js, which replaces Array.prototype.push for the whole
    // process with a JavaScript one (Node 20's push misses one conformance check, on an array
    // whose length is not writable): every push anywhere ran about 7 times slower afterwards,
    // ~0.7 s of a 1,000-page redaction. pdf.js never relies on that check; the native one is
    // put back.
    if (Array.prototype.push !== nativePush) restoreNative(Array.prototype, 'push', nativePush);
    m.setVerbosityLevel(m.VerbosityLevel.ERRORS);
    if (jpxWasm) {
      m.JpxImage.setOptions({ useWasm: true, useWorkerFetch: false, wasmUrl: null, handler: { sendWithPromise: () => jpxWasm() } });
    } else {
      m.JpxImage.setOptions({ useWasm: false, useWorkerFetch: true, wasmUrl: 'pdfjs-dist/wasm/', handler: null });
    }
    pdfjs = m;
    return m;
  });
  return pdfjsPromise.then(() => undefined);
}

function restoreNative(target: object, key: string, value: unknown): void {
  const d = Object.getOwnPropertyDescriptor(target, key);
  if (d?.configurable) Object.defineProperty(target, key, { ...d, value });
}

function loaded(): PdfjsDecoders {
  if (!pdfjs) throw new DecodersNotLoadedError();
  return pdfjs;
}

/**
 * The decoders to use: `custom` members where given, pdf.js's and our own otherwise.
 *
 * @example
 *   await loadImageDecoders();
 *   const { width, height, components, data } = imageDecoders().jpeg(jpegBytes, -1);
 */
export function imageDecoders(custom: Partial<ImageDecoders> = {}): ImageDecoders {
  return {
    jpeg: custom.jpeg ?? ((data, colorTransform) => {
      const m = loaded();
      const img = new m.JpegImage({ colorTransform });
      img.parse(data);
      // isSourcePDF: YCbCr/YCCK are converted to RGB/CMYK, but Adobe's inverted CMYK is left
      // inverted, as a PDF's DCTDecode filter outputs it (the /Decode array undoes it).
      const out = img.getData({ width: img.width, height: img.height, isSourcePDF: true });
      return { width: img.width, height: img.height, components: img.numComponents, data: toBytes(out) };
    }),
    jpx: custom.jpx ?? (async (data, isIndexed) => {
      await loadImageDecoders();
      const m = loaded();
      const props = m.JpxImage.parseImageProperties(data);
      const out = toBytes(await m.JpxImage.decode(data, { numComponents: props.componentsCount, isIndexedColormap: isIndexed }));
      const components = Math.round(out.length / Math.max(1, props.width * props.height));
      return { width: props.width, height: props.height, components, data: out };
    }),
    jbig2: custom.jbig2 ?? ((data, globals, width, height) => {
      const m = loaded();
      const chunks = [];
      if (globals) chunks.push({ data: globals, start: 0, end: globals.length });
      chunks.push({ data, start: 0, end: data.length });
      const img = new m.Jbig2Image();
      const packed = toBytes(img.parseChunks(chunks));
      const rowBytes = (width + 7) >> 3;
      const out = new Uint8Array(rowBytes * height);
      out.set(packed.subarray(0, out.length));
      for (let i = 0; i < out.length; i++) out[i] ^= 0xff;
      return out;
    }),
    ccitt: custom.ccitt ?? ((data, params) => decodeCcitt(data, params)),
  };
}

function toBytes(a: Uint8Array | Uint8ClampedArray): Uint8Array {
  return a instanceof Uint8Array ? a : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * Width, height and component count from a JPEG's start-of-frame marker, without decoding, so
 * that a hostile header cannot make the decoder allocate gigabytes. Undefined when absent.
 *
 * @example
 *   jpegSize(bytes); // → { width: 60, height: 30, components: 3 }
 */
export function jpegSize(data: Uint8Array): { width: number; height: number; components: number } | undefined {
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) {
      i++;
      continue;
    }
    const m = data[i + 1];
    if (m === 0xff || m === 0x01 || (m >= 0xd0 && m <= 0xd9)) {
      i += 2; // fill byte, TEM, RSTn, SOI, EOI: no length
      continue;
    }
    const len = (data[i + 2] << 8) | data[i + 3];
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) {
      return { height: (data[i + 5] << 8) | data[i + 6], width: (data[i + 7] << 8) | data[i + 8], components: data[i + 9] };
    }
    i += 2 + len;
  }
  return undefined;
}

/**
 * Width, height and component count from a JPEG 2000 codestream's SIZ marker (FF51).
 *
 * @example
 *   jpxSize(jp2Bytes); // → { width: 16, height: 8, components: 3 }
 */
export function jpxSize(data: Uint8Array): { width: number; height: number; components: number } | undefined {
  const u32 = (o: number) => ((data[o] << 24) | (data[o + 1] << 16) | (data[o + 2] << 8) | data[o + 3]) >>> 0;
  for (let i = 0; i + 40 < data.length; i++) {
    if (data[i] === 0xff && data[i + 1] === 0x51) {
      // Marker, Lsiz (2), Rsiz (2), Xsiz, Ysiz, XOsiz, YOsiz, XTsiz, YTsiz, XTOsiz, YTOsiz, Csiz.
      const xs = u32(i + 6), ys = u32(i + 10), xo = u32(i + 14), yo = u32(i + 18);
      return { width: xs - xo, height: ys - yo, components: (data[i + 38] << 8) | data[i + 39] };
    }
  }
  return undefined;
}
