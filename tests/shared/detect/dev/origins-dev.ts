/**
 * Scratch development set for issue #11 (names, phones, keep-violations by class), run with
 * `npx vite-node tests/shared/detect/dev/origins-dev.ts [dev|held|both] [--misses]`.
 *
 * Every name, number and sentence here was invented for Lakstift (no string of any evaluation
 * corpus). Two halves, disjoint by name origin AND by document shape: the "dev" half was used
 * while writing rules; the "held" half (other origins, other shapes) was written once, before any
 * rule, and is only measured (`--misses` is refused for it). Not a test: it prints figures.
 */
import { measureHalf, rng, type Template as TemplateOf } from './harness';

interface Person { first: string; last: string }

// Dev origins: Akan (Ghana), Surinamese Javanese, Moluccan, Polish, Tigrinya (Eritrea), Moroccan with particles.
const DEV_FIRST = ['Kwabena', 'Akosua', 'Yaw', 'Afua', 'Adwoa', 'Soeparman', 'Sumirah', 'Djoko', 'Sarmi', 'Johanis', 'Yopie', 'Mientje',
  'Obed', 'Grzegorz', 'Małgorzata', 'Przemysław', 'Agnieszka', 'Wojciech', 'Yohannes', 'Tsega', 'Mebrahtu', 'Freweini', 'Habtom',
  'Khadija', 'Youssef', 'Naima', 'Hamid'];
const DEV_LAST = ['Boateng', 'Owusu-Ansah', 'Agyeman', 'Ofori', 'Kartoredjo', 'Soekimin', 'Pawirodimedjo', 'Moestadja', 'Latuheru',
  'Pattiasina', 'Tuhumury', 'Manuputty', 'Sahetapy', 'Wiśniewska', 'Szczepański', 'Kowalczyk', 'Grabowski', 'Tesfamariam',
  'Gebremedhin', 'Woldemichael', 'Kidane', 'El Amrani', 'Ben Haddou', 'Aït Ouali', 'Bouchtaoui', 'Azzarkane'];
// Held-out origins: Yoruba and Igbo, Chinese (pinyin), Syrian, Turkish, Romanian, Surinamese Hindustani.
const HELD_FIRST = ['Oluwaseun', 'Chinonso', 'Adebayo', 'Ngozi', 'Babatunde', 'Xiaoming', 'Jiahui', 'Weiqiang', 'Shufen', 'Rami',
  'Lujain', 'Ghassan', 'Hiba', 'Gökhan', 'Şükrü', 'Büşra', 'Çağla', 'Bogdan', 'Ioana', 'Mihaela', 'Răzvan', 'Ravindre', 'Shantie',
  'Dewkoemar', 'Sunita'];
const HELD_LAST = ['Adeyemi', 'Okonkwo', 'Oyelaran', 'Nwachukwu', 'Ogunleye', 'Zhou', 'Guo', 'Huang', 'Al-Khatib', 'Haddad',
  'Darwish', 'Kanaan', 'Yılmaz', 'Öztürk', 'Karataş', 'Doğan', 'Popescu', 'Dumitrescu', 'Georgescu', 'Ramdin', 'Jagessar',
  'Bhoelai', 'Ramsaroep', 'Kalloe'];

const local = (p: Person) => `${p.first[0]!.toLowerCase()}.${p.last.toLowerCase().replace(/[^a-z]/g, '')}`.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
const mobile = (r: () => number) => `06${String(Math.floor(r() * 1e8)).padStart(8, '1')}`;
const fmtMobile = (d: string, k: number) => [d, `${d.slice(0, 2)}-${d.slice(2)}`, `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)} ${d.slice(8)}`,
  `+31 (0)${d.slice(1, 2)} ${d.slice(2, 6)} ${d.slice(6)}`, `0031 ${d.slice(1, 2)} ${d.slice(2)}`][k % 5]!;

type Template = TemplateOf<Person>;

const DEV_TEMPLATES: Template[] = [
  // e-mail with header, greeting, speech verbs, sign-off and a signature with labels
  (a, b, c, r) => ['Van: ', { n: `${a.first} ${a.last}` }, ' <', { e: local(a) }, '@minvenw.nl>\nAan: ', { n: `${b.first} ${b.last}` }, '\nCC: ', { n: `${c.last}, ${c.first}` },
    '\nOnderwerp: aanvraag verblijf\n\nBeste ', { n: b.first }, ',\n\nIk heb gisteren met ', { n: c.first }, ' afgestemd over de planning. ', { n: c.first },
    ' gaf aan dat het dossier compleet is.\n\nMet vriendelijke groet,\n\n', { n: `${a.first} ${a.last}` }, '\nSenior beleidsmedewerker\nT ', { p: fmtMobile(mobile(r), 0) }, '\n'],
  // chat export
  (a, b, c, r) => ['Chatgesprek Teams\n[12-03 09:41] ', { n: `${a.first} ${a.last}` }, ': kun jij de stukken doorsturen?\n[12-03 09:43] ', { n: `${b.first} ${b.last}` },
    ': ja, doe ik. @', { n: c.first }, ' weet het ook.\n[12-03 09:45] ', { n: `${a.first} ${a.last}` }, ': top, dank je ', { n: b.first }, '\n[12-03 09:50] ', { n: `${c.first} ${c.last}` },
    ': mijn nummer is ', { p: fmtMobile(mobile(r), 1) }, '\n'],
  // minutes with attendance and actions
  (a, b, c) => ['Verslag werkoverleg team Toelating\nAanwezig: ', { n: `${a.first} ${a.last}` }, ' (voorzitter), ', { n: `${b.first} ${b.last}` }, ' (IND), ', { n: `${c.first} ${c.last}` },
    '\nNotulist: ', { n: `${b.first} ${b.last}` }, '\n\n1. Opening\n', { n: a.first }, ' opent de vergadering. ', { n: c.last }, ' licht de cijfers toe.\n2. Voortgang\nDe achterstand loopt terug (actie: ', { n: b.first }, ').\n'],
  // contact table
  (a, b, c, r) => ['Contactgegevens projectteam\n\nNaam\nFunctie\nTelefoon\n', { n: `${a.first} ${a.last}` }, '\nProjectleider\n', { p: fmtMobile(mobile(r), 2) }, '\n', { n: `${b.first} ${b.last}` },
    '\nJurist\n', { p: fmtMobile(mobile(r), 3) }, '\n', { n: `${c.first} ${c.last}` }, '\nAdviseur\n', { p: fmtMobile(mobile(r), 4) }, '\n'],
  // letter with labels, a public official and the general number in the footer
  (a, b, _c, r) => ['Gemeente Voorbeeldstad\n\nBehandelaar: ', { n: `${a.first} ${a.last}` }, '\nTelefoon (direct): ', { p: fmtMobile(mobile(r), 0) }, '\nContactpersoon: ', { n: `${b.first} ${b.last}` },
    '\n\nGeachte heer, mevrouw,\n\nNaar aanleiding van het gesprek met ', { k: 'wethouder Jansen' }, ' sturen wij u het besluit.\n\nHoogachtend,\n\n', { n: `${a.first} ${a.last}` },
    '\nTeamleider Vergunningen\n\nBel ons op ', { k: '14 020' }, ' of kijk op de website.\n'],
  // signature block without a sign-off, function and directorate below
  (a, b, c, r) => ['Hierbij de notitie zoals besproken.\n\n', { n: `${a.first} ${a.last}` }, '\nCoördinator bezwaar\nDirectie Migratiebeleid\nMobiel: ', { p: fmtMobile(mobile(r), 2) },
    '\n\nMet ', { n: `${b.first} ${b.last}` }, ' is afgestemd dat ', { n: c.last }, ' de reactie schrijft.\n'],
  // WhatsApp export and attendees with their organisation
  (a, b, c, r) => ['12-03-2024, 09:41 - ', { n: `${a.first} ${a.last}` }, ': goedemorgen\n12-03-2024, 09:42 - ', { n: `${b.first}` }, ': ik bel je zo\n12-03-2024, 09:44 - ', { n: `${a.first} ${a.last}` },
    ': prima, mijn vaste nummer is ', { p: `(0${20 + Math.floor(r() * 50)}) ${100 + Math.floor(r() * 800)} ${10 + Math.floor(r() * 80)} ${10 + Math.floor(r() * 80)}` }, '\n\nDeelnemers overleg:\n', { n: `${b.first} ${b.last}` }, ' (COA)\n', { n: `${c.first} ${c.last}` }, ' (gemeente Voorbeeldstad)\n'],
  // staff table with other column headers, and service numbers that stay
  (a, b, c, r) => ['Bezetting loket\n\nMedewerker\nDienst\n', { n: `${a.first} ${a.last}` }, '\nmaandag\n', { n: `${b.first} ${b.last}` }, '\ndinsdag\n', { n: `${c.first} ${c.last}` }, '\nwoensdag\n\n',
    'Burgers kunnen bellen met ', { k: '0800-1351' }, ' of met het algemene nummer ', { k: '(070) 370 79 11' }, '. Doorkiesnummer ', { n: a.first }, ': ', { p: `070 - ${300 + Math.floor(r() * 600)} ${10 + Math.floor(r() * 80)} ${10 + Math.floor(r() * 80)}` }, '.\n'],
  // officials and mailboxes kept, a person's mail and surname in running text
  (a, b, _c, r) => ['Notitie\n\n', { k: 'Staatssecretaris Van der Berg' }, ' heeft de Kamer geïnformeerd. ', { k: 'Burgemeester Smit' }, ' is op de hoogte gebracht.\nVragen kunnen naar ', { k: 'servicedesk@dienst.nl' },
    ' of ', { k: 'info@voorbeeldstad.nl' }, '.\n\nAuteur: ', { n: `${a.first} ${a.last}` }, ' (', { e: local(a) }, '@dienst.nl)\nGesprekspartner: ', { n: `${b.first} ${b.last}` }, ', tel. ', { p: fmtMobile(mobile(r), 4) },
    '\n\n', { n: a.last }, ' heeft het concept gelezen.\n'],
];

const HELD_TEMPLATES: Template[] = [
  // English mail header and quoted reply
  (a, b, c, r) => ['From: ', { n: `${a.first} ${a.last}` }, '\nSent: Tuesday 4 March 2025 10:12\nTo: ', { n: `${b.last}, ${b.first}` }, '; ', { n: `${c.first} ${c.last}` },
    '\nSubject: RE: verlenging\n\nHoi ', { n: b.first }, ',\n\nVolgens ', { n: c.first }, ' is de termijn verstreken. Kun je ', { n: c.first }, ' vragen om het te controleren?\n\nGroet,\n', { n: a.first },
    '\nM ', { p: fmtMobile(mobile(r), 3) }, '\n'],
  // attendee list surname-first, absent list, action list
  (a, b, c) => ['Verslag MT-overleg\n\nAanwezigen\n', { n: `${a.last}, ${a.first}` }, '\n', { n: `${b.last}, ${b.first}` }, '\n', { n: `${c.last}, ${c.first}` }, '\n\nAfwezig: ', { n: `${c.first} ${c.last}` },
    '\n\nActiepunten\nNr\nActie\nActiehouder\n1\nNotitie opstellen\n', { n: `${a.first} ${a.last}` }, '\n2\nBrief aan aanvrager\n', { n: `${b.first} ${b.last}` }, '\n'],
  // handover note with running text
  (a, b, c, r) => ['Overdrachtsdocument\n\nOpgesteld door: ', { n: `${a.first} ${a.last}` }, '\nDatum: 3 februari 2025\n\nHet dossier gaat over naar ', { n: `${b.first} ${b.last}` },
    '. Volgens ', { n: c.first }, ' is de zaak bijna rond. ', { n: `${b.first}` }, ' heeft aangegeven dat de hoorzitting in april is. Bij vragen: ', { n: `${a.first} ${a.last}` }, ', ', { p: fmtMobile(mobile(r), 1) },
    '.\nVoor algemene vragen belt u het klantcontactcentrum, ', { k: '088 - 043 04 30' }, '.\n'],
  // council paper with officials and a civil servant
  (a, b) => ['Raadsvergadering 12 mei\n\n', { k: 'Raadslid Verhoeven (D66)' }, ' vraagt naar de stand van zaken. ', { k: 'Wethouder De Groot' }, ' antwoordt dat de ambtenaar ', { n: `${a.first} ${a.last}` },
    ' de notitie voorbereidt.\n\nAmbtelijk contact: ', { n: `${b.first} ${b.last}` }, ', ', { e: local(b) }, '@voorbeeldstad.nl\n'],
  // telephone note
  (a, b, _c, r) => ['Telefoonnotitie\n\nBeller: ', { n: `${a.first} ${a.last}` }, '\nTerugbelnummer: ', { p: fmtMobile(mobile(r), 4) }, '\nAangenomen door: ', { n: `${b.first} ${b.last}` },
    '\n\n', { n: a.first }, ' belde over de aanvraag. ', { n: b.first }, ' heeft beloofd terug te bellen.\n'],
  // letter with a two-column contact block and a footer number
  (a, b, _c, r) => ['Datum 12 juni 2025\nOns kenmerk 2025-0412\n\nContact\n', { n: `${a.first} ${a.last}` }, '\nT ', { p: fmtMobile(mobile(r), 2) }, '\n\nGeachte ', { n: `mevrouw ${b.last}` },
    ',\n\nU heeft ons gevraagd om een toelichting.\n\nMet vriendelijke groet,\nnamens deze,\n\n', { n: `${a.first} ${a.last}` }, '\nAdviseur Publiekszaken\n\nPostbus 100 · 1000 AA Voorbeeldstad · ', { k: '0900-8844' }, '\n'],
  // spreadsheet-like list of owners with surname-first cells
  (a, b, c) => ['Risico\nEigenaar\nStatus\nIT-migratie\n', { n: `${a.first} ${a.last}` }, '\nopen\nHuisvesting\n', { n: `${b.first} ${b.last}` }, '\ngesloten\nBudget\n', { n: `${c.first} ${c.last}` },
    '\nopen\n\nHet overleg met ', { n: `${c.first} ${c.last}` }, ' wordt voortgezet; ', { n: b.first }, ' schuift aan.\n'],
];

function measure(half: 'dev' | 'held', showMisses: boolean) {
  const r = rng(half === 'dev' ? 7 : 11);
  const firsts = half === 'dev' ? DEV_FIRST : HELD_FIRST;
  const lasts = half === 'dev' ? DEV_LAST : HELD_LAST;
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  measureHalf(half, r, half === 'dev' ? DEV_TEMPLATES : HELD_TEMPLATES, () => ({ first: pick(firsts), last: pick(lasts) }), showMisses);
}

const which = process.argv[2] ?? 'both';
const misses = process.argv.includes('--misses');
if (which !== 'held') measure('dev', misses);
if (which !== 'dev') measure('held', false);
