/**
 * A pool of at most `jobs` OCR workers, started on demand and handed out one page at a time:
 * the Node host (worker_threads) and the app's Web Worker share it, so both read pages the same
 * way and stop their workers the same way.
 *
 * @example
 *   const pool = workerPool(() => createWorker('nld'), 2);
 *   const w = await pool.acquire();
 *   try { await w.recognize(image); } finally { pool.release(w); }
 *   await pool.terminate();
 */
export interface WorkerPool<W> {
  acquire(): Promise<W>;
  release(w: W): void;
  /** Terminates every worker that started; one that failed to start is skipped. */
  terminate(): Promise<void>;
}

export function workerPool<W extends { terminate(): Promise<unknown> }>(start: () => Promise<W>, jobs: number): WorkerPool<W> {
  const idle: W[] = [];
  const waiting: ((w: W) => void)[] = [];
  const all: Promise<W>[] = [];
  return {
    acquire() {
      const w = idle.pop();
      if (w) return Promise.resolve(w);
      if (all.length < jobs) {
        const p = start();
        all.push(p);
        return p;
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    release(w) {
      const next = waiting.shift();
      if (next) next(w);
      else idle.push(w);
    },
    async terminate() {
      const started = await Promise.allSettled(all);
      await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.terminate().catch(() => undefined) : undefined)));
    },
  };
}
