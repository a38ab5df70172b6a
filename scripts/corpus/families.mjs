// Template families. Every family has a `train` and a `test` template that differ in layout,
// labels and phrasing (README.md beside this file lists what each one holds out).
// A template gets a Doc (doc.mjs) and returns { kind, format, body, title }.
import { DAYS, FUNCTIONS, MAILBOXES, MONTHS, ORGS, date } from './doc.mjs';
import { testGuidance, testIndicator, testPolicy, trainGuidance, trainPolicy, trainQuestion } from './phrases.mjs';

const PARTIES = ['VVD', 'D66', 'CDA', 'PVV', 'SP', 'GL-PvdA', 'ChristenUnie', 'SGP', 'PvdD', 'JA21', 'BBB', 'NSC', 'Volt', 'DENK'];
const FONTS = ['DejaVu Sans', 'Liberation Serif', 'Liberation Sans', 'DejaVu Serif', 'Carlito', 'Caladea'];

/** An HTML page; header and footer repeat on every page in both producers. */
function page(d, { header = '', footer = '', body, css = '' }) {
  const font = d.rng.pick(FONTS);
  const size = d.rng.pick(['9.5pt', '10pt', '10.5pt', '11pt']);
  // Chromium prints header and footer templates in the page margin (page.pdf displayHeaderFooter);
  // LibreOffice's HTML import turns <div title="header"> into a page header.
  let repeat = '';
  if (d.producer === 'chromium') {
    const tpl = (html) => `<div style="font-family:'${font}';font-size:7.5pt;width:100%;margin:0 20mm 0 20mm">${html}</div>`;
    d.chromium = { header: header ? tpl(header) : '<span></span>', footer: footer ? tpl(footer) : '<span></span>' };
  } else {
    repeat = `${header ? `<div title="header">${header}</div>` : ''}${footer ? `<div title="footer">${footer}</div>` : ''}`;
  }
  const pad = '';
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${d.x(d.metadata.title ?? '')}</title><style>
@page{size:A4;margin:${header ? '26mm' : '18mm'} 18mm ${footer ? '24mm' : '18mm'} 20mm}
body{font-family:'${font}';font-size:${size};line-height:1.3}
table{border-collapse:collapse} td,th{vertical-align:top;text-align:left;padding:2px 6px}
.grid td,.grid th{border:1px solid #777}
.side{font-size:8pt}
.q{color:#333;margin-left:12px}
${pad}${css}</style></head><body>${repeat}<div class="main">${body}</div></body></html>`;
}

const p = (s) => `<p>${s}</p>`;
const br = (...lines) => lines.filter((l) => l !== null && l !== undefined && l !== '').join('<br>');

function pickOrg(d) { return d.rng.pick(ORGS); }

// Signature block: name, function on the next line, unit, numbers.
function signatureHtml(d, per, org, { labels }) {
  const fn = d.rng.pick(FUNCTIONS);
  const lines = [d.name(per, per.full), d.x(fn), d.x(d.rng.pick(org.units)), d.x(org.name)];
  const n1 = d.direct(d.rng.pick(['geo2', 'geo3', '085']));
  const n2 = d.direct('mobile');
  lines.push(`${labels[0]} ${d.fmtPhone(n1)}`);
  if (d.rng.chance(0.7)) lines.push(`${labels[1]} ${d.fmtPhone(n2)}`);
  lines.push(d.email(per.local(d.rng.pick(['i.sur', 'first.sur', 'ii.sur'])), org.domain));
  return lines;
}

// =============================================================================================
// 1. E-mail printouts (Outlook-like, rendered HTML)
// =============================================================================================
function emailTrain(d) {
  const org = pickOrg(d);
  const people = Array.from({ length: d.rng.int(3, 5) }, () => d.person());
  const subj = `${d.rng.pick(['RE: ', 'FW: ', ''])}${d.rng.pick(['Kamervragen over', 'Voorbereiding overleg over', 'Planning van', 'Stand van zaken'])} ${d.rng.pick(['de gehoren', 'de opvanglocaties', 'het Woo-verzoek', 'de intrekkingen', 'de werkinstructie'])}`;
  d.metadata.title = subj;
  const msgs = [];
  const n = d.rng.int(2, 4);
  for (let i = 0; i < n; i++) {
    const from = people[i % people.length];
    const to = people.filter((x) => x !== from).slice(0, d.rng.int(1, 2));
    const cc = people.filter((x) => x !== from && !to.includes(x)).slice(0, d.rng.int(0, 2));
    const style = d.rng.pick(['initials-first', 'initials']);
    const dt = date(d.rng);
    const rows = [
      ['Van:', `${d.name(from, from.display(style))} &lt;${d.email(from.local('i.sur'), org.domain)}&gt;`],
      ['Verzonden:', d.x(`${DAYS[dt.d % 5]} ${dt.long} ${d.rng.int(8, 17)}:${String(d.rng.int(0, 59)).padStart(2, '0')}`)],
      ['Aan:', to.map((t) => d.name(t, t.display(style))).join('; ') + (d.rng.chance(0.4) ? `; ${d.email(d.rng.pick(MAILBOXES), org.domain, true)}` : '')],
    ];
    if (cc.length) rows.push(['CC:', cc.map((t) => d.name(t, t.display(style))).join('; ')]);
    rows.push(['Onderwerp:', d.x(subj)]);
    const greet = d.rng.pick(['Beste', 'Hallo', 'Goedemorgen']);
    const body = [
      p(`${greet} ${d.name(to[0], to[0].first)},`),
      p(`${d.x(d.rng.pick(['Zoals besproken stuur ik je hierbij de laatste versie.', 'Dank voor je snelle reactie.', 'Kun je voor donderdag laten weten of dit akkoord is?', 'Hierbij de stukken voor het overleg van volgende week.']))} ${d.rng.chance(0.5) ? `Ik heb dit met ${d.name(cc[0] ?? to[0], (cc[0] ?? to[0]).full)} afgestemd.` : ''}`),
      d.rng.chance(0.5) ? p(`${d.x('Voor vragen kun je ook het algemene nummer bellen:')} ${d.general('switchboard')}.`) : '',
      p(`Met vriendelijke groet,<br><br>${br(...signatureHtml(d, from, org, { labels: ['T', 'M'] }))}`),
      p(`<small>${d.keep(org.postbus, 'public address')} | ${d.keep(org.site, 'public website')}</small>`),
    ];
    msgs.push(`<table>${rows.map(([a, b]) => `<tr><td><b>${a}</b></td><td>${b}</td></tr>`).join('')}</table>${body.join('')}`);
  }
  const body = msgs.join('<hr><p>-----Oorspronkelijk bericht-----</p>');
  return { kind: 'email', format: 'html', title: subj, body: page(d, { body }) };
}

function emailTest(d) {
  const org = pickOrg(d);
  const people = Array.from({ length: d.rng.int(3, 5) }, () => d.person());
  const subj = `${d.rng.pick(['Antw: ', 'Doorst: ', ''])}${d.rng.pick(['Afspraken rond', 'Vraag over', 'Terugkoppeling'])} ${d.rng.pick(['de planning', 'het verzoek van de gemeente', 'het interne overleg', 'de capaciteit'])}`;
  d.metadata.title = subj;
  const blocks = [];
  const n = d.rng.int(3, 6);
  for (let i = 0; i < n; i++) {
    const from = people[i % people.length];
    const to = people.filter((x) => x !== from);
    const style = d.rng.pick(['first', 'first-cap']);
    const dt = date(d.rng);
    const head = [
      `<b>Van:</b> ${d.name(from, from.display(style))}`,
      `<b>Datum:</b> ${d.x(`${dt.num} om ${d.rng.int(8, 17)}:${String(d.rng.int(0, 59)).padStart(2, '0')}`)}`,
      `<b>Aan:</b> ${to.slice(0, 2).map((t) => `${d.name(t, t.display(style))}`).join('; ')}`,
      `<b>Kopie:</b> ${d.email(d.rng.pick(MAILBOXES), org.domain, true)}`,
      `<b>Onderwerp:</b> ${d.x(subj)}`,
    ].join('<br>');
    const verb = d.rng.pick(['gaf aan', 'liet weten', 'meldde']);
    const third = to[1] ?? to[0];
    const text = [
      p(`${d.rng.pick(['Hoi', 'Dag', 'Hai'])} ${d.name(to[0], to[0].first)},`),
      p(`${d.name(third, third.first)} ${verb} ${d.keep('dat de termijn wordt verlengd', 'adjacent text')}. ${d.x('Ik stel voor dat we het volgende week bespreken.')}`),
      p(`Groet,<br>${d.name(from, from.first)}`),
      p(br(d.name(from, from.full), `<i>${d.x(d.rng.pick(FUNCTIONS))}</i>`, d.x(d.rng.pick(org.units)),
        `${d.rng.pick(['Mob.', 'Mobiel:', 'mob'])} ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['intl0', '0031', 'pairs', 'plain']))}`,
        `${d.rng.pick(['tel.', 'Tel:', 'Doorkiesnummer:'])} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', '085'])), d.rng.pick(['paren', 'intl', 'dash-spaced', 'spaced']))}`,
        d.email(from.local(d.rng.pick(['first.sur', 'first.parts', 'isur'])), org.domain))),
    ];
    if (i > 0) {
      const prev = people[(i - 1) % people.length];
      text.push(p(`${d.x(`Op ${dt.d} ${MONTHS[dt.m - 1]} ${dt.y} om 09:12 schreef`)} ${d.name(prev, prev.full)} &lt;${d.email(prev.local('first.sur'), org.domain)}&gt;:`));
      text.push(`<blockquote style="border-left:2px solid #999;padding-left:6px">${p(`&gt; ${d.rng.pick(['Hoi', 'Dag'])} ${d.name(from, from.first)}, ${d.x('kun jij dit oppakken?')}`)}</blockquote>`);
    }
    blocks.push(`<div style="margin-bottom:14px">${head}${text.join('')}</div>`);
  }
  const footer = `${d.x(org.name)} · ${d.keep(`${org.postbus}`, 'public address')} · ${d.x('algemeen nummer')} ${d.general('088')}`;
  return { kind: 'email', format: 'html', title: subj, body: page(d, { body: blocks.join('<hr>'), footer }) };
}

// =============================================================================================
// 2. Plain-text e-mail (enscript + ps2pdf)
// =============================================================================================
function plainTrain(d) {
  const org = pickOrg(d);
  const a = d.person();
  const b = d.person();
  const c = d.person();
  const subj = `${d.rng.pick(['RE: ', ''])}${d.rng.pick(['Overleg gehoren', 'Stukken voor de stuurgroep', 'Terugbelverzoek'])}`;
  d.metadata.title = subj;
  const dt = date(d.rng);
  const l = [];
  l.push(`Van:        ${d.name(a, a.display('initials'))} <${d.email(a.local('i.sur'), org.domain)}>`);
  l.push(`Verzonden:  ${dt.long} ${d.rng.int(8, 17)}:${d.rng.int(10, 59)}`);
  l.push(`Aan:        ${d.name(b, b.display('initials'))}; ${d.name(c, c.display('initials'))}`);
  l.push(`Onderwerp:  ${subj}`);
  l.push('');
  l.push(`Beste ${d.name(b, b.first)},`);
  l.push('');
  l.push('Hierbij de aangepaste versie. De opmerkingen van de directie zijn verwerkt.');
  l.push(`Bel gerust als er iets onduidelijk is: ${d.fmtPhone(d.direct('mobile'), 'dash')}.`);
  l.push('');
  l.push('Met vriendelijke groet,');
  l.push('');
  l.push(d.name(a, a.full));
  l.push(d.rng.pick(FUNCTIONS));
  l.push(d.rng.pick(org.units));
  l.push(`T ${d.fmtPhone(d.direct('geo2'), 'spaced')}`);
  l.push(`Algemeen: ${d.general('switchboard')}`);
  l.push('');
  l.push('-----Oorspronkelijk bericht-----');
  l.push(`Van: ${d.name(b, b.display('initials'))}`);
  l.push(`Aan: ${d.name(a, a.display('initials'))}`);
  l.push('');
  l.push(`Hoi ${d.name(a, a.first)},`);
  l.push(`Wil jij de stukken nog naar ${d.email(d.rng.pick(MAILBOXES), org.domain, true)} sturen?`);
  l.push(`Groet, ${d.name(b, b.first)}`);
  l.push('');
  l.push(`${d.keep(org.postbus, 'public address')}`);
  return { kind: 'email', format: 'txt', title: subj, body: l.join('\n') };
}

function plainTest(d) {
  const org = pickOrg(d);
  const a = d.person();
  const b = d.person();
  const subj = `${d.rng.pick(['Re: ', 'Fwd: '])}${d.rng.pick(['bezoek locatie', 'rooster volgende week', 'dossier ter inzage'])}`;
  d.metadata.title = subj;
  const dt = date(d.rng);
  const l = [];
  l.push(`Onderwerp: ${subj}`);
  l.push(`Van: "${d.name(a, a.display('first-cap'))}" <${d.email(a.local('first.sur'), org.domain)}>`);
  l.push(`Datum: ${dt.num} ${d.rng.int(8, 17)}:${d.rng.int(10, 59)}`);
  l.push(`Aan: ${d.email(b.local('first.parts'), org.domain)}`);
  l.push('');
  l.push(`Dag ${d.name(b, b.first)},`);
  l.push('');
  l.push(`Ik heb ${d.name(b, b.surnameAlone)} al eerder gevraagd om de planning te delen,`);
  l.push('maar tot nu toe niets ontvangen.');
  const n = d.direct(d.rng.pick(['mobile', 'geo3']));
  const full = require0031(n);
  // A number split over a line break.
  const cut = full.lastIndexOf(' ');
  d.phone(`${full.slice(0, cut)} ${full.slice(cut + 1)}`);
  l.push(`Je kunt me bereiken op ${full.slice(0, cut)}`);
  l.push(`${full.slice(cut + 1)} (na 14.00 uur).`);
  l.push('');
  l.push('--');
  l.push(d.name(a, a.full));
  l.push(d.rng.pick(FUNCTIONS));
  l.push(`mob. ${d.fmtPhone(d.direct('mobile'), 'pairs')}`);
  l.push('');
  l.push(`Op ${dt.num} schreef ${d.name(b, b.full)}:`);
  l.push(`> Hoi ${d.name(a, a.first)},`);
  l.push('> Zie bijgaand de vragen van de gemeente. Bel anders even');
  l.push(`> met het klantcontactcentrum via ${d.general('14')}.`);
  l.push(`> ${d.name(b, b.first)}`);
  return { kind: 'email', format: 'txt', title: subj, body: l.join('\n') };
}

function require0031(n) {
  return `0031 ${n.prefix.slice(1)} ${n.rest.slice(0, 3)} ${n.rest.slice(3)}`;
}

// =============================================================================================
// 3. Chat exports
// =============================================================================================
function chatTrain(d) {
  const people = Array.from({ length: d.rng.int(2, 4) }, () => d.person());
  const dt = date(d.rng);
  d.metadata.title = 'Chatgesprek';
  const lines = [];
  const msgs = ['Ben je al binnen?', 'Ik zit in het overleg, bel je zo.', 'Het dossier staat klaar in de map.', 'Kun je de stukken nog nakijken?',
    'Prima, dan doen we het zo.', 'Heb je het nummer van de locatie?', 'Ik ben vanmiddag vrij.', 'Top, dank!'];
  for (let i = 0; i < d.rng.int(10, 18); i++) {
    const who = d.rng.pick(people);
    const t = `${d.rng.int(8, 17)}:${String(d.rng.int(0, 59)).padStart(2, '0')}:${String(d.rng.int(0, 59)).padStart(2, '0')}`;
    let msg = d.x(d.rng.pick(msgs));
    if (d.rng.chance(0.2)) msg = `Bel ${d.name(who, who.first)} even op ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'plain', 'dash']))}`;
    lines.push(p(`[${dt.num}, ${t}] ${d.name(who, who.full)}: ${msg}`));
  }
  return { kind: 'chat', format: 'html', title: 'Chatgesprek', body: page(d, { body: `<h3>Export chatgesprek</h3>${lines.join('')}` }) };
}

function chatTest(d) {
  const people = Array.from({ length: d.rng.int(2, 4) }, () => d.person());
  const dt = date(d.rng);
  d.metadata.title = 'Chat';
  const l = [`Chatexport ${dt.num}`, ''];
  const msgs = ['ok, ik kijk ernaar', 'zie mail', 'komt goed', 'wie zit er morgen bij het gesprek?', 'ik bel de gemeente wel',
    'is de cliënt al geweest?', 'morgen ben ik er pas om 10 uur', 'thanks'];
  for (let i = 0; i < d.rng.int(12, 20); i++) {
    const who = d.rng.pick(people);
    const other = d.rng.pick(people.filter((x) => x !== who));
    const t = `${String(dt.d).padStart(2, '0')}-${String(dt.m).padStart(2, '0')} ${d.rng.int(8, 17)}:${String(d.rng.int(0, 59)).padStart(2, '0')}`;
    let msg = d.rng.pick(msgs);
    if (d.rng.chance(0.25)) msg = `@${d.name(other, other.first)} ${d.rng.pick(['kun jij dit oppakken?', 'dank je'])}`;
    else if (d.rng.chance(0.15)) msg = `mijn nieuwe nummer is ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['plain', 'intl', 'pairs']))}`;
    else if (d.rng.chance(0.1)) msg = `${d.name(other, other.surnameAlone)} ${d.rng.pick(['gaf aan dat het later wordt', 'is vandaag ziek'])}`;
    l.push(`[${t}] ${d.name(who, who.first)}: ${msg}`);
  }
  return { kind: 'chat', format: 'txt', title: 'Chat', body: l.join('\n') };
}

// =============================================================================================
// 4. Nota with a contact column
// =============================================================================================
function notaTrain(d) {
  const org = pickOrg(d);
  const author = d.person();
  const other = d.person();
  const mp = d.official();
  const dt = date(d.rng);
  const title = `Beslisnota ${d.rng.pick(['over de capaciteit van de gehoren', 'inzake de aanpak van de achterstanden', 'over de nieuwe werkwijze'])}`;
  d.metadata.title = title;
  const side = br(`<b>${d.x(d.rng.pick(org.units))}</b>`, d.keep(org.postbus, 'public address'), d.keep(org.site, 'public website'), '',
    '<b>Contactpersoon</b>', d.name(author, author.signature), `T ${d.fmtPhone(d.direct('geo2'))}`, `M ${d.fmtPhone(d.direct('mobile'))}`,
    d.email(author.local('ii.sur'), org.domain), '', '<b>Datum</b>', d.x(dt.long));
  const main = [
    `<h2>${d.x(title)}</h2>`,
    p(`<b>Aan:</b> ${d.x('de minister')}`),
    p(`<b>1. Aanleiding</b><br>${d.x(trainPolicy(d.rng))} ${d.x('Het Kamerlid')} ${d.keep(`${mp.full} (${d.rng.pick(PARTIES)})`, 'member of parliament')} ${d.x('heeft hierover vragen gesteld. Deze nota vraagt uw besluit over de verdere aanpak.')}`),
    p(`<b>2. Advies</b><br>${d.x('Wij adviseren in te stemmen met het voorstel.')} ${d.x('Het voorstel is voorbereid door')} ${d.name(author, author.formal)} ${d.x('in overleg met')} ${d.x(other.female ? 'mevrouw' : 'de heer')} ${d.name(other, other.surnameAlone)}.`),
    p(`<b>3. Kern</b><br>${d.keep(trainPolicy(d.rng), 'policy text')}`),
    '<table class="grid"><tr><th>Paraaf</th><th>Naam</th><th>Datum</th></tr>' +
    [author, other].map((x) => `<tr><td>${d.x(d.rng.pick(['Opsteller', 'Teamleider', 'Directeur']))}</td><td>${d.name(x, x.formal)}</td><td>${d.x(dt.num)}</td></tr>`).join('') + '</table>',
  ].join('');
  const body = `<table width="100%"><tr><td width="72%">${main}</td><td width="28%" class="side">${side}</td></tr></table>`;
  return { kind: 'nota', format: 'html', title, body: page(d, { body, header: `${d.x(org.name)}` }) };
}

function notaTest(d) {
  const org = pickOrg(d);
  const author = d.person();
  const chef = d.person();
  const mp = d.official();
  const dt = date(d.rng);
  const title = `Nota ${d.rng.pick(['voortgang programma', 'reactie op het inspectierapport', 'uitvoering motie'])}`;
  d.metadata.title = title;
  const side = br(`<b>${d.x(org.name)}</b>`, d.keep(d.street(), 'street name'), d.x(org.city), '', '<b>Inlichtingen bij</b>', d.name(author, author.full), d.x(d.rng.pick(FUNCTIONS)),
    `Doorkiesnummer ${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3'])), d.rng.pick(['dash', 'paren', 'plain']))}`,
    `Mobiel ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['intl0', '0031', 'spaced']))}`,
    `E-mail ${d.email(author.local('first.parts'), org.domain)}`, '', '<b>Kenmerk</b>', `${d.rng.int(1000000, 9999999)}`,
    '', '<b>Bijlage(n)</b>', `${d.rng.int(1, 4)}`);
  const main = [
    `<h2>${d.x(title)}</h2>`,
    p(`${d.x('Ter beslissing aan de staatssecretaris.')} ${d.x('Aanleiding zijn de schriftelijke vragen van het lid')} ${d.keep(`${mp.surnameAlone} (${d.rng.pick(PARTIES)})`, 'member of parliament')}.`),
    p(`<b>Samenvatting</b><br>${d.keep(testPolicy(d.rng), 'policy text')}`),
    p(`<b>Toelichting</b><br>${d.x('In het overleg van')} ${d.x(dt.long)} ${d.x('heeft')} ${d.name(chef, chef.full)} ${d.x('toegelicht dat de achterstand afneemt.')} ${d.name(chef, chef.surnameAlone)} ${d.x('stelt voor de rapportage per kwartaal te ontvangen.')}`),
    p(`<b>Vervolg</b><br>${d.x('Na uw akkoord wordt de Tweede Kamer geïnformeerd.')}`),
  ].join('');
  const body = `<table width="100%"><tr><td width="27%" class="side" style="border-right:1px solid #aaa">${side}</td><td width="73%" style="padding-left:14px">${main}</td></tr></table>`;
  return { kind: 'nota', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} — ${d.general('088')}` }) };
}

// =============================================================================================
// 5. Letters
// =============================================================================================
const OFFICES = ['De Minister van Justitie en Veiligheid', 'De Staatssecretaris van Justitie en Veiligheid', 'De Minister voor Migratie', 'De Minister van Binnenlandse Zaken en Koninkrijksrelaties'];

function briefTrain(d) {
  const org = pickOrg(d);
  const minister = d.official();
  const contact = d.person();
  const addressee = d.person();
  const dt = date(d.rng);
  const office = d.rng.pick(OFFICES);
  const title = `Besluit op uw verzoek van ${dt.long}`;
  d.metadata.title = title;
  const titles = d.rng.pick(['mr. ', 'drs. ', 'mr. drs. ', '']);
  const body = `<table width="100%"><tr><td width="70%">
${p(br(`${d.x(addressee.female ? 'Mevrouw' : 'De heer')} ${d.name(addressee, addressee.formal)}`, d.x(`${d.rng.pick(['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsplein'])} ${d.rng.int(1, 99)}`), d.x(`${d.rng.int(1000, 9999)} ${d.rng.pick(['AB', 'KL', 'TR'])} ${d.rng.pick(['Utrecht', 'Lelystad', 'Tilburg', 'Emmen'])}`)))}
</td><td class="side">${br(d.x(org.name), `Bezoekadres ${d.keep(d.street(), 'street name')}`, d.keep(org.postbus, 'public address'), d.keep(org.site, 'public website'), '', '<b>Contactpersoon</b>', d.name(contact, contact.formal), `T ${d.fmtPhone(d.direct('geo2'), 'spaced')}`, d.email(contact.local('i.sur'), org.domain))}</td></tr></table>
${p(`<b>Datum</b> ${d.x(dt.long)}<br><b>Betreft</b> ${d.x(title)}`)}
${p(`${d.x('Geachte')} ${d.x(addressee.female ? 'mevrouw' : 'heer')} ${d.name(addressee, addressee.surnameAlone)},`)}
${p(`${d.keep(trainPolicy(d.rng), 'policy text')} ${d.x('Ik heb besloten uw verzoek gedeeltelijk in te willigen.')}`)}
${p(`${d.x('Voor vragen kunt u bellen met')} ${d.general('0800')} ${d.x('of met het algemene nummer')} ${d.general('switchboard')}.`)}
${p(br(office.replace(/^De /, 'De ') + ',', '', '', d.keep(`${titles}${minister.formal}`, 'public official (signature)')))}`;
  return { kind: 'brief', format: 'html', title, body: page(d, { body, header: d.x(org.name) }) };
}

function briefTest(d) {
  const org = pickOrg(d);
  const minister = d.official();
  const signer = d.person();
  const handler = d.person();
  const dt = date(d.rng);
  const office = d.rng.pick(OFFICES).replace(/^De /, 'de ');
  const title = `Uw Woo-verzoek van ${dt.long}`;
  d.metadata.title = title;
  const body = `${p(`<b>${d.x(org.name)}</b><br>${d.keep(org.postbus, 'public address')}`)}
<table class="grid" style="margin:8px 0"><tr><td>Ons kenmerk</td><td>${d.rng.int(100000, 999999)}</td><td>Behandeld door</td><td>${d.name(handler, handler.full)}</td></tr>
<tr><td>Datum</td><td>${d.x(dt.long)}</td><td>Telefoon</td><td>${d.fmtPhone(d.direct(d.rng.pick(['geo3', 'geo2', '085'])), d.rng.pick(['paren', 'intl0', 'dash']))}</td></tr></table>
${p(d.x('Geachte heer, mevrouw,'))}
${p(`${d.x('Namens')} ${d.x(office)}, ${d.keep(`minister ${minister.surnameAlone}`, 'public official')}, ${d.x('beantwoord ik uw verzoek.')} ${d.keep(testPolicy(d.rng), 'policy text')}`)}
${p(`${d.x('Heeft u vragen? Bel dan')} ${d.general('0900')} ${d.x('of')} ${d.general('14')}.`)}
${p(br(d.x('Hoogachtend,'), '', `${d.x(office.charAt(0).toUpperCase() + office.slice(1))},`, d.x('namens deze,'), '', '', d.name(signer, signer.formal), `<i>${d.x(d.rng.pick(FUNCTIONS))}</i>`))}`;
  return { kind: 'brief', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.general('088')}` }) };
}

// =============================================================================================
// 6. Minutes
// =============================================================================================
function verslagTrain(d) {
  const org = pickOrg(d);
  const people = Array.from({ length: d.rng.int(4, 7) }, () => d.person());
  const chair = d.official();
  const dt = date(d.rng);
  const title = `Verslag ${d.rng.pick(['stuurgroep', 'projectoverleg', 'regio-overleg'])} ${dt.long}`;
  d.metadata.title = title;
  const att = `<table class="grid"><tr><th>Naam</th><th>Functie</th><th>Organisatie</th><th>Telefoon</th></tr>${people.map((x) => `<tr><td>${d.name(x, x.formal)}</td><td>${d.x(d.rng.pick(FUNCTIONS))}</td><td>${d.x(d.rng.pick(ORGS).name)}</td><td>${d.fmtPhone(d.direct(d.rng.pick(['mobile', 'geo2', 'geo3'])), d.rng.pick(['spaced', 'dash', 'plain']))}</td></tr>`).join('')}</table>`;
  const acts = `<table class="grid"><tr><th>Nr.</th><th>Actie</th><th>Wie</th></tr>${people.slice(0, 4).map((x, i) => `<tr><td>${i + 1}</td><td>${d.x(d.rng.pick(['Notitie opstellen over de planning', 'Contact opnemen met de gemeente', 'Agenda volgende overleg voorbereiden', 'Cijfers aanleveren']))}</td><td>${d.name(x, x.surnameAlone)}</td></tr>`).join('')}</table>`;
  const body = `<h2>${d.x(title)}</h2>${p(`<b>Voorzitter:</b> ${d.keep(`wethouder ${chair.surnameAlone}`, 'public official')}`)}<h3>Aanwezig</h3>${att}
<h3>1. Opening en mededelingen</h3>${p(`${d.x('De voorzitter opent de vergadering.')} ${d.name(people[0], people[0].surnameAlone)} ${d.x('meldt dat de rapportage later komt.')}`)}
<h3>2. Voortgang</h3>${p(`${d.keep(trainPolicy(d.rng), 'policy text')} Actie: ${d.name(people[1], people[1].surnameAlone)}.`)}
<h3>Actielijst</h3>${acts}`;
  return { kind: 'verslag', format: 'html', title, body: page(d, { body, footer: d.x(org.name) }) };
}

function verslagTest(d) {
  const org = pickOrg(d);
  const people = Array.from({ length: d.rng.int(4, 7) }, () => d.person());
  const absent = d.person();
  const alderman = d.official();
  const dt = date(d.rng);
  const title = `Notulen ${d.rng.pick(['MT-overleg', 'bestuurlijk overleg', 'werkoverleg uitvoering'])}`;
  d.metadata.title = title;
  const present = people.map((x) => `${d.name(x, x.full)} (${d.x(d.rng.pick(['voorzitter', 'notulist', d.rng.pick(org.units)]))})`).join(', ');
  const [a, b, c] = people;
  const body = `<h2>${d.x(title)}</h2>${p(`${d.x('Datum:')} ${d.x(dt.long)}`)}
${p(`<b>Aanwezig:</b> ${present}`)}
${p(`<b>Namens het college:</b> ${d.keep(`wethouder ${alderman.full}`, 'public official')}`)}
${p(`<b>Afwezig met bericht:</b> ${d.name(absent, absent.full)}`)}
<ol><li>${d.name(a, a.first)} ${d.x('gaf aan dat de werkvoorraad is gedaald.')} ${d.keep(testPolicy(d.rng), 'policy text')}</li>
<li>${d.x('Met')} ${d.name(b, b.full)} ${d.x('is afgestemd dat de rapportage per maand komt.')} ${d.x('actie:')} ${d.name(b, b.first)}</li>
<li>${d.x('De')} ${d.keep(`wethouder ${alderman.surnameAlone}`, 'public official')} ${d.x('licht het besluit van het college toe.')} ${d.keep(testPolicy(d.rng), 'policy text')}</li>
<li>${d.name(c, c.surnameAlone)} ${d.x('vraagt of de termijn haalbaar is;')} ${d.name(a, a.surnameAlone)} ${d.x('zegt toe dit na te gaan (actie:')} ${d.name(a, a.first)}).</li></ol>
<table class="grid"><tr><th>Actiepunt</th><th>Eigenaar</th><th>Gereed</th></tr>
<tr><td>${d.x('Overzicht knelpunten')}</td><td>${d.name(c, c.full)}</td><td>${d.x('Q' + d.rng.int(1, 4))}</td></tr>
<tr><td>${d.x('Afstemming met het COA')}</td><td>${d.name(b, b.full)}</td><td>${d.x(dt.num)}</td></tr></table>`;
  return { kind: 'verslag', format: 'html', title, body: page(d, { body, header: `${d.x(org.name)} · ${d.keep(org.site, 'public website')}` }) };
}

// =============================================================================================
// 7. Contact lists
// =============================================================================================
function contactTrain(d) {
  const org = pickOrg(d);
  const people = Array.from({ length: d.rng.int(6, 10) }, () => d.person());
  const title = `Contactgegevens ${d.rng.pick(['projectteam', 'crisisteam', 'werkgroep'])}`;
  d.metadata.title = title;
  const rows = people.map((x) => `<tr><td>${d.name(x, x.full)}</td><td>${d.x(d.rng.pick(FUNCTIONS))}</td><td>${d.fmtPhone(d.direct(d.rng.pick(['mobile', 'geo2', 'geo3', '085'])))}</td><td>${d.email(x.local(d.rng.pick(['i.sur', 'first.sur'])), org.domain)}</td></tr>`).join('');
  const body = `<h2>${d.x(title)}</h2><table class="grid"><tr><th>Naam</th><th>Functie</th><th>Telefoon</th><th>E-mail</th></tr>${rows}</table>
${p(`${d.x('Algemeen nummer:')} ${d.general('switchboard')} · ${d.x('Servicelijn:')} ${d.general('0800')}`)}`;
  return { kind: 'contactlijst', format: 'html', title, body: page(d, { body }) };
}

function contactTest(d) {
  const org = pickOrg(d);
  const people = Array.from({ length: d.rng.int(5, 8) }, () => d.person());
  const title = 'Bereikbaarheidslijst';
  d.metadata.title = title;
  const rows = people.map((x, i) => {
    const backup = people[(i + 1) % people.length];
    const n = d.direct('mobile');
    // The mobile number in a narrow cell, broken over two lines on purpose.
    const text = `+31 (0)6 ${n.rest.slice(0, 4)} ${n.rest.slice(4)}`;
    const cut = text.lastIndexOf(' ');
    d.phone(text);
    return `<tr><td>${d.x(d.rng.pick(['Piket', 'Coördinatie', 'Woordvoering', 'Juridisch', 'Beveiliging']))}</td><td>${d.name(x, x.display('first-cap'))}</td><td>${d.x(text.slice(0, cut))}<br>${d.x(text.slice(cut + 1))}</td><td>${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3'])), d.rng.pick(['paren', 'dash', 'intl']))}</td><td>${d.name(backup, backup.first)}</td></tr>`;
  }).join('');
  const body = `<h2>${d.x(title)}</h2>${p(d.x('Buiten kantoortijden eerst de piketdienst bellen.'))}<table class="grid"><tr><th>Rol</th><th>Contactpersoon</th><th>Mobiel</th><th>Doorkies</th><th>Vervanger</th></tr>${rows}</table>
${p(`${d.x('Meldkamer (24/7):')} ${d.general('switchboard')} — ${d.x('informatienummer')} ${d.general('0900')}`)}`;
  return { kind: 'contactlijst', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.keep(`info@${org.domain}`, 'general mailbox')}` }) };
}

// =============================================================================================
// 8. Staff instructions with guidance
// =============================================================================================
function instructieTrain(d) {
  const org = pickOrg(d);
  const owner = d.person();
  const title = `Werkinstructie ${d.rng.int(2019, 2024)}/${d.rng.int(1, 40)}: ${d.rng.pick(['gehoren', 'beoordeling van verklaringen', 'signalen van fraude', 'huisbezoeken'])}`;
  d.metadata.title = title;
  d.metadata.author = owner.full;
  const parts = [`<h2>${d.x(title)}</h2>`, p(d.keep(trainPolicy(d.rng), 'policy text'))];
  for (let s = 1; s <= d.rng.int(2, 3); s++) {
    parts.push(`<h3>${s}. ${d.x(d.rng.pick(['Voorbereiding', 'Het gesprek', 'Beoordeling', 'Afronding']))}</h3>`);
    parts.push(p(`${d.keep(trainPolicy(d.rng), 'policy text')} ${d.guidance(trainGuidance(d.rng))}`));
    parts.push(p(`<b>Let op:</b> ${d.guidance(trainGuidance(d.rng).replace(/^Let op: /, ''))}`));
    parts.push(p(d.x('Voorbeeldvragen:')));
    parts.push(`<ol>${Array.from({ length: d.rng.int(2, 4) }, () => `<li>${d.guidance(trainQuestion(d.rng))}</li>`).join('')}</ol>`);
  }
  parts.push(p(`${d.x('Eigenaar van deze instructie:')} ${d.name(owner, owner.formal)}, ${d.x(d.rng.pick(org.units))}.`));
  return { kind: 'werkinstructie', format: 'html', title, body: page(d, { body: parts.join(''), header: d.x(org.name) }) };
}

function instructieTest(d) {
  const org = pickOrg(d);
  const contact = d.person();
  const title = `Handreiking ${d.rng.pick(['signalering', 'beoordeling aanvragen', 'toezicht op locatie', 'intake'])}`;
  d.metadata.title = title;
  const parts = [`<h2>${d.x(title)}</h2>`, p(d.keep(testPolicy(d.rng), 'policy text'))];
  parts.push('<h3>Indicatoren</h3>');
  parts.push(`<table class="grid"><tr><th>Indicator</th><th>Werkwijze</th></tr>${Array.from({ length: d.rng.int(2, 4) }, () => {
    const [k, v] = testIndicator(d.rng);
    return `<tr><td>${d.x(k)}</td><td>${d.guidance(v)}</td></tr>`;
  }).join('')}</table>`);
  parts.push(p(d.keep(testPolicy(d.rng), 'policy text')));
  parts.push(`<div style="border:1px solid #888;padding:6px;margin:8px 0">${d.guidance(testGuidance(d.rng))}</div>`);
  parts.push('<h3>Werkwijze</h3>');
  parts.push(`<ol>${Array.from({ length: d.rng.int(2, 4) }, () => `<li>${d.guidance(testGuidance(d.rng))}</li>`).join('')}</ol>`);
  parts.push(p(d.keep(testPolicy(d.rng), 'policy text')));
  if (d.rng.chance(0.6)) {
    parts.push('<h3 style="page-break-before:always">Bijlage: gespreksleidraad</h3>');
    parts.push(p(d.keep(testPolicy(d.rng), 'policy text')));
    parts.push(`<table class="grid"><tr><th>Fase</th><th>Aanpak</th></tr>${['Opening', 'Verdieping', 'Afronding'].map((f) => `<tr><td>${f}</td><td>${d.guidance(testGuidance(d.rng))}</td></tr>`).join('')}</table>`);
  }
  parts.push(p(`${d.x('Vragen over deze handreiking:')} ${d.name(contact, contact.full)}, ${d.x('tel.')} ${d.fmtPhone(d.direct('geo3'), 'paren')}, ${d.x('of')} ${d.email(d.rng.pick(MAILBOXES), org.domain, true)}.`));
  return { kind: 'werkinstructie', format: 'html', title, body: page(d, { body: parts.join(''), footer: d.x(org.name) }) };
}

// =============================================================================================
// 9. Reports with authors
// =============================================================================================
function rapportTrain(d) {
  const org = pickOrg(d);
  const authors = Array.from({ length: d.rng.int(2, 4) }, () => d.person());
  const official = d.official();
  const title = `Evaluatie ${d.rng.pick(['van de pilot', 'van het programma', 'van de regeling'])} ${d.rng.pick(['Samen Sterk', 'Snel Besluiten', 'Perspectief'])}`;
  d.metadata.title = title;
  d.metadata.author = authors[0].full;
  const list = authors.map((x) => d.name(x, x.formal));
  const body = `<h1>${d.x(title)}</h1>${p(`${d.x('Auteurs:')} ${list.slice(0, -1).join(', ')} ${d.x('en')} ${list[list.length - 1]}`)}
${p(`${d.x('In opdracht van')} ${d.x(org.name)}`)}
<h3>Voorwoord</h3>${p(`${d.x('Dit rapport is aangeboden aan')} ${d.keep(`minister ${official.surnameAlone}`, 'public official')}. ${d.keep(trainPolicy(d.rng), 'policy text')}`)}
<h3>Colofon</h3>${p(br(`${d.x('Contact:')} ${d.name(authors[0], authors[0].full)}`, `${d.x('Telefoon:')} ${d.fmtPhone(d.direct('085'), 'dash')}`, d.keep(org.postbus, 'public address')))}`;
  return { kind: 'rapport', format: 'html', title, body: page(d, { body }) };
}

function rapportTest(d) {
  const org = pickOrg(d);
  const r1 = d.person();
  const r2 = d.person();
  const helpers = [d.person(), d.person()];
  const title = `Onderzoeksrapport ${d.rng.pick(['toegankelijkheid', 'privacy-effecten', 'doorlooptijden'])}`;
  d.metadata.title = title;
  const body = `<h1>${d.x(title)}</h1>
<table><tr><td><b>Onderzoeker:</b></td><td>${d.name(r1, r1.full)}</td></tr>
<tr><td><b>Consultant:</b></td><td>${d.name(r2, r2.full)}</td></tr>
<tr><td><b>Opdrachtgever:</b></td><td>${d.x(org.name)}</td></tr>
<tr><td><b>Versie:</b></td><td>${d.rng.int(1, 3)}.${d.rng.int(0, 9)}</td></tr></table>
${p(`${d.x('Met medewerking van')} ${d.name(helpers[0], helpers[0].full)} ${d.x('en')} ${d.name(helpers[1], helpers[1].formal)}.`)}
<h3>Samenvatting</h3>${p(d.keep(testPolicy(d.rng), 'policy text'))}
${p(`${d.name(r1, r1.surnameAlone)} ${d.x('voerde de interviews; de analyse is gedaan door')} ${d.name(r2, r2.full)}.`)}
${p(`${d.x('Reacties op dit rapport:')} ${d.keep(`onderzoek@${org.domain}`, 'general mailbox')} ${d.x('of')} ${d.general('088')}.`)}`;
  return { kind: 'rapport', format: 'html', title, body: page(d, { body, footer: `${d.x(title)} — ${d.x(org.name)}` }) };
}

/** The families: `producers` lists which producers may render each variant. */
export const FAMILIES = [
  { id: 'email-outlook', train: emailTrain, test: emailTest, producers: { train: ['chromium', 'soffice'], test: ['soffice', 'chromium'] } },
  { id: 'email-plain', train: plainTrain, test: plainTest, producers: { train: ['enscript'], test: ['enscript'] } },
  { id: 'chat', train: chatTrain, test: chatTest, producers: { train: ['chromium', 'soffice'], test: ['enscript'] } },
  { id: 'nota', train: notaTrain, test: notaTest, producers: { train: ['soffice', 'chromium'], test: ['chromium', 'soffice'] } },
  { id: 'brief', train: briefTrain, test: briefTest, producers: { train: ['soffice', 'chromium'], test: ['soffice', 'chromium'] } },
  { id: 'verslag', train: verslagTrain, test: verslagTest, producers: { train: ['chromium', 'soffice'], test: ['soffice', 'chromium'] } },
  { id: 'contactlijst', train: contactTrain, test: contactTest, producers: { train: ['chromium', 'soffice'], test: ['soffice', 'chromium'] } },
  { id: 'werkinstructie', train: instructieTrain, test: instructieTest, producers: { train: ['chromium', 'soffice'], test: ['soffice', 'chromium'] } },
  { id: 'rapport', train: rapportTrain, test: rapportTest, producers: { train: ['soffice', 'chromium'], test: ['chromium', 'soffice'] } },
];
