#!/usr/bin/env node
// Writes the `fresh2` held-out split (.cache/corpus/fresh2): the templates of families.mjs beside
// this file with names from names.mjs beside this file (no name part shared with train, test or
// fresh), rendered by the real producers of ../producers.mjs and labelled by ../label.mjs.
// Deterministic from its seed. It lives in its own folder so that adding it changed neither the
// plans nor the generator versions of the other splits (each hashes only its own folders).
//
//   npm run corpus:fresh2                 into .cache/corpus/fresh2 (if not up to date)
//   npm run corpus:fresh2 -- --force      regenerate
//   npm run corpus:fresh2 -- --pools      the fresh2 name pools and their sizes
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc.mjs';
import { makePerson } from '../people.mjs';
import { makeRun } from '../producers.mjs';
import { heldOutSplit, versionOf } from '../fresh/heldout.mjs';
import { FRESH2_FAMILIES } from './families.mjs';
import { buildFresh2Pools } from './names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');

/** When this split was written; eval prints it in the row's label. */
export const MADE = '2026-12-07';
export const FRESH2_DEFAULTS = { seed: 20261207, perFamily: 4, out: path.join(root, '.cache', 'corpus') };

/** Hash of the whole generator (this folder, the shared modules in the parent folder, and the fresh pools it excludes). */
export function fresh2Version() {
  return versionOf([path.dirname(here), path.join(path.dirname(here), 'fresh'), here]);
}

/** A Doc whose public officials and streets come from the fresh2 pools (fresh2 has no Dutch pool). */
class Fresh2Doc extends Doc {
  official(opts) { return makePerson(this.rng, this.pools, this.taken, { noDouble: true, ...opts }); }
  street() {
    const o = this.rng.pick(this.pools.origins);
    const last = this.rng.pick(o.last.filter((x) => !x.split(/[\s-]+/).some((w) => this.taken.has(w.toLowerCase()))));
    for (const w of last.split(/[\s-]+/)) this.taken.add(w.toLowerCase());
    return `${last}${this.rng.pick(['straat', 'hof', 'plantsoen'])} ${this.rng.int(1, 240)}`;
  }
}

const split = heldOutSplit({
  split: 'fresh2', prefix: 'g', made: MADE, generator: 'scripts/corpus/fresh2/generate.mjs', defaults: FRESH2_DEFAULTS,
  families: FRESH2_FAMILIES, buildPools: buildFresh2Pools, DocClass: Fresh2Doc, version: fresh2Version,
  run: makeRun('1765065600'), enscriptFonts: ['Courier9', 'Courier-Bold9', 'Courier10'], poolWidths: [10, 4],
});

/** Plans the fresh2 documents (no producer runs yet). */
export const planFresh2 = split.plan;
export const fresh2UpToDate = split.upToDate;
/** Generates the fresh2 split into `dir` (replacing it). Returns the manifest. */
export const generateFresh2 = split.generate;
/** Makes sure `.cache/corpus/fresh2` exists and is current; generates it when not. */
export const ensureFresh2 = split.ensure;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  split.main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`corpus: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
