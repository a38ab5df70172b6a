// The names stress set's documents: every position issue #11 names a person in, one class per
// person. A mark's `origin` field carries the POSITION CLASS (not the person's origin), so that
// eval's "name recall by origin" line is the recall per position class. Every person appears in
// exactly one class position besides, where the class needs it, an introduction in a header or
// signature (class 'intro'), so that a class's recall is that position's alone.
//
// Wording, layouts and names here are this set's own; assets/names-model/synthetic.mjs (the
// model's training lines) must not copy them: the set measures, it does not train.
import { MONTHS } from '../corpus/doc.mjs';

const P = (t) => `<p>${t}</p>`;
const cap = (w) => w.charAt(0).toLocaleUpperCase('nl') + w.slice(1);
const FUNCS = ['beleidsmedewerker', 'senior jurist', 'teamleider handhaving', 'adviseur bedrijfsvoering', 'casemanager', 'projectsecretaris',
  'coördinator toezicht', 'medewerker klantcontact', 'strategisch adviseur', 'inspecteur', 'functioneel beheerder', 'data-analist'];
const ORGS = [['Gemeente Harderwijk', 'harderwijk.nl'], ['Provincie Drenthe', 'drenthe.nl'], ['Waterschap Vallei en Veluwe', 'vallei-veluwe.nl'],
  ['Ministerie van Infrastructuur en Waterstaat', 'minienw.nl'], ['Rijksdienst voor Ondernemend Nederland', 'rvo.nl'], ['Gemeente Súdwest-Fryslân', 'sudwestfryslan.nl']];
const TOPICS = ['de vergunningaanvraag voor het bedrijventerrein', 'het Woo-verzoek over de opvanglocatie', 'de subsidie voor de dorpshuizen',
  'de handhaving van de kapvergunning', 'de aanbesteding van het leerlingenvervoer', 'het bezwaar tegen de parkeerheffing'];

/** A person of this document, with the class its special mention is measured under. */
function who(d, cls, opts) {
  const p = d.person(opts);
  p.cls = cls;
  return p;
}
/** Marks `text` (a form of `p`) under class `cls` (default: the person's class). */
const nm = (d, p, text, cls = p.cls) => d.mark('name', text, { origin: cls });
const fn = (d) => d.rng.pick(FUNCS);
const org = (d) => d.rng.pick(ORGS);
const date = (d) => `${d.rng.int(1, 28)} ${d.rng.pick(MONTHS)} ${d.rng.int(2021, 2025)}`;
/** The surname as written alone ("Van der Berg" when it has a particle). */
const alone = (p) => p.surnameAlone;
const mailOf = (d, p, dom) => d.email(p.local(d.rng.pick(['first.sur', 'i.sur'])), dom);

// 1. An e-mail: header (intro), To/CC surname-first, greeting with the first name, running text
//    with verbs of speech and prepositions, a sign-off with the function on the next line.
function mail(d) {
  const [o, dom] = org(d);
  const from = who(d, 'signature');
  const to = who(d, 'greeting-first');
  const cc1 = who(d, 'to-cc-surname-first', { noDouble: true });
  const cc2 = who(d, 'to-cc-surname-first', { noDouble: true });
  const sp = who(d, 'speech-verb');
  const pr = who(d, 'preposition');
  const fb = who(d, 'function-before');
  const topic = d.rng.pick(TOPICS);
  const speech = d.rng.pick([
    (n) => `${n} gaf aan dat de stukken pas na de zomer compleet zijn.`,
    (n) => `${n} merkte vorige week op dat de termijn al verstreken was.`,
    (n) => `Vanochtend belde ${n}: de aanvrager wil eerst een gesprek.`,
    (n) => `Tijdens het overleg stelde ${n} voor om de zaak aan te houden.`,
  ]);
  const prep = d.rng.pick([
    (n) => `Ik heb dit met ${n} afgestemd.`, (n) => `Volgens ${n} is er geen nieuwe aanvraag binnengekomen.`,
    (n) => `De reactie is namens ${n} verstuurd.`, (n) => `Het concept is i.o.v. ${n} aangepast.`,
    (n) => `De planning is door ${n} bijgewerkt.`, (n) => `Na overleg met ${n} sturen we het besluit volgende week.`,
  ]);
  const fnb = d.rng.pick([(n) => `Ik heb het dossier besproken met beleidsmedewerker ${n}.`, (n) => `Onze jurist ${n} kijkt nog naar de motivering.`,
    (n) => `Collega ${n} neemt het over tijdens mijn verlof.`]);
  const ccLine = `${nm(d, cc1, cc1.display(d.rng.pick(['first', 'first-cap'])))}; ${nm(d, cc2, cc2.display(d.rng.pick(['first', 'first-cap'])))}`;
  const greet = d.rng.pick(['Beste', 'Hoi', 'Goedemorgen', 'Dag', 'Hallo']);
  const body = [
    P(`<b>Van:</b> ${nm(d, from, from.display('initials'), 'intro')} &lt;${mailOf(d, from, dom)}&gt;`),
    P(`<b>Verzonden:</b> ${date(d)} 10:${d.rng.int(10, 59)}`),
    P(`<b>Aan:</b> ${nm(d, to, to.full, 'intro')} &lt;${mailOf(d, to, dom)}&gt;`),
    P(`<b>CC:</b> ${ccLine}`),
    P(`<b>Onderwerp:</b> RE: ${cap(topic)}`),
    P(`${greet} ${nm(d, to, to.first)},`),
    P(`Over ${topic}: ${speech(nm(d, sp, sp.full))} ${prep(nm(d, pr, pr.full))}`),
    P(fnb(nm(d, fb, fb.full))),
    P('Laat je weten of je nog iets mist?'),
    P(`Met vriendelijke groet,<br><br>${nm(d, from, from.full)}<br>${cap(fn(d))}<br>${o}`),
  ].join('\n');
  return { kind: 'email', title: `RE: ${topic}`, body };
}

// 2. Minutes: an attendance table with a header row, remarks and actions, a first name alone
//    later, initials + surname.
function minutes(d) {
  const [o] = org(d);
  const att = [who(d, 'table-header'), who(d, 'table-header'), who(d, 'table-header')];
  const rem = who(d, 'minutes-remark');
  const act = who(d, 'minutes-action');
  const act2 = who(d, 'minutes-action');
  const later = who(d, 'first-later');
  const ini = who(d, 'initials');
  const rows = att.map((p) => `<tr><td>${nm(d, p, p.full)}</td><td>${fn(d)}</td><td>${o}</td></tr>`).join('');
  const remark = d.rng.pick([(n) => `${n} merkt op dat de begroting nog niet sluit.`, (n) => `${n} wijst erop dat de inspraakreactie te laat was.`,
    (n) => `${n} vraagt of de provincie al heeft gereageerd.`, (n) => `Op een vraag van ${n} antwoordt de voorzitter dat het advies volgt.`]);
  const body = [
    `<h2>Verslag projectoverleg ${date(d)}</h2>`,
    '<table border="1"><tr><th>Naam</th><th>Functie</th><th>Organisatie</th></tr>', rows, '</table>',
    P(`<b>1. Opening en mededelingen</b>`),
    P(`Notulen: ${nm(d, later, later.full, 'intro')}.`),
    P(remark(nm(d, rem, rem.full))),
    P(`<b>2. Stand van zaken</b>`),
    P(`De planning loopt achter door de late levering. Actie: ${nm(d, act, act.full)}`),
    P(`Het advies van de commissie wordt voor 1 maart gedeeld (actie: ${nm(d, act2, act2.full)}).`),
    P(`${d.rng.pick(['Eerder had', 'Zoals afgesproken heeft'])} ${nm(d, ini, ini.formal)} de stukken rondgestuurd.`),
    P(`${nm(d, later, later.first)} ${d.rng.pick(['stuurt het verslag rond', 'zet de stukken in de map', 'plant de volgende bijeenkomst'])}.`),
  ].join('\n');
  return { kind: 'minutes', title: 'Verslag projectoverleg', body };
}

// 3. A chat export: sender and time, messages naming others by first name.
function chat(d) {
  const a = who(d, 'chat-sender');
  const b = who(d, 'chat-sender');
  const c = who(d, 'chat-mention');
  const t = () => `${String(d.rng.int(8, 17)).padStart(2, '0')}:${String(d.rng.int(0, 59)).padStart(2, '0')}`;
  const dd = `${String(d.rng.int(1, 28)).padStart(2, '0')}-${String(d.rng.int(1, 12)).padStart(2, '0')}`;
  const style = d.rng.int(0, 2);
  const line = (p, msg) => (style === 0 ? `[${dd} ${t()}] ${nm(d, p, p.full)}: ${msg}` : style === 1 ? `${dd}-2024 ${t()} - ${nm(d, p, p.full)}: ${msg}` : `${nm(d, p, p.full)} (${t()}): ${msg}`);
  const body = [
    '<h3>Export groepsgesprek Team Vergunningen</h3>',
    P(line(a, 'Zijn de stukken voor morgen al klaar?')),
    P(line(b, `Bijna, ${nm(d, c, c.full, 'intro')} heeft nog een vraag over de kaart.`)),
    P(line(a, `Ok, dan bel ik ${nm(d, c, c.first)} straks even.`)),
    P(line(b, 'Top, dank je!')),
  ].join('\n');
  return { kind: 'chat', title: 'Chatexport', body };
}

// 4. A report: author list, labels, a footnote, a contact table without a header row, a name in
//    capitals in the colophon, particles in lower and upper case.
function report(d) {
  const [o, dom] = org(d);
  const au = [who(d, 'author-list'), who(d, 'author-list'), who(d, 'author-list')];
  const lab = [who(d, 'label'), who(d, 'label')];
  const foot = who(d, 'footnote');
  const tab = [who(d, 'table-noheader'), who(d, 'table-noheader')];
  const caps = who(d, 'all-caps', { latin1: true });
  const partL = who(d, 'particle-lower', { origin: 'dutch' });
  const partU = who(d, 'particle-upper', { origin: 'dutch' });
  for (const p of [partL, partU]) p.particle ||= d.rng.pick(['van', 'de', 'van der', 'ter', 'van den', 'in het', 'op de']);
  const labels = ['Onderzoeker:', 'Behandeld door:', 'Contactpersoon:', 'Opgesteld door:', 'Projectleider:', 'Auteur:', 'Redactie:'];
  const authors = d.rng.chance(0.5)
    ? P(`Auteurs: ${nm(d, au[0], au[0].full)}, ${nm(d, au[1], au[1].full)} en ${nm(d, au[2], au[2].full)}`)
    : `${P('<b>Auteurs</b>')}\n${au.map((p) => P(nm(d, p, p.full))).join('\n')}`;
  const partLine = partL.particle ? `${nm(d, partL, [partL.first, partL.particle, partL.surname].join(' '))}` : nm(d, partL, partL.full);
  const partUp = partU.particle ? `de heer ${nm(d, partU, partU.surnameAlone)}` : `de heer ${nm(d, partU, partU.surname)}`;
  const body = [
    `<h1>Evaluatie ${d.rng.pick(TOPICS)}</h1>`,
    P(`${o}, ${date(d)}`),
    authors,
    P(`${lab.map((p, i) => `${labels[(i * 3 + d.rng.int(0, 6)) % labels.length]} ${nm(d, p, p.full)}`).join('<br>')}`),
    P('<b>Samenvatting</b>'),
    P(`De gesprekken zijn gevoerd in het voorjaar.<sup>1</sup> Het verslag is opgesteld met hulp van ${partLine}; ${partUp} heeft de cijfers gecontroleerd.`),
    P('<b>Contact</b>'),
    `<table border="0">${tab.map((p) => `<tr><td>${nm(d, p, p.full)}</td><td>${fn(d)}</td><td>${mailOf(d, p, dom)}</td></tr>`).join('')}</table>`,
    P(`<b>COLOFON</b><br>EINDREDACTIE: ${nm(d, caps, caps.full.toLocaleUpperCase('nl'))}`),
    P(`<small><sup>1</sup> Interview met ${nm(d, foot, foot.full)}, ${date(d)}.</small>`),
  ].join('\n');
  return { kind: 'report', title: 'Evaluatie', body };
}

// 5. A memo: a name split over a line break, a surname alone later, a sign-off with a first name
//    only, a name written in small capitals.
function memo(d) {
  const [o] = org(d);
  const br = who(d, 'linebreak', { noDouble: true });
  const sur = who(d, 'surname-later');
  const sc = who(d, 'small-caps', { latin1: true });
  const fs = who(d, 'signoff-first');
  const first = [br.first, br.particle].filter(Boolean).join(' ');
  const body = [
    `<h2>Memo</h2>`,
    P(`<b>Aan:</b> het afdelingshoofd ${o}`),
    P(`<b>Datum:</b> ${date(d)}`),
    P(`Het verzoek is op ${date(d)} besproken met ${nm(d, br, `${first} ${br.surname}`)}, die het dossier sinds januari behandelt.`.replace(`${first} ${br.surname}`, `${first}<br>${br.surname}`)),
    P(`Het advies van ${nm(d, sur, sur.full, 'intro')} volgt in week ${d.rng.int(2, 50)}. ${d.rng.pick(['Mevrouw', 'De heer'])} ${nm(d, sur, alone(sur))} ${d.rng.pick(['verwacht geen bezwaren', 'wil eerst de cijfers zien', 'vraagt om uitstel'])}.`),
    // LibreOffice draws small capitals as capitals of a smaller size: its text is in capitals, and
    // pdftotext (the labeller) reads each word's first letter, of the larger size, as a word apart.
    P(`Ter inzage gelegd door <span style="font-variant: small-caps">${(nm(d, sc, smallCapsWords(sc.full)), d.x(sc.full))}</span>.`),
    P(`Groeten,<br>${nm(d, fs, fs.first)}`),
  ].join('\n');
  return { kind: 'memo', title: 'Memo', body };
}

/** 'Wisly Théodore' as the labeller reads LibreOffice's small capitals: 'W ISLY T HÉODORE'. */
const smallCapsWords = (name) => name.toLocaleUpperCase('nl').split(' ').map((w) => (/^\p{Lu}\p{Lu}/u.test(w) ? `${w[0]} ${w.slice(1)}` : w)).join(' ');

// 6. A letter and a reply thread: a letterhead table whose header cells stand above the values
//    ("Behandeld door" over the name), a quoted reply's header, an English header, a sentence that
//    opens with a person doing something (no verb of speech), a surname alone with a verb, a first
//    name alone of someone never named in full, a person with the unit in parentheses.
function letter(d) {
  const [o, dom] = org(d);
  const head = who(d, 'letterhead-cell');
  const quoted = who(d, 'reply-header');
  const eng = who(d, 'english-header');
  const subj = who(d, 'subject-initial');
  const sur = who(d, 'surname-verb');
  const lone = who(d, 'first-only');
  const unit = who(d, 'name-unit-paren');
  const body = [
    `<table border="0"><tr><td>Behandeld door</td><td>Datum</td><td>Kenmerk</td></tr><tr><td>${nm(d, head, head.full)}</td><td>${date(d)}</td><td>${d.rng.int(2021, 2025)}-${d.rng.digits(6)}</td></tr></table>`,
    P(`Geachte heer, mevrouw,`),
    P(`${nm(d, subj, subj.full)} ${d.rng.pick(['heeft de aanvraag op volledigheid beoordeeld', 'behandelt uw bezwaar verder', 'neemt binnenkort contact met u op', 'stelde het conceptbesluit op'])}. ${d.rng.pick(['Daarna', 'Vervolgens', 'Op verzoek van de afdeling'])} ${d.rng.pick(['heeft', 'heeft ook'])} ${nm(d, sur, sur.full, 'intro')} het advies geschreven; ${nm(d, sur, alone(sur))} ${d.rng.pick(['vond', 'verwacht', 'schreef'])} dat de gegevens kloppen.`),
    P(`Bij vragen kunt u terecht bij ${nm(d, unit, unit.full)} (${d.rng.pick(['afdeling Vergunningen', 'team Burgerzaken', 'directie Water'])}).`),
    P(`Met vriendelijke groet,<br>${o}`),
    '<hr>',
    P(`Op ${date(d)} om 14:${d.rng.int(10, 59)} schreef ${nm(d, quoted, quoted.full)} &lt;${mailOf(d, quoted, dom)}&gt;:`),
    P(`&gt; Kan ${nm(d, lone, lone.first)} hier morgen naar kijken?`),
    P(`<b>From:</b> ${nm(d, eng, eng.full)}<br><b>Sent:</b> ${d.rng.pick(['Monday', 'Tuesday', 'Thursday'])}, ${d.rng.int(1, 28)} March 2024 09:12<br><b>Subject:</b> planning`),
  ].join('\n');
  return { kind: 'letter', title: 'Brief', body };
}

// 7. A desk log and a staff list (session 12): staff codes in a table's "wie" column and in a legend
//    that writes the names surname-first, a staff list "Achternaam, Voornaam – functie", a married
//    name with "e/v" (echtgenote/echtgenoot van), a form's value "Achternaam, Voornaam" under its field,
//    and an organogram's box with the function (and its field) above the name.
function roster(d) {
  const [o] = org(d);
  const a = who(d, 'code-column', { noDouble: true });
  const b = who(d, 'code-column', { noDouble: true });
  const staff = [who(d, 'staff-list-dash'), who(d, 'staff-list-dash')];
  const married = who(d, 'married-name', { noDouble: true });
  const form = who(d, 'form-surname-first', { noDouble: true });
  const boss = who(d, 'function-above', { noDouble: true });
  const partner = d.person({ noDouble: true });
  // A code of three or four capitals from the person's name, as a desk's roster writes them.
  const codeOf = (p, n) => `${p.first.charAt(0)}${p.surname.replace(/[^\p{L}]/gu, '').slice(0, n)}`.toLocaleUpperCase('nl');
  const ca = codeOf(a, 2);
  const cb = codeOf(b, 3) === ca ? codeOf(b, 2) + 'X' : codeOf(b, 3);
  const t = () => `${String(d.rng.int(7, 22)).padStart(2, '0')}:${String(d.rng.int(0, 59)).padStart(2, '0')}`;
  const events = ['Dienst overgenomen, geen bijzonderheden.', 'Pakket voor de afdeling Vergunningen aangenomen.', 'Ronde gelopen, nooduitgang vrij.',
    'Sleutel van vergaderzaal 3 uitgegeven.', 'Melding storing lift doorgegeven aan facilitair.', 'Bezoeker naar de balie verwezen.'];
  const rows = [a, b, a, b, d.rng.chance(0.5) ? a : b].map((p) => `<tr><td>${t()}</td><td>${nm(d, p, p === a ? ca : cb)}</td><td>${d.rng.pick(events)}</td></tr>`).join('');
  const title = married.female ? 'mevrouw' : 'de heer';
  const body = [
    `<h2>Logboek receptie ${o}</h2>`,
    P(`Datum: ${date(d)}`),
    '<table border="1"><tr><th>tijd</th><th>wie</th><th>gebeurtenis</th></tr>', rows, '</table>',
    P(`Bezoeker zonder afspraak: ${title} ${nm(d, married, `${married.formal} e/v ${partner.surnameAlone}`)}, ${d.rng.pick(['wil een wethouder spreken', 'vraagt naar de stand van een aanvraag', 'komt een pas ophalen'])}.`),
    P(`Codes: ${nm(d, a, ca)} = ${nm(d, a, a.display('first-cap'), 'legend-surname-first')}; ${nm(d, b, cb)} = ${nm(d, b, b.display('first-cap'), 'legend-surname-first')}`),
    P(`${d.rng.pick(['DIRECTEUR', 'Afdelingshoofd', 'teamleider'])}<br>${d.rng.pick(['Publiekszaken', 'Vergunningen', 'Bedrijfsvoering'])}<br>${nm(d, boss, boss.full)}`),
    P('<b>Staf</b>'),
    P(staff.map((p) => `${nm(d, p, p.display('first-cap'))} – ${fn(d)}`).join('<br>')),
    P(`<b>In te vullen door de ${d.rng.pick(['consulent', 'behandelaar', 'teamleider'])}</b>`),
    `<table border="0"><tr><td>${d.rng.pick(['Consulent', 'Ingevuld door', 'Paraaf'])}</td><td>Datum</td></tr><tr><td>${nm(d, form, form.display('first-cap'))}</td><td>${date(d)}</td></tr></table>`,
  ].join('\n');
  return { kind: 'log', title: 'Logboek', body };
}

// 8. A contact sheet and an inspection note (session 12, second round): an on-call list that writes
//    the surname in capitals before the comma ("NAAM, Voornaam"), each entry in a cell with its
//    function and number below, and a note signed on one line "Voornaam Achternaam, functie".
const SIGN_FUNCS = ['senior toezichthouder', 'handhaver', 'consulent schuldhulp', 'controleur', 'notulist', 'beleidsmedewerker', 'jurist'];
function contacts(d) {
  const [o] = org(d);
  const list = [who(d, 'caps-surname-first'), who(d, 'caps-surname-first'), who(d, 'caps-surname-first')];
  const signer = who(d, 'name-comma-function', { noDouble: true });
  const capsFirst = (p) => {
    const shown = p.display('first-cap');
    const at = shown.indexOf(',');
    return `${shown.slice(0, at).toLocaleUpperCase('nl')}${shown.slice(at)}`;
  };
  const mob = () => `06 ${d.rng.int(10, 99)} ${d.rng.int(10, 99)} ${d.rng.int(10, 99)} ${d.rng.int(10, 99)}`;
  const cells = list.map((p) => `<td>${nm(d, p, capsFirst(p))}<br>${fn(d)}<br>mob. ${mob()}</td>`);
  const body = [
    `<h2>Bereikbaarheidslijst ${o}</h2>`,
    P(`Geldig vanaf ${date(d)}. Niet buiten de organisatie verspreiden.`),
    `<table border="0"><tr>${cells.slice(0, 2).join('')}</tr><tr>${cells.slice(2).join('')}<td>Receptie<br>algemeen nummer</td></tr></table>`,
    `<h2>Notitie controlebezoek</h2>`,
    P(`Het bezoek aan ${d.rng.pick(['het bedrijfspand', 'de woning', 'de opslagloods'])} verliep zonder bijzonderheden. De eigenaar kreeg een termijn van ${d.rng.int(2, 8)} weken.`),
    P(`${nm(d, signer, signer.full)}, ${d.rng.pick(SIGN_FUNCS)}<br>${date(d)}`),
  ].join('\n');
  return { kind: 'note', title: 'Bereikbaarheid', body };
}

const wrap = (f) => (d) => {
  const r = f(d);
  return { ...r, body: `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${r.title}</title></head><body>${r.body}</body></html>` };
};

/** Families in the held-out writer's shape: `{ id, producers, stress(doc) }`. */
export const STRESS_FAMILIES = [
  { id: 'mail', producers: ['soffice', 'chromium'], stress: wrap(mail) },
  { id: 'minutes', producers: ['soffice', 'chromium'], stress: wrap(minutes) },
  { id: 'chat', producers: ['soffice', 'chromium'], stress: wrap(chat) },
  { id: 'report', producers: ['soffice', 'chromium'], stress: wrap(report) },
  { id: 'memo', producers: ['soffice', 'chromium'], stress: wrap(memo) },
  { id: 'letter', producers: ['soffice', 'chromium'], stress: wrap(letter) },
  { id: 'roster', producers: ['soffice', 'chromium'], stress: wrap(roster) },
  { id: 'contacts', producers: ['soffice', 'chromium'], stress: wrap(contacts) },
];
