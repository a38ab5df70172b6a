// Name pools of the `fresh5` split (README.md in scripts/corpus says why it exists; this file is
// part of the detailed plan, which detector engineers are asked not to open). Every origin is
// written by hand here, from general knowledge of naming customs and of how Dutch registers and
// passports spell these names; none comes from faker (a detector lexicon may be widened from
// faker's locales, which is legitimate, and the per-origin recall shows how much rests on it).
// Common names only, no particular persons. Every part that any train, test, fresh, fresh2,
// fresh3 or fresh4 origin lists (before their own split), every particle of those splits, and
// every word of the person lists of the faker locales those splits read, is removed word by word
// and case-insensitively, so fresh5 shares no name part with the other six splits.
//
// Origins no other split uses: Irish (Ó, Mac, Ní, Nic; fadas), Welsh, Icelandic (patronymics
// -son/-dóttir; ð þ æ), Latvian (ā ē ī ū ķ ļ ņ š ž; -s/-š for men, -a/-e for women), Slovene
// (č š ž), Basque (tx, tz, ñ), Catalan (two surnames joined by "i"; à è ò ú ç), Cameroonian,
// Haitian (hyphenated given names and surnames), Burmese (no family name: the register splits the
// one name into a first word and the rest), Hausa, Oromo (father's name as surname), Tunisian
// (French transliteration; Ben), Punjabi Sikh (Singh/Kaur between given name and clan name), and
// Dutch families with rare particles (van 't, in 't, uit den, de la, ten, ter, 't) written with
// regional given names.
import * as faker from '@faker-js/faker';
import { DUTCH_PARTICLES, ORIGINS } from '../names.mjs';
import { FRESH_ORIGINS } from '../fresh/names.mjs';
import { FRESH2_ORIGINS, FRESH2_PARTICLES } from '../fresh2/names.mjs';
import { FRESH3_ORIGINS, FRESH3_PARTICLES } from '../fresh3/names.mjs';
import { FRESH4_ORIGINS, FRESH4_PARTICLES, olderLocales as fresh4Locales } from '../fresh4/names.mjs';

const uniq = (a) => [...new Set(a)];

export const IRISH = {
  first: ['Aoife', 'Siobhán', 'Caoimhe', 'Niamh', 'Saoirse', 'Clodagh', 'Gráinne', 'Sadhbh', 'Aisling', 'Orlaith', 'Róisín', 'Éabha', 'Tadhg',
    'Oisín', 'Cian', 'Darragh', 'Ruairí', 'Pádraig', 'Seosamh', 'Cathal', 'Donncha', 'Eoghan', 'Fiachra', 'Colm', 'Diarmuid', 'Lorcan', 'Aoibheann',
    'Fionnuala', 'Ciarán', 'Muireann'],
  last: ['Ó Súilleabháin', 'Ó Briain', 'Mac Cárthaigh', 'Ó Ceallaigh', 'Mac Giolla Phádraig', 'Ó Donnchadha', 'Ó Murchú', 'Mac Mathúna',
    'Ó Laoghaire', 'Ó Floinn', 'Ní Bhriain', 'Ní Cheallaigh', 'Nic Dhonncha', 'Ní Mhurchú', 'Ní Fhloinn', 'Nic Mhathúna', 'Donnelly', 'Gallagher',
    'Doherty', 'Kavanagh', 'Brennan', 'Quigley', "O'Dowd", "O'Sullivan", 'McGettigan', 'Moynihan', 'Cullinane', 'Ó hEochaidh', 'Mac an tSaoi'],
};
export const WELSH = {
  first: ['Iolo', 'Dafydd', 'Gethin', 'Rhodri', 'Emyr', 'Aled', 'Hywel', 'Meirion', 'Bryn', 'Carys', 'Eleri', 'Gwenllian', 'Seren', 'Ffion',
    'Angharad', 'Mererid', 'Lowri', 'Catrin', 'Sioned', 'Heledd', 'Elin', 'Rhiannon', 'Cerys', 'Gwion', 'Tomos', 'Cadi', 'Llinos', 'Owain'],
  last: ['Gruffudd', 'Llywelyn', 'Pritchard', 'Bowen', 'Pugh', 'Prosser', 'Vaughan', 'Lloyd', 'Parry', 'Probert', 'Meredith', 'Cadwaladr',
    'Rhydderch', 'Howells', 'Bevan', 'Gwynne', 'Llwyd', 'Prydderch', 'Powell', 'Jenkins', 'Griffiths', 'Humphreys', 'Pryce', 'Bowen-Pugh'],
};
export const ICELANDIC = {
  first: ['Guðrún', 'Sigríður', 'Þórunn', 'Ragnheiður', 'Hrafnhildur', 'Ásdís', 'Steinunn', 'Kolbrún', 'Halldóra', 'Bryndís', 'Sólveig',
    'Sigurður', 'Þórður', 'Ólafur', 'Hrafn', 'Skúli', 'Halldór', 'Ragnar', 'Eiður', 'Snorri', 'Kjartan', 'Baldur', 'Ásgeir', 'Þorsteinn',
    'Hjördís', 'Ægir', 'Vigdís', 'Jóhannes'],
  last: ['Sigurðardóttir', 'Jónsdóttir', 'Guðmundsdóttir', 'Þórðardóttir', 'Einarsdóttir', 'Magnúsdóttir', 'Ólafsdóttir', 'Kristjánsdóttir',
    'Sigurðsson', 'Þórðarson', 'Guðmundsson', 'Einarsson', 'Magnússon', 'Ólafsson', 'Kristjánsson', 'Hallgrímsson', 'Gunnarsson', 'Ragnarsson',
    'Björnsson', 'Stefánsdóttir', 'Hrafnsson', 'Baldursdóttir', 'Þorsteinsdóttir', 'Ægisson', 'Skúladóttir'],
};
export const LATVIAN = {
  first: ['Jānis', 'Kārlis', 'Māris', 'Raimonds', 'Uldis', 'Valdis', 'Gatis', 'Edgars', 'Ainārs', 'Guntis', 'Aigars', 'Ivars', 'Līga', 'Ilze',
    'Inese', 'Dace', 'Baiba', 'Sarmīte', 'Zane', 'Ieva', 'Agnese', 'Gunta', 'Laima', 'Aivars', 'Dzintra', 'Ingūna', 'Artūrs', 'Rūta'],
  last: ['Bērziņš', 'Kalniņš', 'Ozoliņš', 'Liepiņš', 'Krūmiņš', 'Vītols', 'Zariņš', 'Kļaviņš', 'Jansons', 'Ozols', 'Lācis', 'Balodis',
    'Eglītis', 'Bērziņa', 'Kalniņa', 'Ozoliņa', 'Liepiņa', 'Krūmiņa', 'Vītola', 'Zariņa', 'Kļaviņa', 'Lāce', 'Balode', 'Eglīte', 'Pētersons',
    'Pētersone', 'Ķēniņš', 'Šmits'],
};
export const SLOVENE = {
  first: ['Žiga', 'Rok', 'Jure', 'Gašper', 'Primož', 'Blaž', 'Anže', 'Urška', 'Špela', 'Nuša', 'Tjaša', 'Mojca', 'Polona', 'Tadej', 'Klemen',
    'Nejc', 'Alenka', 'Metka', 'Matevž', 'Andraž', 'Jernej', 'Petra', 'Barbka', 'Neža', 'Tina', 'Urban'],
  last: ['Kranjc', 'Zupančič', 'Potočnik', 'Kovačič', 'Mlakar', 'Vidmar', 'Golob', 'Hribar', 'Korošec', 'Rozman', 'Bizjak', 'Zorko',
    'Kastelic', 'Oblak', 'Žagar', 'Kavčič', 'Jerman', 'Leban', 'Gorjup', 'Peterlin', 'Zajc', 'Koželj', 'Pirnat', 'Štrukelj', 'Debeljak', 'Kuhar'],
};
export const BASQUE = {
  first: ['Aitor', 'Iñaki', 'Unai', 'Gorka', 'Ander', 'Asier', 'Iker', 'Xabier', 'Joseba', 'Koldo', 'Eneko', 'Amaia', 'Itziar', 'Nerea',
    'Ainhoa', 'Maialen', 'Garazi', 'Leire', 'Idoia', 'Edurne', 'Arantxa', 'Miren', 'Irati', 'Olatz', 'Haizea', 'Iratxe', 'Urko'],
  last: ['Etxeberria', 'Goikoetxea', 'Agirre', 'Arrieta', 'Zubizarreta', 'Urrutia', 'Larrañaga', 'Etxebarria', 'Olaizola', 'Aranburu',
    'Iturriaga', 'Gorostiaga', 'Mendizabal', 'Elizondo', 'Zabaleta', 'Ugarte', 'Otxoa', 'Lizarraga', 'Arregi', 'Azkue', 'Beitia', 'Urkiola',
    'Aizpurua', 'Egaña', 'Ibarguren', 'Etxaniz', 'Arrizabalaga'],
};
export const CATALAN = {
  first: ['Jordi', 'Oriol', 'Arnau', 'Quim', 'Martí', 'Pol', 'Jaume', 'Montserrat', 'Núria', 'Mireia', 'Meritxell', 'Laia', 'Ona', 'Aina',
    'Roser', 'Neus', 'Mercè', 'Carme', 'Gemma', 'Pere', 'Narcís', 'Bernat', 'Txell', 'Queralt', 'Biel', 'Ferran'],
  last: ['Puigdollers', 'Vilaseca', 'Casals', 'Riera', 'Bertran', 'Prat', 'Cruells', 'Vallverdú', 'Llorens', 'Coll', 'Estruch', 'Fàbregas',
    'Camprubí', 'Boix', 'Solé', 'Masdeu', 'Tarragó', 'Bonet', 'Vilaseca i Prat', 'Casals i Boix', 'Riera i Solé', 'Coll i Bertran',
    'Puigvert', 'Farré', 'Sunyer', 'Rovira i Tarragó', 'Pujadas', 'Xirau'],
};
export const CAMEROONIAN = {
  first: ['Ndedi', 'Nkeng', 'Ewane', 'Mbeng', 'Tchinda', 'Ngassa', 'Fopa', 'Yimga', 'Etoundi', 'Hervé', 'Blaise', 'Brice',
    'Landry', 'Aristide', 'Flaubert', 'Ghislain', 'Rodrigue', 'Ornella', 'Murielle', 'Carine', 'Laetitia', 'Prisca', 'Gaëlle', 'Sidonie',
    'Edwige', 'Armel'],
  last: ['Fotso', 'Kamga', 'Tchoupo', 'Nkoulou', 'Mbarga', 'Ngono', 'Essomba', 'Atangana', 'Njoya', 'Kameni', 'Ndjock', 'Tagne',
    'Djoumessi', 'Nganou', 'Feudjio', 'Wandji', 'Tsafack', 'Nguemo', 'Mbida', 'Ebongue', 'Moukoko', 'Ekotto', 'Nyobe', 'Tchatchoua',
    'Ngo Biyong', 'Kouotou', 'Nana Tchoua'],
};
export const HAITIAN = {
  first: ['Wideline', 'Ketly', 'Fritznel', 'Wisly', 'Jodeline', 'Mackenson', 'Wilner', 'Rose-Carmelle', 'Jean-Rony', 'Dieunie', 'Guerline',
    'Mirlande', 'Magalie', 'Ernso', 'Jacquelin', 'Lesly', 'Yvenel', 'Dieuseul', 'Vanel', 'Rose-Midlie', 'Fednel', 'Nadège', 'Widmaïer', 'Kerline',
    'Stanley', 'Jean-Wilner'],
  last: ['Dorsainvil', 'Exantus', 'Estimé', 'Fils-Aimé', 'Thermidor', 'Jeanty', 'Lubin', 'Cadet', 'Désir', 'Saint-Fleur', 'Dorvil', 'Célestin',
    'Bien-Aimé', 'Destin', 'Jean-Baptiste', 'Augustin', 'Dérisier', 'Lamour', 'Vilsaint', 'Petit-Frère', 'Toussaint', 'Ducasse', 'Métellus',
    'Orélien', 'Jean-Louis', 'Sanon', 'Fleurimond'],
};
/** Burmese: one name without a family name; the register splits it into its first word and the rest. */
export const BURMESE = {
  first: ['Aung', 'Thiri', 'Khin', 'Hnin', 'Nay', 'Kaung', 'Htoo', 'Myo', 'Thida', 'Zar', 'Thura', 'Wai', 'Pyae', 'Sandar', 'Yamin', 'Nilar',
    'Thuzar', 'Phyo', 'Kyi', 'Ohnmar', 'Tin', 'Chit', 'Yin'],
  last: ['Kyaw Moe', 'Htet Aung', 'Zaw Naing', 'Myint Thu', 'Hlaing Oo', 'Phyo Wai', 'Nandar Lwin', 'Thet Hnin', 'Myat Noe', 'Yadanar Phyu',
    'Thant Zin', 'Min Khant', 'Shwe Sin', 'Ei Mon', 'Zin Mar', 'Khaing Zar', 'Soe Win', 'Thein Naing', 'Aye Chan', 'Lin Htet', 'Kyaw Swar',
    'Naing Lin', 'Moe Thet'],
};
export const HAUSA = {
  first: ['Danladi', 'Ladi', 'Talatu', 'Jummai', 'Kande', 'Hauwa', 'Inuwa', 'Gambo', 'Shehu', 'Garba', 'Lawan', 'Tanko', 'Dauda', 'Balarabe',
    'Nasiru', 'Rabi', 'Binta', 'Hadiza', 'Asabe', 'Larai', 'Ladidi', 'Aminu', 'Salisu', 'Sadiya', 'Magaji', 'Tani'],
  last: ['Danjuma', 'Dankwambo', 'Gwarzo', 'Dantata', 'Maikudi', 'Danbaba', 'Yakasai', 'Bichi', 'Tsafe', 'Lamido', 'Dikko', 'Jibrin',
    'Maigari', 'Mairiga', 'Kurfi', 'Danmusa', 'Mashi', 'Zakari', 'Galadima', 'Dankano', 'Dambatta', 'Dutsinma', 'Shinkafi', 'Kankara',
    'Maiturare'],
};
export const OROMO = {
  first: ['Chala', 'Gemechu', 'Abdisa', 'Boru', 'Lelisa', 'Chaltu', 'Ebise', 'Obse', 'Gadisa', 'Hawi', 'Iftu', 'Bontu', 'Lami', 'Tufa',
    'Jiregna', 'Gutema', 'Fayisa', 'Olana', 'Bilise', 'Lalise', 'Dhugaa', 'Soreti', 'Caaltuu', 'Keneni', 'Galaana'],
  last: ['Tolessa', 'Gudina', 'Kumsa', 'Dinsa', 'Etana', 'Negasa', 'Dibaba', 'Merga', 'Jaleta', 'Gemeda', 'Wakjira', 'Fufa', 'Dabala',
    'Ayana', 'Hirpa', 'Gurmu', 'Ofga', 'Keno', 'Galata', 'Bayisa', 'Regassa', 'Chimdessa', 'Adugna', 'Wakweya', 'Debela'],
};
export const TUNISIAN = {
  first: ['Chokri', 'Slim', 'Anis', 'Wafa', 'Hedi', 'Lotfi', 'Moncef', 'Néjib', 'Faouzi', 'Hamdi', 'Sarra', 'Rim', 'Olfa', 'Emna', 'Houda',
    'Sihem', 'Dorra', 'Chaima', 'Yosra', 'Maroua', 'Wassim', 'Ghassen', 'Aymen', 'Mounir', 'Hela', 'Sonia', 'Kaïs'],
  last: ['Trabelsi', 'Jebali', 'Mejri', 'Chaabane', 'Hammami', 'Sfaxi', 'Gharbi', 'Jlassi', 'Dridi', 'Mabrouk', 'Zouari', 'Ayari', 'Chebbi',
    'Khemiri', 'Bouzid', 'Kchaou', 'Ellouze', 'Baccouche', 'Masmoudi', 'Ouertani', 'Tlili', 'Hajji', 'Karoui', 'Mzoughi', 'Ferchichi',
    'Belhadj', 'Ben Salah', 'Ben Ammar', 'Ben Romdhane'],
};
export const SIKH = {
  first: ['Gurpreet', 'Harpreet', 'Jaspreet', 'Manpreet', 'Navdeep', 'Simranjit', 'Harjinder', 'Balwinder', 'Sukhwinder', 'Paramjit',
    'Rajwinder', 'Gurdeep', 'Jasleen', 'Harleen', 'Navneet', 'Satnam', 'Jagjit', 'Tejinder', 'Baljit', 'Harbhajan', 'Kulwant', 'Amrik',
    'Gurjeet', 'Inderjit'],
  last: ['Sandhu', 'Gill', 'Dhillon', 'Grewal', 'Sidhu', 'Brar', 'Bains', 'Randhawa', 'Bhullar', 'Dhaliwal', 'Johal', 'Sekhon', 'Aulakh',
    'Kang', 'Mann', 'Toor', 'Pannu', 'Chahal', 'Hundal', 'Khangura', 'Nijjar', 'Saini', 'Mangat', 'Sahota', 'Atwal'],
  particles: ['Singh', 'Kaur'],
};
/** Dutch families with particles that are rare in the other splits; regional given names. */
export const DUTCH_RARE = {
  first: ['Huub', 'Sjra', 'Jeu', 'Geesje', 'Aaltje', 'Wubbo', 'Egbert', 'Roelof', 'Derk', 'Jantine', 'Aafke', 'Berendina', 'Harmen',
    'Wessel', 'Gerdien', 'Hennie', 'Teun', 'Marieke', 'Sjef', 'Door', 'Lambertus', 'Gijsbert', 'Bertha', 'Leentje', 'Hendrika', 'Evert',
    'Jochem', 'Wendelien'],
  last: ['Bogaard', 'Riet', 'Zandt', 'Wout', 'Hek', 'Rambelje', 'Cate', 'Velde', 'Hoenderdaal', 'Knijnenburg', 'Uittenbogaard', 'Onderwater',
    'Ploegmakers', 'Kwakkelstein', 'Spierenburg', 'Torenvliet', 'Kieboom', 'Prinsenberg', 'Stolwijk', 'Oudshoorn', 'Vreeswijk', 'Harkema',
    'Hoogenboezem', 'Schimmelpenning', 'Wijnhoven', 'Verhoeckx', 'Ruitenbeek'],
  rareParticles: ["van 't", "in 't", 'uit den', 'de la', 'ten', 'ter', "'t", 'uijt de', 'op ten'],
};

/**
 * Gender when a name marks it (Irish Ní/Nic and Ó/Mac, Icelandic -dóttir/-son, Latvian -a/-e and
 * -s/-š, Sikh Kaur/Singh), so that "mevrouw"/"de heer" and pronouns agree; null when it does not.
 */
export function genderOf(origin, surname) {
  const w = surname.split(/[\s-]+/);
  if (origin === 'irish') return /^Ní|^Nic/.test(surname) ? true : /^Ó|^Mac/.test(surname) ? false : null;
  if (origin === 'icelandic') return /dóttir$/.test(w[0]) ? true : /son$/.test(w[0]) ? false : null;
  if (origin === 'latvian') return /[ae]$/.test(w[0]) ? true : /[sš]$/.test(w[0]) ? false : null;
  if (origin === 'sikh') return w[0] === 'Kaur' ? true : w[0] === 'Singh' ? false : null;
  return null;
}

const hand = (name) => `fresh5/names.mjs (${name}), by hand`;
export const FRESH5_ORIGINS = [
  { id: 'irish', weight: 3, source: `${hand('IRISH')}: Ó, Mac, Ní, Nic`, first: IRISH.first, last: IRISH.last },
  { id: 'welsh', weight: 3, source: hand('WELSH'), first: WELSH.first, last: WELSH.last },
  { id: 'icelandic', weight: 3, source: `${hand('ICELANDIC')}: patronymics`, first: ICELANDIC.first, last: ICELANDIC.last },
  { id: 'latvian', weight: 3, source: hand('LATVIAN'), first: LATVIAN.first, last: LATVIAN.last },
  { id: 'slovene', weight: 3, source: hand('SLOVENE'), first: SLOVENE.first, last: SLOVENE.last },
  { id: 'basque', weight: 3, source: hand('BASQUE'), first: BASQUE.first, last: BASQUE.last },
  { id: 'catalan', weight: 3, source: `${hand('CATALAN')}: two surnames joined by i`, first: CATALAN.first, last: CATALAN.last },
  { id: 'cameroonian', weight: 3, source: hand('CAMEROONIAN'), first: CAMEROONIAN.first, last: CAMEROONIAN.last },
  { id: 'haitian', weight: 3, source: hand('HAITIAN'), first: HAITIAN.first, last: HAITIAN.last },
  { id: 'burmese', weight: 2, source: `${hand('BURMESE')}: one name split by the register`, first: BURMESE.first, last: BURMESE.last },
  { id: 'hausa', weight: 3, source: hand('HAUSA'), first: HAUSA.first, last: HAUSA.last },
  { id: 'oromo', weight: 3, source: `${hand('OROMO')}: father's name as surname`, first: OROMO.first, last: OROMO.last },
  { id: 'tunisian', weight: 3, source: hand('TUNISIAN'), first: TUNISIAN.first, last: TUNISIAN.last },
  { id: 'sikh', weight: 3, source: `${hand('SIKH')}: Singh/Kaur + clan name`, first: SIKH.first, last: SIKH.last, particles: SIKH.particles },
  { id: 'dutch-rare', weight: 4, source: `${hand('DUTCH_RARE')}: van 't, in 't, uit den, de la, ten, ter`, first: DUTCH_RARE.first, last: DUTCH_RARE.last,
    rareParticles: DUTCH_RARE.rareParticles },
];

/** Particles of fresh5 origins (and the "i" between two Catalan surnames): grammar, not name parts. */
export const FRESH5_PARTICLES = uniq([...FRESH5_ORIGINS.flatMap((o) => [...(o.particles ?? []), ...(o.rareParticles ?? [])]),
  'i', 'ó', 'mac', 'ní', 'nic', 'ben', 'ngo', 'e/v']);

const words = (p) => p.split(/[\s-]+/).filter(Boolean).map((w) => w.toLowerCase());
const vals = (x) => (x ? (Array.isArray(x) ? x : Object.values(x).flat()) : []).filter((v) => typeof v === 'string');

/** The faker locales whose person lists a train, test or fresh origin reads (fresh2..fresh4 read none). */
export const olderLocales = fresh4Locales;

/** Every name part, lower case, that an older split lists or reads from faker, and every particle. */
export function olderParts() {
  const s = new Set([...DUTCH_PARTICLES, ...FRESH2_PARTICLES, ...FRESH3_PARTICLES, ...FRESH4_PARTICLES].flatMap(words));
  for (const o of [...ORIGINS, ...FRESH_ORIGINS]) for (const p of [...o.first(), ...o.last(), ...(o.particles ?? [])]) for (const w of words(p)) s.add(w);
  for (const o of [...FRESH2_ORIGINS, ...FRESH3_ORIGINS, ...FRESH4_ORIGINS]) for (const p of [...o.first, ...o.last, ...(o.particles ?? [])]) for (const w of words(p)) s.add(w);
  for (const l of olderLocales()) for (const p of [...vals(faker[l]?.person?.first_name), ...vals(faker[l]?.person?.last_name)]) for (const w of words(p)) s.add(w);
  return s;
}

/** The fresh5 pools, shaped like names.mjs buildPools(): `{ split: 'fresh5', origins }`. */
export function buildFresh5Pools() {
  const old = olderParts();
  const grammar = new Set(FRESH5_PARTICLES.flatMap(words));
  const isNew = (p) => words(p).every((w) => (grammar.has(w) && w !== p.toLowerCase()) || !old.has(w));
  const origins = FRESH5_ORIGINS.map((o) => ({ ...o, first: uniq(o.first).filter(isNew), last: uniq(o.last).filter(isNew) }))
    .filter((o) => o.first.length > 4 && o.last.length > 4);
  return { split: 'fresh5', origins };
}
