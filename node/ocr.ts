/**
 * OCR for the Node host (issue #12): tesseract.js workers (worker_threads) with Dutch language
 * data found on this machine, pdf.js's legacy build rendering pages on @napi-rs/canvas, and a
 * cache folder of OCR results per document hash. The core (shared/ocr) decides which pages to
 * read and what the words mean; this file only finds, renders and runs.
 *
 * Language data is never downloaded (tesseract.js would try a CDN without `langPath`): it is
 * looked for in the places below, and when there is none OCR is off with one plain sentence.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { encodePgm, grayFromRgba } from '../shared/ocr/raster';
import { fromTesseract, tesseractParameters, TESSERACT_OUTPUT, type TesseractPageData } from '../shared/ocr/tesseract';
import type { GrayImage, OcrCache, OcrEngine, OcrEngineStatus, OcrHost, OcrPageScan, PageRenderer } from '../shared/ocr/types';
import { workerPool } from '../shared/ocr/pool';

/** The language OCR reads (Dutch); its file is `<tessdata>/nld.traineddata`. */
export const OCR_LANGUAGE = 'nld';

/** Options of the Node OCR host (command-line flags and the app's settings). */
export interface NodeOcrOptions {
  /** A tessdata folder the user named (--tessdata, the app's settings); looked at first. */
  tessdata?: string;
  /** Workers, one page each at a time; all cores by default. */
  jobs?: number;
  /** Folder of the OCR cache; the user's cache folder by default; false for none. */
  cacheDir?: string | false;
  /** Extra places to look for language data (the packaged app's resources). */
  extraPlaces?: string[];
  /** OCR switched off (--no-ocr), with the reason pages are then left unread. */
  off?: string;
}

/** The folders where language data is looked for, in order. */
export function tessdataPlaces(opts: Pick<NodeOcrOptions, 'tessdata' | 'extraPlaces'> = {}): string[] {
  const env = process.env;
  const places = [
    opts.tessdata,
    env.LAKSTIFT_TESSDATA,
    ...(opts.extraPlaces ?? []),
    env.TESSDATA_PREFIX,
    env.TESSDATA_PREFIX ? path.join(env.TESSDATA_PREFIX, 'tessdata') : undefined,
    '/usr/share/tesseract-ocr/5/tessdata',
    '/usr/share/tesseract-ocr/4.00/tessdata',
    '/usr/share/tessdata',
    '/usr/local/share/tessdata',
    '/opt/homebrew/share/tessdata',
    '/usr/local/share/tesseract-ocr/tessdata',
    'C:\\Program Files\\Tesseract-OCR\\tessdata',
  ];
  return [...new Set(places.filter((p): p is string => typeof p === 'string' && p.trim() !== ''))];
}

/** The first folder with Dutch language data, or why there is none. */
export function findTessdata(opts: Pick<NodeOcrOptions, 'tessdata' | 'extraPlaces'> = {}): { dir: string } | { reason: string } {
  if (opts.tessdata) {
    const file = path.join(opts.tessdata, `${OCR_LANGUAGE}.traineddata`);
    if (!existsSync(file)) {
      return { reason: `the tessdata folder ${opts.tessdata} has no ${OCR_LANGUAGE}.traineddata (Dutch language data for OCR); name a folder that has it` };
    }
  }
  for (const dir of tessdataPlaces(opts)) {
    if (existsSync(path.join(dir, `${OCR_LANGUAGE}.traineddata`))) return { dir };
  }
  return {
    reason: `no Dutch language data for OCR (${OCR_LANGUAGE}.traineddata) was found; install it (Debian/Ubuntu: apt install tesseract-ocr-nld) or name its folder with --tessdata or LAKSTIFT_TESSDATA`,
  };
}

interface TesseractWorker {
  setParameters(p: Record<string, string>): Promise<unknown>;
  recognize(image: Uint8Array, opts: Record<string, unknown>, output: Record<string, boolean>): Promise<{ data: TesseractPageData }>;
  terminate(): Promise<unknown>;
}
interface TesseractModule {
  createWorker(lang: string, oem: number, options: Record<string, unknown>): Promise<TesseractWorker>;
}

const require = createRequire(import.meta.url);
const live = new Set<{ close(): Promise<void> }>();

/** Stops every OCR worker this process started (the command line calls it before exiting). */
export async function shutdownOcr(): Promise<void> {
  await Promise.all([...live].map((e) => e.close().catch(() => undefined)));
}

/** A pool of tesseract.js workers, started on first use, one page each at a time. */
function tesseractEngine(dir: string, jobs: number): OcrEngine {
  const traineddata = path.join(dir, `${OCR_LANGUAGE}.traineddata`);
  const version = (require('tesseract.js/package.json') as { version: string }).version;
  const digest = createHash('sha256').update(readFileSync(traineddata)).digest('hex').slice(0, 16);
  let closed = false;
  const start = async (): Promise<TesseractWorker> => {
    const T = require('tesseract.js') as TesseractModule;
    // OEM 1: the LSTM engine only; gzip false and cacheMethod none: read the file as it is, write nothing.
    return T.createWorker(OCR_LANGUAGE, 1, { langPath: dir, gzip: false, cacheMethod: 'none', errorHandler: () => undefined });
  };
  const pool = workerPool(start, jobs);
  const engine: OcrEngine & { close(): Promise<void> } = {
    id: `tesseract.js ${version} ${OCR_LANGUAGE} ${digest}`,
    concurrency: jobs,
    async recognize(image: GrayImage, dpi: number, mode: 'page' | 'line' = 'page') {
      if (closed) throw new Error('OCR was stopped');
      const w = await pool.acquire();
      try {
        await w.setParameters(tesseractParameters(dpi, mode));
        const { data } = await w.recognize(encodePgm(image), {}, { ...TESSERACT_OUTPUT });
        return fromTesseract(data);
      } finally {
        pool.release(w);
      }
    },
    async close() {
      closed = true;
      live.delete(engine);
      await pool.terminate();
    },
  };
  live.add(engine);
  return engine;
}

interface PdfjsRender {
  getDocument(p: Record<string, unknown>): { promise: Promise<PdfjsRenderDoc> };
}
interface PdfjsRenderDoc {
  getPage(n: number): Promise<{
    getViewport(p: { scale: number }): { width: number; height: number };
    render(p: Record<string, unknown>): { promise: Promise<void> };
    cleanup(): void;
  }>;
  destroy(): Promise<void>;
}
interface NapiCanvas {
  getContext(kind: '2d'): { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

/** Largest page image rendered for OCR, pixels (shared/ocr/need.ts keeps the resolution below it). */
const MAX_PIXELS = 80_000_000;

/** pdf.js (legacy build) rendering pages onto @napi-rs/canvas. */
async function nodeRenderer(bytes: Uint8Array, password: string | undefined, data: { cMapUrl?: string; standardFontDataUrl?: string }): Promise<PageRenderer> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsRender;
  const { createCanvas } = (await import('@napi-rs/canvas')) as unknown as { createCanvas(w: number, h: number): NapiCanvas };
  const doc = await pdfjs.getDocument({
    data: bytes.slice(), password, verbosity: 0, isEvalSupported: false, stopAtErrors: false,
    ...(data.cMapUrl ? { cMapUrl: data.cMapUrl, cMapPacked: true } : {}),
    ...(data.standardFontDataUrl ? { standardFontDataUrl: data.standardFontDataUrl } : {}),
  }).promise;
  return {
    async render(index, dpi) {
      const page = await doc.getPage(index + 1);
      const vp = page.getViewport({ scale: dpi / 72 });
      const w = Math.max(1, Math.round(vp.width)), h = Math.max(1, Math.round(vp.height));
      if (w * h > MAX_PIXELS) throw new Error(`the page is too large to render at ${dpi} dpi`);
      const canvas = createCanvas(w, h);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, w, h);
      await page.render({ canvasContext: ctx, canvas, viewport: vp, background: '#ffffff' }).promise;
      const img = grayFromRgba(ctx.getImageData(0, 0, w, h).data, w, h);
      page.cleanup();
      return img;
    },
    close: () => doc.destroy(),
  };
}

/** The default cache folder: $XDG_CACHE_HOME/lakstift/ocr, ~/.cache/lakstift/ocr, or the OS's. */
export function defaultOcrCacheDir(): string {
  const env = process.env;
  if (env.LAKSTIFT_OCR_CACHE) return env.LAKSTIFT_OCR_CACHE;
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'Lakstift', 'ocr');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'Lakstift', 'ocr');
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'lakstift', 'ocr');
}

/** One JSON file per document page; a damaged or unreadable file is a miss. */
export function folderCache(dir: string): OcrCache {
  const file = (key: string) => path.join(dir, key.slice(0, 2), `${key.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(file(key), 'utf8')) as OcrPageScan;
      } catch {
        return undefined;
      }
    },
    async put(key, scan) {
      const f = file(key);
      await mkdir(path.dirname(f), { recursive: true });
      const tmp = `${f}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(scan));
      await rename(tmp, f);
    },
  };
}

/** The number of workers to use by default: every core. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * The OCR part of the Node host.
 *
 * @example
 *   const host = nodeHost({ ocr: { jobs: 2, tessdata: '/opt/tessdata' } });
 */
export function nodeOcrHost(opts: NodeOcrOptions, pdfjsData: { cMapUrl?: string; standardFontDataUrl?: string }): OcrHost {
  let status: Promise<OcrEngineStatus> | undefined;
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const cacheDir = opts.cacheDir === undefined ? defaultOcrCacheDir() : opts.cacheDir;
  return {
    engine() {
      status ??= (async (): Promise<OcrEngineStatus> => {
        if (opts.off) return { ok: false, reason: opts.off };
        const found = findTessdata(opts);
        if ('reason' in found) return { ok: false, reason: found.reason };
        try {
          if (!statSync(path.join(found.dir, `${OCR_LANGUAGE}.traineddata`)).isFile()) throw new Error('not a file');
          return { ok: true, engine: tesseractEngine(found.dir, jobs) };
        } catch (e) {
          return { ok: false, reason: `the OCR engine could not start (${(e as Error).message})` };
        }
      })();
      return status;
    },
    openRenderer: (bytes, password) => nodeRenderer(bytes, password, pdfjsData),
    ...(cacheDir ? { cache: folderCache(cacheDir) } : {}),
  };
}
