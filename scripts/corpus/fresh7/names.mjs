// Name pools of the `fresh7` split (session 12). All by hand, none from faker: origins that no
// older split uses, written for Lakstift from general knowledge of naming customs as Dutch
// registers spell them; common names, no particular persons.
//
// Every capitalised name part that an older split lists (train/test, fresh … fresh6, with their
// particles and the faker lists they read) is removed word by word, case-insensitively. A fifth of
// each origin's parts (by hash) is reserved for public officials and streets, which no person of
// the split carries: eval reads a split as one dossier.
import { hash32 } from '../rng.mjs';
import { buildFresh6Pools, olderParts as olderThanFresh6 } from '../fresh6/names.mjs';

/** Maltese: dotted and barred letters (Ċ, Ġ, Ħ, Ż), given names after saints. */
export const MALTESE = {
  first: ['Ġorġ', 'Ċensu', 'Ninu', 'Pawlu', 'Marija', 'Rożi', 'Ġużeppi', 'Karmenu', 'Leli', 'Doris', 'Ċettina', 'Toni', 'Manwel', 'Kristina', 'Żaren', 'Ġanni', 'Liżabet', 'Saviour'],
  last: ['Borġ', 'Caruana', 'Farrugia', 'Vella', 'Camilleri', 'Zammit', 'Grech', 'Micallef', 'Azzopardi', 'Mifsud', 'Xuereb', 'Cassar', 'Spiteri', 'Debono', 'Żammit', 'Abela', 'Buħagiar', 'Sciberras', 'Bonnici', 'Attard'],
};
/** Estonian: õ, ä, ö, ü; surnames from nature words. */
export const ESTONIAN = {
  first: ['Tõnu', 'Mart', 'Kadri', 'Piret', 'Jaanus', 'Külli', 'Urmas', 'Ülle', 'Reet', 'Margus', 'Triin', 'Siim', 'Kärt', 'Priit', 'Tiiu', 'Andres', 'Maarja', 'Heino'],
  last: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel', 'Lepik', 'Kõiv', 'Raudsepp', 'Oja', 'Vaher', 'Jõgi', 'Luik', 'Mölder', 'Põder', 'Kuusk'],
};
/** Lebanese: Arabic names in French transliteration, with Abou / El- before the family name. */
export const LEBANESE = {
  first: ['Élie', 'Georges', 'Rachid', 'Nayla', 'Rania', 'Joumana', 'Ziad', 'Walid', 'Carla', 'Maroun', 'Nadine', 'Chadi', 'Rima', 'Pierre-Joseph', 'Hoda', 'Fouad', 'Antoine', 'Mireille'],
  last: ['Haddad', 'Khoury', 'Gemayel', 'Saadé', 'Frangié', 'Nasrallah', 'Chamoun', 'Karam', 'Tabet', 'Sfeir', 'Bitar', 'Aoun', 'Younès', 'Salamé', 'Daher', 'Rizk', 'Moukarzel', 'Jaoudé', 'Nakhlé', 'Ghosn'],
  particles: ['El-', 'Abou'],
};
/** Ewe (Togo, Ghana's Volta): day names and surnames with vowel clusters. */
export const EWE = {
  first: ['Komlan', 'Kossi', 'Yawo', 'Afi', 'Ablavi', 'Kodjo', 'Mawuli', 'Sena', 'Dzifa', 'Edem', 'Elikem', 'Yayra', 'Selasi', 'Akpene', 'Kafui', 'Delali', 'Esinam', 'Mawuena'],
  last: ['Agbodjan', 'Amegah', 'Tsikata', 'Dzogbenuku', 'Ahiable', 'Gbeho', 'Kpodo', 'Adzraku', 'Amenyo', 'Dogbe', 'Fiadjoe', 'Kudzordzi', 'Agbemabiese', 'Tettey-Amegbe', 'Awuku', 'Nyadroh', 'Sowu', 'Akakpo', 'Ahadzi', 'Gakpo'],
};
/** Uyghur: Latin transliteration, surnames from the father's given name. */
export const UYGHUR = {
  first: ['Abduweli', 'Gulnar', 'Mihray', 'Nurmemet', 'Ekhmetjan', 'Zulpiye', 'Parhat', 'Gulbahar', 'Memtimin', 'Ayshem', 'Ilham', 'Reyhangul', 'Tursun', 'Mukerrem', 'Qeyser', 'Dilnur'],
  last: ['Tohti', 'Ablimit', 'Qurban', 'Rozi', 'Niyaz', 'Sidiq', 'Imin', 'Obul', 'Kerim', 'Semet', 'Mettursun', 'Yasin', 'Abdukerim', 'Barat', 'Tursunniyaz', 'Hoshur'],
};
/** Mexican: two surnames, accents, 'de la' before some family names. */
export const MEXICAN = {
  first: ['Guadalupe', 'Xóchitl', 'Citlali', 'Itzel', 'Ximena', 'Jesús', 'Efraín', 'Maricela', 'Nayeli', 'Rigoberto', 'Araceli', 'Heriberto', 'Yolotl', 'Cuauhtémoc', 'Socorro', 'Abundio'],
  last: ['Cázares', 'Villaseñor', 'Zúñiga', 'Olvera', 'Téllez', 'Ocampo', 'Arreola', 'Quiñones', 'Bustamante', 'Tinoco', 'Cervantes', 'Montaño', 'Ibarra', 'Escamilla', 'de la Peña', 'Tzompa', 'Huerta', 'Zamudio'],
};
/** Gujarati (East African and Surinamese routes): caste surnames, 'bhai'/'ben' given names. */
export const GUJARATI = {
  first: ['Hiteshbhai', 'Jignesh', 'Bhavnaben', 'Nilesh', 'Kinjal', 'Dhaval', 'Foram', 'Hetal', 'Chirag', 'Bhumika', 'Mehul', 'Urvashi', 'Paresh', 'Jayshree', 'Alpesh', 'Nirali'],
  last: ['Thakkar', 'Solanki', 'Chauhan', 'Parmar', 'Vaghela', 'Rathod', 'Modi', 'Vyas', 'Dave', 'Trivedi', 'Bhatt', 'Panchal', 'Mistry', 'Kotecha', 'Majithia', 'Raval', 'Gohil', 'Chudasama'],
};
/** Samoan: vowel-rich given names and surnames, some compounded. */
export const SAMOAN = {
  first: ['Sione', 'Losa', 'Tavita', 'Malia', 'Fetu', 'Iosefa', 'Lagi', 'Sefo', 'Tasi', 'Aolele', 'Manaia', 'Leota', 'Fa’amoe', 'Vaoiva', 'Tupe', 'Pele'],
  last: ['Tuilagi', 'Faleolo', 'Leiataua', 'Sapolu', 'Aiono', 'Tanuvasa', 'Schuster', 'Masoe', 'Toleafoa', 'Ulugia', 'Pouono', 'Vaifale', 'Lealaiauloto', 'Fonoti', 'Tauiliili', 'Seumanutafa'],
};
/** Belarusian: Łacinka-like Latin spelling with č, š, ž, ŭ. */
export const BELARUSIAN = {
  first: ['Aliaksandr', 'Siarhiej', 'Valiancina', 'Hanna', 'Uladzimir', 'Jaŭhien', 'Nasta', 'Zmicier', 'Kaciaryna', 'Paŭlina', 'Andrej', 'Ihar', 'Maryja', 'Raman', 'Taćciana', 'Viktar'],
  last: ['Kalinoŭski', 'Bahdanovič', 'Karatkievič', 'Šuškievič', 'Dubaŭka', 'Łabkovič', 'Hurski', 'Miacielski', 'Žybul', 'Sałaviej', 'Barysienka', 'Charužy', 'Kupała', 'Račkievič', 'Stankievič', 'Cichanoŭski'],
};

export const FRESH7_ORIGINS = [
  { id: 'maltese', weight: 4, source: 'fresh7/names.mjs (MALTESE)', ...MALTESE },
  { id: 'estonian', weight: 3, source: 'fresh7/names.mjs (ESTONIAN)', ...ESTONIAN },
  { id: 'lebanese', weight: 4, source: 'fresh7/names.mjs (LEBANESE)', ...LEBANESE },
  { id: 'ewe', weight: 4, source: 'fresh7/names.mjs (EWE)', ...EWE },
  { id: 'uyghur', weight: 3, source: 'fresh7/names.mjs (UYGHUR): given name + father\'s name', ...UYGHUR },
  { id: 'mexican', weight: 4, source: 'fresh7/names.mjs (MEXICAN)', ...MEXICAN },
  { id: 'gujarati', weight: 4, source: 'fresh7/names.mjs (GUJARATI)', ...GUJARATI },
  { id: 'samoan', weight: 2, source: 'fresh7/names.mjs (SAMOAN)', ...SAMOAN },
  { id: 'belarusian', weight: 3, source: 'fresh7/names.mjs (BELARUSIAN)', ...BELARUSIAN },
];

/** Every name part, lower case, that train/test and fresh … fresh6 list, with their particles. */
export function olderParts() {
  const s = new Set(olderThanFresh6());
  for (const o of buildFresh6Pools().origins) for (const v of Object.values(o)) {
    if (!Array.isArray(v)) continue;
    for (const part of v) if (typeof part === 'string') for (const w of part.split(/[\s-]+/)) s.add(w.toLowerCase());
  }
  return s;
}

const words = (p) => p.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
/** A part reserved for officials and streets: one in five by hash. */
export const reservedPart = (p) => hash32(`fresh7:${p}`) % 5 === 0;

/** The fresh7 pools: `{ split: 'fresh7', origins }`, each origin with `first`/`last` for persons and `officialFirst`/`officialLast`. */
export function buildFresh7Pools() {
  const old = olderParts();
  const fresh = (p) => words(p).every((w) => !old.has(w.toLowerCase()));
  const origins = FRESH7_ORIGINS.map((o) => {
    const first = [...new Set(o.first)].filter(fresh);
    const last = [...new Set(o.last)].filter(fresh);
    return {
      id: o.id, weight: o.weight, source: o.source, particles: o.particles,
      first: first.filter((p) => !reservedPart(p)), last: last.filter((p) => !reservedPart(p)),
      officialFirst: first.filter(reservedPart), officialLast: last.filter(reservedPart),
    };
  }).filter((o) => o.first.length > 4 && o.last.length > 4);
  return { split: 'fresh7', origins };
}
