/// <reference lib="webworker" />
/**
 * The core in a Web Worker (DESIGN.md "Long work runs off the UI thread"): reads a PDF's
 * text, runs the detectors, and builds the bundle, reporting progress as it goes. Bytes
 * in, bytes out; the UI thread never blocks on a 1,000-page document.
 */
import { openPdf, textOfPages, type PageText } from '../../../shared/pdf';
import { groupIntoLines, guessMetadata, sha256Hex } from '../../../shared/dossier';
import { LakstiftError } from '../../../shared/errors';
import type { AnalysisResult, WorkerMessage, WorkerRequest } from './protocol';
import { bundleEngine, suggestEngine } from './engines';

declare const self: DedicatedWorkerGlobalScope;

const post = (m: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(m, transfer);
const round = (x: number) => Math.round(x * 100) / 100;

async function analyse(id: number, name: string, bytes: Uint8Array, law: 'wob' | 'woo'): Promise<AnalysisResult> {
  const sha256 = sha256Hex(bytes);
  const file = await openPdf(bytes);
  const first = textOfPages(file, [1]);
  const lines = first[0] ? groupIntoLines(first[0].words.map((w) => ({ text: w.text, rect: w.rect }))) : [];
  let infoTitle: string | undefined;
  try {
    infoTitle = file.doc.getTitle();
  } catch {
    // A malformed info dictionary only costs a title guess.
  }
  const meta = guessMetadata(lines, infoTitle, name.split('/').pop() ?? name);
  post({ type: 'meta', id, meta: { sha256, pageCount: file.pageCount, title: meta.title, date: meta.date, fileType: meta.fileType } });

  const pages: PageText[] = [...first];
  // Page by page, yielding between batches, so progress reaches the UI while it works.
  for (let n = 2; n <= file.pageCount; n++) {
    pages.push(...textOfPages(file, [n]));
    if (n % 10 === 0 || n === file.pageCount) post({ type: 'progress', id, done: n, total: file.pageCount });
  }
  const words = pages.map((p) => ({ page: p.page, words: p.words.map((w) => ({ text: w.text, rect: w.rect.map(round) as [number, number, number, number] })) }));
  return { pages: words, suggestions: suggestEngine(pages, { law }) };
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  try {
    if (req.type === 'analyse') {
      post({ type: 'result', id: req.id, value: await analyse(req.id, req.name, req.bytes, req.law) });
    } else if (req.type === 'export') {
      const value = await bundleEngine({
        dossier: req.dossier,
        originals: new Map(req.originals.map((o) => [o.documentId, o.bytes])),
        tool: req.tool,
        onProgress: (done, total, label) => post({ type: 'progress', id: req.id, done, total, label }),
      });
      post({ type: 'result', id: req.id, value }, value.files.map((f) => f.bytes.buffer as ArrayBuffer));
    }
  } catch (err) {
    const code = err instanceof LakstiftError ? err.code : 'internal';
    post({ type: 'error', id: req.id, code, message: err instanceof Error ? err.message : String(err) });
  }
};
