/**
 * The document type the app shows for real producers' PDFs (tests/fixtures/producers): the words
 * come from the app's own worker, as in the app.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngines } from '../../shared/engine';
import { recogniseType, unpackWords, type PageWords } from '../../shared/app';
import { handleRequest } from '../../renderer/src/worker/core';
import type { AnalysisResult, WorkerMessage } from '../../renderer/src/worker/protocol';
import { nodeHost } from '../../node/host';
import { producerPdf } from '../helpers/engines';

async function words(file: string): Promise<PageWords[]> {
  const messages: WorkerMessage[] = [];
  await handleRequest(createEngines(nodeHost()), { type: 'analyse', id: 1, name: file, bytes: new Uint8Array(readFileSync(producerPdf(file))), law: 'woo' }, (m) => messages.push(m));
  const last = messages.at(-1)!;
  if (last.type !== 'result') throw new Error(`analysis of ${file} failed: ${JSON.stringify(last)}`);
  return unpackWords((last.value as AnalysisResult).pages);
}

describe('the Type column for documents of real producers', () => {
  it.each([
    ['soffice-email.pdf', 'e-mail'],
    ['enscript-email.pdf', 'e-mail'],
    ['enscript-email-thread.pdf', 'e-mail'],
    ['soffice-letter.pdf', 'brief'],
    ['soffice-memo.pdf', 'nota'],
  ])('%s is recognised as %s, with a reason', async (file, type) => {
    const t = recogniseType(await words(file));
    expect(t.type).toBe(type);
    expect(t.reason.startsWith(`${type}: `)).toBe(true);
  });
});
