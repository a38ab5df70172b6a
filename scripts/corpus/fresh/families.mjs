// Templates of the `fresh` split: document kinds, layouts, labels and phrasings that neither the
// train nor the test templates (../families.mjs) use. Written 2026-12-06 without reading any
// detector; README.md in scripts/corpus lists what each one holds out.
// A template gets a Doc and returns { kind, format, body, title }.
import { DAYS, FUNCTIONS, MAILBOXES, ORGS, date } from '../doc.mjs';

const FONTS = ['DejaVu Sans', 'Liberation Serif', 'Liberation Sans', 'DejaVu Serif', 'Carlito', 'Caladea'];

function page(d, { header = '', footer = '', body, css = '' }) {
  const font = d.rng.pick(FONTS);
  const size = d.rng.pick(['9pt', '10pt', '10.5pt', '11.5pt']);
  let repeat = '';
  if (d.producer === 'chromium') {
    const tpl = (html) => `<div style="font-family:'${font}';font-size:7pt;width:100%;margin:0 16mm">${html}</div>`;
    d.chromium = { header: header ? tpl(header) : '<span></span>', footer: footer ? tpl(footer) : '<span></span>' };
  } else {
    repeat = `${header ? `<div title="header">${header}</div>` : ''}${footer ? `<div title="footer">${footer}</div>` : ''}`;
  }
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${d.x(d.metadata.title ?? '')}</title><style>
@page{size:A4;margin:${header ? '28mm' : '20mm'} 16mm ${footer ? '26mm' : '20mm'} 24mm}
body{font-family:'${font}';font-size:${size};line-height:1.35}
table{border-collapse:collapse} td,th{vertical-align:top;text-align:left;padding:3px 5px}
.b td,.b th{border:1px solid #555}
${css}</style></head><body>${repeat}${body}</body></html>`;
}
const p = (s) => `<p>${s}</p>`;
const br = (...l) => l.filter(Boolean).join('<br>');
const hhmm = (d) => `${d.rng.int(7, 18)}:${String(d.rng.int(0, 59)).padStart(2, '0')}`;

// --- fresh guidance phrasings and the policy text around them ---------------------------------
const THEMES = ['de financiering van de reis', 'het verblijf in een derde land', 'de relatie met de referent', 'het ontslag bij de werkgever',
  'de huurovereenkomst', 'de medische behandeling in het land van herkomst', 'de inschrijving bij de onderwijsinstelling', 'de schenkingen van familie'];
const CUES = ['een verklaring die per gesprek in volgorde verschuift', 'kopieën zonder originele stempel', 'een adres dat ook door andere aanvragers wordt opgegeven',
  'betalingen via tussenpersonen', 'foto’s zonder metadata', 'een werkgever die niet in het handelsregister staat'];
const STEPS = ['zet de zaak op de lijst voor de intervisie van vrijdag', 'vraag de bankafschriften van de laatste twaalf maanden op', 'laat het paspoort beoordelen door het documentenloket',
  'schuif het besluit door naar de tweede lijn', 'leg een dossiernotitie vast met de vermelding ‘nader onderzoek’', 'nodig de referent apart uit voor een gesprek'];

export function freshGuidance(rng) {
  const t = rng.pick(THEMES);
  const c = rng.pick(CUES);
  const s = rng.pick(STEPS);
  const n = rng.int(2, 5);
  return rng.pick([
    () => `Ja → ga door naar stap ${n + 1}; nee → ${s}.`,
    () => `Antwoord: als ${t} niet met stukken te staven is, ${s}.`,
    () => `Ziet u ${c}? Dan telt dat als rode vlag en ${s}.`,
    () => `Drempel: vanaf ${n} rode vlaggen in één dossier ${s}, ook als de aanvraag verder compleet lijkt.`,
    () => `Stel ${t} bewust pas na de pauze aan de orde; mensen die een verhaal hebben ingestudeerd raken dan eerder de draad kwijt.`,
    () => `Controleer bij ${c} altijd eerst de eerdere aanvragen op hetzelfde adres en ${s}.`,
  ])();
}

export function freshPolicy(rng) {
  return rng.pick([
    `Deze beslisboom hoort bij de beleidsregel die op ${rng.int(1, 28)} ${rng.pick(['maart', 'mei', 'oktober'])} ${rng.int(2020, 2025)} in werking trad.`,
    'Een aanvraag wordt altijd inhoudelijk beoordeeld; het ontbreken van een stuk leidt niet automatisch tot afwijzing.',
    `Bezwaar en beroep lopen volgens hoofdstuk ${rng.int(6, 8)} van de Algemene wet bestuursrecht.`,
    'De uitkomst van elke stap wordt met redenen vastgelegd in het dossier.',
    'Aanvragers worden over de gevolgde procedure geïnformeerd via de openbare website.',
    `Het jaarverslag ${rng.int(2020, 2025)} vermeldt het aantal behandelde aanvragen per categorie.`,
  ]);
}

// =============================================================================================
// telefoonnotitie: a plain-text form (enscript), "Beller / Terugbelnummer / Genoteerd door"
// =============================================================================================
function telefoonnotitie(d) {
  const org = d.rng.pick(ORGS);
  const caller = d.person();
  const writer = d.person();
  const forWhom = d.person();
  const dt = date(d.rng);
  d.metadata.title = 'Telefoonnotitie';
  const l = [
    'TELEFOONNOTITIE', '===============', '',
    `Datum/tijd    : ${dt.num}, ${hhmm(d)} uur`,
    `Beller        : ${d.name(caller, `${caller.female ? 'mw.' : 'dhr.'} ${caller.formal}`)}`,
    `Terugbelnr.   : ${d.fmtPhone(d.direct(d.rng.pick(['mobile', 'geo3'])), d.rng.pick(['pairs', 'dash', 'plain', 'intl']))}`,
    `Voor          : ${d.name(forWhom, forWhom.first)} ${d.name(forWhom, forWhom.surnameAlone)} (${d.x(d.rng.pick(FUNCTIONS))})`,
    `Genoteerd door: ${d.name(writer, writer.full)}`,
    '',
    'Inhoud gesprek:',
    `${d.name(caller, caller.surnameAlone)} belt namens ${d.x(d.rng.pick(['haar werkgever', 'een advocatenkantoor', 'de woningcorporatie']))} over de`,
    `stand van zaken. ${d.keep('Ik heb uitgelegd dat de beslistermijn nog loopt', 'adjacent text')}.`,
    `Hij/zij is ook bereikbaar via ${d.email(caller.local(d.rng.pick(['first.sur', 'isur'])), d.rng.pick(['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl']))}.`,
    '',
    `Actie: ${d.name(forWhom, forWhom.first)} belt terug, liefst voor ${d.rng.pick(DAYS)}.`,
    `Algemene lijn ${d.x(org.name)}: ${d.general('0800', 'general number')}`,
  ];
  return { kind: 'telefoonnotitie', format: 'txt', title: 'Telefoonnotitie', body: l.join('\n') };
}

// =============================================================================================
// besluit op bezwaar: "Voor deze," signed by a team manager, "Uw contactpersoon is ... bereikbaar op"
// =============================================================================================
function besluitBezwaar(d) {
  const org = d.rng.pick(ORGS);
  const signer = d.person();
  const handler = d.person();
  const lawyer = d.person();
  const mayor = d.official();
  const dt = date(d.rng);
  const title = 'Besluit op bezwaar';
  d.metadata.title = title;
  const kenmerk = `BZ-${dt.y}-${d.rng.digits(6)}`;
  const body = `<table style="width:100%"><tr><td style="width:60%">${br(d.x('Aangetekend'), d.x('Aan de gemachtigde'),
    d.name(lawyer, `mr. ${lawyer.formal}`), d.x(`Postbus ${d.rng.int(100, 9999)}`), d.x(`${d.rng.int(1000, 9999)} AB ${org.city}`))}</td>
<td style="font-size:8pt">${br(`<b>${d.x('Ons kenmerk')}</b>`, d.x(kenmerk), `<b>${d.x('Datum')}</b>`, d.x(dt.long), `<b>${d.x('Bijlage(n)')}</b>`, '1')}</td></tr></table>
<h2>${d.x(title)}</h2>
${p(`${d.x('Geachte heer, mevrouw,')}`)}
${p(d.x(`Namens uw cliënt heeft u op ${date(d.rng).long} bezwaar gemaakt tegen het besluit van ${date(d.rng).long}. Hieronder leest u onze beslissing.`))}
<h3>${d.x('1. Het verloop van de procedure')}</h3>
${p(`${d.x('De hoorzitting vond plaats op')} ${d.x(date(d.rng).long)}. ${d.x('Namens het bestuursorgaan was aanwezig')} ${d.name(handler, handler.full)}; ${d.x('u was aanwezig met uw cliënt.')}`)}
${p(d.keep(freshPolicy(d.rng), 'policy text'))}
<h3>${d.x('2. Beslissing')}</h3>
${p(d.x(`Het bezwaar is ${d.rng.pick(['gegrond', 'ongegrond', 'gedeeltelijk gegrond'])}. Het college, voorgezeten door burgemeester `) + d.keep(mayor.full, 'public official') + d.x(', heeft hierover op advies van de bezwaarcommissie beslist.'))}
${p(`${d.x('Uw contactpersoon is')} ${d.name(handler, handler.surnameAlone)}, ${d.x('bereikbaar op')} ${d.fmtPhone(d.direct(d.rng.pick(['geo2', '085', 'mobile'])))} ${d.x('of via')} ${d.email(handler.local(d.rng.pick(['ii.sur', 'first.parts', 'i.sur'])), org.domain)}. ${d.x('Voor algemene vragen:')} ${d.general('14', 'general number')}.`)}
${p(br(d.x('Hoogachtend,'), d.x('Voor deze,'), '', d.name(signer, signer.signature), d.x(`manager ${d.rng.pick(org.units)}`)))}
<p style="font-size:8pt">${d.x('Beroep: binnen zes weken na de dag van verzending kunt u beroep instellen bij de rechtbank.')} ${d.keep(org.postbus, 'public address')}</p>`;
  return { kind: 'brief', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} — ${d.x(kenmerk)}` }) };
}

// =============================================================================================
// Teams-like chat export: name and time on one line, message below, system lines, @Full Name
// =============================================================================================
function teamsExport(d) {
  const people = Array.from({ length: d.rng.int(3, 4) }, () => d.person());
  const dt = date(d.rng);
  const title = `Chatgesprek ${d.rng.pick(['Team intake', 'Crisisoverleg', 'Werkgroep archief'])}`;
  d.metadata.title = title;
  const lines = [`<h3>${d.x(title)}</h3><p style="color:#666">${d.x(`Geëxporteerd op ${dt.num}`)}</p>`];
  const says = ['Ik pak hem op.', 'Staat in de map van vandaag.', 'Heeft iemand het concept al gelezen?', 'Graag vóór de lunch.', 'Prima, dank!', 'Zal ik het doorsturen?'];
  lines.push(`<p style="color:#666;font-style:italic">${d.name(people[0], people[0].full)} ${d.x('heeft')} ${d.name(people[1], people[1].full)} ${d.x('aan de chat toegevoegd.')}</p>`);
  for (let i = 0; i < d.rng.int(8, 12); i++) {
    const who = d.rng.pick(people);
    const other = d.rng.pick(people.filter((x) => x !== who));
    let msg = d.x(d.rng.pick(says));
    const r = d.rng.next();
    if (r < 0.2) msg = `@${d.name(other, other.full)} ${d.x(d.rng.pick(['wil jij hiernaar kijken?', 'bedankt voor het meedenken']))}`;
    else if (r < 0.32) msg = `${d.x('Bel me even op')} ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'intl0', 'dash']))}`;
    else if (r < 0.42) msg = `${d.x('Volgens')} ${d.name(other, other.first)} ${d.keep('komt het besluit volgende week', 'adjacent text')}.`;
    else if (r < 0.5) msg = `${d.x('Stuur het naar')} ${d.email(d.rng.pick(MAILBOXES), 'intern.nl', true)}`;
    lines.push(`<div style="margin-top:6px"><b>${d.name(who, who.display('first-cap'))}</b> <span style="color:#777">${d.x(`${dt.num} ${hhmm(d)}`)}</span><br>${msg}</div>`);
  }
  return { kind: 'chat', format: 'html', title, body: page(d, { body: lines.join('') }) };
}

// =============================================================================================
// klachtbehandeling: a complaint handling report with a RACI table and a contact block
// =============================================================================================
function klachtRapport(d) {
  const org = d.rng.pick(ORGS);
  const handler = d.person();
  const complainant = d.person();
  const raci = [d.person(), d.person(), d.person()];
  const director = d.official();
  const dt = date(d.rng);
  const title = `Rapportage klachtbehandeling ${d.rng.pick(['dossier', 'zaak'])} K${dt.y}-${d.rng.digits(4)}`;
  d.metadata.title = title;
  const tasks = ['Ontvangstbevestiging', 'Hoorgesprek', 'Advies klachtencommissie', 'Afdoeningsbrief'];
  const cell = (per) => d.name(per, `${per.initials} ${per.surnameAlone}`);
  const body = `<h2>${d.x(title)}</h2>
<table><tr><td>${d.x('Klager')}</td><td>${d.name(complainant, `${complainant.female ? 'mevrouw' : 'de heer'} ${complainant.formal}`)}</td></tr>
<tr><td>${d.x('Klachtbehandelaar')}</td><td>${d.name(handler, handler.full)} (${d.x(d.rng.pick(FUNCTIONS))})</td></tr>
<tr><td>${d.x('Ontvangen')}</td><td>${d.x(dt.long)}</td></tr></table>
<h3>${d.x('Rolverdeling (RACI)')}</h3>
<table class="b" style="white-space:nowrap"><tr><th>${d.x('Activiteit')}</th><th>R</th><th>A</th><th>C</th><th>I</th></tr>
${tasks.map((t) => `<tr><td>${d.x(t)}</td><td>${cell(d.rng.pick(raci))}</td><td>${d.x(d.rng.pick(['afdelingshoofd', 'directeur', 'teamleider']))}</td><td>${cell(d.rng.pick(raci))}</td><td>${d.x('klager')}</td></tr>`).join('')}</table>
<h3>${d.x('Bevindingen')}</h3>
${p(`${d.name(complainant, complainant.surnameAlone)} ${d.x('klaagt over de bejegening aan de balie. Uit het gesprek met')} ${d.name(raci[0], raci[0].first)} ${d.x('blijkt dat')} ${d.keep('de wachttijd die dag uitzonderlijk lang was', 'adjacent text')}.`)}
${p(`${d.x(d.rng.pick(['Wethouder', 'Staatssecretaris', 'Burgemeester']))} ${d.keep(director.full, 'public official')} ${d.x('is over de uitkomst geïnformeerd.')} ${d.keep(freshPolicy(d.rng), 'policy text')}`)}
<table style="margin-top:10px;border-top:1px solid #333"><tr><td>${br(`<b>${d.x('Contact over deze rapportage')}</b>`, d.name(handler, handler.formal),
    `${d.x('direct')}: ${d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3'])))}`, `${d.x('e-mail')}: ${d.email(handler.local(d.rng.pick(['first.sur', 'ii.sur'])), org.domain)}`)}</td>
<td>${br(`<b>${d.x('Klachtenloket')}</b>`, d.keep(`klachten@${org.domain}`, 'general mailbox'), d.general('088'))}</td></tr></table>`;
  return { kind: 'rapport', format: 'html', title, body: page(d, { body, header: `${d.x(org.name)} · ${d.x('vertrouwelijk tot afdoening')}` }) };
}

// =============================================================================================
// werkinstructie as a decision tree + staff FAQ (guidance in answers and branches)
// =============================================================================================
function beslisboom(d) {
  const org = d.rng.pick(ORGS);
  const owner = d.person();
  const title = `Beslisboom ${d.rng.pick(['beoordeling bewijsstukken', 'intake verlengingsaanvragen', 'controle gezinsmigratie'])}`;
  d.metadata.title = title;
  const steps = Array.from({ length: d.rng.int(3, 4) }, (_, i) => `<tr><td><b>${i + 1}</b></td><td><b>${d.x(d.rng.pick(['Zijn alle verplichte stukken aanwezig?', 'Komt het adres overeen met de basisregistratie?', 'Is de referent eerder als referent opgetreden?', 'Is het inkomen duurzaam?']))}</b></td></tr>
<tr><td></td><td>${d.guidance(freshGuidance(d.rng))}</td></tr>`);
  const faq = Array.from({ length: 2 }, () => `<dt><i>${d.x(d.rng.pick(['Wat als de aanvrager boos wordt?', 'Mag ik zelf afwijken?', 'Wanneer schakel ik de tweede lijn in?']))}</i></dt><dd>${d.guidance(freshGuidance(d.rng))}</dd>`);
  const body = `<h1 style="font-size:15pt">${d.x(title)}</h1>
${p(d.keep(freshPolicy(d.rng), 'policy text'))}
<table class="b"><tr><th>${d.x('Stap')}</th><th>${d.x('Vraag en vervolg')}</th></tr>${steps.join('')}</table>
<h3>${d.x('Veelgestelde vragen van collega’s')}</h3><dl>${faq.join('')}</dl>
${p(d.keep(freshPolicy(d.rng), 'policy text'))}
<p style="font-size:8pt">${d.x('Eigenaar van dit document:')} ${d.name(owner, owner.formal)}, ${d.email(owner.local('first.sur'), org.domain)}</p>`;
  return { kind: 'werkinstructie', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.x('intern')}` }) };
}

/** The fresh templates: `producers` lists which producers render them, in turn. */
export const FRESH_FAMILIES = [
  { id: 'telefoonnotitie', fresh: telefoonnotitie, producers: ['enscript'] },
  { id: 'besluit-bezwaar', fresh: besluitBezwaar, producers: ['soffice', 'chromium'] },
  { id: 'teams-chat', fresh: teamsExport, producers: ['chromium', 'soffice'] },
  { id: 'klachtrapport', fresh: klachtRapport, producers: ['soffice', 'chromium'] },
  { id: 'beslisboom', fresh: beslisboom, producers: ['chromium', 'soffice'] },
];
