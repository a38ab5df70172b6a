// Name pools of the names stress set (scripts/names-stress): origins whose names the blind
// splits found hardest by their aggregate rows (rare Dutch and Frisian names, Baltic, Slovene,
// Welsh, Irish, Catalan, Basque, Maghrebi, Haitian) next to a few common ones. faker's locales
// where it has one; short hand-written lists (written for this set, no corpus's strings) where
// it has none. Not a training source: assets/names-model/synthetic.mjs draws from the lexicons.
import * as faker from '@faker-js/faker';

const vals = (o) => (o ? (Array.isArray(o) ? o : Object.values(o).flat()) : []).filter((v) => typeof v === 'string');
const uniq = (a) => [...new Set(a)];
const latin = (w) => /^[\p{Script=Latin}][\p{Script=Latin}' -]*$/u.test(w) && !/\s{2}/.test(w);
const firstOf = (loc) => uniq(vals(faker[loc].person.first_name)).filter(latin).filter((w) => !w.includes(' '));
const lastOf = (loc) => uniq(vals(faker[loc].person.last_name)).filter(latin);

// Rare Dutch names: Frisian patronymic surnames in -sma/-stra/-inga/-ga, old farm names of the
// east (Oude …, Te …, -ink, -huis), and Frisian and Groningen given names.
const DUTCH_RARE = {
  first: ['Tjeerd', 'Wietske', 'Sjoukje', 'Hylke', 'Geertruida', 'Jelle', 'Aukje', 'Douwe', 'Baukje', 'Harmen', 'Fokke', 'Trijntje',
    'Eelco', 'Lolkje', 'Sietse', 'Jildou', 'Wopke', 'Marrit', 'Gerben', 'Froukje', 'Tsjalling', 'Ype', 'Hiltje', 'Egbert', 'Reinder',
    'Berber', 'Wiebren', 'Jitske', 'Roelof', 'Hendrikje', 'Ubbo', 'Sybren', 'Feikje', 'Lammert', 'Geesje', 'Okke'],
  last: ['Tjeerdsma', 'Hylkema', 'Wiebenga', 'Eringa', 'Sikkema', 'Feenstra', 'Rienstra', 'Zijlstra', 'Hoekstra', 'Dijkhuis', 'Oosterhuis',
    'Blaauw', 'Kloosterboer', 'Bouwhuis', 'Nijenhuis', 'Grootenhuis', 'Wolterink', 'Hesselink', 'Kamphuis', 'Brinkhuis', 'Oude Elferink',
    'Olde Monnikhof', 'Te Velde', 'Ten Hove', 'Lubbinge', 'Bloemhoff', 'Haijtema', 'Jongsma', 'Terpstra', 'Wijbenga', 'Scholtens',
    'Huizing', 'Mulderij', 'Tammenga', 'Stiksma', 'Hoitinga', 'Elzinga', 'Boersma-Kuipers', 'Oosterhuis-Blaauw', 'Lenferink'],
};
const CATALAN = {
  first: ['Jordi', 'Montserrat', 'Núria', 'Pau', 'Oriol', 'Meritxell', 'Arnau', 'Laia', 'Roser', 'Quim', 'Mireia', 'Xavier', 'Eulàlia', 'Pere', 'Neus', 'Ferran'],
  last: ['Puig', 'Vilaró', 'Casals', 'Soler', 'Riera', 'Roig', 'Serra', 'Bosch', 'Puigvert', 'Vilanova', 'Folch', 'Castellví', 'Coromines', 'Sunyer', 'Pujol i Ferrer', 'Camps i Rovira'],
};
const BASQUE = {
  first: ['Iker', 'Ainhoa', 'Unai', 'Itziar', 'Aitor', 'Nerea', 'Gorka', 'Amaia', 'Iñaki', 'Maite', 'Xabier', 'Edurne', 'Koldo', 'Garazi'],
  last: ['Etxeberria', 'Goikoetxea', 'Arrieta', 'Urrutia', 'Agirre', 'Zubizarreta', 'Olaizola', 'Iturbe', 'Elorza', 'Larrañaga', 'Aranburu', 'Mendizabal', 'Ugalde', 'Azkue'],
};
const TUNISIAN = {
  first: ['Amine', 'Sami', 'Wassim', 'Nour', 'Sonia', 'Hichem', 'Rim', 'Yassine', 'Ines', 'Slim', 'Chokri', 'Olfa', 'Mehdi', 'Asma', 'Skander', 'Hajer'],
  last: ['Trabelsi', 'Jebali', 'Gharbi', 'Ben Salah', 'Ben Youssef', 'Mejri', 'Chaabane', 'Hamdi', 'Dridi', 'Ayari', 'Ben Ammar', 'Zouari', 'Khelifi', 'Sassi', 'Ben Romdhane', 'Mabrouk'],
};
const HAITIAN = {
  first: ['Wilner', 'Guerline', 'Jocelyne', 'Fritznel', 'Nadège', 'Wisly', 'Mirlande', 'Jean-Robert', 'Rose-Carmelle', 'Widlande', 'Jeanty', 'Marie-Ange', 'Dieuseul', 'Elsie'],
  last: ['Jean-Baptiste', 'Pierre-Louis', 'Dorvil', 'Célestin', 'Saint-Fleur', 'Louissaint', 'Désir', 'Exantus', 'Fils-Aimé', 'Charlemagne', 'Théodore', 'Augustin', 'Dorsainvil', 'Valcourt'],
};

const WELSH = {
  first: ['Rhodri', 'Ffion', 'Dafydd', 'Gwenllian', 'Iolo', 'Seren', 'Aled', 'Nia', 'Gruffudd', 'Eleri', 'Emyr', 'Heledd', 'Cerys', 'Owain'],
  last: ['ap Rhys', 'Llewellyn', 'Pritchard', 'Prosser', 'Bevan', 'Vaughan', 'Gruffydd', 'Parry', 'Pugh', 'Meredith', 'ap Iorwerth', 'Gwilym'],
};
const IRISH = {
  first: ['Siobhán', 'Caoimhe', 'Niamh', 'Ciarán', 'Pádraig', 'Aoife', 'Oisín', 'Róisín', 'Eoghan', 'Gráinne', 'Tadhg', 'Sorcha'],
  last: ['Ó Súilleabháin', 'Mac Giolla', 'Ní Bhriain', "O'Donoghue", 'Kavanagh', 'Ó Ceallaigh', 'Breathnach', 'Mac Craith', 'Ní Dhomhnaill', 'Ó Murchú'],
};

/** The stress set's origins: `{ id, weight, source, first, last }`. */
export function buildStressPools() {
  const origins = [
    { id: 'dutch-rare', weight: 6, source: 'hand-written (Frisian, farm names)', first: DUTCH_RARE.first, last: DUTCH_RARE.last },
    { id: 'dutch', weight: 4, source: 'faker nl', first: firstOf('nl'), last: lastOf('nl'), dutchParticles: true },
    { id: 'latvian', weight: 3, source: 'faker lv', first: firstOf('lv'), last: lastOf('lv') },
    { id: 'slovene', weight: 3, source: 'faker sl_SI', first: firstOf('sl_SI'), last: lastOf('sl_SI') },
    { id: 'welsh', weight: 3, source: 'hand-written', first: WELSH.first, last: WELSH.last },
    { id: 'irish', weight: 2, source: 'hand-written', first: IRISH.first, last: IRISH.last },
    { id: 'catalan', weight: 3, source: 'hand-written', first: CATALAN.first, last: CATALAN.last },
    { id: 'basque', weight: 3, source: 'hand-written', first: BASQUE.first, last: BASQUE.last },
    { id: 'tunisian', weight: 3, source: 'hand-written', first: TUNISIAN.first, last: TUNISIAN.last },
    { id: 'haitian', weight: 3, source: 'hand-written', first: HAITIAN.first, last: HAITIAN.last },
    { id: 'turkish', weight: 2, source: 'faker tr', first: firstOf('tr'), last: lastOf('tr') },
    { id: 'hungarian', weight: 1, source: 'faker hu', first: firstOf('hu'), last: lastOf('hu') },
  ];
  return { origins: origins.filter((o) => o.first.length && o.last.length) };
}
