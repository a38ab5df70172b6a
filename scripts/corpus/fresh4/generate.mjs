#!/usr/bin/env node
// Writes the `fresh4` held-out split (.cache/corpus/fresh4): the templates of families.mjs beside
// this file with names from names.mjs beside this file (no name part shared with train, test,
// fresh, fresh2 or fresh3), rendered by the real producers of ../producers.mjs and labelled by
// ../label.mjs, through the shared held-out writer ../fresh/heldout.mjs. Deterministic from its
// seed. It lives in its own folder so that adding it changed neither the plans nor the generator
// versions of the other splits (each hashes only its own folders).
//
//   npm run corpus:fresh4                 into .cache/corpus/fresh4 (if not up to date)
//   npm run corpus:fresh4 -- --force      regenerate
//   npm run corpus:fresh4 -- --pools      the fresh4 name pools and their sizes
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc.mjs';
import { makePerson } from '../people.mjs';
import { makeRun } from '../producers.mjs';
import { heldOutSplit, versionOf } from '../fresh/heldout.mjs';
import { FRESH4_FAMILIES } from './families.mjs';
import { buildFresh4Pools } from './names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');

/** When this split was written; eval prints it in the row's label. */
export const MADE = '2026-12-07';
/** The session it was written in (eval's row label). */
export const SESSION = 'session 8';
export const FRESH4_DEFAULTS = { seed: 202612074, perFamily: 5, out: path.join(root, '.cache', 'corpus') };

/** Hash of the whole generator (this folder, the shared modules, and the older pools it excludes). */
export function fresh4Version() {
  const parent = path.dirname(here);
  return versionOf([parent, path.join(parent, 'fresh'), path.join(parent, 'fresh2'), path.join(parent, 'fresh3'), here]);
}

/**
 * Whether a name part (a surname or a given name) is one of the fifth kept for public officials
 * and street names (FNV-1a of its lower case, a seed of its own so that the choice differs from
 * fresh3's). Given names are reserved too: a detector that links a person's first name across the
 * dossier should not meet an alderman called like a clerk of another document.
 */
export function reservedPart(part) {
  let h = 0x9e3779b9;
  for (const c of part.toLowerCase()) h = Math.imul(h ^ c.codePointAt(0), 0x01000193) >>> 0;
  return h % 5 === 0;
}
const byKind = new WeakMap();
/** The pools a person (`official` false) or a public official and street (`official` true) is drawn from. */
function poolsFor(pools, official) {
  if (!byKind.has(pools)) {
    const part = (keep) => ({ ...pools, origins: pools.origins.map((o) => ({ ...o, first: o.first.filter((f) => reservedPart(f) === keep), last: o.last.filter((l) => reservedPart(l) === keep) }))
      .filter((o) => o.first.length && o.last.length) });
    byKind.set(pools, { person: part(false), official: part(true) });
  }
  return byKind.get(pools)[official ? 'official' : 'person'];
}

/**
 * A Doc whose public officials and streets come from the fresh4 pools, from a fifth of the
 * given names and surnames that no other person of the split carries (eval reads a folder as one dossier). About
 * one person in ten carries a partner's surname after " - " ("Wiersma - Okonkwo"), the spaced
 * form of a double surname that the shared people.mjs does not write.
 */
class Fresh4Doc extends Doc {
  person(opts) {
    const pools = poolsFor(this.pools, false);
    const per = makePerson(this.rng, pools, this.taken, { latin1: this.format === 'txt', ...opts });
    if (!opts?.noDouble && !per.surname.includes('-') && this.rng.chance(0.1)) {
      for (let i = 0; i < 20; i++) {
        const o = this.rng.pick(pools.origins);
        const partner = this.rng.pick(o.last);
        const parts = partner.split(/[\s-]+/);
        if (parts.some((w) => this.taken.has(w.toLowerCase()))) continue;
        if (this.format === 'txt' && /[^\u0000-\u00ff]/.test(partner)) continue;
        for (const w of parts) this.taken.add(w.toLowerCase());
        per.surname = `${per.surname} - ${partner}`;
        break;
      }
    }
    this.people.push(per);
    return per;
  }
  official(opts) { return makePerson(this.rng, poolsFor(this.pools, true), this.taken, { noDouble: true, ...opts }); }
  street() {
    const origins = poolsFor(this.pools, true).origins.filter((x) => x.last.some((l) => !/\s/.test(l)));
    const o = this.rng.pick(origins);
    const last = this.rng.pick(o.last.filter((x) => !/\s/.test(x) && !x.split('-').some((w) => this.taken.has(w.toLowerCase()))));
    for (const w of last.split('-')) this.taken.add(w.toLowerCase());
    return `${last}${this.rng.pick(['straat', 'hof', 'singel', 'laan', 'plantsoen'])} ${this.rng.int(1, 200)}${this.rng.pick(['', '', 'a', '-3'])}`;
  }
}

const split = heldOutSplit({
  split: 'fresh4', prefix: 'q', made: MADE, generator: 'scripts/corpus/fresh4/generate.mjs', defaults: FRESH4_DEFAULTS,
  families: FRESH4_FAMILIES, buildPools: buildFresh4Pools, DocClass: Fresh4Doc, version: fresh4Version,
  run: makeRun('1765324800'), enscriptFonts: ['Times-Roman10', 'Courier-Bold10', 'Helvetica-Narrow10'], poolWidths: [13, 4],
});

/** Plans the fresh4 documents (no producer runs yet). */
export const planFresh4 = split.plan;
export const fresh4UpToDate = split.upToDate;
/** Generates the fresh4 split into `dir` (replacing it). Returns the manifest. */
export const generateFresh4 = split.generate;
/** Makes sure `.cache/corpus/fresh4` exists and is current; generates it when not. */
export const ensureFresh4 = split.ensure;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  split.main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`corpus: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
