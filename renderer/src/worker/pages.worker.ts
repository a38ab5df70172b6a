/**
 * The viewer's pages drawn off the UI thread (issue #17 item 2): pdf.js renders each page on
 * an OffscreenCanvas in this worker, and the picture goes back to the viewer as a transferred
 * ImageBitmap, which its 'bitmaprenderer' canvas takes over as it is. Drawn on the UI thread,
 * a page cost pdf.js's drawing steps (about 15 ms each, one per frame) and its own pixels (a
 * canvas's first drawing and `createImageBitmap`, 17-23 ms of thread time under load); here
 * neither touches it. The text layer (selection, the officer's boxes) stays with the viewer's
 * own pdf.js document.
 *
 * Loaded as a module worker from the app's own files (CSP `worker-src 'self'`); pdf.js's
 * parser runs in this thread as its "fake worker" (no nested worker), and its font and CMap
 * data come from the app's origin like the viewer's.
 */
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { PagesReply, PagesRequest } from './pagesProtocol';
import { OffscreenCanvasFactory } from './offscreenCanvas';

(globalThis as unknown as { pdfjsWorker: unknown }).pdfjsWorker = pdfjsWorker;

const base = (rel: string) => new URL(rel, self.location.href).href;
const post = (m: PagesReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

/**
 * pdf.js's SVG filters (transfer functions, high-contrast colours) need a document; without one
 * a page is drawn without them, as pdf.js's own base factory does ('none').
 */
class NoFilterFactory {
  addFilter() { return 'none'; }
  addHCMFilter() { return 'none'; }
  addAlphaFilter() { return 'none'; }
  addLuminosityFilter() { return 'none'; }
  addHighlightHCMFilter() { return 'none'; }
  destroy() {}
}

// The embedded fonts are loaded as FontFaces into this worker's own font set (a worker's
// OffscreenCanvas draws text with `self.fonts`), so glyphs are drawn by the font rasteriser
// exactly as in the window; pdf.js finds the set through its "document". Without a font set
// pdf.js draws the glyphs as paths instead.
const fonts = (self as unknown as { fonts?: FontFaceSet }).fonts;
const fontDocument = fonts ? { fonts } : undefined;

const docs = new Map<number, Promise<PDFDocumentProxy>>();

/** The last pages drawn, kept parsed (a zoom redraws them); older ones release their operator lists. */
const recent: { doc: number; page: number; proxy: PDFPageProxy }[] = [];
const KEEP = 12;
function remember(doc: number, page: number, proxy: PDFPageProxy) {
  const i = recent.findIndex((r) => r.doc === doc && r.page === page);
  if (i >= 0) recent.splice(i, 1);
  recent.push({ doc, page, proxy });
  while (recent.length > KEEP) {
    const old = recent.shift()!;
    if (!recent.some((r) => r.proxy === old.proxy)) old.proxy.cleanup();
  }
}

interface Job { id: number; doc: number; page: number; scale: number; dpr: number; target?: number; task?: { cancel(): void }; cancelled?: boolean }

/**
 * The pages' canvases whose control the viewer gave this worker (placeholders in the document):
 * a picture put into one is shown by the compositor without passing the UI thread at all.
 */
const targets = new Map<number, ImageBitmapRenderingContext | null>();
/** Pages wait in the order asked (the page that began first is done first, as before). */
const queue: Job[] = [];
const jobs = new Map<number, Job>();
let running = false;

async function draw(job: Job): Promise<void> {
  const doc = docs.get(job.doc);
  if (!doc) return post({ type: 'drawn', id: job.id, bitmap: null, error: 'document not open' });
  let bitmap: ImageBitmap | null = null;
  try {
    const proxy = await (await doc).getPage(job.page);
    if (job.cancelled) return post({ type: 'drawn', id: job.id, bitmap: null });
    const vp = proxy.getViewport({ scale: job.scale });
    // The same size and transform as the viewer gives its canvas (Viewer.tsx).
    const canvas = new OffscreenCanvas(Math.max(1, Math.floor(vp.width * job.dpr)), Math.max(1, Math.floor(vp.height * job.dpr)));
    const dpr = job.dpr;
    const rt = proxy.render({ canvas: canvas as never, viewport: vp, transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : undefined });
    job.task = rt;
    // What was drawn is shown also when a step failed (a damaged page shows what it could).
    await rt.promise.catch(() => undefined);
    remember(job.doc, job.page, proxy);
    if (!job.cancelled) bitmap = canvas.transferToImageBitmap();
  } catch (e) {
    return post({ type: 'drawn', id: job.id, bitmap: null, error: e instanceof Error ? e.message : String(e) });
  }
  if (job.target !== undefined) {
    const target = targets.get(job.target);
    if (!bitmap || !target) {
      bitmap?.close();
      // A canvas released meanwhile wants nothing; one this worker cannot draw into is drawn by the window.
      return post({ type: 'drawn', id: job.id, bitmap: null, ...(target === null ? { error: 'no bitmaprenderer context for the page canvas' } : {}) });
    }
    // The placeholder takes the size of the frame it is sent; the viewer sets its CSS size.
    const c = target.canvas as OffscreenCanvas;
    if (c.width !== bitmap.width) c.width = bitmap.width;
    if (c.height !== bitmap.height) c.height = bitmap.height;
    target.transferFromImageBitmap(bitmap);
    return post({ type: 'drawn', id: job.id, bitmap: null, shown: true });
  }
  post({ type: 'drawn', id: job.id, bitmap }, bitmap ? [bitmap] : []);
}

async function pump(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (let job = queue.shift(); job; job = queue.shift()) {
      await draw(job);
      jobs.delete(job.id);
    }
  } finally {
    running = false;
  }
}

self.onmessage = (e: MessageEvent<PagesRequest>) => {
  const m = e.data;
  switch (m.type) {
    case 'open': {
      const loading = pdfjs.getDocument({
        data: m.bytes, ...(m.password !== undefined ? { password: m.password } : {}), verbosity: 0,
        isEvalSupported: false, enableXfa: false, ownerDocument: fontDocument, disableFontFace: !fontDocument,
        standardFontDataUrl: base('../pdfjs/standard_fonts/'), cMapUrl: base('../pdfjs/cmaps/'), cMapPacked: true,
        CanvasFactory: OffscreenCanvasFactory, FilterFactory: NoFilterFactory,
      } as never).promise;
      loading.catch(() => undefined);
      docs.set(m.doc, loading);
      break;
    }
    case 'draw': {
      if (m.canvas && m.target !== undefined) {
        targets.set(m.target, m.canvas.getContext('bitmaprenderer'));
      }
      const job: Job = { id: m.id, doc: m.doc, page: m.page, scale: m.scale, dpr: m.dpr, ...(m.target !== undefined ? { target: m.target } : {}) };
      jobs.set(job.id, job);
      queue.push(job);
      void pump();
      break;
    }
    case 'cancel': {
      const job = jobs.get(m.id);
      if (!job) break;
      job.cancelled = true;
      const i = queue.indexOf(job);
      if (i >= 0) {
        queue.splice(i, 1);
        jobs.delete(job.id);
        post({ type: 'drawn', id: job.id, bitmap: null });
      } else {
        job.task?.cancel();
      }
      break;
    }
    case 'release':
      targets.delete(m.target);
      break;
    case 'close': {
      const doc = docs.get(m.doc);
      docs.delete(m.doc);
      for (let i = recent.length - 1; i >= 0; i--) if (recent[i].doc === m.doc) recent.splice(i, 1);
      void doc?.then((d) => d.destroy(), () => undefined);
      break;
    }
  }
};
