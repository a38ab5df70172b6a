// Template families of the `fresh8` split (session 13): document kinds that no older split was
// written as, by someone who did not read the detectors: call-centre scripts, intranet FAQ
// prints, handover notes, incident evaluations of a safety region, integrity investigation
// reports with comments in the margin, subsidy assessment forms with notes for assessors,
// covenants with a contact annex, bilingual correspondence with an EU body or an embassy, and
// inspection visit reports with a checklist. Every template writes its text through the Doc,
// which records each name form, direct number, internal e-mail local part and guidance passage
// (items) and each string that must stay (public officials, general numbers and mailboxes,
// addresses, policy sentences next to guidance, words right after a name).
import { date } from '../doc.mjs';

const FONTS = ['URW Bookman', 'P052', 'C059', 'Nimbus Sans Narrow', 'URW Gothic', 'Nimbus Sans', 'Nimbus Roman', 'Liberation Sans Narrow', 'DejaVu Serif Condensed'];

/** Organisations of this split (real names, made-up postal details and numbers). */
const ORGS = {
  waterschap: [
    { name: 'Waterschap Vallei en Veluwe', domain: 'vallei-veluwe.nl', city: 'Apeldoorn', addr: 'Postbus 4142, 7320 AC Apeldoorn', site: 'www.vallei-veluwe.nl' },
    { name: 'Hoogheemraadschap van Delfland', domain: 'hhdelfland.nl', city: 'Delft', addr: 'Postbus 3061, 2601 DB Delft', site: 'www.hhdelfland.nl' },
    { name: 'Waterschap Hunze en Aa\'s', domain: 'hunzeenaas.nl', city: 'Veendam', addr: 'Postbus 195, 9640 AD Veendam', site: 'www.hunzeenaas.nl' },
  ],
  gemeente: [
    { name: 'Gemeente Almere', domain: 'almere.nl', city: 'Almere', addr: 'Postbus 200, 1300 AE Almere', site: 'www.almere.nl' },
    { name: 'Gemeente Deventer', domain: 'deventer.nl', city: 'Deventer', addr: 'Postbus 5000, 7400 GC Deventer', site: 'www.deventer.nl' },
    { name: 'Gemeente Emmen', domain: 'emmen.nl', city: 'Emmen', addr: 'Postbus 30001, 7800 RA Emmen', site: 'www.emmen.nl' },
    { name: 'Gemeente Heerlen', domain: 'heerlen.nl', city: 'Heerlen', addr: 'Postbus 1, 6400 AA Heerlen', site: 'www.heerlen.nl' },
  ],
  vr: [
    { name: 'Veiligheidsregio Twente', domain: 'vrtwente.nl', city: 'Enschede', addr: 'Postbus 1400, 7500 BK Enschede', site: 'www.vrtwente.nl' },
    { name: 'Veiligheidsregio Zuid-Holland Zuid', domain: 'vrzhz.nl', city: 'Dordrecht', addr: 'Postbus 350, 3300 AJ Dordrecht', site: 'www.vrzhz.nl' },
    { name: 'Veiligheidsregio Fryslân', domain: 'vrf.nl', city: 'Leeuwarden', addr: 'Postbus 612, 8901 BK Leeuwarden', site: 'www.veiligheidsregiofryslan.nl' },
  ],
  rijk: [
    { name: 'Rijksdienst voor Ondernemend Nederland', domain: 'rvo.nl', city: 'Utrecht', addr: 'Postbus 8242, 3503 RE Utrecht', site: 'www.rvo.nl' },
    { name: 'Ministerie van Infrastructuur en Waterstaat', domain: 'minienw.nl', city: 'Den Haag', addr: 'Postbus 20901, 2500 EX Den Haag', site: 'www.rijksoverheid.nl/ienw' },
    { name: 'Ministerie van Landbouw, Natuur en Voedselkwaliteit', domain: 'minlnv.nl', city: 'Den Haag', addr: 'Postbus 20401, 2500 EK Den Haag', site: 'www.rijksoverheid.nl/lnv' },
    { name: 'Provincie Overijssel', domain: 'overijssel.nl', city: 'Zwolle', addr: 'Postbus 10078, 8000 GB Zwolle', site: 'www.overijssel.nl' },
  ],
};

/** A direct number in a notation of the Dutch numbering plan, more than people.mjs writes. */
function tel(d, kind) {
  const n = d.direct(kind);
  const style = d.rng.pick(['spaced', 'dash', 'paren', 'plain', 'intl0', 'intl', '0031', 'pairs', 'dash-spaced', 'mob44', 'intl44', 'slash']);
  if (style === 'mob44' || style === 'intl44' || style === 'slash') {
    const r = n.rest;
    const p = n.prefix;
    if (style === 'slash') return d.phone(`${p}/${r}`); // 0313/412345
    const g = n.kind === 'mobile' ? `${r.slice(0, 4)} ${r.slice(4)}` : `${r.slice(0, 3)} ${r.slice(3)}`;
    return d.phone(style === 'mob44' ? `${p} ${g}` : `+31 ${p.slice(1)} ${g}`); // 06 1234 5678 / +31 6 1234 5678
  }
  return d.fmtPhone(n, style);
}

/** One HTML page set-up; headers and footers by the producer's own mechanism. */
function page(d, { header = '', footer = '', body, css = '', font: forced }) {
  const font = forced ?? d.rng.pick(FONTS);
  const size = d.rng.pick(['9.5pt', '10pt', '10.5pt', '11pt']);
  let repeat = '';
  if (d.producer === 'chromium') {
    const tpl = (html) => `<div style="font-family:'${font}';font-size:7.5pt;width:100%;margin:0 18mm;color:#333;font-variant-ligatures:none">${html}</div>`;
    d.chromium = { header: header ? tpl(header) : '<span></span>', footer: footer ? tpl(`${footer} <span style="float:right">pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span>`) : '<span></span>' };
  } else {
    repeat = `${header ? `<div title="header"><p style="font-size:8pt">${header}</p></div>` : ''}${footer ? `<div title="footer"><p style="font-size:8pt">${footer}</p></div>` : ''}`;
  }
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${d.x(d.metadata.title ?? '')}</title><style>
@page{size:A4;margin:${header ? '26mm' : '18mm'} 18mm ${footer ? '24mm' : '18mm'} 20mm}
body{font-family:'${font}';font-size:${size};line-height:1.35;font-variant-ligatures:none}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #777;padding:3px 5px;vertical-align:top;text-align:left}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.1em}.small{font-size:.85em}
${css}</style></head><body>${repeat}${body}</body></html>`;
}

const email = (d, p, domain) => d.email(p.local(d.rng.pick(['i.sur', 'first.sur', 'first.parts', 'isur', 'ii.sur'])), domain);

// ---------------------------------------------------------------------------------------------
// 1. Call-centre script (belscript) of a water board or municipality.

const SCRIPT_TOPICS = [
  { t: 'Vragen over de aanslag watersysteemheffing', law: 'De heffing is gebaseerd op de Waterschapswet en de Verordening watersysteemheffing.', org: 'waterschap' },
  { t: 'Meldingen van wateroverlast en verstopte duikers', law: 'Het waterschap heeft de zorg voor het watersysteem op grond van artikel 2.17 van de Omgevingswet.', org: 'waterschap' },
  { t: 'Vragen over de afvalstoffenheffing en kwijtschelding', law: 'Kwijtschelding wordt verleend volgens de Leidraad Invordering en de Uitvoeringsregeling Invorderingswet 1990.', org: 'gemeente' },
  { t: 'Meldingen openbare ruimte (verlichting, bestrating, zwerfafval)', law: 'De gemeente is als wegbeheerder verantwoordelijk op grond van de Wegenwet.', org: 'gemeente' },
];
const SCRIPT_GUIDE = [
  'Vraag niet naar het inkomen van de beller; noteer alleen het aanslagnummer en zet bij twijfel over betaalproblemen direct een terugbelverzoek klaar voor de achterwacht.',
  'Als de beller binnen dertig dagen voor de derde keer belt over dezelfde melding, markeer het klantbeeld dan als herhaalbeller en verbind niet meer door naar de behandelaar.',
  'Noem geen termijn voor herstel wanneer de melding in een wijk met een lopend project ligt; zeg dat de aannemer contact opneemt.',
  'Bij een beller die boos wordt: geef één keer aan dat u het gesprek beëindigt bij schelden, en hang daarna op zonder verdere toelichting. Meld het voorval in het incidentregister.',
  'Verwijs journalisten nooit door naar de vakafdeling, maar leg het nummer en de vraag vast en stuur die binnen een uur naar de persvoorlichting.',
  'Een dwangbevel dat al verzonden is, mag u niet toezeggen op te schorten; geef alleen aan dat een verzoek om uitstel schriftelijk kan worden ingediend, en noteer of de beller dreigt met een bezwaar.',
];
const SCRIPT_SAY = [
  'Goedemorgen, u spreekt met het Klantcontactcentrum. Waarmee kan ik u helpen?',
  'Mag ik uw postcode en huisnummer, zodat ik de juiste gegevens voor me heb?',
  'Ik leg uw vraag vast en u ontvangt binnen vijf werkdagen een reactie.',
  'Is er verder nog iets waarmee ik u van dienst kan zijn?',
];

function belscript(d) {
  const topic = d.rng.pick(SCRIPT_TOPICS);
  const org = d.rng.pick(ORGS[topic.org]);
  const author = d.person();
  const back = d.person();
  const back2 = d.person();
  const when = date(d.rng);
  const general = topic.org === 'gemeente' ? d.general('14', 'the municipality\'s general number') : d.general('088', 'the water board\'s general number');
  const storing = d.general('0800', 'general fault line');
  d.metadata.title = `Belscript ${topic.t}`;
  const guide = d.rng.sample(SCRIPT_GUIDE, 3);
  const say = SCRIPT_SAY.map((x) => d.x(x));
  const rows = [
    [say[0], d.x('Neem op binnen drie keer overgaan. Gebruik de naam van de organisatie, niet uw eigen naam.')],
    [say[1], d.guidance(guide[0])],
    [d.x('Uitleg: ') + d.keep(topic.law, 'policy next to guidance'), d.guidance(guide[1])],
    [say[2], d.guidance(guide[2])],
    [say[3], d.x('Sluit het contact af in het klantsysteem met de juiste categorie.')],
  ];
  const authorFn = d.rng.pick(['teamleider KCC', 'coördinator klantcontact', 'kwaliteitsmedewerker KCC']);
  const twoCol = d.rng.chance(0.5);
  const esc = [
    ['Achterwacht', back, 'mobile'],
    [d.rng.pick(['Vakspecialist', 'Senior behandelaar', 'Coördinator buitendienst']), back2, d.rng.pick(['geo3', 'geo2', '085'])],
  ];
  const surnameOf = (p) => d.name(p, p.surnameAlone);
  const body = `
<p class="small">${d.x(org.name)} &middot; Klantcontactcentrum &middot; intern werkdocument</p>
<h1>Belscript: ${d.x(topic.t)}</h1>
<p class="small">Versie ${d.rng.int(2, 6)}.${d.rng.int(0, 9)} &middot; vastgesteld ${d.x(when.long)} &middot; eigenaar: ${d.name(author, author.full)} (${d.x(authorFn)})</p>
<h2>Doel</h2>
<p>${d.x('Dit script helpt medewerkers van het Klantcontactcentrum om vragen eenduidig af te handelen. ')}${d.keep('Burgers kunnen het algemene nummer ook buiten kantoortijden bellen voor spoedeisende meldingen.', 'public information')}</p>
<h2>Gespreksverloop</h2>
<table>${rows.map(([a, b], i) => `<tr><th>Stap ${i + 1}. Wat zegt u</th></tr><tr><td>${a}</td></tr><tr><td style="background:#f2f2f2"><i>Achtergrond voor de medewerker:</i> ${b}</td></tr>`).join('\n')}
</table>
<h2>Doorverbinden en escalatie</h2>
${twoCol ? '<div style="column-count:2;column-gap:8mm">' : '<div>'}
<p><b>Algemeen nummer (mag aan de burger worden genoemd):</b> ${general}<br><b>Storingen buiten kantoortijd:</b> ${storing}</p>
${esc.map(([role, p, kind]) => `<p><b>${d.x(role)}:</b> ${d.name(p, p.full)}<br>${d.x(d.rng.pick(['tel.', 'mobiel', 'T', 'bereikbaar op']))} ${tel(d, kind)}</p>`).join('\n')}
</div>
<p>${d.x('Lukt het niet om ')}${surnameOf(back)}${d.x(' te bereiken, stuur dan een bericht aan ')}${d.name(back2, back2.first)} ${d.keep('of aan het teamsecretariaat', 'words after a name')}.</p>
<h2>Vragen over dit script</h2>
<p>${d.x('Opmerkingen over dit script graag per mail aan ')}${d.name(author, author.first)}${d.x(': ')}${email(d, author, org.domain)}${d.x('.')}</p>`;
  return { kind: 'belscript', title: d.metadata.title, body: page(d, { body, header: d.x(`${org.name} — Belscript (intern)`), footer: d.x(`${org.addr} · ${org.site}`) }) };
}

// ---------------------------------------------------------------------------------------------
// 2. Intranet wiki page, printed from the browser: navigation column, page owner in a side box,
//    comments under the page with @mentions.

const FAQ = [
  { q: 'Wanneer is een verzoek een Woo-verzoek?', a: 'Elk verzoek om informatie neergelegd in documenten bij een bestuursorgaan is een Woo-verzoek, ook als de wet niet wordt genoemd.', law: true },
  { q: 'Hoe lang is de beslistermijn?', a: 'De beslistermijn is vier weken na ontvangst en kan met twee weken worden verdaagd (artikel 4.4 Woo).', law: true },
  { q: 'Moet de verzoeker zijn verzoek motiveren?', a: 'Nee. Op grond van artikel 4.1, vijfde lid, van de Woo hoeft een verzoeker geen belang te stellen.', law: true },
  { q: 'Wat doe ik met een verzoek van een journalist?', a: 'Journalisten hebben geen voorrang op grond van de wet.', guide: 'Meld het verzoek wel dezelfde dag bij de woordvoering, zet het dossier op vertrouwelijk in het zaaksysteem en laat de eerste reactie pas na hun akkoord versturen.' },
  { q: 'Wanneer mag ik opschorten?', a: 'Opschorten kan als derden hun zienswijze moeten kunnen geven (artikel 4.4, tweede lid, Woo).', guide: 'Intern advies: bel de verzoeker eerst om het verzoek af te bakenen; een kleiner verzoek levert vaker een tijdige beslissing op dan een opschorting.' },
  { q: 'Hoe ga ik om met een omvangrijk verzoek?', a: 'Bij een omvangrijk verzoek wordt de verzoeker in de gelegenheid gesteld het verzoek te preciseren (artikel 4.2 Woo).', guide: 'Boven de 500 documenten plannen wij standaard een gesprek in met de verzoeker en bieden wij een gefaseerde openbaarmaking aan; noem dit aantal niet in de correspondentie.' },
];

function intranet(d) {
  const org = d.rng.pick([...ORGS.gemeente, ...ORGS.rijk, ...ORGS.waterschap]);
  const owner = d.person();
  const editor = d.person();
  const c1 = d.person();
  const c2 = d.person();
  const when = date(d.rng);
  d.metadata.title = 'Veelgestelde vragen Woo-verzoeken';
  const qs = d.rng.sample(FAQ, 4);
  if (!qs.some((x) => x.guide)) qs[3] = FAQ[3 + d.rng.int(0, 2)];
  const qa = qs.map((x, i) => `<h3>${i + 1}. ${d.x(x.q)}</h3><p>${d.keep(x.a, 'published policy')}${x.guide ? ` ${d.guidance(x.guide)}` : ''}</p>`).join('\n');
  const ownerForm = d.rng.pick(['full', 'first-cap', 'formal']);
  const ownerText = ownerForm === 'full' ? owner.full : ownerForm === 'formal' ? owner.formal : owner.display('first-cap');
  const body = `
<div style="display:flex;gap:6mm">
<div style="width:42mm;font-size:.8em;border-right:1px solid #aaa;padding-right:3mm">
<p><b>Intranet</b></p><p>Home<br>Organisatie<br>Juridische Zaken<br>Informatieverzoeken<br>Formulieren<br>Nieuws</p>
<div style="border:1px solid #999;padding:2mm;margin-top:8mm"><b>Paginabeheerder</b><br>${d.name(owner, ownerText)}<br>${d.x(d.rng.pick(['Team Juridische Zaken', 'Informatiebeheer', 'Bestuursondersteuning']))}<br>${tel(d)}<br>${email(d, owner, org.domain)}</div>
</div>
<div style="flex:1">
<p class="small">Home › Organisatie › Juridische Zaken › Informatieverzoeken</p>
<h1>Veelgestelde vragen: Woo-verzoeken behandelen</h1>
<p>${d.keep('De Wet open overheid (Woo) regelt het recht op toegang tot publieke informatie.', 'policy')} ${d.x('Op deze pagina vindt u antwoorden op vragen die collega\'s vaak stellen.')}</p>
${qa}
<p class="small">Laatst gewijzigd op ${d.x(when.num)} door ${d.name(editor, editor.display('first'))}</p>
<h2>Reacties (2)</h2>
<div style="border-top:1px solid #ccc;padding-top:2mm"><b>${d.name(c1, c1.full)}</b> <span class="small">${d.x(date(d.rng).num)}</span><br>${d.x('Kan vraag 2 worden aangevuld met de verdaging bij feestdagen?')}</div>
<div style="border-top:1px solid #ccc;padding-top:2mm"><b>${d.name(c2, c2.full)}</b> <span class="small">${d.x(date(d.rng).num)}</span><br>@${d.name(c1, c1.first)}${d.x(' goed punt, ik neem het mee. Vraag het anders even aan ')}${d.name(owner, owner.first)}${d.x('.')}</div>
</div></div>`;
  return { kind: 'intranet', title: d.metadata.title, body: page(d, { body, header: d.x(`${when.num} Veelgestelde vragen Woo-verzoeken - Intranet ${org.name}`), footer: d.x(`https://intranet.${org.domain}/juridisch/woo/faq`) }) };
}

// ---------------------------------------------------------------------------------------------
// 3. Handover note from a departing officer to a successor (plain text or Writer).

const HANDOVER_TIPS = [
  'Bel bij een bezwaar tegen een naheffing eerst de bezwaarmaker; in ongeveer de helft van de gevallen wordt het bezwaar dan ingetrokken en hoeft er geen hoorzitting te komen.',
  'Het bureau van de advocaat reageert alleen op aangetekende post; stuur daarom termijnbrieven altijd aangetekend en een kopie per mail, dan kan niemand zich op onbekendheid beroepen.',
  'Vraag bij een verzoek om uitstel van betaling altijd de laatste drie bankafschriften op, ook als de regeling dat niet eist: zonder die stukken trekken de meeste aanvragers het verzoek in.',
  'Plan controles bij de camping in de week na de bouwvak; dan staan de tijdelijke bouwsels er nog en is de beheerder aanwezig.',
  'Gebruik voor een last onder dwangsom bij kleine overtredingen standaard de korte begunstigingstermijn van twee weken; pas op verzoek verlengen.',
];

function overdracht(d) {
  const org = d.rng.pick([...ORGS.gemeente, ...ORGS.waterschap]);
  const from = d.person();
  const to = d.person();
  const ext = d.person();
  const coll = d.person();
  const when = date(d.rng);
  const fnFrom = d.rng.pick(['medewerker bezwaar en beroep', 'toezichthouder', 'medewerker invordering', 'handhaver']);
  const tips = d.rng.sample(HANDOVER_TIPS, 2);
  const dossier = `Z-${when.y}-${d.rng.digits(4)}`;
  const firm = d.rng.pick(['Advocatenkantoor Hoefsmit & Partners', 'Rechtshulp Oost', 'Juristen Collectief Noord']);
  const general = d.general('14', 'the municipality\'s general number');
  const law = d.keep('Bezwaren worden behandeld volgens hoofdstuk 7 van de Algemene wet bestuursrecht.', 'policy next to guidance');
  const extPhone = tel(d, d.rng.pick(['geo2', 'geo3']));
  const fromMob = tel(d, 'mobile');
  d.metadata.title = `Overdrachtsdocument ${fnFrom}`;
  if (d.format === 'txt') {
    const l = [];
    l.push(`${org.name}`, '', 'OVERDRACHTSDOCUMENT', '===================', '');
    l.push(`Van:    ${d.name(from, from.full)} (${fnFrom})`);
    l.push(`Aan:    ${d.name(to, to.full)} (opvolger)`);
    l.push(`Datum:  ${when.long}`, '');
    l.push('1. Lopende dossiers', '');
    l.push(`- ${dossier}: bezwaar tegen een invorderingsbeschikking. De wederpartij wordt bijgestaan door mr. ${d.name(ext, ext.formal)} van ${firm}, tel. ${extPhone}. Hoorzitting nog niet gepland.`);
    l.push(`- Z-${when.y}-${d.rng.digits(4)}: handhavingsverzoek van omwonenden. ${d.name(coll, coll.first)} ${d.keep('heeft de foto\'s', 'words after a name')} van het laatste bezoek; de rapportage staat in het zaaksysteem.`);
    l.push(`- ${d.name(ext, ext.surnameAlone)} ${d.keep('belt meestal op dinsdag', 'words after a name')}; noteer wat er is toegezegd.`, '');
    l.push('2. Werkwijze en tips', '');
    l.push(law);
    l.push(`Tip: ${d.guidance(tips[0])}`);
    l.push(`Tip: ${d.guidance(tips[1])}`, '');
    l.push('3. Contacten', '');
    l.push(`Frontoffice (algemeen nummer): ${general}`);
    l.push(`Collega achterwacht: ${d.name(coll, coll.display('first'))}, ${email(d, coll, org.domain)}`, '');
    l.push(`Ik ben tot het einde van de maand nog bereikbaar op ${fromMob}.`);
    l.push('Succes!', '', d.name(from, from.first));
    return { kind: 'overdracht', title: d.metadata.title, body: l.join('\n') };
  }
  const body = `
<table style="border:none;width:auto"><tr><td style="border:none"><b>Overdrachtsdocument</b></td><td style="border:none">${d.x(org.name)}</td></tr></table>
<table style="width:70%"><tr><th>Van</th><td>${d.name(from, from.formal)}, ${d.x(fnFrom)}</td></tr><tr><th>Aan</th><td>${d.name(to, to.formal)}</td></tr><tr><th>Datum</th><td>${d.x(when.long)}</td></tr></table>
<h2>1 Lopende dossiers</h2>
<table><tr><th>Zaak</th><th>Stand van zaken</th><th>Contact</th></tr>
<tr><td>${d.x(dossier)}</td><td>${d.x('Bezwaar tegen invorderingsbeschikking; hoorzitting nog niet gepland.')}</td><td>${d.x('mr. ')}${d.name(ext, ext.full)}${d.x(`, ${firm}`)}<br>${extPhone}</td></tr>
<tr><td>${d.x(`Z-${when.y}-${d.rng.digits(4)}`)}</td><td>${d.x('Handhavingsverzoek omwonenden; ')}${d.name(coll, coll.first)} ${d.keep('heeft de foto\'s', 'words after a name')}${d.x('.')}</td><td>${d.name(coll, coll.display('first-cap'))}</td></tr>
</table>
<p>${d.name(ext, ext.surnameAlone)} ${d.keep('belt meestal op dinsdag', 'words after a name')}${d.x('; noteer wat er is toegezegd.')}</p>
<h2>2 Werkwijze</h2>
<p>${law}</p>
<ul><li>${d.guidance(tips[0])}</li><li>${d.guidance(tips[1])}</li></ul>
<h2>3 Bereikbaarheid</h2>
<p>${d.x('Frontoffice: ')}${general}${d.x('. Ik ben tot het einde van de maand bereikbaar op ')}${fromMob}${d.x(' of via ')}${email(d, from, org.domain)}${d.x('.')}</p>
<p>${d.x('Groet,')}<br>${d.name(from, from.first)}</p>`;
  return { kind: 'overdracht', title: d.metadata.title, body: page(d, { body, footer: d.x(`Overdracht ${fnFrom} — ${when.num}`) }) };
}

// ---------------------------------------------------------------------------------------------
// 4. Evaluation of an incident by a safety region: commissioned by the mayor (stays), timeline,
//    list of interviews, one internal operational threshold.

const INCIDENTS = ['brand in een zorginstelling', 'uitstroom van ammoniak bij een koelhuis', 'stroomstoring in het centrum', 'grote brand in een recyclingbedrijf', 'overstroming van een tunnel na hevige regen'];
const VR_GUIDE = [
  'Interne werkafspraak: bij een gemeten CO-concentratie boven 50 ppm in twee woningen ontruimt de officier van dienst het portiek zonder eerst het beleidsteam te raadplegen.',
  'Interne werkafspraak: bij meer dan 25 te evacueren bewoners opent de OvD direct een opvanglocatie uit de vaste lijst en wacht niet op de gemeentelijke kolom.',
  'Interne werkafspraak: de meldkamer schaalt naar GRIP 2 op zodra de rookpluim over een woonwijk trekt, ook als de metingen nog onder de interventiewaarde liggen.',
];

function evaluatie(d) {
  const org = d.rng.pick(ORGS.vr);
  const mayor = d.official();
  const chair = d.person();
  const m2 = d.person();
  const ovd = d.person();
  const hov = d.person();
  const when = date(d.rng);
  const inc = d.rng.pick(INCIDENTS);
  const city = d.rng.pick(['Hengelo', 'Gorinchem', 'Sneek', 'Oldenzaal', 'Zwijndrecht', 'Heerenveen']);
  d.metadata.title = `Evaluatie ${inc}`;
  const mayorKeep = d.keep(`burgemeester ${mayor.full}`, 'public official (mayor)');
  const mayorSur = d.keep(`Burgemeester ${mayor.surname}`, 'public official (mayor)');
  const t = (h, m) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  const h0 = d.rng.int(6, 20);
  const timeline = [
    [t(h0, 4), d.x('Melding bij de meldkamer; de officier van dienst brandweer (') + d.name(ovd, ovd.formal) + d.x(') wordt gealarmeerd.')],
    [t(h0, 31), d.x('Opschaling naar GRIP 1; het CoPI komt bijeen onder leiding van ') + d.name(hov, hov.full) + d.x('.')],
    [t(h0 + 1, 12), `${mayorSur}${d.x(' opent het beleidsteam in het gemeentehuis.')}`],
    [t(h0 + 2, 45), d.x('Afschaling; ') + d.name(ovd, ovd.surnameAlone) + ' ' + d.keep('draagt over', 'words after a name') + d.x(' aan de nazorgcoördinator.')],
  ];
  const guide = d.rng.pick(VR_GUIDE);
  const body = `
<p class="small">${d.x(org.name)}</p>
<h1>Evaluatie: ${d.x(inc)} in ${d.x(city)}, ${d.x(when.long)}</h1>
<table style="width:auto;border:none"><tr><td style="border:none">Opdrachtgever</td><td style="border:none">${mayorKeep}</td></tr>
<tr><td style="border:none">Evaluatieteam</td><td style="border:none">${d.name(chair, chair.full)} (voorzitter), ${d.name(m2, m2.full)}</td></tr></table>
<h2>1 Inleiding</h2>
<p>${d.keep('Veiligheidsregio\'s evalueren grootschalige incidenten op grond van artikel 19 van de Wet veiligheidsregio\'s.', 'policy')} ${d.x('Deze evaluatie is bedoeld om te leren, niet om schuld vast te stellen.')}</p>
<h2>2 Tijdlijn</h2>
<table><tr><th style="width:14mm">Tijd</th><th>Gebeurtenis</th></tr>${timeline.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table>
<h2>3 Bevindingen</h2>
<p>${d.x('Volgens ')}${d.name(hov, hov.surnameAlone)}${d.x(' verliep de informatiedeling tussen meldkamer en CoPI traag, omdat het beeld in het landelijk crisismanagementsysteem pas na veertig minuten werd bijgewerkt. ')}${d.x('De OvD was tijdens de inzet bereikbaar op ')}${tel(d, 'mobile')}${d.x(', maar dat nummer stond niet in het actuele bereikbaarheidsoverzicht.')}</p>
<div style="border:1px solid #444;padding:2mm;margin:2mm 0"><p>${d.keep('Het regionaal crisisplan schrijft voor dat de burgemeester wordt geïnformeerd zodra er sprake is van gevaar voor de volksgezondheid.', 'policy next to guidance')}</p><p>${d.guidance(guide)}</p></div>
<h2>4 Gesprekken</h2>
<table><tr><th>Rol</th><th>Naam</th></tr>
<tr><td>Officier van dienst brandweer</td><td>${d.name(ovd, ovd.display('first-cap'))}</td></tr>
<tr><td>Leider CoPI</td><td>${d.name(hov, hov.display('first'))}</td></tr>
<tr><td>Burgemeester</td><td>${d.keep(mayor.full, 'public official (mayor)')}</td></tr></table>
<h2>5 Aanbevelingen</h2>
<ol><li>${d.x('Houd het bereikbaarheidsoverzicht van de crisisorganisatie maandelijks actueel.')}</li><li>${d.x('Oefen de informatiedeling tussen meldkamer en CoPI ten minste twee keer per jaar.')}</li></ol>
<p class="small">${d.x('Contact over deze evaluatie: ')}${d.keep(`info@${org.domain}`, 'general mailbox')}${d.x(' of ')}${d.general('other', 'the safety region\'s general number')}</p>`;
  return { kind: 'evaluatie', title: d.metadata.title, body: page(d, { body, header: d.x(`${org.name} · Evaluatierapport`), footer: d.x(`${org.addr}`) }) };
}

// ---------------------------------------------------------------------------------------------
// 5. Integrity investigation report, printed from a word processor with comments in the margin.

const INT_QUESTIONS = [
  'Laat betrokkene eerst in eigen woorden de gang van zaken op de dag van de melding vertellen en toon de mailwisseling pas daarna, zodat de eigen lezing niet op het stuk wordt afgestemd.',
  'Vraag naar contacten met de leverancier buiten werktijd zonder te zeggen dat de declaraties van de lunches al zijn opgevraagd.',
  'Houd de volgorde van de gesprekken aan: eerst de getuigen, dan de leidinggevende, betrokkene als laatste, zodat de verklaringen niet vooraf kunnen worden afgestemd.',
  'Sluit elk gesprek af met de vraag of betrokkene nog iets wil toevoegen en noteer letterlijk wanneer hij of zij naar de melder vraagt.',
];

function integriteit(d) {
  const org = d.rng.pick([...ORGS.gemeente, ...ORGS.rijk]);
  const inv1 = d.person();
  const inv2 = d.person();
  const wit1 = d.person();
  const wit2 = d.person();
  const when = date(d.rng);
  const nr = `INT-${when.y}-${d.rng.int(10, 99)}`;
  d.metadata.title = `Rapport feitenonderzoek ${nr}`;
  const qs = d.rng.sample(INT_QUESTIONS, 2);
  const comments = [
    `<b>${d.name(inv2, inv2.display('first-cap'))}</b><br>${d.x('Klopt deze datum? Volgens ')}${d.name(wit1, wit1.first)}${d.x(' was het een week later.')}`,
    `<b>${d.name(inv1, inv1.full)}</b><br>${d.x('Aangepast na het gesprek met ')}${d.name(wit2, wit2.surnameAlone)}${d.x('.')}`,
    `<b>${d.name(inv2, inv2.display('first-cap'))}</b><br>${d.x('Vragenlijst niet meesturen aan betrokkene.')}`,
  ];
  const main = [
    `<h1>Rapport feitenonderzoek integriteitsmelding ${d.x(nr)}</h1><p class="small">Vertrouwelijk &middot; ${d.x(org.name)}</p>`,
    `<h2>1 Opdracht</h2><p>${d.keep('Het onderzoek is uitgevoerd op grond van artikel 4 van de Ambtenarenwet 2017 en de Regeling melden vermoeden van een misstand.', 'policy')} ${d.x('Het onderzoek is verricht door ')}${d.name(inv1, inv1.full)}${d.x(', integriteitscoördinator, en ')}${d.name(inv2, inv2.full)}${d.x(', extern onderzoeker.')}</p>`,
    `<h2>2 Gehoorde personen</h2><table><tr><th>Naam</th><th>Rol</th><th>Datum</th></tr><tr><td>${d.name(wit1, wit1.formal)}</td><td>getuige</td><td>${d.x(date(d.rng).num)}</td></tr><tr><td>${d.name(wit2, wit2.formal)}</td><td>leidinggevende</td><td>${d.x(date(d.rng).num)}</td></tr><tr><td>betrokkene</td><td>betrokkene</td><td>${d.x(when.num)}</td></tr></table>`,
    `<h2>3 Bevindingen</h2><p>${d.name(wit1, wit1.first)} ${d.keep('verklaarde dat', 'words after a name')}${d.x(' de offertes niet via het inkoopsysteem waren gelopen. ')}${d.name(wit2, wit2.surnameAlone)} ${d.keep('bevestigde dit', 'words after a name')}${d.x(' en gaf aan de facturen achteraf te hebben geaccordeerd.')}</p>`,
    `<h2>Bijlage: vragenlijst gesprek betrokkene (intern)</h2><p>${d.keep('Betrokkene heeft het recht zich te laten bijstaan door een vertrouwenspersoon of raadsman.', 'policy next to guidance')}</p><ol><li>${d.guidance(qs[0])}</li><li>${d.guidance(qs[1])}</li></ol>`,
  ];
  const css = '.grid{display:grid;grid-template-columns:1fr 48mm;column-gap:5mm}.cm{border:1px solid #c66;background:#fbeaea;font-size:.8em;padding:1.5mm;margin-bottom:2mm}';
  let body;
  if (d.producer === 'chromium') {
    body = `<div class="grid">${main.map((m, i) => `<div>${m}</div><div>${i >= 1 && i <= 3 ? `<div class="cm">${comments[i - 1]}</div>` : ''}</div>`).join('')}</div>`;
  } else {
    body = `<table style="border:none">${main.map((m, i) => `<tr><td style="border:none;width:72%">${m}</td><td style="border:none;font-size:8pt;background:#eee">${i >= 1 && i <= 3 ? comments[i - 1] : ''}</td></tr>`).join('')}</table>`;
  }
  const info = d.keep(`integriteit@${org.domain}`, 'general mailbox');
  body += `<p class="small">${d.x('Meldingen kunnen worden gedaan via ')}${info}${d.x('.')}</p>`;
  return { kind: 'integriteitsonderzoek', title: d.metadata.title, body: page(d, { body, css, header: d.x(`VERTROUWELIJK — ${nr}`), footer: d.x(org.name) }) };
}

// ---------------------------------------------------------------------------------------------
// 6. Subsidy assessment form: published criteria stay, notes for assessors are guidance.

const CRITERIA = [
  { c: 'De mate waarin het project bijdraagt aan de doelen van de regeling (artikel 7, eerste lid, onder a).', g: 'Geef hier nooit meer dan 10 punten als de aanvrager geen nulmeting heeft gedaan, ook als de doelen overtuigend klinken.' },
  { c: 'De haalbaarheid van het project binnen de looptijd (artikel 7, eerste lid, onder b).', g: 'Bij twijfel over de haalbaarheid niet direct afwijzen: vraag eerst de kasstroomprognose op en geef de aanvrager daarvoor vijf werkdagen.' },
  { c: 'De kwaliteit en de omvang van de samenwerking (artikel 7, eerste lid, onder c).', g: 'Een intentieverklaring van een partner telt als samenwerking; een ongetekende brief niet. Trek dan 5 punten af, maar noem die reden niet letterlijk in de beschikking.' },
  { c: 'De innovativiteit van het project (artikel 7, eerste lid, onder d).', g: 'Vergelijk met de projecten die in de vorige tranche zijn gehonoreerd; is het project daar vrijwel gelijk aan, scoor dan hoogstens 4 punten.' },
];

function subsidie(d) {
  const org = d.rng.pick(ORGS.rijk);
  const contact = d.person();
  const a1 = d.person();
  const a2 = d.person();
  const when = date(d.rng);
  const reg = d.rng.pick(['Regeling verduurzaming maatschappelijk vastgoed', 'Subsidieregeling circulaire ketenprojecten', 'Regeling innovatie waterbeheer', 'Subsidieregeling ruimte voor de fiets']);
  d.metadata.title = `Beoordelingsformulier ${reg}`;
  const crit = d.rng.sample(CRITERIA, 3);
  const ref = `${d.rng.pick(['SVM', 'CKP', 'RIW', 'RF'])}${when.y}${d.rng.digits(5)}`;
  const applicant = d.rng.pick(['Stichting Buurtkracht', 'Coöperatie Energie Samen', 'Stichting Groene Schoolpleinen', 'Vereniging Dorpsbelang']);
  const pts = crit.map(() => d.rng.int(3, 15));
  const body = `
<table style="border:none"><tr><td style="border:none"><b>${d.x(org.name)}</b><br>${d.keep(org.addr, 'address')}</td><td style="border:none;text-align:right">Dossiernummer<br>${d.x(ref)}</td></tr></table>
<h1>Beoordelingsformulier ${d.x(reg)}</h1>
<table><tr><th style="width:35%">Aanvrager</th><td>${d.x(applicant)}</td></tr>
<tr><th>Contactpersoon aanvrager</th><td>${d.name(contact, contact.full)}, ${tel(d)}</td></tr>
<tr><th>Datum ontvangst</th><td>${d.x(when.long)}</td></tr></table>
<p>${d.keep('De aanvragen worden gerangschikt op grond van de criteria die in de regeling zijn gepubliceerd.', 'policy')} ${d.x('Elke aanvraag wordt door twee beoordelaars onafhankelijk gescoord.')}</p>
<table><tr><th style="width:14mm">Score</th><th>Criterium en toelichting voor beoordelaars</th></tr>
${crit.map((c, i) => `<tr><td valign="top">${pts[i]}</td><td valign="top">${d.keep(c.c, 'published criterion')}<br><i>Toelichting voor beoordelaars:</i> ${d.guidance(c.g)}</td></tr>`).join('\n')}
<tr><td><b>${pts.reduce((a, b) => a + b, 0)}</b></td><td><b>Totaal</b></td></tr></table>
<h2>Ondertekening</h2>
<table><tr><th>Rol</th><th>Naam</th><th>Datum</th><th>Paraaf</th></tr>
<tr><td>Beoordelaar 1</td><td>${d.name(a1, a1.formal)}</td><td>${d.x(date(d.rng).num)}</td><td></td></tr>
<tr><td>Beoordelaar 2</td><td>${d.name(a2, d.rng.chance(0.5) ? a2.full : a2.display('first-cap'))}</td><td>${d.x(date(d.rng).num)}</td><td></td></tr></table>
<p>${d.x('Bij een verschil van meer dan tien punten beslist een derde lezer. ')}${d.name(a1, a1.first)} ${d.keep('zet de uitkomst', 'words after a name')}${d.x(' in het subsidiesysteem.')}</p>`;
  const general = d.general('088', 'the organisation\'s general number');
  const footer = `${d.x(org.name)} · ${general} · ${d.keep(`info@${org.domain}`, 'general mailbox')}`;
  return { kind: 'beoordelingsformulier', title: d.metadata.title, body: page(d, { body, footer, header: d.x(`Beoordelingsformulier — ${ref}`) }) };
}

// ---------------------------------------------------------------------------------------------
// 7. Covenant between police, public prosecutor and a municipality, with a contact annex.

function convenant(d) {
  const org = d.rng.pick(ORGS.gemeente);
  const mayor = d.official();
  const hovj = d.official();
  const when = date(d.rng);
  const people = [d.person(), d.person(), d.person(), d.person()];
  const topic = d.rng.pick(['Aanpak ondermijning', 'Veilige wijken', 'Bestuurlijke aanpak drugsoverlast', 'Informatie-uitwisseling woonoverlast']);
  d.metadata.title = `Convenant ${topic} ${org.city}`;
  const guide = d.rng.pick([
    'Werkafspraak (niet openbaar): de casusregisseur brengt een signaal pas in het casusoverleg als het door ten minste twee onafhankelijke bronnen wordt bevestigd; anonieme meldingen alleen tellen niet.',
    'Werkafspraak (niet openbaar): bij een pand waar binnen een jaar twee keer een hennepkwekerij is aangetroffen, kondigt de gemeente direct sluiting aan zonder voorafgaande waarschuwing.',
  ]);
  const rows = [
    ['Gemeente', people[0], 'Casusregisseur'],
    ['Gemeente', people[1], 'Beleidsadviseur openbare orde'],
    ['Politie', people[2], 'Wijkagent'],
    ['Openbaar Ministerie', people[3], 'Parketsecretaris'],
  ];
  const mbox = d.email(d.rng.pick(['casusoverleg.oo', 'veiligheidshuis.intake', 'ondermijning.team']), org.domain, true);
  const body = `
<h1 style="text-align:center">Convenant ${d.x(topic)} ${d.x(org.city)}</h1>
<p><b>De ondergetekenden:</b></p>
<ol><li>${d.keep(`de burgemeester van ${org.city}, ${mayor.full}`, 'public official (mayor)')}, hierna: de burgemeester;</li>
<li>${d.x('de politie, eenheid Oost-Nederland, vertegenwoordigd door de politiechef van de eenheid;')}</li>
<li>${d.keep(`het Openbaar Ministerie, vertegenwoordigd door de hoofdofficier van justitie, ${hovj.full}`, 'public official (chief public prosecutor)')};</li></ol>
<p><b>Overwegende dat</b> ${d.keep('de partijen samenwerken om de openbare orde en veiligheid in de gemeente te beschermen,', 'policy')} ${d.x('komen het volgende overeen:')}</p>
<h2>Artikel 1 Informatie-uitwisseling</h2>
<p>${d.keep('Informatie wordt uitgewisseld met inachtneming van de Algemene verordening gegevensbescherming en artikel 20 van de Wet politiegegevens.', 'policy next to guidance')}</p>
<p style="border-left:3px solid #555;padding-left:3mm">${d.guidance(guide)}</p>
<h2>Artikel 2 Looptijd</h2>
<p>${d.x('Dit convenant treedt in werking op de dag na ondertekening en geldt voor vier jaar.')}</p>
<p>${d.x(`Aldus ondertekend te ${org.city} op ${when.long}.`)}</p>
<table style="border:none"><tr><td style="border:none">${d.x('De burgemeester,')}<br><br>${d.keep(mayor.full, 'public official (mayor)')}</td><td style="border:none">${d.x('De hoofdofficier van justitie,')}<br><br>${d.keep(hovj.full, 'public official (chief public prosecutor)')}</td><td style="border:none">${d.x('De politiechef,')}<br><br>${d.x('(namens deze)')}</td></tr></table>
<h2 style="page-break-before:always">Bijlage 2 Contactpersonen</h2>
<table class="small"><tr><th>Organisatie</th><th>Naam</th><th>Functie</th><th>Telefoon</th><th>E-mail</th></tr>
${rows.map(([o, p, f]) => `<tr><td>${d.x(o)}</td><td>${d.name(p, d.rng.chance(0.5) ? p.display('first-cap') : p.full)}</td><td>${d.x(f)}</td><td nowrap style="white-space:nowrap">${tel(d)}</td><td>${email(d, p, o === 'Gemeente' ? org.domain : o === 'Politie' ? 'politie.nl' : 'om.nl')}</td></tr>`).join('\n')}
</table>
<p class="small">${d.x('Gezamenlijke postbus casusoverleg: ')}${mbox}${d.x('. Politie (algemeen, geen spoed): ')}${d.keep('0900-8844', 'general number (police)')}${d.x('. Gemeente: ')}${d.general('14', 'the municipality\'s general number')}${d.x('.')}</p>
<p class="small">${d.x('Bij afwezigheid van ')}${d.name(people[0], people[0].first)}${d.x(' neemt ')}${d.name(people[1], people[1].surnameAlone)} ${d.keep('de regie over', 'words after a name')}${d.x('.')}</p>`;
  return { kind: 'convenant', title: d.metadata.title, body: page(d, { body, footer: d.x(`Convenant ${topic} — ${org.name}`) }) };
}

// ---------------------------------------------------------------------------------------------
// 8. Bilingual correspondence with an EU body or an embassy (e-mail thread, English and Dutch).

function bilingual(d) {
  const org = d.rng.pick(ORGS.rijk);
  const eu = d.rng.pick([
    { body: 'European Commission, DG GROW', unit: 'Unit B.2 - Notifications', domain: 'ec.europa.eu', sw: '+32 2 299 11 11' },
    { body: 'European Food Safety Authority', unit: 'Legal and Regulatory Affairs', domain: 'efsa.europa.eu', sw: '+39 0521 036 111' },
    { body: 'Embassy of the Kingdom of the Netherlands in Nairobi', unit: 'Political and Economic Section', domain: 'minbuza.nl', sw: '+254 20 428 8000' },
  ]);
  const ext = d.person();
  const nl = d.person();
  const jz = d.person();
  const when = date(d.rng);
  const subj = d.rng.pick(['TRIS notification 2024/0312/NL - draft Besluit bodembeheer', 'Follow-up meeting on the Nitrates Directive derogation', 'Request for information: export certificates', 'Visit of the delegation, programme and logistics']);
  d.metadata.title = `RE: ${subj}`;
  const mbox = d.rng.pick(['dgmo.internationaal', 'eu-coordinatie', 'postbus.bilateraal']);
  const extLocal = ext.local(d.rng.pick(['first.sur', 'first.parts']));
  const nlLocal = nl.local(d.rng.pick(['i.sur', 'first.sur', 'isur']));
  const sig = d.rng.pick(['senior beleidsmedewerker', 'coördinerend beleidsadviseur EU', 'beleidsmedewerker internationale zaken']);
  const mob = tel(d, 'mobile');
  const lt = d.x('<');
  const gt = d.x('>');
  const lines = [
    `From: ${d.name(ext, ext.display('first'))} ${lt}${d.email(extLocal, eu.domain)}${gt}`,
    `Sent: ${when.num} 10:${d.rng.int(10, 59)}`,
    `To: ${d.name(nl, nl.display(d.rng.pick(['first', 'first-cap'])))} ${lt}${d.email(nlLocal, org.domain)}${gt}`,
    `Cc: ${d.email(mbox, org.domain, true)}`,
    `Subject: RE: ${d.x(subj)}`,
    '',
    `Dear ${d.name(nl, nl.first)},`,
    '',
    d.x('Thank you for the additional information. Our legal service will send its comments before the end of the standstill period. '),
    `${d.x('I have asked my colleague to contact ')}${d.name(jz, jz.surnameAlone)}${d.x(' directly about the definitions in article 3.')}`,
    '',
    d.x('Kind regards,'),
    d.name(ext, ext.full),
    d.x(eu.unit),
    d.x(eu.body),
    `Switchboard ${d.keep(eu.sw, 'general number (switchboard)')}`,
    '',
    '-----Oorspronkelijk bericht-----',
    `Van: ${d.name(nl, nl.display('first'))}`,
    `Verzonden: ${date(d.rng).long}`,
    `Aan: ${d.name(ext, ext.display('first'))}`,
    `Onderwerp: ${d.x(subj)}`,
    '',
    `Dear ${d.x(ext.female ? 'Ms' : 'Mr')} ${d.name(ext, ext.surnameAlone)},`,
    '',
    `${d.x('Please find attached the Dutch reply. Ik heb de tekst afgestemd met ')}${d.name(jz, jz.full)}${d.x(' van onze directie Juridische Zaken; ')}${d.name(jz, jz.first)} ${d.keep('is ook beschikbaar', 'words after a name')}${d.x(' voor een telefonisch overleg.')}`,
    d.keep('De Nederlandse inzet is vastgelegd in de geannoteerde agenda die op 12 maart aan de Tweede Kamer is gestuurd.', 'public policy'),
    '',
    d.x('Met vriendelijke groet / Kind regards,'),
    '',
    d.name(nl, nl.full),
    d.x(sig),
    d.x(org.name),
    `M ${mob}`,
    `${d.x('Algemeen: ')}${d.general('other', 'the ministry\'s switchboard')}`,
  ];
  if (d.format === 'txt') return { kind: 'email', title: d.metadata.title, body: lines.join('\n') };
  const body = `<div style="font-family:monospace;font-size:.95em;white-space:pre-wrap">${lines.join('\n')}</div>`;
  return { kind: 'email', title: d.metadata.title, body: page(d, { body, header: d.x(`${org.name} — ${d.metadata.title}`), font: 'Nimbus Sans' }) };
}

// ---------------------------------------------------------------------------------------------
// 9. Inspection visit report of a water board with a checklist; notes for inspectors are guidance.

const CHECKS = [
  { c: 'Er is een geldige melding op grond van het Besluit activiteiten leefomgeving.', g: 'Vraag niet naar de melding aan de telefoon bij het aankondigen van het bezoek; controleer die vooraf in het register, anders wordt zij vaak nog snel ingediend.' },
  { c: 'De olieafscheider wordt jaarlijks geleegd en het logboek is bijgehouden.', g: 'Let op gaten van meer dan zes weken in het logboek van de olieafscheider: dat wijst meestal op een periode zonder controle en rechtvaardigt een monstername.' },
  { c: 'Het afvalwater wordt geloosd via het aangewezen controlepunt.', g: 'Neem bij een troebel lozingspunt altijd een monster, ook als de beheerder zegt dat er net is gereinigd; kondig de monstername pas aan als de fles gevuld is.' },
  { c: 'Opslag van gevaarlijke stoffen voldoet aan PGS 15.', g: 'Tel bij meer dan tien vaten het aantal zelf en vergelijk met de voorraadadministratie; een verschil van meer dan twee vaten wordt als overtreding genoteerd.' },
];

function inspectie(d) {
  const org = d.rng.pick(ORGS.waterschap);
  const dijkgraaf = d.official();
  const insp = d.person();
  const insp2 = d.person();
  const manager = d.person();
  const when = date(d.rng);
  const company = d.rng.pick(['Autoschadebedrijf De Kruising B.V.', 'Melkveehouderij Het Hoge Land', 'Tankstation Rijksweg Oost', 'Wasstraat Zonnedijk', 'Loonbedrijf Velders']);
  const street = d.keep(d.street(), 'address (street named after a person)');
  const checks = d.rng.sample(CHECKS, 3);
  d.metadata.title = `Verslag inspectiebezoek ${company}`;
  const general = d.general('088', 'the water board\'s general number');
  const body = `
<table style="border:none"><tr><td style="border:none"><b style="font-size:1.3em">${d.x(org.name)}</b><br>${d.keep(org.addr, 'address')}</td><td style="border:none;text-align:right">${d.x('Telefoon ')}${general}<br>${d.keep(org.site, 'website')}</td></tr></table>
<h1>Verslag inspectiebezoek</h1>
<table><tr><th style="width:35%">Bedrijf</th><td>${d.x(company)}</td></tr>
<tr><th>Adres</th><td>${street}</td></tr>
<tr><th>Datum bezoek</th><td>${d.x(when.long)}</td></tr>
<tr><th>Toezichthouder(s)</th><td>${d.name(insp, insp.full)}${d.x(' en ')}${d.name(insp2, insp2.formal)}</td></tr>
<tr><th>Aanwezig namens het bedrijf</th><td>${d.name(manager, manager.full)} (bedrijfsleider)</td></tr></table>
<p>${d.keep(`Het bezoek vond plaats in het kader van het toezichtprogramma dat het dagelijks bestuur onder voorzitterschap van dijkgraaf ${dijkgraaf.full} heeft vastgesteld.`, 'public official (dijkgraaf) and policy')}</p>
<h2>Checklist</h2>
<table><tr><th style="width:8mm">Nr</th><th style="width:14mm">Ja/Nee</th><th>Controlepunt</th></tr>
${checks.map((c, i) => `<tr><td valign="top">${i + 1}</td><td valign="top">${d.rng.pick(['Ja', 'Nee', 'Ja'])}</td><td valign="top">${d.keep(c.c, 'published requirement')}<div style="margin-top:1.5mm;padding:1mm;border:1px dashed #888"><b>Aandachtspunt voor de toezichthouder:</b> ${d.guidance(c.g)}</div></td></tr>`).join('\n')}</table>
<h2>Bevindingen</h2>
<p>${d.name(manager, manager.surnameAlone)} ${d.keep('liet weten', 'words after a name')}${d.x(' dat de afscheider in het voorjaar is geleegd; het bewijs daarvan wordt nagestuurd aan ')}${d.name(insp, insp.first)}${d.x('.')}</p>
<p>${d.x('Behandeld door: ')}${d.name(insp, insp.formal)}<br>${d.x('toezichthouder')}<br>${d.x('T ')}${tel(d, d.rng.pick(['geo3', 'geo2', 'mobile']))}<br>${email(d, insp, org.domain)}</p>`;
  return { kind: 'inspectieverslag', title: d.metadata.title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.keep(`info@${org.domain}`, 'general mailbox')}` }) };
}

export const FRESH8_FAMILIES = [
  { id: 'belscript', fresh8: belscript, producers: ['chromium', 'soffice'] },
  { id: 'intranet-faq', fresh8: intranet, producers: ['chromium', 'chromium', 'soffice'] },
  { id: 'overdracht', fresh8: overdracht, producers: ['enscript', 'soffice'] },
  { id: 'evaluatie', fresh8: evaluatie, producers: ['soffice', 'chromium'] },
  { id: 'integriteit', fresh8: integriteit, producers: ['chromium', 'soffice'] },
  { id: 'subsidie', fresh8: subsidie, producers: ['chromium', 'soffice'] },
  { id: 'convenant', fresh8: convenant, producers: ['soffice', 'chromium'] },
  { id: 'tweetalig', fresh8: bilingual, producers: ['enscript', 'chromium'] },
  { id: 'inspectie', fresh8: inspectie, producers: ['soffice', 'chromium'] },
];

