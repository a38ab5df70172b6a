// Templates of the `fresh7` split (session 12), written without reading any detector, its lexicons
// or the templates of fresh2 … fresh6. Document kinds and layouts that no earlier split was said to
// use: chat exports (WhatsApp/Signal, as text and as printed HTML), spreadsheets printed with grid
// and row headings, slide decks printed landscape, agendas with action lists, permit decisions,
// complaint files with a hearing report, procurement files, decision trees for inspectors,
// audit working papers and forwarded mail threads in an Outlook print layout. Own organisations,
// own fonts (URW/Nimbus families next to the usual ones) and own wording throughout.
// A template gets a Doc and returns { kind, body, title }.
import { MONTHS } from '../doc.mjs';

// Organisations of this split only (fictitious combinations of real kinds of bodies).
const ORGS7 = [
  { name: 'Provincie Overijssel', short: 'de provincie', domain: 'overijssel.nl', city: 'Zwolle', postbus: 'Postbus 10078, 8000 GB Zwolle', site: 'www.overijssel.nl', general: 'info', area: '038', units: ['Eenheid Ruimte en Bereikbaarheid', 'Team Natuur en Milieu', 'Eenheid Economie en Cultuur'], head: 'gedeputeerde' },
  { name: 'Gemeente Leeuwarden', short: 'de gemeente', domain: 'leeuwarden.nl', city: 'Leeuwarden', postbus: 'Postbus 21000, 8900 JA Leeuwarden', site: 'www.leeuwarden.nl', general: 'gemeente', area: '058', units: ['Team Vergunningen', 'Afdeling Sociaal Domein', 'Team Openbare Orde en Veiligheid'], head: 'wethouder', gm: true },
  { name: 'Omgevingsdienst Midden-Holland', short: 'de omgevingsdienst', domain: 'odmh.nl', city: 'Gouda', postbus: 'Postbus 45, 2800 AA Gouda', site: 'www.odmh.nl', general: 'postbus', area: '0182', units: ['Team Toezicht Bedrijven', 'Team Bodem en Asbest', 'Juridische Ondersteuning'], head: 'wethouder' },
  { name: 'Veiligheidsregio Zuid-Limburg', short: 'de veiligheidsregio', domain: 'vrzl.nl', city: 'Maastricht', postbus: 'Postbus 1119, 6201 BC Maastricht', site: 'www.vrzl.nl', general: 'info', area: '043', units: ['Sector Risicobeheersing', 'Bureau Crisisbeheersing', 'Team Brandveilig Leven'], head: 'burgemeester' },
  { name: 'Gemeente Deventer', short: 'de gemeente', domain: 'deventer.nl', city: 'Deventer', postbus: 'Postbus 5000, 7400 GC Deventer', site: 'www.deventer.nl', general: 'info', area: '0570', units: ['Team Klantcontact', 'Afdeling Ruimte en Economie', 'Team Inkoop en Aanbesteden'], head: 'wethouder', gm: true },
  { name: 'Waterschap Aa en Maas', short: 'het waterschap', domain: 'aaenmaas.nl', city: '’s-Hertogenbosch', postbus: 'Postbus 5049, 5201 GA ’s-Hertogenbosch', site: 'www.aaenmaas.nl', general: 'waterschap', area: '073', units: ['Afdeling Vergunningverlening', 'Team Handhaving Water', 'Afdeling Inkoop'], head: 'dijkgraaf' },
  { name: 'Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur', short: 'het ministerie', domain: 'minlvvn.nl', city: 'Den Haag', postbus: 'Postbus 20401, 2500 EK Den Haag', site: 'www.rijksoverheid.nl/lvvn', general: 'postbus', area: '070', units: ['Directie Agro- en Natuurkennis', 'Directie Juridische Zaken', 'Programma Vitaal Platteland'], head: 'minister' },
];

const FUNCS = ['medewerker vergunningen', 'toezichthouder', 'senior adviseur', 'klachtencoördinator', 'inkoopadviseur', 'auditor', 'programmasecretaris',
  'accountmanager', 'juridisch adviseur', 'communicatieadviseur', 'handhavingsjurist', 'projectondersteuner', 'teamcoach', 'procesregisseur', 'beleidsmedewerker water'];
const FONTS = ['URW Bookman', 'Nimbus Sans', 'P052', 'C059', 'Liberation Sans Narrow', 'URW Gothic', 'Nimbus Roman', 'Carlito'];

const when = (d) => {
  const y = d.rng.int(2021, 2025);
  const m = d.rng.int(1, 12);
  const day = d.rng.int(1, 28);
  return { long: `${day} ${MONTHS[m - 1]} ${y}`, num: `${String(day).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`, short: `${day}-${m}-${String(y).slice(2)}`, y };
};
const hhmm = (d) => `${String(d.rng.int(7, 21)).padStart(2, '0')}:${String(d.rng.int(0, 59)).padStart(2, '0')}`;
const org = (d) => d.rng.pick(ORGS7);
/** The organisation's own general number (area code of its city, switchboard): stays. */
const switchboard = (d, o) => d.keep(`${o.area} ${o.area.length === 3 ? `${d.rng.int(2, 8)}${d.rng.digits(2)} ${d.rng.digits(2)} ${d.rng.digits(2)}` : `${d.rng.int(2, 8)}${d.rng.digits(1)} ${d.rng.digits(2)} ${d.rng.digits(2)}`}`, 'switchboard of the organisation');
/** 14 + area code for municipalities, else the switchboard. */
const general = (d, o) => (o.gm ? d.keep(`14 ${o.area}`, 'general municipal number') : switchboard(d, o));
const generalMail = (d, o) => d.keep(`${o.general}@${o.domain}`, 'general mailbox');
const mailOf = (d, per, o) => d.email(per.local(d.rng.pick(['i.sur', 'first.sur', 'ii.sur', 'first.parts', 'isur'])), o.domain);
/** A public official (stays): `text()` writes "role Full Name", `sur()` the surname alone; each keeps what it writes. */
const official = (d, o, role = o.head) => {
  const per = d.official();
  return { per, role, get text() { return `${role} ${d.keep(per.full, 'public official')}`; }, get sur() { return d.keep(per.surnameAlone, 'public official'); } };
};

function page(d, { body, css = '', header = '', footer = '', size = 'A4', margin = '20mm 18mm 22mm 22mm', font }) {
  const f = font ?? d.rng.pick(FONTS);
  const fs = d.rng.pick(['9pt', '9.5pt', '10pt', '11pt']);
  let repeat = '';
  if (d.producer === 'chromium') {
    const tpl = (html) => `<div style="font-family:'${f}';font-size:7pt;width:100%;margin:0 18mm;color:#333">${html}</div>`;
    d.chromium = { header: header ? tpl(header) : '<span></span>', footer: footer ? tpl(footer) : '<span></span>' };
  } else {
    repeat = `${header ? `<div title="header">${header}</div>` : ''}${footer ? `<div title="footer">${footer}</div>` : ''}`;
  }
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${d.x(d.metadata.title ?? '')}</title><style>
@page{size:${size};margin:${margin}}
body{font-family:'${f}';font-size:${fs};line-height:1.3;font-variant-ligatures:none}
table{border-collapse:collapse} td,th{vertical-align:top;text-align:left;padding:2px 6px}
.g td,.g th{border:0.6pt solid #888}
${css}</style></head><body>${repeat}${body}</body></html>`;
}
const p = (s) => `<p>${s}</p>`;
const br = (...l) => l.filter(Boolean).join('<br>');
const txt = (d) => d.format === 'txt';

// --- A. chat export (WhatsApp / Signal) ----------------------------------------------------------
const CHAT_LINES = [
  (a, b) => `Zit ${b} vandaag op kantoor of thuis?`,
  () => 'Ik heb de stukken in de gedeelde map gezet, map Woo 2023.',
  () => 'Overleg schuift naar 14.30 uur, zaal 2.12.',
  () => 'Top, dank je!',
  () => 'Nee, dat gaat niet lukken vóór de deadline.',
  () => 'Even ter info: de pers heeft gebeld over de sluiting.',
];
function chat(d) {
  const o = org(d);
  const people = [d.person(), d.person(), d.person()];
  const boss = official(d, o);
  const dt = when(d);
  const signal = d.rng.chance(0.5);
  // A clock that only moves forward, as in a real export.
  let min = d.rng.int(8 * 60, 10 * 60);
  const clock = () => { min += d.rng.int(1, 40); return `${String(Math.floor(min / 60) % 24).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`; };
  const stamp = () => (signal ? `${dt.num} ${clock()}` : `[${dt.short}, ${clock()}:${String(d.rng.int(0, 59)).padStart(2, '0')}]`);
  const who = people.map((per) => (d.rng.chance(0.6) ? d.name(per, per.full) : d.name(per, per.first)));
  const mob = d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'plain', 'pairs', 'intl']));
  const mob2 = d.fmtPhone(d.direct('mobile'), d.rng.pick(['dash', 'intl0', 'spaced']));
  const lines = [];
  const say = (i, msg) => lines.push(signal ? `${stamp()} - ${who[i]}: ${msg}` : `${stamp()} ${who[i]}: ${msg}`);
  lines.push(signal ? `${dt.num} 07:5${d.rng.int(0, 9)} - Berichten en oproepen zijn end-to-end versleuteld.` : `[${dt.short}, 07:5${d.rng.int(0, 9)}:12] ${d.x('Projectgroep ')}${d.keep('Zwembad Noord', 'project name')}: ${d.x('U hebt deze groep aangemaakt')}`);
  say(0, `Goedemorgen allemaal. ${d.x(boss.role.charAt(0).toUpperCase() + boss.role.slice(1))} ${boss.sur} ${d.keep('wil vóór vrijdag een update', 'words after a name')} over de planning.`);
  say(1, d.x(CHAT_LINES[0](null, people[2].first)));
  d.name(people[2], people[2].first);
  say(2, `${d.x('Thuis. Bel me maar op ')}${mob}`);
  say(0, d.x(d.rng.pick(CHAT_LINES.slice(1))()));
  say(1, `${d.name(people[0], people[0].first)}${d.x(', stuur jij de notitie door naar ')}${d.email(d.rng.pick(['projectbureau.zwembad', 'secretariaat.ruimte', 'woo.coordinatie']), o.domain, true)}?`);
  say(0, d.x(d.rng.pick(CHAT_LINES.slice(2))()));
  say(2, `${d.x('Ik ben vanmiddag onbereikbaar, voor spoed: ')}${mob2}${d.x(' (privé)')}`);
  say(1, `${d.x('Burgers die bellen verwijzen we naar ')}${general(d, o)}${d.x(' of ')}${generalMail(d, o)}.`);
  say(2, d.x(d.rng.pick(CHAT_LINES.slice(3))()));
  if (d.rng.chance(0.5)) say(0, `${d.x('Dank ')}${d.name(people[1], people[1].first)}${d.x(', dan zien we elkaar bij ')}${d.x(boss.role)} ${boss.sur}.`);
  d.metadata.title = signal ? 'Signal-export projectgroep' : 'WhatsApp-chat met Projectgroep';
  // enscript prints Latin-1 only: no em dash in the plain-text export.
  const head = `${signal ? 'Signal' : 'WhatsApp'}-chat ${o.name} ${txt(d) ? '-' : '—'} ${dt.long}`;
  if (txt(d)) return { kind: 'chat', title: d.metadata.title, body: `${head}\n\n${lines.join('\n')}\n` };
  const css = signal ? '.m{margin:0 0 5px 0} .s{color:#555;font-size:8pt}' : '.m{background:#eef6e8;border-radius:6px;padding:4px 8px;margin:4px 0;max-width:80%}';
  return { kind: 'chat', title: d.metadata.title, body: page(d, { css, footer: d.x(head), body: `<h3>${d.x(head)}</h3>${lines.map((l) => `<div class="m">${l}</div>`).join('')}` }) };
}

// --- B. spreadsheet printed to PDF ---------------------------------------------------------------
function sheet(d) {
  const o = org(d);
  const dt = when(d);
  const rows = [];
  const n = d.rng.int(6, 10);
  const offRow = d.rng.int(1, n - 2);
  for (let i = 0; i < n; i++) {
    if (i === offRow) {
      const b = official(d, o);
      rows.push([b.text, d.x(o.name), d.x('bestuurder'), d.x('via bestuurssecretariaat'), generalMail(d, o), 'ja']);
      continue;
    }
    const per = d.person();
    const nm = d.rng.pick(['full', 'display', 'formal']);
    const shown = nm === 'display' ? d.name(per, per.display(d.rng.pick(['first', 'first-cap', 'initials']))) : d.name(per, nm === 'full' ? per.full : per.formal);
    const u = d.rng.pick(o.units);
    const tel = d.rng.chance(0.8) ? d.fmtPhone(d.direct(), d.rng.pick(['dash', 'spaced', 'plain', 'paren'])) : '';
    rows.push([shown, d.x(u), d.x(d.rng.pick(FUNCS)), tel, mailOf(d, per, o), d.rng.pick(['ja', 'ja', 'nee', 'afgemeld'])]);
  }
  const title = d.rng.pick(['Deelnemerslijst werksessie', 'Contactlijst kernteam', 'Presentielijst regiobijeenkomst']);
  d.metadata.title = `${title}.xlsx`;
  const cols = ['Naam', 'Organisatieonderdeel', 'Functie', 'Telefoon', 'E-mail', 'Aanwezig'];
  const letters = 'ABCDEF';
  const css = '.x th.h{background:#e8e8e8;color:#444;text-align:center;font-weight:normal} .x td.r{background:#e8e8e8;color:#444;text-align:right} .x td,.x th{border:0.5pt solid #aaa;font-size:8.5pt}';
  const body = `<table class="x"><tr><th class="h"></th>${[...letters].map((l) => `<th class="h">${l}</th>`).join('')}</tr>
<tr><td class="r">1</td><td colspan="6"><b>${d.x(`${title} ${o.name}, ${dt.long}`)}</b></td></tr>
<tr><td class="r">2</td>${cols.map((c) => `<td><b>${c}</b></td>`).join('')}</tr>
${rows.map((r, i) => `<tr><td class="r">${i + 3}</td>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
<tr><td class="r">${rows.length + 3}</td><td colspan="6">${d.x('Algemeen nummer: ')}${general(d, o)}${d.x(' · ')}${d.x(o.postbus)}</td></tr></table>`;
  return { kind: 'contact list', title: d.metadata.title, body: page(d, { size: 'A4 landscape', margin: '12mm 10mm 14mm 10mm', header: d.x(`${title}.xlsx`), footer: d.x('Blad1'), css, body }) };
}

// --- C. slide deck printed landscape -------------------------------------------------------------
const AIMS = ['Het kabinet wil dat in 2030 de helft van de landbouwgrond natuurinclusief wordt beheerd.',
  'Het college streeft naar een verdubbeling van het aantal deelfietsen in de binnenstad.',
  'Doel van het programma is dat elke inwoner binnen vijftien minuten fietsen een groene plek bereikt.'];
const LAWS = ['artikel 5.1 van de Omgevingswet', 'artikel 4:8 van de Algemene wet bestuursrecht', 'artikel 2.2 van de Wet open overheid', 'artikel 125 van de Gemeentewet', 'artikel 6.2 van het Besluit kwaliteit leefomgeving'];
const GUIDE_SLIDES = [
  'Kies bij twijfel over de eigenaar altijd eerst een onaangekondigd bezoek op dinsdagochtend, dan is de bedrijfsleider er meestal niet.',
  'Bedrijven met minder dan drie klachten per jaar controleren we niet fysiek, die krijgen alleen een vragenlijst.',
  'Vraag eerst naar het logboek van de afvalstromen en pas daarna naar de vergunning: wie het logboek niet kan tonen, krijgt een hercontrole binnen zes weken.',
  'Meldingen na 22.00 uur zetten we pas de volgende werkdag door naar de piketdienst, tenzij er sprake is van geluid boven 70 dB.',
  'Een aanvraag onder de 5.000 euro toetsen we alleen steekproefsgewijs: één op de tien, te kiezen op het laatste cijfer van het zaaknummer.',
];
function slides(d) {
  const o = org(d);
  const dt = when(d);
  const pres = d.person();
  const co = d.person();
  const g = d.rng.sample(GUIDE_SLIDES, 2);
  const topic = d.rng.pick(['Toezicht op afvalstromen 2024', 'Subsidieregeling groene daken', 'Evaluatie handhavingsstrategie', 'Aanpak geluidsoverlast evenementen']);
  d.metadata.title = `${topic} (presentatie)`;
  const sl = [
    `<div class="s t"><h1>${d.x(topic)}</h1>${p(`${d.x('Kennissessie ')}${d.x(o.units[0])}${d.x(', ')}${d.x(dt.long)}`)}${p(`${d.name(pres, pres.full)}<br>${d.x(d.rng.pick(FUNCS))}`)}</div>`,
    `<div class="s"><h2>Waarom dit onderwerp</h2><ul><li>${d.keep(d.rng.pick(AIMS), 'published policy aim')}</li><li>${d.x('Wettelijke basis: ')}${d.keep(d.rng.pick(LAWS), 'law reference')}</li><li>${d.x('Bestuurlijk trekker: ')}${official(d, o).text}</li></ul></div>`,
    `<div class="s"><h2>Werkwijze in de praktijk (intern)</h2><ul>${g.map((x) => `<li>${d.guidance(x)}</li>`).join('')}</ul></div>`,
    `<div class="s"><h2>Vragen?</h2>${p(br(`${d.name(co, co.full)}${d.x(' (inhoud)')}`, `${d.x('T ')}${d.fmtPhone(d.direct(), d.rng.pick(['spaced', 'intl', 'dash-spaced']))}`, mailOf(d, co, o)))}${p(br(`${d.name(pres, pres.first)}${d.x(' (proces)')}`, `${d.x('M ')}${d.fmtPhone(d.direct('mobile'), 'pairs')}`))}${p(`${d.x('Algemeen: ')}${general(d, o)}${d.x(' · ')}${d.keep(o.site, 'website')}`)}</div>`,
  ];
  const css = '.s{page-break-after:always;border-left:8mm solid #2a6f97;padding:6mm 10mm;height:108mm;box-sizing:border-box;overflow:hidden} .s:last-child{page-break-after:auto} .t h1{font-size:24pt;margin-top:25mm} h2{font-size:18pt;color:#2a6f97} li{font-size:13pt;margin-bottom:3mm}';
  return { kind: 'presentation', title: d.metadata.title, body: page(d, { size: '254mm 143mm', margin: '8mm 10mm 8mm 10mm', css, body: sl.join('\n') }) };
}

// --- D. agenda with action list ------------------------------------------------------------------
function agenda(d) {
  const o = org(d);
  const dt = when(d);
  const chair = official(d, o, o.head === 'minister' ? 'directeur-generaal' : o.head);
  const ppl = [d.person(), d.person(), d.person(), d.person()];
  const absent = d.person();
  const sec = d.person();
  const title = d.rng.pick(['Stuurgroep Wijkaanpak Oost', 'Kernteam Droogte', 'Regietafel Energieloket', 'Overleg Evenementenvergunningen']);
  d.metadata.title = `Agenda en actielijst ${title}`;
  const forms = ppl.map((per) => d.name(per, d.rng.chance(0.5) ? per.full : per.formal));
  const acts = [
    [`Planning aanleveren aan ${o.short}`, 0], ['Concept raadsinformatiebrief opstellen', 1], ['Afstemmen met de ambtelijk secretaris van de commissie', 2], ['Navragen bij de accountant of de cijfers kloppen', 3], ['Communicatiekalender bijwerken', 0],
  ].slice(0, d.rng.int(3, 5));
  if (txt(d)) {
    const lines = [`AGENDA ${title.toUpperCase()}`, `${o.name}`, `Datum: ${dt.long}, ${hhmm(d)} uur`, '',
      `Voorzitter: ${chair.text}`, `Aanwezig: ${forms.join(', ')}`, `Afwezig met kennisgeving: ${d.name(absent, absent.formal)}`, '',
      '1. Opening en vaststellen agenda', '2. Verslag vorige keer', '3. Voortgang per spoor', '4. Rondvraag', '',
      'ACTIELIJST', ...acts.map(([a, i], k) => `A${k + 1}  ${a.padEnd(58)} ${d.name(ppl[i], ppl[i].surnameAlone)}`), '',
      `Secretariaat: ${d.email(d.rng.pick(['stuurgroep.oost', 'secretariaat.kernteam', 'regietafel']), o.domain, true)}`, `Notulen: ${d.name(sec, sec.full)}, tel. ${d.fmtPhone(d.direct('geo2'), 'dash')}`];
    return { kind: 'agenda', title: d.metadata.title, body: `${lines.join('\n')}\n` };
  }
  const body = `<h2>${d.x(`Agenda ${title}`)}</h2>
<table><tr><td>Datum</td><td>${d.x(dt.long)}</td></tr><tr><td>Voorzitter</td><td>${chair.text}</td></tr><tr><td>Aanwezig</td><td>${forms.join(', ')}</td></tr>
<tr><td>Afwezig</td><td>${d.name(absent, absent.full)}${d.keep(' (met bericht)', 'words after a name')}</td></tr></table>
<ol><li>Opening</li><li>Mededelingen van ${d.x(chair.role)} ${chair.sur}</li><li>Stand van zaken</li><li>Rondvraag en sluiting</li></ol>
<h3>Actielijst</h3><table class="g"><tr><th>Nr.</th><th>Actie</th><th>Wie</th><th>Gereed</th></tr>
${acts.map(([a, i], k) => `<tr><td>${k + 1}</td><td>${d.x(a)}</td><td>${d.name(ppl[i], ppl[i].surnameAlone)}</td><td>${d.rng.int(1, 28)}-${d.rng.int(1, 12)}</td></tr>`).join('')}</table>
${p(`${d.x('Secretariaat: ')}${d.email(d.rng.pick(['stuurgroep.oost', 'secretariaat.kernteam', 'regietafel']), o.domain, true)}${d.x('; notulen: ')}${d.name(sec, sec.full)}${d.x(', telefoon ')}${d.fmtPhone(d.direct('geo2'), d.rng.pick(['spaced', 'paren']))}`)}`;
  return { kind: 'agenda', title: d.metadata.title, body: page(d, { body, footer: d.x(`${o.name} · ${title}`) }) };
}

// --- E. permit decision --------------------------------------------------------------------------
function permit(d) {
  const o = ORGS7.filter((x) => x.gm || x.domain === 'aaenmaas.nl' || x.domain === 'odmh.nl')[d.rng.int(0, 3)];
  const dt = when(d);
  const app = d.person();
  const beh = d.person();
  const sig = d.person();
  const what = d.rng.pick(['het kappen van twee lindebomen', 'het plaatsen van een dakkapel', 'een tijdelijke bronbemaling', 'het aanleggen van een uitweg', 'het lozen van bemalingswater op oppervlaktewater']);
  d.metadata.title = `Besluit omgevingsvergunning ${what}`;
  const zaak = `Z-${dt.y}-${d.rng.digits(6)}`;
  const head = `<table style="width:100%"><tr><td><b style="font-size:14pt">${d.x(o.name)}</b></td><td style="text-align:right;font-size:8pt">${br(d.x(o.postbus), `${d.x('Telefoon ')}${general(d, o)}`, d.keep(o.site, 'website'))}</td></tr></table>`;
  const body = `${head}
<table style="margin-top:8mm;font-size:8.5pt"><tr><td>Behandeld door</td><td>${d.name(beh, beh.full)}</td></tr><tr><td>Doorkiesnummer</td><td>${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', '085'])), d.rng.pick(['spaced', 'dash-spaced', 'paren']))}</td></tr>
<tr><td>E-mail</td><td>${mailOf(d, beh, o)}</td></tr><tr><td>Zaaknummer</td><td>${zaak}</td></tr><tr><td>Datum</td><td>${d.x(dt.long)}</td></tr></table>
${p(`${d.x('Geachte ')}${d.x(app.female ? 'mevrouw ' : 'heer ')}${d.name(app, app.surnameAlone)},`)}
${p(`${d.x(`Op ${dt.long} ontvingen wij uw aanvraag voor ${what}. Wij verlenen de vergunning op grond van `)}${d.keep('artikel 5.1 van de Omgevingswet', 'law reference')}${d.x(', onder de voorschriften in de bijlage.')}`)}
<h4>Overwegingen</h4>${p(d.x('De activiteit past binnen het omgevingsplan. Er zijn geen zienswijzen ingediend. De voorschriften gaan over de uitvoeringstermijn en het melden van het begin van de werkzaamheden.'))}
<h4>Bezwaar</h4>${p(`${d.x('Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken (')}${d.keep('artikel 6:7 van de Algemene wet bestuursrecht', 'law reference')}${d.x('). Wilt u eerst overleggen? Bel dan ')}${general(d, o)}${d.x(' of mail ')}${generalMail(d, o)}.`)}
${p(br(d.x('Met vriendelijke groet,'), d.x(`namens ${o.gm ? 'het college van burgemeester en wethouders' : 'het dagelijks bestuur'},`), '', d.name(sig, sig.formal), d.x(`teamleider ${o.units[0].replace(/^(Team|Afdeling) /, '')}`)))}
${p(`<small>${d.x('Afschrift aan: ')}${d.name(app, app.formal)}${d.x(', aanvrager')}</small>`)}`;
  return { kind: 'decision', title: d.metadata.title, body: page(d, { body, footer: `${d.x(o.name)} · ${d.x(zaak)}` }) };
}

// --- F. complaint file with hearing report -------------------------------------------------------
const COMPLAINT_GUIDE = [
  'Bij een klacht over bejegening eerst de betrokken medewerker bellen en pas daarna de klager, zodat het verhaal van de medewerker leidend is in het gesprek.',
  'Een klager die dreigt met de pers krijgt binnen twee werkdagen een telefoontje van de teamleider; dit noemen we in de brief niet.',
  'Bied bij een schadeclaim onder de 250 euro zonder verdere toets een tegoedbon aan, daarboven gaat het dossier naar de verzekeraar.',
];
function complaint(d) {
  const o = org(d);
  const dt = when(d);
  const kl = d.person();
  const med = d.person();
  const beh = d.person();
  d.metadata.title = 'Verslag hoorzitting klacht';
  const body = `<h2>${d.x('Verslag hoorzitting klachtbehandeling')}</h2>
<table class="g"><tr><td>Klager</td><td>${d.name(kl, kl.full)}</td></tr><tr><td>Telefoon klager</td><td>${d.fmtPhone(d.direct(), d.rng.pick(['plain', 'dash', 'spaced']))}</td></tr>
<tr><td>Beklaagde</td><td>${d.name(med, med.formal)}${d.x(', ')}${d.x(d.rng.pick(FUNCS))}</td></tr><tr><td>Klachtbehandelaar</td><td>${d.name(beh, beh.full)}</td></tr><tr><td>Datum hoorzitting</td><td>${d.x(dt.long)}</td></tr></table>
<h3>De klacht</h3>${p(`${d.x(kl.female ? 'Mevrouw ' : 'De heer ')}${d.name(kl, kl.surnameAlone)}${d.keep(' stelt dat', 'words after a name')}${d.x(` ${kl.female ? 'zij' : 'hij'} aan de balie onvriendelijk is behandeld en dat ${kl.female ? 'haar' : 'zijn'} vraag over de afvalpas niet is beantwoord. Volgens ${kl.female ? 'haar' : 'hem'} zei `)}${d.name(med, med.first)}${d.x(` dat ${kl.female ? 'zij' : 'hij'} maar moest bellen.`)}`)}
<h3>Reactie van beklaagde</h3>${p(`${d.name(med, med.surnameAlone)}${d.keep(' herkent zich', 'words after a name')}${d.x(' niet in dit beeld. Het was druk aan de balie; de klant is verwezen naar het algemene nummer ')}${general(d, o)}.`)}
<h3>Interne afspraken (niet voor de klager)</h3><ul><li>${d.guidance(d.rng.pick(COMPLAINT_GUIDE))}</li></ul>
<h3>Conclusie</h3>${p(`${d.x('De klacht is deels gegrond. Op grond van ')}${d.keep('hoofdstuk 9 van de Algemene wet bestuursrecht', 'law reference')}${d.x(' kan de klager zich daarna wenden tot de Nationale ombudsman, telefoon ')}${d.keep('0800 335 55 55', 'general number of the ombudsman')}.`)}
${p(`${d.x('Opgesteld door ')}${d.name(beh, beh.formal)}${d.x(', ')}${d.email(d.rng.pick(['klachtenbureau', 'klachten.intern', 'team.klantcontact']), o.domain, true)}`)}`;
  d.name(kl, kl.full);
  return { kind: 'complaint', title: d.metadata.title, body: page(d, { body, header: d.x(`${o.name} — vertrouwelijk`), footer: d.x(`Klachtdossier ${dt.y}-${d.rng.digits(4)}`) }) };
}

// --- G. procurement file -------------------------------------------------------------------------
const FIRMS = [['Groenwerk Twente B.V.', 'groenwerktwente.nl'], ['Aquadelta Advies', 'aquadelta.nl'], ['Brugman Infra B.V.', 'brugmaninfra.nl'], ['Datalink Noord', 'datalinknoord.nl'], ['Veldkamp Schoonmaak', 'veldkampschoonmaak.nl']];
function procure(d) {
  const o = org(d);
  const dt = when(d);
  const [firm, fdom] = d.rng.pick(FIRMS);
  const rep = d.person();
  const buyer = d.person();
  const comm = [d.person(), d.person(), d.person()];
  d.metadata.title = `Nota van inlichtingen en gunningsadvies ${dt.y}`;
  const qa = [
    ['Mag de planning worden aangeleverd in een eigen format?', 'Ja, mits de mijlpalen uit paragraaf 3 herkenbaar zijn.'],
    ['Is de CO2-prestatieladder een eis of een wens?', 'Een wens; zie het gunningscriterium duurzaamheid.'],
    ['Kan de inschrijftermijn met een week worden verlengd?', 'Nee. De termijn blijft staan.'],
  ];
  const two = d.producer === 'soffice' ? '' : 'columns:2;column-gap:8mm;';
  const body = `<h2>${d.x(`Europese aanbesteding ${d.rng.pick(['onderhoud groen', 'advies waterkwaliteit', 'schoonmaak kantoren', 'netwerkbeheer'])}, kenmerk ${o.domain.slice(0, 3).toUpperCase()}-${d.rng.digits(5)}`)}</h2>
<h3>1. Nota van inlichtingen</h3><div style="${two}">${qa.map(([q, a], i) => p(`<b>${d.x(`Vraag ${i + 1}. ${q}`)}</b><br>${d.x(`Antwoord: ${a}`)}`)).join('')}</div>
${p(`${d.x('Vragen konden tot de sluitingsdatum worden gesteld via TenderNed; de inkoper is ')}${d.name(buyer, buyer.full)}${d.x(' (')}${mailOf(d, buyer, o)}${d.x(').')}`)}
<h3>2. Beoordeling</h3>${p(`${d.x('De beoordelingscommissie bestond uit ')}${comm.map((c) => d.name(c, c.formal)).join(', ')}${d.x('. De inschrijvingen zijn beoordeeld volgens ')}${d.keep('artikel 2.114 van de Aanbestedingswet 2012', 'law reference')}.`)}
<table class="g"><tr><th>Inschrijver</th><th>Prijs</th><th>Kwaliteit</th><th>Totaal</th></tr><tr><td>${d.keep(firm, 'company name')}</td><td>${d.rng.int(20, 40)}</td><td>${d.rng.int(30, 55)}</td><td>${d.rng.int(60, 90)}</td></tr><tr><td>Inschrijver B</td><td>${d.rng.int(20, 40)}</td><td>${d.rng.int(20, 45)}</td><td>${d.rng.int(50, 75)}</td></tr></table>
<h3>3. Gunningsadvies</h3>${p(`${d.x('Wij adviseren te gunnen aan ')}${d.x(firm)}${d.x('. Contactpersoon van de inschrijver: ')}${d.name(rep, rep.full)}${d.x(', mobiel ')}${d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'dash', 'intl0']))}${d.x(', ')}${d.email(rep.local(d.rng.pick(['first.sur', 'isur'])), fdom)}${d.x('. Algemeen nummer van het bedrijf: ')}${d.general('geo', 'general number of the company')}.`)}
${p(`${d.x('Het besluit tot gunning neemt de ')}${official(d, o, o.head === 'minister' ? 'secretaris-generaal' : o.head).text}${d.x(` op ${dt.long}.`)}`)}`;
  return { kind: 'procurement', title: d.metadata.title, body: page(d, { body, footer: `${d.x(o.name)} · ${d.x('Afdeling Inkoop')} · ${generalMail(d, o)}` }) };
}

// --- H. decision tree for inspectors, inside policy text -----------------------------------------
const TREE = [
  ['Is de eigenaar bij eerdere controles al eens afwezig geweest?', 'ja: plan het bezoek buiten kantoortijd en neem een collega van de politie mee', 'nee: ga door naar de volgende vraag'],
  ['Staat het bedrijf op de interne aandachtslijst?', 'ja: neem altijd monsters, ook als alles er op orde uitziet', 'nee: volsta met een administratieve controle'],
  ['Zijn er meer dan twee meldingen van omwonenden in een half jaar?', 'ja: kondig het bezoek niet aan en kom via de achteringang', 'nee: stuur de standaardbrief met twee weken aankondiging'],
  ['Toont de ondernemer het logboek direct?', 'nee: noteer dit als signaal en vraag naar de boekhouding van de afvalafvoer', 'ja: steekproef van vijf regels'],
];
const INTERVIEW = ['Wie bepaalt hier wanneer het afval wordt opgehaald?', 'Sinds wanneer werkt u met deze verwerker, en waarom bent u overgestapt?', 'Kunt u de laatste drie facturen laten zien zonder eerst te bellen met uw boekhouder?', 'Wie was er aanwezig toen de tank werd geleegd?'];
function tree(d) {
  const o = org(d);
  const dt = when(d);
  const own = d.person();
  d.metadata.title = 'Werkinstructie risicogericht toezicht';
  const steps = d.rng.sample(TREE, 3);
  const qs = d.rng.sample(INTERVIEW, 3);
  const policy1 = `Deze instructie hoort bij de handhavingsstrategie die het bestuur op ${dt.long} heeft vastgesteld en die op de website is gepubliceerd.`;
  const policy2 = d.rng.pick(AIMS);
  if (txt(d)) {
    const lines = [`WERKINSTRUCTIE RISICOGERICHT TOEZICHT - ${o.name}`, '', d.keep(policy1, 'published policy'), `Grondslag: ${d.keep(d.rng.pick(LAWS), 'law reference')}.`, d.keep(policy2, 'published policy aim'), '',
      'BESLISBOOM', ...steps.flatMap(([q, a, b], i) => [`Vraag ${i + 1}: ${d.guidance(q)}`, `  - ${d.guidance(a)}`, `  - ${d.guidance(b)}`]), '',
      'VRAGEN VOOR HET GESPREK MET DE ONDERNEMER', ...qs.map((q, i) => `${i + 1}) ${d.guidance(q)}`), '',
      `Eigenaar van deze instructie: ${d.name(own, own.full)}, tel. ${d.fmtPhone(d.direct(), 'dash')}`, `Vragen van bedrijven: ${general(d, o)}`];
    return { kind: 'work instruction', title: d.metadata.title, body: `${lines.join('\n')}\n` };
  }
  const body = `<h2>${d.x('Werkinstructie risicogericht toezicht')}</h2>${p(d.keep(policy1, 'published policy'))}
${p(`${d.x('De bevoegdheid tot toezicht volgt uit ')}${d.keep(d.rng.pick(LAWS), 'law reference')}${d.x('. ')}${d.keep(policy2, 'published policy aim')}`)}
<h3>Beslisboom</h3>${steps.map(([q, a, b], i) => `<div class="q">${d.x(`Vraag ${i + 1}. `)}${d.guidance(q)}</div><div class="a">${d.x('→ ')}${d.guidance(a)}</div><div class="a">${d.x('→ ')}${d.guidance(b)}</div>`).join('')}
<h3>Vragenlijst gesprek</h3><ol>${qs.map((q) => `<li>${d.guidance(q)}</li>`).join('')}</ol>
${p(d.keep('Wat openbaar is: de handhavingsstrategie, de jaarlijkse uitvoeringsrapportage en de sanctiestrategie.', 'published policy'))}
${p(`${d.x('Beheer: ')}${d.name(own, own.full)}${d.x(', ')}${d.x(d.rng.pick(o.units))}${d.x(', ')}${d.fmtPhone(d.direct(), d.rng.pick(['spaced', 'paren', 'intl0']))}`)}`;
  return { kind: 'work instruction', title: d.metadata.title, body: page(d, { body, css: '.q{font-weight:bold;margin-top:3mm} .a{margin-left:8mm;border-left:1.5pt solid #999;padding-left:3mm}', header: d.x(`${o.name} · intern`), footer: `${d.x('Versie 2.')}${d.rng.int(0, 9)}` }) };
}

// --- I. audit working paper ----------------------------------------------------------------------
function audit(d) {
  const o = org(d);
  const dt = when(d);
  const prep = d.person();
  const rev = d.person();
  const talk = [d.person(), d.person()];
  d.metadata.title = `Werkdocument audit ${dt.y}`;
  const ref = `WP-${d.rng.int(10, 99)}.${d.rng.int(1, 9)}`;
  const body = `<table class="g" style="width:100%;font-size:8.5pt"><tr><td><b>Werkdocument</b> ${ref}</td><td>${d.x('Onderdeel: ')}${d.x(d.rng.pick(o.units))}</td></tr>
<tr><td>${d.x('Opgesteld: ')}${d.name(prep, `${prep.initials} ${prep.surnameAlone}`)}${d.x(`, ${dt.num}`)}</td><td>${d.x('Gereviewd: ')}${d.name(rev, rev.display('initials'))}</td></tr></table>
<h3>${d.x('Doel van de werkzaamheden')}</h3>${p(d.x('Vaststellen of de subsidieverlening over het boekjaar rechtmatig is verlopen en of de prestatieverantwoording aansluit op de beschikkingen.'))}
<h3>${d.x('Uitgevoerde werkzaamheden')}</h3><table class="g"><tr><th>Nr</th><th>Werkzaamheid</th><th>Bron / gesprek</th><th>Bevinding</th></tr>
<tr><td>1</td><td>${d.x('Interview procesverantwoordelijke')}</td><td>${d.name(talk[0], talk[0].full)}${d.x(', ')}${d.x(d.rng.pick(FUNCS))}</td><td>${d.x('Vier-ogenprincipe werkt, behalve bij spoed.')}</td></tr>
<tr><td>2</td><td>${d.x('Steekproef 25 dossiers')}</td><td>${d.x('Zaaksysteem')}</td><td>${d.x('2 dossiers zonder ondertekende beschikking.')}</td></tr>
<tr><td>3</td><td>${d.x('Nagevraagd bij financiën')}</td><td>${d.x('e-mail van ')}${d.name(talk[1], talk[1].display(d.rng.pick(['first', 'initials-first'])))}${d.x(` d.d. ${dt.num}`)}</td><td>${d.x('Aansluiting met de grootboekadministratie is gemaakt.')}</td></tr></table>
${p(`${d.x('Toelichting: ')}${d.name(talk[0], talk[0].surnameAlone)}${d.keep(' gaf aan', 'words after a name')}${d.x(' dat de spoedprocedure in 2023 drie keer is gebruikt. Bereikbaar voor navraag op ')}${d.fmtPhone(d.direct(), d.rng.pick(['dash', 'spaced', 'plain']))}${d.x(' of via ')}${mailOf(d, talk[0], o)}.`)}
${p(`${d.x('Normenkader: ')}${d.keep('artikel 4:46 van de Algemene wet bestuursrecht', 'law reference')}${d.x(' en de Algemene subsidieverordening. Het rapport gaat naar de ')}${official(d, o, o.head === 'minister' ? 'minister' : o.head).text}.`)}
${p(`${d.x('Reviewnotitie ')}${d.name(rev, rev.initials)}${d.x(': steekproef uitbreiden naar 40 dossiers.')}`)}`;
  return { kind: 'audit working paper', title: d.metadata.title, body: page(d, { body, header: d.x(`Auditdienst — ${o.name}`), footer: d.x(`${ref} · pagina 1`) }) };
}

// --- J. forwarded mail thread (Outlook print) ----------------------------------------------------
function mail(d) {
  const o = org(d);
  const dt = when(d);
  const a = d.person();
  const b = d.person();
  const c = d.person();
  const min = official(d, o, o.head);
  const mbox = d.rng.pick(['team.woo', 'bestuursondersteuning', 'postkamer.intern', 'regie.kamerstukken']);
  const la = mailOf(d, a, o);
  const lb = mailOf(d, b, o);
  const style = d.rng.pick(['first', 'first-cap', 'initials']);
  const da = d.name(a, a.display(style));
  const db = d.name(b, b.display(style));
  const dc = d.name(c, c.display(style));
  const sigB = [d.x('Met vriendelijke groet,'), '', d.name(b, b.full), d.x(d.rng.pick(FUNCS)), d.x(d.rng.pick(o.units)), `${d.x('T ')}${d.fmtPhone(d.direct(), d.rng.pick(['spaced', 'intl', 'dash']))}`, `${d.x('Algemeen ')}${general(d, o)}`, d.x(o.postbus)];
  d.metadata.title = 'FW: reactie voor de bestuurder';
  if (txt(d)) {
    const lines = [`Van: ${da} <${la}>`, `Verzonden: ${dt.long} ${hhmm(d)}`, `Aan: ${d.email(mbox, o.domain, true)}`, `CC: ${dc}`, 'Onderwerp: FW: reactie voor de bestuurder', '',
      `Ter info, zie hieronder. ${d.name(b, b.first)} heeft het concept al gezien.`, '', d.name(a, a.first), '',
      '-----Oorspronkelijk bericht-----', `Van: ${db} <${lb}>`, `Aan: ${da}`, 'Onderwerp: reactie voor de bestuurder', '',
      `Hoi ${d.name(a, a.first)},`, '', `Hierbij de tekst. De ${min.role} ${min.text.slice(min.role.length + 1)} wil de brief nog voor het debat versturen.`, '', ...sigB];
    return { kind: 'e-mail', title: d.metadata.title, body: `${lines.join('\n')}\n` };
  }
  const hdr = (rows) => `<table class="h">${rows.map(([k, v]) => `<tr><td><b>${k}</b></td><td>${v}</td></tr>`).join('')}</table>`;
  const body = `<div style="font-size:13pt;font-weight:bold;border-bottom:2px solid #000;margin-bottom:4mm">${d.x(`${a.full}`)}</div>
${hdr([['Van:', `${da} &lt;${la}&gt;`], ['Verzonden:', d.x(`${dt.long} ${hhmm(d)}`)], ['Aan:', d.email(mbox, o.domain, true)], ['CC:', `${dc}; ${db}`], ['Onderwerp:', 'FW: reactie voor de bestuurder']])}
${p(`${d.x('Ter info. ')}${d.name(b, b.first)}${d.keep(' heeft het concept', 'words after a name')}${d.x(' al gezien; ')}${d.name(c, c.first)}${d.x(' kijkt nog naar de cijfers.')}`)}${p(d.name(a, a.first))}
<div style="border-left:2px solid #99c;padding-left:4mm;margin-top:5mm">
${hdr([['Van:', `${db} &lt;${lb}&gt;`], ['Aan:', da], ['Onderwerp:', 'reactie voor de bestuurder']])}
${p(`${d.x('Beste ')}${d.name(a, a.first)},`)}${p(`${d.x(`Hierbij de tekst. De ${min.role} `)}${d.keep(min.per.full, 'public official')}${d.x(' wil de brief vóór het debat versturen. Graag jouw akkoord voor 16.00 uur.')}`)}
${p(br(...sigB))}</div>`;
  d.name(a, a.full);
  return { kind: 'e-mail', title: d.metadata.title, body: page(d, { body, css: '.h td{padding:0 6px 0 0;font-size:9pt}' }) };
}

export const FRESH7_FAMILIES = [
  { id: 'chat', producers: ['enscript', 'chromium', 'soffice'], fresh7: chat },
  { id: 'sheet', producers: ['soffice', 'chromium'], fresh7: sheet },
  { id: 'slides', producers: ['chromium', 'soffice'], fresh7: slides },
  { id: 'agenda', producers: ['soffice', 'enscript', 'chromium'], fresh7: agenda },
  { id: 'permit', producers: ['chromium', 'soffice'], fresh7: permit },
  { id: 'complaint', producers: ['soffice', 'chromium'], fresh7: complaint },
  { id: 'procure', producers: ['chromium', 'soffice'], fresh7: procure },
  { id: 'tree', producers: ['soffice', 'chromium', 'enscript'], fresh7: tree },
  { id: 'audit', producers: ['chromium', 'soffice'], fresh7: audit },
  { id: 'mail', producers: ['soffice', 'enscript', 'chromium'], fresh7: mail },
];
