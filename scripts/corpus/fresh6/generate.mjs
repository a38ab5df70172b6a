#!/usr/bin/env node
// Writes the `fresh6` held-out split (.cache/corpus/fresh6), made in session 12 when (f5) became a
// development split: the templates of families.mjs beside this file with names from names.mjs
// beside this file (no name part shared with any older split), rendered by the real producers of
// ../producers.mjs and labelled by ../label.mjs, through the shared writer ../fresh/heldout.mjs.
// Deterministic from its seed. It lives in its own folder so that adding it changes neither the
// plans nor the generator versions of the other splits (each hashes only its own folders).
//
//   npm run corpus:fresh6                 into .cache/corpus/fresh6 (if not up to date)
//   npm run corpus:fresh6 -- --force      regenerate
//   npm run corpus:fresh6 -- --pools      the fresh6 name pools and their sizes
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc.mjs';
import { Person } from '../people.mjs';
import { makeRun } from '../producers.mjs';
import { heldOutSplit, versionOf } from '../fresh/heldout.mjs';
import { FRESH6_FAMILIES } from './families.mjs';
import { buildFresh6Pools } from './names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');

/** When this split was written; eval prints it in the row's label. */
export const MADE = '2026-12-07';
/** The session it was written in (eval prints it too). */
export const SESSION = 'session 12';
export const FRESH6_DEFAULTS = { seed: 202612076, perFamily: 5, out: path.join(root, '.cache', 'corpus') };

/** Hash of the whole generator: the shared modules, the older splits' folders (its pools exclude theirs) and this folder. */
export function fresh6Version() {
  const parent = path.dirname(here);
  return versionOf([parent, ...['fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5'].map((f) => path.join(parent, f)), here]);
}

/** A Doc whose public officials and streets take the parts names.mjs reserves for them, which no person of the split carries. */
class Fresh6Doc extends Doc {
  official() {
    const withLast = this.pools.origins.filter((o) => o.officialLast.length);
    const firsts = this.pools.origins.flatMap((o) => o.officialFirst);
    for (let i = 0; i < 200; i++) {
      const o = this.rng.pick(withLast);
      const first = this.rng.pick(o.officialFirst.length ? o.officialFirst : firsts);
      const last = this.rng.pick(o.officialLast);
      const parts = [first, ...last.split(/[\s-]+/)];
      if (parts.some((x) => this.taken.has(x.toLowerCase()))) continue;
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
    return `${last.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}${this.rng.pick(['straat', 'weg', 'kade', 'laan'])} ${this.rng.int(2, 180)}`;
  }
}

const split = heldOutSplit({
  split: 'fresh6', prefix: 'x', made: MADE, generator: 'scripts/corpus/fresh6/generate.mjs', defaults: FRESH6_DEFAULTS,
  families: FRESH6_FAMILIES, buildPools: buildFresh6Pools, DocClass: Fresh6Doc, version: fresh6Version,
  run: makeRun('1765120000'), enscriptFonts: ['Courier-Bold10', 'Times-Roman11', 'Helvetica10'], poolWidths: [12, 4],
});

/** Plans the fresh6 documents (no producer runs yet). */
export const planFresh6 = split.plan;
export const fresh6UpToDate = split.upToDate;
/** Generates the fresh6 split into `dir` (replacing it). Returns the manifest. */
export const generateFresh6 = split.generate;
/** Makes sure `.cache/corpus/fresh6` exists and is current; generates it when not. */
export const ensureFresh6 = split.ensure;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  split.main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`corpus: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
