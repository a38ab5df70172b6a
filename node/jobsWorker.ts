/**
 * A job worker of the Node host (node/jobs.ts): just another host. It answers each job with the
 * job handler the engines use in one thread (shared/jobHandler.ts), from the Node host's I/O,
 * without OCR (which has its own pool); it never loads the detectors, so it starts quickly. Bytes arrive in shared memory and are
 * read there: pdf-lib, Node's zlib and TextDecoder all take a view of a SharedArrayBuffer, and
 * pdf.js (verify) is given a copy of its own. A copy per worker was the file once more per
 * core (issue #17: 112 MB each for the 10,000-page bench dossier).
 */
import { parentPort } from 'node:worker_threads';
import { createJobHandler } from '../shared/jobHandler';
import { LakstiftError } from '../shared/errors';
import type { JobError, JobReply, JobRequest } from '../shared/jobs';
import { nodeHost } from './host';
import { useNativeZlib } from './zlib';

useNativeZlib(); // as the command line's main thread does (cli/main.ts)

const runJob = createJobHandler(nodeHost({ ocr: false }));

function toJobError(e: unknown): JobError {
  if (e instanceof LakstiftError) return { lakstift: true, code: e.code, en: e.message, nl: e.nl };
  const err = e instanceof Error ? e : new Error(String(e));
  return { lakstift: false, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
}

parentPort?.on('message', (req: JobRequest) => {
  runJob(req.job).then(
    (result) => parentPort!.postMessage({ id: req.id, ok: true, result } satisfies JobReply),
    (e: unknown) => parentPort!.postMessage({ id: req.id, ok: false, error: toJobError(e) } satisfies JobReply),
  );
});
