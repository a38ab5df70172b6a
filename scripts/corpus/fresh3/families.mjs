// Templates of the `fresh3` split: document kinds, layouts, labels and phrasings that none of the
// train/test templates (../families.mjs), the fresh templates (../fresh/families.mjs) and the
// fresh2 templates (../fresh2/families.mjs) use. Written 2026-12-07 without reading any detector;
// README.md in scripts/corpus lists them only briefly. A template gets a Doc and returns
// { kind, format, body, title }.
import { FUNCTIONS, MAILBOXES, ORGS } from '../doc.mjs';

// Faces no other split sets (the others use DejaVu Sans/Serif, Liberation Sans/Serif Narrow,
// Carlito, Caladea, Nimbus Sans/Roman, URW Bookman, P052, DejaVu Sans Condensed).
const FONTS = ['C059', 'URW Gothic', 'Nimbus Sans Narrow', 'DejaVu Serif Condensed', 'Liberation Serif', 'DejaVu Sans Light'];
const PARTIES = ['VVD', 'D66', 'CDA', 'SP', 'PVV', 'GroenLinks-PvdA', 'ChristenUnie', 'SGP', 'Volt', 'NSC', 'Leefbaar', 'Stadsbelang'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const NL_DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];
const z = (n) => String(n).padStart(2, '0');

/** A date in the shapes fresh3 writes: ISO, "9 maart 2023", English Outlook, dd.mm.jjjj. */
function when(rng) {
  const y = rng.int(2021, 2025);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const wd = rng.int(0, 4);
  const t = `${rng.int(8, 17)}:${z(rng.int(0, 59))}`;
  return { y, m, d, iso: `${y}-${z(m)}-${z(d)}`, long: `${d} ${MONTHS[m - 1]} ${y}`, dots: `${z(d)}.${z(m)}.${y}`, t,
    en: `${EN_DAYS[wd]}, ${EN_MONTHS[m - 1]} ${d}, ${y} ${t}`, nl: `${NL_DAYS[wd]} ${d} ${MONTHS[m - 1]} ${y} ${t}` };
}

function page(d, { header = '', footer = '', body, css = '', landscape = false }) {
  const font = d.rng.pick(FONTS);
  const size = d.rng.pick(['9pt', '10pt', '10.5pt', '11pt']);
  let repeat = '';
  if (d.producer === 'chromium') {
    const tpl = (html) => `<div style="font-family:'${font}';font-size:7pt;width:100%;margin:0 20mm">${html}</div>`;
    d.chromium = { header: header ? tpl(header) : '<span></span>', footer: footer ? tpl(footer) : '<span></span>' };
  } else {
    repeat = `${header ? `<div title="header">${header}</div>` : ''}${footer ? `<div title="footer">${footer}</div>` : ''}`;
  }
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${d.x(d.metadata.title ?? '')}</title><style>
@page{size:A4${landscape ? ' landscape' : ''};margin:${header ? '26mm' : '18mm'} 18mm ${footer ? '24mm' : '18mm'} 20mm}
body{font-family:'${font}';font-size:${size};line-height:1.35}
table{border-collapse:collapse} td,th{vertical-align:top;text-align:left;padding:3px 5px}
.b td,.b th{border:1px solid #666} .h th{background:#e4e4e4}
${css}</style></head><body>${repeat}${body}</body></html>`;
}
const p = (s) => `<p>${s}</p>`;
const br = (...l) => l.filter((x) => x !== null && x !== undefined && x !== false).join('<br>');

// --- fresh3 guidance phrasings and the policy text around them ---------------------------------
const SIGNALS = ['een inschrijving op een adres waar al zes anderen staan ingeschreven', 'een bankrekening die op naam van een derde staat',
  'facturen die steeds net onder de meldgrens blijven', 'een werkgever zonder personeel in het handelsregister',
  'een huurprijs die ver boven de markthuur ligt', 'stortingen op vaste dagen vanuit het buitenland', 'een vertaling zonder stempel van een beëdigd vertaler',
  'een aanvraag die binnen een uur na de vorige vanaf hetzelfde apparaat is ingediend'];
const WEIGHS = ['het bedrag oploopt', 'de aanvrager eerder een waarschuwing kreeg', 'er kinderen bij betrokken zijn', 'het signaal uit twee bronnen komt',
  'de verklaring onderweg verandert'];
const ACTIONS = ['schakel de handhavingsregisseur in', 'plan een gesprek op kantoor in plaats van telefonisch', 'vraag bankafschriften over zes maanden op',
  'breng de zaak in bij het weegteam', 'zet de betaling tijdelijk stil en noteer de reden', 'doe een adrescontrole samen met de wijkagent'];
const ASKS = ['Van wie heeft u de sleutel van de woning gekregen?', 'Wanneer heeft u voor het laatst salaris ontvangen, en hoe?',
  'Wie kookt er doordeweeks in huis?', 'Hoe bent u naar deze afspraak gekomen?', 'Welke spullen van u liggen er nog op het oude adres?'];

export function fresh3Guidance(rng) {
  const [s1, s2] = rng.sample(SIGNALS, 2);
  const w = rng.pick(WEIGHS);
  const a = rng.pick(ACTIONS);
  const q = rng.pick(ASKS);
  const eur = rng.pick(['750', '1.500', '2.000', '4.500', '12.000']);
  const days = rng.pick([3, 5, 10, 14, 21]);
  return rng.pick([
    () => `Als de aanvrager ${s1} niet kan uitleggen, dan ${a}.`,
    () => `Weegfactor: ${s1} telt dubbel zodra ${w}.`,
    () => `Trede ${rng.int(2, 4)} van de escalatieladder: ${a}, uiterlijk ${days} dagen nadat ${s1} is opgemerkt.`,
    () => `Vervolgvraag die goed werkt: "${q}" Wacht het antwoord af en stel pas daarna de vraag over ${s2}.`,
    () => `Gaat het om minder dan € ${eur}, laat het signaal dan liggen; boven dat bedrag ${a} binnen ${days} werkdagen.`,
    () => `Signaal om op te letten: ${s1}; in samenhang met ${s2} is het reden om direct te handelen: ${a}.`,
    () => `Zeg niet dat er een controle volgt; ${a} en laat de aanvrager in de veronderstelling dat het dossier gewoon loopt.`,
  ])();
}

export function fresh3Policy(rng, what) {
  return rng.pick([
    'Artikel 4:13 van de Algemene wet bestuursrecht schrijft voor dat een beschikking binnen een redelijke termijn wordt gegeven.',
    `De beleidsregels die hierbij horen zijn gepubliceerd op overheid.nl en gelden sinds 1 ${rng.pick(['januari', 'juli'])} ${rng.int(2020, 2024)}.`,
    `Doel van ${what} is dat gelijke gevallen gelijk worden behandeld en dat burgers weten waar zij aan toe zijn.`,
    'Wie het niet eens is met een besluit, kan binnen zes weken bezwaar maken bij het bestuursorgaan dat het besluit nam.',
    `De gemeenteraad sprak in ${rng.int(2020, 2024)} uit dat het aantal terugvorderingen binnen vier jaar moet halveren.`,
    `Dit stuk valt onder de Archiefwet en wordt na ${rng.pick(['zeven', 'tien'])} jaar vernietigd volgens de selectielijst.`,
  ]);
}

/** A company whose details are published (trade register, website): they stay. */
function company(d) {
  const name = d.rng.pick(['Bouwbedrijf De Kraanvogel B.V.', 'Kinderopvang De Speelboom', 'Schoonmaakbedrijf Glanzend Schoon V.O.F.',
    'Zorgcentrum Het Lindenhof', 'Transportbedrijf Rivierland B.V.', 'Horecagroep Havenkwartier B.V.', 'Uitzendbureau Werkt Direct B.V.']);
  const slug = name.toLowerCase().replace(/ (b\.v\.|v\.o\.f\.)$/, '').replace(/^(bouwbedrijf|kinderopvang|schoonmaakbedrijf|zorgcentrum|transportbedrijf|horecagroep|uitzendbureau) /, '').replace(/[^a-z]/g, '');
  const street = `${d.rng.pick(['Industrieweg', 'Havenstraat', 'Ambachtsweg', 'Stationsplein', 'Nijverheidsweg'])} ${d.rng.int(2, 120)}`;
  return { name, kvk: d.rng.digits(8), street, city: d.rng.pick(['Tiel', 'Hoorn', 'Emmen', 'Roosendaal', 'Veenendaal', 'Kampen']), mail: `info@${slug}.nl`, site: `www.${slug}.nl` };
}

// =============================================================================================
// parafenlijst: a note to the minister with a routing table at the end (function, name as
// "Achternaam, V.", initials box, date in/out, remark), the minister named (keep)
// =============================================================================================
function parafenlijst(d) {
  const org = d.rng.pick(ORGS.filter((o) => o.name.startsWith('Ministerie')));
  const minister = d.official();
  const author = d.person();
  const route = Array.from({ length: d.rng.int(3, 5) }, () => d.person());
  const legal = d.person();
  const dt = when(d.rng);
  const subject = d.rng.pick(['beantwoording Kamervragen over wachttijden', 'reactie op het rapport van de Ombudsman', 'besluit op Woo-verzoek over subsidies', 'voorstel tijdelijke regeling opvang']);
  const title = `Nota aan de minister: ${subject}`;
  d.metadata.title = title;
  const roles = ['Afdelingshoofd', 'Directeur', 'Plv. directeur-generaal', 'Directeur-generaal', 'Secretaris-generaal'];
  const rows = route.map((r, i) => {
    const dIn = `${z(d.rng.int(1, 28))}-${z(dt.m)}`;
    const remark = i === 1 ? `${d.x('akkoord, wel tekst p. 2 aanpassen (zie mail')} ${d.name(r, r.first)}${d.x(')')}` : d.x(d.rng.pick(['akkoord', '', 'gezien', 'akkoord met kanttekening']));
    return `<tr><td>${d.x(roles[i])}</td><td>${d.name(r, r.display('initials'))}</td><td style="width:16mm"></td><td>${d.x(dIn)}</td><td>${remark}</td></tr>`;
  }).join('');
  const body = `<table style="width:100%"><tr><td style="font-size:17pt;font-weight:bold">${d.x('Nota')}</td><td style="text-align:right;font-size:8pt">${br(d.x(org.name), d.x(d.rng.pick(org.units)))}</td></tr></table>
<table class="b" style="width:100%;margin:8px 0"><tr><td style="width:28mm"><b>${d.x('Aan')}</b></td><td>${d.x('de Minister,')} ${d.keep(minister.full, 'public official')}</td></tr>
<tr><td><b>${d.x('Datum')}</b></td><td>${d.x(dt.long)}</td></tr><tr><td><b>${d.x('Kenmerk')}</b></td><td>${d.x(`${dt.y}-${d.rng.digits(7)}`)}</td></tr>
<tr><td><b>${d.x('Status')}</b></td><td>${d.x(d.rng.pick(['Ter beslissing', 'Ter informatie', 'Ter ondertekening']))}</td></tr>
<tr><td><b>${d.x('Betreft')}</b></td><td>${d.x(subject)}</td></tr></table>
<h3>${d.x('Beslispunt')}</h3>
${p(d.x('U wordt gevraagd in te stemmen met de bijgevoegde beantwoording en deze te ondertekenen.'))}
<h3>${d.x('Kern')}</h3>
${p(d.keep(fresh3Policy(d.rng, 'deze aanpak'), 'policy text'))}
${p(`${d.x('De juridische toets is gedaan door')} ${d.name(legal, legal.full)} ${d.x('(DWJZ). Volgens')} ${d.name(legal, legal.surnameAlone)} ${d.x('is er geen procesrisico.')}`)}
<h3>${d.x('Parafenlijst')}</h3>
<table class="b h" style="width:100%;font-size:9pt"><tr><th>${d.x('Functie')}</th><th>${d.x('Naam')}</th><th>${d.x('Paraaf')}</th><th>${d.x('In')}</th><th>${d.x('Opmerking')}</th></tr>${rows}</table>
<p style="font-size:8.5pt;margin-top:10px">${d.x('Opsteller:')} ${d.name(author, author.full)}, ${d.x(d.rng.pick(FUNCTIONS))} · ${d.x('tel.')} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'mobile', '085'])))} · ${d.email(author.local(d.rng.pick(['first.sur', 'i.sur'])), org.domain)}</p>`;
  return { kind: 'nota', format: 'html', title, body: page(d, { body, footer: `${d.x('Departementaal vertrouwelijk')} · ${d.x(org.name)}` }) };
}

// =============================================================================================
// transcript: a meeting transcript, WebVTT-like plain text (enscript) or a Teams-like transcript
// (speaker name, then a 0:03:12 offset, then the words); people address each other by first name
// =============================================================================================
function transcript(d) {
  const org = d.rng.pick(ORGS);
  const people = Array.from({ length: d.rng.int(3, 4) }, () => d.person());
  const official = d.official();
  const dt = when(d.rng);
  const topic = d.rng.pick(['Afstemming persbericht', 'Casusoverleg', 'Voorbereiding hoorzitting', 'Stand van zaken aanbesteding']);
  const title = `Transcript ${topic}`;
  d.metadata.title = title;
  const txt = d.format === 'txt';
  const said = [
    (k, o) => `${d.x('Dank je')} ${d.name(o, o.first)}${d.x(', dan ga ik verder met het tweede punt.')}`,
    (k, o) => `${d.x('Heeft')} ${d.name(o, o.surnameAlone)} ${d.x('de stukken al rondgestuurd? Ik heb niks gezien.')}`,
    () => `${d.x('Ik zit vanmiddag op locatie, bel me maar op')} ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'pairs', 'dash']))}.`,
    () => `${d.x('De wethouder,')} ${d.keep(official.full, 'public official')}${d.x(', wil het voor de raadsvergadering weten.')}`,
    (k, o) => `${d.x('Stuur het naar')} ${d.email(o.local(d.rng.pick(['first.sur', 'isur'])), org.domain)}${d.x(', dan zet ik het door.')}`,
    () => `${d.x('Burgers kunnen gewoon het algemene nummer bellen,')} ${d.general('14', 'general number')}.`,
    () => d.x(d.rng.pick(['Ja.', 'Oké, helder.', 'Ik hoor je slecht, je valt weg.', 'Even kijken, ik deel mijn scherm.', 'Dat klopt volgens mij niet helemaal.'])),
    (k, o) => `${d.name(o, o.first)}${d.x(', kun jij dat oppakken voor vrijdag?')}`,
  ];
  let sec = d.rng.int(2, 20);
  const turns = [];
  for (let i = 0; i < d.rng.int(10, 14); i++) {
    const k = i < people.length ? i : d.rng.int(0, people.length - 1);
    const o = people[(k + 1 + d.rng.int(0, people.length - 2)) % people.length];
    const text = d.rng.pick(said)(k, o);
    const start = sec;
    sec += d.rng.int(4, 70);
    turns.push({ who: people[k], start, end: sec - 1, text });
  }
  const ts = (s, ms) => `${z(Math.floor(s / 3600))}:${z(Math.floor(s / 60) % 60)}:${z(s % 60)}${ms ? `.${String(d.rng.int(0, 999)).padStart(3, '0')}` : ''}`;
  if (txt) {
    const l = ['WEBVTT', '', `NOTE ${topic}, ${dt.long}, ${org.name}`, ''];
    turns.forEach((u, i) => {
      l.push(String(i + 1), `${ts(u.start, true)} --> ${ts(u.end, true)}`, `<v ${d.name(u.who, u.who.full)}>${u.text}</v>`, '');
    });
    return { kind: 'verslag', format: 'txt', title, body: l.join('\n') };
  }
  const starter = people[0];
  const body = `<div style="font-size:15pt">${d.x(topic)}</div>
<div style="color:#555;margin-bottom:10px">${d.x(`${dt.long}, ${dt.t}`)} · ${d.x('Transcriptie gestart door')} ${d.name(starter, starter.full)}</div>
${turns.map((u) => `<div style="margin:0 0 8px 0"><span style="font-weight:bold">${d.name(u.who, u.who.full)}</span>&nbsp;&nbsp;<span style="color:#666">${d.x(ts(u.start).replace(/^00:/, '').replace(/^0/, ''))}</span><br>${u.text}</div>`).join('\n')}
<div style="color:#555">${d.name(starter, starter.full)} ${d.x('heeft de transcriptie gestopt')}</div>`;
  return { kind: 'verslag', format: 'html', title, body: page(d, { body }) };
}

// =============================================================================================
// doorgestuurd: a thread forwarded twice, English Outlook headers (From/Sent/To/Cc/Subject) over
// Dutch ones (Van/Verzonden/Aan/CC/Onderwerp), one-line signatures with pipes, an external sender
// =============================================================================================
function doorgestuurd(d) {
  const org = d.rng.pick(ORGS);
  const [a, b, c, e] = Array.from({ length: 4 }, () => d.person());
  const ext = d.person();
  const dt1 = when(d.rng);
  const txt = d.format === 'txt';
  const subject = d.rng.pick(['Vraag over aanvraag', 'Klacht behandeling', 'Stukken zitting', 'Terugbelverzoek']);
  const title = `FW: RE: ${subject}`;
  d.metadata.title = title;
  const nl = (s) => (txt ? s : `${s}<br>`);
  const mailOf = (per, style, dom = org.domain) => d.email(per.local(style), dom);
  const lt = txt ? '<' : '&lt;';
  const gt = txt ? '>' : '&gt;';
  const sig = (per) => `${d.name(per, per.full)} | ${d.x(d.rng.pick(FUNCTIONS))} | ${d.x(org.name)} | ${d.x('M')} ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['intl', 'dash', 'spaced']))}`;
  const rule = txt ? '________________________________' : '<hr style="border:0;border-top:1px solid #999">';
  const hdrEn = (from, fromMail, to, cc, subj, date) => [
    `From: ${d.name(from, from.full)} ${lt}${fromMail}${gt}`, `Sent: ${d.x(date.en)}`, `To: ${to}`, cc ? `Cc: ${cc}` : null, `Subject: ${d.x(subj)}`];
  const hdrNl = (from, fromMail, to, cc, subj, date) => [
    `Van: ${d.name(from, from.display('first-cap'))} ${lt}${fromMail}${gt}`, `Verzonden: ${d.x(date.nl)}`, `Aan: ${to}`, cc ? `CC: ${cc}` : null, `Onderwerp: ${d.x(subj)}`];
  const block = (lines) => lines.filter((x) => x !== null).map(nl).join(txt ? '\n' : '');
  const dt2 = { ...dt1, en: dt1.en.replace(/\d+:\d+$/, `${d.rng.int(8, 17)}:${z(d.rng.int(0, 59))}`), nl: dt1.nl.replace(/\d+:\d+$/, `${d.rng.int(8, 17)}:${z(d.rng.int(0, 59))}`) };
  const box = d.email(d.rng.pick(MAILBOXES), org.domain, true);
  const parts = [
    block(hdrEn(a, mailOf(a, 'first.sur'), `${d.name(e, e.full)} ${lt}${mailOf(e, 'i.sur')}${gt}`, null, title, dt2)),
    block([`${d.name(e, e.first)},`, '', `${d.x('Ter info, zie de mail van')} ${d.name(c, c.surnameAlone)} ${d.x('hieronder. Kun jij dit meenemen?')}`, '', sig(a)]),
    rule,
    block(hdrNl(b, mailOf(b, 'ii.sur'), `${d.name(a, a.display('first-cap'))} ${lt}${mailOf(a, 'first.sur')}${gt}`, `${box}; ${d.name(c, c.display('first-cap'))}`, `RE: ${subject}`, dt1)),
    block([`${d.x('Hoi')} ${d.name(a, a.first)},`, '', `${d.x('Ik heb de beller teruggebeld. Hij vroeg of hij')} ${d.name(c, c.first)} ${d.x('rechtstreeks mocht bellen; dat heb ik afgehouden.')}`, `${d.x('Burgers kunnen het algemene nummer')} ${d.general('0800', 'general number')} ${d.x('bellen.')}`, '', sig(b)]),
    rule,
    block(hdrEn(ext, d.email(ext.local(d.rng.pick(['first.sur', 'isur'])), d.rng.pick(['gmail.com', 'hotmail.com', 'icloud.com'])), `${d.keep(`info@${org.domain}`, 'general mailbox')}`, null, subject, dt1)),
    block([d.x('Geachte heer/mevrouw,'), '', `${d.x('Mijn zaak ligt al maanden stil. U kunt mij bereiken op')} ${d.fmtPhone(d.direct(d.rng.pick(['mobile', 'geo2', 'geo3'])))}.`, '', d.x('Met vriendelijke groet,'), d.name(ext, ext.full)]),
  ];
  const disclaimer = `${d.x(`Dit bericht kan informatie bevatten die niet voor u bestemd is. ${org.name}, ${org.postbus}.`)}`;
  if (txt) return { kind: 'e-mail', format: 'txt', title, body: `${parts.join('\n\n')}\n\n${disclaimer}\n` };
  return { kind: 'e-mail', format: 'html', title, body: page(d, { body: `<div style="font-size:8.5pt;color:#333">${d.x(title)}</div>${parts.map((x) => (x === rule ? x : `<div style="margin:6px 0">${x}</div>`)).join('\n')}<p style="font-size:7.5pt;color:#666">${disclaimer}</p>` }) };
}

// =============================================================================================
// memo: a team memo "aan: zie verzendlijst", persons by "de heer/mevrouw" + surname in the text,
// a distribution list at the end ("Achternaam, Voornaam" / unit / t.k. or t.a.), mailboxes
// =============================================================================================
function memo(d) {
  const org = d.rng.pick(ORGS);
  const team = d.rng.pick(org.units);
  const mentioned = Array.from({ length: 2 }, () => d.person());
  const list = Array.from({ length: d.rng.int(5, 8) }, () => d.person());
  const mayor = d.official();
  const councillor = d.official();
  const dt = when(d.rng);
  const subject = d.rng.pick(['nieuwe werkwijze spoedaanvragen', 'bereikbaarheid rond de feestdagen', 'verhuizing archief', 'inzet tijdelijke krachten']);
  const title = `Memo ${subject}`;
  d.metadata.title = title;
  const sir = (per) => `${per.female ? 'mevrouw' : 'de heer'} ${per.surnameAlone}`;
  const rows = list.map((r, i) => `<tr><td>${i + 1}</td><td>${d.name(r, r.display('first-cap'))}</td><td>${d.x(d.rng.pick(org.units))}</td><td>${d.x(d.rng.pick(['t.k.', 't.a.', 't.k.']))}</td></tr>`).join('');
  const body = `<div style="font-size:22pt;letter-spacing:6px;border-bottom:3px solid #000">${d.x('MEMO')}</div>
<table style="margin:10px 0">
<tr><td>${d.x('van')}</td><td>${d.x(team)}</td></tr><tr><td>${d.x('aan')}</td><td>${d.x('zie verzendlijst')}</td></tr>
<tr><td>${d.x('datum')}</td><td>${d.x(dt.dots)}</td></tr><tr><td>${d.x('over')}</td><td>${d.x(subject)}</td></tr></table>
${p(`${d.x('Na overleg met')} ${d.name(mentioned[0], sir(mentioned[0]))} ${d.x('van de afdeling Financiën is besloten de werkwijze aan te passen. Vanaf volgende maand coördineert')} ${d.name(mentioned[1], sir(mentioned[1]))} ${d.x('de inzet.')}`)}
${p(`${d.x('Burgemeester')} ${d.keep(mayor.full, 'public official')} ${d.x('is over de wijziging geïnformeerd; raadslid')} ${d.keep(`${councillor.full} (${d.rng.pick(PARTIES)})`, 'public official')} ${d.x('had erom gevraagd.')}`)}
${p(d.keep(fresh3Policy(d.rng, 'deze werkwijze'), 'policy text'))}
${p(`${d.x('Vragen? Neem contact op met')} ${d.name(mentioned[1], mentioned[1].full)} ${d.x('(')}${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', '085'])))}${d.x(') of met de teammailbox')} ${d.email(d.rng.pick(MAILBOXES), org.domain, true)}.`)}
<h4 style="margin-top:16px">${d.x('Verzendlijst')}</h4>
<table class="b" style="font-size:9pt"><tr><th>${d.x('nr')}</th><th>${d.x('naam')}</th><th>${d.x('onderdeel')}</th><th>${d.x('t.k./t.a.')}</th></tr>${rows}
<tr><td></td><td>${d.email(d.rng.pick(MAILBOXES), org.domain, true)}</td><td>${d.x('functionele mailbox')}</td><td>${d.x('t.k.')}</td></tr></table>
<p style="font-size:8pt">${d.x('t.k. = ter kennisname, t.a. = ter actie')}</p>`;
  return { kind: 'nota', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.general('088')}` }) };
}

// =============================================================================================
// inspectierapport: a visit report with the inspectors (redact), the inspected company's
// published details (name, trade register number, address, general number, info@: keep) and the
// company's staff met during the visit (redact)
// =============================================================================================
function inspectie(d) {
  const org = d.rng.pick(ORGS.filter((o) => /Inspectie|Gemeente/.test(o.name)));
  const lead = d.person();
  const second = d.person();
  const manager = d.person();
  const worker = d.person();
  const alderman = d.official();
  const co = company(d);
  const dt = when(d.rng);
  const title = `Rapport van bevindingen bezoek ${co.name}`;
  d.metadata.title = title;
  const kv = (k, v) => `<tr><td style="width:45mm;color:#444">${d.x(k)}</td><td>${v}</td></tr>`;
  const finding = (i, s) => `<tr><td>${i}</td><td>${s}</td></tr>`;
  const body = `<div style="font-size:15pt;font-weight:bold">${d.x('Rapport van bevindingen')}</div>
<div style="margin-bottom:8px">${d.x('Bezoek op')} ${d.x(dt.long)}</div>
<table class="b" style="width:100%">
${kv('Onder toezicht', d.keep(co.name, 'published company details'))}
${kv('KvK-nummer', d.keep(co.kvk, 'published company details'))}
${kv('Vestigingsadres', d.keep(`${co.street}, ${co.city}`, 'published company details'))}
${kv('Telefoon / e-mail onderneming', `${d.general('geo', 'general number')} / ${d.keep(co.mail, 'general mailbox')}`)}
${kv('Inspecteurs', `${d.name(lead, lead.formal)} ${d.x('(hoofdinspecteur)')}, ${d.name(second, second.formal)}`)}
${kv('Gesproken met', `${d.name(manager, `${manager.female ? 'mevrouw' : 'de heer'} ${manager.formal}`)} ${d.x('(bedrijfsleider)')}, ${d.name(worker, worker.full)} ${d.x('(medewerker)')}`)}</table>
<h4>${d.x('Bevindingen')}</h4>
<table class="b" style="width:100%">
${finding(1, `${d.x('De bedrijfsleider,')} ${d.name(manager, manager.surnameAlone)}${d.x(', kon het register niet direct tonen; het is later per mail nagestuurd.')}`)}
${finding(2, `${d.x('Inspecteur')} ${d.name(second, second.surnameAlone)} ${d.x('stelde vast dat de nooduitgang aan de achterzijde was geblokkeerd.')}`)}
${finding(3, `${d.name(worker, worker.first)} ${d.x('verklaarde dat de instructie niet in het Nederlands beschikbaar is.')}`)}</table>
<h4>${d.x('Vervolg')}</h4>
${p(`${d.x('De onderneming krijgt vier weken om de tekortkomingen te herstellen. Wethouder')} ${d.keep(alderman.full, 'public official')} ${d.x('wordt over de uitkomst geïnformeerd.')}`)}
${p(d.keep(fresh3Policy(d.rng, 'het toezicht'), 'policy text'))}
<h4>${d.x('Aandachtspunt voor het hercontrolebezoek')}</h4>
${p(d.guidance(fresh3Guidance(d.rng)))}
<p style="font-size:8.5pt;border-top:1px solid #aaa;padding-top:4px">${d.x('Contact over dit rapport:')} ${d.name(lead, lead.full)}, ${d.x('direct')} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', '085'])))}, ${d.email(lead.local(d.rng.pick(['first.sur', 'ii.sur', 'first.parts'])), org.domain)}</p>`;
  return { kind: 'rapport', format: 'html', title, body: page(d, { body, header: d.x(`${org.name} · ${d.rng.pick(org.units)}`), footer: `${d.x(org.site)}` }) };
}

// =============================================================================================
// woordvoeringslijn: press lines with core message, Q&A (V:/A:), a "niet actief uitdragen" part,
// the spokesperson and co-authors (redact), the minister and the press office's number (keep)
// =============================================================================================
function woordvoering(d) {
  const org = d.rng.pick(ORGS);
  const spokes = d.person();
  const coauthors = Array.from({ length: 2 }, () => d.person());
  const minister = d.official();
  const dt = when(d.rng);
  const topic = d.rng.pick(['lange wachttijden bij de intake', 'datalek bij een leverancier', 'sluiting van een locatie', 'uitspraak van de rechter over dwangsommen']);
  const title = `Woordvoeringslijn ${topic}`;
  d.metadata.title = title;
  const qa = [
    ['Klopt het dat er fouten zijn gemaakt?', `${d.x('Ja. Minister')} ${d.keep(minister.full, 'public official')} ${d.x('heeft dat erkend en excuses aangeboden.')}`],
    ['Wat gaat u doen om dit te herstellen?', d.keep(fresh3Policy(d.rng, 'het herstelplan'), 'policy text')],
    ['Waar kunnen mensen terecht met vragen?', `${d.x('Bij het algemene nummer')} ${d.general('0800', 'general number')} ${d.x('of via')} ${d.keep(`vragen@${org.domain}`, 'general mailbox')}.`],
  ];
  const body = `<div style="background:#222;color:#fff;padding:5px 8px;font-size:13pt">${d.x('Woordvoeringslijn')} · ${d.x(topic)}</div>
<p style="font-size:8.5pt">${d.x('Status: intern, niet verspreiden')} · ${d.x(dt.iso)} · ${d.x('Woordvoerder:')} ${d.name(spokes, spokes.full)} (${d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'intl0', 'plain']))})</p>
<h4>${d.x('Kernboodschap')}</h4>
${p(d.x('We nemen de signalen serieus en werken aan oplossingen. We begrijpen dat mensen boos zijn.'))}
<h4>${d.x('Vragen en antwoorden')}</h4>
${qa.map(([q, a]) => `<p><b>${d.x('V:')}</b> ${d.x(q)}<br><b>${d.x('A:')}</b> ${a}</p>`).join('\n')}
<h4>${d.x('Niet actief uitdragen')}</h4>
${p(`${d.x('Het interne onderzoek loopt nog; de conclusies komen van')} ${d.name(coauthors[0], coauthors[0].full)} ${d.x('en zijn nog niet gedeeld met de directie.')}`)}
<p style="font-size:8.5pt">${d.x('Afgestemd met:')} ${d.name(coauthors[0], coauthors[0].formal)} ${d.x('(DCo)')}, ${d.name(coauthors[1], coauthors[1].formal)} ${d.x('(politiek assistent)')}. ${d.x('Reacties naar')} ${d.email(spokes.local(d.rng.pick(['first.sur', 'isur'])), org.domain)} ${d.x('of')} ${d.name(coauthors[1], coauthors[1].first)} ${d.x('via de app.')}</p>`;
  return { kind: 'nota', format: 'html', title, body: page(d, { body, footer: d.x(`${org.name} · Directie Communicatie`) }) };
}

// =============================================================================================
// procesbeschrijving: a swimlane-like table (stap / rol / wie / wat / termijn) where some "wat"
// cells hold guidance, an escalation ladder, public deadlines and policy text (keep)
// =============================================================================================
function procesbeschrijving(d) {
  const org = d.rng.pick(ORGS);
  const owner = d.person();
  const staff = Array.from({ length: 3 }, () => d.person());
  const proc = d.rng.pick(['behandeling meldingen misbruik', 'heronderzoek bijstand', 'intake bijzondere zaken', 'controle woonadressen']);
  const title = `Procesbeschrijving ${proc}`;
  d.metadata.title = title;
  const steps = [
    ['Intake', 'Frontoffice', d.x('team Frontoffice'), d.x('Melding registreren en binnen één werkdag toewijzen.'), d.keep('binnen 1 werkdag', 'public deadline')],
    ['Beoordeling', 'Casemanager', d.name(staff[0], staff[0].full), d.guidance(fresh3Guidance(d.rng)), d.x('5 werkdagen')],
    ['Onderzoek', 'Handhaver', `${d.name(staff[1], staff[1].surnameAlone)} ${d.x('(vervanger:')} ${d.name(staff[2], staff[2].first)}${d.x(')')}`, d.guidance(fresh3Guidance(d.rng)), d.x('4 weken')],
    ['Besluit', 'Jurist', d.x('dienstdoend jurist'), d.x('Besluit opstellen en laten tekenen.'), d.keep('8 weken na aanvraag (art. 4:13 Awb)', 'public deadline')],
  ];
  const rows = steps.map(([s, r, w, wat, t], i) => `<tr><td>${i + 1}. ${d.x(s)}</td><td>${d.x(r)}</td><td>${w}</td><td>${wat}</td><td>${t}</td></tr>`).join('');
  const ladder = Array.from({ length: 3 }, () => `<li>${d.guidance(fresh3Guidance(d.rng))}</li>`).join('');
  const body = `<h2 style="font-weight:normal">${d.x(title)}</h2>
<table style="font-size:9pt;margin-bottom:8px"><tr><td>${d.x('Proceseigenaar')}</td><td>${d.name(owner, owner.formal)}</td></tr><tr><td>${d.x('Versie')}</td><td>${d.x(`${d.rng.int(1, 3)}.${d.rng.int(0, 9)} (${when(d.rng).iso})`)}</td></tr></table>
${p(d.keep(fresh3Policy(d.rng, 'dit proces'), 'policy text'))}
<table class="b h" style="width:100%;font-size:9pt"><tr><th>${d.x('Stap')}</th><th>${d.x('Rol')}</th><th>${d.x('Wie')}</th><th>${d.x('Wat')}</th><th>${d.x('Termijn')}</th></tr>${rows}</table>
<h4>${d.x('Escalatieladder')}</h4><ol>${ladder}</ol>
${p(d.keep(fresh3Policy(d.rng, 'dit proces'), 'policy text'))}
<p style="font-size:8.5pt">${d.x('Wijzigingsvoorstellen naar')} ${d.email(owner.local(d.rng.pick(['first.sur', 'i.sur'])), org.domain)} ${d.x('of')} ${d.email('procesbeheer', org.domain, true)}.</p>`;
  return { kind: 'werkinstructie', format: 'html', title, body: page(d, { body, landscape: d.rng.chance(0.5), footer: `${d.x(org.name)} · ${d.x('intern')}` }) };
}

// =============================================================================================
// rooster: a staff roster (landscape), "V. Achternaam" per row with a direct line, days with
// kantoor/thuis/vrij/piket, first names in a substitutions line, the general on-call number (keep)
// =============================================================================================
function rooster(d) {
  const org = d.rng.pick(ORGS);
  const staff = Array.from({ length: d.rng.int(7, 11) }, () => d.person());
  const week = d.rng.int(2, 51);
  const title = `Rooster week ${week} ${d.rng.pick(org.units)}`;
  d.metadata.title = title;
  const cells = ['kantoor', 'thuis', 'vrij', 'piket', 'cursus', 'kantoor', 'thuis'];
  const rows = staff.map((s) => `<tr><td>${d.name(s, s.formal)}</td><td>${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', '085', 'mobile'])), d.rng.pick(['dash', 'spaced', 'plain', 'pairs']))}</td>${NL_DAYS.map(() => `<td>${d.x(d.rng.pick(cells))}</td>`).join('')}</tr>`).join('');
  const [s1, s2, s3] = d.rng.sample(staff, 3);
  const body = `<div style="font-size:13pt;font-weight:bold">${d.x(title)}</div>
<table class="b h" style="width:100%;margin-top:6px;font-size:9pt"><tr><th>${d.x('Medewerker')}</th><th>${d.x('Direct nummer')}</th>${NL_DAYS.map((x) => `<th>${d.x(x.slice(0, 2))}</th>`).join('')}</tr>${rows}</table>
${p(`<b>${d.x('Ruilingen:')}</b> ${d.name(s1, s1.first)} ${d.x('neemt woensdag de piket over van')} ${d.name(s2, s2.first)}${d.x('.')} ${d.name(s3, s3.first)} ${d.x('is donderdag pas vanaf 11.00 uur bereikbaar.')}`)}
${p(`${d.x('Piketnummer (algemeen, 24/7):')} ${d.general('geo', 'general number')} · ${d.x('Ziekmelden bij de teamleider,')} ${d.name(s2, s2.surnameAlone)}${d.x(', vóór 8.30 uur.')}`)}`;
  return { kind: 'contactlijst', format: 'html', title, body: page(d, { body, landscape: true, header: d.x(org.name) }) };
}

// =============================================================================================
// briefhoofd: a letter with a two-column letterhead: the sender block in a narrow right column
// with labels on their own line ("Contactpersoon", "Doorkiesnummer", "E-mail"), the addressee a
// company (published details: keep), signed by a director (redact), a minister named (keep)
// =============================================================================================
function briefhoofd(d) {
  const org = d.rng.pick(ORGS);
  const contact = d.person();
  const director = d.person();
  const att = d.person();
  const minister = d.official();
  const co = company(d);
  const dt = when(d.rng);
  const visit = d.street();
  const subject = d.rng.pick(['Voornemen tot opleggen van een last onder dwangsom', 'Uitnodiging zienswijze', 'Uw subsidieaanvraag', 'Verzoek om aanvullende gegevens']);
  const title = subject;
  d.metadata.title = title;
  const lab = (k, v) => `<div style="font-weight:bold;margin-top:6px">${d.x(k)}</div><div>${v}</div>`;
  const right = `${`<div style="font-weight:bold">${d.x(org.name)}</div>`}${d.x(d.rng.pick(org.units))}<br>${d.keep(visit, 'public address')}<br>${d.keep(org.postbus, 'public address')}<br>${d.x(org.site)}
${lab('Contactpersoon', d.name(contact, contact.full))}${lab('Doorkiesnummer', d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', '085']))))}${lab('E-mail', d.email(contact.local(d.rng.pick(['first.sur', 'ii.sur', 'first.parts'])), org.domain))}
${lab('Ons kenmerk', d.x(`${dt.y}/${d.rng.digits(6)}`))}${lab('Datum', d.x(dt.long))}`;
  const left = `<div style="height:30mm"></div>${br(d.keep(co.name, 'published company details'), `${d.x('t.a.v.')} ${d.name(att, `${att.female ? 'mevrouw' : 'de heer'} ${att.formal}`)}`, d.keep(co.street, 'published company details'), d.x(co.city))}
<p style="margin-top:18mm"><b>${d.x('Onderwerp')}</b> ${d.x(subject)}</p>
${p(`${d.x(att.female ? 'Geachte mevrouw' : 'Geachte heer')} ${d.name(att, att.surnameAlone)},`)}
${p(d.x(`Op ${dt.long} hebben onze toezichthouders uw vestiging bezocht. In deze brief leest u wat wij hebben vastgesteld en wat wij van u verwachten.`))}
${p(d.keep(fresh3Policy(d.rng, 'het toezicht'), 'policy text'))}
${p(`${d.x('Minister')} ${d.keep(minister.full, 'public official')} ${d.x('heeft de Tweede Kamer over deze aanpak geïnformeerd.')}`)}
${p(`${d.x('U kunt binnen twee weken reageren. Voor vragen belt u met')} ${d.name(contact, contact.first)} ${d.name(contact, contact.surnameAlone)} ${d.x('of met het algemene nummer')} ${d.general('switch', 'general number')}.`)}
${p(br(d.x('Hoogachtend,'), d.x(`de directeur ${d.rng.pick(org.units)},`), '', '', d.name(director, director.formal)))}`;
  const body = `<table style="width:100%"><tr><td style="width:68%;padding-right:10mm">${left}</td><td style="font-size:8pt;border-left:1px solid #999">${right}</td></tr></table>`;
  return { kind: 'brief', format: 'html', title, body: page(d, { body }) };
}

// =============================================================================================
// afwegingskader: signals (list), weighing factors (table), a norm table with amounts and days,
// example follow-up questions, an escalation step (all guidance), the aim and law around it (keep)
// =============================================================================================
function afwegingskader(d) {
  const org = d.rng.pick(ORGS);
  const owner = d.person();
  const area = d.rng.pick(['bijzondere bijstand', 'huurtoeslagcontroles', 'inburgeringsleningen', 'terugvordering uitkeringen']);
  const title = `Afwegingskader ${area}`;
  d.metadata.title = title;
  const g = () => d.guidance(fresh3Guidance(d.rng));
  const body = `<div style="font-size:18pt">${d.x(title)}</div><div style="color:#555;margin-bottom:8px">${d.x(`${org.name} · uitvoeringsinstructie`)}</div>
<h4>${d.x('1. Doel')}</h4>${p(d.keep(fresh3Policy(d.rng, 'dit afwegingskader'), 'policy text'))}
<h4>${d.x('2. Signalen')}</h4><ul>${[g(), g()].map((x) => `<li>${x}</li>`).join('')}</ul>
<h4>${d.x('3. Weegfactoren')}</h4>
<table class="b h" style="width:100%"><tr><th style="width:30%">${d.x('Factor')}</th><th>${d.x('Toelichting')}</th></tr>
<tr><td>${d.x('Hoogte van het bedrag')}</td><td>${g()}</td></tr><tr><td>${d.x('Voorgeschiedenis')}</td><td>${g()}</td></tr></table>
<h4>${d.x('4. Normen')}</h4>${p(g())}
<h4>${d.x('5. Voorbeelden van vervolgvragen')}</h4>${p(g())}
${p(d.keep(fresh3Policy(d.rng, 'dit afwegingskader'), 'policy text'))}
<p style="font-size:8pt;margin-top:14px">${d.x('Eigenaar:')} ${d.name(owner, owner.display('first'))} · ${d.email(owner.local(d.rng.pick(['first.sur', 'isur'])), org.domain)} · ${d.x('vragen ook via de interne mailbox')} ${d.email('kenniscentrum', org.domain, true)}</p>`;
  return { kind: 'werkinstructie', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.x('niet openbaar')}` }) };
}

/** The fresh3 templates: `producers` lists which producers render them, in turn. */
export const FRESH3_FAMILIES = [
  { id: 'parafenlijst', fresh3: parafenlijst, producers: ['chromium', 'soffice'] },
  { id: 'transcript', fresh3: transcript, producers: ['enscript', 'chromium', 'soffice'] },
  { id: 'doorgestuurd', fresh3: doorgestuurd, producers: ['soffice', 'enscript', 'chromium'] },
  { id: 'memo', fresh3: memo, producers: ['chromium', 'soffice'] },
  { id: 'inspectierapport', fresh3: inspectie, producers: ['soffice', 'chromium'] },
  { id: 'woordvoeringslijn', fresh3: woordvoering, producers: ['chromium', 'soffice'] },
  { id: 'procesbeschrijving', fresh3: procesbeschrijving, producers: ['soffice', 'chromium'] },
  { id: 'rooster', fresh3: rooster, producers: ['chromium', 'soffice'] },
  { id: 'briefhoofd', fresh3: briefhoofd, producers: ['soffice', 'chromium'] },
  { id: 'afwegingskader', fresh3: afwegingskader, producers: ['chromium', 'soffice'] },
];
