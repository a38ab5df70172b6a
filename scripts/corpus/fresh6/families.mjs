// Templates of the `fresh6` split (session 12): document kinds, layouts, labels and phrasings
// written for this split without reading the detectors, the older splits' templates or their
// misses. Whoever tunes detectors should not read this file (README.md in scripts/corpus says
// why); the plan is in the comment above each template.
// A template gets a Doc and returns { kind, format, body, title }.
import { DAYS, MONTHS } from '../doc.mjs';
import { Person, formatNumber } from '../people.mjs';

// Organisations of this split only (fictitious combinations of real bodies, their public details).
export const ORGS6 = [
  { name: 'Ministerie van Sociale Zaken en Werkgelegenheid', short: 'SZW', domain: 'minszw.nl', city: 'Den Haag', postbus: 'Postbus 90801, 2509 LV Den Haag', units: ['Directie Arbeidsmarkt', 'Directie Toezicht en Handhaving', 'Directie Bestuursondersteuning'], title: 'de minister van Sociale Zaken en Werkgelegenheid' },
  { name: 'Nederlandse Arbeidsinspectie', short: 'NLA', domain: 'nlarbeidsinspectie.nl', city: 'Utrecht', postbus: 'Postbus 820, 3500 AV Utrecht', units: ['Programma Eerlijk Werk', 'Team Arbeidsuitbuiting', 'Regio Zuid-West'], title: 'de minister van Sociale Zaken en Werkgelegenheid' },
  { name: 'Gemeente Deventer', short: 'Deventer', domain: 'deventer.nl', city: 'Deventer', postbus: 'Postbus 5000, 7400 GC Deventer', units: ['Team Toezicht Openbare Ruimte', 'Afdeling Sociaal Domein', 'Team Vergunningen'], title: 'het college van burgemeester en wethouders' },
  { name: 'Gemeente Venlo', short: 'Venlo', domain: 'venlo.nl', city: 'Venlo', postbus: 'Postbus 3434, 5902 RK Venlo', units: ['Team Handhaving Wonen', 'Afdeling Participatie', 'Bureau Integriteit'], title: 'het college van burgemeester en wethouders' },
  { name: 'Provincie Gelderland', short: 'Gelderland', domain: 'gelderland.nl', city: 'Arnhem', postbus: 'Postbus 9090, 6800 GX Arnhem', units: ['Team Subsidies', 'Afdeling Vergunningverlening', 'Team Natuur en Stikstof'], title: 'Gedeputeerde Staten' },
  { name: 'Rijksdienst voor Ondernemend Nederland', short: 'RVO', domain: 'rvo.nl', city: 'Zwolle', postbus: 'Postbus 10079, 8000 GB Zwolle', units: ['Team Controle Subsidies', 'Afdeling Fraudebestrijding', 'Klantcontactcentrum'], title: 'de minister van Economische Zaken' },
  { name: 'Nederlandse Voedsel- en Warenautoriteit', short: 'NVWA', domain: 'nvwa.nl', city: 'Utrecht', postbus: 'Postbus 43006, 3540 AA Utrecht', units: ['Divisie Inspectie', 'Team Horeca en Ambacht', 'Afdeling Signaalbeoordeling'], title: 'de minister van Landbouw, Visserij, Voedselzekerheid en Natuur' },
];

const ROLES = ['inspecteur', 'senior toezichthouder', 'beleidsmedewerker arbeidsmarkt', 'projectsecretaris', 'jurist bestuursrecht', 'teamleider handhaving',
  'accountmanager', 'adviseur bedrijfsvoering', 'subsidieadviseur', 'informatiespecialist', 'coördinator signaalbeoordeling', 'medewerker klantcontact',
  'programmamanager', 'bestuursadviseur', 'data-analist', 'woordvoerder'];
const MAILBOXES6 = ['signalen.nla', 'meldpunt-intern', 'bestuurssecretariaat', 'team.controle', 'planning.inspecties', 'juridisch.loket', 'managementondersteuning', 'crisiscoordinatie'];
const PRIVATE_DOMAINS = ['gmail.com', 'outlook.com', 'live.nl', 'xs4all.nl', 'planet.nl'];
const PARTIES = ['VVD', 'PVV', 'GL-PvdA', 'NSC', 'CDA', 'D66', 'SP', 'ChristenUnie', 'SGP', 'Volt', 'JA21', 'BBB', 'PvdD'];

// Fonts no older split sets as a whole: the URW faces and the condensed faces beside the usual ones.
const FONTS = ['C059', 'URW Gothic', 'Nimbus Sans Narrow', 'DejaVu Serif Condensed', 'Liberation Sans', 'Carlito'];

// Faces that draw ə/Ə (Azerbaijani) themselves: with another face the producer takes the glyph from
// a fallback font and pdftotext splits the word there, so that the name could not be labelled.
const WIDE_FONTS = ['DejaVu Serif Condensed', 'Liberation Sans', 'Liberation Serif', 'Carlito', 'DejaVu Sans'];

function page(d, { header = '', footer = '', body, css = '', landscape = false }) {
  const font = d.rng.pick(/[\u0180-\u02af]/u.test(body + header + footer) ? WIDE_FONTS : FONTS);
  const size = d.rng.pick(['9pt', '9.5pt', '10pt', '11pt']);
  let repeat = '';
  if (d.producer === 'chromium') {
    const tpl = (html) => `<div style="font-family:'${font}';font-size:7pt;width:100%;margin:0 18mm">${html}</div>`;
    d.chromium = { header: header ? tpl(header) : '<span></span>', footer: footer ? tpl(footer) : '<span></span>' };
  } else {
    repeat = `${header ? `<div title="header">${header}</div>` : ''}${footer ? `<div title="footer">${footer}</div>` : ''}`;
  }
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${d.x(d.metadata.title ?? '')}</title><style>
@page{size:A4${landscape ? ' landscape' : ''};margin:${header ? '26mm' : '18mm'} 18mm ${footer ? '24mm' : '18mm'} 20mm}
body{font-family:'${font}';font-size:${size};line-height:1.4;font-variant-ligatures:none}
table{border-collapse:collapse} td,th{vertical-align:top;text-align:left;padding:2px 6px}
.g td,.g th{border:1px solid #777}
.k{font-size:8pt;color:#333}
${css}</style></head><body>${repeat}${body}</body></html>`;
}
const p = (s) => `<p>${s}</p>`;
const br = (...l) => l.filter((x) => x !== null && x !== undefined && x !== false).join('<br>');
const hhmm = (d) => `${String(d.rng.int(7, 18)).padStart(2, '0')}:${String(d.rng.int(0, 59)).padStart(2, '0')}`;
function when(rng) {
  const y = rng.int(2021, 2025);
  const m = rng.int(1, 12);
  const dd = rng.int(1, 28);
  return { y, m, d: dd, long: `${dd} ${MONTHS[m - 1]} ${y}`, num: `${String(dd).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`, slash: `${dd}/${m}/${y}`, short: `${dd} ${MONTHS[m - 1].slice(0, 3)}.` };
}

/** A direct number in one of the notations of people.mjs or in one this split adds (all written by people). */
function tel(d, kind) {
  const n = d.direct(kind ?? d.rng.pick(['mobile', 'mobile', 'geo2', 'geo3', '085']));
  const style = d.rng.pick(['spaced', 'dash', 'paren', 'plain', 'intl0', 'intl', '0031', 'pairs', 'dash-spaced', 'dots', 'mob-dash', 'intl0-dash']);
  const r = n.rest;
  if (style === 'dots') return d.phone(`${n.prefix}.${r.length === 8 ? r.match(/../g).join('.') : `${r.slice(0, 3)}.${r.slice(3, 5)}.${r.slice(5)}`}`); // 06.12.34.56.78 / 070.345.67.89
  if (style === 'mob-dash') return d.phone(n.kind === 'mobile' ? `06-${r.match(/../g).join(' ')}` : `${n.prefix}-${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`); // 06-12 34 56 78
  if (style === 'intl0-dash') return d.phone(`+31(0)${n.prefix.slice(1)}-${r}`); // +31(0)6-12345678
  return d.phone(formatNumber(n, style));
}
// Azerbaijani ə has no decomposition, so ascii() would drop it: mail systems write it as e.
const schwa = (w) => (w ? w.replace(/ə/g, 'e').replace(/Ə/g, 'E') : w);
const local = (d, per) => new Person({ ...per, first: schwa(per.first), second: schwa(per.second), surname: schwa(per.surname) })
  .local(d.rng.pick(['i.sur', 'ii.sur', 'first.sur', 'first.parts', 'isur']));

// --- guidance of this split and the policy text around it -------------------------------------
const G_SUBJECTS = ['de loonstroken', 'het rooster van de afgelopen maand', 'de huurovereenkomst van de woning', 'de urenregistratie', 'de bankmutaties van de stichting',
  'de inschrijving bij de Kamer van Koophandel', 'het aantal slaapplaatsen', 'de facturen van de onderaannemer', 'de aanwezigheidslijst van de cursus'];
const G_SIGNALS = ['werknemers die elkaars antwoorden afmaken', 'een administratie die pas na aankondiging van het bezoek is bijgewerkt', 'contante betalingen rond de maandwisseling',
  'meerdere bedrijven op één postadres', 'sleutels die alleen de uitzendkracht-coördinator heeft', 'een eigenaar die telkens via een tolk van het bedrijf wil praten',
  'nagenoeg identieke handtekeningen op verschillende verklaringen'];
const G_ACTIONS = ['schakel dezelfde dag het team Arbeidsuitbuiting in', 'plan binnen tien werkdagen een onaangekondigd vervolgbezoek', 'vraag de kopieën ter plekke op en neem ze mee',
  'spreek de werknemers apart en buiten zicht van de leidinggevende', 'noteer het kenteken van de busjes bij de poort', 'zet de uitbetaling van de subsidie voorlopig stop',
  'leg het dossier voor aan de signaalcommissie van donderdag'];

/** A passage of operational guidance in one of this split's phrasings. */
export function guidance6(rng) {
  const s = rng.pick(G_SUBJECTS);
  const g = rng.pick(G_SIGNALS);
  const a = rng.pick(G_ACTIONS);
  const n = rng.int(2, 4);
  return rng.pick([
    () => `Kondig het bezoek niet aan als ${g} al eerder in het dossier staat; kom bij voorkeur tussen zeven en acht uur in de ochtend.`,
    () => `Vraag eerst naar ${s} en pas daarna naar de eigenaar: wie het verhaal heeft voorbereid, verspreekt zich vaker bij de tweede vraag.`,
    () => `Zie je ${g}? Ga dan niet in discussie, maar ${a}.`,
    () => `Vanaf ${n} van de signalen op deze lijst ${a}, ook als ${s} op het eerste gezicht klopt.`,
    () => `Laat ${s} niet door de werkgever toelichten; vergelijk ze zelf met de gegevens van de Belastingdienst en ${a}.`,
    () => `Neem bij ${g} genoegen met een kort antwoord en noteer letterlijk wat er wordt gezegd; de tegenstrijdigheid komt pas bij het nagesprek op tafel.`,
    () => `Kies de volgorde zo dat ${s} als laatste aan bod komt; een gesprekspartner die moe wordt, houdt een ingestudeerd verhaal minder goed vol.`,
  ])();
}

/** Policy text that stays: law references, published policy, the minister's aims. */
export function policy6(rng, org) {
  return rng.pick([
    `Toezichthouders hebben de bevoegdheden van afdeling 5.2 van de Algemene wet bestuursrecht, waaronder het vorderen van inlichtingen (artikel 5:16 Awb).`,
    `De handhavingsstrategie is gepubliceerd in de Staatscourant ${rng.int(2019, 2024)}, nr. ${rng.int(10000, 69999)}.`,
    `Het doel van ${org.title} is dat elke werkende in Nederland onder veilige en eerlijke omstandigheden werkt.`,
    'Iedereen die wordt gecontroleerd, ontvangt achteraf een schriftelijk verslag van de bevindingen en kan daarop reageren.',
    `Een sanctie wordt opgelegd volgens de openbare Beleidsregel boeteoplegging ${rng.int(2020, 2024)}.`,
    'Het verslag van de controle wordt bewaard volgens de Archiefwet en de selectielijst van de organisatie.',
    'Klachten over de bejegening kunnen worden ingediend volgens hoofdstuk 9 van de Awb.',
  ]);
}

/** Neutral context prose (neither item nor keep): what a document of this kind also says. */
function prose(d, n = 2) {
  const s = ['Het aantal meldingen over slechte huisvesting is de afgelopen twee jaar gestegen, vooral in de regio’s met veel tuinbouw en logistiek.',
    'Gemeenten, de inspectie en de politie werken daarbij samen, maar wisselen niet altijd op tijd informatie uit.',
    'In de pilot is gebleken dat een gezamenlijke planning het aantal dubbele bezoeken aan hetzelfde adres vermindert.',
    'Werkgevers geven aan dat zij de regels ingewikkeld vinden en vragen om één aanspreekpunt.',
    'De vakbonden hebben in een brief aandacht gevraagd voor werknemers die uit angst voor ontslag geen melding doen.',
    'Niet alle signalen leiden tot een controle; een deel wordt doorgestuurd naar een andere instantie of blijkt onvoldoende concreet.',
    'De kosten van de extra inzet worden gedekt uit de middelen die bij de voorjaarsnota beschikbaar zijn gesteld.',
    'Over de eerste resultaten wordt de gemeenteraad na de zomer geïnformeerd.',
    'Uit de evaluatie blijkt dat de meeste werkgevers na een eerste waarschuwing hun administratie op orde brengen.',
    'Voor de langere termijn wordt onderzocht of een registratieplicht voor verhuurders van kamers bijdraagt aan het doel.',
    'De capaciteit van het team is beperkt; daarom wordt gewerkt met een jaarlijkse prioritering.',
    'Tijdens de bijeenkomst met ondernemers is de nieuwe werkwijze toegelicht; de reacties waren overwegend positief.'];
  return d.rng.sample(s, n).map((x) => p(d.x(x))).join('');
}

// =============================================================================================
// doorgestuurde-mail: an Outlook print of a forwarded thread. Header labels "Van:/Verzonden:/
// Aan:/CC:/Onderwerp: FW:", display names "Achternaam, Voornaam (ORG)" or "Voornaam Achternaam
// | ORG", a functional mailbox in CC, the forwarded mail below with its own header, signatures
// with the function on the next line and "Bereikbaar ma t/m do", first-name greeting and sign-off,
// the organisation's general number and info@ in the footer line (keep).
// =============================================================================================
function doorgestuurd(d) {
  const org = d.rng.pick(ORGS6);
  const a = d.person();
  const b = d.person();
  const c = d.person();
  const dt = when(d.rng);
  const subject = d.rng.pick(['inzet weekendcontroles', 'vragen gemeente over huisvesting arbeidsmigranten', 'planning hercontrole vleesverwerker', 'reactie op signaal vakbond']);
  d.metadata.title = `FW: ${subject}`;
  const disp = (per) => (d.rng.chance(0.5) ? `${d.name(per, per.display('first-cap'))} (${d.x(org.short)})` : `${d.name(per, per.full)} | ${d.x(org.short)}`);
  const mb = d.rng.pick(MAILBOXES6);
  const head = (from, to, cc, sent, fw) => `<table class="k" style="margin-bottom:8px"><tr><td><b>Van:</b></td><td>${from}</td></tr>
<tr><td><b>Verzonden:</b></td><td>${d.x(`${d.rng.pick(DAYS)} ${sent.long} ${hhmm(d)}`)}</td></tr>
<tr><td><b>Aan:</b></td><td>${to}</td></tr>${cc ? `<tr><td><b>CC:</b></td><td>${cc}</td></tr>` : ''}
<tr><td><b>Onderwerp:</b></td><td>${d.x(`${fw}${subject}`)}</td></tr></table>`;
  const sig = (per) => br(d.x('Met vriendelijke groet,'), '', d.name(per, per.full), d.keep(`${d.rng.pick(ROLES)} ${org.units[0]}`, 'function next to a name'),
    d.x(org.name), `${d.x('M')} ${tel(d, 'mobile')}`, d.rng.chance(0.5) ? `${d.x('T')} ${tel(d, d.rng.pick(['geo2', '085']))}` : null,
    d.email(local(d, per), org.domain), `<i>${d.x(`Bereikbaar ${d.rng.pick(['ma t/m do', 'di, wo en vr', 'maandag tot en met donderdag'])}`)}</i>`);
  const body = `${head(disp(a), `${disp(b)}; ${d.email(mb, org.domain, true)}`, disp(c), dt, 'FW: ')}
${p(`${d.x('Hoi')} ${d.name(b, b.first)},`)}
${p(`${d.x('Zie hieronder het bericht van')} ${d.name(c, c.first)}. ${d.x('Kun jij dit meenemen in het overleg van')} ${d.x(d.rng.pick(DAYS))}? ${d.x('Ik ben er zelf niet bij.')}`)}
${p(d.name(a, a.first))}
<hr>
${head(disp(c), disp(a), null, when(d.rng), '')}
${p(`${d.x('Beste')} ${d.name(a, a.first)},`)}
${p(`${d.x(`Vanochtend belde de gemeente ${d.rng.pick(['Doetinchem', 'Roosendaal', 'Emmen', 'Oss'])} over de locatie aan de`)} ${d.keep(d.street(), 'address')}. ${d.x('Zij willen weten wanneer wij weer langskomen.')} ${d.keep(policy6(d.rng, org), 'policy text')}`)}
${p(`${d.x('Ik heb gezegd dat')} ${d.name(b, b.surnameAlone)} ${d.keep('contact opneemt', 'words after a name')} ${d.x('zodra de planning rond is.')}`)}
${p(sig(c))}
<p class="k">${d.x(org.name)} · ${d.x('algemeen nummer')} ${d.general(d.rng.pick(['088', 'switchboard']), 'general number')} · ${d.keep(`info@${org.domain}`, 'general mailbox')}</p>`;
  return { kind: 'email', format: 'html', title: d.metadata.title, body: page(d, { body }) };
}

// =============================================================================================
// mail-antwoord (enscript): a plain-text reply chain as a mail client prints it, newest first:
// "Op wo 12 apr 2023 om 14:02 schreef Voornaam Achternaam <local@domain>:", quotes with "> " and
// "> > ", a mobile signature "Verstuurd vanaf mijn telefoon", a person writing from a private
// address, initials with the surname in a quoted signature, a 0800 line to keep.
// =============================================================================================
function mailAntwoord(d) {
  const org = d.rng.pick(ORGS6);
  const a = d.person();
  const b = d.person();
  const ext = d.person();
  const d1 = when(d.rng);
  const dd = () => `${d.rng.pick(['ma', 'di', 'wo', 'do', 'vr'])} ${d1.d} ${MONTHS[d1.m - 1].slice(0, 3)} ${d1.y} om ${hhmm(d)}`;
  const aMail = d.email(local(d, a), org.domain);
  const extMail = d.email(ext.local(d.rng.pick(['first.sur', 'isur'])), d.rng.pick(PRIVATE_DOMAINS));
  d.metadata.title = 'Re: uw melding';
  const l = [
    `Van:     ${d.name(b, b.full)} <${d.email(local(d, b), org.domain)}>`,
    `Aan:     ${d.name(a, a.full)} <${aMail}>`,
    `Datum:   ${d1.num} ${hhmm(d)}`,
    'Onderwerp: Re: Re: uw melding over de huisvesting',
    '',
    `${d.name(a, a.first)}, akkoord. Ik bel ${ext.female ? 'mevrouw' : 'meneer'} ${d.name(ext, ext.surnameAlone)} morgen terug.`,
    `Het nummer dat ${ext.female ? 'zij' : 'hij'} opgaf: ${tel(d, 'mobile')}.`,
    '',
    'Verstuurd vanaf mijn telefoon',
    '',
    `Op ${dd()} schreef ${d.name(a, a.full)} <${aMail}>:`,
    `> Hoi ${d.name(b, b.first)},`,
    '>',
    '> Kun jij deze melding oppakken? De melder wil niet dat de werkgever weet',
    '> dat de melding van hem of haar komt.',
    `> ${d.keep(policy6(d.rng, org), 'policy text')}`,
    '>',
    `> Groet, ${d.name(a, a.first)}`,
    `> ${d.name(a, `${a.initials} ${a.particle ? `${a.particle} ` : ''}${a.surname}`)} | ${d.keep(d.rng.pick(ROLES), 'function next to a name')}`,
    `> tel. ${tel(d, d.rng.pick(['geo2', 'geo3']))}`,
    '>',
    `> > Op ${dd()} schreef ${d.name(ext, ext.full)} <${extMail}>:`,
    '> > Geachte heer/mevrouw, ik werk via een uitzendbureau en woon met',
    '> > twaalf anderen in een huis van vier kamers. Ik wil graag dat',
    '> > iemand komt kijken. U kunt mij bellen na zes uur.',
    '',
    `Meldpunt ${org.short}: ${d.general('0800', 'general number')} (gratis, op werkdagen)`,
  ];
  return { kind: 'email', format: 'txt', title: d.metadata.title, body: l.join('\n') };
}

// =============================================================================================
// transcript: a meeting transcript export, one block per turn: "Voornaam Achternaam   0:04:12"
// in bold, the words below, later turns by the same speaker; the alderman or gedeputeerde who
// joins (keep, with the title), names said aloud ("dank je, Voornaam"), a number read out.
// =============================================================================================
function transcript(d) {
  const org = d.rng.pick(ORGS6);
  const people = [d.person(), d.person(), d.person()];
  const off = d.official();
  const title = d.rng.chance(0.5) ? 'wethouder' : 'gedeputeerde';
  d.metadata.title = 'Transcriptie overleg';
  let t = d.rng.int(1, 40);
  const stamp = () => {
    t += d.rng.int(8, 90);
    return `${Math.floor(t / 3600)}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
  };
  const turn = (per, text) => `<div style="margin:6px 0"><b>${d.name(per, per.full)}</b>&nbsp;&nbsp;<span class="k">${stamp()}</span><br>${text}</div>`;
  const offTurn = (text) => `<div style="margin:6px 0"><b>${d.keep(`${title === 'wethouder' ? 'Wethouder' : 'Gedeputeerde'} ${off.full}`, 'public official')}</b>&nbsp;&nbsp;<span class="k">${stamp()}</span><br>${text}</div>`;
  const [x, y, z] = people;
  const turns = [
    turn(x, `${d.x('Goedemorgen allemaal. Ik zie dat')} ${d.name(y, y.first)} ${d.x('er ook is, fijn. Dan beginnen we met de stand van de controles.')}`),
    turn(y, `${d.x('Dank je,')} ${d.name(x, x.first)}. ${d.x(`We hebben er deze maand ${d.rng.int(6, 30)} gedaan. Bij twee adressen is het niet pluis.`)}`),
    turn(z, `${d.x('Mag ik daarop aanvullen? Bij het tweede adres hebben we de eigenaar gesproken. Die was bereikbaar op')} ${tel(d, 'mobile')}, ${d.x('maar nam daarna niet meer op.')}`),
    offTurn(d.x('Ik wil vooral weten wat we de raad kunnen vertellen. Het beleid is openbaar, de werkwijze bij controles niet.')),
    turn(y, `${d.guidance(guidance6(d.rng))} ${d.x('Dat doen we nu bij elk adres.')}`),
    turn(z, d.x('Bij het eerste adres ging het om een loods die als woonruimte werd gebruikt. Daar zijn we met de brandweer langsgegaan.')),
    turn(x, `${d.x('En hoe was het contact met de verhuurder,')} ${d.name(z, z.first)}?`),
    turn(z, d.x('Moeizaam. Hij zegt dat de mensen er alleen overdag zijn. Dat klopt niet met wat de buren vertellen.')),
    offTurn(d.x('Kunnen we de buren vragen om dat op papier te zetten? Dan staan we sterker als het tot een procedure komt.')),
    turn(y, d.x('Dat kan, maar veel buren willen anoniem blijven. We nemen het mee in het verslag.')),
    turn(x, `${d.x('Helder.')} ${d.name(z, z.surnameAlone)} ${d.x('maakt een korte notitie voor de')} ${d.x(title)}.`),
    turn(z, `${d.x('Doe ik. Vragen kunnen naar')} ${d.email(local(d, z), org.domain)} ${d.x('of naar de algemene postbus')} ${d.keep(`postbus@${org.domain}`, 'general mailbox')}.`),
    offTurn(`${d.x('Dank jullie wel,')} ${d.name(x, x.first)}, ${d.name(y, y.first)}, ${d.name(z, z.first)}. ${d.keep(policy6(d.rng, org), 'policy text')}`),
  ];
  const body = `<h2>${d.x('Transcriptie')}</h2><p class="k">${d.x(`Overleg toezicht huisvesting — ${when(d.rng).long} — opname ${d.rng.int(40, 75)} min.`)}</p>${turns.join('\n')}`;
  return { kind: 'transcript', format: 'html', title: d.metadata.title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.x('automatisch gegenereerd transcript, gecorrigeerd')}` }) };
}

// =============================================================================================
// besluitenlijst: a steering group's list of decisions and actions. A two-column head (meeting
// details left, "Verslag: Voornaam Achternaam" right), an attendance grid Naam | Organisatie |
// aanwezig (ja/nee/afgemeld), the chair a burgemeester or wethouder (keep), decisions numbered
// B-01…, an action list with "Wie" holding surnames alone or "Voornaam A." (first name + initial
// of the surname), a "Volgend overleg" line, a general number to keep.
// =============================================================================================
function besluitenlijst(d) {
  const org = d.rng.pick(ORGS6.filter((o) => o.name.startsWith('Gemeente')));
  const members = Array.from({ length: d.rng.int(4, 6) }, () => d.person());
  const sec = d.person();
  const chair = d.official();
  const chairTitle = d.rng.pick(['burgemeester', 'wethouder']);
  const dt = when(d.rng);
  d.metadata.title = 'Besluitenlijst stuurgroep';
  const orgs = ['GGD', org.short, 'Politie', 'Veiligheidsregio', 'Woningcorporatie', 'UWV'];
  const grid = members.map((m, i) => `<tr><td>${d.name(m, `${m.surnameAlone}, ${m.initials}`)}</td><td>${d.x(orgs[i % orgs.length])}</td><td>${d.x(d.rng.pick(['ja', 'ja', 'ja', 'afgemeld']))}</td></tr>`).join('');
  const abbrev = (m) => `${m.first} ${m.surnameAlone.charAt(0)}.`;
  const acts = members.slice(0, 4).map((m, i) => `<tr><td>A-${String(i + 1).padStart(2, '0')}</td><td>${d.x(d.rng.pick(['Notitie over de inzet bij avondcontroles', 'Overzicht van de meldingen per wijk', 'Afspraken met de verhuurders vastleggen', 'Terugkoppeling aan de raad voorbereiden', 'Contact met de ondernemersvereniging']))}</td><td>${i % 2 ? d.name(m, m.surnameAlone) : d.name(m, abbrev(m))}</td><td>${d.x(`${d.rng.int(1, 28)}-${d.rng.int(1, 12)}`)}</td></tr>`).join('');
  const body = `<table style="width:100%"><tr><td style="width:55%"><h2 style="margin:0">${d.x('Besluitenlijst')}</h2>${br(d.x(`Stuurgroep Veilig Wonen ${org.short}`), d.x(`${dt.long}, ${hhmm(d)} uur`), d.x('Stadskantoor, zaal 3'))}</td>
<td class="k">${br(`<b>${d.x('Voorzitter')}</b>`, d.keep(`${chairTitle} ${chair.full}`, 'public official'), `<b>${d.x('Verslag')}</b>`, d.name(sec, sec.full), d.email(local(d, sec), org.domain))}</td></tr></table>
<h3>${d.x('Aanwezigheid')}</h3><table class="g"><tr><th>Naam</th><th>Organisatie</th><th>Aanwezig</th></tr>${grid}</table>
<h3>${d.x('Besluiten')}</h3>
<p>${d.x('B-01 De stuurgroep stemt in met de aanpak voor het voorjaar.')} ${d.keep(policy6(d.rng, org), 'policy text')}</p>
<p>${d.x('B-02 Op voorstel van')} ${d.name(members[1], members[1].full)} ${d.x('worden de controles voortaan gezamenlijk gepland.')}</p>
<p>${d.x('B-03 De')} ${d.x(chairTitle)} ${d.x('informeert de raad via een openbare raadsinformatiebrief.')}</p>
<h3>${d.x('Acties')}</h3><table class="g"><tr><th>Nr.</th><th>Actie</th><th>Wie</th><th>Gereed</th></tr>${acts}</table>
<p class="k">${d.x('Volgend overleg:')} ${d.x(when(d.rng).long)}. ${d.x('Secretariaat bereikbaar via')} ${d.general(d.rng.pick(['14', 'switchboard']), 'general number')}.</p>`;
  return { kind: 'verslag', format: 'html', title: d.metadata.title, body: page(d, { body, header: `${d.x(org.name)} · ${d.x('Stuurgroep Veilig Wonen')}` }) };
}

// =============================================================================================
// nota-paraaf: a nota to the minister or state secretary. A grey block at the top right with
// "Steller", "Telefoon", "Paraaf voor akkoord" lines; "Aan: de Minister" and the minister named in
// the text (keep); decision points; the minister's aim (keep) beside operational guidance in an
// annex "Werkwijze inspecteurs" (redact); a paraaf table Naam | Functie | Datum | Paraaf.
// =============================================================================================
function notaParaaf(d) {
  const org = d.rng.pick(ORGS6.filter((o) => o.title.startsWith('de minister')));
  const writer = d.person();
  const paraf = [d.person(), d.person()];
  const minister = d.official();
  const dt = when(d.rng);
  d.metadata.title = 'Nota aan de minister';
  const side = `<div style="float:right;width:38%;background:#eee;padding:6px;margin-left:10px" class="k">${br(`<b>${d.x('Steller')}</b>`, d.name(writer, writer.formal),
    `<b>${d.x('Telefoon')}</b>`, tel(d), `<b>${d.x('Afdeling')}</b>`, d.x(org.units[d.rng.int(0, org.units.length - 1)]), `<b>${d.x('Kenmerk')}</b>`, d.x(`${org.short}/${dt.y}-${d.rng.digits(5)}`))}</div>`;
  const rows = paraf.map((m) => `<tr><td>${d.name(m, m.formal)}</td><td>${d.keep(d.rng.pick(['directeur', 'afdelingshoofd', 'plv. directeur-generaal']), 'function next to a name')}</td><td>${d.x(when(d.rng).num)}</td><td></td></tr>`).join('');
  const body = `${side}<h2>${d.x('Nota')}</h2>
${br(`<b>${d.x('Aan:')}</b> ${d.x('de Minister')}`, `<b>${d.x('Datum:')}</b> ${d.x(dt.long)}`, `<b>${d.x('Onderwerp:')}</b> ${d.x('aanpak van schijnconstructies in de seizoensarbeid')}`)}
<h3>${d.x('Beslispunten')}</h3><ol><li>${d.x('U stemt in met de bijgevoegde werkwijze.')}</li><li>${d.x('U stuurt de Kamer voor het zomerreces een voortgangsbrief.')}</li></ol>
<h3>${d.x('Toelichting')}</h3>
${prose(d, d.rng.int(3, 5))}
${p(`${d.keep(`Minister ${minister.full}`, 'public official')} ${d.x('heeft in het commissiedebat toegezegd de Kamer te informeren.')} ${d.keep(policy6(d.rng, org), 'policy text')}`)}
${p(`${d.x('Over de uitvoering is afgestemd met')} ${d.name(paraf[0], paraf[0].full)}. ${d.x('Vragen over deze nota kunt u stellen aan')} ${d.name(writer, writer.first)} ${d.name(writer, writer.surnameAlone)}.`)}
<h3>${d.x('Financiële en juridische aspecten')}</h3>
${prose(d, 2)}
<h3>${d.x('Bijlage: werkwijze inspecteurs (intern)')}</h3>
<ul><li>${d.guidance(guidance6(d.rng))}</li><li>${d.guidance(guidance6(d.rng))}</li></ul>
${p(d.keep(policy6(d.rng, org), 'policy text'))}
<h3>${d.x('Paraaf')}</h3><table class="g"><tr><th>Naam</th><th>Functie</th><th>Datum</th><th>Paraaf</th></tr>${rows}</table>`;
  return { kind: 'nota', format: 'html', title: d.metadata.title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.x('Departementaal vertrouwelijk')}` }) };
}

// =============================================================================================
// brief-briefhoofd: a letter to a company on letterhead. A narrow left column (two-column table)
// with the organisation's visiting address, Postbus, general number and website (keep), "Contact"
// with the handling officer's name, direct line and e-mail; the addressee's contact person
// ("t.a.v."), the mayor or gedeputeerde named in the text (keep), signed "namens dezen" by a
// civil servant with the function on the next line; "Afschrift:" with a name.
// =============================================================================================
function briefhoofd(d) {
  const org = d.rng.pick(ORGS6);
  const handler = d.person();
  const signer = d.person();
  const addressee = d.person();
  const cc = d.person();
  const off = d.official();
  const dt = when(d.rng);
  d.metadata.title = 'Brief';
  const left = `<td style="width:30%;font-size:7.5pt;border-right:1px solid #999;padding-right:8px">${br(`<b>${d.x(org.name)}</b>`, d.keep(d.street(), 'address'), d.keep(org.postbus, 'public address'),
    `${d.x('T')} ${d.general(d.rng.pick(['14', '088', 'switchboard']), 'general number')}`, d.x(`www.${org.domain}`), '', `<b>${d.x('Contact')}</b>`, d.name(handler, handler.full), `${d.x('T')} ${tel(d, d.rng.pick(['geo2', 'geo3', '085']))}`,
    d.email(local(d, handler), org.domain), '', `<b>${d.x('Ons kenmerk')}</b>`, d.x(`${d.rng.digits(7)}`), `<b>${d.x('Datum')}</b>`, d.x(dt.long))}</td>`;
  const right = `<td style="padding-left:12px">${br(d.x(`${d.rng.pick(['Bouwbedrijf', 'Uitzendbureau', 'Champignonkwekerij', 'Distributiecentrum'])} ${d.rng.pick(['De Korenschoof', 'Rivierzicht', 'Noordpoort', 'Het Veen'])} B.V.`),
    `${d.x('t.a.v.')} ${d.x(addressee.female ? 'mevrouw' : 'de heer')} ${d.name(addressee, addressee.formal)}`, d.x(`Industrieweg ${d.rng.int(1, 90)}`), d.x(`${d.rng.int(1000, 9999)} ${d.rng.pick(['KL', 'RT', 'BM'])} ${d.rng.pick(['Horst', 'Barneveld', 'Almelo'])}`))}
<p><b>${d.x('Onderwerp: uitkomst controle op')} ${d.x(when(d.rng).long)}</b></p>
${p(`${d.x('Geachte')} ${d.x(addressee.female ? 'mevrouw' : 'heer')} ${d.name(addressee, addressee.surnameAlone)},`)}
${p(d.x('Op de genoemde datum hebben twee toezichthouders uw bedrijf bezocht. In deze brief leest u wat wij hebben vastgesteld en wat wij van u verwachten.'))}
<p><b>${d.x('Wat wij hebben vastgesteld')}</b></p>
<ul>${d.rng.sample(['In twee woningen sliepen meer personen dan het aantal toegestane slaapplaatsen.', 'De urenregistratie van week 14 tot en met 16 ontbrak.', 'Drie werknemers hadden geen schriftelijke arbeidsovereenkomst.', 'De vluchtwegen in de loods waren geblokkeerd door pallets.', 'Op de loonstroken werden inhoudingen voor huisvesting vermeld zonder onderbouwing.'], 3).map((x) => `<li>${d.x(x)}</li>`).join('')}</ul>
<p><b>${d.x('Wat wij van u verwachten')}</b></p>
${p(d.x(`Wij verzoeken u binnen ${d.rng.pick(['vier', 'zes', 'acht'])} weken na dagtekening van deze brief schriftelijk te laten weten welke maatregelen u heeft genomen. Doet u dat niet, dan kunnen wij een last onder dwangsom opleggen.`))}
${p(d.keep(policy6(d.rng, org), 'policy text'))}
${prose(d, d.rng.int(1, 3))}
${p(`${d.x('Wij hebben')} ${d.keep(`${d.rng.pick(['burgemeester', 'gedeputeerde'])} ${off.full}`, 'public official')}${d.x(', over de uitkomst geïnformeerd.')}`)}
${p(`${d.x('Heeft u vragen? Neem dan contact op met')} ${d.name(handler, handler.surnameAlone)}${d.x('. Zie de gegevens links op deze brief.')}`)}
${p(br(d.x('Met vriendelijke groet,'), d.x(`namens ${org.title},`), '', '', d.name(signer, signer.formal), d.keep(d.rng.pick(['Teamleider Toezicht', 'Manager Handhaving', 'Hoofd Vergunningen']), 'function next to a name')))}
${p(`${d.x('Afschrift:')} ${d.name(cc, cc.full)}, ${d.x('Arbeidsinspectie')}`)}</td>`;
  const body = `<table style="width:100%"><tr>${left}${right}</tr></table>`;
  return { kind: 'brief', format: 'html', title: d.metadata.title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.x(org.postbus)}` }) };
}

// =============================================================================================
// gespreksleidraad: interview question list for inspectors. An intro with published policy
// (keep), numbered questions in a two-column table "Vraag" | "Waar let je op" (the right-hand cell
// is guidance), an owner block "Eigenaar:" with Achternaam, Voornaam and an internal mailbox,
// version history with initials + surname.
// =============================================================================================
function leidraad(d) {
  const org = d.rng.pick(ORGS6);
  const owner = d.person();
  const editor = d.person();
  d.metadata.title = 'Gespreksleidraad werknemersinterview';
  const qs = ['Sinds wanneer werkt u hier?', 'Wie heeft u dit werk aangeboden?', 'Waar slaapt u deze week?', 'Hoe krijgt u uw loon uitbetaald?', 'Wie bewaart uw identiteitsbewijs?'];
  const n = d.rng.int(3, 4);
  const hints = [];
  while (hints.length < n) {
    const g = guidance6(d.rng);
    if (!hints.includes(g)) hints.push(g);
  }
  const rows = d.rng.sample(qs, n).map((q, i) => `<tr><td style="width:40%">${i + 1}. ${d.x(q)}</td><td>${d.guidance(hints[i])}</td></tr>`).join('');
  const mb = d.rng.pick(MAILBOXES6);
  const body = `<h2>${d.x('Gespreksleidraad werknemersinterview')}</h2>
${p(d.keep(policy6(d.rng, org), 'policy text'))}
${p(d.keep(policy6(d.rng, org), 'policy text'))}
<table class="g" style="width:100%"><tr><th>${d.x('Vraag')}</th><th>${d.x('Waar let je op')}</th></tr>${rows}</table>
${p(d.keep('De geïnterviewde mag het gesprek altijd beëindigen en krijgt een folder in de eigen taal.', 'policy text'))}
<table class="k" style="margin-top:10px"><tr><td><b>${d.x('Eigenaar')}</b></td><td>${d.name(owner, owner.display('first'))} (${d.x(org.units[1])})</td></tr>
<tr><td><b>${d.x('Vragen')}</b></td><td>${d.email(mb, org.domain, true)}</td></tr>
<tr><td><b>${d.x('Versie')}</b></td><td>${d.x(`1.${d.rng.int(0, 4)}, ${when(d.rng).long}, bijgewerkt door`)} ${d.name(editor, `${editor.initials} ${editor.surnameAlone}`)}</td></tr></table>`;
  return { kind: 'werkinstructie', format: 'html', title: d.metadata.title, body: page(d, { body, header: `${d.x(org.name)} · ${d.x('uitsluitend voor intern gebruik')}` }) };
}

// =============================================================================================
// telefoonlijst: an on-call phone list in two newspaper columns (CSS columns), entries of
// "ACHTERNAAM, Voornaam" (surname in capitals), role, "dir." and "mob." numbers; a top block of
// general numbers (keep): reception, 14 0xx or 088, 112 for emergencies, a service desk.
// =============================================================================================
function telefoonlijst(d) {
  const org = d.rng.pick(ORGS6);
  const staff = Array.from({ length: d.rng.int(7, 10) }, () => d.person());
  d.metadata.title = 'Piketlijst';
  const up = (per) => `${per.surnameAlone.toLocaleUpperCase('nl')}, ${per.first}`;
  const entry = (per) => `<div style="break-inside:avoid;margin-bottom:7px">${br(`<b>${d.name(per, up(per))}</b>`, d.x(d.rng.pick(ROLES)),
    d.rng.chance(0.6) ? `${d.x('dir.')} ${tel(d, d.rng.pick(['geo2', 'geo3', '085']))}` : null, `${d.x('mob.')} ${tel(d, 'mobile')}`)}</div>`;
  const body = `<h2>${d.x(`Piketlijst ${org.short} — ${MONTHS[d.rng.int(0, 11)]} ${d.rng.int(2022, 2025)}`)}</h2>
<table class="g" style="margin-bottom:10px"><tr><td>${d.x('Receptie')}</td><td>${d.general('switchboard', 'general number')}</td></tr>
<tr><td>${d.x('Algemeen nummer')}</td><td>${d.general(d.rng.pick(['14', '088']), 'general number')}</td></tr>
<tr><td>${d.x('Spoed')}</td><td>${d.keep('112', 'general number')}</td></tr>
<tr><td>${d.x('Servicedesk ICT')}</td><td>${d.general('0800', 'general number')}</td></tr></table>
<div style="column-count:2;column-gap:14mm">${staff.map(entry).join('')}</div>
${p(`<i>${d.x('Wijzigingen doorgeven aan het secretariaat. Deze lijst niet buiten de organisatie verspreiden.')}</i>`)}`;
  return { kind: 'contactlijst', format: 'html', title: d.metadata.title, body: page(d, { body, footer: d.x(`${org.name} · intern`) }) };
}

// =============================================================================================
// incidentrapport: an incident report form. Field table (Melder / Datum en tijd / Locatie /
// Betrokken medewerkers), a timeline "hh:mm — Voornaam belt …", a police or emergency number that
// stays (0900-8844, 112), the mayor who was informed (keep), follow-up with the confidential
// adviser's name and direct number, a closing "Opgesteld door" line with initials.
// =============================================================================================
function incident(d) {
  const org = d.rng.pick(ORGS6);
  const a = d.person();
  const b = d.person();
  const adviser = d.person();
  const mayor = d.official();
  const dt = when(d.rng);
  d.metadata.title = 'Incidentrapportage';
  const tl = [
    `${hhmm(d)} — ${d.name(a, a.first)} ${d.x('en')} ${d.name(b, b.first)} ${d.x('komen aan op het adres voor een hercontrole.')}`,
    `${hhmm(d)} — ${d.x('Een man weigert de toegang en wordt agressief.')} ${d.name(b, b.first)} ${d.x('belt de politie via')} ${d.keep('0900-8844', 'general number')}.`,
    `${hhmm(d)} — ${d.x('De politie is ter plaatse.')} ${d.name(a, a.surnameAlone)} ${d.x('doet later aangifte.')}`,
    `${hhmm(d)} — ${d.keep(`Burgemeester ${mayor.full}`, 'public official')} ${d.x('is door de teamleider geïnformeerd.')}`,
  ];
  const body = `<h2>${d.x('Incidentrapportage agressie en geweld')}</h2>
<table class="g" style="width:100%"><tr><th style="width:30%">${d.x('Melder')}</th><td>${d.name(a, a.full)}, ${d.x(d.rng.pick(ROLES))}</td></tr>
<tr><th>${d.x('Datum en tijd')}</th><td>${d.x(`${dt.num}, ${hhmm(d)}`)}</td></tr>
<tr><th>${d.x('Locatie')}</th><td>${d.keep(d.street(), 'address')}</td></tr>
<tr><th>${d.x('Betrokken medewerkers')}</th><td>${d.name(a, a.formal)}; ${d.name(b, b.formal)}</td></tr>
<tr><th>${d.x('Bereikbaar voor vragen')}</th><td>${tel(d, 'mobile')}</td></tr></table>
<h3>${d.x('Verloop')}</h3>${tl.map((x) => p(x)).join('')}
<h3>${d.x('Nazorg')}</h3>
${p(`${d.x('Beide medewerkers hebben gesproken met de vertrouwenspersoon,')} ${d.name(adviser, adviser.full)} ${d.x('(direct')} ${tel(d, d.rng.pick(['geo2', '085']))}). ${d.x('Bij acuut gevaar altijd')} ${d.keep('112', 'general number')}.`)}
${p(d.keep(policy6(d.rng, org), 'policy text'))}
${p(`${d.x('Les voor volgende keer:')} ${d.guidance(guidance6(d.rng))}`)}
<p class="k">${d.x('Opgesteld door')} ${d.name(b, `${b.initials} ${b.surnameAlone}`)}, ${d.x(when(d.rng).num)}</p>`;
  return { kind: 'rapport', format: 'html', title: d.metadata.title, body: page(d, { body, header: d.x(`${org.name} · Incidentrapportage`) }) };
}

// =============================================================================================
// kamervragen: answers to written parliamentary questions, a draft with internal comments. The
// Kamerleden with party (keep) and the minister (keep) in the heading; questions and answers; a
// margin comment box "Opmerking [XY1]: Voornaam Achternaam" and "Afgestemd met … (DJZ), tel." that
// name civil servants (redact); the published numbers of the answer (keep).
// =============================================================================================
function kamervragen(d) {
  const org = d.rng.pick(ORGS6.filter((o) => o.title.startsWith('de minister')));
  const mp1 = d.official();
  const mp2 = d.official();
  const minister = d.official();
  const c1 = d.person();
  const c2 = d.person();
  d.metadata.title = 'Antwoorden Kamervragen (concept)';
  const party = d.rng.sample(PARTIES, 2);
  const comment = (per, text) => `<div style="border:1px dashed #888;background:#fafafa;padding:4px;margin:6px 0" class="k"><b>${d.x(`Opmerking [c${d.rng.int(1, 9)}]:`)}</b> ${d.name(per, per.full)}: ${text}</div>`;
  const body = `<p class="k">${d.x('CONCEPT — niet verspreiden')}</p>
<h2>${d.x('Antwoorden op vragen van de leden')} ${d.keep(`${mp1.surnameAlone} (${party[0]})`, 'public official')} ${d.x('en')} ${d.keep(`${mp2.surnameAlone} (${party[1]})`, 'public official')} ${d.x('over uitbuiting in de seizoensarbeid')}</h2>
${p(`<b>${d.x('Vraag 1')}</b><br>${d.x('Bent u bekend met het bericht over de huisvesting van seizoenswerkers?')}`)}
${p(`<b>${d.x('Antwoord 1')}</b><br>${d.x('Ja.')}`)}
${p(`<b>${d.x('Vraag 2')}</b><br>${d.x('Hoeveel controles zijn er het afgelopen jaar uitgevoerd?')}`)}
${p(`<b>${d.x('Antwoord 2')}</b><br>${d.keep(`In ${d.rng.int(2021, 2024)} zijn ${d.rng.int(300, 1900)} controles uitgevoerd.`, 'published figure')} ${d.keep(policy6(d.rng, org), 'policy text')}`)}
${comment(c1, `${d.x('cijfer nog checken bij')} ${d.name(c2, c2.first)}${d.x(', zij/hij heeft de laatste stand.')}`)}
${p(`<b>${d.x('Vraag 3')}</b><br>${d.x('Deelt u de mening dat werkgevers die herhaaldelijk de regels overtreden, harder moeten worden aangepakt?')}`)}
${p(`<b>${d.x('Antwoord 3')}</b><br>${d.x('Ik deel de mening dat herhaalde overtredingen zwaarder moeten wegen.')} ${d.keep(policy6(d.rng, org), 'policy text')}`)}
${p(`<b>${d.x('Vraag 4')}</b><br>${d.x('Welke rol spelen gemeenten bij het toezicht op de huisvesting?')}`)}
${p(`<b>${d.x('Antwoord 4')}</b>`)}${prose(d, 2)}
${p(`<b>${d.x('Vraag 5')}</b><br>${d.x('Op welke manier worden controles voorbereid?')}`)}
${p(`<b>${d.x('Antwoord 5')}</b><br>${d.x('Controles worden risicogericht voorbereid. Op de werkwijze in individuele gevallen ga ik niet in.')}`)}
${comment(c2, `${d.x('Afgestemd met')} ${d.name(c1, c1.surnameAlone)} ${d.x('(DJZ), tel.')} ${tel(d, d.rng.pick(['geo2', 'mobile']))}. ${d.x('Intern ter info:')} ${d.guidance(guidance6(d.rng))}`)}
${p(br(d.keep(`De Minister van ${org.name === 'Nederlandse Voedsel- en Warenautoriteit' ? 'Landbouw, Visserij, Voedselzekerheid en Natuur' : org.name === 'Rijksdienst voor Ondernemend Nederland' ? 'Economische Zaken' : 'Sociale Zaken en Werkgelegenheid'},`, 'public official'), '', d.keep(minister.full, 'public official')))}`;
  return { kind: 'kamerstuk', format: 'html', title: d.metadata.title, body: page(d, { body, footer: d.x('2025Z — concept antwoorden') }) };
}

// =============================================================================================
// projectplan: a project plan with a "Projectorganisatie" definition list (Projectleider,
// Projectsecretaris, Kernteam: a list separated by semicolons with "(Org)"), a planning table,
// a risk table, a communication paragraph with the wethouder (keep) and the public info@,
// contact line "Bij vragen: Voornaam (06-…)".
// =============================================================================================
function projectplan(d) {
  const org = d.rng.pick(ORGS6);
  const lead = d.person();
  const secr = d.person();
  const team = Array.from({ length: d.rng.int(3, 4) }, () => d.person());
  const off = d.official();
  d.metadata.title = 'Projectplan';
  const projName = d.rng.pick(['Grip op Huisvesting', 'Eerlijk Oogsten', 'Samen Scherp', 'Wijk in Beeld']);
  const planning = ['Inventarisatie', 'Pilot in twee wijken', 'Evaluatie', 'Besluitvorming'].map((f, i) => `<tr><td>${d.x(f)}</td><td>${d.x(`Q${(i % 4) + 1} ${d.rng.int(2024, 2026)}`)}</td><td>${i === 1 ? d.name(team[0], team[0].surnameAlone) : d.x('kernteam')}</td></tr>`).join('');
  const body = `<h1 style="font-size:16pt">${d.x(`Projectplan ${projName}`)}</h1>
${p(d.x(`Versie ${d.rng.int(1, 3)}.${d.rng.int(0, 9)} · ${when(d.rng).long}`))}
<h3>${d.x('1. Aanleiding')}</h3>
${p(d.keep(policy6(d.rng, org), 'policy text'))}
${p(`${d.keep(`Wethouder ${off.full}`, 'public official')} ${d.x('heeft de raad toegezegd dat het project binnen twee jaar resultaat laat zien.')}`)}
${prose(d, d.rng.int(2, 4))}
<h3>${d.x('Doelen en afbakening')}</h3>
<ul><li>${d.x('Alle bekende adressen met meer dan vier arbeidsmigranten zijn binnen een jaar bezocht.')}</li><li>${d.x('Signalen worden binnen vijf werkdagen beoordeeld.')}</li><li>${d.x('Het project richt zich niet op de reguliere bouwtoezichtstaken.')}</li></ul>
${prose(d, 2)}
<h3>${d.x('2. Projectorganisatie')}</h3>
<dl><dt><b>${d.x('Projectleider')}</b></dt><dd>${d.name(lead, lead.full)} (${d.x(org.units[0])})</dd>
<dt><b>${d.x('Projectsecretaris')}</b></dt><dd>${d.name(secr, secr.full)}, ${d.email(local(d, secr), org.domain)}</dd>
<dt><b>${d.x('Kernteam')}</b></dt><dd>${team.map((m) => `${d.name(m, m.full)} (${d.x(d.rng.pick(['GGD', 'Politie', org.short, 'Woningstichting']))})`).join('; ')}</dd></dl>
<h3>${d.x('3. Planning')}</h3><table class="g"><tr><th>Fase</th><th>Periode</th><th>Trekker</th></tr>${planning}</table>
<h3>${d.x('4. Risico’s')}</h3>
<table class="g"><tr><th>Risico</th><th>Beheersmaatregel</th></tr><tr><td>${d.x('Eigenaren ontlopen de controle')}</td><td>${d.guidance(guidance6(d.rng))}</td></tr>
<tr><td>${d.x('Onvoldoende capaciteit')}</td><td>${d.x('Prioriteren in de stuurgroep.')}</td></tr></table>
<h3>${d.x('5. Financiën')}</h3><table class="g"><tr><th>Post</th><th>Bedrag</th></tr><tr><td>${d.x('Personele inzet')}</td><td>${d.x(`€ ${d.rng.int(120, 480)}.000`)}</td></tr><tr><td>${d.x('Onderzoek en evaluatie')}</td><td>${d.x(`€ ${d.rng.int(20, 90)}.000`)}</td></tr></table>
<h3>${d.x('6. Communicatie')}</h3>
${p(`${d.x('Inwoners kunnen terecht bij')} ${d.keep(`info@${org.domain}`, 'general mailbox')} ${d.x('en')} ${d.general(d.rng.pick(['14', '088']), 'general number')}. ${d.x('Bij vragen over dit plan:')} ${d.name(lead, lead.first)} (${tel(d, 'mobile')}).`)}`;
  return { kind: 'projectplan', format: 'html', title: d.metadata.title, body: page(d, { body, header: d.x(`${org.name} · Projectplan ${projName}`), footer: d.x('Niet openbaar tot besluitvorming') }) };
}

/** The fresh6 templates: `producers` lists which producers render them, in turn. */
export const FRESH6_FAMILIES = [
  { id: 'doorgestuurd', fresh6: doorgestuurd, producers: ['chromium', 'soffice'] },
  { id: 'mail-antwoord', fresh6: mailAntwoord, producers: ['enscript'] },
  { id: 'transcript', fresh6: transcript, producers: ['chromium', 'soffice'] },
  { id: 'besluitenlijst', fresh6: besluitenlijst, producers: ['soffice', 'chromium'] },
  { id: 'nota-paraaf', fresh6: notaParaaf, producers: ['chromium', 'soffice'] },
  { id: 'briefhoofd', fresh6: briefhoofd, producers: ['soffice', 'chromium'] },
  { id: 'leidraad', fresh6: leidraad, producers: ['chromium', 'soffice'] },
  { id: 'telefoonlijst', fresh6: telefoonlijst, producers: ['chromium', 'soffice'] },
  { id: 'incident', fresh6: incident, producers: ['soffice', 'chromium'] },
  { id: 'kamervragen', fresh6: kamervragen, producers: ['chromium', 'soffice'] },
  { id: 'projectplan', fresh6: projectplan, producers: ['soffice', 'chromium'] },
];
