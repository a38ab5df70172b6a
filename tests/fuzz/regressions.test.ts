/**
 * Findings of the fuzzer, kept as regression fixtures (tests/fixtures/fuzz/<seed>-<index>.pdf
 * with what went wrong in the .json beside it): each must now end with success or a clear
 * error, within the fuzzer's limits (30 s, 1 GB), through text, suggest and redact.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types, shared with scripts/fuzz.mjs
import { buildPipeline, isFinding, REGRESSIONS } from '../../scripts/fuzz/harness.mjs';
import { ROOT } from '../helpers/paths';

const files = readdirSync(REGRESSIONS).filter((f) => f.endsWith('.pdf')).sort();
const labelFont = new Uint8Array(readFileSync(path.join(ROOT, 'assets', 'fonts', 'DejaVuSans.ttf')));
let worker: Worker;
let seq = 0;

function run(bytes: Uint8Array): Promise<{ outcome: string; stage?: string; message?: string }> {
  const id = ++seq;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no result within 30 s')), 30_000);
    const onMessage = (m: { id: number; result: { outcome: string } }) => {
      if (m.id !== id) return;
      clearTimeout(timer);
      worker.off('message', onMessage);
      resolve(m.result);
    };
    worker.on('message', onMessage);
    worker.once('error', (e) => { clearTimeout(timer); reject(e); });
    worker.postMessage({ id, bytes, labelFont });
  });
}

describe('fuzz findings stay fixed', () => {
  beforeAll(async () => {
    worker = new Worker(await buildPipeline(), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  }, 60_000);
  afterAll(async () => {
    await worker?.terminate();
  });

  it('has regression fixtures', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', async (name) => {
    const result = await run(new Uint8Array(readFileSync(path.join(REGRESSIONS, name))));
    expect(isFinding(result), `${result.outcome} at ${result.stage}: ${result.message}`).toBe(false);
  }, 60_000);
});
