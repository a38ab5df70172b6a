/**
 * Scratch development set for issue #11, session 7 (names of East Asian, Filipino, South Asian,
 * African and Latin American origin; general numbers and mailboxes that must stay), run with
 * `npx vite-node tests/shared/detect/dev/origins-s7.ts [dev|held|both] [--misses]`.
 *
 * Every name, number and sentence here was invented for Lakstift (no string of any evaluation
 * corpus). Two halves, disjoint by names AND by document shape: the "dev" half was used while
 * writing rules; the "held" half (other names of the same classes plus other origins, other
 * shapes) was written once, before any rule, and is only measured (`--misses` is refused for it).
 * Not a test: it prints figures.
 */
import { measureHalf, rng, type Template as TemplateOf } from './harness';

interface Person { first: string; last: string; surnameFirst?: boolean }

// Dev classes: Korean (two-syllable given names, hyphenated in lower case, joined, or capitalised;
// surname first or last), Filipino (double given names, dela/delos/de los), Vietnamese (three parts),
// Latin American double surnames.
const DEV_PEOPLE: Person[] = [
  { first: 'Seo-yeon', last: 'Park' }, { first: 'Min-jae', last: 'Kang' }, { first: 'Ha-eun', last: 'Yoon', surnameFirst: true },
  { first: 'Jae-won', last: 'Shin', surnameFirst: true }, { first: 'Dong-Hyun', last: 'Baek' }, { first: 'Yejin', last: 'Ryu' },
  { first: 'Maricel Joy', last: 'dela Cruz' }, { first: 'Rodelio', last: 'Macaraeg' }, { first: 'Jhon Paul', last: 'Delos Santos' },
  { first: 'Analyn', last: 'de los Reyes' }, { first: 'Rowena', last: 'Bautista' }, { first: 'Nguyen Thi', last: 'Hoa' },
  { first: 'Pham Van', last: 'Duc' }, { first: 'Tran Minh', last: 'Tuan' }, { first: 'Ximena', last: 'Cárdenas Quispe' },
  { first: 'Joaquín', last: 'Villalobos Mendieta' }, { first: 'Yuliana', last: 'Restrepo Gaviria' }, { first: 'Byung-ho', last: 'Choi' },
];
// Held-out: other names of those classes and Chinese pinyin, Japanese, South Asian, East and West African.
const HELD_PEOPLE: Person[] = [
  { first: 'Ji-hoon', last: 'Hwang' }, { first: 'Soo-bin', last: 'Jeong', surnameFirst: true }, { first: 'Eun-Ji', last: 'Moon' },
  { first: 'Hyejin', last: 'Kwon', surnameFirst: true }, { first: 'Lovely Grace', last: 'Dimaculangan' }, { first: 'Arnel', last: 'delos Reyes' },
  { first: 'Jonalyn', last: 'Dela Paz' }, { first: 'Le Thi', last: 'Thu' }, { first: 'Vo Quang', last: 'Hieu' },
  { first: 'Xiuying', last: 'Liang' }, { first: 'Zhenhua', last: 'Cao' }, { first: 'Haruto', last: 'Nakamura' },
  { first: 'Yui', last: 'Fujiwara' }, { first: 'Pradeep', last: 'Chatterjee' }, { first: 'Lakshmi', last: 'Venkataraman' },
  { first: 'Tendai', last: 'Mutasa' }, { first: 'Wanjiru', last: 'Kamau' }, { first: 'Chidera', last: 'Eze' },
  { first: 'Marisol', last: 'Huamán Condori' }, { first: 'Gonzalo', last: 'Ibarra Echeverría' },
];

const full = (p: Person) => (p.surnameFirst ? `${p.last} ${p.first}` : `${p.first} ${p.last}`);
const local = (p: Person) => `${p.first.split(/[ -]/)[0]!.toLowerCase()}.${p.last.toLowerCase().replace(/[^a-z]/g, '')}`.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
const mobile = (r: () => number) => `06${String(Math.floor(r() * 1e8)).padStart(8, '1')}`;
const fmtMobile = (d: string, k: number) => [d, `${d.slice(0, 2)}-${d.slice(2)}`, `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)} ${d.slice(8)}`,
  `+31 (0)${d.slice(1, 2)} ${d.slice(2, 6)} ${d.slice(6)}`, `0031 ${d.slice(1, 2)} ${d.slice(2)}`][k % 5]!;
const direct = (r: () => number) => `070 ${300 + Math.floor(r() * 600)} ${10 + Math.floor(r() * 80)} ${10 + Math.floor(r() * 80)}`;

type Template = TemplateOf<Person>;

const DEV_TEMPLATES: Template[] = [
  // e-mail with header, greeting, speech verbs and signature; general number and mailbox in the footer
  // (the secretariat's mailbox in the CC line is internal, 10.2.g by the design: not scored)
  (a, b, c, r) => ['Van: ', { n: full(a) }, ' <', { e: local(a) }, '@minbzk.nl>\nAan: ', { n: full(b) }, '\nCC: secretariaat@minbzk.nl\n',
    'Onderwerp: planning\n\nBeste ', { n: b.first }, ',\n\nIk heb met ', { n: full(c) }, ' gesproken. ', { n: c.first }, ' gaf aan dat het klopt.\n\n',
    'Met vriendelijke groet,\n\n', { n: full(a) }, '\nBeleidsmedewerker\nT ', { p: direct(r) }, '\n\nDirectie Bestuur | Algemeen nummer ', { k: '070 426 64 26' }, ' | ', { k: 'info' }, '@minbzk.nl\n'],
  // contact table with persons and a service desk row
  (a, b, c, r) => ['Contactgegevens\n\nNaam\nRol\nTelefoon\n', { n: full(a) }, '\nProjectleider\n', { p: fmtMobile(mobile(r), 1) }, '\n', { n: full(b) }, '\nJurist\n', { p: fmtMobile(mobile(r), 2) },
    '\nServicedesk ICT\nbereikbaar ma-vr 8.00-17.00\n', { k: '070 888 12 34' }, '\n\nZie ook ', { n: full(c) }, ' (adviseur).\n'],
  // minutes with attendance and actions; a meldpunt number
  (a, b, c) => ['Verslag stuurgroep\n\nAanwezig: ', { n: full(a) }, ', ', { n: full(b) }, ' en ', { n: full(c) }, '\n\n1. Mededelingen\n', { n: full(a) }, ' opent. ',
    { n: b.first }, ' meldt dat het meldpunt (', { k: '0800 0123' }, ') goed werkt.\nActie: ', { n: c.first }, '\n'],
  // letter with labels; the letterhead repeats the general number, secretariat mailbox
  (a, b, _c, r) => ['Gemeente Zuiderwaard\nPostbus 40 | 2500 AA Zuiderwaard | ', { k: '14 070' }, '\n\nBehandeld door: ', { n: full(a) }, '\nDoorkiesnummer: ', { p: direct(r) }, '\n\n',
    'Geachte heer ', { n: b.last }, ',\n\nVoor vragen kunt u contact opnemen met het secretariaat via ', { k: 'secretariaat.bestuur' }, '@zuiderwaard.nl of telefonisch via ', { k: '071 516 50 00' },
    '.\n\nMet vriendelijke groet,\n\n', { n: full(a) }, '\nTeamleider Burgerzaken\n'],
  // chat export
  (a, b, c, r) => ['[03-04 10:12] ', { n: full(a) }, ': kan iemand de brief checken?\n[03-04 10:15] ', { n: full(b) }, ': doe ik, ', { n: a.first }, '\n[03-04 10:20] ', { n: full(c) },
    ': bel me op ', { p: fmtMobile(mobile(r), 0) }, '\n'],
];

const HELD_TEMPLATES: Template[] = [
  // English mail with a quoted reply and a helpdesk mailbox
  (a, b, c, r) => ['From: ', { n: full(a) }, ' <', { e: local(a) }, '@rvo.nl>\nSent: 4 March 2025\nTo: ', { n: full(b) }, '\nSubject: RE: subsidie\n\nHoi ', { n: b.first },
    ',\n\nVolgens ', { n: c.first }, ' loopt dit via de helpdesk (', { k: 'helpdesk' }, '@rvo.nl, ', { k: '088 042 42 42' }, ').\n\nGroet,\n', { n: a.first }, '\nM ', { p: fmtMobile(mobile(r), 3) }, '\n'],
  // handover note with running text and the information number
  (a, b, c, r) => ['Overdracht\n\nOpgesteld door: ', { n: full(a) }, '\n\nHet dossier gaat naar ', { n: full(b) }, '. ', { n: full(c) }, ' heeft de stukken.\n',
    'Bij vragen: ', { n: full(a) }, ', ', { p: fmtMobile(mobile(r), 4) }, '. Informatienummer voor burgers: ', { k: '0800-8051' }, ' (ma-vr 9.00-17.00).\n'],
  // telephone note with labels
  (a, b, _c, r) => ['Telefoonnotitie\n\nBeller: ', { n: full(a) }, '\nTerugbelnummer: ', { p: fmtMobile(mobile(r), 2) }, '\nAangenomen door: ', { n: full(b) },
    '\n\n', { n: a.first }, ' belde via de receptie (', { k: '030 789 20 00' }, ').\n'],
  // risk register owners and a press mailbox in the colophon
  (a, b, c) => ['Risico\nEigenaar\nStatus\nHuisvesting\n', { n: full(a) }, '\nopen\nBudget\n', { n: full(b) }, '\ngesloten\n\nHet overleg met ', { n: full(c) }, ' loopt.\n\n',
    'Colofon\nPersvragen: ', { k: 'pers' }, '@provincie-midden.nl\nKlantcontactcentrum ', { k: '088 - 020 30 40' }, '\n'],
  // signature blocks side by side in a memo, function below
  (a, b, _c, r) => ['Memo\n\nAan: ', { n: full(b) }, '\nVan: ', { n: full(a) }, '\n\nZoals besproken stuur ik de cijfers. ', { n: b.first }, ' kan ze doorzetten naar het team.\n\n', { n: full(a) },
    '\nSenior adviseur\n', { p: fmtMobile(mobile(r), 1) }, '\n\nWoo-verzoeken: ', { k: 'woo' }, '@ministerie.nl\n'],
];

function measure(half: 'dev' | 'held', showMisses: boolean) {
  const r = rng(half === 'dev' ? 7 : 11);
  const people = half === 'dev' ? DEV_PEOPLE : HELD_PEOPLE;
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  measureHalf(half, r, half === 'dev' ? DEV_TEMPLATES : HELD_TEMPLATES, () => pick(people), showMisses);
}

const which = process.argv[2] ?? 'both';
const misses = process.argv.includes('--misses');
if (misses && which !== 'dev') throw new Error('--misses is for the dev half only: run with `dev --misses`.');
if (which !== 'held') measure('dev', misses);
if (which !== 'dev') measure('held', false);
