// Templates of the `fresh2` split: document kinds, layouts, labels and phrasings that none of the
// train and test templates (../families.mjs) and the fresh templates (../fresh/families.mjs) use.
// Written 2026-12-07 without reading any detector; README.md in scripts/corpus lists what each
// one holds out. A template gets a Doc and returns { kind, format, body, title }.
import { FUNCTIONS, MAILBOXES, ORGS } from '../doc.mjs';
import { formatNumber, generalNumber } from '../people.mjs';

// Faces none of the other splits sets (the other splits use DejaVu, Liberation, Carlito, Caladea).
const FONTS = ['Nimbus Sans', 'Nimbus Roman', 'URW Bookman', 'Liberation Sans Narrow', 'P052', 'DejaVu Sans Condensed'];
const PARTIES = ['VVD', 'D66', 'CDA', 'SP', 'GroenLinks-PvdA', 'ChristenUnie', 'Partij voor de Dieren', 'Volt', 'BBB', 'lokale partij Samen Sterk'];
const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr'];

/** A date in the shapes fresh2 writes: dd/mm/jjjj, d-m-jjjj, "14 mrt. 2023". */
function when(rng) {
  const y = rng.int(2020, 2025);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const z = (n) => String(n).padStart(2, '0');
  return { y, mm: m, dd: d, slash: `${z(d)}/${z(m)}/${y}`, short: `${d}-${m}-${y}`, abbr: `${d} ${MONTHS[m - 1]}. ${y}`, wd: rng.pick(WEEKDAYS) };
}
const clock = (rng) => `${String(rng.int(7, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;

function page(d, { header = '', footer = '', body, css = '', landscape = false }) {
  const font = d.rng.pick(FONTS);
  const size = d.rng.pick(['9pt', '9.5pt', '10pt', '11pt']);
  let repeat = '';
  if (d.producer === 'chromium') {
    const tpl = (html) => `<div style="font-family:'${font}';font-size:7pt;width:100%;margin:0 18mm">${html}</div>`;
    d.chromium = { header: header ? tpl(header) : '<span></span>', footer: footer ? tpl(footer) : '<span></span>' };
  } else {
    repeat = `${header ? `<div title="header">${header}</div>` : ''}${footer ? `<div title="footer">${footer}</div>` : ''}`;
  }
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${d.x(d.metadata.title ?? '')}</title><style>
@page{size:A4${landscape ? ' landscape' : ''};margin:${header ? '27mm' : '17mm'} 15mm ${footer ? '25mm' : '17mm'} 22mm}
body{font-family:'${font}';font-size:${size};line-height:1.3}
table{border-collapse:collapse} td,th{vertical-align:top;text-align:left;padding:2px 6px}
.g td,.g th{border:1px solid #888}
${css}</style></head><body>${repeat}${body}</body></html>`;
}
const p = (s) => `<p>${s}</p>`;
const br = (...l) => l.filter(Boolean).join('<br>');

// --- fresh2 guidance phrasings and the policy text around them ---------------------------------
const THEMES = ['de herkomst van het startkapitaal', 'de duur van de samenwoning', 'de zorg voor de ouders', 'de schooltijd in het buitenland',
  'het bezit van een auto', 'de bijverdiensten via platforms', 'de reizen van de afgelopen twee jaar', 'het lidmaatschap van de vereniging'];
const CUES = ['contant gestorte bedragen kort voor de aanvraag', 'een huurcontract zonder handtekening van de verhuurder',
  'meerdere aanvragers met hetzelfde telefoonnummer', 'een diploma van een instelling die niet meer bestaat', 'loonstroken met ronde bedragen',
  'een verklaring die woordelijk gelijk is aan die van de partner'];
const STEPS = ['meld het dossier aan bij het signaleringsoverleg', 'vraag via de coördinator een huisbezoek aan', 'stem af met de jurist voordat je een voornemen verstuurt',
  'laat een tweede beoordelaar meekijken', 'voeg een aantekening toe in het werkdossier', 'zet de aanvraag op de lijst voor het maandelijkse toetsmoment'];

export function fresh2Guidance(rng) {
  const t = rng.pick(THEMES);
  const [c1, c2] = rng.sample(CUES, 2);
  const s = rng.pick(STEPS);
  const n = rng.int(2, 4);
  return rng.pick([
    () => `Tel één punt voor ${c1}, één voor ${c2} en twee als ${t} niet te onderbouwen is; bij ${n} punten of meer ${s}.`,
    () => `Twijfel je over ${t}? Bel dan niet zelf de werkgever of de verhuurder, maar ${s}.`,
    () => `Laat de aanvrager eerst vrij vertellen over ${t} en schrijf de eigen woorden op; pas in de tweede ronde leg je ${c1} voor.`,
    () => `Komen ${c1} en ${c2} samen voor, dan weegt dat zwaarder dan elk afzonderlijk: ${s}.`,
    () => `Vuistregel: wie ${t} niet binnen ${n} weken met stukken onderbouwt, krijgt één herinnering; daarna ${s}.`,
    () => `Een eerlijk antwoord over ${t} bevat meestal een bedrag, een datum en een naam; ontbreken er twee van de drie, ${s}.`,
  ])();
}

export function fresh2Policy(rng, d) {
  return rng.pick([
    `Op grond van artikel 3.3 van de Wet open overheid wordt deze ${d} actief openbaar gemaakt.`,
    `De staatssecretaris heeft de Tweede Kamer op ${rng.int(1, 28)} ${rng.pick(['januari', 'juni', 'november'])} ${rng.int(2021, 2024)} toegezegd dat elke aanvrager binnen acht weken een beslissing krijgt.`,
    'Het kabinet wil een uitvoering die mensen vertrouwen en die gemaakte fouten snel herstelt.',
    `De beleidsregels zijn bekendgemaakt in het Gemeenteblad ${rng.int(2019, 2024)}, nummer ${rng.int(10000, 399999)}.`,
    'Dit werkproces staat in het register van verwerkingen op grond van artikel 30 van de Algemene verordening gegevensbescherming.',
    `Deze ${d} is besproken in de ondernemingsraad en geldt voor alle teams van de afdeling.`,
  ]);
}

// =============================================================================================
// whatsapp: an exported WhatsApp chat "dd/mm/jjjj, hh:mm - Naam: tekst", a contact saved under a
// first name, an unsaved contact shown as a phone number, system lines, deleted messages
// =============================================================================================
function whatsapp(d) {
  const people = Array.from({ length: d.rng.int(3, 4) }, () => d.person());
  const official = d.official();
  const dt = when(d.rng);
  const group = d.rng.pick(['Team Wijkzaken', 'Handhaving noord', 'Project herhuisvesting', 'Crisisteam evenement']);
  // A member whose number is not in the exporter's contacts appears as the number itself.
  const unsaved = d.rng.chance(0.6) ? formatNumber(d.direct('mobile'), d.rng.pick(['intl', 'intl0'])) : null;
  const lineNumber = generalNumber(d.rng, '14');
  // How each person appears as sender: saved under the full name or under the first name only.
  const sender = people.map((per, i) => (i === 0 || d.rng.chance(0.4) ? per.full : per.first));
  // Messages in time order over one to three days.
  let t = d.rng.int(7 * 60, 12 * 60);
  let day = dt.dd;
  const z = (n) => String(n).padStart(2, '0');
  const stamp = () => {
    t += d.rng.int(1, 140);
    if (t >= 22 * 60) { t = d.rng.int(7 * 60, 9 * 60); day = Math.min(day + 1, 28); }
    return `${z(day)}/${z(dt.mm)}/${dt.y}, ${z(Math.floor(t / 60))}:${z(t % 60)} - `;
  };
  const who = (k) => d.name(people[k], sender[k]);
  const l = [];
  l.push(`${stamp()}Berichten en oproepen worden end-to-end versleuteld.`);
  l.push(`${stamp()}${who(0)} heeft groep "${d.x(group)}" aangemaakt`);
  l.push(`${stamp()}${who(0)} heeft ${d.name(people[1], people[1].first)} toegevoegd`);
  l.push(`${stamp()}${who(0)}: ${d.x('Hoi')} ${d.name(people[1], people[1].first)}, ${d.x('welkom in de groep!')}`);
  const lines = ['Ben onderweg', 'Top, dank je', '<Media weggelaten>', 'Dit bericht is verwijderd', 'Wie heeft de sleutel van de kast?',
    'Ik sta vanmiddag bij de balie', 'Komt goed 👍', 'Kun je me de notulen sturen?', 'Morgen overleg om 9 uur'];
  for (let i = 0; i < d.rng.int(9, 13); i++) {
    const k = d.rng.int(0, people.length - 1);
    const from = unsaved && d.rng.chance(0.2) ? d.phone(unsaved) : who(k);
    const other = people[(k + 1) % people.length];
    const r = d.rng.next();
    let msg = d.x(d.rng.pick(lines.filter((x) => d.format === 'html' || !/[^\u0000-\u00ff]/.test(x))));
    if (r < 0.14) msg = `${d.x('Mijn nieuwe nummer is')} ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'dash', 'plain', 'pairs']))}, ${d.x('sla maar op')}`;
    else if (r < 0.26) msg = `${d.x('Heeft iemand')} ${d.name(other, other.surnameAlone)} ${d.x('al gesproken over de melding?')}`;
    else if (r < 0.36) msg = `${d.x('Mail het naar')} ${d.email(other.local(d.rng.pick(['first.sur', 'isur'])), d.rng.pick(['gmail.com', 'outlook.com', 'live.nl']))} ${d.x('want mijn werkmail doet het niet')}`;
    else if (r < 0.44) msg = `${d.name(other, other.first)} ${d.x('pak jij de nieuwe melding op?')}`;
    else if (r < 0.5) msg = `${d.x('Let op: wethouder')} ${d.keep(official.full, 'public official')} ${d.x('komt donderdag langs')}`;
    else if (r < 0.55) msg = `${d.x('Bewoners kunnen ook bellen met')} ${d.keep(lineNumber, 'general number')}`;
    l.push(`${stamp()}${from}: ${msg}`);
  }
  l.push(`${stamp()}${who(0)} heeft ${d.name(people[people.length - 1], people[people.length - 1].first)} verwijderd`);
  const title = `WhatsApp-chat met ${group}`;
  d.metadata.title = title;
  if (d.format === 'txt') return { kind: 'chat', format: 'txt', title, body: l.join('\n') };
  return { kind: 'chat', format: 'html', title,
    body: page(d, { body: `<div style="white-space:pre-wrap">${l.map((x) => `<div>${x}</div>`).join('')}</div>`, css: 'div{margin:0 0 3px 0}' }) };
}

// =============================================================================================
// uitnodiging: an Outlook meeting invitation with organiser, required and optional attendees
// ("Achternaam, Voornaam"; ...), a dial-in number that stays, a reply status list
// =============================================================================================
function uitnodiging(d) {
  const org = d.rng.pick(ORGS);
  const organiser = d.person();
  const req = Array.from({ length: d.rng.int(3, 5) }, () => d.person());
  const opt = Array.from({ length: d.rng.int(1, 2) }, () => d.person());
  const official = d.official();
  const dt = when(d.rng);
  const subject = `${d.rng.pick(['Afstemming', 'Voorbespreking', 'Evaluatie', 'Kick-off'])} ${d.rng.pick(['Woo-besluit vergunningen', 'inzet toezichthouders', 'jaarplan handhaving', 'nieuwe werkwijze intake'])}`;
  d.metadata.title = subject;
  const attendee = (per) => d.name(per, per.display('first-cap'));
  const row = (k, v) => `<tr><td style="color:#555;width:30mm">${d.x(k)}</td><td>${v}</td></tr>`;
  const dial = d.general('geo', 'general number');
  const id = `${d.rng.digits(3)} ${d.rng.digits(3)} ${d.rng.digits(3)}#`;
  const body = `<div style="font-size:14pt;margin-bottom:6px">${d.x(subject)}</div>
<table>${row('Organisator', `${attendee(organiser)} &lt;${d.email(organiser.local(d.rng.pick(['first.sur', 'i.sur'])), org.domain)}&gt;`)}
${row('Vereist', `${req.map(attendee).join('; ')}; ${d.email(d.rng.pick(MAILBOXES), org.domain, true)}`)}
${row('Optioneel', opt.map(attendee).join('; '))}
${row('Begin', d.x(`${dt.wd} ${dt.short} ${clock(d.rng)}`))}
${row('Locatie', d.x(d.rng.pick(['Microsoft Teams-vergadering', 'Zaal 4.12 / Teams', 'Werkplek Leeuwarden, ruimte De Blauwe Hand'])))}</table>
<hr>
${p(d.x(d.rng.pick(['Hallo allemaal,', 'Beste collega’s,', 'Goedemorgen,'])))}
${p(`${d.x('Graag bespreek ik met jullie de stand van zaken. ')}${d.name(req[0], req[0].first)} ${d.x('neemt de cijfers mee; ')}${d.name(req[1], req[1].surnameAlone)} ${d.x('zorgt voor de presentatie.')}`)}
${p(`${d.x('Voor het laatste agendapunt sluit wethouder')} ${d.keep(official.full, 'public official')} ${d.x('aan.')}`)}
${p(`${d.x('Kun je niet? Laat het weten aan')} ${d.name(organiser, organiser.first)} ${d.x('via')} ${d.fmtPhone(d.direct(d.rng.pick(['geo3', 'mobile', '085'])))}.`)}
<div style="border-top:1px solid #999;margin-top:10px;font-size:8.5pt">${br(`<b>${d.x('Deelnemen aan de vergadering')}</b>`,
    `${d.x('Telefonisch (alleen audio):')} ${dial},,${d.x(id.replace(/ /g, '').replace('#', ''))}# ${d.x('Nederland')}`,
    `${d.x('Telefonische vergadering-id:')} ${d.x(id)}`)}</div>
<p style="font-size:8.5pt;color:#555">${d.x('Reacties:')} ${attendee(req[0])} ${d.x('heeft geaccepteerd')}; ${attendee(req.at(-1))} ${d.x('heeft voorlopig geaccepteerd')}</p>`;
  return { kind: 'e-mail', format: 'html', title: subject, body: page(d, { body }) };
}

// =============================================================================================
// werkoverleg: minutes with chair and note-taker, a round of news, a council member with party
// (keeps), an action list whose "Actiehouder" column holds surnames alone, a decision list
// =============================================================================================
function werkoverleg(d) {
  const org = d.rng.pick(ORGS);
  const chair = d.person();
  const notes = d.person();
  const present = Array.from({ length: d.rng.int(3, 5) }, () => d.person());
  const absent = d.person();
  const councillor = d.official();
  const dt = when(d.rng);
  const unit = d.rng.pick(org.units);
  const title = `Notulen werkoverleg ${unit}`;
  d.metadata.title = title;
  const everyone = [chair, ...present];
  const action = (i) => {
    const who = d.rng.pick(everyone);
    return `<tr><td>${dt.y}-${String(i + 1).padStart(2, '0')}</td><td>${d.x(d.rng.pick(['Reactie op schriftelijke vragen voorbereiden', 'Planning vakantieperiode rondsturen', 'Werkinstructie intake actualiseren', 'Contact opnemen met de ketenpartner', 'Evaluatie pilot agenderen']))}</td><td>${d.name(who, who.surnameAlone)}</td><td>${d.x(`${d.rng.int(1, 28)}-${d.rng.int(1, 12)}`)}</td><td>${d.x(d.rng.pick(['open', 'loopt', 'gereed']))}</td></tr>`;
  };
  const body = `<h2>${d.x(title)}</h2>
<table class="g"><tr><th>${d.x('Datum')}</th><th>${d.x('Tijd')}</th><th>${d.x('Voorzitter')}</th><th>${d.x('Notulist')}</th></tr>
<tr><td>${d.x(dt.abbr)}</td><td>${d.x(`${clock(d.rng)} uur`)}</td><td>${d.name(chair, chair.full)}</td><td>${d.name(notes, notes.formal)}</td></tr></table>
${p(`<b>${d.x('Deelnemers:')}</b> ${present.map((x) => d.name(x, x.full)).join(', ')}. <b>${d.x('Afgemeld:')}</b> ${d.name(absent, absent.full)}.`)}
<h4>${d.x('1. Opening')}</h4>
${p(`${d.name(chair, chair.first)} ${d.x('opent het overleg en heet')} ${d.name(present[0], present[0].first)} ${d.x('welkom als nieuwe collega.')}`)}
<h4>${d.x('2. Mededelingen')}</h4>
${p(`${d.name(present[1], present[1].surnameAlone)} ${d.x('meldt dat')} ${d.keep('de nieuwe roosters per 1 april ingaan', 'adjacent text')}. ${d.x('Raadslid')} ${d.keep(`${councillor.full} (${d.rng.pick(PARTIES)})`, 'public official')} ${d.x('heeft schriftelijke vragen gesteld over de wachttijden.')}`)}
${p(d.keep(fresh2Policy(d.rng, 'werkwijze'), 'policy text'))}
<h4>${d.x('3. Rondvraag')}</h4>
${p(`${d.name(present.at(-1), present.at(-1).first)} ${d.x('vraagt wie de telefoondienst overneemt; bereikbaar via')} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'mobile'])))}.`)}
<h4>${d.x('Actielijst')}</h4>
<table class="g"><tr><th>${d.x('Nr.')}</th><th>${d.x('Actie')}</th><th>${d.x('Actiehouder')}</th><th>${d.x('Uiterlijk')}</th><th>${d.x('Status')}</th></tr>
${Array.from({ length: d.rng.int(3, 5) }, (_, i) => action(i)).join('')}</table>
<h4>${d.x('Besluitenlijst')}</h4>
${p(d.x(`B${dt.y}-1 Het team gaat akkoord met de nieuwe verdeling van de wijken.`))}`;
  return { kind: 'verslag', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.x(unit)}` }) };
}

// =============================================================================================
// advies aan de directeur: label column Aan/Van/Via, decision points, a two-column contact block
// at the end ("Opsteller" beside "Afgestemd met"), the minister's aims around it (keep)
// =============================================================================================
function advies(d) {
  const org = d.rng.pick(ORGS);
  const author = d.person();
  const via = d.person();
  const coord = d.person();
  const minister = d.official();
  const dt = when(d.rng);
  const subject = d.rng.pick(['inzet extra capaciteit bezwaarbehandeling', 'verlenging contract tolkendiensten', 'aanpak achterstand Woo-verzoeken', 'huisvesting team toezicht']);
  const title = `Advies aan de directeur: ${subject}`;
  d.metadata.title = title;
  const lbl = (k, v) => `<tr><td style="width:24mm"><b>${d.x(k)}</b></td><td>${v}</td></tr>`;
  const col = (head, lines) => `<td style="width:50%;border-left:3px solid #999;padding-left:8px">${br(`<b>${d.x(head)}</b>`, ...lines)}</td>`;
  const body = `<div style="background:#eee;padding:6px;font-size:15pt;letter-spacing:2px">${d.x('ADVIES')}</div>
<table style="margin:8px 0">${lbl('Aan', d.x(`de directeur ${d.rng.pick(org.units)}`))}${lbl('Van', `${d.name(author, author.full)}, ${d.x(d.rng.pick(FUNCTIONS))}`)}
${lbl('Via', `${d.name(via, via.formal)} ${d.x('(teamleider)')}`)}${lbl('Datum', d.x(dt.abbr))}${lbl('Onderwerp', d.x(subject))}</table>
<h3>${d.x('Beslispunten')}</h3>
<ol><li>${d.x('Ik adviseer u in te stemmen met het voorstel in paragraaf 2.')}</li><li>${d.x('Ik adviseer u de ondernemingsraad te informeren.')}</li></ol>
<h3>${d.x('Aanleiding')}</h3>
${p(`${d.x('Minister')} ${d.keep(minister.full, 'public official')} ${d.x('heeft aangekondigd dat')} ${d.keep('de achterstanden dit jaar moeten worden weggewerkt', 'adjacent text')}. ${d.keep(fresh2Policy(d.rng, 'nota'), 'policy text')}`)}
<h3>${d.x('Toelichting')}</h3>
${p(`${d.x('Het voorstel is voorbereid samen met')} ${d.name(coord, coord.full)}. ${d.x('In de gesprekken met het team noemde')} ${d.name(coord, coord.surnameAlone)} ${d.x('drie knelpunten: planning, tolken en archief.')}`)}
<table style="width:100%;margin-top:14px"><tr>
${col('Opsteller', [d.name(author, author.formal), `${d.x('Telefoon')} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', '085'])))}`, d.email(author.local(d.rng.pick(['first.sur', 'ii.sur', 'first.parts'])), org.domain)])}
${col('Afgestemd met', [d.name(coord, coord.formal), d.x(d.rng.pick(org.units)), `${d.x('Mobiel')} ${d.fmtPhone(d.direct('mobile'))}`])}
</tr></table>`;
  return { kind: 'nota', format: 'html', title, body: page(d, { body, header: d.x(`${org.name} — intern advies`) }) };
}

// =============================================================================================
// overdrachtsdocument: leaver and successor, running cases with external contacts and their
// numbers, who to ask for what, points of attention for the successor (guidance)
// =============================================================================================
function overdracht(d) {
  const org = d.rng.pick(ORGS);
  const leaver = d.person();
  const successor = d.person();
  const ext = Array.from({ length: d.rng.int(2, 3) }, () => d.person());
  const backup = d.person();
  const dt = when(d.rng);
  const project = d.rng.pick(['dossier Woo-verzoeken 2023', 'portefeuille toezicht kinderopvang', 'caseload bijzondere bijstand', 'project archiefvernietiging']);
  const title = `Overdrachtsdocument ${project}`;
  d.metadata.title = title;
  const cases = ext.map((e, i) => `<tr><td>${d.x(`Zaak ${d.rng.digits(5)}`)}</td><td>${d.x(d.rng.pick(['wacht op reactie', 'concept ligt bij juridische zaken', 'hoorzitting gepland', 'bijna afgerond']))}</td>
<td>${br(d.name(e, e.full), d.fmtPhone(d.direct(d.rng.pick(['mobile', 'geo2', 'geo3']))), i === 0 ? d.email(e.local('first.sur'), d.rng.pick(['advocatuur-noord.nl', 'gmail.com', 'woonstichting.nl'])) : '')}</td></tr>`).join('');
  const body = `<h2>${d.x(title)}</h2>
<table class="g" style="width:100%"><tr><td><b>${d.x('Vertrekkend')}</b><br>${d.name(leaver, leaver.full)}</td><td><b>${d.x('Opvolger')}</b><br>${d.name(successor, successor.full)}</td><td><b>${d.x('Per')}</b><br>${d.x(dt.short)}</td></tr></table>
<h3>${d.x('1. Lopende zaken')}</h3>
<table class="g" style="width:100%"><tr><th>${d.x('Zaak')}</th><th>${d.x('Stand')}</th><th>${d.x('Contact extern')}</th></tr>${cases}</table>
<h3>${d.x('2. Wie weet wat')}</h3>
${p(`${d.x('Bij afwezigheid van')} ${d.name(successor, successor.first)} ${d.x('is')} ${d.name(backup, backup.full)} ${d.x('het aanspreekpunt (')}${d.fmtPhone(d.direct(d.rng.pick(['geo2', '085'])))}${d.x('). Over de archivering weet')} ${d.name(backup, backup.surnameAlone)} ${d.x('het meest.')}`)}
${p(`${d.x('Algemene vragen van burgers lopen via')} ${d.keep(`info@${org.domain}`, 'general mailbox')} ${d.x('of')} ${d.general('088')}.`)}
<h3>${d.x('3. Aandachtspunten voor de opvolger')}</h3>
<ul>${Array.from({ length: d.rng.int(2, 3) }, () => `<li>${d.guidance(fresh2Guidance(d.rng))}</li>`).join('')}</ul>
${p(d.keep(fresh2Policy(d.rng, 'werkwijze'), 'policy text'))}
${p(`${d.x('Vragen na de overdracht: ik ben tot eind van de maand bereikbaar op')} ${d.email(leaver.local(d.rng.pick(['first.sur', 'isur'])), org.domain)}. ${d.x('Groet,')} ${d.name(leaver, leaver.first)}`)}`;
  return { kind: 'nota', format: 'html', title, body: page(d, { body, footer: `${d.x('Overdracht')} · ${d.x(org.name)}` }) };
}

// =============================================================================================
// personeelsoverzicht: a spreadsheet-like landscape table, surname, particle and given name in
// separate columns, direct line and mobile, a service desk row with the general number (keep)
// =============================================================================================
function personeelsoverzicht(d) {
  const org = d.rng.pick(ORGS);
  const staff = Array.from({ length: d.rng.int(10, 16) }, () => d.person());
  const title = `Overzicht medewerkers ${d.rng.pick(org.units)}`;
  d.metadata.title = title;
  const roles = ['Teamleider', 'Senior adviseur', 'Medewerker intake', 'Jurist', 'Toezichthouder', 'Casemanager', 'Secretaresse', 'Data-analist', 'Projectleider'];
  // HR exports keep a lower-case particle ("dela", "delos") in a column of its own, as they do "van der".
  const split = (s) => {
    const m = /^((?:dela|delos|de los) )(.+)$/u.exec(s.surname);
    return m ? [m[1].trim(), m[2]] : [s.particle ?? '', s.surname];
  };
  const rows = staff.map((s, i) => {
    const [tv, sur] = split(s);
    const direct = d.rng.chance(0.85) ? d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', '085'])), d.rng.pick(['dash', 'spaced', 'plain'])) : '';
    const mob = d.rng.chance(0.6) ? d.fmtPhone(d.direct('mobile'), d.rng.pick(['plain', 'dash', 'pairs'])) : '';
    const mail = d.email(s.local(d.rng.pick(['i.sur', 'first.sur'])), org.domain);
    return `<tr${i % 2 ? ' style="background:#f0f0f0"' : ''}><td>${1000 + d.rng.int(0, 8999)}</td><td>${d.name(s, sur)}</td><td>${d.x(tv)}</td><td>${d.name(s, s.first)}</td><td>${d.x(d.rng.pick(roles))}</td><td>${direct}</td><td>${mob}</td><td>${mail}</td></tr>`;
  }).join('');
  const body = `<div style="font-size:12pt;font-weight:bold">${d.x(title)}</div>
<table class="g" style="width:100%;font-size:8pt;margin-top:6px"><tr style="background:#ddd"><th>${d.x('Pers.nr')}</th><th>${d.x('Achternaam')}</th><th>${d.x('Tv.')}</th><th>${d.x('Voornaam')}</th><th>${d.x('Rol')}</th><th>${d.x('Direct')}</th><th>${d.x('Mobiel')}</th><th>${d.x('E-mail')}</th></tr>
${rows}<tr><td></td><td colspan="4"><i>${d.x('Servicedesk (algemeen)')}</i></td><td>${d.general('088')}</td><td></td><td>${d.keep(`servicedesk@${org.domain}`, 'general mailbox')}</td></tr></table>
<p style="font-size:8pt">${d.x('Bron: personeelsadministratie, export voor intern gebruik.')}</p>`;
  return { kind: 'contactlijst', format: 'html', title, body: page(d, { body, landscape: true, header: d.x(`${org.name} · vertrouwelijk`) }) };
}

// =============================================================================================
// brief op briefpapier: a letter to a resident that runs over two pages, the general number and
// postal address in the footer of every page, a council member and alderman named (keep), the
// handling officer's direct line, "Afschrift aan" a lawyer
// =============================================================================================
function briefpapier(d) {
  const org = d.rng.pick(ORGS.filter((o) => o.name.startsWith('Gemeente')));
  const addressee = d.person();
  const officer = d.person();
  const signer = d.person();
  const lawyer = d.person();
  const councillor = d.official();
  const alderman = d.official();
  const dt = when(d.rng);
  // The municipality's visiting address is on a street named after a person: it stays. The
  // resident's own address is personal data but no category of the eval; it is neither an item
  // nor a keep, and its street is not named after anyone.
  const visit = d.street();
  const home = `${d.rng.pick(['Kastanjelaan', 'Molenweg', 'Zuiderkade', 'Vlinderstraat', 'Boterbloemhof'])} ${d.rng.int(1, 180)}`;
  const general = d.general('14', 'general number');
  const title = d.rng.pick(['Uw melding over overlast', 'Uw verzoek om handhaving', 'Uw aanvraag omgevingsvergunning']);
  d.metadata.title = title;
  const aan = `${addressee.female ? 'Mevrouw' : 'De heer'} ${addressee.formal}`;
  const fill = d.rng.shuffle([
    'Wij hebben de situatie ter plaatse bekeken en de betrokken partijen gehoord. Daarbij hebben wij ook de eerdere meldingen uit de afgelopen twee jaar betrokken.',
    'U heeft ons gevraagd om op te treden. Voordat wij dat kunnen doen, moeten wij vaststellen of er sprake is van een overtreding en of handhaving evenredig is.',
    'De toezichthouders hebben op verschillende tijdstippen gecontroleerd, ook in de avond en in het weekend. Van elk bezoek is een rapport opgemaakt.',
    'Wij begrijpen dat de situatie voor u en uw buren vervelend is. Tegelijk moeten wij zorgvuldig zijn, ook tegenover degene tegen wie u de melding doet.',
    'Tijdens de controles is een aantal zaken vastgesteld die wij nader onderzoeken. Zodra dat onderzoek klaar is, ontvangt u van ons een nieuwe brief met onze conclusie.',
    'Als wij besluiten om op te treden, krijgt de overtreder eerst de gelegenheid om de situatie zelf te herstellen. Pas daarna kan een last onder dwangsom worden opgelegd.',
    'Het kan zijn dat u het niet eens bent met de uitkomst. In dat geval kunt u bezwaar maken; hoe dat werkt leest u onderaan deze brief.',
    'Wij houden u op de hoogte van de voortgang. Heeft u in de tussentijd nieuwe informatie, bijvoorbeeld foto’s of data en tijden van overlast, stuur die dan mee.',
  ]);
  const filler = (i) => p(d.x(fill[i]));
  const body = `<div style="font-size:16pt;font-weight:bold;letter-spacing:1px">${d.x(org.name)}</div>
<div style="font-size:8pt">${d.x('Bezoekadres')} ${d.keep(visit, 'public address')}, ${d.x(org.city)}</div>
<p style="font-size:7pt;margin-top:18px">${d.x(`Retouradres ${org.postbus}`)}</p>
${p(br(d.name(addressee, aan), d.x(home), d.x(`${d.rng.int(1000, 9999)} ${d.rng.pick(['KL', 'MN', 'PR'])} ${org.city}`)))}
<table style="font-size:8pt;margin:14px 0;width:100%"><tr><td><b>${d.x('Datum')}</b><br>${d.x(dt.abbr)}</td><td><b>${d.x('Zaaknummer')}</b><br>${d.x(`Z/${dt.y}/${d.rng.digits(6)}`)}</td><td><b>${d.x('Behandelaar')}</b><br>${d.name(officer, officer.formal)}</td><td><b>${d.x('Onderwerp')}</b><br>${d.x(title)}</td></tr></table>
${p(`${d.x(addressee.female ? 'Geachte mevrouw' : 'Geachte heer')} ${d.name(addressee, addressee.surnameAlone)},`)}
${p(d.x(`Op ${dt.abbr} ontvingen wij uw brief. In deze brief leest u wat wij met uw melding hebben gedaan en wat u van ons kunt verwachten.`))}
${filler(0)}${filler(1)}${filler(2)}
${p(`${d.x('Uw melding is ook besproken in de gemeenteraad. Raadslid')} ${d.keep(`${councillor.full} (${d.rng.pick(PARTIES)})`, 'public official')} ${d.x('stelde er vragen over en wethouder')} ${d.keep(alderman.full, 'public official')} ${d.x('heeft toegezegd de raad te informeren.')}`)}
<h4>${d.x('Wat gebeurt er nu?')}</h4>
${filler(3)}${filler(4)}${filler(5)}<ul>${['Wij ronden het onderzoek af.', 'U ontvangt een verslag van de controles.', 'De overtreder krijgt een termijn om te herstellen.'].map((x) => `<li>${d.x(x)}</li>`).join('')}</ul>
${filler(6)}${filler(7)}
${p(d.keep(fresh2Policy(d.rng, 'brief'), 'policy text'))}
${p(`${d.x('Heeft u vragen over deze brief? Bel dan met')} ${d.name(officer, `${officer.first} ${officer.surnameAlone}`)} ${d.x('op')} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', 'mobile'])))} ${d.x('of mail naar')} ${d.email(officer.local(d.rng.pick(['i.sur', 'first.parts'])), org.domain)}. ${d.x('Voor andere vragen kunt u ons bellen op')} ${general}.`)}
${p(br(d.x('Met vriendelijke groet,'), d.x('namens het college van burgemeester en wethouders,'), '', '', d.name(signer, signer.full), d.x(`coördinator ${d.rng.pick(org.units)}`)))}
<p style="font-size:8pt">${d.x('Afschrift aan:')} ${d.name(lawyer, `mr. ${lawyer.formal}`)}, ${d.x('advocaat')}</p>`;
  const footer = `${d.x(org.name)} · ${d.keep(org.postbus, 'public address')} · ${d.x('telefoon')} ${general} · ${d.x(org.site)}`;
  return { kind: 'brief', format: 'html', title, body: page(d, { body, footer, css: 'body{font-size:11.5pt;line-height:1.5} p{margin:0 0 9pt 0}' }) };
}

// =============================================================================================
// checklist: a scoring checklist with "[ ]" boxes, an interview guide with "Doorvragen:" hints,
// a box of common mistakes (all guidance), policy text around it (keep), the owner's name
// =============================================================================================
function checklist(d) {
  const org = d.rng.pick(ORGS);
  const owner = d.person();
  const title = `Checklist ${d.rng.pick(['beoordeling bijstandsaanvraag', 'toets woonsituatie', 'controle inkomensgegevens'])}`;
  d.metadata.title = title;
  const items = Array.from({ length: d.rng.int(2, 3) }, () => `<tr><td style="width:8mm">[ ]</td><td>${d.guidance(fresh2Guidance(d.rng))}</td></tr>`).join('');
  const qs = Array.from({ length: 2 }, () => {
    const q = d.rng.pick(['Hoe bent u aan dit geld gekomen?', 'Met wie woont u samen?', 'Wie betaalt de vaste lasten?', 'Waar verbleef u in de zomer?']);
    return `<li><b>${d.x(q)}</b><br><i>${d.x('Doorvragen:')}</i> ${d.guidance(fresh2Guidance(d.rng))}</li>`;
  }).join('');
  const body = `<h1 style="font-size:16pt">${d.x(title)}</h1>
${p(d.keep(fresh2Policy(d.rng, 'checklist'), 'policy text'))}
<h3>${d.x('A. Signalen (kruis aan)')}</h3><table>${items}</table>
<h3>${d.x('B. Gespreksleidraad')}</h3><ol>${qs}</ol>
<div style="border:2px dashed #777;padding:6px;margin-top:8px"><b>${d.x('Veelgemaakte fout')}</b><br>${d.guidance(fresh2Guidance(d.rng))}</div>
${p(d.keep(fresh2Policy(d.rng, 'checklist'), 'policy text'))}
<p style="font-size:8pt">${d.x('Beheer:')} ${d.name(owner, owner.display('first-cap'))} (${d.email(owner.local(d.rng.pick(['first.sur', 'ii.sur'])), org.domain)})</p>`;
  return { kind: 'werkinstructie', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.x('versie')} ${d.rng.int(1, 4)}.${d.rng.int(0, 9)}` }) };
}

/** The fresh2 templates: `producers` lists which producers render them, in turn. */
export const FRESH2_FAMILIES = [
  { id: 'whatsapp', fresh2: whatsapp, producers: ['enscript', 'chromium'] },
  { id: 'uitnodiging', fresh2: uitnodiging, producers: ['chromium', 'soffice'] },
  { id: 'werkoverleg', fresh2: werkoverleg, producers: ['soffice', 'chromium'] },
  { id: 'advies', fresh2: advies, producers: ['chromium', 'soffice'] },
  { id: 'overdracht', fresh2: overdracht, producers: ['soffice', 'chromium'] },
  { id: 'personeelsoverzicht', fresh2: personeelsoverzicht, producers: ['chromium', 'soffice'] },
  { id: 'briefpapier', fresh2: briefpapier, producers: ['soffice', 'chromium'] },
  { id: 'checklist', fresh2: checklist, producers: ['chromium', 'soffice'] },
];
