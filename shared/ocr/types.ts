/**
 * The vocabulary of OCR (issue #12). The core decides WHICH pages need OCR, turns the engine's
 * words into the same text model as a text page, caches per document hash and writes the
 * invisible text layer; a host supplies only its I/O: a page renderer (pdf.js on a canvas)
 * and an OCR engine (tesseract.js with language data it found). Coordinates are DESIGN.md's
 * (points, top-left of the page as displayed) unless a name says "px".
 */
import type { Rect } from '../pdf/types';

/** A grey image, one byte per pixel (0 black … 255 white), rows top to bottom. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A box in image pixels, as OCR engines report it. */
export interface PxBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One recognised word, in the pixels of the image the engine was given. */
export interface OcrImageWord {
  text: string;
  /** 0..100, the engine's own scale. */
  confidence: number;
  bbox: PxBox;
  /** One box per character where the engine gives them (tesseract's symbols). */
  symbols?: { text: string; bbox: PxBox; confidence?: number }[];
}

/** One recognised text line: its words in reading order and its baseline. */
export interface OcrImageLine {
  bbox: PxBox;
  /** Baseline from its left end to its right end, in pixels. */
  baseline?: PxBox;
  words: OcrImageWord[];
}

/** What an engine recognised on one image, lines in reading order. */
export interface OcrImageResult {
  lines: OcrImageLine[];
}

/**
 * The OCR engine a host supplies (tesseract.js in a worker pool, in Node and in the app).
 * `recognize` may be called several times at once; the engine queues what it cannot run.
 */
export interface OcrEngine {
  /** Names the engine and its language data, e.g. "tesseract.js 7.0.0 nld (sha-256 …)": part of the cache key. */
  readonly id: string;
  /** How many pages it can recognise at the same time. */
  readonly concurrency: number;
  /**
   * Reads one image rendered at `dpi`: a page (automatic layout, the default) or one line of
   * text (a strip cut from a page, read again where the page reading was unsure).
   */
  recognize(image: GrayImage, dpi: number, mode?: 'page' | 'line'): Promise<OcrImageResult>;
  /** Frees workers; the engine is not used afterwards. */
  close?(): Promise<void>;
}

/** Renders pages of one opened document; a host makes one per document. */
export interface PageRenderer {
  /** Page `index` (0-based) as displayed (after /Rotate, crop box), at `dpi`, in grey. */
  render(index: number, dpi: number): Promise<GrayImage>;
  close(): Promise<void>;
}

/** Result of asking a host for its engine: the engine, or why there is none. */
export type OcrEngineStatus = { ok: true; engine: OcrEngine } | { ok: false; reason: string };

/**
 * Persistent store of what the engine read, per document hash and page (a folder in Node,
 * IndexedDB in the app). The engine's own result is kept, not its conversion, so a better
 * conversion needs no new reading.
 */
export interface OcrCache {
  get(key: string): Promise<OcrPageScan | undefined>;
  put(key: string, scan: OcrPageScan): Promise<void>;
}

/** What the engine read on one page, with how the page was rendered and turned: the cached form. */
export interface OcrPageScan {
  /** Version of this format; scans of another version are read again. */
  format: number;
  /** 1-based page. */
  page: number;
  engine: string;
  dpi: number;
  /** Clockwise quarter turns that made the page image upright before reading. */
  turn: QuarterTurn;
  /**
   * Skew of the text lines in the upright image (radians, positive when lines descend to the
   * right); the image was turned back by it (raster.ts rotateImage) before reading. 0 or absent: not straightened.
   */
  skew?: number;
  /** Rendered image size before turning, pixels. */
  imageWidth: number;
  imageHeight: number;
  /** Page size as displayed, points. */
  width: number;
  height: number;
  result: OcrImageResult;
}

/** What a host supplies for OCR (EngineHost.ocr). */
export interface OcrHost {
  /** The engine, once, when a page first needs OCR; `ok: false` says plainly why there is none. */
  engine(): Promise<OcrEngineStatus>;
  /** Opens a document for rendering (pdf.js); `password` as for reading it. */
  openRenderer(bytes: Uint8Array, password?: string): Promise<PageRenderer>;
  cache?: OcrCache;
}

/** Quarter turns the page image was turned clockwise so that its text stood upright. */
export type QuarterTurn = 0 | 90 | 180 | 270;

/** One OCR'd word on the page, in display coordinates. */
export interface OcrWord {
  text: string;
  /** 0..100. */
  confidence: number;
  /** One box per UTF-16 code unit of `text`, in reading order, touching each other. */
  chars: Rect[];
}

/** One OCR'd line on the page. */
export interface OcrLine {
  /** Direction of the baseline in display space, radians (0: left to right, π/2: downwards). */
  angle: number;
  /** Where the baseline starts (left end as read), in display coordinates. */
  origin: [number, number];
  /** Height of capitals above the baseline and depth of descenders below it, points. */
  ascent: number;
  descent: number;
  words: OcrWord[];
}

/** The OCR result of one page, as cached and as the redactor's text layer uses it. */
export interface OcrPageRecord {
  /** Version of this record's format; records of another version are read again. */
  format: number;
  /** 1-based page number. */
  page: number;
  status: 'ok' | 'failed';
  /** For failed pages: one sentence. */
  reason?: string;
  engine: string;
  dpi: number;
  /** Clockwise quarter turns that made the page image upright. */
  turn: QuarterTurn;
  /** Page size as displayed, points. */
  width: number;
  height: number;
  /** Mean word confidence, 0..100, weighted by word length. */
  confidence: number;
  lines: OcrLine[];
}

/** The format of scans and records written by this build. */
export const OCR_RECORD_FORMAT = 1;
