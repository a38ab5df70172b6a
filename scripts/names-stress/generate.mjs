#!/usr/bin/env node
// Writes the names stress set (issue #11, session 11): invented documents through LibreOffice
// Writer (the corpus generator's real producer) that put persons of many origins in every
// position the issue names, labelled by the corpus labeller, with the POSITION CLASS in each name
// item's `origin` field. Measure it with eval's custom folder; "name recall by origin" is then the
// recall per position class:
//
//   node scripts/names-stress/generate.mjs [--force] [--seed N] [--per-family N] [--out DIR]
//   node scripts/eval.mjs /tmp/lakstift-names-stress/stress --no-redact [--verbose]
//
// It measures; nothing trains on it (assets/names-model/synthetic.mjs writes its own lines).
import path from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Doc } from '../corpus/doc.mjs';
import { makeRun } from '../corpus/producers.mjs';
import { heldOutSplit, versionOf } from '../corpus/fresh/heldout.mjs';
import { STRESS_FAMILIES } from './families.mjs';
import { buildStressPools } from './pools.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const split = heldOutSplit({
  split: 'stress', prefix: 'n', made: '2026-12-07', generator: 'scripts/names-stress/generate.mjs',
  defaults: { seed: 20261211, perFamily: 16, out: path.join(tmpdir(), 'lakstift-names-stress') },
  families: STRESS_FAMILIES, buildPools: buildStressPools, DocClass: Doc,
  version: () => versionOf([path.join(here, '..', 'corpus'), path.join(here, '..', 'corpus', 'fresh'), here]),
  run: makeRun('1765324800'), enscriptFonts: ['Times-Roman10'], poolWidths: [12, 4],
});

export const ensureStress = split.ensure;
/** The planned documents (no producer run): their persons carry their origin. */
export const planStress = split.plan;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  split.main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`names-stress: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
