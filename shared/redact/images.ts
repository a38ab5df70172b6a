/**
 * Image redaction (issue #3, item 2; DESIGN.md "True redaction": image pixels under a box are
 * overwritten, whatever the image's encoding). An image is decoded to its samples, every pixel
 * whose area meets a redaction box is set to the fill colour, and the samples are written back
 * Flate-compressed, so a viewer, a text extractor or an OCR engine finds nothing under the box.
 *
 * Colours are set in the image's own colour space through its /Decode array, so the pixels
 * outside the boxes keep their exact samples (bit for bit for every lossless filter; JPEG and
 * JPEG 2000 images are decoded once, so their re-encoded pixels are the decoder's output, which
 * other viewers may render a shade differently). Width, Height and the colour space stay, so
 * the layout of the page is unchanged.
 */
import {
  PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRawStream,
  PDFRef, PDFStream, PDFContext, type PDFObject,
} from '@cantoo/pdf-lib';
import { inflateSync, unzlibSync, zlibSync } from 'fflate';
import type { Matrix, Operand, OperandDict, Rect } from '../pdf/types';
import { PdfName, PdfString } from '../pdf/types';
import { formatNumber, nameToken, serializeOperand } from '../pdf/syntax';
import { decodeStream, streamFilters, type DecodeResult } from '../pdf/streams';
import { DEFAULT_LIMITS } from '../pdf/limits';
import { InvalidInputError, LimitExceededError } from '../errors';
import { pixelSpans, spanPixelCount, type PixelSpan } from './image-geometry';
import {
  parseColourSpace, defaultDecode, numbers, fillComponents, encodeSamples, toRgb, paletteEntry,
  type ColourSpace, type Rgb,
} from './image-colour';
import { makeRaster, fillSpans, uniformRaster, getSample, setSample, splitComponents, type Raster } from './image-samples';
import { imageDecoders, jpegSize, jpxSize, loadImageDecoders, type ImageDecoders } from './image-codecs';
import type { CcittParams } from './image-ccitt';

export { loadImageDecoders, type ImageDecoders } from './image-codecs';
export type { Rgb } from './image-colour';

export interface BlankImageOptions {
  /** Fill colour, RGB in 0..1; black by default. */
  fill?: Rgb;
  /**
   * What blanking means for a stencil mask (/ImageMask true), which paints in whatever colour
   * the graphics state has: 'paint' (default) marks every pixel in the box, giving a solid
   * patch like a redaction box; 'clear' leaves them unpainted so what lies below shows.
   */
  stencil?: 'paint' | 'clear';
  /** Replacements for the pdf.js and CCITT decoders (e.g. in a bundle without pdfjs-dist). */
  decoders?: Partial<ImageDecoders>;
  /** openjpeg.wasm's bytes for JPX; see loadImageDecoders. */
  jpxWasm?: () => Promise<Uint8Array>;
  /** Largest decoded image, in bytes; DEFAULT_LIMITS.maxStreamBytes by default. */
  maxBytes?: number;
  /**
   * zlib compression for the rewritten samples (fflate's zlibSync at level 6 by default).
   * Node callers may pass `(d) => zlib.deflateSync(d)`, about three times faster.
   */
  compress?: (data: Uint8Array) => Uint8Array;
}

export interface BlankImageResult {
  /** The new image XObject (registered in the document; the original is untouched). */
  ref: PDFRef;
  /** Pixels overwritten in the image itself. */
  pixels: number;
  /**
   * True when the image could not be decoded (a damaged stream, an unsupported codec
   * feature) and was replaced whole by a uniform image of the same size in the fill colour.
   */
  wholeImage: boolean;
  /** True when the image's colour space cannot show the fill colour exactly (Separation,
   * DeviceN, a full palette, an unknown space): the box is uniform, in the nearest colour. */
  approximateFill: boolean;
  /** Why wholeImage or approximateFill is set, for the redaction log. */
  notes: string[];
}

/** The parts of an image dictionary blanking needs. */
interface ImageInfo {
  width: number;
  height: number;
  bpc: number;
  imageMask: boolean;
  cs: ColourSpace | undefined;
  decode: number[] | undefined;
  /** False when a new Indexed space cannot be written (an inline image's named palette). */
  growPalette?: boolean;
}

/** What the blanked pixels must become. */
type Target =
  | { kind: 'colour'; fill: Rgb }
  /** A one-component value after /Decode: stencils, explicit masks, soft-mask alpha. */
  | { kind: 'value'; value: number };

/** The outcome of blanking one image's samples. */
interface Blanked {
  raster: Raster;
  pixels: number;
  wholeImage: boolean;
  approximateFill: boolean;
  notes: string[];
  /** Dictionary entries to set (ColorSpace for an extended palette or a JPX image, ...). */
  set: Map<string, PDFObject>;
  /** Dictionary entries to remove. */
  remove: string[];
  /** JPX alpha (SMaskInData), already blanked, to be written as an /SMask. */
  alpha?: Raster;
  /** Samples before blanking (kept only when a colour-key mask must be rebuilt). */
  original?: Raster;
  /** An Indexed palette with the fill colour appended: the image needs a new colour space. */
  palette?: { hival: number; lookup: Uint8Array };
}

/**
 * Overwrites the pixels of image XObject `imageRef` that lie under `rects` (display
 * coordinates) when the image is drawn with `matrix` (its unit square → display coordinates,
 * i.e. CTM × page display matrix), and returns a NEW image object with the blanked pixels, or
 * null when no pixel is under any rect. The original stays as it is (other placements may
 * share it): the caller points this placement's /XObject resource at the new ref.
 * Soft masks and masks are blanked too (as new objects) so the box is opaque in the fill.
 *
 * @example
 *   const ref = await blankImageRegions(doc, mark.ref!, mark.matrix!, [[100, 200, 180, 214]]);
 *   if (ref) xobjects.set(PDFName.of(name), ref);
 */
export async function blankImageRegions(
  doc: PDFDocument, imageRef: PDFRef, matrix: Matrix, rects: Rect[], options: BlankImageOptions = {},
): Promise<PDFRef | null> {
  return (await blankImageRegionsDetailed(doc, imageRef, matrix, rects, options))?.ref ?? null;
}

/**
 * blankImageRegions, reporting what was done: how many pixels, and whether the image had to
 * be replaced whole or the fill is approximate (for the redaction log).
 *
 * @example
 *   const r = await blankImageRegionsDetailed(doc, ref, matrix, rects);
 *   if (r?.wholeImage) log.push(`image replaced whole: ${r.notes.join('; ')}`);
 */
export async function blankImageRegionsDetailed(
  doc: PDFDocument, imageRef: PDFRef, matrix: Matrix, rects: Rect[], options: BlankImageOptions = {},
): Promise<BlankImageResult | null> {
  const ctx = doc.context;
  const stream = ctx.lookup(imageRef);
  if (!(stream instanceof PDFStream)) throw new InvalidInputError({ en: `Object ${imageRef.toString()} is not an image stream; the PDF is damaged: ask the sender for a fresh copy.`, nl: `Object ${imageRef.toString()} is geen afbeeldingsstream; de PDF is beschadigd: vraag de afzender om een nieuw exemplaar.` });
  const info = readInfo(stream.dict, ctx);
  const spans = pixelSpans(matrix, rects, info.width, info.height);
  if (spans.length === 0) return null;
  const fill = options.fill ?? [0, 0, 0];
  const target: Target = info.imageMask
    ? { kind: 'value', value: (options.stencil ?? 'paint') === 'paint' ? 0 : 1 }
    : { kind: 'colour', fill };
  const smaskObj = stream.dict.lookup(PDFName.of('SMask'));
  const maskObj = stream.dict.lookup(PDFName.of('Mask'));
  const keyMask = maskObj instanceof PDFArray ? numbers(maskObj, ctx) : undefined;
  const b = await blankStream(ctx, stream, info, matrix, rects, spans, target, options, keyMask !== undefined && !info.imageMask);
  const dict = newImageDict(stream.dict, ctx, b);

  // Soft mask: the box must be opaque, so its alpha becomes 1 (ISO 32000-1 11.6.5.3).
  if (smaskObj instanceof PDFStream) {
    const sm = await blankMaskStream(ctx, smaskObj, matrix, rects, 1, options);
    if (sm) {
      dict.set(PDFName.of('SMask'), sm.ref);
      mergeFlags(b, sm, 'soft mask');
    }
  } else if (b.alpha) {
    // JPX alpha (SMaskInData) becomes an explicit soft mask: the Flate image cannot carry it.
    const smDict = ctx.obj({ Type: 'XObject', Subtype: 'Image', Width: b.alpha.width, Height: b.alpha.height, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }) as PDFDict;
    dict.set(PDFName.of('SMask'), registerFlate(ctx, smDict, b.alpha.data, options.compress));
  }
  // Explicit mask (a stencil, ISO 32000-1 8.9.6.3): decoded 1 masks out, so the box gets 0.
  if (maskObj instanceof PDFStream) {
    const mk = await blankMaskStream(ctx, maskObj, matrix, rects, 0, options);
    if (mk) {
      dict.set(PDFName.of('Mask'), mk.ref);
      mergeFlags(b, mk, 'mask');
    }
  } else if (keyMask && b.original) {
    // Colour-key masking (8.9.6.4) would make the fill transparent: replace the key by an
    // explicit stencil computed from the original samples, with the box left unmasked.
    const ksp = b.original.width === info.width && b.original.height === info.height
      ? spans : pixelSpans(matrix, rects, b.original.width, b.original.height);
    dict.set(PDFName.of('Mask'), keyToStencil(ctx, b.original, keyMask, ksp, options.compress));
  } else if (keyMask) {
    // Replaced whole: nothing of the original is left to mask, and the key might hide the fill.
    dict.delete(PDFName.of('Mask'));
  }
  const ref = registerFlate(ctx, dict, b.raster.data, options.compress);
  return { ref, pixels: b.pixels, wholeImage: b.wholeImage, approximateFill: b.approximateFill, notes: b.notes };
}

function mergeFlags(b: Blanked, m: BlankImageResult, what: string): void {
  if (m.wholeImage) {
    b.wholeImage = true;
    b.notes.push(`${what}: ${m.notes.join('; ')}`);
  }
}

/** Blanks a soft mask or explicit mask stream to `value` (after its /Decode), as a new object. */
async function blankMaskStream(
  ctx: PDFContext, stream: PDFStream, matrix: Matrix, rects: Rect[], value: number, options: BlankImageOptions,
): Promise<BlankImageResult | null> {
  const info = readInfo(stream.dict, ctx);
  // An explicit mask is a stencil (/ImageMask true); a soft mask is DeviceGray.
  if (!info.imageMask && !info.cs) info.cs = { kind: 'gray', n: 1 };
  const spans = pixelSpans(matrix, rects, info.width, info.height);
  if (spans.length === 0) return null;
  const b = await blankStream(ctx, stream, info, matrix, rects, spans, { kind: 'value', value }, options, false);
  const dict = newImageDict(stream.dict, ctx, b);
  const ref = registerFlate(ctx, dict, b.raster.data, options.compress);
  return { ref, pixels: b.pixels, wholeImage: b.wholeImage, approximateFill: b.approximateFill, notes: b.notes };
}

function readInfo(dict: PDFDict, ctx: PDFContext): ImageInfo {
  const num = (k: string, d: number) => {
    const v = dict.lookup(PDFName.of(k));
    return v instanceof PDFNumber ? v.asNumber() : d;
  };
  const width = Math.floor(num('Width', 0)), height = Math.floor(num('Height', 0));
  if (!(width > 0 && height > 0 && width <= 1 << 20 && height <= 1 << 20)) {
    throw new InvalidInputError({ en: `An image has an impossible size (${width} × ${height}); the PDF is damaged: ask the sender for a fresh copy.`, nl: `Een afbeelding heeft een onmogelijke afmeting (${width} × ${height}); de PDF is beschadigd: vraag de afzender om een nieuw exemplaar.` });
  }
  const im = dict.lookup(PDFName.of('ImageMask'));
  const imageMask = im instanceof PDFBool && im.asBoolean();
  const bpc = imageMask ? 1 : num('BitsPerComponent', 8);
  const cs = imageMask ? undefined : parseColourSpace(dict.get(PDFName.of('ColorSpace')), ctx);
  const d = numbers(dict.get(PDFName.of('Decode')), ctx);
  return { width, height, bpc, imageMask, cs, decode: d.length ? d : undefined };
}

/** Decodes a stream's samples, blanks the spans, and says what the dictionary must become. */
async function blankStream(
  ctx: PDFContext, stream: PDFStream, info: ImageInfo, matrix: Matrix, rects: Rect[],
  spans: PixelSpan[], target: Target, options: BlankImageOptions, keepOriginal: boolean,
): Promise<Blanked> {
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxStreamBytes;
  const decoders = imageDecoders(options.decoders);
  let decoded: DecodedImage;
  try {
    decoded = await decodeImage(ctx, stream, info, decoders, maxBytes, options);
  } catch (e) {
    if (e instanceof LimitExceededError) throw e;
    return wholeBlank(info, target, `cannot decode the image (${(e as Error).message})`, maxBytes);
  }
  return blankDecoded(decoded, info, matrix, rects, spans, target, keepOriginal);
}

/** Samples as the filters deliver them, with what changed about how to read them. */
interface DecodedImage {
  raster: Raster;
  cs: ColourSpace | undefined;
  /** /Decode to use for the samples (undefined: the default). */
  decode: number[] | undefined;
  set: Map<string, PDFObject>;
  remove: string[];
  alpha?: Raster;
}

/** Decodes an image stream's samples, JPX included (asynchronous: OpenJPEG is WebAssembly). */
async function decodeImage(
  ctx: PDFContext, stream: PDFStream, info: ImageInfo, decoders: ImageDecoders, maxBytes: number, options: BlankImageOptions,
): Promise<DecodedImage> {
  const { names } = streamFilters(stream.dict);
  const codec = names.find((n) => n === 'DCTDecode' || n === 'JBIG2Decode');
  if ((codec === 'DCTDecode' && !options.decoders?.jpeg) || (codec === 'JBIG2Decode' && !options.decoders?.jbig2)) {
    await loadImageDecoders(options.jpxWasm);
  }
  const res = fastInflate(stream, info) ?? decodeStream(stream, maxBytes);
  if (res.remainingFilters[0] !== 'JPXDecode') return decodeSamples(res, info, decoders, maxBytes);
  if (res.remainingFilters.length > 1) throw new Error(`filter chain ${res.remainingFilters.join(', ')} after an image codec`);
  // ISO 32000-1 7.4.9 and 8.9.5: the codestream may bring its own colour space and alpha;
  // /Decode and /BitsPerComponent are ignored for JPX images that are not masks.
  const set = new Map<string, PDFObject>();
  const remove: string[] = [];
  const isIndexed = info.cs?.kind === 'indexed';
  const size = jpxSize(res.bytes);
  if (size) capSize(size.width * size.height * Math.max(1, size.components), maxBytes);
  const j = await decoders.jpx(res.bytes, isIndexed);
  const sm = stream.dict.lookup(PDFName.of('SMaskInData'));
  const smaskInData = sm instanceof PDFNumber && sm.asNumber() > 0 && !stream.dict.has(PDFName.of('SMask'));
  let colourN = info.cs && !info.imageMask ? info.cs.n : j.components;
  if (!info.cs && (smaskInData || j.components === 2)) colourN = j.components - 1;
  if (info.imageMask) colourN = 1;
  colourN = Math.max(1, Math.min(colourN, j.components));
  const pixels = j.width * j.height;
  const { colour, extra } = splitComponents(j.data, pixels, j.components, colourN);
  const cs = info.imageMask ? undefined : info.cs ?? csForCount(colourN);
  if (!info.imageMask && !info.cs) set.set('ColorSpace', PDFName.of(deviceName(colourN)));
  set.set('BitsPerComponent', PDFNumber.of(info.imageMask ? 1 : 8));
  setSize(set, j.width, j.height, info);
  remove.push('SMaskInData');
  if (!info.imageMask) remove.push('Decode');
  let raster = makeRaster(colour, j.width, j.height, colourN, 8);
  if (info.imageMask) raster = threshold(raster);
  const alpha = smaskInData && j.components > colourN
    ? makeRaster(splitComponents(extra, pixels, j.components - colourN, 1).colour, j.width, j.height, 1, 8)
    : undefined;
  return { raster, cs, decode: info.imageMask ? info.decode : undefined, set, remove, alpha };
}

/**
 * Plain Flate without a predictor, the commonest image encoding, inflated straight into a
 * buffer of the size the dictionary implies: several times faster than growing the output
 * (≈0.4 s instead of ≈2.5 s for an A4 300-dpi RGB scan), and the fixed buffer is the size cap
 * (fflate stops when it is full). Undefined when another path must decode the stream.
 */
function fastInflate(stream: PDFStream, info: ImageInfo): DecodeResult | undefined {
  if (!(stream instanceof PDFRawStream)) return undefined;
  const { names, parms } = streamFilters(stream.dict);
  if (names.length !== 1 || names[0] !== 'FlateDecode') return undefined;
  const pred = parms[0]?.lookup(PDFName.of('Predictor'));
  if (pred instanceof PDFNumber && pred.asNumber() > 1) return undefined;
  const ncomp = info.imageMask ? 1 : info.cs?.n ?? 1;
  const size = Math.ceil((info.width * ncomp * info.bpc) / 8) * info.height;
  if (!(size > 0) || size > DEFAULT_LIMITS.maxStreamBytes) return undefined;
  const data = stream.contents;
  const zlibHeader = data.length >= 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0;
  try {
    const out = new Uint8Array(size);
    const got = zlibHeader ? unzlibSync(data, { out }) : inflateSync(data, { out });
    // Short data: let decodeStream keep what a damaged stream still gives.
    return got.length === size ? { bytes: got, remainingFilters: [] } : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes what decodeStream left: nothing (raw samples), DCT, JBIG2 or CCITT. Synchronous. */
function decodeSamples(res: DecodeResult, info: ImageInfo, decoders: ImageDecoders, maxBytes: number): DecodedImage {
  let ncomp = info.imageMask ? 1 : info.cs?.n ?? 1;
  if (![1, 2, 4, 8, 16].includes(info.bpc)) throw new Error(`BitsPerComponent ${info.bpc}`);
  const expected = Math.ceil((info.width * ncomp * info.bpc) / 8) * info.height;
  if (expected > maxBytes) throw new LimitExceededError('An image', `${Math.round(maxBytes / 1048576)} MB decoded`);
  const set = new Map<string, PDFObject>();
  const remove: string[] = [];
  if (res.remainingFilters.length > 1) throw new Error(`filter chain ${res.remainingFilters.join(', ')} after an image codec`);
  const filter = res.remainingFilters[0];
  const parm = (k: string) => res.remainingParms?.lookup(PDFName.of(k));
  const parmNum = (k: string, d: number) => {
    const v = parm(k);
    return v instanceof PDFNumber ? v.asNumber() : d;
  };
  const parmBool = (k: string, d: boolean) => {
    const v = parm(k);
    return v instanceof PDFBool ? v.asBoolean() : d;
  };
  if (filter === undefined) {
    if (!info.imageMask && !info.cs) throw new Error('no /ColorSpace');
    let cs = info.cs;
    if (cs?.kind === 'unknown') {
      // An inline image's named colour space we could not resolve: its size from the data.
      const n = [1, 3, 4, 2].find((k) => Math.ceil((info.width * k * info.bpc) / 8) * info.height === res.bytes.length);
      if (n) cs = { kind: 'unknown', n };
      ncomp = cs.n;
    }
    return { raster: makeRaster(res.bytes, info.width, info.height, ncomp, info.bpc), cs, decode: info.decode, set, remove };
  }
  if (filter === 'DCTDecode') {
    const size = jpegSize(res.bytes);
    if (size) capSize(size.width * size.height * Math.max(1, size.components), maxBytes);
    const j = decoders.jpeg(res.bytes, parmNum('ColorTransform', -1));
    const cs = info.cs && info.cs.n === j.components ? info.cs : csForCount(j.components);
    if (cs !== info.cs) set.set('ColorSpace', PDFName.of(deviceName(j.components)));
    set.set('BitsPerComponent', PDFNumber.of(8));
    setSize(set, j.width, j.height, info);
    let raster = makeRaster(j.data, j.width, j.height, j.components, 8);
    if (info.imageMask) raster = threshold(raster);
    return { raster, cs: info.imageMask ? undefined : cs, decode: cs === info.cs ? info.decode : undefined, set, remove };
  }
  if (filter === 'JBIG2Decode') {
    const g = parm('JBIG2Globals');
    const globals = g instanceof PDFStream ? decodeStream(g, maxBytes).bytes : undefined;
    const bits = decoders.jbig2(res.bytes, globals, info.width, info.height);
    set.set('BitsPerComponent', PDFNumber.of(1));
    return { raster: makeRaster(bits, info.width, info.height, 1, 1), cs: info.cs, decode: info.decode, set, remove };
  }
  if (filter === 'CCITTFaxDecode') {
    const columns = parmNum('Columns', 1728);
    const rowsParam = parmNum('Rows', 0);
    const p: CcittParams = {
      k: parmNum('K', 0), columns, rows: rowsParam > 0 ? rowsParam : info.height,
      encodedByteAlign: parmBool('EncodedByteAlign', false), blackIs1: parmBool('BlackIs1', false),
      endOfBlock: parmBool('EndOfBlock', true),
    };
    capSize(Math.ceil(columns / 8) * p.rows, maxBytes);
    const bits = decoders.ccitt(res.bytes, p);
    set.set('BitsPerComponent', PDFNumber.of(1));
    const raw = makeRaster(bits, columns, p.rows, 1, 1);
    const raster = columns === info.width && p.rows === info.height ? raw : crop(raw, info.width, info.height, p.blackIs1 ? 0 : 1);
    return { raster, cs: info.cs, decode: info.decode, set, remove };
  }
  throw new Error(`unsupported filter /${filter}`);
}

/** Refuses to allocate more than `maxBytes` for one image (hostile or damaged headers). */
function capSize(bytes: number, maxBytes: number): void {
  if (!(bytes <= maxBytes)) throw new LimitExceededError('An image', `${Math.round(maxBytes / 1048576)} MB decoded`);
}

function setSize(set: Map<string, PDFObject>, w: number, h: number, info: ImageInfo): void {
  if (w !== info.width) set.set('Width', PDFNumber.of(w));
  if (h !== info.height) set.set('Height', PDFNumber.of(h));
}

/** 8-bit samples to 1-bit (JPX stencil masks). */
function threshold(r: Raster): Raster {
  const out = makeRaster(new Uint8Array(0), r.width, r.height, 1, 1);
  for (let row = 0; row < r.height; row++) {
    for (let x = 0; x < r.width; x++) if (r.data[row * r.width + x] >= 128) setSample(out, row, x, 0, 1);
  }
  return out;
}

/** A 1-bit raster cut or padded (with `pad`) to width × height. */
function crop(r: Raster, width: number, height: number, pad: number): Raster {
  const out = makeRaster(new Uint8Array(0), width, height, 1, 1);
  for (let row = 0; row < height; row++) {
    for (let x = 0; x < width; x++) {
      const v = row < r.height && x < r.width ? getSample(r, row, x, 0) : pad;
      if (v) setSample(out, row, x, 0, 1);
    }
  }
  return out;
}

function csForCount(n: number): ColourSpace {
  return n === 1 ? { kind: 'gray', n: 1 } : n === 4 ? { kind: 'cmyk', n: 4 } : { kind: 'rgb', n: 3 };
}

function deviceName(n: number): string {
  return n === 1 ? 'DeviceGray' : n === 4 ? 'DeviceCMYK' : 'DeviceRGB';
}

function blankDecoded(
  d: DecodedImage, info: ImageInfo, matrix: Matrix, rects: Rect[], spans: PixelSpan[], target: Target, keepOriginal: boolean,
): Blanked {
  const notes: string[] = [];
  // Decoders may report another size than the dictionary; pixels are located in the data's.
  const sp = d.raster.width === info.width && d.raster.height === info.height
    ? spans : pixelSpans(matrix, rects, d.raster.width, d.raster.height);
  const { samples, exact, palette } = fillSamples(d.cs, d.decode, d.raster.bpc, target, info.imageMask, notes, info.growPalette);
  const original = keepOriginal ? { ...d.raster, data: d.raster.data.slice() } : undefined;
  fillSpans(d.raster, sp, samples);
  if (d.alpha) {
    const asp = d.alpha.width === d.raster.width && d.alpha.height === d.raster.height ? sp : pixelSpans(matrix, rects, d.alpha.width, d.alpha.height);
    fillSpans(d.alpha, asp, [255]);
  }
  return {
    raster: d.raster, pixels: spanPixelCount(sp), wholeImage: false, approximateFill: !exact, notes,
    set: d.set, remove: d.remove, alpha: d.alpha, original, palette,
  };
}

/** When the samples cannot be decoded: a uniform image of the same size in the fill. */
function wholeBlank(info: ImageInfo, target: Target, why: string, maxBytes: number): Blanked {
  const notes = [why];
  const cs = info.imageMask ? undefined : info.cs ?? { kind: 'gray', n: 1 } as ColourSpace;
  const bpc = [1, 2, 4, 8, 16].includes(info.bpc) ? info.bpc : 8;
  capSize(Math.ceil((info.width * (cs?.n ?? 1) * bpc) / 8) * info.height, maxBytes);
  const set = new Map<string, PDFObject>([['BitsPerComponent', PDFNumber.of(bpc)]]);
  const remove = ['SMaskInData'];
  if (!info.imageMask && !info.cs) set.set('ColorSpace', PDFName.of('DeviceGray'));
  const decode = info.cs ? info.decode : undefined;
  if (!info.cs) remove.push('Decode');
  const { samples, exact, palette } = fillSamples(cs, decode, bpc, target, info.imageMask, notes, info.growPalette);
  const raster = uniformRaster(info.width, info.height, info.imageMask ? 1 : cs!.n, bpc, samples);
  return { raster, pixels: info.width * info.height, wholeImage: true, approximateFill: !exact, notes, set, remove, palette };
}

/**
 * The samples that paint the target, and for a palette without the fill colour, the palette
 * with the fill appended (when it has room) for the caller to write as a new Indexed space.
 */
function fillSamples(
  cs: ColourSpace | undefined, decode: number[] | undefined, bpc: number, target: Target, imageMask: boolean, notes: string[],
  growPalette = true,
): { samples: number[]; exact: boolean; palette?: { hival: number; lookup: Uint8Array } } {
  const dec = decode ?? defaultDecode(imageMask ? undefined : cs, bpc);
  if (target.kind === 'value') return { samples: encodeSamples([target.value], dec, bpc), exact: true };
  if (!cs) return { samples: [0], exact: false };
  if (cs.kind !== 'indexed') {
    const { comps, exact } = fillComponents(cs, target.fill);
    if (!exact) notes.push(`the ${cs.kind} colour space cannot show the fill exactly; the box uses a uniform colour near it`);
    return { samples: encodeSamples(comps, dec, bpc), exact };
  }
  // Indexed: the closest palette entry, or a new entry when none is close and there is room.
  let best = 0, bestDist = Infinity;
  for (let i = 0; i <= cs.hival; i++) {
    const rgb = toRgb(cs.base, paletteEntry(cs, i));
    const dist = (rgb[0] - target.fill[0]) ** 2 + (rgb[1] - target.fill[1]) ** 2 + (rgb[2] - target.fill[2]) ** 2;
    if (dist < bestDist) {
      best = i;
      bestDist = dist;
    }
  }
  const close = bestDist <= 0.0004; // within about 1/50 per channel
  const idx = cs.hival + 1;
  if (!close && growPalette && idx <= Math.min(255, 2 ** bpc - 1) && cs.base.kind !== 'tint' && cs.base.kind !== 'unknown' && sampleFor(idx, dec, bpc) !== undefined) {
    const baseComps = fillComponents(cs.base, target.fill).comps;
    const n = cs.base.n;
    const lookup = new Uint8Array((idx + 1) * n);
    lookup.set(cs.lookup.subarray(0, idx * n));
    for (let k = 0; k < n; k++) {
      let v = baseComps[k];
      if (cs.base.kind === 'lab') {
        const lo = k === 0 ? 0 : cs.base.range[(k - 1) * 2], hi = k === 0 ? 100 : cs.base.range[(k - 1) * 2 + 1];
        v = (v - lo) / (hi - lo);
      }
      lookup[idx * n + k] = Math.max(0, Math.min(255, Math.round(v * 255)));
    }
    return { samples: [sampleFor(idx, dec, bpc)!], exact: true, palette: { hival: idx, lookup } };
  }
  if (!close) notes.push('the palette has no colour close to the fill and no room for one; the box uses the nearest palette colour');
  return { samples: [sampleFor(best, dec, bpc) ?? encodeSamples([best], dec, bpc)[0]], exact: close };
}

/** The sample whose decoded value is palette index `i`, if there is one. */
function sampleFor(i: number, dec: number[], bpc: number): number | undefined {
  const s = encodeSamples([i], dec, bpc)[0];
  const maxv = 2 ** bpc - 1;
  const back = Math.round(dec[0] + (s * (dec[1] - dec[0])) / maxv);
  return back === i ? s : undefined;
}

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
  return s;
}

/** A copy of an image dictionary for the re-encoded samples (Flate, no codec parameters). */
function newImageDict(old: PDFDict, ctx: PDFContext, b: Blanked): PDFDict {
  const dict = old.clone(ctx);
  // Alternates and OPI point at other versions of the picture (unredacted); Metadata may
  // describe it. The codec's parameters do not apply to Flate.
  for (const k of ['Filter', 'DecodeParms', 'DP', 'F', 'FFilter', 'FDecodeParms', 'Length', 'Alternates', 'OPI', 'Metadata', ...b.remove]) {
    dict.delete(PDFName.of(k));
  }
  for (const [k, v] of b.set) dict.set(PDFName.of(k), v);
  if (b.palette) {
    // [/Indexed base hival lookup] with the original base object (ISO 32000-1 8.6.6.3).
    const old = ctx.lookup(dict.get(PDFName.of('ColorSpace')));
    const base = old instanceof PDFArray && old.size() > 1 ? old.get(1) : PDFName.of('DeviceRGB');
    dict.set(PDFName.of('ColorSpace'), ctx.obj([PDFName.of('Indexed'), base, PDFNumber.of(b.palette.hival), PDFHexString.of(hex(b.palette.lookup))]));
  }
  return dict;
}

function registerFlate(ctx: PDFContext, dict: PDFDict, data: Uint8Array, compress?: (data: Uint8Array) => Uint8Array): PDFRef {
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  dict.delete(PDFName.of('DecodeParms'));
  const stream = PDFRawStream.of(dict, compress ? compress(data) : zlibSync(data, { level: 6 }));
  return ctx.register(stream);
}

/** An explicit stencil mask equivalent to colour-key `key` on `original`, box unmasked. */
function keyToStencil(ctx: PDFContext, original: Raster, key: number[], spans: PixelSpan[], compress?: (data: Uint8Array) => Uint8Array): PDFRef {
  const m = makeRaster(new Uint8Array(0), original.width, original.height, 1, 1);
  for (let row = 0; row < original.height; row++) {
    for (let x = 0; x < original.width; x++) {
      let inRange = true;
      for (let c = 0; c < original.ncomp && inRange; c++) {
        const s = getSample(original, row, x, c);
        if (s < (key[2 * c] ?? 0) || s > (key[2 * c + 1] ?? -1)) inRange = false;
      }
      if (inRange) setSample(m, row, x, 0, 1);
    }
  }
  fillSpans(m, spans, [0]);
  const dict = ctx.obj({ Type: 'XObject', Subtype: 'Image', Width: m.width, Height: m.height, ImageMask: true, BitsPerComponent: 1 }) as PDFDict;
  return registerFlate(ctx, dict, m.data, compress);
}

// ---------------------------------------------------------------------------------------------
// Inline images (BI … ID … EI, ISO 32000-1 8.9.7)

export interface BlankInlineOptions extends Omit<BlankImageOptions, 'jpxWasm' | 'maxBytes'> {
  /** The /ColorSpace dictionary of the resources in force, for a named colour space. */
  colorSpaces?: PDFDict;
  /** The document's context, to resolve references inside `colorSpaces`. */
  context?: PDFContext;
}

export interface InlineImageResult extends Omit<BlankImageResult, 'ref'> {
  /** The complete replacement, from `BI` to `EI` inclusive, to splice into the content stream. */
  bytes: Uint8Array;
}

const INLINE_KEYS: Record<string, string> = {
  BPC: 'BitsPerComponent', CS: 'ColorSpace', D: 'Decode', DP: 'DecodeParms', F: 'Filter',
  H: 'Height', IM: 'ImageMask', I: 'Interpolate', W: 'Width', L: 'Length',
};
const ABBREVIATE: Record<string, string> = {
  BitsPerComponent: 'BPC', ColorSpace: 'CS', Decode: 'D', Height: 'H', ImageMask: 'IM', Width: 'W',
};
const DEVICE_ABBREV: Record<string, string> = { DeviceGray: 'G', DeviceRGB: 'RGB', DeviceCMYK: 'CMYK', Indexed: 'I' };

/**
 * Blanks the pixels of an inline image under `rects` (display coordinates; `matrix` maps the
 * image's unit square to display coordinates) and returns the complete replacement
 * `BI … ID … EI` bytes, or null when no pixel is under any rect. The new data is Flate
 * compressed and then ASCIIHex encoded (/F [/AHx /Fl]): hex digits cannot spell "EI", so no
 * parser can mistake a byte of the data for the end of the image.
 *
 * Synchronous, so DCT inline images need the pdf.js decoders loaded first
 * (`await loadImageDecoders()`); without them such an image is replaced whole (wholeImage).
 *
 * @example
 *   const op = instance.ops[mark.op];
 *   const { dict, dataStart, dataEnd } = op.inlineImage!;
 *   const r = blankInlineImage(dict, instance.bytes.subarray(dataStart, dataEnd), mark.matrix!, rects);
 *   if (r) splice(instance.bytes, op.start, op.end, r.bytes);
 */
export function blankInlineImage(
  dict: OperandDict, data: Uint8Array, matrix: Matrix, rects: Rect[], options: BlankInlineOptions = {},
): InlineImageResult | null {
  const ctx = options.context ?? PDFContext.create();
  const full = PDFDict.withContext(ctx);
  for (const [k, v] of dict) {
    const key = INLINE_KEYS[k] ?? k;
    let obj = operandToObject(v, ctx);
    if (key === 'ColorSpace' && v instanceof PdfName && options.colorSpaces && !(v.name in DEVICE_ABBREV) && !['G', 'RGB', 'CMYK', 'I'].includes(v.name)) {
      obj = options.colorSpaces.get(PDFName.of(v.name)) ?? obj;
    }
    full.set(PDFName.of(key), obj);
  }
  const info = readInfo(full, ctx);
  // A palette named from the resources cannot be rewritten inline (its base may be an
  // indirect object, which content streams cannot hold): use its nearest colour instead.
  info.growPalette = Array.isArray(dict.get('CS') ?? dict.get('ColorSpace'));
  const spans = pixelSpans(matrix, rects, info.width, info.height);
  if (spans.length === 0) return null;
  const target: Target = info.imageMask
    ? { kind: 'value', value: (options.stencil ?? 'paint') === 'paint' ? 0 : 1 }
    : { kind: 'colour', fill: options.fill ?? [0, 0, 0] };
  let b: Blanked;
  try {
    const stream = PDFRawStream.of(full, data);
    const res = decodeStream(stream, DEFAULT_LIMITS.maxStreamBytes);
    const d = decodeSamples(res, info, imageDecoders(options.decoders), DEFAULT_LIMITS.maxStreamBytes);
    b = blankDecoded(d, info, matrix, rects, spans, target, false);
  } catch (e) {
    if (e instanceof LimitExceededError) throw e;
    b = wholeBlank(info, target, `cannot decode the inline image (${(e as Error).message})`, DEFAULT_LIMITS.maxStreamBytes);
  }

  // The header: the original entries (as abbreviated as they came) less the codec's, plus changes.
  const entries = new Map<string, string>();
  for (const [k, v] of dict) {
    const key = INLINE_KEYS[k] ?? k;
    if (['Filter', 'DecodeParms', 'Length'].includes(key) || b.remove.includes(key) || b.set.has(key)) continue;
    if (key === 'ColorSpace' && b.palette) continue;
    entries.set(ABBREVIATE[key] ?? k, serializeOperand(v));
  }
  for (const [k, v] of b.set) entries.set(ABBREVIATE[k] ?? k, serializeObject(v));
  if (b.palette) {
    const old = dict.get('CS') ?? dict.get('ColorSpace');
    const base = Array.isArray(old) && old.length > 1 ? serializeOperand(old[1]) : '/RGB';
    entries.set('CS', `[/I ${base} ${b.palette.hival} <${hex(b.palette.lookup)}>]`);
  }
  entries.set('F', '[/AHx /Fl]');
  let header = 'BI';
  for (const [k, v] of entries) header += ` /${k} ${v}`;
  const hexData = hex(options.compress ? options.compress(b.raster.data) : zlibSync(b.raster.data, { level: 6 })).replace(/(.{128})/g, '$1\n');
  const text = `${header}\nID\n${hexData}>\nEI`;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return { bytes, pixels: b.pixels, wholeImage: b.wholeImage, approximateFill: b.approximateFill, notes: b.notes };
}

function operandToObject(v: Operand, ctx: PDFContext): PDFObject {
  if (typeof v === 'number') return PDFNumber.of(v);
  if (typeof v === 'boolean') return v ? PDFBool.True : PDFBool.False;
  if (v === null) return PDFNull;
  if (v instanceof PdfName) return PDFName.of(v.name);
  if (v instanceof PdfString) return PDFHexString.of(hex(v.bytes));
  if (Array.isArray(v)) {
    const arr = PDFArray.withContext(ctx);
    for (const x of v) arr.push(operandToObject(x, ctx));
    return arr;
  }
  const d = PDFDict.withContext(ctx);
  for (const [k, x] of v) d.set(PDFName.of(k), operandToObject(x, ctx));
  return d;
}

function serializeObject(o: PDFObject): string {
  if (o instanceof PDFName) {
    const n = o.decodeText();
    return nameToken(DEVICE_ABBREV[n] ?? n);
  }
  if (o instanceof PDFNumber) return formatNumber(o.asNumber());
  return o.toString();
}

