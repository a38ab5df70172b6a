/**
 * The viewer's side of the worker that draws its pages (worker/pages.worker.ts, issue #17
 * item 2): a page's picture is asked for by document, page, scale and device pixel ratio, and
 * arrives as an ImageBitmap for the page's 'bitmaprenderer' canvas, so neither pdf.js's drawing
 * nor the page's pixels touch the UI thread.
 *
 * The worker gets each document once, as a copy of the bytes the viewer's pdf.js document was
 * opened from (and its password), the first time one of its pages is drawn. Where there is no
 * worker (no OffscreenCanvas, or it failed to start or to open the document) `draw` answers
 * 'here': the viewer then draws the page on this thread as before.
 */
import type { PagesReply, PagesRequest } from './worker/pagesProtocol';

export type Picture = { kind: 'drawn'; bitmap: ImageBitmap } | { kind: 'here' } | { kind: 'cancelled' };

/** What the worker needs to open a document: its bytes and the password it was opened with. */
export interface PictureSource { bytes: Uint8Array; password?: string }

export interface PagePictures {
  /** The picture of `page` of the document `doc` (a key object: the viewer's pdf.js document). */
  draw(doc: object, page: number, scale: number, dpr: number): { picture: Promise<Picture>; cancel(): void };
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
  const waiting = new Map<number, (p: Picture) => void>();
  let nextDoc = 1;
  let nextId = 1;
  // A document the viewer forgot is closed in the worker too (best effort: when it is collected).
  const forget = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<number>((doc) => port?.postMessage({ type: 'close', doc })) : null;

  const broken = () => {
    port = null;
    for (const settle of waiting.values()) settle({ kind: 'here' });
    waiting.clear();
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
        const settle = waiting.get(m.id);
        waiting.delete(m.id);
        if (!settle) {
          m.bitmap?.close();
          return;
        }
        settle(m.bitmap ? { kind: 'drawn', bitmap: m.bitmap } : m.error !== undefined ? { kind: 'here' } : { kind: 'cancelled' });
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
    draw(doc, page, scale, dpr) {
      const source = sources.get(doc);
      const p = source ? open() : null;
      if (!source || !p) return { picture: Promise.resolve({ kind: 'here' }), cancel() {} };
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
      const picture = new Promise<Picture>((resolve) => waiting.set(id, resolve));
      p.postMessage({ type: 'draw', id, doc: n, page, scale, dpr });
      return {
        picture,
        cancel() {
          if (!waiting.has(id)) return;
          // The worker answers with no picture (or a picture that is then closed unseen).
          const settle = waiting.get(id)!;
          waiting.delete(id);
          settle({ kind: 'cancelled' });
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
