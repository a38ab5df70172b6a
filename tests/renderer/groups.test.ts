/**
 * Copies, threads and families are found in the app's worker (renderer/src/worker/core.ts), off
 * the UI thread (issue #17): from the packed words the analysis returned, the same groups as
 * the copy finder gives on the unpacked words, and the dossier the controller then proposes
 * them in is the one it made when it found them itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDossier } from '../../shared/dossier/actions';
import { findGroups, type FoundGroup } from '../../shared/dossier/copies';
import { copyInputs, groupDocuments } from '../../shared/dossier/groups';
import { admitDocuments, createEngines } from '../../shared/engine';
import { handleRequest } from '../../renderer/src/worker/core';
import type { AnalysisResult, WorkerMessage, WorkerRequest } from '../../renderer/src/worker/protocol';
import { unpackWords } from '../../shared/app/packedWords';
import { nodeHost } from '../../node/host';
import { producerPdf } from '../helpers/engines';

async function worker<T>(req: WorkerRequest): Promise<T> {
  const messages: WorkerMessage[] = [];
  await handleRequest(createEngines(nodeHost()), req, (m) => messages.push(m));
  const last = messages.at(-1)!;
  if (last.type !== 'result') throw new Error(`the worker ended with ${last.type}: ${last.type === 'error' ? last.message : ''}`);
  return last.value as T;
}

describe('the copy finder in the worker', () => {
  it('finds the groups of the unpacked words from the packed ones, and the dossier comes out the same', async () => {
    // Two mailboxes' copies of one e-mail, and a thread that quotes another e-mail.
    const files = ['soffice-email.pdf', 'enscript-email.pdf', 'soffice-email.pdf', 'enscript-email-thread.pdf'];
    const analysed: AnalysisResult[] = [];
    for (const [i, f] of files.entries()) analysed.push(await worker<AnalysisResult>({ type: 'analyse', id: i, name: `${i + 1}-${f}`, bytes: new Uint8Array(readFileSync(producerPdf(f))), law: 'woo' }));
    const ctx = { by: 'tester', at: '2026-12-07T06:00:00.000Z' };
    const empty = createDossier({ id: 'groepen', title: 'Groepen', law: 'woo', caseNumber: 'Woo-1' }, ctx).dossier;
    const { dossier: d, documentIds } = admitDocuments(empty, analysed.map((a) => a.header), [], ctx);
    const packed = new Map(documentIds.map((id, i) => [id, analysed[i].pages]));
    const words = new Map(documentIds.map((id, i) => [id, unpackWords(analysed[i].pages)]));

    const found = await worker<FoundGroup[]>({ type: 'find-groups', id: 9, documents: copyInputs(d, packed) });
    expect(found).toEqual(findGroups(copyInputs(d, words)));
    expect(found.find((g) => g.kind === 'duplicate')?.documentIds).toEqual([documentIds[0], documentIds[2]]);
    expect(groupDocuments(d, words, ctx, found)).toEqual(groupDocuments(d, words, ctx));
    expect(groupDocuments(d, words, ctx, found).groups).toBeGreaterThan(0);
  });

  it('leaves out a group naming a document the dossier no longer has', () => {
    const ctx = { by: 'tester', at: '2026-12-07T06:00:00.000Z' };
    const d = createDossier({ id: 'leeg', title: 'Leeg', law: 'woo', caseNumber: 'Woo-2' }, ctx).dossier;
    const gone: FoundGroup = { kind: 'duplicate', documentIds: ['d1', 'd2'], similarity: 1, reason: 'dezelfde tekst' };
    expect(groupDocuments(d, new Map(), ctx, [gone]).groups).toBe(0);
  });
});
