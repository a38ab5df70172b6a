// Name pools of the `fresh8` split (session 13). All by hand, none from faker: origins that no
// older split uses, written for Lakstift from general knowledge of naming customs as Dutch
// registers and Dutch offices spell them (Russian in Dutch transliteration: oe, sj, zj, j);
// common names, no particular persons.
//
// Every capitalised name part that an older split lists (train/test, fresh … fresh7, with their
// particles and the faker lists they read) is removed word by word, case-insensitively. A fifth of
// each origin's parts (by hash) is reserved for public officials and streets, which no person of
// the split carries: eval reads a split as one dossier.
import { hash32 } from '../rng.mjs';
import { buildFresh7Pools, olderParts as olderThanFresh7 } from '../fresh7/names.mjs';

/** Zulu: clan surnames, given names with a meaning (Sipho "gift"). */
export const ZULU = {
  first: ['Sipho', 'Thandiwe', 'Nomvula', 'Bongani', 'Lindiwe', 'Sibusiso', 'Zanele', 'Mandla', 'Nokuthula', 'Themba', 'Nhlanhla',
    'Lungile', 'Mthunzi', 'Thulani', 'Nonhlanhla', 'Sanele', 'Zodwa', 'Siyabonga', 'Ntombifuthi', 'Mxolisi'],
  last: ['Dlamini', 'Zungu', 'Mkhize', 'Ngcobo', 'Khumalo', 'Mthembu', 'Shabalala', 'Nxumalo', 'Cele', 'Mhlongo', 'Sithole',
    'Msimang', 'Gumede', 'Ntuli', 'Majola', 'Hlongwane', 'Mabaso', 'Ngubane', 'Zondi', 'Mchunu', 'Khanyile'],
};
/** Swahili (Tanzania, coastal Kenya): Bantu and Arabic-origin given names, Chagga and Pare surnames. */
export const SWAHILI = {
  first: ['Baraka', 'Neema', 'Juma', 'Rehema', 'Zawadi', 'Amani', 'Mwajuma', 'Bakari', 'Shukuru', 'Tumaini', 'Faraja', 'Jabari',
    'Rashidi', 'Mwanaisha', 'Saidi', 'Upendo', 'Furaha', 'Kheri', 'Mosi', 'Subira'],
  last: ['Mwakasege', 'Kimaro', 'Massawe', 'Lyimo', 'Mrisho', 'Kombo', 'Mushi', 'Mfinanga', 'Mbwambo', 'Shirima', 'Kiwelu',
    'Mtei', 'Swai', 'Msuya', 'Urassa', 'Mwakyusa', 'Ngowi', 'Minja', 'Kisanga', 'Mlay'],
};
/** Russian in the Dutch transliteration a municipal register uses. */
export const RUSSIAN = {
  first: ['Dmitri', 'Jevgeni', 'Anastasija', 'Svetlana', 'Vsevolod', 'Jaroslav', 'Ljoedmila', 'Ksenija', 'Arkadi', 'Gennadi',
    'Zinaida', 'Rostislav', 'Jekaterina', 'Nadezjda', 'Vladlen', 'Timofej', 'Oeljana', 'Zjanna', 'Matvej', 'Jelizaveta'],
  last: ['Zjoekovski', 'Koeznetsova', 'Vorobjov', 'Sjtsjerbakov', 'Goloebeva', 'Tichonov', 'Zajtseva', 'Lebedev', 'Jermakov',
    'Tsjernysjev', 'Pankratova', 'Seliverstov', 'Beloesov', 'Kroeglova', 'Sjoemilin', 'Ovtsjinnikov', 'Zjdanova', 'Starostin', 'Poljakova', 'Tretjakov'],
};
/** Telugu: family (house) names written last, as Dutch registers put them. */
export const TELUGU = {
  first: ['Venkatesh', 'Srinivasulu', 'Padmavathi', 'Ramakrishna', 'Sravani', 'Bhargavi', 'Chaitanya', 'Tejaswini', 'Harika',
    'Pavan', 'Madhavi', 'Raghavendra', 'Sirisha', 'Vamsi', 'Anusha', 'Naveena', 'Suresh', 'Keerthana'],
  last: ['Kondapalli', 'Yarlagadda', 'Gorantla', 'Vemula', 'Pothineni', 'Bollineni', 'Ravipati', 'Nallamothu', 'Tummala',
    'Dasari', 'Pasupuleti', 'Gaddam', 'Karumuri', 'Chowdary', 'Naidu', 'Alluri', 'Kancharla', 'Peddireddy'],
};
/** Marathi: surnames from villages and professions (-kar, -e). */
export const MARATHI = {
  first: ['Aniket', 'Prajakta', 'Shubhangi', 'Omkar', 'Vaishali', 'Madhura', 'Ketaki', 'Swapnil', 'Tejas', 'Ashwini', 'Rohini',
    'Mangesh', 'Pranav', 'Sayali', 'Girish', 'Mrunal', 'Chinmay', 'Rutuja'],
  last: ['Kulkarni', 'Deshpande', 'Patwardhan', 'Gokhale', 'Jadhav', 'Shinde', 'Bhosale', 'Deshmukh', 'Apte', 'Karandikar',
    'Sathe', 'Phadke', 'Chitale', 'Mhatre', 'Gaikwad', 'Tendulkar', 'Waghmare', 'Kelkar', 'Joglekar'],
};
/** Tibetan: no family name; the second of two given names stands as the surname in Dutch records. */
export const TIBETAN = {
  first: ['Tenzin', 'Lobsang', 'Pema', 'Tsering', 'Kalsang', 'Jampa', 'Ngawang', 'Yangchen', 'Dechen', 'Thupten', 'Choedon',
    'Norbu', 'Lhakpa', 'Tashi', 'Kunga', 'Tsultrim'],
  last: ['Dorjee', 'Wangmo', 'Namgyal', 'Phuntsok', 'Gyatso', 'Choephel', 'Lhundup', 'Samdup', 'Dhondup', 'Tsomo', 'Gyaltsen',
    'Topgyal', 'Chodak', 'Dolkar', 'Youdon', 'Wangdu', 'Dhargyal'],
};
/** Lao: long given names, surnames from the 1940s naming law. */
export const LAO = {
  first: ['Souksavanh', 'Khamphone', 'Bounmy', 'Phonesavanh', 'Vilayvanh', 'Sengphet', 'Outhai', 'Keomany', 'Noukham', 'Somphone',
    'Bounthavy', 'Malaythong', 'Chanthaly', 'Viengkham', 'Daovone', 'Souliya'],
  last: ['Phommachanh', 'Sisouphanh', 'Vongsakda', 'Keophila', 'Inthavong', 'Sayavong', 'Luangrath', 'Southammavong', 'Chanthavong',
    'Phetsomphou', 'Rattanavong', 'Xaysana', 'Sengsouvanh', 'Douangdara', 'Khounnavong', 'Manivong'],
};
/** Hmong: a clan name as surname, short given names. */
export const HMONG = {
  first: ['Tou', 'Nou', 'Kou', 'Xee', 'Chue', 'Yer', 'Pheng', 'Shoua', 'Nhia', 'Blia', 'Youa', 'Houa', 'Mee', 'Cheng', 'Boua', 'Tong', 'Ntxhi'],
  last: ['Vang', 'Xiong', 'Thao', 'Moua', 'Her', 'Lor', 'Vue', 'Hang', 'Khang', 'Kue', 'Yang', 'Chang', 'Fang', 'Cha'],
};
/** Fijian (iTaukei): Biblical given names in Fijian spelling, surnames from a father's name. */
export const FIJIAN = {
  first: ['Mereoni', 'Losana', 'Sainimili', 'Timoci', 'Joeli', 'Inoke', 'Waisale', 'Seru', 'Viliame', 'Akanisi', 'Litia', 'Semisi',
    'Asaeli', 'Salote', 'Makereta', 'Tevita'],
  last: ['Naivalu', 'Tuisawau', 'Vakacegu', 'Ravouvou', 'Bulavakarua', 'Tikoisuva', 'Nawaqa', 'Rokotuivuna', 'Vunibaka',
    'Matanitobua', 'Koroivueta', 'Nabainivalu', 'Raduva', 'Waqanivalu', 'Tabuakuro', 'Cakaunitavuki'],
};
/** Maori: Maori given names and surnames, some with the article Te. */
export const MAORI = {
  first: ['Wiremu', 'Hemi', 'Aroha', 'Mereana', 'Tamati', 'Rawiri', 'Ngaire', 'Hinemoa', 'Kahurangi', 'Anaru', 'Huia', 'Manaia',
    'Pita', 'Moana', 'Rewi', 'Hohepa'],
  last: ['Ngata', 'Parata', 'Paewai', 'Rangitauira', 'Tamihana', 'Whaanga', 'Horomona', 'Potae', 'Kereama', 'Mokomoko', 'Taiaroa',
    'Ruatapu', 'Karaka', 'Tawhai', 'Hapeta', 'Maihi'],
  particles: ['Te'],
};
/** Paraguayan: Spanish surnames common in Paraguay, given names in use there. */
export const PARAGUAYAN = {
  first: ['Derlis', 'Fidelina', 'Cirilo', 'Eladio', 'Teodolina', 'Rossana', 'Nilda', 'Arsenio', 'Leodegar', 'Ñeca', 'Blasida',
    'Eusebio', 'Librada', 'Aníbal', 'Zunilda', 'Epifanio'],
  last: ['Yegros', 'Arzamendia', 'Insfrán', 'Benegas', 'Céspedes', 'Ozuna', 'Gauto', 'Sanabria', 'Zárate', 'Ayala', 'Irala',
    'Caballero', 'Candia', 'Villalba', 'Ojeda', 'Agüero', 'Brítez', 'Galeano', 'Riveros', 'Bogado'],
};
/** Luxembourgish: German and French given names with Luxembourgish short forms. */
export const LUXEMBOURGISH = {
  first: ['Jemp', 'Fränk', 'Romain', 'Gilles', 'Tessy', 'Carole', 'Mireille', 'Joëlle', 'Fernand', 'Josée', 'Jhang', 'Nadine',
    'Lucien', 'Claudine', 'Pit', 'Fernande'],
  last: ['Schmit', 'Kremer', 'Thill', 'Kieffer', 'Feller', 'Steichen', 'Majerus', 'Wampach', 'Bettendorf', 'Schummer', 'Theisen',
    'Goedert', 'Entringer', 'Zeimet', 'Beffort', 'Gloden', 'Dostert', 'Loutsch', 'Wiltgen', 'Hoscheit', 'Kugener'],
};
/** Yemeni: given names, tribal or regional surnames, often with Al- or bin. */
export const YEMENI = {
  first: ['Abdulkarim', 'Hamoud', 'Arwa', 'Bilqis', 'Sumaya', 'Tawfiq', 'Qaid', 'Mohsen', 'Hayel', 'Nadhira', 'Afrah', 'Raghda',
    'Waleed', 'Saddiq', 'Ghamdan', 'Ibtisam'],
  last: ['Hadrami', 'Sanani', 'Yafai', 'Shaibani', 'Mikhlafi', 'Hamdani', 'Qadhi', 'Maqtari', 'Shamiri', 'Dhamari', 'Wesabi',
    'Haddi', 'Kibsi', 'Ansi', 'Sharjabi', 'Aghbari'],
  particles: ['Al-', 'bin'],
};

export const FRESH8_ORIGINS = [
  { id: 'zulu', weight: 4, source: 'fresh8/names.mjs (ZULU)', ...ZULU },
  { id: 'swahili', weight: 4, source: 'fresh8/names.mjs (SWAHILI)', ...SWAHILI },
  { id: 'russian', weight: 4, source: 'fresh8/names.mjs (RUSSIAN), Dutch transliteration', ...RUSSIAN },
  { id: 'telugu', weight: 3, source: 'fresh8/names.mjs (TELUGU)', ...TELUGU },
  { id: 'marathi', weight: 3, source: 'fresh8/names.mjs (MARATHI)', ...MARATHI },
  { id: 'tibetan', weight: 3, source: 'fresh8/names.mjs (TIBETAN): two given names', ...TIBETAN },
  { id: 'lao', weight: 3, source: 'fresh8/names.mjs (LAO)', ...LAO },
  { id: 'hmong', weight: 2, source: 'fresh8/names.mjs (HMONG): clan names', ...HMONG },
  { id: 'fijian', weight: 2, source: 'fresh8/names.mjs (FIJIAN)', ...FIJIAN },
  { id: 'maori', weight: 2, source: 'fresh8/names.mjs (MAORI)', ...MAORI },
  { id: 'paraguayan', weight: 3, source: 'fresh8/names.mjs (PARAGUAYAN)', ...PARAGUAYAN },
  { id: 'luxembourgish', weight: 3, source: 'fresh8/names.mjs (LUXEMBOURGISH)', ...LUXEMBOURGISH },
  { id: 'yemeni', weight: 3, source: 'fresh8/names.mjs (YEMENI)', ...YEMENI },
];

/** Every name part, lower case, that train/test and fresh … fresh7 list, with their particles. */
export function olderParts() {
  const s = new Set(olderThanFresh7());
  for (const o of buildFresh7Pools().origins) for (const v of Object.values(o)) {
    if (!Array.isArray(v)) continue;
    for (const part of v) if (typeof part === 'string') for (const w of part.split(/[\s-]+/)) s.add(w.toLowerCase());
  }
  return s;
}

const words = (p) => p.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
/** A part reserved for officials and streets: one in five by hash. */
export const reservedPart = (p) => hash32(`fresh8:${p}`) % 5 === 0;

/** The fresh8 pools: `{ split: 'fresh8', origins }`, each origin with `first`/`last` for persons and `officialFirst`/`officialLast`. */
export function buildFresh8Pools() {
  const old = olderParts();
  const fresh = (p) => words(p).every((w) => !old.has(w.toLowerCase()));
  const origins = FRESH8_ORIGINS.map((o) => {
    const first = [...new Set(o.first)].filter(fresh);
    const last = [...new Set(o.last)].filter(fresh);
    return {
      id: o.id, weight: o.weight, source: o.source, particles: o.particles,
      first: first.filter((p) => !reservedPart(p)), last: last.filter((p) => !reservedPart(p)),
      officialFirst: first.filter(reservedPart), officialLast: last.filter(reservedPart),
    };
  }).filter((o) => o.first.length > 4 && o.last.length > 4);
  return { split: 'fresh8', origins };
}
