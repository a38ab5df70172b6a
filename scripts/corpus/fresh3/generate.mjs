#!/usr/bin/env node
// Writes the `fresh3` held-out split (.cache/corpus/fresh3): the templates of families.mjs beside
// this file with names from names.mjs beside this file (no name part shared with train, test,
// fresh or fresh2), rendered by the real producers of ../producers.mjs and labelled by
// ../label.mjs, through the shared held-out writer ../fresh/heldout.mjs. Deterministic from its
// seed. It lives in its own folder so that adding it changed neither the plans nor the generator
// versions of the other splits (each hashes only its own folders).
//
//   npm run corpus:fresh3                 into .cache/corpus/fresh3 (if not up to date)
//   npm run corpus:fresh3 -- --force      regenerate
//   npm run corpus:fresh3 -- --pools      the fresh3 name pools and their sizes
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc.mjs';
import { makePerson } from '../people.mjs';
import { makeRun } from '../producers.mjs';
import { heldOutSplit, versionOf } from '../fresh/heldout.mjs';
import { FRESH3_FAMILIES } from './families.mjs';
import { buildFresh3Pools } from './names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');

/** When this split was written; eval prints it in the row's label. */
export const MADE = '2026-12-07';
/** The session it was written in (eval's row label). */
export const SESSION = 'session 6';
export const FRESH3_DEFAULTS = { seed: 202612073, perFamily: 4, out: path.join(root, '.cache', 'corpus') };

/** Hash of the whole generator (this folder, the shared modules, and the fresh/fresh2 pools it excludes). */
export function fresh3Version() {
  const parent = path.dirname(here);
  return versionOf([parent, path.join(parent, 'fresh'), path.join(parent, 'fresh2'), here]);
}

/** Whether a surname is one of the fifth kept for public officials and street names (FNV-1a of its lower case). */
export function reservedSurname(last) {
  let h = 0x811c9dc5;
  for (const c of last.toLowerCase()) h = Math.imul(h ^ c.codePointAt(0), 0x01000193) >>> 0;
  return h % 5 === 0;
}
const byKind = new WeakMap();
/** The pools a person (`official` false) or a public official and street (`official` true) is drawn from. */
function poolsFor(pools, official) {
  if (!byKind.has(pools)) {
    const part = (keep) => ({ ...pools, origins: pools.origins.map((o) => ({ ...o, last: o.last.filter((l) => reservedSurname(l) === keep) })).filter((o) => o.last.length) });
    byKind.set(pools, { person: part(false), official: part(true) });
  }
  return byKind.get(pools)[official ? 'official' : 'person'];
}

/**
 * A Doc whose public officials and streets come from the fresh3 pools (fresh3 has no Dutch pool),
 * from a fifth of the surnames that no other person of the split carries: eval reads a folder as
 * one dossier, and an alderman who shares a surname with a clerk in another document would be
 * neither realistic nor fair to a detector that links a person's mentions across documents.
 */
class Fresh3Doc extends Doc {
  person(opts) {
    const per = makePerson(this.rng, poolsFor(this.pools, false), this.taken, { latin1: this.format === 'txt', ...opts });
    this.people.push(per);
    return per;
  }
  official(opts) { return makePerson(this.rng, poolsFor(this.pools, true), this.taken, { noDouble: true, ...opts }); }
  street() {
    const origins = poolsFor(this.pools, true).origins.filter((x) => x.last.some((l) => !/\s/.test(l)));
    const o = this.rng.pick(origins);
    const last = this.rng.pick(o.last.filter((x) => !/\s/.test(x) && !x.split('-').some((w) => this.taken.has(w.toLowerCase()))));
    for (const w of last.split('-')) this.taken.add(w.toLowerCase());
    return `${last}${this.rng.pick(['weg', 'kade', 'park', 'dreef'])} ${this.rng.int(1, 300)}`;
  }
}

const split = heldOutSplit({
  split: 'fresh3', prefix: 'h', made: MADE, generator: 'scripts/corpus/fresh3/generate.mjs', defaults: FRESH3_DEFAULTS,
  families: FRESH3_FAMILIES, buildPools: buildFresh3Pools, DocClass: Fresh3Doc, version: fresh3Version,
  run: makeRun('1765152000'), enscriptFonts: ['Courier-Oblique10', 'Helvetica10', 'Courier11'], poolWidths: [11, 4],
});

/** Plans the fresh3 documents (no producer runs yet). */
export const planFresh3 = split.plan;
export const fresh3UpToDate = split.upToDate;
/** Generates the fresh3 split into `dir` (replacing it). Returns the manifest. */
export const generateFresh3 = split.generate;
/** Makes sure `.cache/corpus/fresh3` exists and is current; generates it when not. */
export const ensureFresh3 = split.ensure;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  split.main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`corpus: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
