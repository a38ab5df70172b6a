#!/usr/bin/env node
// Writes the `fresh7` held-out split (.cache/corpus/fresh7): the templates of families.mjs beside
// this file with the names of names.mjs beside this file (no name part shared with train, test or
// fresh … fresh6), rendered by the real producers of ../producers.mjs and labelled by ../label.mjs.
// Deterministic from its seed; versioned by the hash of its own folder, the shared modules and the
// older splits' folders (its pools exclude theirs), so eval regenerates it when any of them changes.
//
//   npm run corpus:fresh7                 into .cache/corpus/fresh7 (if not up to date)
//   npm run corpus:fresh7 -- --force      regenerate
//   npm run corpus:fresh7 -- --pools      the fresh7 name pools and their sizes
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc.mjs';
import { Person } from '../people.mjs';
import { makeRun } from '../producers.mjs';
import { heldOutSplit, versionOf } from '../fresh/heldout.mjs';
import { FRESH7_FAMILIES } from './families.mjs';
import { buildFresh7Pools } from './names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');

/** When this split was written; eval prints it in the row's label. */
export const MADE = '2026-12-07';
/** The session it was written in (eval prints it too). */
export const SESSION = 'session 12';
export const FRESH7_DEFAULTS = { seed: 202612077, perFamily: 5, out: path.join(root, '.cache', 'corpus') };

/** Hash of the whole generator: the shared modules, the older splits' folders (its pools exclude theirs) and this folder. */
export function fresh7Version() {
  const parent = path.dirname(here);
  return versionOf([parent, ...['fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6'].map((f) => path.join(parent, f)), here]);
}

/** A Doc whose public officials and streets take the parts names.mjs reserves for them, which no person of the split carries. */
class Fresh7Doc extends Doc {
  official() {
    const withLast = this.pools.origins.filter((o) => o.officialLast.length);
    const firsts = this.pools.origins.flatMap((o) => o.officialFirst);
    for (let i = 0; i < 200; i++) {
      const o = this.rng.pick(withLast);
      const first = this.rng.pick(o.officialFirst.length ? o.officialFirst : firsts);
      const last = this.rng.pick(o.officialLast);
      const parts = [first, ...last.split(/[\s-]+/)];
      if (parts.some((x) => this.taken.has(x.toLowerCase()))) continue;
      // enscript prints Latin-1 only.
      if (this.format === 'txt' && /[^\u0000-\u00ff]/.test(parts.join(''))) continue;
      parts.forEach((x) => this.taken.add(x.toLowerCase()));
      const own = /^((?:\p{Ll}+['’]?\s)+)(.+)$/u.exec(last);
      return new Person({ origin: o.id, first, second: null, particle: own ? own[1].trim() : '', surname: own ? own[2] : last, female: this.rng.chance(0.5) });
    }
    throw new Error('no official name left');
  }
  street() {
    const o = this.rng.pick(this.pools.origins.filter((x) => x.officialLast.length));
    const last = this.rng.pick(o.officialLast.filter((x) => !this.taken.has(x.toLowerCase())));
    this.taken.add(last.toLowerCase());
    return `${last.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}${this.rng.pick(['straat', 'dijk', 'kade', 'hof'])} ${this.rng.int(2, 180)}`;
  }
}

const split = heldOutSplit({
  split: 'fresh7', prefix: 'z', made: MADE, generator: 'scripts/corpus/fresh7/generate.mjs', defaults: FRESH7_DEFAULTS,
  families: FRESH7_FAMILIES, buildPools: buildFresh7Pools, DocClass: Fresh7Doc, version: fresh7Version,
  run: makeRun('1765130000'), enscriptFonts: ['Bookman-Light10', 'AvantGarde-Book9', 'NewCenturySchlbk-Roman10'], poolWidths: [12, 4],
});

/** Plans the fresh7 documents (no producer runs yet). */
export const planFresh7 = split.plan;
export const fresh7UpToDate = split.upToDate;
/** Generates the fresh7 split into `dir` (replacing it). Returns the manifest. */
export const generateFresh7 = split.generate;
/** Makes sure `.cache/corpus/fresh7` exists and is current; generates it when not. */
export const ensureFresh7 = split.ensure;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  split.main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`corpus: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
