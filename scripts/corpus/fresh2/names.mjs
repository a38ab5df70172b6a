// Name pools of the `fresh2` split (README.md in scripts/corpus says why it exists). Every origin
// is written by hand here, from general knowledge of naming customs and of how Dutch registers
// spell these names, and none comes from faker: a detector engineer may widen lexicons from
// faker's locales, which would make faker-sourced names too easy to find. Common names only, no
// particular persons. Every part that any train, test or fresh origin lists (before their own
// split), and every tussenvoegsel, is removed word by word and case-insensitively, so fresh2
// shares no name part with the other three splits whatever the origin.
import { DUTCH_PARTICLES, ORIGINS } from '../names.mjs';
import { FRESH_ORIGINS } from '../fresh/names.mjs';

const uniq = (a) => [...new Set(a)];

/** Sri Lankan and South Indian Tamil: a given name and the father's name as surname. */
export const TAMIL = {
  first: ['Tharshan', 'Kirushanthan', 'Thileepan', 'Pirasanth', 'Mathivathani', 'Tharsika', 'Kajenthiran', 'Sinthuja', 'Vithusha',
    'Nirojan', 'Ragavan', 'Kowsalya', 'Jeyanthi', 'Yalini', 'Abirami', 'Senthuran', 'Thanushan', 'Keerthana', 'Arulmozhi', 'Mugunthan',
    'Vasanthi', 'Kalaivani', 'Piraveen', 'Luxshana', 'Sajeevan'],
  last: ['Sivapalan', 'Thambirajah', 'Ratnasingam', 'Kanagaratnam', 'Yogarajah', 'Balasubramaniam', 'Ponnambalam', 'Selvanayagam',
    'Mahalingam', 'Sinnathamby', 'Nadarajah', 'Kandiah', 'Vigneswaran', 'Thiruchelvam', 'Sabaratnam', 'Paramanathan', 'Rasalingam',
    'Sockalingam', 'Kathiravelu', 'Murugesu', 'Thillainathan', 'Suntharalingam', 'Ariyaratnam', 'Gnanasekaran'],
};
/** Filipino: Spanish-era surnames and Tagalog ones, dela/delos/de los as particles. */
export const FILIPINO = {
  first: ['Rodelio', 'Marites', 'Analyn', 'Rowena', 'Arnel', 'Jerico', 'Maricel', 'Joselito', 'Jennylyn', 'Marivic', 'Florante',
    'Honeylet', 'Divina', 'Erlinda', 'Nenita', 'Jhoanna', 'Mylene', 'Cherrylyn', 'Rommel', 'Dindo', 'Lorelei', 'Jovelyn', 'Reynan',
    'Mariñel', 'Bienvenido'],
  last: ['Dimaculangan', 'Macapagal', 'Pangilinan', 'Panganiban', 'Dimaano', 'Mangubat', 'Lacsamana', 'Sumulong', 'Quisumbing',
    'Villaluz', 'Cayabyab', 'Malabanan', 'Tolentino', 'Maglaya', 'Peñaflor', 'Agbayani', 'Buenaventura', 'Magbanua', 'Tiongson',
    'Dalisay', 'Ilagan', 'Dimalanta', 'Macaraeg', 'Sarmiento', 'Bernabe'],
  particles: ['dela', 'delos', 'de los'],
};
/** Akan (Ghana): day names and the Akan surnames, some of them double with a hyphen. */
export const AKAN = {
  first: ['Kwabena', 'Kwadwo', 'Kwaku', 'Yaw', 'Kofi', 'Kwame', 'Kwasi', 'Kwesi', 'Akosua', 'Adjoa', 'Abenaa', 'Akua', 'Yaa', 'Afia',
    'Efua', 'Ekua', 'Araba', 'Adwoa', 'Kobina', 'Ebo', 'Kojo', 'Kweku', 'Akwasi', 'Esaaba', 'Aba', 'Ofosua', 'Nhyira', 'Serwaa',
    'Agyeiwaa', 'Pokuaa', 'Boatemaa', 'Konadu', 'Oforiwaa', 'Kwakye'],
  last: ['Owusu-Ansah', 'Agyeman', 'Ofori-Atta', 'Acheampong', 'Amponsah', 'Frimpong', 'Gyamfi', 'Kyei', 'Nkansah', 'Opoku',
    'Sarpong', 'Tweneboah', 'Adomako', 'Danquah', 'Ampofo', 'Bekoe', 'Osei-Tutu', 'Wiredu', 'Nyarko', 'Kwarteng', 'Baffour',
    'Asiedu', 'Gyasi', 'Ntim', 'Aboagye', 'Antwi-Boasiako', 'Akuffo', 'Appiah-Kubi', 'Obeng', 'Duodu', 'Afriyie', 'Ohene',
    'Kissi', 'Sekyere', 'Dwamena'],
};
/** Ethiopian (Amharic): a given name and the father's given name, no family surname. */
export const AMHARIC = {
  first: ['Abebe', 'Tsion', 'Meron', 'Dawit', 'Eyerusalem', 'Mekdes', 'Tigist', 'Yared', 'Bereket', 'Kalkidan', 'Hirut', 'Tewodros',
    'Getachew', 'Meseret', 'Alemayehu', 'Birtukan', 'Selamawit', 'Fikirte', 'Ermias', 'Haimanot', 'Tamrat', 'Netsanet', 'Wubet',
    'Zewditu', 'Mesfin'],
  fathers: ['Tadesse', 'Bekele', 'Girma', 'Alemu', 'Kebede', 'Demissie', 'Hailu', 'Mengistu', 'Assefa', 'Tilahun', 'Desta', 'Worku',
    'Ayele', 'Lemma', 'Negash', 'Tekalign', 'Shiferaw', 'Wondimu', 'Yilma', 'Zeleke', 'Abate', 'Belay', 'Mekonnen', 'Gebeyehu', 'Teshome'],
};
/** Iranian (Persian), in the transliteration of Iranian passports. */
export const IRANIAN = {
  first: ['Behnam', 'Arash', 'Kourosh', 'Payam', 'Shahram', 'Farzad', 'Mehrdad', 'Siamak', 'Babak', 'Ramin', 'Parisa', 'Shirin',
    'Golnaz', 'Azadeh', 'Nazanin', 'Mahsa', 'Laleh', 'Roya', 'Sepideh', 'Taraneh', 'Niloufar', 'Pegah', 'Bahareh', 'Ehsan', 'Kaveh'],
  last: ['Moradi', 'Rezaei', 'Jafari', 'Ghasemi', 'Tehrani', 'Esfahani', 'Farahani', 'Sadeghi', 'Golestani', 'Navabi', 'Kazemi',
    'Bahrami', 'Daneshvar', 'Mostafavi', 'Nikpour', 'Abbasian', 'Yazdani', 'Khosravi', 'Asadollahi', 'Ghorbani', 'Shahbazi',
    'Mirzaei', 'Zarrinkamar', 'Behzadi', 'Tavakoli'],
};
/** Armenian: -yan/-ian surnames, "Ter-" for descendants of priests. */
export const ARMENIAN = {
  first: ['Armen', 'Aram', 'Hovhannes', 'Tigran', 'Vardan', 'Gevorg', 'Ashot', 'Hrant', 'Levon', 'Narek', 'Sevak', 'Anahit', 'Lilit',
    'Nune', 'Siranush', 'Hasmik', 'Gayane', 'Arpine', 'Tatevik', 'Zaruhi', 'Astghik', 'Knarik', 'Vahagn', 'Mher', 'Shushan'],
  last: ['Hovhannisyan', 'Grigoryan', 'Sargsyan', 'Petrosyan', 'Harutyunyan', 'Avetisyan', 'Khachatryan', 'Mkrtchyan', 'Ghazaryan',
    'Karapetyan', 'Vardanyan', 'Abrahamyan', 'Manukyan', 'Poghosyan', 'Gasparyan', 'Baghdasaryan', 'Mnatsakanyan', 'Aghajanyan',
    'Ter-Minasyan', 'Simonyan', 'Stepanyan', 'Melkonian', 'Torosian', 'Ter-Avetisyan', 'Hakobyan'],
};
/** Albanian (Albania, Kosovo), with ë and ç. */
export const ALBANIAN = {
  first: ['Arbër', 'Besnik', 'Blerim', 'Dritan', 'Ermal', 'Fatmir', 'Gëzim', 'Ilir', 'Kujtim', 'Luan', 'Shpëtim', 'Valon', 'Agron',
    'Arta', 'Blerta', 'Drita', 'Elona', 'Fjolla', 'Lirije', 'Mimoza', 'Shqipe', 'Teuta', 'Vjosa', 'Hëna', 'Edona'],
  last: ['Berisha', 'Gashi', 'Krasniqi', 'Hoxha', 'Shala', 'Morina', 'Kelmendi', 'Bytyçi', 'Rexhepi', 'Kastrati', 'Bajrami',
    'Dervishi', 'Gjoka', 'Hyseni', 'Isufi', 'Lleshi', 'Mehmeti', 'Qerimi', 'Sylejmani', 'Xhaferi', 'Zeqiri', 'Dushku', 'Çela',
    'Demaj', 'Musliu'],
};
/** Antillean (Curaçao, Aruba, Bonaire): surnames that look like given names, newer given names. */
export const ANTILLEAN = {
  first: ['Rignald', 'Edsel', 'Shurendy', 'Rudsel', 'Gilmar', 'Jeandro', 'Shanaira', 'Ruthmila', 'Sharelly', 'Jurmaine', 'Rigmar',
    'Curtley', 'Xiomara', 'Anuska', 'Suhaily', 'Shudayra', 'Glenrick', 'Roeginald', 'Ginaya', 'Dwigno', 'Ednaly', 'Jeanmarie',
    'Rosilda', 'Quincyvaldo', 'Yesenia'],
  last: ['Martina', 'Rosaria', 'Isenia', 'Leito', 'Cijntje', 'Statia', 'Pieternella', 'Wiels', 'Godett', 'Evertsz', 'Croes',
    'Capriles', 'Winklaar', 'Cordilia', 'Sillie', 'Koeiman', 'Daantje', 'Rojer', 'Gijsbertha', 'Josepha', 'Anthonia', 'Clemencia',
    'Nicolaas', 'Tromp', 'Girigorie'],
};
/** Amazigh (Rif and Souss): Amazigh given names, surnames with the particles Aït and Ou. */
export const AMAZIGH = {
  first: ['Aksel', 'Massin', 'Idir', 'Yuba', 'Anir', 'Amayas', 'Aghilas', 'Ayur', 'Mazigh', 'Tiziri', 'Thiziri', 'Tanirt', 'Tafsut',
    'Dihya', 'Numidya', 'Tinhinan', 'Thanina', 'Siman', 'Tilelli', 'Itri', 'Menad', 'Ziri', 'Gaya', 'Yidir', 'Tislit'],
  last: ['Amezian', 'Afkir', 'Aberkan', 'Azarkan', 'Ahajjam', 'Amghar', 'Ouchan', 'Akouh', 'Bouhaddou', 'Aznag', 'Ichou', 'Ouardighi',
    'Hammouch', 'Azaaj', 'Imrani', 'Afallah', 'Bouhra', 'Taouil', 'Azghari', 'Amzil', 'Ouhaddou', 'Boujdaini', 'Akhiat', 'Azdad',
    'Oubella'],
  particles: ['Aït', 'Ou', 'Aït'],
};
/** Greek, in the ELOT transliteration of Greek passports. */
export const GREEK = {
  first: ['Dimitrios', 'Konstantinos', 'Georgios', 'Panagiotis', 'Vasileios', 'Athanasios', 'Evangelos', 'Spyridon', 'Stavros',
    'Theodoros', 'Ioannis', 'Eleftheria', 'Vasiliki', 'Panagiota', 'Chrysoula', 'Paraskevi', 'Despoina', 'Stavroula', 'Angeliki',
    'Kalliopi', 'Eirini', 'Foteini', 'Sotiria', 'Charalampos', 'Apostolos'],
  last: ['Papadopoulos', 'Papadakis', 'Konstantinidis', 'Georgiou', 'Nikolaidis', 'Karagiannis', 'Vlachos', 'Oikonomou', 'Dimitriou',
    'Makris', 'Theodorou', 'Antoniadis', 'Papanikolaou', 'Kyriakidis', 'Alexiou', 'Stathopoulos', 'Triantafyllou', 'Mavridis',
    'Christodoulou', 'Zervas', 'Tsakiris', 'Lambrakis', 'Katsaros', 'Bakogiannis', 'Chatzigeorgiou'],
};
/** Ukrainian, in the national transliteration of Ukrainian passports. */
export const UKRAINIAN = {
  first: ['Oleksandr', 'Mykola', 'Bohdan', 'Taras', 'Yaroslav', 'Vasyl', 'Andrii', 'Dmytro', 'Serhii', 'Yurii', 'Volodymyr', 'Oleh',
    'Olena', 'Oksana', 'Iryna', 'Nataliia', 'Tetiana', 'Halyna', 'Liudmyla', 'Viktoriia', 'Yuliia', 'Khrystyna', 'Solomiia', 'Zoriana',
    'Mariia'],
  last: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Oliinyk', 'Shevchuk', 'Polishchuk', 'Bondar', 'Moroz',
    'Marchenko', 'Lysenko', 'Rudenko', 'Savchenko', 'Petrenko', 'Kovalchuk', 'Melnychuk', 'Hnatiuk', 'Tkachuk', 'Boiko', 'Kharchenko',
    'Symonenko', 'Zinchenko', 'Pavlenko', 'Hrytsenko'],
};

const hand = (name) => `fresh2/names.mjs (${name}), by hand`;
export const FRESH2_ORIGINS = [
  { id: 'tamil', weight: 4, source: hand('TAMIL'), first: TAMIL.first, last: TAMIL.last },
  { id: 'filipino', weight: 4, source: hand('FILIPINO'), first: FILIPINO.first, last: FILIPINO.last, particles: FILIPINO.particles },
  { id: 'akan', weight: 4, source: hand('AKAN'), first: AKAN.first, last: AKAN.last },
  { id: 'amharic', weight: 3, source: `${hand('AMHARIC')}: given name + father's name`, first: AMHARIC.first, last: AMHARIC.fathers },
  { id: 'iranian', weight: 4, source: hand('IRANIAN'), first: IRANIAN.first, last: IRANIAN.last },
  { id: 'armenian', weight: 3, source: hand('ARMENIAN'), first: ARMENIAN.first, last: ARMENIAN.last },
  { id: 'albanian', weight: 4, source: hand('ALBANIAN'), first: ALBANIAN.first, last: ALBANIAN.last },
  { id: 'antillean', weight: 4, source: hand('ANTILLEAN'), first: ANTILLEAN.first, last: ANTILLEAN.last },
  { id: 'amazigh', weight: 4, source: hand('AMAZIGH'), first: AMAZIGH.first, last: AMAZIGH.last, particles: AMAZIGH.particles },
  { id: 'greek', weight: 3, source: hand('GREEK'), first: GREEK.first, last: GREEK.last },
  { id: 'ukrainian', weight: 4, source: hand('UKRAINIAN'), first: UKRAINIAN.first, last: UKRAINIAN.last },
];

/** Particles of fresh2 origins: grammar, like tussenvoegsels, not name parts. */
export const FRESH2_PARTICLES = uniq(FRESH2_ORIGINS.flatMap((o) => o.particles ?? []));

const words = (p) => p.split(/[\s-]+/).map((w) => w.toLowerCase());

/** Every name part, lower case, that any train, test or fresh origin lists (before any split), and every particle. */
export function olderParts() {
  const s = new Set(DUTCH_PARTICLES.flatMap(words));
  for (const o of [...ORIGINS, ...FRESH_ORIGINS]) for (const p of [...o.first(), ...o.last(), ...(o.particles ?? [])]) for (const w of words(p)) s.add(w);
  return s;
}

/** The fresh2 pools, shaped like names.mjs buildPools(): `{ split: 'fresh2', origins }`. */
export function buildFresh2Pools() {
  const old = olderParts();
  const isNew = (p) => words(p).every((w) => !old.has(w));
  const origins = FRESH2_ORIGINS.map((o) => ({ ...o, first: uniq(o.first).filter(isNew), last: uniq(o.last).filter(isNew) }))
    .filter((o) => o.first.length > 4 && o.last.length > 4);
  return { split: 'fresh2', origins };
}
