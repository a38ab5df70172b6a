#!/usr/bin/env node
// Writes the `fresh5` held-out split (.cache/corpus/fresh5): the templates of families.mjs beside
// this file with names from names.mjs beside this file (no name part shared with train, test,
// fresh, fresh2, fresh3 or fresh4), rendered by the real producers of ../producers.mjs and
// labelled by ../label.mjs, through the shared held-out writer ../fresh/heldout.mjs.
// Deterministic from its seed. It lives in its own folder so that adding it changed neither the
// plans nor the generator versions of the other splits (each hashes only its own folders).
//
//   npm run corpus:fresh5                 into .cache/corpus/fresh5 (if not up to date)
//   npm run corpus:fresh5 -- --force      regenerate
//   npm run corpus:fresh5 -- --pools      the fresh5 name pools and their sizes
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc.mjs';
import { makePerson } from '../people.mjs';
import { makeRun } from '../producers.mjs';
import { heldOutSplit, versionOf } from '../fresh/heldout.mjs';
import { FRESH5_FAMILIES } from './families.mjs';
import { buildFresh5Pools, genderOf } from './names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');

/** When this split was written; eval prints it in the row's label. */
export const MADE = '2026-12-07';
/** The session it was written in (eval's row label). */
export const SESSION = 'session 9';
export const FRESH5_DEFAULTS = { seed: 202612075, perFamily: 5, out: path.join(root, '.cache', 'corpus') };

/** Hash of the whole generator (this folder, the shared modules, and the older pools it excludes). */
export function fresh5Version() {
  const parent = path.dirname(here);
  return versionOf([parent, ...['fresh', 'fresh2', 'fresh3', 'fresh4'].map((f) => path.join(parent, f)), here]);
}

/**
 * Whether a name part (a surname or a given name) is one of the fifth kept for public officials
 * and street names (FNV-1a of its lower case from a seed of its own, so the choice differs from
 * fresh3's and fresh4's): no person of the split carries a reserved part.
 */
export function reservedPart(part) {
  let h = 0x2545f491;
  for (const c of part.toLowerCase()) h = Math.imul(h ^ c.codePointAt(0), 0x01000193) >>> 0;
  return h % 5 === 0;
}
const byKind = new WeakMap();
/** The pools a person (`official` false) or a public official and street (`official` true) is drawn from. */
function poolsFor(pools, official) {
  if (!byKind.has(pools)) {
    // By word too: "Riera i Solé" is no person's surname when "Riera" is an official's.
    const wordsOf = (x) => x.split(/[\s–-]+/).filter((w) => /^\p{Lu}/u.test(w));
    const all = pools.origins.flatMap((o) => [...o.first, ...o.last]);
    const officialWords = new Set(all.filter((x) => reservedPart(x)).flatMap(wordsOf));
    const ok = (x, keep) => (keep ? reservedPart(x) : !reservedPart(x) && !wordsOf(x).some((w) => officialWords.has(w)));
    const part = (keep) => ({ ...pools, origins: pools.origins.map((o) => ({ ...o, first: o.first.filter((f) => ok(f, keep)), last: o.last.filter((l) => ok(l, keep)) }))
      .filter((o) => o.first.length && o.last.length) });
    byKind.set(pools, { person: part(false), official: part(true) });
  }
  return byKind.get(pools)[official ? 'official' : 'person'];
}

/** Dutch-rare surnames take one of their rare particles; a name that marks its gender sets it. */
function finish(rng, per, origins) {
  const o = origins.find((x) => x.id === per.origin);
  if (o?.rareParticles && !per.particle && rng.chance(0.8)) per.particle = rng.pick(o.rareParticles);
  const g = genderOf(per.origin, per.surname);
  if (g !== null) per.female = g;
  return per;
}

/**
 * A Doc whose public officials and streets come from the fresh5 pools, from a fifth of the given
 * names and surnames that no other person of the split carries (eval reads a folder as one
 * dossier). About one person in twelve carries a partner's surname in a form the other splits do
 * not write: joined by an en dash ("Fotso–Bērziņa") or after "e/v" (echtgenote/echtgenoot van).
 */
class Fresh5Doc extends Doc {
  person(opts) {
    const pools = poolsFor(this.pools, false);
    const per = finish(this.rng, makePerson(this.rng, pools, this.taken, { latin1: this.format === 'txt', ...opts }), pools.origins);
    if (!opts?.noDouble && !/[-–]/.test(per.surname) && this.rng.chance(0.12)) {
      for (let i = 0; i < 20; i++) {
        const o = this.rng.pick(pools.origins);
        const partner = this.rng.pick(o.last);
        const parts = partner.split(/[\s-]+/);
        if (parts.some((w) => this.taken.has(w.toLowerCase()))) continue;
        if (this.format === 'txt' && /[^\u0000-\u00ff]/.test(partner)) continue;
        for (const w of parts) this.taken.add(w.toLowerCase());
        per.surname = this.rng.chance(0.5) && this.format !== 'txt' ? `${per.surname}–${partner}` : `${per.surname} e/v ${partner}`;
        break;
      }
    }
    this.people.push(per);
    return per;
  }
  /** A name form; in HTML one with an en dash is kept on one line (label.mjs joins a name broken at a hyphen, not at an en dash). */
  name(person, text) {
    const out = super.name(person, text);
    return this.format === 'html' && text.includes('–') ? `<span style="white-space:nowrap">${out}</span>` : out;
  }
  official(opts) {
    const pools = poolsFor(this.pools, true);
    return finish(this.rng, makePerson(this.rng, pools, this.taken, { noDouble: true, ...opts }), pools.origins);
  }
  street() {
    const origins = poolsFor(this.pools, true).origins.filter((x) => x.last.some((l) => !/\s/.test(l)));
    const o = this.rng.pick(origins);
    const last = this.rng.pick(o.last.filter((x) => !/\s/.test(x) && !x.split('-').some((w) => this.taken.has(w.toLowerCase()))));
    for (const w of last.split('-')) this.taken.add(w.toLowerCase());
    return `${last}${this.rng.pick(['kade', 'dreef', 'erf', 'steeg', 'park'])} ${this.rng.int(1, 160)}${this.rng.pick(['', '', 'b', ' bis'])}`;
  }
  /** An initials code as staff use it in logs and sheets: first letter(s) of the given name(s) and two of the surname. */
  code(per) {
    const sur = per.surname.split(/[\s–-]+/).filter((w) => /^\p{Lu}/u.test(w)).pop() ?? per.surname;
    return `${per.initials.replace(/\./g, '')}${sur.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 2)}`.toUpperCase();
  }
}

const split = heldOutSplit({
  split: 'fresh5', prefix: 'v', made: MADE, generator: 'scripts/corpus/fresh5/generate.mjs', defaults: FRESH5_DEFAULTS,
  families: FRESH5_FAMILIES, buildPools: buildFresh5Pools, DocClass: Fresh5Doc, version: fresh5Version,
  run: makeRun('1765411200'), enscriptFonts: ['Courier10', 'NewCenturySchlbk-Roman10', 'Palatino-Roman10'], poolWidths: [12, 4],
});

/** Plans the fresh5 documents (no producer runs yet). */
export const planFresh5 = split.plan;
export const fresh5UpToDate = split.upToDate;
/** Generates the fresh5 split into `dir` (replacing it). Returns the manifest. */
export const generateFresh5 = split.generate;
/** Makes sure `.cache/corpus/fresh5` exists and is current; generates it when not. */
export const ensureFresh5 = split.ensure;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  split.main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`corpus: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
