// Name pools of the `fresh` split (README.md in scripts/corpus says why it exists). Origins that
// neither the train nor the test split uses: faker's Vietnamese, Brazilian-Portuguese, Czech and
// Hungarian locales (Latin script), plus short hand-written lists for Somali, Afghan and Cape
// Verdean names (no package lists them as they are spelled in the Netherlands). Every part that
// any train or test origin lists (before their own split) is removed, case-insensitively, so the
// fresh split shares no name part with the other two whatever the origin.
import * as faker from '@faker-js/faker';
import { DUTCH_PARTICLES, ORIGINS } from '../names.mjs';

const vals = (o) => (o ? (Array.isArray(o) ? o : Object.values(o).flat()) : []).filter((v) => typeof v === 'string');
const uniq = (a) => [...new Set(a)];
const latin = (w) => /^[\p{Script=Latin}][\p{Script=Latin}' -]*$/u.test(w) && !/\s{2}/.test(w);
const firstOf = (loc) => uniq(vals(faker[loc].person.first_name)).filter(latin);
const lastOf = (loc) => uniq(vals(faker[loc].person.last_name)).filter(latin);

// Written for Lakstift from general knowledge of naming customs; common names, no particular persons.
/** Somali: given name + father's name (no family surname), in the usual Latin orthography. */
export const SOMALI = {
  first: ['Abdirahman', 'Abdiqani', 'Liban', 'Guled', 'Mahad', 'Farhiyo', 'Hodan', 'Sahra', 'Ifrah', 'Ubah', 'Warsame',
    'Abdiweli', 'Ayaan', 'Fadumo', 'Khadra', 'Nimco', 'Sagal', 'Hibaaq', 'Bashiir', 'Cabdi', 'Mukhtar', 'Ilhaan'],
  fathers: ['Jaamac', 'Warfaa', 'Cilmi', 'Xirsi', 'Dahir', 'Faarax', 'Samatar', 'Geelle', 'Aadan', 'Nuur', 'Guuleed',
    'Muuse', 'Caydiid', 'Shirwac', 'Barre', 'Yuusuf', 'Ugaas', 'Dualeh', 'Egal', 'Hirsi', 'Mohamud', 'Osman'],
};
/** Afghan (Dari/Pashto) names as Dutch registers transliterate them. */
export const AFGHAN = {
  first: ['Wahidullah', 'Zabiullah', 'Najibullah', 'Ghulam', 'Shafiq', 'Farid', 'Hamidullah', 'Rahmatullah', 'Nasrin',
    'Zarghona', 'Freshta', 'Mursal', 'Palwasha', 'Parwin', 'Gulalai', 'Shabnam', 'Storay', 'Wazhma', 'Habibullah', 'Sayed'],
  last: ['Popal', 'Sultani', 'Karimi', 'Stanekzai', 'Noorzai', 'Ahmadzai', 'Wardak', 'Safi', 'Hotak', 'Mohmand', 'Barakzai',
    'Shinwari', 'Kakar', 'Sharifi', 'Hashimi', 'Mujaddidi', 'Rahimi', 'Haidari', 'Mangal', 'Zazai'],
};
/** Cape Verdean names (Portuguese spelling, Creole given names). */
export const CAPE_VERDEAN = {
  first: ['Djamila', 'Nelsinho', 'Adilson', 'Edmilson', 'Jailson', 'Lucinda', 'Arlindo', 'Domingas', 'Zeferino', 'Ivanilda',
    'Mirandolina', 'Nilton', 'Gilson', 'Evandro', 'Neusa', 'Dulcelina', 'Ailton', 'Kátia', 'Elton', 'Zenaida'],
  last: ['Fortes', 'Semedo', 'Tavares', 'Monteiro', 'Varela', 'Furtado', 'Lopes', 'Brito', 'Delgado', 'Spencer', 'Évora',
    'Andrade', 'Soares', 'Mendes', 'Livramento', 'Sanches', 'Rocha', 'Cabral', 'Duarte', 'Pina', 'Moniz', 'Borges'],
};

export const FRESH_ORIGINS = [
  { id: 'vietnamese', weight: 5, source: 'faker vi', first: () => firstOf('vi'), last: () => lastOf('vi') },
  { id: 'brazilian', weight: 4, source: 'faker pt_BR', first: () => firstOf('pt_BR'), last: () => lastOf('pt_BR') },
  { id: 'czech', weight: 4, source: 'faker cs_CZ', first: () => firstOf('cs_CZ'), last: () => lastOf('cs_CZ') },
  { id: 'hungarian', weight: 4, source: 'faker hu', first: () => firstOf('hu'), last: () => lastOf('hu') },
  { id: 'somali', weight: 4, source: 'fresh/names.mjs (SOMALI): given name + father\'s name', first: () => SOMALI.first, last: () => SOMALI.fathers },
  { id: 'afghan', weight: 4, source: 'fresh/names.mjs (AFGHAN)', first: () => AFGHAN.first, last: () => AFGHAN.last },
  { id: 'cape-verdean', weight: 3, source: 'fresh/names.mjs (CAPE_VERDEAN)', first: () => CAPE_VERDEAN.first, last: () => CAPE_VERDEAN.last },
];

/** Every name part, lower case, that any train or test origin lists (before their split). */
export function oldParts() {
  const s = new Set(DUTCH_PARTICLES.map((p) => p.toLowerCase()));
  for (const o of ORIGINS) for (const p of [...o.first(), ...o.last()]) for (const w of p.split(/[\s-]+/)) s.add(w.toLowerCase());
  return s;
}

/** The fresh pools, shaped like names.mjs buildPools(): `{ split: 'fresh', origins }`. */
export function buildFreshPools() {
  const old = oldParts();
  const fresh = (p) => p.split(/[\s-]+/).every((w) => !old.has(w.toLowerCase()));
  const origins = FRESH_ORIGINS.map((o) => ({ ...o, first: uniq(o.first()).filter(fresh), last: uniq(o.last()).filter(fresh) }))
    .filter((o) => o.first.length > 4 && o.last.length > 4);
  return { split: 'fresh', origins };
}
