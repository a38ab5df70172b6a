/**
 * pdf.js for the viewer: its worker and font data are served from the app's own files
 * (CSP 'self', no CDN), and eval stays off.
 */
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { PDFWorker, TextLayer } from 'pdfjs-dist';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
export { TextLayer } from 'pdfjs-dist';

let worker: PDFWorker | null = null;
/** One pdf.js worker for every document of the window, started at most once. */
function pdfWorker(): PDFWorker {
  worker ??= new PDFWorker();
  return worker;
}

/**
 * What pdf.js does once per window before its first page, done while the app waits for the
 * officer (issue #17): its worker is started, and the text layer's smallest font size is
 * measured, a layout of the whole document that, done at the first page, fell in the same
 * frame as that page's drawing; and the canvas pages are drawn into is made. The text layer is made on a div outside the document and is
 * never rendered; the viewport holds only the fields its constructor reads.
 */
export function prewarmPdf(scratch?: { lend(w: number, h: number): Promise<{ canvas: unknown; release(): void }> }): void {
  pdfWorker();
  // The canvas pages are drawn into gets its pixels now (a first drawing into a new canvas
  // held the UI thread for 20 ms and more): an A4 page as wide as the page column
  // usually is (a larger page makes it grow once).
  if (scratch) {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.floor(Math.min(window.innerWidth * 0.6, 1200) * dpr);
    void scratch.lend(w, Math.floor(w * 1.42)).then((l) => {
      const ctx = (l.canvas as HTMLCanvasElement).getContext('2d', { alpha: false, willReadFrequently: true });
      ctx?.fillRect(0, 0, 1, 1);
      l.release();
    });
  }
  const viewport = { scale: 1, rotation: 0, rawDims: { pageWidth: 1, pageHeight: 1, pageX: 0, pageY: 0 } };
  new TextLayer({ textContentSource: { items: [], styles: {} } as never, container: document.createElement('div'), viewport: viewport as never });
}

export function loadPdf(bytes: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  // pdf.js transfers the buffer to its worker; give it a copy so the app keeps the original.
  return pdfjs.getDocument({
    data: bytes.slice(),
    worker: pdfWorker(),
    ...(password !== undefined ? { password } : {}),
    isEvalSupported: false,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', document.baseURI).href,
    cMapUrl: new URL('pdfjs/cmaps/', document.baseURI).href,
    cMapPacked: true,
    enableXfa: false,
  }).promise;
}
