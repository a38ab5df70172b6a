/**
 * The viewer's side of the worker that draws its pages (worker/pages.worker.ts, issue #17
 * item 2), so that neither pdf.js's drawing nor a page's pixels touch the UI thread.
 *
 * The page's canvas is handed to the worker at its first drawing
 * (`transferControlToOffscreen`): the canvas in the document becomes a placeholder whose
 * pictures the worker puts in and the compositor shows, without a commit of the UI thread
 * carrying the pixels (a picture handed over on the UI thread, even as a transferred
 * ImageBitmap, still cost the commit of its frame 15-21 ms of thread time under load). Without
 * `transferControlToOffscreen` the picture comes back as a transferred ImageBitmap for the
 * page's 'bitmaprenderer' canvas.
 *
 * The worker gets each document once, as a copy of the bytes the viewer's pdf.js document was
 * opened from (and its password), the first time one of its pages is drawn. Where there is no
 * worker (no OffscreenCanvas, or it failed to start or to open the document) `draw` answers
 * 'here': the viewer then draws the page on this thread as before (in a new canvas, when the
 * worker had the old one).
 */
import type { PagesReply, PagesRequest } from './worker/pagesProtocol';

/**
 * 'drawn': the picture, for the page's canvas; 'shown': already in the page's canvas (the worker
 * controls it); 'here': draw it on this thread (`lost`: into a new canvas, the worker had this one).
 */
export type Picture = { kind: 'drawn'; bitmap: ImageBitmap } | { kind: 'shown' } | { kind: 'here'; lost?: boolean } | { kind: 'cancelled' };

/** What the worker needs to open a document: its bytes and the password it was opened with. */
export interface PictureSource { bytes: Uint8Array; password?: string }

export interface PagePictures {
  /**
   * The picture of `page` of the document `doc` (a key object: the viewer's pdf.js document).
   * Given the page's `canvas`, the worker takes control of it at the first drawing and puts
   * every picture straight into it (the canvas is then a placeholder for the worker's frames).
   */
  draw(doc: object, page: number, scale: number, dpr: number, canvas?: HTMLCanvasElement): { picture: Promise<Picture>; cancel(): void };
  /** The page's canvas left the document: the worker lets go of it. */
  release(canvas: HTMLCanvasElement): void;
  /** Records where a document came from; until then its pages are drawn 'here'. */
  register(doc: object, source: PictureSource): void;
  /** Starts the worker ahead of the first page (while the officer chooses files). */
  start(): void;
}

/** A worker as the client uses it (a test passes its own). */
export interface PagesPort {
  postMessage(m: PagesRequest, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<PagesReply>) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

export function makePagePictures(makeWorker: () => PagesPort | null): PagePictures {
  let port: PagesPort | null | undefined;
  const sources = new WeakMap<object, PictureSource>();
  const numbers = new WeakMap<object, number>();
  const waiting = new Map<number, { settle: (p: Picture) => void; doc: object }>();
  /** Documents the worker could not open: drawn here from then on. */
  const failed = new WeakSet<object>();
  const targets = new WeakMap<object, number>();
  /** The drawings that went to a canvas the worker controls: should the worker fail, that canvas is lost. */
  const toCanvas = new Set<number>();
  let nextDoc = 1;
  let nextId = 1;
  let nextTarget = 1;
  // A document the viewer forgot is closed in the worker too (best effort: when it is collected).
  const forget = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<number>((doc) => port?.postMessage({ type: 'close', doc })) : null;

  const broken = () => {
    port = null;
    for (const [id, w] of waiting) w.settle(toCanvas.has(id) ? { kind: 'here', lost: true } : { kind: 'here' });
    waiting.clear();
    toCanvas.clear();
  };
  const open = (): PagesPort | null => {
    if (port !== undefined) return port;
    try {
      port = makeWorker();
    } catch {
      port = null;
    }
    if (port) {
      port.onmessage = (e) => {
        const m = e.data;
        const w = waiting.get(m.id);
        const lost = toCanvas.delete(m.id);
        waiting.delete(m.id);
        if (!w) {
          m.bitmap?.close();
          return;
        }
        if (m.error !== undefined) failed.add(w.doc);
        w.settle(m.bitmap ? { kind: 'drawn', bitmap: m.bitmap } : m.shown ? { kind: 'shown' } : m.error !== undefined ? (lost ? { kind: 'here', lost } : { kind: 'here' }) : { kind: 'cancelled' });
      };
      port.onerror = broken;
    }
    return port;
  };

  return {
    start() {
      open();
    },
    register(doc, source) {
      sources.set(doc, source);
    },
    release(canvas) {
      const target = targets.get(canvas);
      if (target === undefined) return;
      targets.delete(canvas);
      port?.postMessage({ type: 'release', target });
    },
    draw(doc, page, scale, dpr, canvas) {
      const source = sources.get(doc);
      const p = source ? open() : null;
      if (!source || !p || failed.has(doc)) return { picture: Promise.resolve({ kind: 'here' }), cancel() {} };
      let n = numbers.get(doc);
      if (n === undefined) {
        n = nextDoc++;
        numbers.set(doc, n);
        forget?.register(doc, n);
        // A copy: the viewer keeps its bytes (the structured clone copies them too; this one is moved).
        const bytes = source.bytes.slice();
        p.postMessage({ type: 'open', doc: n, bytes, ...(source.password !== undefined ? { password: source.password } : {}) }, [bytes.buffer]);
      }
      const id = nextId++;
      const picture = new Promise<Picture>((resolve) => waiting.set(id, { settle: resolve, doc }));
      let target = canvas ? targets.get(canvas) : undefined;
      let off: OffscreenCanvas | undefined;
      if (canvas && target === undefined && typeof canvas.transferControlToOffscreen === 'function') {
        off = canvas.transferControlToOffscreen();
        target = nextTarget++;
        targets.set(canvas, target);
      }
      if (target !== undefined) toCanvas.add(id);
      p.postMessage({ type: 'draw', id, doc: n, page, scale, dpr, ...(target !== undefined ? { target } : {}), ...(off ? { canvas: off } : {}) }, off ? [off] : []);
      return {
        picture,
        cancel() {
          if (!waiting.has(id)) return;
          // The worker answers with no picture (or a picture that is then closed unseen).
          const w = waiting.get(id)!;
          waiting.delete(id);
          toCanvas.delete(id);
          w.settle({ kind: 'cancelled' });
          port?.postMessage({ type: 'cancel', id });
        },
      };
    },
  };
}

/** The window's page pictures: a module worker from the app's own files, where OffscreenCanvas exists. */
export const pagePictures: PagePictures = makePagePictures(() => {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  return new Worker(new URL('./worker/pages.worker.ts', import.meta.url), { type: 'module', name: 'lakstift-pages' }) as unknown as PagesPort;
});
