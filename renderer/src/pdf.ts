/**
 * pdf.js for the viewer: its worker and font data are served from the app's own files
 * (CSP 'self', no CDN), and eval stays off.
 */
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { PDFWorker, TextLayer } from 'pdfjs-dist';
import { pagePictures } from './pagePictures';

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
 * frame as that page's drawing. The text layer is made on a div outside the document and is
 * never rendered; the viewport holds only the fields its constructor reads.
 */
export function prewarmPdf(): void {
  pdfWorker();
  // The worker that draws the pages (pagePictures.ts) loads its script and pdf.js now too.
  pagePictures.start();
  const viewport = { scale: 1, rotation: 0, rawDims: { pageWidth: 1, pageHeight: 1, pageX: 0, pageY: 0 } };
  new TextLayer({ textContentSource: { items: [], styles: {} } as never, container: document.createElement('div'), viewport: viewport as never });
}

export async function loadPdf(bytes: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  // pdf.js transfers the buffer to its worker; give it a copy so the app keeps the original.
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    worker: pdfWorker(),
    ...(password !== undefined ? { password } : {}),
    isEvalSupported: false,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', document.baseURI).href,
    cMapUrl: new URL('pdfjs/cmaps/', document.baseURI).href,
    cMapPacked: true,
    enableXfa: false,
  }).promise;
  // The pages are drawn in a worker of their own from the same bytes (pagePictures.ts).
  pagePictures.register(doc, { bytes, ...(password !== undefined ? { password } : {}) });
  return doc;
}
