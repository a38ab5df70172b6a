// Name pools of the `fresh3` split (README.md in scripts/corpus says why it exists). Every origin
// is written by hand here, from general knowledge of naming customs and of how Dutch registers
// and passports spell these names; none comes from faker (a detector lexicon may be widened from
// faker's locales). Common names only, no particular persons. Every part that any train, test,
// fresh or fresh2 origin lists (before their own split), every particle, and every word of the
// person lists of the faker locales those splits read, is removed word by word and
// case-insensitively, so fresh3 shares no name part with the other four splits.
import * as faker from '@faker-js/faker';
import { DUTCH_PARTICLES, ORIGINS } from '../names.mjs';
import { FRESH_ORIGINS } from '../fresh/names.mjs';
import { FRESH2_ORIGINS, FRESH2_PARTICLES } from '../fresh2/names.mjs';

const uniq = (a) => [...new Set(a)];

/** Pakistani (Punjabi and Urdu speakers): given names, caste and clan surnames as Dutch registers write them. */
export const PAKISTANI = {
  first: ['Waqas', 'Zeeshan', 'Kashif', 'Adeel', 'Usman', 'Shahzad', 'Naveed', 'Junaid', 'Tahir', 'Asad', 'Imran', 'Arslan', 'Rizwan',
    'Sohail', 'Fawad', 'Shoaib', 'Nabeel', 'Umair', 'Saima', 'Rabia', 'Sadia', 'Mehwish', 'Ayesha', 'Bushra', 'Nida', 'Uzma', 'Iqra',
    'Sidra', 'Hina', 'Mahnoor', 'Javeria', 'Anum'],
  last: ['Chaudhry', 'Qureshi', 'Awan', 'Bhatti', 'Gondal', 'Cheema', 'Warraich', 'Janjua', 'Minhas', 'Abbasi', 'Niazi', 'Khokhar',
    'Tarar', 'Bajwa', 'Gujjar', 'Rajput', 'Arain', 'Kiani', 'Satti', 'Dogar', 'Virk', 'Ghuman', 'Sipra', 'Mughal', 'Paracha', 'Sethi'],
};
/** Igbo (south-east Nigeria): names built on Chukwu/Chi, surnames from a grandfather's name. */
export const IGBO = {
  first: ['Chukwuemeka', 'Obinna', 'Nnamdi', 'Ikenna', 'Chinonso', 'Uchenna', 'Ngozi', 'Chiamaka', 'Adaeze', 'Nneka', 'Ifeoma',
    'Chinwe', 'Amarachi', 'Obiageli', 'Ebuka', 'Kelechi', 'Somtochukwu', 'Ugochi', 'Ogechi', 'Tochukwu', 'Nkechi', 'Onyinye',
    'Chidiebere', 'Ifeanyi', 'Chibuzo', 'Nkiruka', 'Ozioma', 'Ebere'],
  last: ['Okonkwo', 'Nwosu', 'Okafor', 'Nwankwo', 'Okeke', 'Onyeka', 'Nwachukwu', 'Ugwu', 'Okoro', 'Anyanwu', 'Ezeani', 'Obiora',
    'Nnadi', 'Uzor', 'Onuoha', 'Ekwueme', 'Nwafor', 'Ogbonna', 'Iwuchukwu', 'Ezeokafor', 'Nwokolo', 'Okoli', 'Ubah', 'Ihejirika',
    'Nwaneri', 'Onwuachi', 'Udeh', 'Eneh'],
};
/** Georgian: -shvili and -dze surnames, in the transliteration of Georgian passports. */
export const GEORGIAN = {
  first: ['Giorgi', 'Levan', 'Nikoloz', 'Irakli', 'Zurab', 'Tornike', 'Lasha', 'Shota', 'Vakhtang', 'Revaz', 'Tengiz', 'Guram', 'Otar',
    'Beka', 'Nino', 'Ketevan', 'Salome', 'Tinatin', 'Gvantsa', 'Manana', 'Khatuna', 'Nana', 'Tamta', 'Natia', 'Lela', 'Mzia', 'Eteri'],
  last: ['Beridze', 'Kapanadze', 'Gelashvili', 'Maisuradze', 'Lomidze', 'Tsiklauri', 'Bolkvadze', 'Kvaratskhelia', 'Abashidze',
    'Javakhishvili', 'Chkheidze', 'Gogoladze', 'Mchedlishvili', 'Khutsishvili', 'Nozadze', 'Kiknadze', 'Jorjadze', 'Dolidze',
    'Gachechiladze', 'Shengelia', 'Tabatadze', 'Lordkipanidze', 'Bregvadze', 'Mamulashvili', 'Tsintsadze', 'Kharaishvili'],
};
/** Lithuanian: -as/-is/-us for men, -ienė (married) and -aitė/-ytė/-utė (unmarried) for women; ė š ž ū ą č. */
export const LITHUANIAN = {
  first: ['Mantas', 'Gintaras', 'Rimantas', 'Vytautas', 'Žygimantas', 'Kęstutis', 'Saulius', 'Algirdas', 'Arūnas', 'Mindaugas',
    'Darius', 'Aušra', 'Rūta', 'Eglė', 'Gintarė', 'Jurgita', 'Vaida', 'Agnė', 'Giedrė', 'Rasa', 'Indrė', 'Aurelija', 'Dovilė',
    'Živilė', 'Lukas', 'Šarūnas'],
  last: ['Kazlauskas', 'Jankauskas', 'Petrauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Paulauskas', 'Urbonas',
    'Kavaliauskas', 'Navickas', 'Ramanauskas', 'Sakalauskas', 'Žemaitis', 'Balčiūnas', 'Mockus', 'Vaitkus', 'Šimkus',
    'Kazlauskienė', 'Jankauskienė', 'Petrauskaitė', 'Urbonienė', 'Vaitkutė', 'Žilinskas', 'Rimkus', 'Grigaliūnas', 'Dambrauskaitė'],
};
/** Korean: hyphenated two-syllable given names, one-syllable family names, in Revised Romanization. */
export const KOREAN = {
  first: ['Ji-woo', 'Seo-yeon', 'Min-jun', 'Do-yoon', 'Ha-eun', 'Seung-hyun', 'Jae-won', 'Hye-jin', 'Eun-ji', 'Sung-min', 'Yoo-jin',
    'Dong-hyun', 'Soo-ah', 'Hyun-woo', 'Ji-hoon', 'Na-rae', 'Ye-jin', 'Tae-hyung', 'Seo-jun', 'Ha-neul', 'Bo-ram', 'Da-eun', 'Woo-jin',
    'Joon-ho', 'Chae-won', 'Hyo-jung'],
  last: ['Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang', 'Kwon', 'Hwang', 'Ahn', 'Jeon', 'Baek', 'Ryu', 'Byun', 'Seong', 'Heo', 'Yeom',
    'Noh', 'Gwak', 'Cha', 'Bae', 'Jeong', 'Chung', 'Shim', 'Hyun'],
};
/** Japanese: given name + family name, in Hepburn romanisation without long vowels. */
export const JAPANESE = {
  first: ['Haruto', 'Yuto', 'Sota', 'Takumi', 'Hiroshi', 'Kenji', 'Daisuke', 'Shota', 'Yusuke', 'Ryota', 'Haruka', 'Ayaka', 'Misaki',
    'Nanami', 'Sakura', 'Kaori', 'Megumi', 'Tomoko', 'Naoko', 'Shinji', 'Kazuki', 'Tatsuya', 'Yumiko', 'Chihiro', 'Asuka', 'Hitomi'],
  last: ['Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Yoshida', 'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto',
    'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Yamazaki', 'Ikeda', 'Hashimoto', 'Ishikawa', 'Ogawa', 'Fujita', 'Okada', 'Hasegawa',
    'Murakami', 'Kondo', 'Nishimura', 'Fukuda'],
};
/** Thai: given names and the long surnames registered since 1913. */
export const THAI = {
  first: ['Somchai', 'Somsak', 'Prasert', 'Anong', 'Nattaya', 'Siriporn', 'Wichai', 'Sompong', 'Thanawat', 'Kittipong', 'Pimchanok',
    'Supaporn', 'Chalermchai', 'Apinya', 'Rattana', 'Jiraporn', 'Nattapong', 'Pornthip', 'Wanida', 'Thitima', 'Kanokwan', 'Sutthida',
    'Phongsak', 'Teerawat', 'Chutima'],
  last: ['Srisuk', 'Saetang', 'Wongsawat', 'Chaiyaporn', 'Kaewkla', 'Boonmee', 'Rattanakorn', 'Phromma', 'Thongdee', 'Sukjai',
    'Intharasuk', 'Saelim', 'Suwannarat', 'Jaidee', 'Srisawat', 'Kongkaew', 'Sombatpanich', 'Wattanasiri', 'Prasertsuk',
    'Chaowalit', 'Buakhao', 'Khamsaen', 'Phanthong', 'Yodkaew', 'Nakhonsri'],
};
/** Colombian: compound given names and two surnames (father's, mother's), particles "de la" and "del". */
export const COLOMBIAN = {
  first: ['Andrés Felipe', 'Juan Camilo', 'Julián', 'Sebastián', 'Yeison', 'Jhon Fredy', 'Wilmer', 'Duvan', 'Brayan', 'Cristian David',
    'Valentina', 'Leidy Johana', 'Yuliana', 'Marisol', 'Yolima', 'Dayana', 'Luz Dary', 'Nataly', 'Yurany', 'Maryory', 'Jhonatan',
    'Edwin', 'Yesica'],
  last: ['Restrepo Ocampo', 'Cárdenas Quintero', 'Londoño Arango', 'Zuluaga Betancur', 'Echeverri Gaviria', 'Henao Giraldo',
    'Jaramillo Castaño', 'Osorio Agudelo', 'Sepúlveda Patiño', 'Bermúdez Hurtado', 'Montoya Uribe', 'Arboleda Salcedo',
    'Villegas Marulanda', 'Ospina Cardona', 'Holguín Escobar', 'Tabares Correa', 'Buitrago Rincón', 'Mosquera Palacios',
    'Valderrama Loaiza', 'Grisales Muñetón', 'Bedoya', 'Zapata', 'Quiceno', 'Lopera', 'Usme'],
  particles: ['de la', 'del'],
};
/** Sinhalese (Sri Lanka): long -singhe/-ratne surnames, some with the particle "de". */
export const SINHALESE = {
  first: ['Nuwan', 'Chaminda', 'Kasun', 'Dilshan', 'Tharindu', 'Lahiru', 'Sanduni', 'Nadeesha', 'Dilini', 'Chathurika', 'Ishara',
    'Sachini', 'Buddhika', 'Upul', 'Ruwan', 'Thilini', 'Madushani', 'Chandima', 'Nilanthi', 'Prasanna', 'Dinesh', 'Hasini', 'Kaushalya',
    'Isuru', 'Anuradha'],
  last: ['Jayasinghe', 'Wickramasinghe', 'Gunawardena', 'Dissanayake', 'Ranasinghe', 'Herath', 'Jayawardena', 'Weerasinghe',
    'Karunaratne', 'Wijesinghe', 'Samarasinghe', 'Abeysekera', 'Gunasekara', 'Ratnayake', 'Liyanage', 'Wijeratne', 'Pathirana',
    'Amarasinghe', 'Edirisinghe', 'Kulatunga', 'Senaratne', 'Munasinghe', 'Wanigasekara', 'Rajapakshe', 'Hettiarachchi'],
};
/** Congolese (DR Congo): French or "new" given names and Luba/Kongo family names. */
export const CONGOLESE = {
  first: ['Dieudonné', 'Exaucé', 'Merveille', 'Glodi', 'Trésor', 'Bienvenu', 'Héritier', 'Plamedi', 'Gloire', 'Fiston', 'Jonathan-Prince',
    'Chancelvie', 'Ornella', 'Nathalie-Grâce', 'Rachidi', 'Patience', 'Benedicte', 'Chadrack', 'Gracia', 'Mardochée', 'Espoir', 'Djodjo',
    'Blandine', 'Nsimba'],
  last: ['Mukendi', 'Tshibangu', 'Mbuyi', 'Ilunga', 'Kalonji', 'Mulumba', 'Nzuzi', 'Lukusa', 'Kasongo', 'Mwamba', 'Ngalula',
    'Tshimanga', 'Kabongo', 'Lumbala', 'Makiese', 'Matondo', 'Kanku', 'Mbala', 'Tshiala', 'Kayembe', 'Banza', 'Kitenge', 'Mpiana',
    'Lusamba', 'Kabeya'],
};
/** Bengali (Bangladesh and West Bengal), Muslim and Hindu names. */
export const BENGALI = {
  first: ['Tanvir', 'Sabbir', 'Rakib', 'Shakil', 'Mahbub', 'Nusrat', 'Tasnim', 'Farhana', 'Sumaiya', 'Rumana', 'Sourav', 'Arnab',
    'Debashis', 'Subhajit', 'Anirban', 'Moumita', 'Sreeparna', 'Tanushree', 'Paromita', 'Shuvo', 'Mithila', 'Rupa', 'Tahmina',
    'Joydeep', 'Sanchita'],
  last: ['Chowdhury', 'Hossain', 'Bhattacharya', 'Chakraborty', 'Sengupta', 'Dasgupta', 'Majumdar', 'Bhowmik', 'Talukder', 'Mondal',
    'Biswas', 'Haldar', 'Ghoshal', 'Mitra', 'Bhuiyan', 'Sikder', 'Howlader', 'Mazumder', 'Roychowdhury', 'Bandyopadhyay',
    'Mukhopadhyay', 'Chattopadhyay', 'Khondoker', 'Patwary', 'Majumder'],
};

const hand = (name) => `fresh3/names.mjs (${name}), by hand`;
export const FRESH3_ORIGINS = [
  { id: 'pakistani', weight: 4, source: hand('PAKISTANI'), first: PAKISTANI.first, last: PAKISTANI.last },
  { id: 'igbo', weight: 4, source: hand('IGBO'), first: IGBO.first, last: IGBO.last },
  { id: 'georgian', weight: 3, source: hand('GEORGIAN'), first: GEORGIAN.first, last: GEORGIAN.last },
  { id: 'lithuanian', weight: 4, source: hand('LITHUANIAN'), first: LITHUANIAN.first, last: LITHUANIAN.last },
  { id: 'korean', weight: 3, source: `${hand('KOREAN')}: hyphenated given names`, first: KOREAN.first, last: KOREAN.last },
  { id: 'japanese', weight: 3, source: hand('JAPANESE'), first: JAPANESE.first, last: JAPANESE.last },
  { id: 'thai', weight: 3, source: hand('THAI'), first: THAI.first, last: THAI.last },
  { id: 'colombian', weight: 4, source: `${hand('COLOMBIAN')}: two surnames`, first: COLOMBIAN.first, last: COLOMBIAN.last, particles: COLOMBIAN.particles },
  { id: 'sinhalese', weight: 3, source: hand('SINHALESE'), first: SINHALESE.first, last: SINHALESE.last },
  { id: 'congolese', weight: 4, source: hand('CONGOLESE'), first: CONGOLESE.first, last: CONGOLESE.last },
  { id: 'bengali', weight: 4, source: hand('BENGALI'), first: BENGALI.first, last: BENGALI.last },
];

/** Particles of fresh3 origins: grammar, like tussenvoegsels, not name parts. */
export const FRESH3_PARTICLES = uniq(FRESH3_ORIGINS.flatMap((o) => o.particles ?? []));

const words = (p) => p.split(/[\s-]+/).filter(Boolean).map((w) => w.toLowerCase());
const vals = (x) => (x ? (Array.isArray(x) ? x : Object.values(x).flat()) : []).filter((v) => typeof v === 'string');

/** The faker locales whose person lists a train, test or fresh origin reads. */
export function olderLocales() {
  const s = new Set(['vi', 'pt_BR', 'cs_CZ', 'hu']);
  for (const o of ORIGINS) for (const m of o.source.matchAll(/faker ([a-z_A-Z]+)/g)) s.add(m[1]);
  for (const o of FRESH_ORIGINS) for (const m of o.source.matchAll(/faker ([a-z_A-Z]+)/g)) s.add(m[1]);
  return [...s];
}

/** Every name part, lower case, that an older split lists or reads from faker, and every particle. */
export function olderParts() {
  const s = new Set([...DUTCH_PARTICLES, ...FRESH2_PARTICLES].flatMap(words));
  for (const o of [...ORIGINS, ...FRESH_ORIGINS]) for (const p of [...o.first(), ...o.last(), ...(o.particles ?? [])]) for (const w of words(p)) s.add(w);
  for (const o of FRESH2_ORIGINS) for (const p of [...o.first, ...o.last, ...(o.particles ?? [])]) for (const w of words(p)) s.add(w);
  for (const l of olderLocales()) for (const p of [...vals(faker[l]?.person?.first_name), ...vals(faker[l]?.person?.last_name)]) for (const w of words(p)) s.add(w);
  return s;
}

/** The fresh3 pools, shaped like names.mjs buildPools(): `{ split: 'fresh3', origins }`. */
export function buildFresh3Pools() {
  const old = olderParts();
  const isNew = (p) => words(p).every((w) => !old.has(w));
  const origins = FRESH3_ORIGINS.map((o) => ({ ...o, first: uniq(o.first).filter(isNew), last: uniq(o.last).filter(isNew) }))
    .filter((o) => o.first.length > 4 && o.last.length > 4);
  return { split: 'fresh3', origins };
}
