/**
 * Work that a host may spread over threads (issue #17, `--jobs N`): the typed messages between
 * a host and its workers, defined once. A worker is just another host (node/jobsWorker.ts):
 * it builds its engines with `createEngines` and answers each job with `runJob`, so the same
 * core reads the same pages whichever thread it runs in, and results come back structured.
 *
 *   main thread ── JobRequest { id, job } ──▶ worker: runJob(engines, job)
 *               ◀── JobReply { id, ok, result | error } ──
 *
 * Jobs carry the file's bytes (a host shares one copy between its workers) and a `fileId` the
 * host gives each file, so that a worker opens a file once for all the page ranges it reads.
 */
import type { OcrNeed } from './ocr/need';
import { interpretPage, openPdf } from './pdf';
import type { PageText } from './pdf/textTypes';
import type { DecisionsFile } from './contract';
import type { LakstiftErrorCode } from './errors';
import type { FilePartVerified, Finding } from './verify';
import type { IsolatedPage, PageOutcome } from './redact/isolated';
import type { PageBoxes, ReadBackResult } from './redact/readBack';

/** What every job that reads a file names: the bytes, the host's ID for them, the file's name for messages. */
export interface FileRef {
  fileId: number;
  bytes: Uint8Array;
  /** The host's name for the file (errors name it). */
  name: string;
  password?: string;
}

/** Pages first..last (1-based, inclusive; clipped to the document) as the analyser reads them. */
export interface ReadPagesJob {
  kind: 'read-pages';
  file: FileRef;
  first: number;
  last: number;
  /** Compact pages (glyph boxes as numbers, no glyph objects), as `analyse` keeps them. */
  compact: boolean;
  /**
   * Only what `lakstift text` prints of the range (shared/textOutput.ts), as one string: plain
   * text, or the pages' JSON objects. One string crosses threads as one copy; the pages' word
   * objects would be cloned one by one and rendered again on the other side.
   */
  render?: 'text' | 'json';
}

/** What a document says of itself, read from its trailer (no page needed). */
export interface DocumentInfo {
  pageCount: number;
  title?: string;
  /** /CreationDate as an ISO string, when it is a valid date. */
  created?: string;
}

export interface ReadPagesResult {
  kind: 'read-pages';
  info: DocumentInfo;
  /** The pages read (empty when `render` was asked). */
  pages: PageText[];
  /** The range's output, when `render` was asked: every page of the range, in order. */
  rendered?: string;
  /** The pages of the range that need OCR (shared/ocr/need.ts), in page order. */
  ocrNeeds: OcrNeed[];
}

/** Every page first..last must interpret (the read-back of a written file); the first failure's message, if any. */
export interface CheckPagesJob {
  kind: 'check-pages';
  file: FileRef;
  first: number;
  last: number;
}

export interface CheckPagesResult {
  kind: 'check-pages';
  pageCount: number;
  /** Why the file or a page of it could not be read, or undefined when all were. */
  failure?: string;
}

/** The page half of verify (pdf.js re-extraction) for pages first..last. */
export interface VerifyPagesJob {
  kind: 'verify-pages';
  file: FileRef;
  decisions: DecisionsFile;
  allowedTexts: readonly string[];
  first: number;
  last: number;
}

export interface VerifyPagesResult {
  kind: 'verify-pages';
  /** Pages in the document (0 when pdf.js could not open it). */
  pageCount: number;
  findings: Finding[];
  pagesChecked: number;
  boxesChecked: number;
}

/** Part `part.index` of `part.of` of the file half of verify: streams and strings, metadata and risky structures. */
export interface VerifyFileJob {
  kind: 'verify-file';
  file: FileRef;
  decisions: DecisionsFile;
  part: { index: number; of: number };
}

export interface VerifyFileResult extends FilePartVerified {
  kind: 'verify-file';
}

/** Glyph removal for pages of a file (`redact --jobs N`): each page's outcome, in the order given (shared/redact/isolated.ts). */
export interface RedactPagesJob {
  kind: 'redact-pages';
  file: FileRef;
  pages: IsolatedPage[];
}

export interface RedactPagesResult {
  kind: 'redact-pages';
  outcomes: PageOutcome[];
}

/** Pages first..last of the read-back of a redacted file (shared/redact/readBack.ts), for `redact --jobs N`. */
export interface ReadBackJob {
  kind: 'read-back';
  file: FileRef;
  changedPages: number[];
  first: number;
  last: number;
  /** The boxes of these pages (readBack.ts `boxes`). */
  boxes?: PageBoxes[];
}

export interface ReadBackJobResult extends ReadBackResult {
  kind: 'read-back';
}

export type Job = ReadPagesJob | CheckPagesJob | VerifyPagesJob | VerifyFileJob | RedactPagesJob | ReadBackJob;
export type JobResult = ReadPagesResult | CheckPagesResult | VerifyPagesResult | VerifyFileResult | RedactPagesResult | ReadBackJobResult;
/** The result type of a job type. */
export type ResultOf<J extends Job> = Extract<JobResult, { kind: J['kind'] }>;

/** An error as it crosses threads: a Lakstift error keeps its code and both sentences; anything else is a bug. */
export type JobError =
  | { lakstift: true; code: LakstiftErrorCode; en: string; nl: string }
  | { lakstift: false; message: string; stack?: string };

export interface JobRequest {
  id: number;
  job: Job;
}

export type JobReply = { id: number; ok: true; result: JobResult } | { id: number; ok: false; error: JobError };

/**
 * What a host that has workers offers the engines: how many run at once, and a way to run a
 * job on one of them (in the order asked when they are all busy).
 */
export interface JobRunner {
  readonly size: number;
  run<J extends Job>(job: J): Promise<ResultOf<J>>;
  /** The host's file ID for these bytes, the same for the same Uint8Array. */
  fileRef(bytes: Uint8Array, name: string, password?: string): FileRef;
  /**
   * Stops the workers that are idle, which frees what they hold (the file they read last, their
   * heaps); the pool starts new ones when a job comes. For a host between two phases of work.
   */
  release?(): Promise<void>;
}

/**
 * Pages 1..count cut into ranges of about `size` pages, for `jobs` workers: at least one range
 * per worker when there are pages enough, never more than `size` pages in one, so that results
 * come back (and are released) a range at a time.
 *
 * @example
 *   pageRanges(10, 4); // [[1, 4], [5, 8], [9, 10]]
 */
export function pageRanges(count: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let first = 1; first <= count; first += size) out.push([first, Math.min(count, first + size - 1)]);
  return out;
}

/**
 * The read-back of a written file (check-pages): it must open and every page first..last must
 * interpret. Used in one thread and in workers alike.
 */
export async function checkPages(bytes: Uint8Array, first: number, last: number, loadPredefinedCMap?: (name: string) => Uint8Array | null): Promise<CheckPagesResult> {
  let pageCount = 0;
  try {
    const pdf = await openPdf(bytes, { loadPredefinedCMap });
    pageCount = pdf.pageCount;
    for (let i = Math.max(1, first); i <= Math.min(last, pdf.pageCount); i++) interpretPage(pdf, i - 1, { marks: false });
  } catch (e) {
    return { kind: 'check-pages', pageCount, failure: e instanceof Error ? e.message : String(e) };
  }
  return { kind: 'check-pages', pageCount };
}
