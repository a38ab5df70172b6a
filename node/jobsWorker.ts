/**
 * A job worker of the Node host (node/jobs.ts): just another host. It answers each job with the
 * job handler the engines use in one thread (shared/jobHandler.ts), from the Node host's I/O,
 * without OCR (which has its own pool); it never loads the detectors, so it starts quickly. Bytes arrive in shared memory; they are
 * copied into this thread's own memory once per file (pdf-lib and the text decoders want
 * ordinary buffers).
 */
import { parentPort } from 'node:worker_threads';
import { createJobHandler } from '../shared/jobHandler';
import { LakstiftError } from '../shared/errors';
import type { FileRef, JobError, JobReply, JobRequest } from '../shared/jobs';
import { nodeHost } from './host';
import { useNativeZlib } from './zlib';

useNativeZlib(); // as the command line's main thread does (cli/main.ts)

const runJob = createJobHandler(nodeHost({ ocr: false }));
let own: { fileId: number; bytes: Uint8Array } | undefined;

function local(f: FileRef): FileRef {
  if (own?.fileId !== f.fileId) own = { fileId: f.fileId, bytes: new Uint8Array(f.bytes) };
  return { ...f, bytes: own.bytes };
}

function toJobError(e: unknown): JobError {
  if (e instanceof LakstiftError) return { lakstift: true, code: e.code, en: e.message, nl: e.nl };
  const err = e instanceof Error ? e : new Error(String(e));
  return { lakstift: false, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
}

parentPort?.on('message', (req: JobRequest) => {
  const job = { ...req.job, file: local(req.job.file) };
  runJob(job).then(
    (result) => parentPort!.postMessage({ id: req.id, ok: true, result } satisfies JobReply),
    (e: unknown) => parentPort!.postMessage({ id: req.id, ok: false, error: toJobError(e) } satisfies JobReply),
  );
});
