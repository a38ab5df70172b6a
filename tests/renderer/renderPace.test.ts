import { describe, expect, it } from 'vitest';
import { makePacer, ScratchCanvas } from '../../renderer/src/renderPace';

/**
 * A fake pdf.js render task: `steps` drawing steps, each asked for through onContinue and run
 * in the frame after `go()` (as pdf.js does with requestAnimationFrame).
 */
function fakeTask(name: string, steps: number, log: string[], frames: { queue: (() => void)[] }) {
  const task: { onContinue?: ((go: () => void) => void) | null; left: number } = { left: steps };
  const step = () => {
    log.push(name);
    task.left--;
    if (task.left > 0) task.onContinue?.(() => frames.queue.push(step));
  };
  return { task, start: () => task.onContinue?.(() => frames.queue.push(step)) };
}

function frameLoop() {
  const frames = { queue: [] as (() => void)[] };
  const runFrame = () => {
    const now = frames.queue;
    frames.queue = [];
    for (const cb of now) cb();
  };
  return { frames, runFrame, frame: (cb: () => void) => frames.queue.push(cb) };
}

describe('pdf.js drawing paced over frames', () => {
  it('lets one page draw one step per frame, the page that started first before the others', () => {
    const { frames, runFrame, frame } = frameLoop();
    const pacer = makePacer(frame);
    const log: string[] = [];
    const perFrame: string[][] = [];
    const pages = ['p1', 'p2', 'p3'].map((n) => fakeTask(n, 3, log, frames));
    for (const p of pages) pacer.pace(p.task);
    for (const p of pages) p.start();
    for (let i = 0; i < 20 && (frames.queue.length > 0 || pacer.waiting > 0); i++) {
      const before = log.length;
      runFrame();
      perFrame.push(log.slice(before));
    }
    // Never two pages' steps in the same frame (unpaced, all three drew in every frame).
    expect(Math.max(...perFrame.map((f) => f.length))).toBe(1);
    expect(log).toEqual(['p1', 'p1', 'p1', 'p2', 'p2', 'p2', 'p3', 'p3', 'p3']);
  });

  it('drops the waiting step of a page whose drawing was cancelled', () => {
    const { frames, runFrame, frame } = frameLoop();
    const pacer = makePacer(frame);
    const log: string[] = [];
    const a = fakeTask('a', 2, log, frames);
    const b = fakeTask('b', 2, log, frames);
    const dropA = pacer.pace(a.task);
    pacer.pace(b.task);
    a.start();
    b.start();
    expect(pacer.waiting).toBe(2);
    dropA();
    expect(pacer.waiting).toBe(1);
    for (let i = 0; i < 10 && (frames.queue.length > 0 || pacer.waiting > 0); i++) runFrame();
    expect(log).toEqual(['b', 'b']);
  });

  it('runs a page\'s own step (its text layer) in a frame of its own, after the drawing of pages that began before it', async () => {
    const { frames, runFrame, frame } = frameLoop();
    const pacer = makePacer(frame);
    const log: string[] = [];
    const perFrame: string[][] = [];
    const a = fakeTask('a', 2, log, frames);
    pacer.pace(a.task);
    a.start();
    const text = pacer.step().then(() => log.push('text'));
    for (let i = 0; i < 10 && (frames.queue.length > 0 || pacer.waiting > 0); i++) {
      const before = log.length;
      runFrame();
      await Promise.resolve();
      await Promise.resolve();
      perFrame.push(log.slice(before));
    }
    await text;
    expect(log).toEqual(['a', 'a', 'text']);
    expect(Math.max(...perFrame.map((f) => f.length))).toBe(1);
  });
});

describe('the scratch canvas pdf.js draws every page into', () => {
  it('is made once, lent to one page at a time in the order asked, at the size of the page it is lent for', async () => {
    let made = 0;
    const scratch = new ScratchCanvas(() => {
      made++;
      return { width: 0, height: 0 };
    });
    const order: string[] = [];
    const first = await scratch.lend(600, 800);
    const second = scratch.lend(800, 600).then((l) => {
      order.push('second');
      return l;
    });
    const third = scratch.lend(100, 100).then((l) => {
      order.push('third');
      return l;
    });
    await Promise.resolve();
    // Neither waits its turn while the first page holds the canvas.
    expect(order).toEqual([]);
    first.release();
    first.release(); // a second release lends nothing twice
    const l2 = await second;
    expect(order).toEqual(['second']);
    expect([l2.canvas.width, l2.canvas.height]).toEqual([800, 600]);
    l2.release();
    const l3 = await third;
    expect([l3.canvas.width, l3.canvas.height]).toEqual([100, 100]);
    expect(l3.canvas).toBe(first.canvas);
    expect(made).toBe(1);
    l3.release();
    // Free again: lent at once.
    const l4 = await scratch.lend(10, 10);
    l4.release();
  });
});

