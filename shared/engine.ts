/**
 * One core, thin hosts (DESIGN.md "Architecture"): the one place where the engines are wired.
 * The command line, the app's worker and the tests all call `createEngines` and differ only
 * in the `EngineHost` they pass, which is their I/O: the pdf.js build for the independent
 * verifier, where predefined CMaps come from, the report fonts, a password, and (optionally)
 * a hash function. Same bytes in, same text, suggestions, inventory and bundle out, in every host.
 *
 *   PDF bytes ─ analyse ─▶ AnalysedDocument (hash, pages of positioned words, title/date guess)
 *             ─ suggest ─▶ suggestions per document (or per dossier)
 *             ─ intakeDocuments / addSuggestions ─▶ Dossier ─ decisions ─▶ buildBundle
 *             (redact → stamp → verify → inventory, log, manifest)
 *
 * @example
 *   const engines = createEngines({ pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'), fonts, loadCMap });
 *   const doc = await engines.analyse(bytes, 'brief.pdf');
 *   const [{ suggestions }] = engines.suggest([doc], 'woo');
 */
import type { DecisionsFile, KeptText, Law, Suggestion } from './contract';
import { preparePage, suggestDossier } from './detect/suggest';
import { acceptAllProposed, addSuggestions, createDossier } from './dossier/actions';
import { acceptAllGroups, groupDocuments } from './dossier/groups';
import type { PageWords } from './app/occurrences';

export { groupDocuments };
import { intakeDocuments, type IntakeInput } from './dossier/intake';
import { groupIntoLines, guessMetadata, pdfDateToIso, type GuessedMetadata } from './dossier/metadata';
import type { ActionContext, Dossier } from './dossier/types';
import { LakstiftError, withFile } from './errors';
import { buildBundle, type BundleEngines, type BundleOptions, type BundleResult } from './export/bundle';
import { catalogueFor } from './export/grounds';
import type { ReportFonts } from './export/pdfReport';
import { sha256Hex, type Sha256 } from './hash';
import { openPdf, textOfPages } from './pdf';
import { reopenLazily } from './pdf/document';
import { PageModels, type ModelBudget, type ModelReader } from './pageModels';
import type { PageText } from './pdf/textTypes';
import { redactDocument, type RedactReport } from './redact';
import { buildReviewExport, type ReviewExportOptions } from './review/export';
import { readRedactAnnotations, type ReadMarks } from './review/redactAnnotations';
import { combineVerify, fileFindings, verifyPdf, type Finding, type PdfjsLike } from './verify';
import { pageRanges, type DocumentInfo, type Job, type JobResult, type JobRunner, type ReadPagesResult } from './jobs';
import { createJobHandler, documentInfo, nameErrors, openForReading } from './jobHandler';
import type { PdfFile } from './pdf';
import { ocrNeed, type OcrNeed } from './ocr/need';
import { ocrPageText } from './ocr/pageText';
import { ocrCacheKey, runOcr, type UnreadPage } from './ocr/run';
import { adjustForOcr } from './ocr/suggest';
import { OCR_RECORD_FORMAT, type OcrEngineStatus, type OcrHost, type OcrPageRecord } from './ocr/types';
import { toPageRecord } from './ocr/record';

export type { UnreadPage } from './ocr/run';

/** What a host supplies: its I/O, nothing else. */
export interface EngineHost {
  /** pdf.js, the independent parser of the verifier (the legacy build in Node, the normal one in a browser). */
  pdfjs(): Promise<PdfjsLike>;
  /** Folder URLs of pdf.js's own CMaps and standard fonts, where the host has them. */
  pdfjsData?: { cMapUrl?: string; standardFontDataUrl?: string };
  /**
   * Predefined CMaps by name (Adobe's, e.g. "90ms-RKSJ-H", as pdfjs-dist ships them in bcmap
   * form), for fonts that name one instead of carrying their own. Synchronous: fonts are read
   * while a page is interpreted.
   */
  loadCMap?(name: string): Uint8Array | null;
  /** DejaVu Sans regular and bold: box labels, number stamps, reports. */
  fonts(): Promise<ReportFonts>;
  /** Password for encrypted inputs (an empty user password is always tried). */
  password?: string;
  /** SHA-256 as hex; Web Crypto (shared/hash.ts) when not given. */
  sha256?: Sha256;
  /**
   * OCR for pages without a usable text layer (issue #12): a page renderer, an OCR engine with
   * the language data the host found, and a cache. Without it such pages stay unread.
   */
  ocr?: OcrHost;
  /**
   * Worker threads (issue #17, `--jobs N`): documents and page ranges are read and verified
   * on them, each a host of its own that builds the same engines. Without it (or with one
   * worker) everything runs in this thread; the results are the same either way.
   */
  jobs?: JobRunner;
}

/** Pages a worker reads per job in `analyse`: small enough that results come back steadily. */
const READ_CHUNK = 25;

/** Pages read again from one opening of a file before it is opened anew (its parsed objects pile up; see jobHandler's REOPEN_AFTER). */
const REREAD_OPENING = 500;

/** What Lakstift knows of one input PDF before any decision. */
export interface AnalysedDocument {
  /** The host's name for the file (a path on disk, or a file name in the browser). */
  name: string;
  sha256: string;
  pageCount: number;
  /** Title, date, type and thread key guessed from the first page. */
  meta: GuessedMetadata;
  /** Date from the PDF's /CreationDate (YYYY-MM-DD or ''), for documents whose text names none. */
  fileDate: string;
  pages: PageText[];
  /** Pages whose text was read by OCR (1-based). */
  ocrPages: number[];
  /**
   * Pages without a usable text layer that could not be read (no OCR, no language data, OCR
   * failed), each with why: the document is "niet beoordeeld" until an officer confirms them.
   */
  unreadPages: UnreadPage[];
}

/** What is known once the first page is read: enough to add the document to a dossier. */
export type DocumentHeader = Omit<AnalysedDocument, 'pages' | 'ocrPages' | 'unreadPages'> & Partial<Pick<AnalysedDocument, 'ocrPages' | 'unreadPages'>>;

export interface AnalyseOptions {
  /** Overrides the host's password for this file. */
  password?: string;
  /** Called once the first page is read, before the rest (the app shows the document then). */
  onHeader?(header: DocumentHeader): void;
  /** Pages read so far. */
  onProgress?(done: number, total: number): void;
  /** Awaited between pages, so that a worker can let messages through on long documents. */
  between?(): Promise<void>;
  /** Read pages without a usable text layer by OCR (default true); false leaves them unread. */
  ocr?: boolean;
  /** OCR progress: pages read so far of those that need it, and the page just read ((0, total, 0) when OCR starts). */
  onOcrProgress?(done: number, total: number, page: number): void;
  /**
   * Keep the models (words, lines, glyph boxes) of at most this many pages, shared by every
   * document analysed with the same budget; the pages after them keep their text and are read
   * again, a page at a time, when a step asks for more (shared/pageModels.ts, issue #17). The
   * pages of a document kept are its first ones. Without it every page keeps its model.
   */
  modelBudget?: ModelBudget;
}

/** Suggestions of one document: what to redact, and what was found but stays readable. */
export interface DocumentSuggestions {
  suggestions: Suggestion[];
  kept: Suggestion[];
}

export interface SuggestEngineOptions {
  /** Names that stay readable whatever the context (public officials of this dossier). */
  allowlist?: string[];
  /** Known general numbers (switchboards) that stay readable. */
  switchboards?: string[];
}

/** Options of `Engines.buildBundle`: buildBundle's own, less what the engines supply. */
export type EngineBundleOptions = Omit<BundleOptions, 'engines' | 'fonts' | 'sha256'> & {
  /** Passwords of encrypted originals by document ID, where they differ from the host's. */
  passwords?: ReadonlyMap<string, string>;
  /** Give every page read by OCR an invisible text layer of what is not redacted (default true). */
  ocrTextLayer?: boolean;
  /**
   * Verify each output in this thread even when the host has workers (issue #17): one pdf.js
   * and one parse of the output at a time, instead of one of each per worker. Each verify
   * worker carried pdf.js, its copy of the output and a heap of its own, which made a bundle
   * with two workers peak far above one with one.
   */
  verifyHere?: boolean;
};

export interface Engines {
  /** Reads a PDF: hash, every page's positioned words, and the metadata guesses. Errors name the file. */
  analyse(bytes: Uint8Array, name: string, opts?: AnalyseOptions): Promise<AnalysedDocument>;
  /**
   * Suggestions for the documents of a dossier, in the dossier's law, one entry per document
   * in the given order. Pass one document for one document's suggestions.
   */
  suggest(docs: readonly Pick<AnalysedDocument, 'name' | 'pages'>[], law: Law, opts?: SuggestEngineOptions): DocumentSuggestions[];
  /** Redaction and the independent leak check, as buildBundle wants them. */
  bundleEngines(law: Law, passwords?: ReadonlyMap<string, string>, opts?: { ocrTextLayer?: boolean; verifyHere?: boolean }): BundleEngines;
  /** The decision bundle (shared/export/bundle.ts) with these engines, fonts and hash. */
  buildBundle(o: EngineBundleOptions): Promise<BundleResult>;
  /**
   * The export for the reviewer and objection procedures (shared/review/export.ts): review
   * copies with /Redact annotations, the redaction log with motivations, the audit log.
   */
  buildReviewExport(o: EngineReviewExportOptions): Promise<{ files: string[] }>;
  /** The /Redact annotations of a PDF (Acrobat's or a Lakstift review copy), to import as proposals. */
  readMarks(bytes: Uint8Array, name: string, password?: string): Promise<ReadMarks>;
  /**
   * The OCR results of a document analysed by these engines (or found in the host's cache), by
   * 1-based page; empty when no page of it was read by OCR.
   */
  ocrRecords(sha256: string, pageCount?: number): Promise<Map<number, OcrPageRecord>>;
  /** Whether the host can run OCR, and if not, why (said once, plainly, by the hosts). */
  ocrStatus(): Promise<{ ok: true; engine: string } | { ok: false; reason: string }>;
  /** Stops the host's OCR workers. */
  close(): Promise<void>;
  /** The hash function in use. */
  sha256: Sha256;
  /** Does one job of a worker (shared/jobs.ts): what a worker host calls for each message. */
  runJob(job: Job): Promise<JobResult>;
}

/** Options of `Engines.buildReviewExport`: its own, less what the engines supply. */
export type EngineReviewExportOptions = Omit<ReviewExportOptions, 'fonts' | 'sha256' | 'loadPredefinedCMap' | 'password' | 'catalogue'> & {
  passwords?: ReadonlyMap<string, string>;
};

/** The base name of a host's file name, whatever its separators. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/**
 * Promise.all, except that when several fail, the failure of the first in order is thrown
 * (what reading the ranges one after the other would have said), not the first in time.
 */
async function allInOrder<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}


/**
 * Builds the engines for a host.
 *
 * @example
 *   const engines = createEngines(nodeHost({ password: '' }));
 */
export function createEngines(host: EngineHost): Engines {
  const sha256 = host.sha256 ?? sha256Hex;
  const loadPredefinedCMap = host.loadCMap ? (name: string) => host.loadCMap!(name) : undefined;

  const jobs = host.jobs && host.jobs.size > 1 ? host.jobs : undefined;
  const openNamed = (bytes: Uint8Array, name: string, password: string | undefined): Promise<PdfFile> => openForReading(bytes, name, password, loadPredefinedCMap);
  const headerOf = (name: string, hash: string, info: DocumentInfo, first: PageText | undefined): DocumentHeader => {
    const lines = first ? groupIntoLines(first.words.map((w) => ({ text: w.text, rect: w.rect, rot: w.rot }))) : [];
    return {
      name,
      sha256: hash,
      pageCount: info.pageCount,
      meta: guessMetadata(lines, info.title, baseName(name)),
      fileDate: info.created ? pdfDateToIso(info.created.slice(0, 10).replace(/-/g, '')) : '',
    };
  };

  /** Pages read in workers, a range per job; this thread opens the file only when a page needs OCR. */
  async function analyseSpread(runner: JobRunner, bytes: Uint8Array, name: string, opts: AnalyseOptions): Promise<AnalysedDocument> {
    const password = opts.password ?? host.password;
    const file = runner.fileRef(bytes, name, password);
    const hashing = sha256(bytes);
    // The page count comes with the first range; every other worker is given the range after it
    // at once rather than after it, so that all of them start (and warm up) together. A range
    // past the end (a document of fewer pages) comes back empty. The ranges are the ones
    // pageRanges cuts (a worker clips the last to the page count).
    const early = Array.from({ length: runner.size }, (_, i) => runner.run({ kind: 'read-pages', file, first: i * READ_CHUNK + 1, last: (i + 1) * READ_CHUNK, compact: true }));
    for (const job of early) job.catch(() => undefined); // awaited below; one that is never awaited must not end the process
    const head = await early[0]!;
    const hash = await hashing;
    const header = headerOf(name, hash, head.info, head.pages[0]);
    // Pages past the budget lose their models as each range comes in (shared/pageModels.ts).
    const keepUpTo = keptOf(opts.modelBudget, header.pageCount);
    const models = keepUpTo < header.pageCount ? await modelsFor(bytes, name, password) : undefined;
    const settle = (r: ReadPagesResult) => {
      if (models) for (const p of r.pages) if (p.page > keepUpTo) release(models, p);
    };
    settle(head);
    opts.onHeader?.(header);
    let done = head.pages.length;
    opts.onProgress?.(done, header.pageCount);
    const rest = await allInOrder(pageRanges(header.pageCount, READ_CHUNK).slice(1).map(([first, last], k) =>
      (early[k + 1] ?? runner.run({ kind: 'read-pages', file, first, last, compact: true })).then((r) => {
        settle(r);
        done += r.pages.length;
        opts.onProgress?.(done, header.pageCount);
        return r;
      })));
    const parts: ReadPagesResult[] = [head, ...rest];
    const pages = parts.flatMap((r) => r.pages);
    const needs = parts.flatMap((r) => r.ocrNeeds);
    if (needs.length === 0) return { ...header, pages, ocrPages: [], unreadPages: [] };
    return withOcr(await openNamed(bytes, name, password), bytes, name, opts, header, head.info.title, pages, needs);
  }

  /**
   * The reader of a document's released pages (shared/pageModels.ts): each is read again in this
   * thread when a step asks for it, from an opening of the file made anew every REREAD_OPENING
   * pages (or from one opening, `opened` or made here, when the file cannot be opened lazily).
   */
  async function modelsFor(bytes: Uint8Array, name: string, password: string | undefined, opened?: PdfFile): Promise<PageModels> {
    const named = nameErrors(name);
    const again = () => reopenLazily(bytes, { password, loadPredefinedCMap });
    let pdf: PdfFile | undefined = again();
    // A file that opens lazily is opened anew as it is read; one that does not (encrypted, a
    // rebuilt cross-reference table) is read from one opening, made here once.
    const only = pdf ? undefined : opened ?? await openNamed(bytes, name, password);
    let served = 0;
    const read: ModelReader = (n) => {
      if (!only && (!pdf || served >= REREAD_OPENING)) {
        pdf = again() ?? pdf;
        served = 0;
      }
      served++;
      return named(() => textOfPages((only ?? pdf)!, [n], { compact: true })[0]!);
    };
    pdf = undefined;
    return new PageModels(read);
  }

  /**
   * Releases a page's model once the detectors' work that needs only the page is done
   * (preparePage): the steps over every page of the document (profile, running headers) then
   * read no page again; only a page's own detectors and rectangles do.
   */
  const release = (models: PageModels, page: PageText) => {
    preparePage(page);
    models.release(page);
  };

  /** How many of a document's first pages keep their models, taken from the budget. */
  const keptOf = (budget: ModelBudget | undefined, pageCount: number): number => {
    if (!budget) return pageCount;
    const keep = Math.max(0, Math.min(pageCount, budget.pages));
    budget.pages -= keep;
    return keep;
  };

  async function analyse(bytes: Uint8Array, name: string, opts: AnalyseOptions = {}): Promise<AnalysedDocument> {
    if (jobs) return analyseSpread(jobs, bytes, name, opts);
    const named = nameErrors(name);
    const password = opts.password ?? host.password;
    const [hash, opening] = await Promise.all([sha256(bytes), openNamed(bytes, name, password)]);
    let pdf = opening;
    // Compact pages (glyph boxes as numbers): thousands of pages stay in a few hundred megabytes.
    const pages = named(() => textOfPages(pdf, [1], { compact: true }));
    const info = documentInfo(pdf);
    const infoTitle = info.title;
    const header = headerOf(name, hash, info, pages[0]);
    const keepUpTo = keptOf(opts.modelBudget, pdf.pageCount);
    opts.onHeader?.(header);
    opts.onProgress?.(1, pdf.pageCount);
    // Whether a page needs OCR is asked while its model is in hand (it may be released below).
    const needs: OcrNeed[] = [];
    const needOf = (p: PageText) => {
      const need = ocrNeed(pdf, p);
      if (need) needs.push(need);
    };
    needOf(pages[0]!);
    // Pages past the budget lose their models as they are read (shared/pageModels.ts), and the
    // file is opened anew as a job worker does, so that its parsed objects do not pile up.
    let models: PageModels | undefined;
    if (keepUpTo < 1) release(models ??= await modelsFor(bytes, name, password, pdf), pages[0]!);
    for (let n = 2; n <= pdf.pageCount; n++) {
      if (models && n % REREAD_OPENING === 0) pdf = reopenLazily(bytes, { password, loadPredefinedCMap }) ?? pdf;
      const page = named(() => textOfPages(pdf, [n], { compact: true })[0]!);
      needOf(page);
      if (n > keepUpTo) release(models ??= await modelsFor(bytes, name, password, pdf), page);
      pages.push(page);
      if (n % 10 === 0 || n === pdf.pageCount) {
        opts.onProgress?.(n, pdf.pageCount);
        await opts.between?.();
      }
    }
    if (needs.length === 0) return { ...header, pages, ocrPages: [], unreadPages: [] };
    return withOcr(pdf, bytes, name, opts, header, infoTitle, pages, needs);
  }

  /** The pages that need OCR read by it (or listed unread), and the title and date guessed again when page 1 was one. */
  async function withOcr(pdf: PdfFile, bytes: Uint8Array, name: string, opts: AnalyseOptions, header: DocumentHeader, infoTitle: string | undefined, pages: PageText[], needs: OcrNeed[]): Promise<AnalysedDocument> {
    const named = nameErrors(name);
    const hash = header.sha256;
    const run = opts.ocr === false
      ? { records: new Map<number, OcrPageRecord>(), unread: needs.map((n) => ({ page: n.page, reason: 'OCR was switched off, so the page was not read' })) }
      : await Promise.resolve(engineStatus()).then((status) => {
        // Announced before the first page is read: reading a page takes seconds.
        if (status?.ok) opts.onOcrProgress?.(0, needs.length, 0);
        return runOcr(host.ocr, status, {
          bytes, sha256: hash, password: opts.password ?? host.password, needs,
          pageSize: (n) => ({ width: pages[n - 1].width, height: pages[n - 1].height }),
          onProgress: opts.onOcrProgress,
        });
      });
    const ocrPages: number[] = [];
    for (const [n, rec] of [...run.records].sort((a, b) => a[0] - b[0])) {
      // A compact page has no glyph objects: read the page's own text layer again (few pages need OCR).
      pages[n - 1] = ocrPageText(rec, named(() => textOfPages(pdf, [n])[0].glyphs));
      ocrPages.push(n);
    }
    if (run.records.size) remember(hash, run.records);
    // A scan's title and date are on its first page, which only OCR could read.
    const meta = ocrPages.includes(1)
      ? guessMetadata(groupIntoLines(pages[0].words.map((w) => ({ text: w.text, rect: w.rect, rot: w.rot }))), infoTitle, baseName(name))
      : header.meta;
    return { ...header, meta, pages, ocrPages, unreadPages: run.unread };
  }

  // OCR: the host's engine is asked for once; results of analysed documents are kept by hash
  // for the redactor's text layer (a dossier of scans is not read twice in one session).
  let status: Promise<OcrEngineStatus> | undefined;
  const engineStatus = (): Promise<OcrEngineStatus> | undefined => {
    if (!host.ocr) return undefined;
    status ??= host.ocr.engine().catch((e: unknown) => ({ ok: false as const, reason: `the OCR engine could not start (${(e as Error).message})` }));
    return status;
  };
  const ocrMemory = new Map<string, Map<number, OcrPageRecord>>();
  const remember = (hash: string, records: Map<number, OcrPageRecord>) => {
    const known = ocrMemory.get(hash) ?? new Map<number, OcrPageRecord>();
    for (const [k, v] of records) known.set(k, v);
    ocrMemory.set(hash, known);
  };
  async function ocrRecords(hash: string, pageCount?: number): Promise<Map<number, OcrPageRecord>> {
    const known = ocrMemory.get(hash);
    if (known) return known;
    const out = new Map<number, OcrPageRecord>();
    const st = host.ocr?.cache ? await engineStatus() : undefined;
    if (st?.ok && host.ocr?.cache && pageCount) {
      for (let n = 1; n <= pageCount; n++) {
        const scan = await host.ocr.cache.get(ocrCacheKey(hash, n)).catch(() => undefined);
        if (scan && scan.format === OCR_RECORD_FORMAT && scan.engine === st.engine.id && scan.result) out.set(n, toPageRecord(scan));
      }
    }
    return out;
  }

  function suggest(docs: readonly Pick<AnalysedDocument, 'name' | 'pages'>[], law: Law, opts: SuggestEngineOptions = {}): DocumentSuggestions[] {
    // The documents together (issue #11, dossier memory): a person found with confidence in one
    // document is recognised in the others; reasons name the document by its file name. Words
    // read by OCR lower the confidence and say so (issue #12).
    try {
      const found = suggestDossier(docs.map((d) => ({ name: d.name.split(/[\\/]/).pop() ?? d.name, pages: d.pages })), { law, ...opts });
      return found.map((r, i) => adjustForOcr(r, docs[i]!.pages));
    } catch (e) {
      if (e instanceof LakstiftError) throw withFile(e, docs.length === 1 ? docs[0]!.name : 'het dossier');
      throw e;
    }
  }

  function bundleEngines(law: Law, passwords?: ReadonlyMap<string, string>, bo: { ocrTextLayer?: boolean; verifyHere?: boolean } = {}): BundleEngines {
    const reports = new Map<string, RedactReport>();
    let fonts: Promise<ReportFonts> | undefined;
    return {
      async redact(original, decisions, doc) {
        fonts ??= host.fonts();
        try {
          const ocrPages = await ocrRecords(doc.sha256, doc.pageCount);
          const { bytes, report } = await redactDocument(original, { redactions: decisions }, {
            law, labelFont: (await fonts).regular, password: passwords?.get(doc.id) ?? host.password, loadPredefinedCMap,
            ...(ocrPages.size ? { ocr: { pages: ocrPages, textLayer: bo.ocrTextLayer !== false } } : {}),
          });
          reports.set(doc.id, report);
          return bytes;
        } catch (e) {
          if (e instanceof LakstiftError) throw withFile(e, doc.path);
          throw e;
        }
      },
      async verify(output, decisions, doc, { allowedTexts, kept }) {
        const findings: Finding[] = [];
        const failed = reports.get(doc.id)?.imagesFailed ?? 0;
        if (failed > 0) findings.push({ kind: 'image-not-blanked', severity: 'leak', message: `${failed} image(s) under a box could not be blanked.` });
        const file = { redactions: decisions, ...(kept?.length ? { kept: [...kept] } : {}) };
        const result = jobs && !bo.verifyHere
          ? await verifySpread(jobs, output, file, doc, allowedTexts)
          : await verifyPdf(output, file, { pdfjs: await host.pdfjs(), loadPredefinedCMap, allowedTexts, ...host.pdfjsData });
        findings.push(...result.findings);
        return { clean: result.clean && failed === 0, findings };
      },
    };
  }

  /** verifyPdf on workers: the file's streams on one, page ranges on the others; the same findings in the same order. */
  async function verifySpread(runner: JobRunner, output: Uint8Array, decisions: DecisionsFile, doc: { path: string; pageCount: number }, allowedTexts: readonly string[]) {
    const file = runner.fileRef(output, doc.path);
    // One range per worker: pdf.js parses a document's fonts once per load, so fewer loads is less work.
    const ranges = pageRanges(Math.max(1, doc.pageCount), Math.max(1, Math.ceil(doc.pageCount / runner.size)));
    // The last range runs to the end, however many pages the output turned out to have.
    ranges[ranges.length - 1]![1] = Number.MAX_SAFE_INTEGER;
    // The file's streams dealt out over as many parts as workers, each part a job; started first (the longer half).
    const fileJobs = Array.from({ length: runner.size }, (_, index) => runner.run({ kind: 'verify-file', file, decisions, part: { index, of: runner.size } }));
    const pageJobs = ranges.map(([first, last]) => runner.run({ kind: 'verify-pages', file, decisions, allowedTexts, first, last }));
    const [parts, pages] = await Promise.all([allInOrder(fileJobs), allInOrder(pageJobs)]);
    return combineVerify(pages, fileFindings(parts), decisions);
  }

  /** One job of a worker host (shared/jobs.ts): the same handler a job worker runs (jobHandler.ts). */
  const runJob = createJobHandler(host);

  async function bundle({ passwords, ocrTextLayer, verifyHere, ...o }: EngineBundleOptions): Promise<BundleResult> {
    // The same checks in every host: the dossier law's catalogue, and the originals' page texts
    // for "redacted here, readable there" (read here when the host has not read them already).
    let texts = o.texts;
    if (!texts) {
      const read = new Map<string, string[]>();
      for (const doc of o.dossier.documents) {
        const pdf = await openPdf(await o.original(doc), { password: passwords?.get(doc.id) ?? host.password, loadPredefinedCMap }).catch(() => null);
        if (!pdf) continue;
        const ocr = await ocrRecords(doc.sha256, pdf.pageCount);
        // One page at a time, so a dossier of thousands of pages never holds every glyph at once.
        read.set(doc.id, Array.from({ length: pdf.pageCount }, (_, i) => {
          const p = textOfPages(pdf, [i + 1])[0];
          const rec = ocr.get(p.page);
          return rec ? ocrPageText(rec, p.glyphs).text : p.text;
        }));
      }
      texts = read;
    }
    return buildBundle({
      ...o, texts, catalogue: o.catalogue ?? catalogueFor(o.dossier.law),
      engines: bundleEngines(o.dossier.law, passwords, { ocrTextLayer, verifyHere }), fonts: await host.fonts(), sha256,
    });
  }

  async function reviewExport({ passwords, ...o }: EngineReviewExportOptions): Promise<{ files: string[] }> {
    return buildReviewExport({
      ...o, fonts: await host.fonts(), sha256, loadPredefinedCMap, catalogue: catalogueFor(o.dossier.law),
      password: (doc) => passwords?.get(doc.id) ?? host.password,
    });
  }

  async function readMarks(bytes: Uint8Array, name: string, password?: string): Promise<ReadMarks> {
    try {
      return await readRedactAnnotations(bytes, { password: password ?? host.password });
    } catch (e) {
      if (e instanceof LakstiftError) throw withFile(e, name);
      throw e;
    }
  }

  async function ocrStatus(): Promise<{ ok: true; engine: string } | { ok: false; reason: string }> {
    const st = await engineStatus();
    if (!st) return { ok: false, reason: 'this program has no OCR' };
    return st.ok ? { ok: true, engine: st.engine.id } : st;
  }

  async function close(): Promise<void> {
    const st = status ? await status : undefined;
    if (st?.ok) await st.engine.close?.();
    status = undefined;
  }

  return { analyse, suggest, bundleEngines, buildBundle: bundle, buildReviewExport: reviewExport, readMarks, ocrRecords, ocrStatus, close, sha256, runJob };
}

/** A document's kept suggestions as the texts verify leaves alone on their pages. */
export function keptTexts(found: DocumentSuggestions): KeptText[] {
  return found.kept.filter((k) => k.text.trim() !== '').map((k) => ({ page: k.page, text: k.text, reason: k.reason, rects: k.rects }));
}

/** What intakeDocuments needs of an analysed document. */
export function intakeInput(doc: DocumentHeader): IntakeInput {
  return {
    path: doc.name, sha256: doc.sha256, pageCount: doc.pageCount, meta: doc.meta, fileDate: doc.fileDate,
    ...(doc.unreadPages?.length ? { unreadPages: doc.unreadPages } : {}),
  };
}

/**
 * Adds analysed documents and their suggestions to a dossier, the way every host does it:
 * one intake (numbers in order, titles, dates, e-mail thread IDs), then each document's
 * suggestions as proposed redactions.
 *
 * @example
 *   const { dossier } = admitDocuments(empty, docs, engines.suggest(docs, empty.law), ctx);
 */
export function admitDocuments(
  d: Dossier,
  docs: readonly DocumentHeader[],
  suggestions: readonly (DocumentSuggestions | null)[],
  ctx: ActionContext,
): { dossier: Dossier; documentIds: string[] } {
  const before = d.documents.length;
  let cur = intakeDocuments(d, docs.map(intakeInput), ctx).dossier;
  const documentIds = cur.documents.slice(before).map((x) => x.id);
  documentIds.forEach((id, i) => {
    const s = suggestions[i]?.suggestions;
    if (s && s.length > 0) cur = addSuggestions(cur, id, s, ctx).dossier;
  });
  return { dossier: cur, documentIds };
}

/** The words of analysed pages as `groupDocuments` and "redact every occurrence" take them. */
export function pageWordsOf(pages: readonly PageText[]): PageWords[] {
  return pages.map((p) => ({ page: p.page, words: p.words.map((w) => ({ text: w.text, rect: w.rect })) }));
}

/**
 * A map of document IDs to their pages' words that makes them each time they are asked for
 * (`get`), keeping none: what groupDocuments reads of it is `has` and `get`.
 */
function wordsOnDemand(ids: readonly string[], make: (index: number) => PageWords[]): ReadonlyMap<string, readonly PageWords[]> {
  const index = new Map(ids.map((id, i) => [id, i]));
  return new (class extends Map<string, readonly PageWords[]> {
    override has(id: string): boolean {
      return index.has(id);
    }
    override get(id: string): readonly PageWords[] | undefined {
      const i = index.get(id);
      return i === undefined ? undefined : make(i);
    }
  })();
}

/**
 * A dossier straight from PDFs with every suggestion accepted (`lakstift bundle --accept-all`),
 * identified by the hashes of its documents so that the same inputs give the same dossier ID.
 */
export async function acceptAllDossier(
  engines: Engines,
  docs: readonly AnalysedDocument[],
  init: { title: string; law: Law; caseNumber?: string; matter?: string; by: string; at: Date; suggestions?: readonly DocumentSuggestions[] },
): Promise<Dossier> {
  const ctx: ActionContext = { by: init.by, at: init.at.toISOString() };
  const all: ActionContext = { by: `${init.by} (--accept-all)`, at: ctx.at };
  const id = `lakstift-${(await engines.sha256(new TextEncoder().encode(docs.map((a) => a.sha256).join('')))).slice(0, 12)}`;
  const empty = createDossier({ id, title: init.title, law: init.law, caseNumber: init.caseNumber ?? '', ...(init.matter !== undefined ? { matter: init.matter } : {}) }, ctx).dossier;
  const { dossier, documentIds } = admitDocuments(empty, docs, init.suggestions ?? engines.suggest(docs, init.law), ctx);
  const accepted = acceptAllProposed(dossier, all).dossier;
  // Copies and threads: found once every suggestion is decided, so that what is redacted in one
  // copy is proposed (and, with --accept-all, accepted) in every other. A document's words are
  // made when grouping asks for them and not kept: all documents' words at once were a second
  // copy of the dossier's pages (issue #17), and a page whose model was released would be read
  // again for them. One document has no copy to find.
  const words = docs.length < 2 ? new Map<string, PageWords[]>() : wordsOnDemand(documentIds, (i) => pageWordsOf(docs[i].pages));
  const grouped = groupDocuments(accepted, words, ctx).dossier;
  return acceptAllGroups(acceptAllProposed(grouped, all).dossier, all);
}
