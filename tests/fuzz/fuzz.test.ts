/**
 * The fuzz test of issue #13 (item 7), bounded in time: mutated copies of the real-producer
 * fixtures (byte flips, truncations, duplicated and deleted objects, swapped streams, extreme
 * numbers, deep nesting, junk, mutated content streams) each go through text, suggest and
 * redact in a worker, and must end within 30 s with success or a clear error. Seeded: a
 * failure names its case (seed/index), which `npm run fuzz -- --seed S --cases N` replays;
 * `npm run fuzz -- --minutes 30` runs longer before a release. Set LAKSTIFT_FUZZ_SECONDS to
 * change the budget (0 skips the test).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types, shared with scripts/fuzz.mjs
import { fuzz, makeCase, seedFiles } from '../../scripts/fuzz/harness.mjs';

const SECONDS = Number(process.env.LAKSTIFT_FUZZ_SECONDS ?? 100);
const SEED = Number(process.env.LAKSTIFT_FUZZ_SEED ?? 13);

describe('fuzzing', () => {
  it('makes the same file for the same seed and case', () => {
    const seeds = seedFiles();
    expect(seeds.length).toBeGreaterThan(5);
    const a = makeCase(SEED, 7, seeds), b = makeCase(SEED, 7, seeds);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.mutations.length).toBeGreaterThan(0);
  });

  it.skipIf(SECONDS <= 0)(`every mutated PDF ends with success or a clear error (seed ${SEED}, ${SECONDS} s)`, async () => {
    const result = await fuzz({ seconds: SECONDS, seed: SEED, caseTimeoutMs: 30_000 });
    const report = result.findings.map((f: { index: number; file: string; mutations: string[]; outcome: string; stage?: string; message?: string }) =>
      `case ${SEED}/${f.index} (${f.file}; ${f.mutations.join(', ')}): ${f.outcome} at ${f.stage}: ${f.message}`).join('\n');
    expect(report, `replay with: npm run fuzz -- --seed ${SEED} --cases <index + 1>`).toBe('');
    expect(result.cases).toBeGreaterThan(20);
    // Both outcomes occur: the mutations break files, and many still read.
    expect(result.outcomes.ok).toBeGreaterThan(0);
  }, (SECONDS + 90) * 1000);
});
