// Phone stress set (issue #11 item 4, session 11): invented documents, rendered by real producers
// (LibreOffice Writer's HTML import, headless Chromium with page header and footer templates),
// that cross the NOTATIONS of Dutch and foreign phone numbers with the CONTEXTS they stand in, plus
// the GENERAL numbers that must stay. Every name, number and organisation here is made up; the set
// labels itself (each number is unique, so a suggestion is matched to its number by its digits).
//
//   node scripts/phone-stress.mjs [--out DIR] [--seed N] [--misses] [--cli path/to/lakstift.mjs] [--no-render | --resume]
//
// Prints a table notation × context of direct numbers found (found/written), the general numbers
// suggested by context (must-keep violations) and phone suggestions that are no planted number.
// Not used by tests or eval; a map for whoever works on shared/detect/detectors/phone.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRun, missingTools, redistil, renderChromium, renderEnscript, renderSoffice } from './corpus/producers.mjs';
import { makeRng } from './corpus/rng.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
const out = path.resolve(opt('out', path.join(os.tmpdir(), 'lakstift-phone-stress')));
const seed = Number(opt('seed', 1107));
const rng = makeRng(seed);

// --- numbers ----------------------------------------------------------------------------------
const AREA2 = ['10', '13', '20', '23', '30', '33', '40', '43', '50', '53', '70', '71', '73', '76', '79'];
const AREA3 = ['111', '172', '223', '251', '294', '313', '318', '345', '412', '475', '495', '521', '546', '575', '595'];
const used = new Set();
/** A fresh national number of a kind: { area, sub } with '0' + area + sub ten digits. */
function number(kind) {
  for (;;) {
    let n;
    if (kind === 'geo2') n = { area: rng.pick(AREA2), sub: `${rng.int(2, 9)}${rng.digits(6)}` };
    else if (kind === 'geo3') n = { area: rng.pick(AREA3), sub: `${rng.int(2, 9)}${rng.digits(5)}` };
    else if (kind === 'mobile') n = { area: '6', sub: `${rng.int(1, 5)}${rng.digits(7)}` };
    else if (kind === '088') n = { area: '88', sub: `${rng.int(1, 9)}${rng.digits(6)}` };
    else if (kind === '085') n = { area: '85', sub: `${rng.int(1, 9)}${rng.digits(6)}` };
    else throw new Error(kind);
    const d = `0${n.area}${n.sub}`;
    if (used.has(d.slice(-9))) continue;
    used.add(d.slice(-9));
    return { ...n, kind, digits: d };
  }
}

const g = (s, sizes) => {
  const outp = [];
  let i = 0;
  for (const k of sizes) { outp.push(s.slice(i, i + k)); i += k; }
  if (i < s.length) outp.push(s.slice(i));
  return outp;
};

/**
 * Notations of a national number by the length of its area code: `sub` grouped as people write it.
 * Each returns the written form; 'nbsp' uses no-break spaces, 'letterspaced' is drawn with CSS
 * letter-spacing (Chromium only).
 */
function notations(n) {
  const a = `0${n.area}`;
  const s = n.sub;
  const mob = n.area === '6';
  const sp = mob ? g(s, [2, 2, 2, 2]) : s.length === 7 ? g(s, [3, 2, 2]) : g(s, [2, 2, 2]);
  const intlArea = n.area;
  const common = {
    'spaced-pairs': `${a} ${sp.join(' ')}`,
    'hyphen': `${a}-${s}`,
    'hyphen-groups': `${a}-${sp.join(' ')}`,
    'spaced-hyphen': `${a} - ${sp.join(' ')}`,
    'dots': `${a}.${sp.join('.')}`,
    'slash': `${a}/${s}`,
    'none': `${a}${s}`,
    'paren': `(${a}) ${sp.join(' ')}`,
    'paren-tight': `(${a})${s}`,
    '+31': `+31 ${intlArea} ${sp.join(' ')}`,
    '+31-none': `+31${intlArea}${s}`,
    '+31 (0)': `+31 (0)${intlArea} ${sp.join(' ')}`,
    '+31(0)-tight': `+31(0)${intlArea}-${s}`,
    '0031': `0031 ${intlArea} ${sp.join(' ')}`,
    '0031 (0)': `0031 (0)${intlArea} ${s}`,
    'nbsp': `${a}\u00a0${sp.join('\u00a0')}`,
    'en-dash': `${a} \u2013 ${sp.join(' ')}`,
    'nb-hyphen': `${a}\u2011${s}`,
    'minus': `${a}\u2212${sp.join(' ')}`,
    'em-dash': `${a} \u2014 ${sp.join(' ')}`,
  };
  common['+31-dashes'] = `+31-${intlArea}-${s}`;
  common['+31 (0) spaced'] = `+31 (0) ${intlArea} - ${sp.join(' ')}`;
  common['0 area spaced'] = `0${intlArea.length === 1 ? '' : ' '}${intlArea} ${sp.join(' ')}`;
  if (mob) {
    return { ...common, '06 – 4-4': `06 \u2013 ${g(s, [4, 4]).join(' ')}`, '06-2-2-2-2': `06-${g(s, [2, 2, 2, 2]).join('-')}`, '06 3-3-2': `06 ${g(s, [3, 3, 2]).join(' ')}`, '06 4-4': `06 ${g(s, [4, 4]).join(' ')}`, '06-4-4': `06-${g(s, [4, 4]).join(' ')}`,
      '+31 6 4-4': `+31 6 ${g(s, [4, 4]).join(' ')}` };
  }
  if (s.length === 7) return { ...common, '3-4': `${a} ${g(s, [3, 4]).join(' ')}`, '2-2-3': `${a} ${g(s, [2, 2, 3]).join(' ')}`, '3-4 hyphen': `${a}-${g(s, [3, 4]).join(' ')}` };
  return { ...common, '3-3': `${a} ${g(s, [3, 3]).join(' ')}`, '3-3 hyphen': `${a}-${g(s, [3, 3]).join(' ')}` };
}

// --- people and organisations (all invented) ----------------------------------------------------
const FIRST = ['Ilse', 'Koen', 'Yasmina', 'Tjeerd', 'Priya', 'Mehmet', 'Sanne', 'Olufemi', 'Marta', 'Jurre', 'Fleur', 'Anouar', 'Wietske', 'Dirk-Jan', 'Naima', 'Bas', 'Lotte', 'Haruto', 'Esmee', 'Gerrit'];
const LAST = ['Brandsma', 'Verhoeckx', 'El Idrissi', 'Hoekstra', 'Ramdin', 'Kaya', 'de Wit', 'Adeyemi', 'Kowalczyk', 'van Dalen', 'Timmer', 'Bakkali', 'Postma', 'ter Horst', 'Oudshoorn', 'Zijlstra', 'Mulder-Sarmo', 'van Rijswijk', 'Dijkgraaf', 'Beekhuis'];
const FUNCS = ['beleidsmedewerker', 'senior adviseur', 'jurist', 'teamleider', 'casemanager', 'projectleider', 'inspecteur', 'woordvoerder'];
const ORGS = [
  { name: 'Gemeente Westerbroek', post: 'Postbus 4410, 9600 AK Westerbroek', site: 'www.westerbroek.nl', short: '14 0598' },
  { name: 'Ministerie van Waterbeheer', post: 'Postbus 20911, 2500 EX Den Haag', site: 'www.rijksoverheid.nl/wb', short: '1400' },
  { name: 'Omgevingsdienst Lindeveld', post: 'Postbus 312, 7400 AH Deventer', site: 'www.odlindeveld.nl', short: null },
  { name: 'Stichting Jeugdzorg Kempenland', post: 'Postbus 77, 5500 AB Veldhoven', site: 'www.jzkempenland.nl', short: null },
];
const person = () => ({ first: rng.pick(FIRST), last: rng.pick(LAST), func: rng.pick(FUNCS) });
const full = (p) => `${p.first} ${p.last}`;
const mail = (p, org) => `${p.first.toLowerCase().replace(/[^a-z]/g, '')}.${p.last.toLowerCase().replace(/[^a-z]/g, '')}@${org.site.replace(/^www\./, '').replace(/\/.*$/, '')}`;

// --- contexts ----------------------------------------------------------------------------------
// A direct context renders a block around one direct number `n` (its written form); `doc` says in
// which document kind it stands. `kinds`: the number kinds it is crossed with.
const SIG = (p, org, line) => `<p>Met vriendelijke groet,</p><p>${full(p)}<br>${p.func}<br>${org.name}<br>${line}</p>`;
const LABELS = { 'T': 'T ', 'M': 'M ', 'tel.': 'tel. ', 'Tel:': 'Tel: ', 'mob.': 'mob. ', 'Mobiel:': 'Mobiel: ', 'doorkies:': 'Doorkies: ',
  'Doorkiesnummer:': 'Doorkiesnummer: ', 'Telefoon:': 'Telefoon: ', 'GSM:': 'GSM: ', 'Fax:': 'Fax: ', 'T.': 'T. ', 'Tel.nr.:': 'Tel.nr.: ',
  'Telefoonnr.': 'Telefoonnr. ', 'Mob:': 'Mob: ', 'Mobile:': 'Mobile: ', 'Phone:': 'Phone: ', 'Direct:': 'Direct: ', 'Werk:': 'Werk: ', 'Tel. (werk):': 'Tel. (werk): ',
  'Telefonisch:': 'Telefonisch: ', '☎': '☎ ', 'dir.': 'dir. ' };
const MOBILE_ONLY = new Set(['M', 'mob.', 'Mobiel:', 'GSM:', 'Mob:', 'Mobile:']);
const DIRECT = [
  ...Object.entries(LABELS).map(([k, lab]) => ({ id: `label ${k}`, doc: 'thread', kinds: MOBILE_ONLY.has(k) ? ['mobile'] : ['geo2', 'geo3', 'mobile'],
    html: (n, p, org) => SIG(p, org, `${lab}${n}`) })),
  { id: 'signature, no label', doc: 'thread', kinds: ['geo2', 'geo3', 'mobile'], html: (n, p, org) => SIG(p, org, n) },
  { id: 'signature, 088 doorkies', doc: 'thread', kinds: ['088'], html: (n, p, org) => SIG(p, org, `Doorkies ${n}`) },
  { id: 'signature + general', doc: 'thread', kinds: ['geo2', 'mobile'], general: true,
    html: (n, p, org, gen) => `<p>Met vriendelijke groet,</p><p>${full(p)}<br>${p.func}<br><br>${org.name}<br>${org.post}<br>T ${gen}<br>M ${n}<br>${org.site}</p>` },
  { id: 'running: bel mij op', doc: 'thread', kinds: ['geo2', 'geo3', 'mobile'], html: (n) => `<p>Als er nog iets onduidelijk is over de stukken of over de planning van het overleg met de provincie, bel mij gerust op ${n}. Ik ben de hele week op kantoor en lees mijn mail ook 's avonds.</p>` },
  { id: 'running: bereikbaar via', doc: 'thread', kinds: ['geo2', 'geo3', 'mobile'], html: (n) => `<p>Ik ben morgen tot 15.00 uur bereikbaar via ${n}, daarna weer per mail.</p>` },
  { id: 'running: collega bereikbaar', doc: 'thread', kinds: ['geo2', 'mobile'], html: (n, p) => `<p>Mijn collega ${full(p)} neemt het dossier over; zij is bereikbaar op ${n}.</p>` },
  { id: 'running: mijn nummer is', doc: 'thread', kinds: ['geo2', 'mobile'], html: (n) => `<p>Mijn nummer is ${n}, app of bel gerust.</p>` },
  { id: 'running: je kunt me bereiken op', doc: 'thread', kinds: ['geo3', 'mobile'], html: (n) => `<p>Je kunt me vanmiddag bereiken op ${n}.</p>` },
  { id: 'running: name (number)', doc: 'thread', kinds: ['geo2', 'mobile'], html: (n, p) => `<p>Neem voor de planning contact op met ${full(p)} (${n}).</p>` },
  { id: 'running: name, number', doc: 'thread', kinds: ['mobile', 'geo3'], html: (n, p) => `<p>Aanwezig namens het team: ${full(p)}, ${n}, en ik.</p>` },
  { id: 'list: name: number', doc: 'thread', kinds: ['mobile', 'geo2'], html: (n, p) => `<p>Bereikbaarheid tijdens de storing:</p><ul><li>${full(person())}: via de mail</li><li>${full(p)}: ${n}</li></ul>` },
  { id: 'from header', doc: 'thread', kinds: ['mobile', 'geo2'], html: (n, p, org) => `<p>Van: ${full(p)} (${n})<br>Aan: ${mail(person(), org)}<br>Onderwerp: planning overleg</p>` },
  { id: 'chat line', doc: 'chat', kinds: ['mobile', 'geo2'], html: (n, p) => `<p>[${rng.int(10, 28)}-0${rng.int(1, 9)} ${rng.int(10, 17)}:${rng.int(10, 59)}] ${full(p)}: bel me even op ${n} als je er bent</p>` },
  { id: 'chat line, number only', doc: 'chat', kinds: ['mobile'], html: (n, p) => `<p>[${rng.int(10, 28)}-0${rng.int(1, 9)} ${rng.int(10, 17)}:${rng.int(10, 59)}] ${p.first}: ${n}</p>` },
  { id: 'table with header', doc: 'table', kinds: ['geo2', 'geo3', 'mobile'], row: true, html: (n, p) => `<tr><td>${full(p)}</td><td>${p.func}</td><td>${n}</td></tr>` },
  { id: 'table no header', doc: 'table2', kinds: ['geo2', 'geo3', 'mobile'], row: true, html: (n, p) => `<tr><td>${full(p)}</td><td>${p.func}</td><td>${n}</td></tr>` },
  { id: 'letterhead: behandeld door', doc: 'letter', kinds: ['geo2', 'geo3', 'mobile'], letterhead: true },
  { id: 'line break inside', doc: 'thread', kinds: ['geo2', 'mobile'], split: true,
    html: (n, p, org) => SIG(p, org, `T ${n}`) },
  { id: 'narrow table cell', doc: 'narrow', kinds: ['geo2', 'mobile'], row: true, html: (n, p) => `<tr><td style="width:20mm">${full(p)}</td><td style="width:19mm">${n}</td><td>${p.func} bij het team dat de aanvraag beoordeelt</td></tr>` },
  { id: 'footer every page (person)', doc: 'footer', kinds: ['mobile', 'geo2'], footer: true },
  { id: 'footer every page (name, no label)', doc: 'footer2', kinds: ['geo2', 'geo3'], footer: true },
  { id: 'letter-spaced', doc: 'spaced', kinds: ['geo2', 'mobile'], html: (n, p, org) => SIG(p, org, `T <span style="letter-spacing:2.5pt">${n}</span>`) },
  { id: 'toestel (extension)', doc: 'thread', kinds: ['geo2'], ext: true, html: (n, p, org) => SIG(p, org, `T ${n} toestel ${rng.int(2000, 4999)}`) },
  // Session 12: a person named right before ", bereikbaar op" (a letter's contact sentence); a
  // person's own e-mail address in the number's sentence; a form's label over its value.
  { id: 'running: contact met X, bereikbaar op', doc: 'thread', kinds: ['geo2', 'geo3', '085'], html: (n, p) => `<p>Heeft u vragen over deze brief? Neem dan contact op met ${full(p)}, bereikbaar op ${n} (maandag en vrijdag).</p>` },
  { id: 'running: Contact: first, e-mail, number', doc: 'thread', kinds: ['085', '088'], html: (n, p, org) => `<p>Zie de bijlage voor de planning. Contact: ${p.first}, ${mail(p, org)}, ${n}</p>` },
  { id: 'home address line, full name', doc: 'thread', kinds: ['geo2', 'geo3'], html: (n, p) => `<p>Ingediend door ${full(p)}, Lindelaan 14, 3901 CD Lindegouw, tel. ${n}</p>` },
  { id: 'form: label over value', doc: 'thread', kinds: ['085', '088', 'geo2'], html: (n, p) => `<p>Contactpersoon bij het kantoor<br>${full(p)}</p><p>Doorkiesnummer<br>${n}</p>` },
  // Session 13: a person named right before the label after a service's field; a contact block's
  // name line with the person's part in brackets.
  { id: 'service; name, tel.', doc: 'thread', kinds: ['geo2', 'geo3', '085'], html: (n, p, org) => `<p>Secretariaat: secretariaat@${org.site.replace(/^www\./, '').replace(/\/.*$/, '')}; verslag: ${full(p)}, tel. ${n}</p>` },
  { id: 'contact: name (role) / T', doc: 'thread', kinds: ['geo2', '085'], html: (n, p, org) => `<p>Vragen?<br>${full(p)} (${rng.pick(['inhoud', 'planning', 'juridisch'])})<br>T ${n}<br>${mail(p, org)}</p>` },
];
// Foreign numbers of persons, in a signature after a label.
const FOREIGN = [
  ['+32 470 12 34 56', '32'], ['+49 151 2345 6789', '49'], ['0044 20 7946 0123', '44'], ['+33 (0)6 12 34 56 78', '33'], ['+90 532 417 28 63', '90'],
  ['+212 6 61 23 45 87', '212'], ['+597 852 1934', '597'],
];

/** General numbers that must stay: a context and a number (written form). */
function generals(org) {
  const n = (k, style) => { const x = number(k); return notations(x)[style] ?? notations(x)['spaced-pairs']; };
  return [
    ['algemeen nummer (text)', (v) => `<p>Voor algemene vragen kunt u ons algemene nummer ${v} bellen.</p>`, n('geo2', 'spaced-pairs')],
    ['label Algemeen:', (v) => `<p>Algemeen: ${v}</p>`, n('088', 'hyphen-groups')],
    ['telefooncentrale', (v) => `<p>De telefooncentrale (${v}) verbindt u door met de behandelaar.</p>`, n('geo3', 'spaced-pairs')],
    ['klantcontactcentrum', (v) => `<p>Het klantcontactcentrum is bereikbaar op ${v}.</p>`, n('geo2', '3-4')],
    ['helpdesk label', (v) => `<p>Helpdesk: ${v} (ma-vr 8.30-17.00)</p>`, n('085', 'spaced-pairs')],
    ['receptie', (v) => `<p>Receptie: ${v}</p>`, n('geo2', 'paren')],
    ['heeft u vragen, bel', (v) => `<p>Heeft u vragen over deze brief? Bel dan ${v}.</p>`, n('geo3', '3-3')],
    ['14 0xx', (v) => `<p>Bel voor een afspraak met ${v}.</p>`, org.short ?? '14 0598'],
    ['0800', (v) => `<p>Gratis informatienummer: ${v}</p>`, `0800-${rng.digits(4)}`],
    ['0800 spaced', (v) => `<p>U kunt ook bellen naar ${v} (gratis).</p>`, `0800 ${rng.digits(3)} ${rng.digits(4)}`],
    ['0900', (v) => `<p>Informatielijn ${v} (lokaal tarief)</p>`, `0900-${rng.digits(7)}`],
    ['switchboard (English)', (v) => `<p>Switchboard: ${v}</p>`, `+31 ${n('088', 'none').slice(1, 3)} ${rng.digits(3)} ${rng.digits(4)}`],
    ['088 spaced in letterhead', (v) => v, n('088', 'spaced-hyphen')],
    // Session 12: a company named with its legal form right before its number, a person in the lines above.
    ['kunt u ons bellen', (v) => `<p>Heeft u nog vragen? Dan kunt u ons bellen op ${v}.</p>`, n('geo3', 'spaced-hyphen')],
    ['organisation, telefoon', (v) => `<p>${org.name}, telefoon ${v}</p>`, n('geo2', '3-4')],
    ['colofon, inlichtingen', (v) => `<p>Colofon<br>Uitgave van ${org.name}<br>Inlichtingen: telefoon ${v}</p>`, n('geo2', 'spaced-pairs')],
    ['signature: organisation line', (v) => `<p>Met vriendelijke groet,</p><p>${full(person())}<br>adviseur<br>${org.name} | ${org.post} | ${v} | ${org.site}</p>`, n('geo2', 'spaced-pairs')],
    // Session 12b: a phone list's first rows, a label cell and a number cell (a word processor's
    // table that the text model may read column by column: all labels, then all numbers).
    ['lijst: receptie-rij', (v) => `<table><tr><td>Receptie</td><td>${v}</td></tr><tr><td>Algemeen nummer</td><td>${n('088', 'spaced-pairs')}</td></tr><tr><td>Servicedesk ICT</td><td>0800 ${rng.digits(3)} ${rng.digits(4)}</td></tr></table>`, n('geo3', 'paren')],
    // Session 13: a general label without a colon in a signature; a group of the public as the label;
    // a question to the reader before "Bel dan"; a function's mailbox as the other way in.
    ['signature: Algemeen without colon', (v) => `<p>Met vriendelijke groet,</p><p>${full(person())}<br>adviseur<br>Algemeen ${v}<br>${org.post}</p>`, n('geo2', 'spaced-pairs')],
    ['label: Vragen van ondernemers', (v) => `<p>Vragen van ondernemers: ${v}</p>`, n('geo3', 'spaced-pairs')],
    ['question, Bel dan', (v) => `<p>Twijfelt u over de termijn? Bel dan ${v}.</p>`, n('geo2', 'paren')],
    ['bel … of mail function', (v) => `<p>Voor een afspraak bel ${v} of mail balie@${org.site.replace(/^www\./, '').replace(/\/.*$/, '')}.</p>`, n('geo3', 'hyphen')],
    ['company B.V. (number)', (v) => `<p>Om 10.05 uur belde mevrouw J. Oudshoorn over de lift. Melding doorgegeven aan Liftonderhoud Peelland B.V. (${v}).</p>`, n('088', 'spaced-hyphen')],
  ];
}

// --- documents ----------------------------------------------------------------------------------
const STYLE = '<style>body{font-family:Liberation Sans,Arial,sans-serif;font-size:10pt} td{vertical-align:top;padding:2pt 6pt} table{border-collapse:collapse}</style>';
const FILL = ['Naar aanleiding van het overleg van vorige week stuur ik je hierbij de stukken voor de planning.',
  'De aanvraag is volledig; de beslistermijn loopt tot eind volgende maand.', 'Graag ontvang ik je reactie voor vrijdag.',
  'In de bijlage vind je het concept van de notitie over de pilot.', 'Het team heeft de stukken besproken en heeft geen verdere opmerkingen.'];

const planted = []; // { doc, context, notation, digits, foreign, count, general }
const docs = [];
let docNo = 0;
/** The plain text of a document's HTML, for enscript: lines for <br> and paragraphs, table cells apart by spaces. */
const toText = (html) => html.replace(/<br>/g, '\n').replace(/<\/(?:p|tr|li|table|h3)>|<hr>/g, '\n\n').replace(/<li>/g, '- ').replace(/<\/t[dh]>/g, '    ')
  .replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\n{3,}/g, '\n\n');
const PRODUCERS = ['soffice', 'chromium', 'enscript'];
const FACES = ['Liberation Sans', 'Liberation Serif', 'DejaVu Sans Condensed', 'Nimbus Sans Narrow', 'URW Bookman', 'P052', 'Carlito', 'Caladea'];
/** The producer of the next document of a kind that any producer can write: each in turn, enscript only for Latin-1 text. */
let turn = 0;
const nextProducer = (html) => {
  const p = PRODUCERS[turn++ % PRODUCERS.length];
  return p === 'enscript' && /[^\u0000-\u00ff]/.test(toText(html)) ? 'soffice' : p;
};
function addDoc(kind, producer, body, extra = {}) {
  if (producer === 'any') producer = nextProducer(body);
  docNo++;
  const name = `ps${String(docNo).padStart(2, '0')}-${kind}-${producer}`;
  if (producer === 'enscript') {
    docs.push({ name, producer, body: toText(body), title: name, doc: { rng } });
    return name;
  }
  // Each document in one of the installed faces, text justified in every other one (a justified
  // line spreads its spaces, the number's too), and one in four re-distilled by Ghostscript.
  const face = FACES[docNo % FACES.length];
  const justify = docNo % 2 === 0 ? 'p{text-align:justify}' : '';
  const post = docNo % 4 === 3 ? ['gs'] : [];
  docs.push({ name, producer, post, body: `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">${STYLE}<style>body{font-family:'${face}'}${justify}</style>${extra.css ?? ''}</head><body>${body}</body></html>`, title: name, doc: { rng, chromium: extra.chromium } });
  return name;
}

// Instances: every direct context × every notation of every kind it takes.
const buckets = new Map();
for (const c of DIRECT) {
  for (const k of c.kinds) {
    const sample = notations(number(k));
    for (const nt of Object.keys(sample)) {
      if ((c.split || c.footer || c.letterhead || c.ext) && rng.chance(0.5)) continue; // fewer of the costly layouts
      const num = number(k);
      const written = notations(num)[nt];
      const list = buckets.get(c.doc) ?? [];
      list.push({ c, k, nt, num, written });
      buckets.set(c.doc, list);
    }
  }
}
for (const [code, cc] of FOREIGN) {
  const list = buckets.get('thread');
  list.push({ c: { id: 'foreign, label M', doc: 'thread', html: (n, p, org) => SIG(p, org, `M ${n}`) }, k: 'foreign', nt: `+${cc}`, num: { digits: code, foreign: true }, written: code });
  list.push({ c: { id: 'foreign, running own', doc: 'thread', html: (n) => `<p>Ik zit deze week in het buitenland; bel me gerust op ${n}.</p>` }, k: 'foreign', nt: `+${cc}`, num: { digits: code, foreign: true }, written: code });
}
for (const list of buckets.values()) list.splice(0, list.length, ...rng.shuffle(list));

const plant = (doc, inst, count = 1) => planted.push({ doc, context: inst.c.id, notation: `${inst.k} ${inst.nt}`, digits: inst.num.digits, foreign: Boolean(inst.num.foreign), count, written: inst.written });
const chunk = (a, n) => Array.from({ length: Math.ceil(a.length / n) }, (_, i) => a.slice(i * n, i * n + n));

// Threads: each instance a message of its own, eight messages a document.
for (const part of chunk(buckets.get('thread') ?? [], 8)) {
  const org = rng.pick(ORGS);
  const blocks = [];
  const insts = [];
  for (const inst of part) {
    const p = person();
    let numHtml = inst.written;
    if (inst.c.split) {
      // The number broken by a line break after its area code or after its first group.
      // (A number without spaces breaks after its area code, its bracket or its "(0)" kept with it.)
      const m = /^(\S+(?:\s\S+)?)\s(.*)$/.exec(inst.written) ?? /^(\+31\(0\)\d+-?|\+31-?\d+-?|\+31\d|\(0\d+\)|0\d{1,3}[-/.\u2011\u2212]?)(.*)$/.exec(inst.written);
      if (!m) throw new Error(`no split for ${inst.written}`);
      numHtml = `${m[1]}<br>${m[2]}`;
    }
    let gen;
    if (inst.c.general) gen = number('088');
    const genWritten = gen ? notations(gen)['spaced-pairs'] : undefined;
    // "T 088 …" above "M 06 …" in a signature with the organisation's address: the organisation's
    // line or the person's desk line? Both occur; scored apart as ambiguous, never as a violation.
    if (gen) planted.push({ doc: null, context: 'signature: T 088 beside M (ambiguous)', notation: 'general 088 spaced-pairs', digits: gen.digits, count: 1, general: true, ambiguous: true, written: genWritten });
    blocks.push(`<p>Van: ${full(p)}<br>Verzonden: ${rng.int(1, 28)} november 2026 ${rng.int(8, 17)}:${rng.int(10, 59)}<br>Aan: ${mail(person(), org)}<br>Onderwerp: RE: dossier ${rng.int(1000, 9999)}</p>`
      + `<p>Beste collega,</p><p>${rng.pick(FILL)}</p>${inst.c.html(numHtml, p, org, genWritten)}<hr>`);
    insts.push(inst);
  }
  const name = addDoc('thread', 'any', blocks.join('\n'));
  for (const inst of insts) plant(name, inst);
  for (const pl of planted) if (pl.doc === null) pl.doc = name;
}

// Chats.
for (const part of chunk(buckets.get('chat') ?? [], 12)) {
  const lines = part.map((inst) => inst.c.html(inst.written, person()));
  const name = addDoc('chat', 'any', `<p><b>Export groepschat 'Team Vergunningen'</b></p>${lines.join('\n')}`);
  for (const inst of part) plant(name, inst);
}

// Tables with a header row, without one, and a narrow table whose number wraps in its cell.
for (const [kind, header] of [['table', '<tr><th>Naam</th><th>Functie</th><th>Telefoon</th></tr>'], ['table2', ''], ['narrow', '<tr><th>Naam</th><th>Telefoonnummer</th><th>Rol</th></tr>']]) {
  for (const part of chunk(buckets.get(kind) ?? [], 12)) {
    const rows = part.map((inst) => inst.c.html(inst.written, person()));
    const width = kind === 'narrow' ? ' style="width:120mm"' : '';
    const name = addDoc(kind, kind === 'narrow' ? 'soffice' : 'any', `<p><b>Contactpersonen projectgroep</b></p><p>${rng.pick(FILL)}</p><table border="1"${width}>${header}${rows.join('')}</table><p>${rng.pick(FILL)}</p>`);
    for (const inst of part) plant(name, inst);
  }
}

// Letters with a two-column letterhead: the organisation's block (general number) and "Behandeld door".
for (const inst of buckets.get('letter') ?? []) {
  const org = rng.pick(ORGS);
  const p = person();
  const gen = number(rng.pick(['geo2', '088']));
  const genWritten = notations(gen)[rng.pick(['spaced-pairs', 'spaced-hyphen', 'hyphen-groups', 'paren'])] ?? notations(gen)['spaced-pairs'];
  const head = `<table style="width:170mm"><tr><td style="width:90mm"><b>${org.name}</b><br>${org.post}<br>T ${genWritten}<br>${org.site}</td>`
    + `<td>Behandeld door<br>${full(p)}<br>Doorkiesnummer<br>${inst.written}<br>E-mail<br>${mail(p, org)}</td></tr></table>`;
  const body = `<p>Datum ${rng.int(1, 28)} oktober 2026<br>Betreft: uw aanvraag omgevingsvergunning</p><p>Geachte heer, mevrouw,</p><p>${FILL.join(' ')}</p><p>Hoogachtend,</p><p>${full(p)}<br>${p.func}</p>`;
  const name = addDoc('letter', 'soffice', head + body);
  plant(name, inst);
  planted.push({ doc: name, context: 'letterhead: organisation block T', notation: `general ${gen.kind}`, digits: gen.digits, count: 1, general: true, written: genWritten });
}

// Letter-spaced numbers (Chromium draws CSS letter-spacing as spaced glyphs).
for (const part of chunk(buckets.get('spaced') ?? [], 8)) {
  const blocks = part.map((inst) => inst.c.html(inst.written, person(), rng.pick(ORGS)));
  const name = addDoc('spaced', 'chromium', blocks.join('<hr>'));
  for (const inst of part) plant(name, inst);
}

// Three-page memos with a running footer: the organisation's number (general) on every page, and
// in others the author's own line with a direct number on every page.
const FOOT = (html) => ({ header: '<span></span>', footer: `<div style="font-size:8pt;width:100%;text-align:center;font-family:Arial">${html}</div>` });
const memoBody = () => Array.from({ length: 3 }, (_, i) => `<h3>${i + 1}. Onderdeel ${i + 1}</h3>${Array.from({ length: 14 }, () => `<p>${rng.pick(FILL)} ${rng.pick(FILL)}</p>`).join('')}<div style="page-break-after:always"></div>`).join('');
for (const inst of buckets.get('footer') ?? []) {
  const p = person();
  const name = addDoc('footer', 'chromium', memoBody(), { chromium: FOOT(`Opgesteld door ${full(p)}, ${p.func} · M ${inst.written}`), css: '<style>@page{size:A4;margin:20mm 20mm 25mm 20mm}</style>' });
  plant(name, inst, 3);
}
for (const inst of buckets.get('footer2') ?? []) {
  const p = person();
  const name = addDoc('footer', 'chromium', memoBody(), { chromium: FOOT(`${full(p)} · ${p.func} · ${inst.written}`), css: '<style>@page{size:A4;margin:20mm 20mm 25mm 20mm}</style>' });
  plant(name, inst, 3);
}
for (const org of ORGS) {
  const gen = number(rng.pick(['geo2', 'geo3', '088']));
  const w = notations(gen)[rng.pick(['spaced-pairs', 'spaced-hyphen', 'hyphen', 'paren', '+31'])];
  const name = addDoc('orgfooter', 'chromium', memoBody(), { chromium: FOOT(`${org.name} · ${org.post} · T ${w} · ${org.site}`), css: '<style>@page{size:A4;margin:20mm 20mm 25mm 20mm}</style>' });
  planted.push({ doc: name, context: 'footer every page (organisation)', notation: `general ${gen.kind}`, digits: gen.digits, count: 3, general: true, written: w });
}

// Public letters with general numbers of every kind, a letterhead and a footer line.
for (const org of ORGS) {
  const gs = generals(org);
  const letterhead = gs.pop();
  const parts = [`<p><b>${org.name}</b><br>${org.post}<br>Telefoon ${letterhead[2]}<br>${org.site}</p><p>Geachte heer, mevrouw,</p>`];
  for (const [ctx, html, v] of gs) {
    parts.push(`<p>${rng.pick(FILL)}</p>${html(v)}`);
    planted.push({ doc: null, context: `general: ${ctx}`, notation: 'general', digits: v, count: 1, general: true, written: v });
  }
  const name = addDoc('public', 'soffice', parts.join('\n'));
  planted.push({ doc: name, context: 'general: letterhead block Telefoon', notation: 'general 088', digits: letterhead[2], count: 1, general: true, written: letterhead[2] });
  for (const pl of planted) if (pl.doc === null) pl.doc = name;
}

// --- render -----------------------------------------------------------------------------------
// --no-render scores the documents already written to --out by a run with the same seed (a before/after
// comparison of two builds with --cli, without rendering twice).
// --resume renders only the documents a broken run left unwritten (a producer killed under load),
// and re-distils each document once (a marker file says it was).
if (!args.includes('--no-render')) {
  const missing = missingTools().filter((t) => /soffice|Chromium/.test(t));
  if (missing.length) { console.error(`phone-stress needs ${missing.join(', ')}.`); process.exit(1); }
  const resume = args.includes('--resume');
  if (!resume) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const todo = docs.filter((d) => !resume || !existsSync(path.join(out, `${d.name}.pdf`)));
  const run = makeRun('1796601600');
  await renderChromium(todo.filter((d) => d.producer === 'chromium'), out);
  renderSoffice(todo.filter((d) => d.producer === 'soffice'), out, run);
  renderEnscript(todo.filter((d) => d.producer === 'enscript'), out, run, ['Courier10']);
  for (const d of docs.filter((x) => x.post?.includes('gs') && !existsSync(path.join(out, `${x.name}.gs-done`)))) {
    redistil(d, out, run);
    writeFileSync(path.join(out, `${d.name}.gs-done`), '');
  }
  writeFileSync(path.join(out, 'planted.json'), `${JSON.stringify(planted, null, 1)}\n`);
}

// --- score -----------------------------------------------------------------------------------------
const cli = path.resolve(opt('cli', path.join(root, 'cli/bin/lakstift.mjs')));
const files = docs.map((d) => path.join(out, `${d.name}.pdf`));
const res = JSON.parse(execFileSync(process.execPath, [cli, 'suggest', ...files], { maxBuffer: 1 << 28, encoding: 'utf8' }));
/** The digits a written number stands for: national digits of a Dutch one, the digits after + or 00 of a foreign one. */
function digitsOf(text) {
  // Letter-spaced numbers come back as "+ 3 1 ( 0 ) 6 …": read without the spaces.
  const t = text.replace(/\s+/g, '').replace(/\(0\)/g, '');
  const d = t.replace(/\D/g, '');
  if (/^\s*\+31/.test(t)) return `0${d.slice(2)}`;
  if (/^\s*0031/.test(t)) return `0${d.slice(4)}`;
  if (/^\s*\+/.test(t)) return d;
  if (/^\s*00[1-9]/.test(t)) return d.slice(2);
  return d;
}
const plantDigits = (pl) => digitsOf(pl.written);
const table = new Map(); // context -> notation -> [found, total]
const viol = [];
const misses = [];
const extra = [];
const ambiguous = [0, 0];
const byProducer = new Map();
for (const d of res.documents) {
  const doc = path.basename(d.file, '.pdf');
  const phones = d.suggestions.filter((s) => s.category === 'phone');
  const mine = planted.filter((p) => p.doc === doc);
  const matched = new Set();
  for (const pl of mine) {
    const want = plantDigits(pl);
    const hits = phones.filter((s) => {
      const got = digitsOf(s.text);
      return got === want || (pl.context.startsWith('toestel') && got.startsWith(want));
    });
    for (const h of hits) matched.add(h.id);
    if (pl.ambiguous) {
      ambiguous[0] += hits.length ? 1 : 0;
      ambiguous[1]++;
      continue;
    }
    if (pl.general) {
      if (hits.length) viol.push({ ...pl, reason: hits[0].reason });
      continue;
    }
    const prodOf = docs.find((x) => x.name === doc)?.producer ?? '?';
    const pc = byProducer.get(prodOf) ?? [0, 0];
    pc[0] += Math.min(hits.length, pl.count);
    pc[1] += pl.count;
    byProducer.set(prodOf, pc);
    const row = table.get(pl.context) ?? new Map();
    const cell = row.get(pl.notation) ?? [0, 0];
    cell[0] += Math.min(hits.length, pl.count);
    cell[1] += pl.count;
    row.set(pl.notation, cell);
    table.set(pl.context, row);
    if (hits.length < pl.count) misses.push({ doc, context: pl.context, notation: pl.notation, written: pl.written, found: hits.length, of: pl.count, partial: phones.filter((s) => pl.digits.includes(digitsOf(s.text).slice(-4))).map((s) => s.text) });
  }
  for (const s of phones) if (!matched.has(s.id)) extra.push({ doc, text: s.text, reason: s.reason });
}

// Print: per context, its notations (found/written), then the general numbers suggested.
let F = 0;
let T = 0;
console.log(`phone stress set: ${docs.length} documents in ${out}`);
console.log('direct numbers found / written, by context and notation (kind notation):');
for (const [ctx, row] of table) {
  let f = 0;
  let t = 0;
  for (const [, [a, b]] of row) { f += a; t += b; }
  F += f;
  T += t;
  const bad = [...row].filter(([, [a, b]]) => a < b).map(([nt, [a, b]]) => `${nt} ${a}/${b}`);
  console.log(`  ${ctx.padEnd(30)} ${String(f).padStart(3)}/${String(t).padEnd(3)} ${bad.length ? `missed: ${bad.join('; ')}` : ''}`);
}
const byNotation = new Map();
for (const row of table.values()) for (const [nt, [a, b]] of row) { const c = byNotation.get(nt) ?? [0, 0]; c[0] += a; c[1] += b; byNotation.set(nt, c); }
console.log('by notation (all contexts): ' + [...byNotation].filter(([, [a, b]]) => a < b).map(([nt, [a, b]]) => `${nt} ${a}/${b}`).join('; '));
console.log('by producer: ' + [...byProducer].map(([p, [a, b]]) => `${p} ${a}/${b}`).join('; '));
const G = planted.filter((p) => p.general && !p.ambiguous).length;
console.log(`direct recall ${F}/${T} = ${(F / T).toFixed(3)}; general numbers suggested ${viol.length}/${G}; phone suggestions of no planted number ${extra.length}; ambiguous (T 088 beside M in a signature) suggested ${ambiguous[0]}/${ambiguous[1]}`);
for (const v of viol) console.log(`  general suggested: [${v.context}] ${JSON.stringify(v.written)} in ${v.doc}: ${v.reason}`);
for (const e of extra) console.log(`  extra: ${JSON.stringify(e.text)} in ${e.doc}: ${e.reason}`);
if (args.includes('--misses')) for (const m of misses) console.log(`  miss: [${m.context}] ${m.notation} ${JSON.stringify(m.written)} ${m.found}/${m.of} in ${m.doc}${m.partial.length ? ` (suggested: ${m.partial.map((x) => JSON.stringify(x)).join(', ')})` : ''}`);
