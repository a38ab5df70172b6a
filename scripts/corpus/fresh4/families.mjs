// Templates of the `fresh4` split: document kinds, layouts, labels and phrasings that none of the
// train/test templates (../families.mjs) and the fresh, fresh2 and fresh3 templates use. Written
// 2026-12-07 (session 8) without reading any detector; README.md in scripts/corpus describes the
// split in one neutral sentence only, and detector engineers are asked not to open this file.
// A template gets a Doc and returns { kind, format, body, title }.
//
// The plan, family by family (what is new against the older splits):
//   ticketexport        a service-desk ticket export (TOPdesk-like): Melder / Behandelaar /
//                       Behandelaarsgroep fields, an action log "dd-mm-jjjj hh:mm  Naam:" with
//                       the handler's first name, the caller's phone and private e-mail, the
//                       service desk's general number (keep); plain text (enscript) or HTML
//   klachtdossier       a complaint file: the citizen's own letter (first person, signed with full
//                       name, phone and e-mail), then the internal handling log (initials column),
//                       handling advice with operational hints, the Awb complaint rights (keep)
//   besluitenlijst      a steering group's decision list: attendance as "Naam (functie)" lines by
//                       organisation, decisions "B-nn", an action list with "actiehouder" (surname,
//                       first name), a gedeputeerde in the chair (keep)
//   hoorzitting         a report of an objection hearing: the objector, his lawyer (mr.), the
//                       committee and the civil servants, in "Voorzitter:" / "De heer X:" dialogue
//   beoordelingsformulier  a subsidy assessment form: criteria with a points rubric (guidance),
//                       scores, assessor and second reader with signature lines, the applicant
//                       organisation's published details and the regulation (keep)
//   kenmerkstrook       a letter with a horizontal strip "Ons kenmerk | Uw kenmerk | Behandeld
//                       door | Telefoon | Datum" under the address, sender block bottom-left
//   sprekerslijst       a council committee agenda with times and a speakers' list: citizens
//                       (redact) and council members with party, the alderman (keep)
//   beleidsnotitie      a policy note with numbered footnotes citing laws (keep), an internal
//                       "Stappenplan uitvoering" box (guidance), the author in a colophon
//   signal              a Signal-like chat export: a date line per day "di 14 mrt. 2023", then
//                       "09:12 Naam" and the message indented; quoted replies "↪ Naam:"
import { MAILBOXES, ORGS } from '../doc.mjs';

const FONTS = ['P052', 'Nimbus Roman', 'URW Bookman', 'Liberation Sans Narrow', 'DejaVu Sans', 'Nimbus Sans'];
const PARTIES = ['VVD', 'D66', 'CDA', 'SP', 'PVV', 'GroenLinks-PvdA', 'ChristenUnie', 'SGP', 'Partij voor de Dieren', 'BBB', 'JA21', 'Lokaal Belang'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MON3 = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const DAY2 = ['ma', 'di', 'wo', 'do', 'vr'];
const z = (n) => String(n).padStart(2, '0');

function when(rng) {
  const y = rng.int(2022, 2025);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return { y, m, d, long: `${d} ${MONTHS[m - 1]} ${y}`, num: `${z(d)}-${z(m)}-${y}`, short: `${DAY2[rng.int(0, 4)]} ${d} ${MON3[m - 1]} ${y}`,
    t: `${z(rng.int(8, 17))}:${z(rng.int(0, 59))}` };
}

function page(d, { header = '', footer = '', body, css = '', font }) {
  const face = font ?? d.rng.pick(FONTS);
  const size = d.rng.pick(['9.5pt', '10pt', '11pt', '11.5pt']);
  let repeat = '';
  if (d.producer === 'chromium') {
    const tpl = (html) => `<div style="font-family:'${face}';font-size:7.5pt;width:100%;margin:0 16mm;color:#333">${html}</div>`;
    d.chromium = { header: header ? tpl(header) : '<span></span>', footer: footer ? tpl(footer) : '<span></span>' };
  } else {
    repeat = `${header ? `<div title="header">${header}</div>` : ''}${footer ? `<div title="footer">${footer}</div>` : ''}`;
  }
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${d.x(d.metadata.title ?? '')}</title><style>
@page{size:A4;margin:${header ? '24mm' : '16mm'} 16mm ${footer ? '22mm' : '16mm'} 22mm}
body{font-family:'${face}';font-size:${size};line-height:1.4}
table{border-collapse:collapse} td,th{vertical-align:top;text-align:left;padding:2px 6px}
.g td,.g th{border-bottom:1px solid #999} .k th{background:#dde6ee}
${css}</style></head><body>${repeat}${body}</body></html>`;
}
const p = (s) => `<p>${s}</p>`;
const br = (...l) => l.filter((x) => x !== null && x !== undefined && x !== false).join('<br>');

// --- fresh4 guidance phrasings and the policy text around them ---------------------------------
const SYSTEMS = ['Suwinet-Inkijk', 'het zaaksysteem', 'de Basisregistratie Personen', 'het klantvolgsysteem', 'het handelsregister', 'de schuldhulpmodule'];
const CHECKS = ['het opgegeven adres al eerder aan een andere klant gekoppeld was', 'de werkgever in de afgelopen drie maanden loon heeft opgegeven',
  'er een lopende betalingsregeling bij de gemeente bestaat', 'dezelfde rekening ook bij een tweede aanvraag is opgegeven',
  'de begindatum van het huurcontract past bij de verhuisdatum'];
const WHO = ['de kwaliteitsmedewerker van dienst', 'het team Bijzonder Onderzoek', 'de senior van het cluster', 'de privacyfunctionaris', 'de gegevensmakelaar'];
const TRIGGERS = ['een dreigende toon hoort aan de telefoon', 'aanwijzingen ziet voor samenwoning die niet is gemeld', 'een tweede klacht over dezelfde medewerker krijgt',
  'merkt dat stukken zijn aangepast'];
const PROBES = ['Wie betaalt de vaste lasten als u een maand geen inkomen heeft?', 'Waar slaapt u als uw partner thuis is?',
  'Hoe heeft u de aanbetaling voor de auto bij elkaar gekregen?', 'Met wie heeft u het formulier ingevuld?', 'Sinds wanneer werkt u weer voor die opdrachtgever?'];
const CRIT = ['Bereik van de doelgroep', 'Haalbaarheid van de begroting', 'Samenwerking in de wijk', 'Meetbaarheid van de resultaten'];
const SIGNS = ['een begroting waarin de post onvoorzien hoger is dan tien procent', 'een contactpersoon die ook bestuurder van de leverancier is',
  'een projectplan dat woordelijk gelijk is aan dat van vorig jaar', 'offertes van drie bedrijven op hetzelfde adres'];

export function fresh4Guidance(rng) {
  const sys = rng.pick(SYSTEMS);
  const chk = rng.pick(CHECKS);
  const who = rng.pick(WHO);
  const trig = rng.pick(TRIGGERS);
  const probe = rng.pick(PROBES);
  const [s1, s2] = rng.sample(SIGNS, 2);
  const crit = rng.pick(CRIT);
  const pts = rng.int(2, 5);
  const hrs = rng.pick([24, 48, 72]);
  return rng.pick([
    () => `Stap ${rng.int(2, 6)} van het stappenplan: kijk in ${sys} of ${chk}; is dat zo, vraag in dat geval door naar ${who}.`,
    () => `Doorvraagpunt: "${probe}" Schrijf het antwoord woord voor woord op en leg vast in het dossier wie er bij het gesprek zat.`,
    () => `Intern hanteren we ${hrs} uur: wie ${trig}, geeft dat binnen die tijd door aan ${who} en houdt de brief zolang aan.`,
    () => `${crit}: geef ${pts} punten wanneer ${s1} ontbreekt; scoort de aanvraag op dit onderdeel nul, dan leest ${who} mee voordat je verder gaat.`,
    () => `Zie je ${s1} of ${s2}, ga dan niet zelf in gesprek met de aanvrager maar agendeer het dossier voor het wekelijkse casusoverleg.`,
    () => `Reageer inhoudelijk niet op wat de melder over ${sys} zegt; verwijs naar de formele weg en noteer het contact binnen ${hrs} uur in ${sys}.`,
    () => `Komt ${s2} voor, tel dan ${pts} minpunten af en vermeld dat niet in de motivering aan de aanvrager.`,
  ])();
}

export function fresh4Policy(rng, what) {
  return rng.pick([
    'Een klacht wordt binnen zes weken na ontvangst afgehandeld; zo regelt artikel 9:11 Awb het.',
    'Wie niet tevreden is over de afhandeling van een klacht, kan zich daarna wenden tot de Nationale ombudsman.',
    `De subsidieregeling is bekendgemaakt in het Provinciaal Blad van ${rng.int(2021, 2024)}, nummer ${rng.int(1000, 9999)}.`,
    'Voordat op een bezwaar wordt beslist, krijgt de indiener de gelegenheid om te worden gehoord (artikel 7:2 Awb).',
    `Met ${what} wil het college bereiken dat inwoners binnen ${rng.pick(['vijf', 'tien'])} werkdagen weten wie hun vraag behandelt.`,
    'Iedere inwoner heeft recht op inzage in de persoonsgegevens die de gemeente over hem verwerkt (artikel 15 AVG).',
  ]);
}

/** A published number in a footer, in spacings the older splits do not write. */
function footerNumber(d) {
  const n = `${d.rng.int(1, 9)}${d.rng.digits(6)}`;
  return d.keep(d.rng.pick([`088 ${n.slice(0, 4)} ${n.slice(4)}`, `+31 88 ${n.slice(0, 3)} ${n.slice(3)}`, `088.${n.slice(0, 3)}.${n.slice(3)}`]), 'general number');
}

/** A company whose details are published (trade register, website): they stay. */
function company(d) {
  const name = d.rng.pick(['Stichting Buurtkracht Oost', 'Vereniging Speeltuin De Klimboom', 'Stichting Taalhuis Rivierenland', 'Coöperatie Energiek Dorp U.A.',
    'Stichting Muziek voor Iedereen', 'Sportvereniging Olympia Noord']);
  const slug = name.toLowerCase().replace(/^(stichting|vereniging|coöperatie|sportvereniging) /, '').replace(/ u\.a\.$/, '').replace(/[^a-z]/g, '');
  return { name, kvk: d.rng.digits(8), street: `${d.rng.pick(['Kerkplein', 'Marktstraat', 'Molenweg', 'Schoolstraat', 'Dorpsstraat'])} ${d.rng.int(1, 90)}`,
    city: d.rng.pick(['Leeuwarden', 'Drachten', 'Zwolle', 'Deventer', 'Oss', 'Gouda']), mail: `secretariaat@${slug}.nl` };
}
const sir = (per) => (per.female ? 'mevrouw' : 'de heer');
const Sir = (per) => (per.female ? 'Mevrouw' : 'De heer');

// =============================================================================================
// ticketexport
// =============================================================================================
function ticketexport(d) {
  const org = d.rng.pick(ORGS);
  const caller = d.person();
  const handler = d.person();
  const second = d.person();
  const dt = when(d.rng);
  const nr = `${d.rng.pick(['M', 'I', 'W'])}${String(dt.y).slice(2)}${z(dt.m)} ${d.rng.digits(3)}`;
  const subject = d.rng.pick(['Geen reactie op aanvraag', 'Betaling niet ontvangen', 'Foutieve beschikking ontvangen', 'Verzoek om terugbellen', 'Toegang MijnOmgeving']);
  const title = `Melding ${nr}`;
  d.metadata.title = title;
  const txt = d.format === 'txt';
  const t = () => `${dt.num} ${z(d.rng.int(8, 17))}:${z(d.rng.int(0, 59))}`;
  const callerMail = caller.local(d.rng.pick(['first.sur', 'isur', 'first.parts']));
  const callerDom = d.rng.pick(['gmail.com', 'outlook.com', 'kpnmail.nl', 'ziggo.nl']);
  const fields = [
    ['Meldingnummer', d.x(nr)], ['Status', d.x(d.rng.pick(['In behandeling', 'Afgemeld', 'Wacht op klant']))], ['Aangemeld', d.x(`${dt.num} ${dt.t}`)],
    ['Melder', d.name(caller, caller.full)], ['Telefoon melder', d.fmtPhone(d.direct('mobile'), d.rng.pick(['plain', 'spaced', 'pairs']))],
    ['E-mail melder', d.email(callerMail, callerDom)],
    ['Categorie', d.x(d.rng.pick(['Uitkering', 'Belastingen', 'Vergunningen', 'Toeslagen']))], ['Korte omschrijving', d.x(subject)],
    ['Behandelaarsgroep', d.x(d.rng.pick(['2e lijn Inkomen', 'Backoffice Vergunningen', 'Team Klantcontact']))], ['Behandelaar', d.name(handler, handler.display('first-cap'))],
  ];
  const desk = org.name.startsWith('Gemeente') ? '14' : '0800';
  const log = [
    [t(), d.name(handler, handler.full), `${d.x('Melder teruggebeld, voicemail ingesproken. Nogmaals proberen op')} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3'])))}.`],
    [t(), d.name(second, second.full), `${d.x('Overgedragen aan')} ${d.name(handler, handler.first)}${d.x(`; ${handler.female ? 'zij' : 'hij'} kent het dossier.`)}`],
    [t(), d.name(handler, handler.full), `${d.x('Gesproken met')} ${d.name(caller, `${sir(caller)} ${caller.surnameAlone}`)}${d.x(`. ${caller.female ? 'Zij' : 'Hij'} wacht sinds maart op een besluit.`)}`],
    [t(), d.name(handler, handler.full), d.guidance(fresh4Guidance(d.rng))],
    [t(), d.x('Systeem'), `${d.x('Bericht verstuurd naar')} ${d.email(callerMail, callerDom)}`],
  ];
  const times = log.map((l) => l[0]).sort((a, b) => a.slice(11).localeCompare(b.slice(11)));
  log.forEach((l, i) => { l[0] = times[i]; });
  if (txt) {
    const w = 22;
    const lines = [`${org.name} - export meldingen`, '='.repeat(60), ...fields.map(([k, v]) => `${k.padEnd(w)}${v}`), '', 'Actiehistorie', '-'.repeat(60),
      ...log.flatMap(([when_, who, what]) => [`${when_}  ${who}:`, `    ${what}`, '']),
      `Servicedesk ${org.name}: ${d.general(desk, 'general number')} (werkdagen 8.00-17.00 uur)`];
    return { kind: 'e-mail', format: 'txt', title, body: `${lines.join('\n')}\n` };
  }
  const body = `<div style="font-family:'Nimbus Mono PS';font-size:9pt;color:#555">${d.x(`${org.name} – export meldingen`)}</div>
<div style="font-size:15pt;font-weight:bold;margin:4px 0 8px">${d.x(`${nr} · ${subject}`)}</div>
<table class="g" style="width:100%">${fields.map(([k, v]) => `<tr><td style="width:45mm;color:#444">${d.x(k)}</td><td>${v}</td></tr>`).join('')}</table>
<h4>${d.x('Actiehistorie')}</h4>
${log.map(([a, b, c]) => `<div style="margin:0 0 6px;border-left:3px solid #9ab;padding-left:6px"><span style="color:#555">${d.x(a)}</span> · <b>${b}</b><br>${c}</div>`).join('\n')}
<p style="font-size:8.5pt">${d.x(`Servicedesk ${org.name}:`)} ${d.general(desk, 'general number')}</p>`;
  return { kind: 'e-mail', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${footerNumber(d)}` }) };
}

// =============================================================================================
// klachtdossier
// =============================================================================================
function klachtdossier(d) {
  const org = d.rng.pick(ORGS.filter((o) => o.name.startsWith('Gemeente') || o.name.includes('Naturalisatie') || o.name.includes('opvang')));
  const citizen = d.person();
  const accused = d.person();
  const handler = d.person();
  const manager = d.person();
  const alderman = d.official();
  const dt = when(d.rng);
  const title = `Klachtdossier ${dt.y}-${d.rng.digits(4)}`;
  d.metadata.title = title;
  const letter = `<div style="border:1px solid #888;padding:8px 12px;margin-bottom:12px">
<div style="font-size:8pt;color:#666">${d.x('Bijlage 1 – klachtbrief zoals ontvangen op')} ${d.x(dt.long)}</div>
${p(br(d.name(citizen, citizen.full), d.x(d.rng.pick(['Leeuwarden', 'Zaandam', 'Apeldoorn', 'Rijswijk'])), d.fmtPhone(d.direct(d.rng.pick(['mobile', 'geo3'])), d.rng.pick(['intl0', 'dash', '0031']))))}
${p(d.x('Geachte heer, mevrouw,'))}
${p(`${d.x('Ik wil een klacht indienen over de manier waarop ik ben behandeld aan de balie. Uw medewerker,')} ${d.name(accused, `${sir(accused)} ${accused.surnameAlone}`)}${d.x(`, heeft mij in het bijzijn van andere mensen toegesproken alsof ik loog. Ik heb ${accused.female ? 'haar om haar' : 'hem om zijn'} naam gevraagd en die kreeg ik pas na lang aandringen.`)}`)}
${p(`${d.x('Ik verwacht excuses. U kunt mij mailen op')} ${d.email(citizen.local(d.rng.pick(['first.sur', 'isur'])), d.rng.pick(['hotmail.com', 'live.nl', 'xs4all.nl']))}.`)}
${p(br(d.x('Hoogachtend,'), d.name(citizen, citizen.full)))}</div>`;
  const rows = [
    [dt.num, handler, d.x('Klacht geregistreerd, ontvangstbevestiging verstuurd.')],
    [dt.num, handler, `${d.x(`Telefonisch contact met ${citizen.female ? 'klaagster; zij' : 'klager; hij'} wil een gesprek met`)} ${d.name(manager, manager.full)}.`],
    [dt.num, manager, `${d.x('Wederhoor:')} ${d.name(accused, accused.first)} ${d.x('herkent het voorval en betreurt de toon.')}`],
  ];
  const ini = (per) => per.initials.replace(/\./g, '') + per.surname.replace(/^.*[\s-]/, '').slice(0, 2).toUpperCase();
  const body = `<div style="font-size:16pt;border-left:6px solid #4a6fa5;padding-left:8px">${d.x(title)}</div>
<p style="font-size:9pt">${d.x(`${org.name} · klachtbehandeling`)} · ${d.x('behandelaar:')} ${d.name(handler, handler.formal)} ${d.x('(t.')} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', '085'])), d.rng.pick(['spaced', 'dash-spaced', 'intl']))}${d.x(')')} · ${d.x('leidinggevende:')} ${d.name(manager, manager.formal)}</p>
${letter}
<h4>${d.x('Behandelnotities')}</h4>
<table class="g k" style="width:100%;font-size:9.5pt"><tr><th>${d.x('datum')}</th><th>${d.x('wie')}</th><th>${d.x('notitie')}</th></tr>
${rows.map(([a, per, c]) => `<tr><td>${d.x(a)}</td><td>${d.name(per, ini(per))}</td><td>${c}</td></tr>`).join('')}</table>
<p style="font-size:9.5pt"><i>${d.x('Notitie behandelaar:')}</i> ${d.guidance(fresh4Guidance(d.rng))}</p>
<p style="font-size:8pt">${d.x('Afkortingen in de kolom wie:')} ${d.name(handler, ini(handler))} = ${d.name(handler, handler.full)}, ${d.name(manager, ini(manager))} = ${d.name(manager, manager.full)}</p>
<h4>${d.x('Advies voor de afhandeling')}</h4>
${p(d.guidance(fresh4Guidance(d.rng)))}
${p(d.keep(fresh4Policy(d.rng, 'de klachtregeling'), 'policy text'))}
${p(`${d.x('De portefeuillehouder, wethouder')} ${d.keep(alderman.full, 'public official')}${d.x(', wordt geïnformeerd als de klager de Ombudsman inschakelt.')}`)}
${p(d.keep('Een klager kan zich laten bijstaan of vertegenwoordigen door een persoon naar keuze.', 'policy text'))}`;
  return { kind: 'rapport', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.keep(`klachten@${org.domain}`, 'general mailbox')}` }) };
}

// =============================================================================================
// besluitenlijst
// =============================================================================================
function besluitenlijst(d) {
  const org = d.rng.pick(ORGS);
  const deputy = d.official();
  const members = Array.from({ length: d.rng.int(5, 7) }, () => d.person());
  const absent = d.person();
  const dt = when(d.rng);
  const prog = d.rng.pick(['Regionale Aanpak Dakloosheid', 'Programma Vitale Kernen', 'Stuurgroep Grensoverschrijdende Samenwerking', 'Stuurgroep Mobiliteit Noordoost']);
  const title = `Besluitenlijst ${prog} ${dt.long}`;
  d.metadata.title = title;
  const orgs = [org.name, 'Provincie Fryslân', 'Veiligheidsregio', 'GGD', 'Waterschap'];
  const fn = ['programmamanager', 'directeur', 'secretaris', 'beleidsadviseur', 'controller', 'projectleider', 'coördinator'];
  const att = members.map((m, i) => `${d.name(m, m.full)} ${d.x(`(${fn[i % fn.length]}, ${orgs[i % orgs.length]})`)}`);
  const acts = members.slice(0, 4).map((m, i) => `<tr><td>${d.x(`A-${dt.y}-${z(i + 11)}`)}</td><td>${d.x(d.rng.pick(['Notitie uitwerken', 'Begroting herzien', 'Gesprek plannen met partners', 'Communicatieplan opstellen']))}</td><td>${d.name(m, m.display('first-cap'))}</td><td>${d.x(`${z(d.rng.int(1, 28))}-${z(d.rng.int(1, 12))}`)}</td><td>${d.x(d.rng.pick(['open', 'loopt', 'gereed']))}</td></tr>`).join('');
  const body = `<div style="text-transform:uppercase;letter-spacing:2px;font-size:9pt">${d.x(prog)}</div>
<div style="font-size:17pt;margin-bottom:8px">${d.x('Besluitenlijst')} ${d.x(dt.long)}</div>
<p><b>${d.x('Voorzitter')}</b><br>${d.x('gedeputeerde')} ${d.keep(deputy.full, 'public official')}</p>
<p><b>${d.x('Aanwezig')}</b><br>${att.join('<br>')}</p>
<p><b>${d.x('Verhinderd')}</b><br>${d.name(absent, absent.full)}</p>
<h4>${d.x('Besluiten')}</h4>
<ol style="list-style:none;padding:0">
<li><b>${d.x('B-01')}</b> ${d.x('De stuurgroep stelt de voortgangsrapportage vast.')}</li>
<li><b>${d.x('B-02')}</b> ${d.x('Op voorstel van')} ${d.name(members[1], members[1].surnameAlone)} ${d.x('wordt het budget voor de tweede fase met tien procent verhoogd.')}</li>
<li><b>${d.x('B-03')}</b> ${d.keep(fresh4Policy(d.rng, 'dit programma'), 'policy text')}</li>
<li><b>${d.x('B-04')}</b> ${d.name(members[2], members[2].first)} ${d.x('licht de risico’s toe; de stuurgroep neemt de beheersmaatregelen over.')}</li></ol>
<h4>${d.x('Actielijst')}</h4>
<table class="g k" style="width:100%;font-size:9pt"><tr><th>${d.x('nr.')}</th><th>${d.x('actie')}</th><th>${d.x('actiehouder')}</th><th>${d.x('gereed')}</th><th>${d.x('status')}</th></tr>${acts}</table>
<p style="font-size:8.5pt">${d.x('Secretariaat:')} ${d.name(members[0], members[0].formal)}, ${d.x('mobiel')} ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'intl0', 'dash']))}, ${d.email(members[0].local(d.rng.pick(['ii.sur', 'first.sur'])), org.domain)} · ${d.email(d.rng.pick(MAILBOXES), org.domain, true)}</p>`;
  return { kind: 'verslag', format: 'html', title, body: page(d, { body, footer: `${d.x('Vastgesteld in de volgende vergadering')} · ${footerNumber(d)}` }) };
}

// =============================================================================================
// hoorzitting
// =============================================================================================
function hoorzitting(d) {
  const org = d.rng.pick(ORGS.filter((o) => o.name.startsWith('Gemeente') || o.name.includes('Naturalisatie')));
  const chair = d.person();
  const member = d.person();
  const sec = d.person();
  const objector = d.person();
  const lawyer = d.person();
  const official = d.person();
  const dt = when(d.rng);
  const title = `Verslag hoorzitting bezwaarcommissie ${dt.long}`;
  d.metadata.title = title;
  const Ob = `${Sir(objector)} ${objector.surnameAlone}`;
  const Mr = `Mr. ${lawyer.surnameAlone}`;
  const Of = `${Sir(official)} ${official.surnameAlone}`;
  const turn = (who, per, text) => `<tr><td style="width:34mm;font-style:italic">${who}:</td><td>${text}</td></tr>`;
  const body = `<div style="text-align:center;font-size:14pt;font-weight:bold">${d.x('Verslag van de hoorzitting')}</div>
<div style="text-align:center;margin-bottom:10px">${d.x(`Bezwaar tegen het besluit van ${d.rng.int(1, 28)} ${MONTHS[d.rng.int(0, 11)]} ${dt.y - 1}`)}</div>
<table style="font-size:9.5pt;margin-bottom:8px">
<tr><td>${d.x('Commissie')}</td><td>${d.name(chair, chair.formal)} ${d.x('(voorzitter),')} ${d.name(member, member.formal)} ${d.x('(lid)')}</td></tr>
<tr><td>${d.x('Secretaris')}</td><td>${d.name(sec, sec.full)}</td></tr>
<tr><td>${d.x('Bezwaarmaker')}</td><td>${d.name(objector, `${sir(objector)} ${objector.formal}`)}, ${d.x('bijgestaan door')} ${d.name(lawyer, `mr. ${lawyer.formal}`)} ${d.x('(kantoor')} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3'])), d.rng.pick(['paren', 'spaced']))}${d.x(')')}</td></tr>
<tr><td>${d.x('Namens het college')}</td><td>${d.name(official, official.full)}, ${d.x('jurist')}</td></tr></table>
<table style="width:100%;margin:6px 0">
${turn('Voorzitter', chair, d.x('opent de zitting en wijst op de mogelijkheid om na afloop nog stukken in te dienen.'))}
${turn(d.name(lawyer, Mr), lawyer, `${d.x('Mijn cliënt heeft nooit een brief ontvangen. Hij is pas na de verhuizing ingeschreven; dat kan')} ${d.name(objector, objector.first)} ${d.x('ook zelf toelichten.')}`)}
${turn(d.name(objector, Ob), objector, d.x('Ik heb drie keer gebeld en steeds een ander verhaal gehoord.'))}
${turn(d.name(official, Of), official, `${d.x('Volgens ons systeem is de brief op het juiste adres bezorgd. Collega')} ${d.name(sec, sec.surnameAlone)} ${d.x('heeft dat nagekeken.')}`)}
${turn('Voorzitter', chair, `${d.x('vraagt')} ${d.name(official, `${sir(official)} ${official.surnameAlone}`)} ${d.x('of de termijn is verlengd. Dat is niet het geval.')}`)}</table>
${p(d.keep(fresh4Policy(d.rng, 'de bezwaarprocedure'), 'policy text'))}
${p(d.keep('Het college beslist binnen twaalf weken na afloop van de bezwaartermijn (artikel 7:10 Awb).', 'public deadline'))}
<div style="border:1px dashed #777;padding:6px;margin-top:10px;font-size:9pt"><b>${d.x('Intern – niet meesturen met het verslag')}</b><br>${d.guidance(fresh4Guidance(d.rng))}</div>
<p style="font-size:8.5pt">${d.x('Het verslag is opgesteld door')} ${d.name(sec, sec.formal)} ${d.x('(')}${d.email(sec.local(d.rng.pick(['first.sur', 'i.sur'])), org.domain)}${d.x(', doorkies')} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', '085'])), d.rng.pick(['paren', 'dash-spaced']))}${d.x(').')}</p>`;
  return { kind: 'verslag', format: 'html', title, body: page(d, { body, header: d.x(`${org.name} · Commissie bezwaarschriften`), footer: `${d.keep(org.postbus, 'public address')}` }) };
}

// =============================================================================================
// beoordelingsformulier
// =============================================================================================
function beoordelingsformulier(d) {
  const assessor = d.person();
  const reader = d.person();
  const applicantContact = d.person();
  const deputy = d.official();
  const co = company(d);
  const dt = when(d.rng);
  const title = `Beoordelingsformulier subsidieaanvraag ${co.name}`;
  d.metadata.title = title;
  const crit = d.rng.sample(CRIT, 3).map((c) => `<tr><td>${d.x(c)}</td><td>${d.guidance(fresh4Guidance(d.rng))}</td><td style="text-align:center">${d.x(String(d.rng.int(0, 5)))}</td></tr>`).join('');
  const body = `<table style="width:100%;border:2px solid #333"><tr><td style="font-size:15pt;font-weight:bold">${d.x('Beoordelingsformulier')}</td><td style="text-align:right">${d.x('Provincie Fryslân · Subsidies')}</td></tr></table>
<table class="g" style="width:100%;margin:8px 0;font-size:9.5pt">
<tr><td style="width:50mm">${d.x('Aanvrager')}</td><td>${d.keep(co.name, 'published company details')}</td></tr>
<tr><td>${d.x('KvK')}</td><td>${d.keep(co.kvk, 'published company details')}</td></tr>
<tr><td>${d.x('Vestigingsadres')}</td><td>${d.keep(`${co.street}, ${co.city}`, 'published company details')}</td></tr>
<tr><td>${d.x('Contactpersoon aanvrager')}</td><td>${d.name(applicantContact, applicantContact.full)}, ${d.fmtPhone(d.direct('mobile'))}</td></tr>
<tr><td>${d.x('Datum ontvangst')}</td><td>${d.x(dt.num)}</td></tr></table>
${p(d.keep(fresh4Policy(d.rng, 'deze regeling'), 'policy text'))}
<table class="g k" style="width:100%;font-size:9pt"><tr><th style="width:35mm">${d.x('Criterium')}</th><th>${d.x('Hoe te scoren')}</th><th style="width:14mm">${d.x('Score')}</th></tr>${crit}</table>
${p(d.keep('Een aanvraag komt voor subsidie in aanmerking bij een totaalscore van ten minste negen punten.', 'policy text'))}
<table style="width:100%;margin-top:14px;font-size:9.5pt"><tr>
<td style="width:50%">${br(d.x('Beoordelaar'), d.name(assessor, assessor.full), d.x(`datum ${dt.num}`), d.x('handtekening: ........................'))}</td>
<td>${br(d.x('Tweede lezer'), d.name(reader, reader.formal), d.x('paraaf: ........'))}</td></tr></table>
${p(`${d.x('Het advies gaat naar gedeputeerde')} ${d.keep(deputy.full, 'public official')}${d.x('. Vragen over de beoordeling:')} ${d.name(assessor, assessor.first)}${d.x(',')} ${d.email(assessor.local(d.rng.pick(['first.sur', 'first.parts'])), 'fryslan.frl')}.`)}`;
  return { kind: 'werkinstructie', format: 'html', title, body: page(d, { body, footer: `${d.x('Provinsje Fryslân')} · ${d.keep('Postbus 20120, 8900 HM Leeuwarden', 'public address')} · ${footerNumber(d)}` }) };
}

// =============================================================================================
// kenmerkstrook
// =============================================================================================
function kenmerkstrook(d) {
  const org = d.rng.pick(ORGS.filter((o) => o.name.startsWith('Gemeente')));
  const addressee = d.person();
  const handler = d.person();
  const signer = d.person();
  const mayor = d.official();
  const dt = when(d.rng);
  const visit = d.street();
  const subject = d.rng.pick(['Uw aanvraag omgevingsvergunning', 'Uw verzoek om kwijtschelding', 'Herinnering ontbrekende gegevens', 'Ontvangstbevestiging van uw bezwaar']);
  const title = subject;
  d.metadata.title = title;
  const strip = [['Ons kenmerk', d.x(`Z/${String(dt.y).slice(2)}/${d.rng.digits(6)}`)], ['Uw kenmerk', d.x(d.rng.pick(['-', 'uw brief van 3 maart', 'geen']))],
    ['Behandeld door', d.name(handler, handler.formal)], ['Telefoon', d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3'])), d.rng.pick(['spaced', 'dash']))], ['Datum', d.x(dt.long)]];
  const body = `<div style="height:36mm;font-size:15pt;font-weight:bold;color:#2b5c8a">${d.x(org.name)}</div>
<div style="height:30mm">${br(d.name(addressee, `${Sir(addressee)} ${addressee.formal}`), d.x(`${d.rng.pick(['Molenstraat', 'Tulpstraat', 'Dorpsweg'])} ${d.rng.int(1, 99)}`), d.x(`${d.rng.int(1000, 9999)} ${d.rng.pick(['AB', 'KL', 'TR'])}  ${org.city.toUpperCase()}`))}</div>
<table style="width:100%;font-size:8pt;border-top:1px solid #000;border-bottom:1px solid #000;margin-bottom:10mm"><tr>${strip.map(([k]) => `<td>${d.x(k)}</td>`).join('')}</tr><tr>${strip.map(([, v]) => `<td>${v}</td>`).join('')}</tr></table>
<p><b>${d.x(`Onderwerp: ${subject}`)}</b></p>
${p(`${d.x(addressee.female ? 'Beste mevrouw' : 'Beste meneer')} ${d.name(addressee, addressee.surnameAlone)},`)}
${p(d.x('Wij hebben uw stukken ontvangen. Om uw aanvraag te kunnen behandelen hebben wij nog een aantal gegevens nodig.'))}
${p(d.keep(fresh4Policy(d.rng, 'deze werkwijze'), 'policy text'))}
${p(`${d.x('Burgemeester')} ${d.keep(mayor.full, 'public official')} ${d.x('heeft de bevoegdheid om hierover te beslissen gemandateerd aan de afdeling.')}`)}
${p(`${d.x('Heeft u vragen? Bel dan')} ${d.name(handler, handler.first)} ${d.x('via')} ${d.general('14', 'general number')} ${d.x('en vraag naar het team Vergunningen.')}`)}
${p(br(d.x('Met vriendelijke groet,'), d.x('namens burgemeester en wethouders,'), '', d.name(signer, signer.full), d.x('teamleider Vergunningen')))}
<div style="position:relative;margin-top:16mm;font-size:7.5pt;width:60mm;border-top:1px solid #888">${br(d.x(org.name), d.x('Bezoekadres'), d.keep(visit, 'public address'), d.keep(org.postbus, 'public address'), d.x(org.site))}</div>`;
  return { kind: 'brief', format: 'html', title, body: page(d, { body }) };
}

// =============================================================================================
// sprekerslijst
// =============================================================================================
function sprekerslijst(d) {
  const org = d.rng.pick(ORGS.filter((o) => o.name.startsWith('Gemeente')));
  const chair = d.official();
  const alderman = d.official();
  const councillors = [d.official(), d.official()];
  const citizens = Array.from({ length: d.rng.int(3, 4) }, () => d.person());
  const griffier = d.person();
  const dt = when(d.rng);
  const title = `Agenda commissie ${d.rng.pick(['Ruimte', 'Samenleving', 'Bestuur en Middelen'])} ${dt.long}`;
  d.metadata.title = title;
  let h = 19;
  let m = 30;
  const at = (step) => { const s = `${h}.${z(m)}`; m += step; while (m >= 60) { m -= 60; h++; } return s; };
  const items = [
    ['Opening en vaststelling agenda', ''],
    ['Spreekrecht burgers', `${d.x('zie sprekerslijst')}`],
    ['Bestemmingsplan Oude Haven', `${d.x('woordvoerders:')} ${d.keep(`${councillors[0].full} (${d.rng.pick(PARTIES)})`, 'public official')}, ${d.keep(`${councillors[1].full} (${d.rng.pick(PARTIES)})`, 'public official')}`],
    ['Toezeggingenlijst', `${d.x('wethouder')} ${d.keep(alderman.full, 'public official')}`],
    ['Rondvraag en sluiting', ''],
  ];
  const topics = ['over agendapunt 3', 'over de verkeerssituatie', 'namens de bewonersvereniging', 'over de sluiting van het buurthuis'];
  const speakers = citizens.map((c, i) => `<tr><td>${i + 1}</td><td>${d.name(c, c.display('first-cap'))}</td><td>${d.x(topics[i % topics.length])}</td><td>${d.x(`${d.rng.int(3, 5)} min.`)}</td><td>${d.fmtPhone(d.direct(d.rng.pick(['mobile', 'mobile', 'geo3'])), d.rng.pick(['plain', 'dash', 'pairs']))}</td></tr>`).join('');
  const body = `<div style="font-size:9pt">${d.x(`${org.name} · griffie`)}</div>
<div style="font-size:16pt;font-weight:bold;margin:4px 0 8px">${d.x(title)}</div>
${p(`${d.x('Voorzitter:')} ${d.keep(`${chair.full} (${d.rng.pick(PARTIES)})`, 'public official')} · ${d.x('Raadzaal, aanvang 19.30 uur')}`)}
<table class="g" style="width:100%">${items.map(([a, b], i) => `<tr><td style="width:14mm">${d.x(at(i === 2 ? 45 : 15))}</td><td style="width:8mm">${i + 1}.</td><td><b>${d.x(a)}</b>${b ? `<br>${b}` : ''}</td></tr>`).join('')}</table>
<h4>${d.x('Sprekerslijst spreekrecht')}</h4>
<table class="g k" style="width:100%;font-size:9pt"><tr><th>${d.x('#')}</th><th>${d.x('inspreker')}</th><th>${d.x('onderwerp')}</th><th>${d.x('spreektijd')}</th><th>${d.x('tel. (griffie)')}</th></tr>${speakers}</table>
${p(`${d.x('Insprekers melden zich uiterlijk 24 uur vooraf bij de griffie:')} ${d.keep(`griffie@${org.domain}`, 'general mailbox')} ${d.x('of')} ${d.general('switch', 'general number')}.`)}
${p(d.keep('Iedere inspreker heeft maximaal vijf minuten spreektijd; commissieleden kunnen daarna vragen stellen.', 'policy text'))}
<p style="font-size:8.5pt">${d.x('Intern: de lijst is bijgewerkt door')} ${d.name(griffier, griffier.full)}${d.x('. Bij afmeldingen belt')} ${d.name(griffier, griffier.first)} ${d.x('de volgende op de wachtlijst:')} ${d.name(citizens[0], citizens[0].surnameAlone)} ${d.x('is al gebeld.')}</p>`;
  return { kind: 'verslag', format: 'html', title, body: page(d, { body, footer: `${d.x(org.site)} · ${footerNumber(d)}` }) };
}

// =============================================================================================
// beleidsnotitie
// =============================================================================================
function beleidsnotitie(d) {
  const org = d.rng.pick(ORGS);
  const author = d.person();
  const coauthor = d.person();
  const minister = d.official();
  const dt = when(d.rng);
  const topic = d.rng.pick(['vroegsignalering van schulden', 'toezicht op kinderopvang', 'de aanpak van adresfraude', 'ondersteuning van mantelzorgers']);
  const title = `Beleidsnotitie ${topic}`;
  d.metadata.title = title;
  const notes = [
    'Artikel 3:4, tweede lid, van de Algemene wet bestuursrecht.',
    'Wet gemeentelijke schuldhulpverlening, artikel 3.',
    `Kamerstukken II ${dt.y - 1}/${String(dt.y).slice(2)}, ${d.rng.int(24000, 36000)}, nr. ${d.rng.int(5, 300)}.`,
    'Participatiewet, artikel 17, eerste lid.',
  ];
  const fn = (i) => `<sup>${i + 1}</sup>`;
  const body = `<div style="font-size:19pt">${d.x(title)}</div><div style="color:#555;margin-bottom:10px">${d.x(`${org.name} · versie ${dt.long}`)}</div>
<h4>${d.x('1 Aanleiding')}</h4>
${p(`${d.keep(fresh4Policy(d.rng, 'deze notitie'), 'policy text')}${fn(0)} ${d.x('Minister')} ${d.keep(minister.full, 'public official')} ${d.x('heeft gemeenten gevraagd hierop te sturen.')}${fn(2)}`)}
<h4>${d.x('2 Kader')}</h4>
${p(`${d.keep('Het college stelt de beleidsregels vast en publiceert ze in het Gemeenteblad.', 'policy text')}${fn(1)} ${d.keep('Een inwoner die het niet eens is met een besluit op grond van deze regels, kan daartegen bezwaar maken.', 'policy text')}${fn(3)}`)}
<div style="background:#f0f0f0;border-left:4px solid #555;padding:6px 10px;margin:10px 0"><b>${d.x('Stappenplan uitvoering (alleen voor medewerkers)')}</b><ol>${[0, 1, 2].map(() => `<li>${d.guidance(fresh4Guidance(d.rng))}</li>`).join('')}</ol></div>
<h4>${d.x('3 Vervolg')}</h4>
${p(`${d.x('De notitie is besproken met')} ${d.name(coauthor, coauthor.full)} ${d.x(`van de afdeling Juridische Zaken; ${coauthor.female ? 'haar' : 'zijn'} opmerkingen zijn verwerkt.`)}`)}
<div style="border-top:1px solid #000;margin-top:14px;font-size:8pt">${notes.map((n, i) => `<div>${i + 1} ${d.x(n)}</div>`).join('')}</div>
<p style="font-size:8pt;margin-top:10px">${d.x('Colofon — opgesteld door')} ${d.name(author, author.formal)}, ${d.email(author.local(d.rng.pick(['first.sur', 'ii.sur'])), org.domain)}, ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['intl', 'spaced']))}</p>`;
  return { kind: 'nota', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${footerNumber(d)}` }) };
}

// =============================================================================================
// signal
// =============================================================================================
function signal(d) {
  const org = d.rng.pick(ORGS);
  const people = Array.from({ length: d.rng.int(3, 4) }, () => d.person());
  const wethouder = d.official();
  const dt = when(d.rng);
  const group = d.rng.pick(['Crisisteam wateroverlast', 'Team Wijkaanpak', 'Piketgroep', 'Werkgroep evaluatie']);
  const title = `Export ${group}`;
  d.metadata.title = title;
  const txt = d.format === 'txt';
  const lines = [];
  const msgs = [
    (o) => `${d.name(o, o.first)} ${d.x('kun jij de bewoners van nummer 12 nog even bellen?')}`,
    () => `${d.x('Ik sta bij de ingang, bel')} ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'plain', 'intl']))}`,
    () => `${d.x('Wethouder')} ${d.keep(wethouder.full, 'public official')} ${d.x('komt om half drie langs.')}`,
    (o) => `${d.x('Heb je het van')} ${d.name(o, o.surnameAlone)} ${d.x('al gezien? Zo niet, ik stuur het door.')}`,
    () => d.x(d.rng.pick(['👍', 'Oké', 'Top, dank je', 'Komt goed', 'Ben onderweg'])),
    () => `${d.x('Meldingen van burgers graag naar')} ${d.general('0800', 'general number')}${d.x(', niet naar ons.')}`,
    (o) => `${d.x('Mail het verslag naar')} ${d.email(o.local(d.rng.pick(['first.sur', 'isur'])), org.domain)}`,
  ];
  const days = [dt, when(d.rng)];
  for (const day of days) {
    lines.push({ day: day.short });
    for (let i = 0; i < d.rng.int(4, 6); i++) {
      const who = d.rng.pick(people);
      const other = d.rng.pick(people.filter((x) => x !== who));
      let text = d.rng.pick(msgs)(other);
      if (txt) text = text.replace('👍', '(duim)');
      lines.push({ t: `${z(d.rng.int(7, 22))}:${z(d.rng.int(0, 59))}`, who, text, quote: d.rng.chance(0.2) ? other : null });
    }
  }
  if (txt) {
    const out = [`Signal - ${group}`, `Leden: ${people.map((x) => d.name(x, x.full)).join(', ')}`, ''];
    for (const l of lines) {
      if (l.day) { out.push('', `--- ${l.day} ---`); continue; }
      out.push(`${l.t} ${d.name(l.who, l.who.full)}`);
      if (l.quote) out.push(`    > ${d.name(l.quote, l.quote.first)}: ...`);
      out.push(`    ${l.text}`);
    }
    return { kind: 'chat', format: 'txt', title, body: `${out.join('\n')}\n` };
  }
  const html = lines.map((l) => (l.day ? `<div style="text-align:center;color:#777;margin:10px 0 4px">${d.x(l.day)}</div>`
    : `<div style="margin:3px 0"><span style="color:#777">${d.x(l.t)}</span> <b>${d.name(l.who, l.who.full)}</b>${l.quote ? `<div style="margin-left:12mm;color:#666;border-left:2px solid #aaa;padding-left:4px">${d.name(l.quote, l.quote.first)}</div>` : ''}<div style="margin-left:12mm">${l.text}</div></div>`)).join('\n');
  const body = `<div style="font-size:14pt">${d.x(group)}</div><div style="font-size:8.5pt;color:#555">${d.x('Leden:')} ${people.map((x) => d.name(x, x.full)).join(', ')}</div>${html}`;
  return { kind: 'chat', format: 'html', title, body: page(d, { body }) };
}

/** The fresh4 templates: `producers` lists which producers render them, in turn. */
export const FRESH4_FAMILIES = [
  { id: 'ticketexport', fresh4: ticketexport, producers: ['enscript', 'chromium', 'soffice'] },
  { id: 'klachtdossier', fresh4: klachtdossier, producers: ['soffice', 'chromium'] },
  { id: 'besluitenlijst', fresh4: besluitenlijst, producers: ['chromium', 'soffice'] },
  { id: 'hoorzitting', fresh4: hoorzitting, producers: ['soffice', 'chromium'] },
  { id: 'beoordelingsformulier', fresh4: beoordelingsformulier, producers: ['chromium', 'soffice'] },
  { id: 'kenmerkstrook', fresh4: kenmerkstrook, producers: ['soffice', 'chromium'] },
  { id: 'sprekerslijst', fresh4: sprekerslijst, producers: ['chromium', 'soffice'] },
  { id: 'beleidsnotitie', fresh4: beleidsnotitie, producers: ['soffice', 'chromium'] },
  { id: 'signal', fresh4: signal, producers: ['enscript', 'chromium', 'soffice'] },
];
