/**
 * pdf.js for the viewer: its worker and font data are served from the app's own files
 * (CSP 'self', no CDN), and eval stays off.
 */
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentProxy } from 'pdfjs-dist';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
export { TextLayer } from 'pdfjs-dist';

export function loadPdf(bytes: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  // pdf.js transfers the buffer to its worker; give it a copy so the app keeps the original.
  return pdfjs.getDocument({
    data: bytes.slice(),
    ...(password !== undefined ? { password } : {}),
    isEvalSupported: false,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', document.baseURI).href,
    cMapUrl: new URL('pdfjs/cmaps/', document.baseURI).href,
    cMapPacked: true,
    enableXfa: false,
  }).promise;
}
