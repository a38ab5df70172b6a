/**
 * The answer to each job of shared/jobs.ts (read pages, check pages, verify pages, verify a
 * part of a file), apart from the rest of the engines: a job worker imports only this, the PDF
 * reader and the verifier, so it starts without the detectors, their lexicons and their NLP
 * library (whose start-up alone cost each worker about 0.6 CPU-s). `createEngines` answers jobs
 * in its own thread with the same handler.
 *
 * @example
 *   const run = createJobHandler({ pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs') });
 *   const { pages } = await run({ kind: 'read-pages', file, first: 1, last: 50, compact: true });
 */
import { LakstiftError, withFile } from './errors';
import { checkPages, type DocumentInfo, type FileRef, type Job, type JobResult } from './jobs';
import { ocrNeed, type OcrNeed } from './ocr/need';
import { interpretPage, openPdf, pageText, recycleGlyphs, textOfPages, type PdfFile } from './pdf';
import type { PageText } from './pdf/textTypes';
import type { IsolatedPage, PageOutcome } from './redact/isolated';
import { renderTextPage } from './textOutput';
import { verifyFilePart, verifyPages, type PdfjsLike } from './verify';

/** What the job handler needs of a host: the verifier's pdf.js and predefined CMaps. */
export interface JobHost {
  pdfjs(): Promise<PdfjsLike>;
  pdfjsData?: { cMapUrl?: string; standardFontDataUrl?: string };
  loadCMap?(name: string): Uint8Array | null;
}

/** Runs `fn`, naming the file in any Lakstift error it throws. */
export const nameErrors = (name: string) => <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (e) {
    if (e instanceof LakstiftError) throw withFile(e, name);
    throw e;
  }
};

/** Opens a PDF for reading (objects parsed as they are looked up); errors name the file. */
export function openForReading(bytes: Uint8Array, name: string, password: string | undefined, loadPredefinedCMap?: (name: string) => Uint8Array | null): Promise<PdfFile> {
  return openPdf(bytes, { password, loadPredefinedCMap, lazy: true }).catch((e: unknown) => {
    throw e instanceof LakstiftError ? withFile(e, name) : e;
  });
}

/** Page count, /Title and /CreationDate of an open file (a malformed info dictionary only costs a title and a date guess). */
export function documentInfo(pdf: PdfFile): DocumentInfo {
  let title: string | undefined;
  let created: Date | undefined;
  try {
    title = pdf.doc.getTitle();
    created = pdf.doc.getCreationDate();
  } catch {
    // as said
  }
  return {
    pageCount: pdf.pageCount,
    ...(title !== undefined ? { title } : {}),
    ...(created && !Number.isNaN(created.getTime()) ? { created: created.toISOString() } : {}),
  };
}

/** Pages read from one opening of a file before a job opens it again (see `open` below). */
const REOPEN_AFTER = 500;

/** The handler of one host's jobs; the file of the last job stays open for the next range. */
export function createJobHandler(host: JobHost): (job: Job) => Promise<JobResult> {
  const loadPredefinedCMap = host.loadCMap ? (name: string) => host.loadCMap!(name) : undefined;
  let opened: { key: string; pdf: Promise<PdfFile>; pages: number } | undefined;
  // An open file keeps every object and font it parsed: opened again after REOPEN_AFTER pages,
  // so that a worker reading a 10,000-page file holds a few hundred pages' objects, not all.
  const open = (f: FileRef, pages: number) => {
    const key = `${f.fileId}\u0000${f.password ?? ''}`;
    if (opened?.key !== key || opened.pages >= REOPEN_AFTER) opened = { key, pdf: openForReading(f.bytes, f.name, f.password, loadPredefinedCMap), pages: 0 };
    opened.pages += pages;
    return opened.pdf;
  };
  // redact-pages: the private opening of the file being redacted, kept for its next pages.
  let redacting: { key: string; run: Promise<(pages: IsolatedPage[]) => PageOutcome[]>; pages: number } | undefined;
  const redactor = (f: FileRef, pages: number) => {
    const key = `${f.fileId}\u0000${f.password ?? ''}`;
    if (redacting?.key !== key || redacting.pages >= REOPEN_AFTER) {
      const run = import('./redact/isolated').then(({ isolatedRedactor }) => isolatedRedactor(f.bytes, { password: f.password, loadPredefinedCMap }));
      redacting = { key, run: run.catch((e: unknown) => { throw e instanceof LakstiftError ? withFile(e, f.name) : e; }), pages: 0 };
    }
    redacting.pages += pages;
    return redacting.run;
  };
  return async function runJob(job: Job): Promise<JobResult> {
    switch (job.kind) {
      case 'read-pages': {
        const pdf = await open(job.file, Math.max(0, job.last - job.first + 1));
        const named = nameErrors(job.file.name);
        const pages: PageText[] = [];
        const ocrNeeds: OcrNeed[] = [];
        if (job.render) {
          // Each page rendered as soon as it is read, from the glyph store every page fills
          // (lent, then recycled: no copy per page, issue #17).
          const json = job.render === 'json';
          let rendered = '';
          for (let n = Math.max(1, job.first); n <= Math.min(job.last, pdf.pageCount); n++) {
            const page = named(() => pageText(interpretPage(pdf, n - 1, { marks: false, lend: true }), n));
            const need = ocrNeed(pdf, page);
            if (need) ocrNeeds.push(need);
            rendered += renderTextPage(page, n, json);
            recycleGlyphs(page);
          }
          return { kind: 'read-pages', info: documentInfo(pdf), pages: [], rendered, ocrNeeds };
        }
        for (let n = Math.max(1, job.first); n <= Math.min(job.last, pdf.pageCount); n++) {
          const page = named(() => textOfPages(pdf, [n], { compact: job.compact })[0]!);
          pages.push(page);
          const need = ocrNeed(pdf, page);
          if (need) ocrNeeds.push(need);
        }
        return { kind: 'read-pages', info: documentInfo(pdf), pages, ocrNeeds };
      }
      case 'check-pages':
        return checkPages(job.file.bytes, job.first, job.last, loadPredefinedCMap);
      case 'verify-pages': {
        const r = await verifyPages(job.file.bytes, job.decisions, { pdfjs: await host.pdfjs(), loadPredefinedCMap, allowedTexts: job.allowedTexts, ...host.pdfjsData }, job);
        return { kind: 'verify-pages', ...r };
      }
      case 'redact-pages': {
        const run = await redactor(job.file, job.pages.length);
        return { kind: 'redact-pages', outcomes: nameErrors(job.file.name)(() => run(job.pages)) };
      }
      case 'read-back': {
        const { readBackRedacted } = await import('./redact/readBack');
        return { kind: 'read-back', ...(await readBackRedacted(job.file.bytes, { changedPages: job.changedPages, loadPredefinedCMap, pages: [job.first, job.last], boxes: job.boxes })) };
      }
      case 'verify-file':
        return { kind: 'verify-file', ...(await verifyFilePart(job.file.bytes, job.decisions, { loadPredefinedCMap }, job.part)) };
    }
  };
}
