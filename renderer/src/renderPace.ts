/**
 * One pdf.js drawing step per frame for all pages together (issue #17 item 2).
 *
 * pdf.js draws a page in steps of about 15 ms, each in an animation frame of its own. With
 * five pages near the view drawing at once, the five steps ran in the same frame: one task of
 * 75 ms and more, and a compositor commit of five changed canvases after it. Here every page's
 * next step waits in one queue and a frame lets only one of them go, the page that started
 * drawing first (so page 1 is done as fast as before, and the others follow).
 *
 * pdf.js asks through `RenderTask.onContinue(go)`: `go()` schedules that page's next step in
 * the next animation frame. `frame` is the host's requestAnimationFrame (a test passes its own).
 */
export interface Pacer {
  /** Paces a render task; the returned function takes it out of the queue (on cancel). */
  pace(task: { onContinue?: unknown }): () => void;
  /**
   * A step of the caller's own (a page's text layer), resolved in a frame of its own after the
   * steps of pages that began before it. `onDrop` receives the function that takes it out of the
   * queue (the promise then never settles).
   */
  step(onDrop?: (drop: () => void) => void): Promise<void>;
  /** Steps waiting, for a test. */
  readonly waiting: number;
}

export function makePacer(frame: (cb: () => void) => unknown): Pacer {
  let seq = 0;
  const queue: { order: number; go: () => void }[] = [];
  let armed = false;
  const run = () => {
    armed = false;
    if (queue.length === 0) return;
    let best = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i].order < queue[best].order) best = i;
    const [step] = queue.splice(best, 1);
    // pdf.js schedules the step itself in the next frame; the next one is let go there too.
    step.go();
    if (queue.length > 0) arm();
  };
  const arm = () => {
    if (armed) return;
    armed = true;
    frame(run);
  };
  return {
    pace(task) {
      const order = seq++;
      let live = true;
      // pdf.js types it as a bare Function; it is called with the function that schedules the next step.
      (task as { onContinue: (go: () => void) => void }).onContinue = (go) => {
        if (!live) return;
        queue.push({ order, go });
        arm();
      };
      return () => {
        live = false;
        for (let i = queue.length - 1; i >= 0; i--) if (queue[i].order === order) queue.splice(i, 1);
      };
    },
    step(onDrop) {
      const order = seq++;
      return new Promise<void>((resolve) => {
        queue.push({ order, go: () => frame(() => resolve()) });
        onDrop?.(() => {
          const i = queue.findIndex((q) => q.order === order);
          if (i >= 0) queue.splice(i, 1);
        });
        arm();
      });
    },
    get waiting() {
      return queue.length;
    },
  };
}

/** The app's pacer (one per window). */
export const renderPacer: Pacer = makePacer((cb) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(cb) : setTimeout(cb, 16)));

/**
 * The one canvas outside the document that pdf.js draws every page into, lent to one page at
 * a time (in the order they asked). A canvas gets its pixels at its first drawing, which cost
 * 20 ms and more of the UI thread on the loaded test machine; this one keeps them from page to
 * page while the pages are of one size (it takes the size of the page it is lent for: a page
 * cut out of a larger canvas cost a copy of 40 ms, measured under the same load).
 */
export class ScratchCanvas {
  private canvas: { width: number; height: number } | null = null;
  private busy = false;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly make: () => { width: number; height: number }) {}

  /** Waits for the canvas, sized `width` × `height`; `release` lends it to the next page. */
  async lend(width: number, height: number): Promise<{ canvas: { width: number; height: number }; release(): void }> {
    if (this.busy) await new Promise<void>((r) => this.queue.push(r));
    this.busy = true;
    const c = (this.canvas ??= this.make());
    if (c.width !== width) c.width = width;
    if (c.height !== height) c.height = height;
    let done = false;
    return {
      canvas: c,
      release: () => {
        if (done) return;
        done = true;
        const next = this.queue.shift();
        if (next) next();
        else this.busy = false;
      },
    };
  }
}

/** The window's scratch canvas for the viewer's pages. */
export const pageCanvas = new ScratchCanvas(() => document.createElement('canvas'));
