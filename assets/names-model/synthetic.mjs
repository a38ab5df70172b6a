// Synthetic training lines for the name tagger, written for Lakstift: layouts and sentences of
// Dutch government work (e-mail headers, signatures, minutes, tables, chat lines, running text),
// with names of many origins drawn at random (seeded) from the lexicons, and lines of the same
// shapes without a person (headings, organisations, places, ordinary capitalised words), so the
// model learns the class, not a corpus's strings. No text here comes from a measuring corpus.

import { makeRng } from '../../scripts/corpus/rng.mjs';

/** A seeded pseudo-random source (the corpus generator's mulberry32): the same order every run. */
const rng = (seed) => makeRng(seed).next;

// {N} a full name, {F} a first name, {S} a surname, {I} initials + surname, {P} particle + surname.
const PERSON_LINES = [
  'Van: {N} <{mail}>', 'Aan: {N}; {N}', 'CC: {N}', 'Met vriendelijke groet,\n\n{N}\nBeleidsmedewerker', 'Groet,\n{F}',
  'Beste {F},', 'Hoi {F}, kun je dit oppakken?', 'Geachte heer {S},', 'Geachte mevrouw {P},', 'Dag {F} en {F},',
  'Ik heb dit met {N} afgestemd.', 'Volgens {N} is het dossier compleet.', '{N} merkt op dat de termijn verloopt.',
  'Na overleg met {F} {P} is besloten de zaak aan te houden.', 'In het gesprek gaf {N} aan dat de stukken ontbreken.',
  'Contactpersoon: {N}', 'Behandelaar: {I}', 'Opgesteld door: {N}', 'Aanwezig: {N}, {N}, {N}', 'Afwezig: {N}',
  'Actie: {F}', '(actie: {N})', 'Notulist: {N}', '{N}\nSenior adviseur\nT 06 12345678', '{N} | Jurist | 070 123 45 67',
  '[12-03 09:14] {N}: ik bel hem straks', '{N} 09:15\nPrima, dan doen we dat.', 'mr. {I}', 'drs. {N}', 'dhr. {I}',
  'mw. {N}', '{S}, {F}', '{S}, {F}; {S}, {F}', 'Naam Functie Telefoon\n{N} Casemanager 06 23456789',
  'Wie Wat Wanneer\n{F} belt de melder vrijdag', 'Zoals {F} al schreef, is de brief verstuurd.',
  '{F} gaf aan dat het rapport nog niet klaar is.', 'Graag je reactie, {F}.', 'Zou {N} hier naar kunnen kijken?',
  'Overgedragen aan {N} per 1 april.', 'Inlichtingen bij {N}, telefoon 030 234 56 78.', 'Gesprek met {N} over de planning.',
  'De melding is doorgezet naar {N} van team Handhaving.', '{N} (teamleider) en {N} (jurist) waren aanwezig.',
  'Interviewer: {N}\nGeïnterviewde: {N}', 'Tolk: {N}', 'Ondertekend door {N} op 3 mei.', 'Dank je {F}!', 'Thanks {F}, helder.',
  'Verzoeker, {N}, woont sinds 2019 in de gemeente.', 'Klager {N} stelt dat hij niet is gehoord.',
  'Met {F} en {F} is afgesproken dat we donderdag bellen.', 'Zie ook de mail van {N} van gisteren.',
  // Chat exports: the sender before a colon, then a message that opens with an ordinary capitalised word.
  '[04-03-2024, 10:15] {N}: Prima, dan bel ik morgen.', '[04-03-2024 10:17] {N}: Top, ik zet het in de map.', '11:02 {N}: Ben je er al?',
  '{N}: Kun je het concept nog lezen?', '[12-01 16:40] {N}: Klopt, staat in het dossier.', '{N} (09:12): Oké, helder.',
  '[2024-05-06 08:30] {N}: Mooi zo, dank!', '{F}: Super, ik pak het op.', '[07:45] {F}: Ja, dat kan. Graag even checken bij {F}.',
  '{N}\n{N}\n{N}', 'Deelnemers:\n{N}\n{N}\n{N}', 'Projectgroep\n{N} (voorzitter)\n{N}\n{N} (secretaris)',
];

// Lines of the same shapes without a person: the words that open them are capitalised too.
const PLAIN_LINES = [
  'Inleiding', 'Aanleiding en Achtergrond', 'Samenvatting', 'Conclusies en Aanbevelingen', '1. Inleiding', '2.3 Werkwijze en Planning',
  'Bijlage 2: Overzicht Maatregelen', 'Gemeente {Place}', 'Provincie {Place}', 'Ministerie van Justitie en Veiligheid',
  'Afdeling Vergunningen en Handhaving', 'Team Toezicht', 'Stichting Welzijn {Place}', 'Omgevingsdienst {Place}',
  'Postbus 20301, 2500 EH Den Haag', 'Bezoekadres Stationsplein 12, {Place}', 'Datum 12 maart 2025', 'Onderwerp: Aanvraag Omgevingsvergunning',
  'Kenmerk 2025-0012345', 'Pagina 2 van 4', 'De Raad van State heeft op 4 juni uitspraak gedaan.', 'Het College van Burgemeester en Wethouders',
  'Wet open overheid', 'Algemene wet bestuursrecht', 'Zie Hoofdstuk 4 van de Handreiking.', 'In {Place} is de Regeling Openbare Ruimte van kracht.',
  'De Inspectie Justitie en Veiligheid publiceert het rapport.', 'Microsoft Teams', 'Google Chrome', 'Adobe Acrobat', 'Rijksmuseum',
  'Met vriendelijke groet,\n\nTeam Vergunningen', 'Beste collega\'s,', 'Geachte heer, mevrouw,', 'Hoi allemaal,', 'Aan: Team Juridische Zaken',
  'Van: Servicedesk <servicedesk@example.nl>', 'Actie: Nog Uitzoeken', 'Wie Wat Wanneer', 'Naam Functie Telefoon', 'Status: Afgerond',
  'Risico Kans Impact Maatregel', 'Hoog Middel Laag', 'Ja Nee Onbekend', 'Maandag 3 Maart', 'Woensdag', 'Nieuwsbrief Voorjaar',
  'Veiligheidsregio {Place}', 'GGD {Place}', 'Politie Eenheid {Place}', 'Dienst Justitiële Inrichtingen', 'Kamerbrief over Asielinstroom',
  'Beleidsregel Handhaving Kinderopvang', 'Plan van Aanpak', 'Regionale Uitvoeringsdienst', 'Openbaar Ministerie', 'Nationale Ombudsman',
  'De Minister van Binnenlandse Zaken', 'Totaal Aantal Meldingen', 'Vragen? Bel 14 020 of kijk op de Website.',
];

const PLACES = ['Utrecht', 'Zwolle', 'Assen', 'Tilburg', 'Almere', 'Leiden', 'Venlo', 'Hoorn', 'Emmen', 'Delft', 'Gouda', 'Breda'];
const INITIAL_LETTERS = 'ABCDEFGHIJKLMNOPRSTVWY';
const PARTICLES = ['van', 'de', 'van der', 'van den', 'ter', 'el', 'ten', 'op de'];

/**
 * Synthetic pages: `{ text, names: [start, end][] }`. Each page holds a few person lines and a
 * few plain lines in random order.
 *
 * @param {{ first: string[], sur: string[] }} lexicon
 */
export function synthetic({ first, sur }, count = 600, seed = 7) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  // Names that look like names: the lexicons' words of letters only, at least three letters.
  const F = first.filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
  const S = sur.filter((w) => /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?$/u.test(w));
  const pages = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const names = [];
    const add = (s) => { text += s; };
    const addName = (s) => { names.push([text.length, text.length + s.length]); text += s; };
    const lines = [];
    for (let n = 0; n < 3; n++) lines.push(['p', pick(PERSON_LINES)]);
    for (let n = 0; n < 3; n++) lines.push(['x', pick(PLAIN_LINES)]);
    for (let i = lines.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    for (const [, line] of lines) {
      const parts = line.split(/(\{\w+\})/);
      for (const part of parts) {
        const surname = () => (r() < 0.15 ? `${pick(S)}-${pick(S)}` : pick(S));
        if (part === '{N}') addName(r() < 0.2 ? `${pick(F)} ${pick(PARTICLES)} ${surname()}` : `${pick(F)} ${surname()}`);
        else if (part === '{F}') addName(pick(F));
        else if (part === '{S}') addName(surname());
        else if (part === '{P}') addName(`${pick(PARTICLES)} ${surname()}`.replace(/^./, (c) => (r() < 0.5 ? c.toUpperCase() : c)));
        else if (part === '{I}') addName(`${pick([...INITIAL_LETTERS])}.${r() < 0.5 ? `${pick([...INITIAL_LETTERS])}.` : ''} ${r() < 0.2 ? `${pick(PARTICLES)} ` : ''}${surname()}`);
        else if (part === '{Place}') add(pick(PLACES));
        else if (part === '{mail}') add(`${pick(F).toLowerCase()}@example.nl`);
        else add(part);
      }
      add('\n');
    }
    pages.push({ text: text.replace(/\n$/, ''), names });
  }
  return pages;
}
