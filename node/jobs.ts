/**
 * Worker threads for the Node host (issue #17, `--jobs N`): a pool of N workers, each a host of
 * its own (node/jobsWorker.ts) that builds the same engines and answers the typed jobs of
 * shared/jobs.ts. A file's bytes are in shared memory (copied there once, unless they were read
 * there), which every worker reads without another copy. Jobs are handed out in the order asked, one at a time per worker.
 *
 * @example
 *   const runner = nodeJobRunner(2);
 *   const engines = createEngines({ ...nodeHost(), jobs: runner ?? undefined });
 *   ...
 *   await shutdownJobs();
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LakstiftError } from '../shared/errors';
import type { FileRef, Job, JobError, JobReply, JobRequest, JobRunner, ResultOf } from '../shared/jobs';

/** What a worker is started with (its host's options). */
export interface JobsWorkerData {
  /** OCR is never run in a job worker: OCR has its own pool (node/ocr.ts). */
  role: 'lakstift-jobs';
}


/** The built worker script beside the command line's bundle (dist/jobs-worker.mjs), or null when there is none (the sources run unbundled). */
export function jobsWorkerFile(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 3; i++) {
    const f = path.join(dir, 'jobs-worker.mjs');
    if (existsSync(f)) return f;
    dir = path.dirname(dir);
  }
  return null;
}

/** Rebuilds an error that crossed from a worker: a Lakstift error with its code and both sentences, else the original message. */
export function errorFromWorker(e: JobError): Error {
  if (e.lakstift) return new LakstiftError(e.code, { en: e.en, nl: e.nl });
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}

/** A worker's old-generation heap: this much, plus HEAP_PER_FILE_MB per megabyte of the first file it is given. */
const HEAP_BASE_MB = 128;
const HEAP_PER_FILE_MB = 8;
/** A worker's young generation: small, so that short-lived page objects are collected early. */
const YOUNG_MB = 16;

interface Pending {
  request: JobRequest;
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

const runners = new Set<{ close(): Promise<void> }>();

/**
 * A pool of `jobs` workers, started on first use; null for one job (everything then runs in
 * this thread) or when the worker script is not built.
 */
export function nodeJobRunner(jobs: number): (JobRunner & { close(): Promise<void> }) | null {
  if (jobs <= 1) return null;
  const file = jobsWorkerFile();
  if (!file) return null;
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const queue: Pending[] = [];
  let nextId = 1;
  let failed: Error | undefined;
  const ids = new WeakMap<Uint8Array, { fileId: number; shared: Uint8Array }>();
  let nextFile = 1;

  // Each worker's heap is kept small, so that it collects its garbage instead of growing (a
  // page's objects are garbage once its text is sent): the peak memory of N workers stays near
  // N small heaps. A worker that runs out of it is replaced by one without the limit, which
  // does the job again (the same job gives the same result).
  let limits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } | undefined;
  const start = () => {
    const limited = limits !== undefined;
    const w = new Worker(file, { workerData: { role: 'lakstift-jobs' } satisfies JobsWorkerData, ...(limits ? { resourceLimits: limits } : {}) });
    w.on('message', (reply: JobReply) => {
      const p = busy.get(w);
      busy.delete(w);
      idle.push(w);
      if (p) {
        if (reply.ok) p.resolve(reply.result);
        else p.reject(errorFromWorker(reply.error));
      }
      pump();
    });
    w.on('error', (e) => {
      const p = busy.get(w);
      busy.delete(w);
      workers.splice(workers.indexOf(w), 1);
      if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' && limited) {
        limits = undefined;
        if (p) queue.unshift(p);
        pump();
        return;
      }
      // A worker that dies otherwise takes its job with it; the rest fail with it (a bug, said once).
      failed = e instanceof Error ? e : new Error(String(e));
      p?.reject(failed);
      for (const q of queue.splice(0)) q.reject(failed);
    });
    // Idle workers must not keep the process alive.
    w.unref();
    workers.push(w);
    idle.push(w);
  };

  const pump = () => {
    while (queue.length > 0) {
      if (idle.length === 0 && workers.length < jobs) start();
      const w = idle.pop();
      if (!w) return;
      const p = queue.shift()!;
      busy.set(w, p);
      w.ref();
      w.postMessage(p.request);
    }
    for (const w of idle) w.unref();
  };

  // An idle worker is unref'd; waiting for its termination with nothing else in the event loop
  // would end the process with the await unsettled (exit code 13 instead of the command's own).
  // The wait is also bounded by a timer of its own, which keeps the event loop alive whatever
  // becomes of the worker's handle: under load, 1 in 8 runs of `text` of a file that is no PDF
  // with --jobs 2 still exited 13 (a worker still starting when the other failed), so the
  // terminate promise alone cannot be trusted to settle while something holds the loop.
  const stop = async (w: Worker) => {
    w.ref();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const bound = new Promise<void>((resolve) => { timer = setTimeout(resolve, STOP_WAIT_MS); });
    try {
      await Promise.race([w.terminate().then(() => undefined, () => undefined), bound]);
    } finally {
      clearTimeout(timer);
    }
  };

  const runner = {
    size: jobs,
    run<J extends Job>(job: J): Promise<ResultOf<J>> {
      if (failed) return Promise.reject(failed);
      return new Promise<ResultOf<J>>((resolve, reject) => {
        queue.push({ request: { id: nextId++, job }, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
    fileRef(bytes: Uint8Array, name: string, password?: string): FileRef {
      let known = ids.get(bytes);
      if (!known) {
        // The heap a worker needs grows with the file it parses whole (pdf-lib): room for that, and for a page's garbage.
        if (workers.length === 0) limits = { maxOldGenerationSizeMb: Math.max(limits?.maxOldGenerationSizeMb ?? 0, HEAP_BASE_MB + Math.ceil((HEAP_PER_FILE_MB * bytes.byteLength) / 2 ** 20)), maxYoungGenerationSizeMb: YOUNG_MB };
        // Bytes read into shared memory already (cli/util.ts readInput { shared }) are shared as
        // they are: no second copy of the file in this process.
        let shared = bytes;
        if (!(bytes.buffer instanceof SharedArrayBuffer)) {
          shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
          shared.set(bytes);
        }
        known = { fileId: nextFile++, shared };
        ids.set(bytes, known);
      }
      return { fileId: known.fileId, bytes: known.shared, name, ...(password !== undefined ? { password } : {}) };
    },
    async release() {
      const stopping = idle.splice(0);
      for (const w of stopping) workers.splice(workers.indexOf(w), 1);
      await Promise.all(stopping.map(stop));
    },
    async close() {
      runners.delete(runner);
      await Promise.all(workers.splice(0).map(stop));
    },
  };
  runners.add(runner);
  return runner;
}

/** How long stopping a worker may take before the command goes on without waiting for it. */
const STOP_WAIT_MS = 5000;

/** Stops every pool this process started (the command line calls it before it exits). */
export async function shutdownJobs(): Promise<void> {
  await Promise.all([...runners].map((r) => r.close()));
}
