/**
 * What the core worker does with a request, given the engines (shared/engine.ts): the same
 * engines the command line builds, here from the browser host. No DOM and no worker globals,
 * so the tests run exactly this code in Node with the Node host.
 */
import type { Engines } from '../../../shared/engine';
import { BundleError, type BundleErrorCode } from '../../../shared/export';
import type { ExportFile } from '../../../shared/ipc/contract';
import { missingCaseError } from '../../../shared/assert';
import { packWords, packedBuffers, unpackWords } from '../../../shared/app/packedWords';
import { findGroups } from '../../../shared/dossier/copies';
import { OCR_PROGRESS, type AnalysisResult, type BundleResult, type ReviewExportResult, type WorkerMessage, type WorkerRequest } from './protocol';

type Post = (m: WorkerMessage, transfer?: Transferable[]) => void;

const round = (x: number) => Math.round(x * 100) / 100;
const PHASE_LABEL: Record<string, string> = { check: 'controle', redact: 'lakken', verify: 'lekcontrole', export: 'bestanden', done: 'klaar' };

/** Lets queued messages (a second request, a cancel) in between pages of a long document. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function analyse(engines: Engines, req: Extract<WorkerRequest, { type: 'analyse' }>, post: Post): Promise<AnalysisResult> {
  const doc = await engines.analyse(req.bytes, req.name, {
    ...(req.password !== undefined ? { password: req.password } : {}),
    onHeader: (header) => post({ type: 'header', id: req.id, header }),
    onProgress: (done, total) => post({ type: 'progress', id: req.id, done, total }),
    onOcrProgress: (done, total) => post({ type: 'progress', id: req.id, done, total, label: OCR_PROGRESS }),
    between: yieldToMessages,
  });
  const [suggestions] = engines.suggest([doc], req.law);
  const { pages, ...header } = doc;
  const words = pages.map((p) => ({ page: p.page, words: p.words.map((w) => ({ text: w.text, rect: w.rect.map(round) as [number, number, number, number] })) }));
  return { header, pages: packWords(words), suggestions };
}

async function exportBundle(engines: Engines, req: Extract<WorkerRequest, { type: 'export' }>, post: Post): Promise<BundleResult> {
  const originals = new Map(req.originals.map((o) => [o.documentId, o.bytes]));
  const passwords = new Map(req.originals.flatMap((o) => (o.password !== undefined ? [[o.documentId, o.password] as const] : [])));
  const files: ExportFile[] = [];
  const [name, version] = req.tool.split(' ');
  try {
    await engines.buildBundle({
      dossier: req.dossier,
      passwords,
      original: async (doc) => {
        const b = originals.get(doc.id);
        if (!b) throw new Error(`The original of document ${doc.number} is not loaded; add it again.`);
        return b;
      },
      tool: { name: name ?? 'Lakstift', version: version ?? '0.0.0' },
      at: new Date(),
      sink: async (file, bytes) => {
        files.push({ path: file, bytes });
      },
      onProgress: (e) => post({ type: 'progress', id: req.id, done: e.done, total: e.total, label: `${PHASE_LABEL[e.phase] ?? e.phase}${e.document ? ` ${e.document}` : ''}` }),
    });
  } catch (e) {
    if (e instanceof BundleError) {
      return { files: [], failure: { code: e.code as BundleErrorCode, message: e.message, leaks: [...e.leaks], problems: [...e.inconsistencies.map((f) => f.message), ...e.problems.map((p) => p.messageNl)], unread: [...e.unread] } };
    }
    throw e;
  }
  return { files };
}

async function reviewExport(engines: Engines, req: Extract<WorkerRequest, { type: 'review-export' }>, post: Post): Promise<ReviewExportResult> {
  const originals = new Map(req.originals.map((o) => [o.documentId, o.bytes]));
  const passwords = new Map(req.originals.flatMap((o) => (o.password !== undefined ? [[o.documentId, o.password] as const] : [])));
  const files: ExportFile[] = [];
  await engines.buildReviewExport({
    dossier: req.dossier,
    passwords,
    at: new Date(),
    original: async (doc) => {
      const b = originals.get(doc.id);
      if (!b) throw new Error(`The original of document ${doc.number} is not loaded; add it again.`);
      return b;
    },
    sink: async (file, bytes) => {
      files.push({ path: file, bytes });
    },
    onProgress: (done, total, document) => post({ type: 'progress', id: req.id, done, total, ...(document ? { label: document } : {}) }),
  });
  return { files };
}

/**
 * Handles one request and posts its messages: 'header' and 'progress' while it works, then
 * 'result' (or 'error' with the core's error code).
 */
export async function handleRequest(engines: Engines, req: WorkerRequest, post: Post): Promise<void> {
  try {
    switch (req.type) {
      case 'analyse': {
        const value = await analyse(engines, req, post);
        post({ type: 'result', id: req.id, value }, packedBuffers(value.pages));
        break;
      }
      case 'export': {
        const value = await exportBundle(engines, req, post);
        post({ type: 'result', id: req.id, value }, value.files.map((f) => f.bytes.buffer as ArrayBuffer));
        break;
      }
      case 'review-export': {
        const value = await reviewExport(engines, req, post);
        post({ type: 'result', id: req.id, value }, value.files.map((f) => f.bytes.buffer as ArrayBuffer));
        break;
      }
      case 'find-groups':
        post({ type: 'result', id: req.id, value: findGroups(req.documents.map((d) => ({ ...d, pages: unpackWords(d.pages) }))) });
        break;
      case 'read-marks':
        post({ type: 'result', id: req.id, value: await engines.readMarks(req.bytes, req.name, req.password) });
        break;
      default:
        throw missingCaseError(req);
    }
  } catch (err) {
    const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : 'internal';
    post({ type: 'error', id: req.id, code, message: err instanceof Error ? err.message : String(err), nl: err instanceof Error && 'nl' in err && typeof err.nl === 'string' ? err.nl : undefined });
  }
}
