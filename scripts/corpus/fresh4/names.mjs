// Name pools of the `fresh4` split (README.md in scripts/corpus says why it exists; this file is
// the detailed plan, which detector engineers are asked not to open). Every origin is written by
// hand here, from general knowledge of naming customs and of how Dutch registers and passports
// spell these names; none comes from faker (a detector lexicon may be widened from faker's
// locales, which is legitimate, and the per-origin recall shows how much rests on it). Common
// names only, no particular persons. Every part that any train, test, fresh, fresh2 or fresh3
// origin lists (before their own split), every particle, and every word of the person lists of
// the faker locales those splits read, is removed word by word and case-insensitively, so fresh4
// shares no name part with the other five splits.
//
// Origins no other split uses: Malaysian (bin/binti), Iraqi (al- joined to the name: Aljanabi),
// Egyptian (El-/Abdel- written together or hyphenated), Kenyan (Kikuyu, Luo, Kalenjin), Shona,
// Croatian (č ć đ š ž), Bulgarian (-ov/-ova, -ev/-eva), Finnish and Estonian (ä ö õ ü), Andean
// (Peruvian/Bolivian: Spanish given names, two Quechua/Aymara surnames, "y" between them),
// Nepali, Central Asian (Uzbek, Kazakh, Azerbaijani: -ov/-ova, -zade, -li), Frisian (-stra,
// -ma, -inga, -enga), Hebrew (Israeli, hyphenated Ben-/Bar-), Mongolian (given name and
// patronymic, hyphenated compounds such as Bat-Erdene).
import * as faker from '@faker-js/faker';
import { DUTCH_PARTICLES, ORIGINS } from '../names.mjs';
import { FRESH_ORIGINS } from '../fresh/names.mjs';
import { FRESH2_ORIGINS, FRESH2_PARTICLES } from '../fresh2/names.mjs';
import { FRESH3_ORIGINS, FRESH3_PARTICLES, olderLocales as fresh3Locales } from '../fresh3/names.mjs';

const uniq = (a) => [...new Set(a)];

/** Malaysian (Malay): given name(s), then bin/binti and the father's given name. */
export const MALAYSIAN = {
  first: ['Hafizuddin', 'Syahmi', 'Amirul', 'Khairul', 'Azlan', 'Zulkifli', 'Izzati', 'Syazwani', 'Nadhirah', 'Hazwan', 'Shahrul',
    'Najwa', 'Aqilah', 'Safwan', 'Luqman', 'Haziq', 'Firdaus', 'Nabilah', 'Afiqah', 'Syafiq', 'Hanis', 'Azizah', 'Zaharah', 'Norazlina',
    'Mazlan', 'Rosmah', 'Faizul', 'Anuar'],
  last: ['Razak', 'Othman', 'Salleh', 'Yaacob', 'Mokhtar', 'Jaafar', 'Kamaruddin', 'Shamsudin', 'Ghazali', 'Mansor', 'Yusof', 'Zainal',
    'Sulaiman', 'Ramli', 'Baharudin', 'Nordin', 'Hamdan', 'Rahmat', 'Kassim', 'Harun', 'Embong', 'Awang', 'Mat Isa', 'Che Hassan'],
  particles: ['bin', 'binti'],
};
/** Iraqi: given names common among Iraqis, the clan name with "al" joined to it as Dutch registers often write it. */
export const IRAQI = {
  first: ['Haider', 'Muntadhar', 'Sajjad', 'Mortada', 'Ammar', 'Muhannad', 'Ahmed-Reza', 'Qusay', 'Uday', 'Zaid', 'Mustafa-Ali', 'Baneen',
    'Zahraa', 'Ruqaya', 'Sura', 'Hawraa', 'Shahad', 'Noor-Alhuda', 'Taiba', 'Maryam-Zahraa', 'Dhurgham', 'Hasanain', 'Murtadha', 'Ghufran'],
  last: ['Aljanabi', 'Alsaadi', 'Aljubouri', 'Aldulaimi', 'Alobaidi', 'Alkhafaji', 'Almaliki', 'Altamimi', 'Alshammari', 'Alzubaidi',
    'Alrubaie', 'Alhashimi', 'Albayati', 'Alkarkhi', 'Almosawi', 'Alsamarrai', 'Alanbari', 'Alkaabi', 'Alhilli', 'Alnajjar', 'Albaghdadi'],
};
/** Egyptian and Sudanese: given name, father's name, El-/Abdel- written together, apart or hyphenated. */
export const EGYPTIAN = {
  first: ['Mahmoud', 'Tamer', 'Sherif', 'Hany', 'Wael', 'Ashraf', 'Ehab', 'Karim-Adel', 'Amr', 'Hazem', 'Shereen', 'Rasha', 'Dalia', 'Nermeen',
    'Heba', 'Yasmeen', 'Marwan', 'Mohanad', 'Eman', 'Hagar', 'Mostafa', 'Ayman', 'Ghada', 'Doaa', 'Sameh', 'Nagwa'],
  last: ['Elsayed', 'El-Masry', 'Abdelrahman', 'Abdelaziz', 'Elshafei', 'Abdelfattah', 'El-Gendy', 'Elnaggar', 'Abdelmoneim', 'Elbanna',
    'Abdel-Wahab', 'El-Sherbiny', 'Elhawary', 'Abdelhamid', 'Eltayeb', 'Abdelgadir', 'Elnour', 'Abdelkarim', 'Elfaki', 'Osman-Elamin',
    'Shehata', 'Fathy', 'Soliman', 'Ragab', 'Zaki', 'Elmasry', 'Elgendy', 'Elsherbiny', 'Abdel Ghaffar', 'Abdelmegeed'],
};
/** Kenyan: Kikuyu, Luo and Kalenjin given and family names. */
export const KENYAN = {
  first: ['Wanjiru', 'Njeri', 'Wambui', 'Wairimu', 'Nyambura', 'Muthoni', 'Achieng', 'Akinyi', 'Chebet', 'Jepkosgei', 'Atieno', 'Wanjiku',
    'Kiprono', 'Kipchirchir', 'Kimani', 'Njoroge', 'Otieno', 'Ochieng', 'Kibet', 'Mutiso', 'Wekesa', 'Nyokabi', 'Moraa', 'Kerubo'],
  last: ['Kamau', 'Mwangi', 'Kariuki', 'Omondi', 'Odhiambo', 'Kiprotich', 'Cheruiyot', 'Mutua', 'Wafula', 'Onyango', 'Githinji', 'Ndungu',
    'Macharia', 'Gachanja', 'Wambugu', 'Koech', 'Rotich', 'Langat', 'Ouma', 'Oduya', 'Kiptoo', 'Muriuki', 'Gitau', 'Njuguna', 'Wanyama'],
};
/** Shona (Zimbabwe): given names that are words ("Tatenda", thank you), family names from clans. */
export const SHONA = {
  first: ['Tendai', 'Tatenda', 'Farai', 'Rudo', 'Nyasha', 'Tafadzwa', 'Chipo', 'Kudzai', 'Tinashe', 'Rumbidzai', 'Tapiwa', 'Ruvimbo',
    'Takudzwa', 'Munashe', 'Vimbai', 'Fadzai', 'Nyarai', 'Tonderai', 'Shingai', 'Chiedza', 'Tsitsi', 'Kudakwashe', 'Panashe', 'Anesu'],
  last: ['Chiweshe', 'Mutasa', 'Chikwanha', 'Mapfumo', 'Zvobgo', 'Marufu', 'Chigumba', 'Mupfumira', 'Chinamasa', 'Makoni', 'Muzenda',
    'Chidzikwe', 'Mandaza', 'Mhlanga', 'Mazvimbakupa', 'Chakanyuka', 'Nyamayaro', 'Gwanzura', 'Machingura', 'Zvinavashe', 'Chitsike',
    'Mushonga', 'Nyandoro', 'Chirwa'],
};
/** Croatian: č ć đ š ž, -ić surnames and their Croatian-specific given names. */
export const CROATIAN = {
  first: ['Zvonimir', 'Krešimir', 'Tihomir', 'Domagoj', 'Hrvoje', 'Ivica', 'Snježana', 'Dubravka', 'Željka', 'Đurđica', 'Tomislav',
    'Davor', 'Zdravko', 'Ankica', 'Božidar', 'Slavica', 'Mirela', 'Vlatka', 'Ružica', 'Jadranka', 'Kruno', 'Ante', 'Mate', 'Dražen', 'Ivanka',
    'Vedrana'],
  last: ['Grgić', 'Šimunović', 'Barišić', 'Čačić', 'Bošnjak', 'Šarić', 'Lovrić', 'Mikulić', 'Žužul', 'Vidaković', 'Rukavina', 'Pavičić',
    'Ćosić', 'Kolarić', 'Rončević', 'Pezelj', 'Tadić', 'Brkljačić', 'Šestan', 'Matijašević', 'Vukušić', 'Blažević', 'Jurišić', 'Bilić',
    'Škarica', 'Ćurić'],
};
/** Bulgarian: -ov/-ova and -ev/-eva family names, given names as transliterated in Bulgarian passports. */
export const BULGARIAN = {
  first: ['Stoyan', 'Hristo', 'Todor', 'Plamen', 'Tsvetan', 'Lyubomir', 'Svetoslav', 'Krasimir', 'Desislava', 'Tsvetelina', 'Radostina',
    'Gergana', 'Mariela', 'Yordanka', 'Boryana', 'Iliyana', 'Velislava', 'Kaloyan', 'Bozhidar', 'Rumen', 'Veselin', 'Zhivko', 'Rositsa',
    'Mladen', 'Nedyalko', 'Teodora'],
  last: ['Petkov', 'Stoyanova', 'Hristova', 'Todorov', 'Kolev', 'Yordanov', 'Marinov', 'Atanasova', 'Tsvetkova', 'Kostadinov',
    'Zhelyazkov', 'Dragnev', 'Ganchev', 'Mladenova', 'Boyadzhiev', 'Slavcheva', 'Penchev', 'Raykova', 'Hadzhiev', 'Tsonev', 'Dobreva',
    'Nenchev', 'Velichkova', 'Stanchev', 'Bozhinov'],
};
/** Finnish and Estonian: -nen/-la surnames, one-word Estonian surnames, ä ö õ ü. */
export const FINNIC = {
  first: ['Jukka', 'Pekka', 'Mikko', 'Juha', 'Antti', 'Tuomas', 'Ville', 'Sanna', 'Tiina', 'Päivi', 'Riikka', 'Heli', 'Satu', 'Aino',
    'Eero', 'Kaisa', 'Lauri', 'Outi', 'Kristjan', 'Tõnu', 'Kadri', 'Triin', 'Maarja', 'Tiit', 'Urmas', 'Ülle', 'Piret', 'Kertu'],
  last: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen',
    'Saarinen', 'Salminen', 'Heinonen', 'Kinnunen', 'Turunen', 'Laitinen', 'Rantanen', 'Tamm', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane',
    'Ilves', 'Pärn', 'Kuusk', 'Õunapuu', 'Lepik'],
};
/** Andean (Peru, Bolivia): Spanish given names, two surnames (father's, mother's), Quechua and Aymara, sometimes joined by "y". */
export const ANDEAN = {
  first: ['Rigoberto', 'Eusebio', 'Nazario', 'Wilfredo', 'Anselmo', 'Florencio', 'Porfirio', 'Epifanio', 'Maricruz', 'Yesenia', 'Marisela',
    'Teodosia', 'Eulogia', 'Juvenal', 'Hilario', 'Saturnino', 'Clotilde', 'Rufina', 'Nicanor', 'Belisario', 'Yola', 'Edelmira', 'Melquiades'],
  last: ['Quispe Mamani', 'Huamán Condori', 'Ccahuana', 'Huanca Apaza', 'Choque', 'Ticona y Chambi', 'Yupanqui', 'Mamani Quispe',
    'Condori y Huarachi', 'Poma Cusi', 'Layme', 'Ccori Huillca', 'Chambi', 'Huarachi Limachi', 'Apaza y Ticona', 'Cusi', 'Limachi',
    'Illanes Tupa', 'Ayma Coaquira', 'Coaquira', 'Yucra Sucso', 'Sucso', 'Huillca'],
};
/** Nepali: caste and ethnic family names (Newar, Gurung, Tamang, Brahmin, Chhetri). */
export const NEPALI = {
  first: ['Bishnu', 'Sagar', 'Suman', 'Anish', 'Bibek', 'Sujan', 'Rojina', 'Sabina', 'Srijana', 'Nirmala', 'Kabita', 'Sushila', 'Dipendra',
    'Bikash', 'Roshan', 'Sarita', 'Bimala', 'Prabin', 'Santosh', 'Niruta', 'Pemba', 'Dawa', 'Lhakpa', 'Manju', 'Bhuwan', 'Kamala'],
  last: ['Shrestha', 'Gurung', 'Tamang', 'Magar', 'Limbu', 'Thapa', 'Adhikari', 'Bhattarai', 'Poudel', 'Khadka', 'Karki', 'Basnet',
    'Dahal', 'Sherpa', 'Koirala', 'Pokharel', 'Ghimire', 'Lamichhane', 'Bhandari', 'Maharjan', 'Tuladhar', 'Subedi', 'Rijal', 'Neupane'],
};
/** Central Asian and Azerbaijani: -ov/-ova, -yev/-yeva, -zade and -li family names. */
export const CENTRAL_ASIAN = {
  first: ['Rustam', 'Sherzod', 'Dilshod', 'Jasur', 'Bekzod', 'Otabek', 'Nodira', 'Dilnoza', 'Gulnara', 'Aigerim', 'Nursultan', 'Yerlan',
    'Aidana', 'Elvin', 'Orkhan', 'Gunel', 'Aysel', 'Ulugbek', 'Shahnoza', 'Sevinj', 'Zhanar', 'Askar', 'Timur-Bek', 'Lala', 'Togrul'],
  last: ['Karimov', 'Yusupova', 'Rakhimov', 'Tursunova', 'Mammadova', 'Hasanli', 'Guliyev', 'Huseynzade', 'Rzayev', 'Ismayilova',
    'Nurmagambetov', 'Zhakupova', 'Bekmukhambetov', 'Akhmetova', 'Saparov', 'Ergashev', 'Nazarova', 'Khodjaev', 'Mirzaev', 'Kasymova',
    'Tokhtarov', 'Aliyeva', 'Babayev', 'Quliyeva', 'Sultanzade', 'Abbasli', 'Rahimli'],
};
/** Frisian: Frisian given names (Sjoerd, Wytske), -stra, -ma, -inga and -enga surnames. */
export const FRISIAN = {
  first: ['Sjoerd', 'Hylke', 'Wytske', 'Sietse', 'Tjitske', 'Auke', 'Wiebren', 'Gerbrich', 'Klaske', 'Jildou', 'Baukje', 'Freerk', 'Fokke',
    'Jitske', 'Minne', 'Sytse', 'Tsjerk', 'Wopke', 'Aukje', 'Doutzen', 'Sjoukje', 'Rients', 'Hessel', 'Eelke', 'Anneke-Wytske', 'Oene',
    'Tsjalle', 'Pytsje'],
  last: ['Wijbenga', 'Tjeerdsma', 'Sikkema', 'Hiemstra', 'Rinsma', 'Okkinga', 'Jorritsma', 'Hylkema', 'Atsma', 'Sipma', 'Haagsma', 'Rypma',
    'Tolsma', 'Anema', 'Elzinga', 'Rienstra', 'Hettinga', 'Reitsma', 'Wiersma', 'Bergsma', 'Feenstra', 'Dykstra', 'Sybesma', 'Hoitinga',
    'Walsma', 'Jellema', 'Posthumus', 'Wielenga', 'Boonstra', 'Fennema'],
};
/** Hebrew (Israeli): Hebrew given names, Sephardi and Ashkenazi family names, Ben-/Bar- hyphenated. */
export const HEBREW = {
  first: ['Yossi', 'Noa', 'Tamar', 'Shira', 'Yael', 'Eitan', 'Oren', 'Yitzhak', 'Ronit', 'Michal', 'Omer', 'Itai', 'Liron', 'Gili', 'Hadas',
    'Nir', 'Orly', 'Amit', 'Yonatan', 'Shlomit', 'Reut', 'Avital', 'Tzipi', 'Eliraz', 'Moran', 'Shai'],
  last: ['Mizrahi', 'Peretz', 'Biton', 'Dahan', 'Azoulay', 'Ohana', 'Amsalem', 'Golan', 'Shalev', 'Harel', 'Segal', 'Ashkenazi', 'Elbaz',
    'Tzur', 'Carmeli', 'Navon', 'Rosenblum', 'Avidan', 'Shamir', 'Weissman', 'Zilberman', 'Ben-Shimol', 'Bar-Lev', 'Ben-Haim', 'Sasson'],
};
/** Mongolian: given name and patronymic (the father's given name), compound names with a hyphen. */
export const MONGOLIAN = {
  first: ['Bat-Erdene', 'Ganbaatar', 'Enkhjargal', 'Oyunchimeg', 'Munkhbat', 'Tsetsegmaa', 'Altangerel', 'Bolormaa', 'Naranbaatar',
    'Khulan', 'Tuvshin', 'Enkhtuya', 'Erdenechimeg', 'Batbayar', 'Nomin', 'Sarnai', 'Temuulen', 'Anujin', 'Uuganbayar', 'Bat-Ochir',
    'Solongo', 'Delgermaa'],
  last: ['Purevdorj', 'Tserendorj', 'Batsukh', 'Gantulga', 'Dashdondog', 'Luvsanjamts', 'Otgonbayar', 'Zorigt', 'Sodnom', 'Baasanjav',
    'Ganzorig', 'Nyamdavaa', 'Battulga', 'Erdenebat', 'Ochirbat', 'Sukhbat', 'Lkhagvasuren', 'Tumurbaatar', 'Dorjsuren', 'Byambadorj',
    'Enkhbold', 'Chuluun'],
};

const hand = (name) => `fresh4/names.mjs (${name}), by hand`;
export const FRESH4_ORIGINS = [
  { id: 'malaysian', weight: 4, source: `${hand('MALAYSIAN')}: bin/binti + father's name`, first: MALAYSIAN.first, last: MALAYSIAN.last, particles: MALAYSIAN.particles },
  { id: 'iraqi', weight: 4, source: `${hand('IRAQI')}: al- joined`, first: IRAQI.first, last: IRAQI.last },
  { id: 'egyptian', weight: 3, source: `${hand('EGYPTIAN')}: El-/Abdel-`, first: EGYPTIAN.first, last: EGYPTIAN.last },
  { id: 'kenyan', weight: 3, source: hand('KENYAN'), first: KENYAN.first, last: KENYAN.last },
  { id: 'shona', weight: 3, source: hand('SHONA'), first: SHONA.first, last: SHONA.last },
  { id: 'croatian', weight: 3, source: hand('CROATIAN'), first: CROATIAN.first, last: CROATIAN.last },
  { id: 'bulgarian', weight: 4, source: hand('BULGARIAN'), first: BULGARIAN.first, last: BULGARIAN.last },
  { id: 'finnic', weight: 3, source: `${hand('FINNIC')}: Finnish and Estonian`, first: FINNIC.first, last: FINNIC.last },
  { id: 'andean', weight: 3, source: `${hand('ANDEAN')}: two surnames`, first: ANDEAN.first, last: ANDEAN.last },
  { id: 'nepali', weight: 3, source: hand('NEPALI'), first: NEPALI.first, last: NEPALI.last },
  { id: 'central-asian', weight: 3, source: `${hand('CENTRAL_ASIAN')}: Uzbek, Kazakh, Azerbaijani`, first: CENTRAL_ASIAN.first, last: CENTRAL_ASIAN.last },
  { id: 'frisian', weight: 4, source: hand('FRISIAN'), first: FRISIAN.first, last: FRISIAN.last },
  { id: 'hebrew', weight: 3, source: hand('HEBREW'), first: HEBREW.first, last: HEBREW.last },
  { id: 'mongolian', weight: 2, source: `${hand('MONGOLIAN')}: given name + patronymic`, first: MONGOLIAN.first, last: MONGOLIAN.last },
];

/** Particles of fresh4 origins (and the "y" between two Andean surnames): grammar, not name parts. */
export const FRESH4_PARTICLES = uniq([...FRESH4_ORIGINS.flatMap((o) => o.particles ?? []), 'y']);

const words = (p) => p.split(/[\s-]+/).filter(Boolean).map((w) => w.toLowerCase());
const vals = (x) => (x ? (Array.isArray(x) ? x : Object.values(x).flat()) : []).filter((v) => typeof v === 'string');

/** The faker locales whose person lists a train, test or fresh origin reads (fresh2 and fresh3 read none). */
export const olderLocales = fresh3Locales;

/** Every name part, lower case, that an older split lists or reads from faker, and every particle. */
export function olderParts() {
  const s = new Set([...DUTCH_PARTICLES, ...FRESH2_PARTICLES, ...FRESH3_PARTICLES].flatMap(words));
  for (const o of [...ORIGINS, ...FRESH_ORIGINS]) for (const p of [...o.first(), ...o.last(), ...(o.particles ?? [])]) for (const w of words(p)) s.add(w);
  for (const o of [...FRESH2_ORIGINS, ...FRESH3_ORIGINS]) for (const p of [...o.first, ...o.last, ...(o.particles ?? [])]) for (const w of words(p)) s.add(w);
  for (const l of olderLocales()) for (const p of [...vals(faker[l]?.person?.first_name), ...vals(faker[l]?.person?.last_name)]) for (const w of words(p)) s.add(w);
  return s;
}

/** The fresh4 pools, shaped like names.mjs buildPools(): `{ split: 'fresh4', origins }`. */
export function buildFresh4Pools() {
  const old = olderParts();
  const grammar = new Set(FRESH4_PARTICLES);
  const isNew = (p) => words(p).every((w) => grammar.has(w) || !old.has(w));
  const origins = FRESH4_ORIGINS.map((o) => ({ ...o, first: uniq(o.first).filter(isNew), last: uniq(o.last).filter(isNew) }))
    .filter((o) => o.first.length > 4 && o.last.length > 4);
  return { split: 'fresh4', origins };
}
