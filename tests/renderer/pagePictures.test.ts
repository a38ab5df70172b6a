import { describe, expect, it } from 'vitest';
import { makePagePictures, type PagesPort } from '../../renderer/src/pagePictures';
import type { PagesReply, PagesRequest } from '../../renderer/src/worker/pagesProtocol';

/** A page worker that records what it is sent and answers when the test says so. */
function fakeWorker() {
  const sent: { m: PagesRequest; transfer?: Transferable[] }[] = [];
  const port: PagesPort = {
    postMessage: (m, transfer) => void sent.push({ m, transfer }),
    onmessage: null,
    onerror: null,
  };
  const reply = (m: PagesReply) => port.onmessage?.({ data: m } as MessageEvent<PagesReply>);
  return { port, sent, reply };
}

const bitmap = () => {
  const b = { closed: false, close() { b.closed = true; } };
  return b;
};

describe('the page worker client', () => {
  it('draws here a document it was not told the bytes of', async () => {
    let started = 0;
    const pictures = makePagePictures(() => (started++, fakeWorker().port));
    expect(await pictures.draw({}, 1, 1, 1).picture).toEqual({ kind: 'here' });
    expect(started).toBe(0);
  });

  it('draws here when there is no worker (no OffscreenCanvas) or it cannot start', async () => {
    const doc = {};
    const none = makePagePictures(() => null);
    none.register(doc, { bytes: new Uint8Array([1]) });
    expect(await none.draw(doc, 1, 1, 1).picture).toEqual({ kind: 'here' });
    const throws = makePagePictures(() => {
      throw new Error('worker blocked');
    });
    throws.register(doc, { bytes: new Uint8Array([1]) });
    expect(await throws.draw(doc, 1, 1, 1).picture).toEqual({ kind: 'here' });
  });

  it('sends each document once, as a copy with its password, and gets the picture back', async () => {
    const w = fakeWorker();
    const pictures = makePagePictures(() => w.port);
    const doc = {};
    const bytes = new Uint8Array([37, 80, 68, 70]);
    pictures.register(doc, { bytes, password: 'geheim' });
    const a = pictures.draw(doc, 3, 1.5, 2);
    const b = pictures.draw(doc, 4, 1.5, 2);
    const opens = w.sent.filter((s) => s.m.type === 'open');
    expect(opens).toHaveLength(1);
    const open = opens[0].m as Extract<PagesRequest, { type: 'open' }>;
    expect([...open.bytes]).toEqual([37, 80, 68, 70]);
    expect(open.password).toBe('geheim');
    // The viewer keeps its own bytes: what is moved to the worker is a copy.
    expect(open.bytes.buffer).not.toBe(bytes.buffer);
    expect(bytes.byteLength).toBe(4);
    const draws = w.sent.filter((s) => s.m.type === 'draw').map((s) => s.m as Extract<PagesRequest, { type: 'draw' }>);
    expect(draws.map((d) => [d.doc, d.page, d.scale, d.dpr])).toEqual([[open.doc, 3, 1.5, 2], [open.doc, 4, 1.5, 2]]);
    const pic = bitmap();
    w.reply({ type: 'drawn', id: draws[1].id, bitmap: pic as unknown as ImageBitmap });
    expect(await b.picture).toEqual({ kind: 'drawn', bitmap: pic });
    // A page the worker could not draw (its document did not open there) is drawn here.
    w.reply({ type: 'drawn', id: draws[0].id, bitmap: null, error: 'document not open' });
    expect(await a.picture).toEqual({ kind: 'here' });
  });

  it('cancels a page that left the view, and closes a picture that arrives after all', async () => {
    const w = fakeWorker();
    const pictures = makePagePictures(() => w.port);
    const doc = {};
    pictures.register(doc, { bytes: new Uint8Array([1, 2]) });
    const job = pictures.draw(doc, 1, 1, 1);
    job.cancel();
    expect(await job.picture).toEqual({ kind: 'cancelled' });
    const draw = w.sent.find((s) => s.m.type === 'draw')!.m as Extract<PagesRequest, { type: 'draw' }>;
    expect(w.sent.at(-1)!.m).toEqual({ type: 'cancel', id: draw.id });
    const late = bitmap();
    w.reply({ type: 'drawn', id: draw.id, bitmap: late as unknown as ImageBitmap });
    expect(late.closed).toBe(true);
  });

  it('falls back to drawing here when the worker fails', async () => {
    const w = fakeWorker();
    const pictures = makePagePictures(() => w.port);
    const doc = {};
    pictures.register(doc, { bytes: new Uint8Array([1, 2]) });
    const waiting = pictures.draw(doc, 1, 1, 1);
    w.port.onerror?.(new Event('error'));
    expect(await waiting.picture).toEqual({ kind: 'here' });
    const sent = w.sent.length;
    expect(await pictures.draw(doc, 2, 1, 1).picture).toEqual({ kind: 'here' });
    expect(w.sent.length).toBe(sent);
  });

  it('takes control of a page canvas once, and puts every picture of that page straight into it', async () => {
    const w = fakeWorker();
    const pictures = makePagePictures(() => w.port);
    const doc = {};
    pictures.register(doc, { bytes: new Uint8Array([1, 2]) });
    let transfers = 0;
    const off = { offscreen: true };
    const canvas = { transferControlToOffscreen: () => (transfers++, off) } as unknown as HTMLCanvasElement;
    const first = pictures.draw(doc, 1, 1, 1, canvas);
    const zoomed = pictures.draw(doc, 1, 2, 1, canvas);
    expect(transfers).toBe(1);
    const draws = w.sent.filter((s) => s.m.type === 'draw');
    const [a, b] = draws.map((s) => s.m as Extract<PagesRequest, { type: 'draw' }>);
    expect(a.canvas).toBe(off);
    expect(draws[0].transfer).toEqual([off]);
    expect(b.canvas).toBeUndefined();
    expect(b.target).toBe(a.target);
    w.reply({ type: 'drawn', id: a.id, bitmap: null, shown: true });
    expect(await first.picture).toEqual({ kind: 'shown' });
    // The worker fails: the canvas it controlled is lost, and a new one is drawn here.
    w.port.onerror?.(new Event('error'));
    expect(await zoomed.picture).toEqual({ kind: 'here', lost: true });
    const other = { transferControlToOffscreen: () => (transfers++, off) } as unknown as HTMLCanvasElement;
    expect(await pictures.draw(doc, 1, 2, 1, other).picture).toEqual({ kind: 'here' });
    expect(transfers).toBe(1);
  });

  it('lets go of a canvas that left the document, and draws here a document the worker could not open', async () => {
    const w = fakeWorker();
    const pictures = makePagePictures(() => w.port);
    const doc = {};
    pictures.register(doc, { bytes: new Uint8Array([1, 2]) });
    let transfers = 0;
    const canvas = { transferControlToOffscreen: () => (transfers++, {}) } as unknown as HTMLCanvasElement;
    const job = pictures.draw(doc, 1, 1, 1, canvas);
    const draw = w.sent.find((s) => s.m.type === 'draw')!.m as Extract<PagesRequest, { type: 'draw' }>;
    pictures.release(canvas);
    expect(w.sent.at(-1)!.m).toEqual({ type: 'release', target: draw.target });
    w.reply({ type: 'drawn', id: draw.id, bitmap: null, error: 'Invalid PDF structure.' });
    expect(await job.picture).toEqual({ kind: 'here', lost: true });
    const sent = w.sent.length;
    const fresh = { transferControlToOffscreen: () => (transfers++, {}) } as unknown as HTMLCanvasElement;
    expect(await pictures.draw(doc, 2, 1, 1, fresh).picture).toEqual({ kind: 'here' });
    expect(w.sent.length).toBe(sent);
    expect(transfers).toBe(1);
  });
});
