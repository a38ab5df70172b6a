#!/usr/bin/env node
// Writes the `fresh` held-out split (.cache/corpus/fresh): the templates of families.mjs beside
// this file with names from names.mjs beside this file (no name part shared with train or test),
// rendered by the real producers of ../producers.mjs and labelled by ../label.mjs.
// Deterministic from its seed. It lives apart from ../generate.mjs so that adding it changes
// neither the train/test plans nor their generator version (../generate.mjs hashes only the
// .mjs files of its own folder).
//
//   npm run corpus:fresh                 into .cache/corpus/fresh (if not up to date)
//   npm run corpus:fresh -- --force      regenerate
//   npm run corpus:fresh -- --pools      the fresh name pools and their sizes
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc.mjs';
import { makePerson } from '../people.mjs';
import { makeRun } from '../producers.mjs';
import { heldOutSplit, versionOf } from './heldout.mjs';
import { FRESH_FAMILIES } from './families.mjs';
import { buildFreshPools } from './names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');

/** When this split was written; eval prints it in the row's label. */
export const MADE = '2026-12-06';
export const FRESH_DEFAULTS = { seed: 20261206, perFamily: 5, out: path.join(root, '.cache', 'corpus') };

/** Hash of the whole generator (this folder and the shared modules in the parent folder). */
export function freshVersion() {
  return versionOf([path.dirname(here), here]);
}

/** A Doc whose public officials and streets come from the fresh pools (the fresh split has no Dutch pool). */
class FreshDoc extends Doc {
  official(opts) { return makePerson(this.rng, this.pools, this.taken, { noDouble: true, ...opts }); }
  street() {
    const o = this.rng.pick(this.pools.origins);
    const last = this.rng.pick(o.last.filter((x) => !this.taken.has(x.toLowerCase())));
    this.taken.add(last.toLowerCase());
    return `${last}${this.rng.pick(['straat', 'laan'])} ${this.rng.int(1, 240)}`;
  }
}

const split = heldOutSplit({
  split: 'fresh', prefix: 'f', made: MADE, generator: 'scripts/corpus/fresh/generate.mjs', defaults: FRESH_DEFAULTS,
  families: FRESH_FAMILIES, buildPools: buildFreshPools, DocClass: FreshDoc, version: freshVersion,
  run: makeRun('1765000000'), enscriptFonts: ['Courier10', 'Courier11', 'Courier-Bold10'], poolWidths: [14, 5],
});

/** Plans the fresh documents (no producer runs yet). */
export const planFresh = split.plan;
export const freshUpToDate = split.upToDate;
/** Generates the fresh split into `dir` (replacing it). Returns the manifest. */
export const generateFresh = split.generate;
/** Makes sure `.cache/corpus/fresh` exists and is current; generates it when not. */
export const ensureFresh = split.ensure;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  split.main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`corpus: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
