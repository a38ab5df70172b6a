/**
 * shared/engine.ts, bundle verification with workers (issue #17): `verifyHere` verifies each
 * output in the calling thread, with the same findings as the verify jobs spread over workers.
 */
import { describe, expect, it } from 'vitest';
import { acceptRedactions, addRedactions, createDossier } from '../../shared/dossier/actions';
import { admitDocuments, createEngines } from '../../shared/engine';
import { BundleError, buildBundle } from '../../shared/export/bundle';
import { catalogueFor } from '../../shared/export/grounds';
import type { FileRef, Job, JobRunner, ResultOf } from '../../shared/jobs';
import { nodeHost, reportFonts } from '../../node/host';
import { analyseFixture, engines, producerPdf } from '../helpers/engines';
import { boxesOf } from './redact/helpers';

const at = new Date('2024-03-05T10:00:00Z');
const ctx = { by: 'a.officer', at: at.toISOString() };
const NAME = 'enscript-email-thread.pdf';
const NUMBER = '070 - 426 64 26';

/** Two "workers" that answer in this thread, recording the kind of every job they are given. */
function recordingRunner(): JobRunner & { kinds: Job['kind'][] } {
  const ids = new WeakMap<Uint8Array, number>();
  let next = 1;
  const kinds: Job['kind'][] = [];
  return {
    size: 2,
    kinds,
    run<J extends Job>(job: J) {
      kinds.push(job.kind);
      return engines.runJob(job) as Promise<ResultOf<J>>;
    },
    fileRef(bytes: Uint8Array, name: string, password?: string): FileRef {
      if (!ids.has(bytes)) ids.set(bytes, next++);
      return { fileId: ids.get(bytes)!, bytes, name, ...(password !== undefined ? { password } : {}) };
    },
  };
}

/** The number redacted on page 1 and left readable on page 2, which nothing says is on purpose: a leak. */
async function leakyDossier() {
  const a = await analyseFixture(NAME);
  const empty = createDossier({ id: 'e1', title: 'Engine', law: 'woo', caseNumber: 'WOO-2024-3', matter: 'WOO-2024-3' }, ctx).dossier;
  let d = admitDocuments(empty, [{ ...a.doc, meta: { ...a.doc.meta, title: 'Draad', date: '2025-02-12' } }], [null], ctx).dossier;
  d = addRedactions(d, [{ documentId: 'd1', page: 1, rects: boxesOf(producerPdf(NAME), 1, NUMBER), grounds: ['5.1.2e'], text: NUMBER }], ctx).dossier;
  d = acceptRedactions(d, d.redactions.map((r) => r.id), ctx).dossier;
  return { dossier: d, bytes: a.bytes };
}

describe('bundle verification with workers', () => {
  it('verifyHere gives no verify job to the workers and finds the same leak as the verify jobs do', async () => {
    const { dossier, bytes } = await leakyDossier();
    const leaks: string[][] = [];
    for (const verifyHere of [true, false]) {
      const runner = recordingRunner();
      const e = createEngines({ ...nodeHost({ ocr: false }), jobs: runner });
      const err = await buildBundle({
        dossier, original: async () => bytes, engines: e.bundleEngines('woo', undefined, { verifyHere }), fonts: reportFonts(), catalogue: catalogueFor('woo'),
        tool: { name: 'Lakstift', version: 'test' }, at, sink: async () => undefined,
      }).catch((x: unknown) => x);
      expect(err, `verifyHere ${verifyHere}`).toBeInstanceOf(BundleError);
      leaks.push((err as BundleError).leaks.map((l) => `${l.finding.kind} ${l.finding.page ?? ''} ${l.finding.text ?? ''}`));
      const verifyJobs = runner.kinds.filter((k) => k === 'verify-pages' || k === 'verify-file').length;
      if (verifyHere) expect(verifyJobs).toBe(0);
      else expect(verifyJobs).toBeGreaterThan(0);
    }
    expect(leaks[0]!.some((l) => l.includes(' 2 '))).toBe(true);
    expect(leaks[0]).toEqual(leaks[1]);
  });
});
