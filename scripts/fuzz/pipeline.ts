/**
 * What the fuzzer runs on each mutated PDF (bundled by scripts/fuzz/harness.mjs and run in a
 * worker thread, so that a hang can be stopped and a runaway allocation is contained): the
 * text model of every page, suggestions, a redaction (the suggestions plus a box on every
 * page), and reading the redacted file back. The outcome is 'ok', the code of a clear error,
 * or a crash with its stack (a finding).
 */
import { parentPort } from 'node:worker_threads';
import { openPdf, interpretPage, pageText, type PageText } from '../../shared/pdf';
import { LakstiftError } from '../../shared/errors';
import { suggestDocument } from '../../shared/detect';
import { redactDocument } from '../../shared/redact';
import type { RedactionDecision } from '../../shared/contract';

export interface CaseResult {
  outcome: string;
  stage?: string;
  message?: string;
  stack?: string;
  pages?: number;
}

let stage = '';
// pdf-lib reports what it repairs on the console; the outcome says all that matters here.
console.log = console.warn = console.error = () => {};

async function run(bytes: Uint8Array, labelFont: Uint8Array): Promise<CaseResult> {
  stage = 'open';
  const file = await openPdf(bytes);
  stage = 'text';
  const pages: PageText[] = [];
  for (let i = 0; i < file.pageCount; i++) pages.push(pageText(interpretPage(file, i, { marks: true }), i + 1));
  stage = 'suggest';
  const { suggestions } = suggestDocument(pages, { law: 'wob' });
  stage = 'redact';
  const redactions: RedactionDecision[] = suggestions.map((s) => ({ page: s.page, rects: s.rects, grounds: s.grounds, text: s.text }));
  for (const p of pages) redactions.push({ page: p.page, rects: [[40, 60, 300, 140]], grounds: ['10.2.e'] });
  const { bytes: out } = await redactDocument(bytes, { redactions }, { labelFont });
  stage = 'reopen';
  const again = await openPdf(out);
  for (let i = 0; i < again.pageCount; i++) pageText(interpretPage(again, i), i + 1);
  return { outcome: 'ok', pages: file.pageCount };
}

parentPort?.on('message', async (m: { id: number; bytes: Uint8Array; labelFont: Uint8Array }) => {
  let result: CaseResult;
  try {
    result = await run(m.bytes, m.labelFont);
  } catch (e) {
    if (e instanceof LakstiftError && !/\n/.test(e.message)) result = { outcome: e.code, stage, message: e.message };
    else result = { outcome: 'crash', stage, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined };
  }
  parentPort!.postMessage({ id: m.id, result });
});
