/**
 * OCR for the app's core worker (issue #12): tesseract.js in its own Web Worker, with its
 * scripts and the Dutch language data served from the app's own origin (tesseract/ is copied by
 * scripts/build-app.mjs; tessdata/ is served by the main process from the folder it found or
 * the user chose), pdf.js rendering pages on an OffscreenCanvas, and an IndexedDB cache of what
 * was read per document hash. Nothing is fetched from anywhere else.
 */
import { createWorker } from 'tesseract.js';
import * as pdfjs from 'pdfjs-dist';
import { encodePgm, grayFromRgba } from '../../../shared/ocr/raster';
import { fromTesseract, tesseractParameters, TESSERACT_OUTPUT, type TesseractPageData } from '../../../shared/ocr/tesseract';
import type { GrayImage, OcrCache, OcrEngine, OcrEngineStatus, OcrHost, OcrPageScan, PageRenderer } from '../../../shared/ocr/types';
import { workerPool } from '../../../shared/ocr/pool';
import { OffscreenCanvasFactory } from './offscreenCanvas';

const LANGUAGE = 'nld';
const base = (rel: string) => new URL(rel, self.location.href).href;

interface TWorker {
  setParameters(p: Record<string, string>): Promise<unknown>;
  recognize(image: Uint8Array, opts: Record<string, unknown>, output: Record<string, boolean>): Promise<{ data: TesseractPageData }>;
  terminate(): Promise<unknown>;
}

/** Whether the main process serves the language data (its size names it in the cache key), or why not. */
async function languageData(): Promise<{ ok: true; size: string } | { ok: false; reason: string }> {
  try {
    const r = await fetch(base(`../tessdata/${LANGUAGE}.traineddata`), { method: 'HEAD' });
    if (r.ok) return { ok: true, size: r.headers.get('content-length') ?? '?' };
    const why = r.status === 404 ? '' : ` (${r.status})`;
    return { ok: false, reason: `no Dutch language data for OCR (${LANGUAGE}.traineddata) was found${why}; choose its folder under Bestand → OCR-taalgegevens kiezen…, or install it (Debian/Ubuntu: apt install tesseract-ocr-nld)` };
  } catch (e) {
    return { ok: false, reason: `the Dutch language data for OCR could not be loaded (${(e as Error).message})` };
  }
}

function engineOf(size: string, jobs: number): OcrEngine {
  // langPath on the app's origin: the worker fetches tessdata/nld.traineddata itself, as is.
  const start = () => createWorker(LANGUAGE, 1, {
    workerPath: base('../tesseract/worker.min.js'), corePath: base('../tesseract/'), workerBlobURL: false,
    langPath: base('../tessdata'), gzip: false, cacheMethod: 'none', errorHandler: () => undefined,
  }) as unknown as Promise<TWorker>;
  const pool = workerPool(start, jobs);
  return {
    id: `tesseract.js ${LANGUAGE} ${size}`,
    concurrency: jobs,
    async recognize(image: GrayImage, dpi: number, mode: 'page' | 'line' = 'page') {
      const w = await pool.acquire();
      try {
        await w.setParameters(tesseractParameters(dpi, mode));
        const { data: page } = await w.recognize(encodePgm(image), {}, { ...TESSERACT_OUTPUT });
        return fromTesseract(page);
      } finally {
        pool.release(w);
      }
    },
    async close() {
      await pool.terminate();
    },
  };
}

async function renderer(bytes: Uint8Array, password: string | undefined): Promise<PageRenderer> {
  const doc = await pdfjs.getDocument({
    data: bytes.slice(), password, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    cMapUrl: base('../pdfjs/cmaps/'), cMapPacked: true, standardFontDataUrl: base('../pdfjs/standard_fonts/'),
    CanvasFactory: OffscreenCanvasFactory,
  } as never).promise;
  return {
    async render(index, dpi) {
      const page = await doc.getPage(index + 1);
      const vp = page.getViewport({ scale: dpi / 72 });
      const w = Math.max(1, Math.round(vp.width)), h = Math.max(1, Math.round(vp.height));
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, w, h);
      await page.render({ canvasContext: ctx as never, canvas: canvas as never, viewport: vp }).promise;
      const img = grayFromRgba(ctx.getImageData(0, 0, w, h).data, w, h);
      page.cleanup();
      return img;
    },
    close: () => doc.destroy(),
  };
}

/** What was read per document page, in the app's IndexedDB (a miss when storage is unavailable). */
function indexedDbCache(): OcrCache {
  let db: Promise<IDBDatabase> | undefined;
  const open = () => (db ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('lakstift-ocr', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('pages');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  }));
  const run = async <T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>) => {
    const d = await open();
    return new Promise<T>((resolve, reject) => {
      const r = f(d.transaction('pages', mode).objectStore('pages'));
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  };
  return {
    get: (key) => run<OcrPageScan | undefined>('readonly', (s) => s.get(key) as IDBRequest<OcrPageScan | undefined>).catch(() => undefined),
    put: (key, scan) => run('readwrite', (s) => s.put(scan, key)).then(() => undefined),
  };
}

/**
 * The OCR part of the worker's host.
 *
 * @example
 *   const host: EngineHost = { ...browserHost(), ocr: browserOcrHost() };
 */
export function browserOcrHost(): OcrHost {
  let status: Promise<OcrEngineStatus> | undefined;
  // Two workers: the UI stays responsive and most office machines have at least four cores.
  const jobs = Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1));
  return {
    engine() {
      status ??= languageData().then((d) => (d.ok ? { ok: true as const, engine: engineOf(d.size, jobs) } : d));
      return status;
    },
    openRenderer: renderer,
    cache: indexedDbCache(),
  };
}
