// Name pools of the `fresh6` split (session 12). All by hand, none from faker: origins that no
// older split uses, written for Lakstift from general knowledge of naming customs as Dutch
// registers spell them; common names, no particular persons.
//
// Every name part that an older split lists (train/test, fresh … fresh5, before their own splits),
// every particle they use, and every word of the faker person lists they read is removed word by
// word and case-insensitively (only capitalised words are compared: `da`, `du`, `le` are grammar).
// A fifth of each origin's given names and surnames (by hash) is reserved for public officials and
// streets, and no person carries a reserved part: eval reads a split as one dossier, and a civil
// servant sharing a surname with an alderman elsewhere would blur who is public.
import { hash32 } from '../rng.mjs';
import { FRESH5_PARTICLES, buildFresh5Pools, olderParts as olderThanFresh5 } from '../fresh5/names.mjs';

/** Italian: capitalised particles that belong to the surname (Di, De, Lo, Della, Dal). */
export const ITALIAN = {
  first: ['Gianluca', 'Ornella', 'Raffaella', 'Tommaso', 'Ludovica', 'Pierpaolo', 'Graziella', 'Salvatore', 'Annunziata', 'Corrado',
    'Benedetta', 'Ettore', 'Nunzia', 'Gaetano', 'Rosalba', 'Vittorio', 'Donatella', 'Calogero', 'Assunta', 'Ermanno', 'Loredana', 'Sebastiano'],
  last: ['Bonfiglio', 'Cacciatore', 'Scarpellini', 'Pellegrino', 'Lombardozzi', 'Iannuzzi', 'Caruso', 'Santangelo', 'Mastroianni', 'Fiorentino',
    'Quattrocchi', 'Bevilacqua', 'Zanetti', 'Pagliarulo', 'Cosentino', 'Tagliaferri', 'Nardella', 'Sorrentino', 'Capobianco', 'Lucchesi', 'Rinaldi', 'Abbate'],
  particles: ['Di', 'De', 'Lo', 'Della', 'Dal'],
};
/** Portuguese (and Angolan/Mozambican) names: lower-case `da`/`dos`/`das` taken apart like a tussenvoegsel. */
export const PORTUGUESE = {
  first: ['Gonçalo', 'Conceição', 'Joaquim', 'Leonor', 'Rui', 'Filipa', 'Teodoro', 'Graça', 'Valdemar', 'Fernanda', 'Amílcar',
    'Deolinda', 'Crisóstomo', 'Inês', 'Baltazar', 'Lurdes', 'Adelino', 'Rosário', 'Sebastião', 'Manuela', 'Olegário', 'Benvinda'],
  last: ['da Cunha', 'dos Reis', 'das Neves', 'da Fonseca', 'dos Anjos', 'da Mota', 'Quaresma', 'Gouveia', 'Magalhães', 'Carvalhal', 'Pimentel',
    'Sequeira', 'Bettencourt', 'Figueiredo', 'Azevedo', 'Valente', 'Coutinho', 'Brandão', 'Loureiro', 'Meireles', 'Portela', 'Vasconcelos'],
};
/** South African (Afrikaans) names: `du`, `le`, `van der` particles, Dutch-looking but not Dutch. */
export const AFRIKAANS = {
  first: ['Hennie', 'Marthinus', 'Elmarie', 'Riaan', 'Annelie', 'Francois', 'Zelda', 'Wynand', 'Lizelle', 'Pieter-Louw', 'Christo', 'Rozanne',
    'Schalk', 'Marietjie', 'Dawie', 'Ilse-Marié', 'Jacobus', 'Ronel', 'Theuns', 'Carike'],
  last: ['du Toit', 'le Grange', 'du Preez', 'le Riche', 'van Heerden', 'Steyn', 'Oosthuizen', 'Grobbelaar', 'Swanepoel', 'Potgieter', 'Coetzee',
    'Joubert', 'Venter', 'Erasmus', 'Nieuwoudt', 'Kruger', 'Badenhorst', 'Pienaar', 'Labuschagne', 'Engelbrecht', 'Vermaak', 'Bezuidenhout'],
};
/** Rwandan/Burundian (Kinyarwanda, Kirundi): a personal surname chosen at birth, often written first. */
export const KINYARWANDA = {
  first: ['Aimable', 'Uwase', 'Ineza', 'Kwizera', 'Ishimwe', 'Gatete', 'Ntwari', 'Umutoni', 'Keza', 'Shema', 'Iradukunda', 'Manzi',
    'Igiraneza', 'Umuhoza', 'Tuyishime', 'Mutesi', 'Gakwaya', 'Ingabire', 'Niyigena', 'Bizimana'],
  last: ['Niyonzima', 'Habimana', 'Mukamana', 'Uwimana', 'Nsengiyumva', 'Hakizimana', 'Munyaneza', 'Nyirahabimana', 'Twagiramungu', 'Rukundo',
    'Ndayishimiye', 'Mukeshimana', 'Bigirimana', 'Uwamahoro', 'Harerimana', 'Ntakirutimana', 'Kayitesi', 'Mugabo', 'Nshimiyimana', 'Rwigema'],
};
/** Malagasy: long given names and surnames with the Ra-/Andria-/Razafy- prefixes. */
export const MALAGASY = {
  first: ['Hery', 'Fanja', 'Tahina', 'Voahirana', 'Mamy', 'Lalaina', 'Toky', 'Haingo', 'Nirina', 'Fitia', 'Rivo', 'Volatiana',
    'Tsiory', 'Hasina', 'Mialy', 'Andry', 'Ony', 'Zo', 'Njaka', 'Sitraka'],
  last: ['Rakotomalala', 'Andrianarivo', 'Razafindrakoto', 'Randriamampionona', 'Rasoanaivo', 'Rakotondrabe', 'Andriamanantena',
    'Ravelojaona', 'Ramanantsoa', 'Razanamparany', 'Rabemananjara', 'Andrianjafy', 'Randrianasolo', 'Rasolofoniaina', 'Ratsimbazafy',
    'Rajaonarison', 'Ranaivoson', 'Andriambololona'],
};
/** Azerbaijani: ə, ğ, ş, ç, ı; surnames in -ov/-ova and -li/-lı. */
export const AZERBAIJANI = {
  first: ['Elvin', 'Günel', 'Rəşad', 'Aygün', 'Tural', 'Səbinə', 'Elşən', 'Nərgiz', 'Vüqar', 'Lalə', 'Fərid', 'Könül',
    'Ramil', 'Aysel', 'Şahin', 'Ülviyyə', 'Orxan', 'Xəyalə', 'Elnur', 'Türkan'],
  last: ['Məmmədov', 'Hüseynova', 'Əliyev', 'Qasımova', 'Cəfərov', 'Səfərli', 'Nəsirova', 'Bağırov', 'Rzayeva', 'Abbaslı', 'Kərimov',
    'Vəliyeva', 'Şirinov', 'Əsgərova', 'Həsənli', 'Tağıyev', 'Quliyeva', 'Süleymanlı', 'Musayev', 'Babayeva'],
};
/** Slovak: č, ď, ľ, ň, ô, ŕ; feminine surnames in -ová. */
export const SLOVAK = {
  first: ['Ľubomír', 'Zuzana', 'Miroslav', 'Ľudmila', 'Radoslav', 'Jarmila', 'Branislav', 'Dagmar', 'Ondrej', 'Viera', 'Stanislav', 'Kvetoslava',
    'Matúš', 'Lucia', 'Dušan', 'Žofia', 'Rastislav', 'Božena', 'Ďurko', 'Anička'],
  last: ['Hlinková', 'Kováčik', 'Ďuriš', 'Šťastný', 'Mrázik', 'Ľupták', 'Kollárová', 'Bôrik', 'Ondrušek', 'Hrnčiar', 'Gajdošová', 'Štefánik',
    'Chovanec', 'Turčanová', 'Jánošík', 'Országh', 'Pavlovič', 'Čaplovič', 'Rybárová', 'Šimko'],
};
/** Scottish and Manx: Mac/Mc spelled together, Gaelic given names. */
export const SCOTTISH = {
  first: ['Ailsa', 'Hamish', 'Morag', 'Alasdair', 'Isla', 'Ruaraidh', 'Catriona', 'Fraser', 'Eilidh', 'Lachlan', 'Mhairi', 'Torquil',
    'Kirsteen', 'Angus', 'Fiona', 'Ewan', 'Shona', 'Calum', 'Iona', 'Struan'],
  last: ['MacAskill', 'McCrindle', 'MacLennan', 'Urquhart', 'McIlwraith', 'Drummond', 'MacInnes', 'Buchanan', 'Kinnaird', 'MacPhail', 'Sinclair',
    'Lamont', 'McKechnie', 'Farquharson', 'MacGillivray', 'Ross-Menzies', 'Cruickshank', 'Galbraith', 'McConachie', 'Abercrombie'],
};
/** Sudanese: given name + father's name (+ grandfather's), in the English transliteration of Sudanese passports. */
export const SUDANESE = {
  first: ['Mubarak', 'Awadia', 'Elfatih', 'Ikhlas', 'Mohanad', 'Hiba', 'Tagelsir', 'Nafisa', 'Musab', 'Sumaya', 'Abuelgasim', 'Wigdan',
    'Osama', 'Rayan', 'Babiker', 'Nuha', 'Mutasim', 'Suad', 'Elsadig', 'Hanadi'],
  last: ['Elamin', 'Abdelrahim', 'Elbashir', 'Osman', 'Mohammed Ali', 'Babikir', 'Elmahdi', 'Hamadalneel', 'Ahmed Eltayeb', 'Abdalla',
    'Siddig', 'Eltom', 'Gasim', 'Elnour', 'Mirghani', 'Fadlalla', 'Khalafalla', 'Yousif', 'Idris', 'Abuzaid'],
};
/** Norwegian and Danish: ø, å, æ; -sen, -stad, -rud, farm names. */
export const NORDIC = {
  first: ['Bjørnar', 'Solveig', 'Ragnhild', 'Øyvind', 'Torbjørn', 'Åse', 'Sigrun', 'Eskil', 'Ingeborg', 'Halvard', 'Tove', 'Asbjørn',
    'Liv', 'Stian', 'Gunnhild', 'Kjetil', 'Mette', 'Frode', 'Vibeke', 'Trygve'],
  last: ['Bjørnstad', 'Sæther', 'Haugland', 'Kvamme', 'Rønning', 'Aasheim', 'Strømme', 'Lindqvist', 'Høiland', 'Fjeldstad', 'Ødegård',
    'Nygård', 'Sørbø', 'Tjelle', 'Brekke', 'Mørch', 'Skovgaard', 'Thygesen', 'Kjærgaard', 'Holmsen'],
};
/** Khmer (Cambodian): short one-syllable parts, surname written first in the source country. */
export const KHMER = {
  first: ['Sokha', 'Vanna', 'Bopha', 'Dara', 'Sophal', 'Chenda', 'Kosal', 'Sreymom', 'Vuthy', 'Chantrea', 'Rithy', 'Sothea',
    'Piseth', 'Malis', 'Veasna', 'Kunthea', 'Sovann', 'Davy', 'Narith', 'Sokunthea'],
  last: ['Chhay', 'Prak', 'Keo', 'Sok', 'Meas', 'Chhim', 'Ouk', 'Pen', 'Ros', 'Heng', 'Yim', 'Chea', 'Touch', 'Nhem', 'Srun', 'Kong', 'Mao', 'Sam'],
};

export const FRESH6_ORIGINS = [
  { id: 'italian', weight: 4, source: 'fresh6/names.mjs (ITALIAN)', ...ITALIAN },
  { id: 'portuguese', weight: 4, source: 'fresh6/names.mjs (PORTUGUESE)', ...PORTUGUESE },
  { id: 'afrikaans', weight: 3, source: 'fresh6/names.mjs (AFRIKAANS)', ...AFRIKAANS },
  { id: 'kinyarwanda', weight: 3, source: 'fresh6/names.mjs (KINYARWANDA)', ...KINYARWANDA },
  { id: 'malagasy', weight: 2, source: 'fresh6/names.mjs (MALAGASY)', ...MALAGASY },
  { id: 'azerbaijani', weight: 3, source: 'fresh6/names.mjs (AZERBAIJANI)', ...AZERBAIJANI },
  { id: 'slovak', weight: 3, source: 'fresh6/names.mjs (SLOVAK)', ...SLOVAK },
  { id: 'scottish', weight: 3, source: 'fresh6/names.mjs (SCOTTISH)', ...SCOTTISH },
  { id: 'sudanese', weight: 3, source: 'fresh6/names.mjs (SUDANESE): given name + father\'s name', ...SUDANESE },
  { id: 'nordic', weight: 3, source: 'fresh6/names.mjs (NORDIC)', ...NORDIC },
  { id: 'khmer', weight: 2, source: 'fresh6/names.mjs (KHMER)', ...KHMER },
];

/** Every name part, lower case, that train/test, fresh … fresh5 list, with their particles. */
export function olderParts() {
  const s = new Set(olderThanFresh5());
  for (const p of FRESH5_PARTICLES) s.add(String(p).toLowerCase());
  for (const o of buildFresh5Pools().origins) for (const v of Object.values(o)) {
    if (!Array.isArray(v)) continue;
    for (const part of v) if (typeof part === 'string') for (const w of part.split(/[\s-]+/)) s.add(w.toLowerCase());
  }
  return s;
}

const words = (p) => p.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
/** A part reserved for officials and streets: one in five by hash. */
export const reservedPart = (p) => hash32(`fresh6:${p}`) % 5 === 0;

/** The fresh6 pools: `{ split: 'fresh6', origins }`, each origin with `first`/`last` for persons and `officialFirst`/`officialLast`. */
export function buildFresh6Pools() {
  const old = olderParts();
  const fresh = (p) => words(p).every((w) => !old.has(w.toLowerCase()));
  const origins = FRESH6_ORIGINS.map((o) => {
    const first = [...new Set(o.first)].filter(fresh);
    const last = [...new Set(o.last)].filter(fresh);
    return {
      id: o.id, weight: o.weight, source: o.source, particles: o.particles,
      first: first.filter((p) => !reservedPart(p)), last: last.filter((p) => !reservedPart(p)),
      officialFirst: first.filter(reservedPart), officialLast: last.filter(reservedPart),
    };
  }).filter((o) => o.first.length > 4 && o.last.length > 4 && o.officialLast.length > 0);
  return { split: 'fresh6', origins };
}
