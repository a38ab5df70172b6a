// Name pools of many origins for the labelled corpus, built from registry packages (faker's
// locales, pinyin-pro for Chinese given names) plus the short hand-written lists in
// names-supplement.mjs, and split into a `train` and a `test` pool that share no name part.
//
// How the split works (README.md beside this file says why):
// - some origins are held out whole: their names only ever appear in test documents;
// - some origins appear only in train documents;
// - the remaining origins are split per name part by a hash, so "Yılmaz" is either a train or a
//   test surname, never both;
// - a name part that a test pool holds is removed from every train pool, whatever its origin.
import * as faker from '@faker-js/faker';
import { pinyin } from 'pinyin-pro';
import { hash32 } from './rng.mjs';
import { ERITREAN, MOLUCCAN, MOROCCAN, SURINAMESE_CREOLE, SYRIAN } from './names-supplement.mjs';

const vals = (o) => (o ? (Array.isArray(o) ? o : Object.values(o).flat()) : []).filter((v) => typeof v === 'string');
const uniq = (a) => [...new Set(a)];
const latin = (w) => /^[\p{Script=Latin}][\p{Script=Latin}' -]*$/u.test(w) && !/\s{2}/.test(w);
const firstOf = (loc) => uniq(vals(faker[loc].person.first_name)).filter(latin).filter((w) => !w.includes(' '));
const lastOf = (loc) => uniq(vals(faker[loc].person.last_name)).filter(latin);
const cap = (w) => w.charAt(0).toLocaleUpperCase('nl') + w.slice(1);

// Surinamese names were written down in Dutch spelling: oe for u, dj for j, tj for ch, sj for sh,
// j for y. Applied to faker's Indian (Hindustani) and Indonesian (Javanese) name lists.
function surinameSpelling(w) {
  return cap(w.toLowerCase()
    .replace(/sh/g, 'sj').replace(/ch/g, 'tj').replace(/c/g, 'tj').replace(/j/g, 'dj').replace(/y/g, 'j')
    .replace(/u/g, 'oe').replace(/oo/g, 'oe').replace(/w/g, 'w').replace(/ii/g, 'ie').replace(/aa(?=[^aeiou]|$)/g, 'a'));
}

const zhGiven = () => uniq(vals(faker.zh_CN.person.first_name)
  .map((h) => cap(pinyin(h, { toneType: 'none', type: 'array', v: true }).join('')))
  .filter((w) => /^[A-Za-z]{2,12}$/.test(w)));

/**
 * Every origin: where its parts come from, and which split may use it
 * (`both`: split per name part by hash; `test`/`train`: held out whole).
 */
export const ORIGINS = [
  { id: 'dutch', split: 'both', weight: 30, source: 'faker nl', first: () => firstOf('nl'), last: () => lastOf('nl'), dutchParticles: true },
  { id: 'flemish', split: 'both', weight: 3, source: 'faker nl_BE', first: () => firstOf('nl_BE'), last: () => lastOf('nl_BE') },
  { id: 'turkish', split: 'both', weight: 10, source: 'faker tr', first: () => firstOf('tr'), last: () => lastOf('tr') },
  { id: 'moroccan', split: 'both', weight: 10, source: 'names-supplement.mjs (MOROCCAN)', first: () => MOROCCAN.first, last: () => MOROCCAN.last, particles: MOROCCAN.particles },
  { id: 'surinamese-hindustani', split: 'both', weight: 5, source: 'faker en_IN, respelled in Surinamese Dutch spelling', first: () => uniq(firstOf('en_IN').map(surinameSpelling)), last: () => uniq(lastOf('en_IN').map(surinameSpelling)) },
  { id: 'surinamese-javanese', split: 'both', weight: 3, source: 'faker id_ID, respelled in old Dutch spelling', first: () => uniq(firstOf('id_ID').map(surinameSpelling)), last: () => uniq(lastOf('id_ID').map(surinameSpelling)) },
  { id: 'surinamese-creole', split: 'both', weight: 4, source: 'names-supplement.mjs (SURINAMESE_CREOLE)', first: () => SURINAMESE_CREOLE.first, last: () => SURINAMESE_CREOLE.last },
  { id: 'indonesian', split: 'both', weight: 3, source: 'faker id_ID', first: () => firstOf('id_ID'), last: () => lastOf('id_ID') },
  { id: 'polish', split: 'both', weight: 4, source: 'faker pl', first: () => firstOf('pl'), last: () => lastOf('pl') },
  { id: 'moluccan', split: 'test', weight: 4, source: 'names-supplement.mjs (MOLUCCAN) surnames, faker nl given names (the test share)', first: () => firstOf('nl').filter((p) => partSplit(p) === 'test'), last: () => MOLUCCAN.last },
  { id: 'chinese', split: 'test', weight: 4, source: 'faker en_HK surnames, faker zh_CN given names in pinyin (pinyin-pro)', first: zhGiven, last: () => lastOf('en_HK') },
  { id: 'syrian', split: 'test', weight: 5, source: 'names-supplement.mjs (SYRIAN)', first: () => SYRIAN.first, last: () => SYRIAN.last, particles: SYRIAN.particles },
  { id: 'eritrean', split: 'test', weight: 4, source: 'names-supplement.mjs (ERITREAN): given name + father\'s name', first: () => ERITREAN.first, last: () => ERITREAN.fathers },
  { id: 'ghanaian', split: 'test', weight: 4, source: 'faker en_GH', first: () => firstOf('en_GH'), last: () => lastOf('en_GH') },
  { id: 'bosnian-serbian', split: 'test', weight: 3, source: 'faker sr_RS_latin', first: () => firstOf('sr_RS_latin'), last: () => lastOf('sr_RS_latin') },
  { id: 'kurdish', split: 'train', weight: 4, source: 'faker ku_kmr_latin', first: () => firstOf('ku_kmr_latin'), last: () => lastOf('ku_kmr_latin') },
  { id: 'nigerian', split: 'train', weight: 3, source: 'faker yo_NG', first: () => firstOf('yo_NG'), last: () => lastOf('yo_NG') },
  { id: 'senegalese', split: 'train', weight: 3, source: 'faker fr_SN', first: () => firstOf('fr_SN'), last: () => lastOf('fr_SN') },
  { id: 'romanian', split: 'train', weight: 3, source: 'faker ro', first: () => firstOf('ro'), last: () => lastOf('ro') },
  { id: 'german', split: 'train', weight: 3, source: 'faker de', first: () => firstOf('de'), last: () => lastOf('de') },
];

/** Dutch tussenvoegsels as they stand before a surname (written lower case after a first name). */
export const DUTCH_PARTICLES = ['van', 'de', 'van der', 'van den', 'van de', 'ter', 'ten', 'op den', 'in \'t', 'van \'t', 'den', 'te', 'de la', 'uit den'];

function partSplit(part) {
  return hash32(`lakstift-corpus-split:${part}`) % 5 < 2 ? 'test' : 'train';
}

/** Builds the pools of one split: `{ origins: [{ id, weight, first[], last[], ... }], sizes }`. */
export function buildPools(split) {
  const raw = ORIGINS.map((o) => ({ ...o, firstAll: uniq(o.first()), lastAll: uniq(o.last()) }));
  // Name parts that belong to the test split: every part of a held-out origin, and the hashed
  // share of the shared origins. Train pools lose all of them, whatever the origin.
  const testParts = new Set();
  for (const o of raw) {
    for (const p of [...o.firstAll, ...o.lastAll]) {
      if (o.split === 'test' || (o.split === 'both' && partSplit(p) === 'test')) testParts.add(p);
    }
  }
  const keep = (p, o) => (split === 'test'
    ? (o.split === 'test' || (o.split === 'both' && testParts.has(p)))
    : !testParts.has(p));
  const origins = raw
    .filter((o) => o.split === 'both' || o.split === split)
    .map((o) => ({ ...o, first: o.firstAll.filter((p) => keep(p, o)), last: o.lastAll.filter((p) => keep(p, o)) }))
    .filter((o) => o.first.length > 4 && o.last.length > 4);
  return { split, origins };
}

/** The sizes of every pool, for the README and `--pools`. */
export function poolSizes() {
  const out = [];
  for (const split of ['train', 'test']) {
    for (const o of buildPools(split).origins) out.push({ split, origin: o.id, first: o.first.length, last: o.last.length, source: o.source });
  }
  return out;
}
