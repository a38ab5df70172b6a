// Templates of the `fresh5` split: document kinds, layouts, labels and phrasings that none of the
// train/test templates (../families.mjs) and the fresh, fresh2, fresh3 and fresh4 templates use.
// Written 2026-12-07 (session 9) without reading any detector; README.md in scripts/corpus
// describes the split in one neutral sentence only, and detector engineers are asked not to open
// this file. A template gets a Doc and returns { kind, format, body, title }.
//
// The plan, family by family (what is new against the older splits):
//   samenvoegbrief   a mail merge: three or four letters to different residents in one PDF, one per
//                    page, the same body with merged fields (salutation by surname, client number),
//                    the same handler and signer on every page, a return address on a street named
//                    after a person, the municipality's number in every page footer (keep)
//   rekenblad        a spreadsheet printed to PDF: column letters and row numbers, a call list of
//                    residents with the columns in another order (number first, "Achternaam,
//                    voorletters" then the called name apart), staff initials codes in a "door"
//                    column with a legend, a merged instruction row (guidance), "Blad1" footer
//   handout          a presentation handout, two slides per page in frames with speaker notes under
//                    each: presenter on the title slide, the alderman as client (keep), guidance in
//                    the notes, a contact slide with first name, e-mail and mobile
//   driehoek         minutes of a local "driehoeksoverleg": the mayor, the chief public prosecutor
//                    and the police chief (public roles, keep) beside the civil servants who support
//                    them and a community police officer (redact), a closure under the Opiumwet
//                    (keep), a "handelingsperspectief" box (guidance), actions by initials
//   logboek          a security/incident log of a town hall with shift handovers ("Overdracht"),
//                    time-stamped lines by staff codes, visitors and callers with numbers, 112 and
//                    the alarm company's published number (keep), "bij twijfel" lines (guidance);
//                    plain text (enscript) or HTML
//   organogram       an organisation chart page: role boxes with names, a dashed line to the
//                    portfolio holder (keep), "a.i." and vacancies, staff below, a public mailbox
//   agendaprint      a calendar week printed from a mail program: day headings, time ranges,
//                    "Bila <first name>", organiser "Achternaam, Voornaam", attendees with an
//                    internal functional mailbox (item), a call-back with a resident's number, a
//                    visit of the alderman (keep), "Afgedrukt door" with a user name
//   aanvraagformulier  a filled application form: labels above boxed values, checkboxes, the
//                    applicant and partner, a guardianship office (published, keep) and its employee
//                    (redact), an internal "in te vullen door de consulent" box with the order of
//                    checks (guidance), the law (keep)
//   projectplan      a project plan: a roles table (rol / naam / organisatie / uren per week) with
//                    the alderman as client (keep), residents in a sounding board, a "werkwijze"
//                    section (guidance), a risks table with owner codes
//   aanbesteding     a tender evaluation report: bidders (published company details, keep), an
//                    evaluation committee, a score table with one column per evaluator headed by
//                    the surname alone, scoring instructions (guidance), the Aanbestedingswet and
//                    the standstill period (keep)
import { MAILBOXES, ORGS } from '../doc.mjs';

// Body faces from the installed set; mono and script faces that no older split sets for the
// spreadsheet, log and slide titles.
const FONTS = ['Liberation Sans', 'DejaVu Serif', 'C059', 'URW Gothic', 'Nimbus Sans Narrow', 'P052', 'DejaVu Sans'];
const MONO = ['Liberation Mono', 'DejaVu Sans Mono', 'Nimbus Mono PS'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];
const z = (n) => String(n).padStart(2, '0');
const GEMEENTEN = ORGS.filter((o) => o.name.startsWith('Gemeente'));

/** A date in the shapes fresh5 writes: "7 maart 2024", "7/3/2024", "07-03-24". */
function when(rng) {
  const y = rng.int(2022, 2025);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return { y, m, d, long: `${d} ${MONTHS[m - 1]} ${y}`, slash: `${d}/${m}/${y}`, short: `${z(d)}-${z(m)}-${String(y).slice(2)}`,
    week: rng.int(2, 50) };
}

function page(d, { header = '', footer = '', body, css = '', landscape = false, font }) {
  const face = font ?? d.rng.pick(FONTS);
  const size = d.rng.pick(['9pt', '10pt', '10.5pt', '11pt']);
  let repeat = '';
  if (d.producer === 'chromium') {
    const tpl = (html) => `<div style="font-family:'${face}';font-size:7pt;width:100%;margin:0 14mm;color:#222">${html}</div>`;
    d.chromium = { header: header ? tpl(header) : '<span></span>', footer: footer ? tpl(footer) : '<span></span>' };
  } else {
    repeat = `${header ? `<div title="header">${header}</div>` : ''}${footer ? `<div title="footer">${footer}</div>` : ''}`;
  }
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${d.x(d.metadata.title ?? '')}</title><style>
@page{size:A4${landscape ? ' landscape' : ''};margin:${header ? '22mm' : '15mm'} 14mm ${footer ? '20mm' : '15mm'} 18mm}
body{font-family:'${face}';font-size:${size};line-height:1.3}
table{border-collapse:collapse} td,th{vertical-align:top;text-align:left;padding:2px 5px}
.x td,.x th{border:1px solid #aaa} .hd th{background:#eee;font-weight:normal}
${css}</style></head><body>${repeat}${body}</body></html>`;
}
const p = (s) => `<p>${s}</p>`;
// A page break both producers honour (LibreOffice's HTML import reads it on a paragraph only).
const PB = '<p style="page-break-before:always;margin:0;font-size:2pt">&nbsp;</p>';
const br = (...l) => l.filter((x) => x !== null && x !== undefined && x !== false).join('<br>');
const sir = (per) => (per.female ? 'mevrouw' : 'de heer');
const Sir = (per) => (per.female ? 'Mevrouw' : 'De heer');
const she = (per) => (per.female ? 'zij' : 'hij');

// --- fresh5 guidance phrasings and the policy text around them ---------------------------------
const WHO = ['de piketcoördinator', 'het Veiligheidshuis', 'de jurist van het team Bestuurlijke Aanpak', 'de wijkregisseur', 'de teamleider van dienst',
  'de vertrouwensinspecteur'];
const SIGNALS = ['ramen die steeds zijn afgeplakt', 'veel korte bezoekjes op de late avond', 'een sterke wietlucht in het trappenhuis',
  'post op naam van steeds andere personen', 'een bewoner die niet opendoet maar wel thuis is', 'een verhuurder die contant wil worden betaald'];
const PAPERS = ['het huurcontract', 'de laatste drie loonstroken', 'een uittreksel van de bankrekening', 'het identiteitsbewijs van de partner',
  'de beschikking van de bewindvoerder', 'de jaaropgave van de zorgverzekeraar'];
const ASK = ['of er nog iemand anders op het adres woont', 'sinds wanneer de betalingsachterstand bestaat', 'wie de post openmaakt',
  'of de verhuurder op de hoogte is', 'welke instantie al eerder langs is geweest'];
const OBS = ['het aantal matrassen en tandenborstels', 'of er kinderspeelgoed in de woning ligt', 'de staat van de meterkast',
  'naamplaatjes op de brievenbus', 'of er herenkleding aan de kapstok hangt'];

/** Guidance sentences in frames of their own (a test checks that no five-word run occurs in the older splits' phrasings). */
export function fresh5Guidance(rng) {
  const who = rng.pick(WHO);
  const [s1, s2] = rng.sample(SIGNALS, 2);
  const [a, b, c] = rng.sample(PAPERS, 3);
  const ask = rng.pick(ASK);
  const obs = rng.pick(OBS);
  const n = rng.int(2, 4);
  const days = rng.pick([3, 5, 10]);
  return rng.pick([
    () => `Handelingsperspectief bij ${s1}: ga met twee collega's langs, bel aan en noteer wat je ziet; pas als dat niets oplevert, vraag je ${who} om een bestuurlijke rapportage.`,
    () => `Bij twijfel niet zelf beslissen: leg de casus voor aan ${who} en houd de beschikking in de la tot er een reactie is.`,
    () => `Belscript, stap ${n}: zeg wie je bent en waarom je belt, vraag daarna ${ask}, en rond bij een ontwijkend antwoord vriendelijk af met een terugbelafspraak.`,
    () => `Vraag de stukken in deze volgorde op: eerst ${a}, dan ${b}, en als laatste ${c}; wie het eerste stuk niet kan laten zien, krijgt nog geen tweede afspraak.`,
    () => `Trek aan de bel bij ${who} zodra ${s1} samengaat met ${s2}; één van de twee alleen is nog geen reden om de woning binnen te gaan.`,
    () => `Kijk tijdens het huisbezoek vooral naar ${obs} en maak daar geen foto van; beschrijf het in je eigen woorden in het verslag.`,
    () => `Geef een bewoner nooit het rechtstreekse nummer van ${who}; zeg dat je de vraag doorzet en dat er binnen ${days} werkdagen iemand terugbelt.`,
    () => `Weeg ${s2} zwaarder dan ${s1}; staan ze gelijk, dan gaat de veiligheid van de kinderen in het huishouden voor alles.`,
    () => `Een ${n + 5} of hoger ken je alleen toe als de inschrijver met een voorbeeld laat zien hoe het werkt; algemene beloften krijgen hooguit een ${n + 3}.`,
    () => `Werkwijze: meld je eerst bij ${who}, loop daarna pas de buren langs en zet bij elk gesprek de tijd en de toezegging in het logboek.`,
  ])();
}

/** Policy text, law, aims, deadlines and rights that stay readable. */
export function fresh5Policy(rng, what) {
  return rng.pick([
    'De burgemeester kan een woning sluiten als daar drugs worden verkocht of voor verkoop aanwezig zijn (artikel 13b Opiumwet).',
    `De beleidsregels ${what} zijn gepubliceerd op overheid.nl en gelden sinds 1 januari ${rng.int(2021, 2024)}.`,
    `Het college wil dat in ${rng.int(2025, 2027)} iedere wijk een vast aanspreekpunt voor bewoners heeft.`,
    'Iedere inwoner mag de gegevens die de gemeente over hem bewaart inzien en laten verbeteren (artikelen 15 en 16 AVG).',
    'Een aanvraag wordt binnen acht weken beslist; die termijn kan één keer met ten hoogste acht weken worden verlengd (artikel 4:13 en 4:14 Awb).',
    'Het aanbestedingsreglement van de gemeente volgt de Aanbestedingswet 2012 en de Gids Proportionaliteit.',
  ]);
}

/** A general number in spacings and places the older splits do not use. */
function general5(d, kind) {
  const r = d.rng;
  if (kind === '14') return d.keep(r.pick([`14 0${r.pick(['10', '20', '30', '50', '58', '70', '75', '55'])}`, `14${r.pick(['0599', '0318', '0229', '0546'])}`]), 'general number');
  if (kind === '088') {
    const n = `${r.int(1, 9)}${r.digits(6)}`;
    return d.keep(r.pick([`088 - ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)}`, `(088) ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`, `088${n}`]), 'general number');
  }
  if (kind === '0800') return d.keep(r.pick([`0800 ${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `0800-${r.digits(4)} ${r.digits(3)}`]), 'general number');
  return d.general(kind);
}

/** A company whose details are published (trade register, website): they stay. */
function company(d, kind) {
  const names = {
    bewind: ['Bewindvoering Het Baken B.V.', 'Stichting Budgetbeheer Rivierenland', 'Onderbewind Noord B.V.', 'Bureau Inkomensbeheer De Linde'],
    bouw: ['Groenbeheer Van Wijk & Zn. B.V.', 'Aannemersbedrijf De Vaart B.V.', 'Infra Noordwest B.V.', 'Kooistra Wegenbouw B.V.', 'Stadsgroen Totaal B.V.'],
    beveiliging: ['Securitas Noord Alarmcentrale', 'Alarmcentrale Waakzaam B.V.', 'Beveiligingsgroep Randstad B.V.'],
  }[kind];
  const name = d.rng.pick(names);
  return { name, kvk: d.rng.digits(8), city: d.rng.pick(['Assen', 'Meppel', 'Tiel', 'Hoorn', 'Veenendaal', 'Weert']),
    street: `${d.rng.pick(['Industrieweg', 'Handelskade', 'Nijverheidsstraat', 'Ambachtsweg'])} ${d.rng.int(1, 80)}` };
}

// =============================================================================================
// samenvoegbrief
// =============================================================================================
function samenvoegbrief(d) {
  const org = d.rng.pick(GEMEENTEN);
  const handler = d.person();
  const signer = d.person();
  const residents = Array.from({ length: d.rng.int(3, 4) }, () => d.person({ noDouble: d.rng.chance(0.5) }));
  const dt = when(d.rng);
  const ret = d.street();
  const subject = d.rng.pick(['Uw aanvraag energietoeslag', 'Herbeoordeling van uw bijstandsuitkering', 'Afspraak voor uw heronderzoek', 'Uw aanvraag individuele inkomenstoeslag']);
  const title = `Samenvoegbrief ${subject.toLowerCase()} (${residents.length} brieven)`;
  d.metadata.title = title;
  const handlerPhone = d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', '085'])), d.rng.pick(['spaced', 'dash', 'paren']));
  const policy = fresh5Policy(d.rng, 'inkomensondersteuning');
  const letters = residents.map((r, i) => {
    const klant = `${d.rng.int(100, 999)}.${d.rng.digits(3)}`;
    const street = `${d.rng.pick(['Kastanjelaan', 'Zeilmakerstraat', 'Esdoornhof', 'Vlasakker', 'Boterbloemweg'])} ${d.rng.int(1, 180)}${d.rng.pick(['', '-II', 'A'])}`;
    const salute = `${r.female ? 'Geachte mevrouw' : 'Geachte heer'} ${d.name(r, r.surnameAlone)},`;
    return `${i ? PB : ''}<div>
<div style="font-size:7pt;margin-top:14mm;border-bottom:1px solid #999;width:80mm">${d.x(`Retouradres ${org.name},`)} ${d.keep(ret, 'public address')}</div>
<div style="height:32mm;margin-top:3mm">${br(d.name(r, `${Sir(r)} ${r.formal}`), d.x(street), d.x(`${d.rng.int(1000, 9999)} ${d.rng.pick(['EK', 'GS', 'PT', 'ZB'])} ${org.city}`))}</div>
<table style="font-size:8.5pt;margin-bottom:6mm"><tr><td>${d.x('Klantnummer')}</td><td>${d.x(klant)}</td></tr><tr><td>${d.x('Verzonden')}</td><td>${d.x(dt.long)}</td></tr>
<tr><td>${d.x('Betreft')}</td><td>${d.x(subject)}</td></tr></table>
${p(salute)}
${p(d.x(`Wij hebben uw gegevens onder klantnummer ${klant} opnieuw bekeken. In deze brief leest u wat wij van u nodig hebben en wanneer.`))}
${p(d.x('Stuur de gevraagde stukken binnen twee weken op. Dat kan via het digitale loket of per post.'))}
${p(d.keep(policy, 'policy text'))}
${p(d.keep('Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de verzenddatum bezwaar maken.', 'public deadline'))}
${p(`${d.x('Heeft u vragen over deze brief? Neem dan contact op met')} ${d.name(handler, handler.full)}${d.x(', bereikbaar op')} ${handlerPhone} ${d.x('(dinsdag en donderdag).')}`)}
${p(br(d.x('Met vriendelijke groet,'), d.x('het college van burgemeester en wethouders,'), d.x('namens dezen,'), '', d.name(signer, signer.formal), d.x('teamleider Inkomen')))}
</div>`;
  }).join('\n');
  const footer = `${d.x(org.name)} · ${d.x('Telefoon')} ${general5(d, '14')} · ${d.x(org.site)}`;
  return { kind: 'brief', format: 'html', title, body: page(d, { body: letters, footer }) };
}

// =============================================================================================
// rekenblad
// =============================================================================================
function rekenblad(d) {
  const _org = d.rng.pick(GEMEENTEN); // drawn and unused: a sheet names no organisation (kept so the random sequence stays)
  const staff = Array.from({ length: 3 }, () => d.person({ noDouble: true }));
  const residents = Array.from({ length: d.rng.int(6, 8) }, () => d.person());
  const dt = when(d.rng);
  const wijk = d.rng.pick(['Noord', 'Oud-West', 'De Hoven', 'Kruiskamp', 'Rivierenbuurt']);
  const file = `belronde_${wijk.toLowerCase().replace(/[^a-z]/g, '')}_${dt.y}.xlsx`;
  const title = file;
  d.metadata.title = title;
  const codes = staff.map((s) => d.code(s));
  const results = ['bereikt', 'geen gehoor', 'voicemail', 'terugbellen', 'nummer onjuist', 'bereikt, afspraak'];
  const cols = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
  const head = ['Telefoon', 'Naam (achternaam, voorl.)', 'Roepnaam', 'Straat', 'Gebeld op', 'Uitkomst', 'Door'];
  const rows = residents.map((r, i) => {
    const who = d.rng.pick([0, 1, 2]);
    return [d.fmtPhone(d.direct(d.rng.pick(['mobile', 'mobile', 'geo2', 'geo3'])), d.rng.pick(['plain', 'plain', 'spaced', 'dash', 'intl'])),
      d.name(r, `${r.surnameAlone}, ${r.initials}`), d.name(r, r.first), d.x(`${d.rng.pick(['Lijsterbes', 'Havikstraat', 'Merelhof', 'Spreeuwlaan'])} ${i * 3 + d.rng.int(1, 3)}`),
      d.x(`${d.rng.int(1, 28)}-${dt.m}`), d.x(d.rng.pick(results)), d.name(staff[who], codes[who])];
  });
  const instr = d.guidance(fresh5Guidance(d.rng));
  const all = [
    [`<b>${d.x(`Belronde wijk ${wijk} – ${d.rng.pick(['energiearmoede', 'vroegsignalering huurachterstand', 'eenzaamheid 75+'])}`)}</b>`, '', '', '', '', '', ''],
    [`<i>${d.x('Instructie:')}</i> ${instr}`, null, null, null, null, null, null],
    head.map((h) => `<b>${d.x(h)}</b>`),
    ...rows,
    ['', '', '', '', '', '', ''],
    [`<b>${d.x('Legenda')}</b>`, '', '', '', '', '', ''],
    ...staff.map((s, i) => [d.name(s, codes[i]), d.name(s, s.display('first-cap')), '', '', '', '', '']),
    [d.x('KCC'), `${d.x('Klantcontactcentrum')} ${general5(d, '14')}`, '', '', '', '', ''],
  ];
  const grid = `<table class="x sheet" style="width:100%;font-size:8pt">
<tr class="hd"><th style="width:7mm"></th>${cols.map((c) => `<th style="text-align:center">${c}</th>`).join('')}</tr>
${all.map((r, i) => `<tr><th class="rn" style="background:#eee;font-weight:normal;text-align:right">${i + 1}</th>${r[1] === null ? `<td colspan="7">${r[0]}</td>` : r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>`;
  const body = grid;
  return { kind: 'contactlijst', format: 'html', title, body: page(d, { body, landscape: true, header: d.x(file), footer: `${d.x('Blad1')} · ${d.x('Pagina 1')}`, font: d.rng.pick(['Liberation Sans', 'DejaVu Sans', 'Nimbus Sans Narrow']) }) };
}

// =============================================================================================
// handout
// =============================================================================================
function handout(d) {
  const org = d.rng.pick(ORGS);
  const presenter = d.person();
  const colleague = d.person();
  const alderman = d.official();
  const dt = when(d.rng);
  const topic = d.rng.pick(['Huisbezoeken bij signalen van woonfraude', 'Aanpak ondermijning in bedrijventerreinen', 'Vroegsignalering betalingsachterstanden',
    'Werken met het Veiligheidshuis']);
  const title = `Hand-out ${topic}`;
  d.metadata.title = title;
  const titleFont = d.rng.pick(['Z003', 'URW Gothic', 'P052']);
  // A table frame: LibreOffice's HTML import draws table borders and heights, not a div's.
  const slide = (n, head, content, notes) => `<div class="sl"><table class="fr" border="1" cellpadding="12"><tr><td style="height:62mm"><div class="st">${d.x(head)}</div>${content}<div class="sn">${n}</div></td></tr></table>
<div class="nt"><span style="color:#666">${d.x('Notities')}</span><br>${notes || '<span style="color:#bbb">________________________________________</span>'}</div></div>`;
  const ul = (...items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const slides = [
    slide(1, topic, `<div style="margin-top:8mm">${br(d.name(presenter, presenter.full), d.x(d.rng.pick(['senior handhaver', 'coördinator Bestuurlijke Aanpak', 'beleidsadviseur Veiligheid'])), d.x(dt.long))}</div>`, ''),
    slide(2, 'Waarom deze aanpak?', ul(d.keep(fresh5Policy(d.rng, 'handhaving wonen'), 'policy text'), `${d.x('Opdrachtgever: wethouder')} ${d.keep(alderman.full, 'public official')}`),
      `${d.x('Verwijs naar de cijfers van vorig jaar; die zijn openbaar.')}`),
    slide(3, 'Hoe pakken we het aan?', ul(d.x('Signaal komt binnen'), d.x('Weging in het casusoverleg'), d.x('Huisbezoek of gesprek')), d.guidance(fresh5Guidance(d.rng))),
    slide(4, 'In de praktijk', ul(d.x('Twee collega\'s per bezoek'), d.x('Altijd een verslag binnen een week')), d.guidance(fresh5Guidance(d.rng))),
    slide(5, 'Vragen?', `<div style="margin-top:6mm">${br(`${d.x('Mail of bel')} ${d.name(presenter, presenter.first)}:`, d.email(presenter.local(d.rng.pick(['first.sur', 'ii.sur', 'isur'])), org.domain),
      d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'pairs', 'intl0'])), `${d.x('of')} ${d.name(colleague, colleague.full)} ${d.x('(vervanging)')}`)}</div>`,
    `${d.x('Algemene vragen van bewoners:')} ${general5(d, d.rng.pick(['14', '0800']))}`),
  ];
  const pages = [];
  for (let i = 0; i < slides.length; i += 2) pages.push(`${i ? PB : ''}<div class="pg">${slides.slice(i, i + 2).join('')}</div>`);
  const css = `.sl{margin-bottom:8mm}.fr{border:1.5px solid #333;width:132mm;font-size:10pt}.fr td{padding:5mm 8mm}
.st{font-family:'${titleFont}';font-size:17pt;margin-bottom:4mm}.sn{text-align:right;font-size:7pt}.nt{font-size:8.5pt;margin:3mm 0 0;width:132mm}`;
  return { kind: 'rapport', format: 'html', title, body: page(d, { body: pages.join('\n'), css, footer: `${d.x(org.name)} · ${d.x('hand-out, twee dia\'s per pagina')}` }) };
}

// =============================================================================================
// driehoek
// =============================================================================================
function driehoek(d) {
  const org = d.rng.pick(GEMEENTEN);
  const mayor = d.official();
  const prosecutor = d.official();
  const chief = d.official();
  const oov = d.person();
  const notes = d.person();
  const agent = d.person();
  const jurist = d.person();
  const dt = when(d.rng);
  const title = `Verslag lokale driehoek ${org.city} ${dt.long}`;
  d.metadata.title = title;
  const ini = (per) => d.code(per);
  const body = `<div style="font-size:8pt;letter-spacing:1px">${d.x('VERTROUWELIJK – NIET VERSPREIDEN')}</div>
<div style="font-size:16pt;margin:2mm 0 4mm">${d.x(`Lokale driehoek ${org.city}`)}</div>
<table style="font-size:9.5pt;margin-bottom:4mm">
<tr><td style="width:32mm">${d.x('Datum')}</td><td>${d.x(`${DAYS[d.rng.int(0, 4)]} ${dt.long}, stadhuis`)}</td></tr>
<tr><td>${d.x('Aanwezig')}</td><td>${br(`${d.x('burgemeester')} ${d.keep(mayor.full, 'public official')} ${d.x('(voorzitter)')}`,
    `${d.x('hoofdofficier van justitie')} ${d.keep(prosecutor.full, 'public official')}`, `${d.x('politiechef van het district,')} ${d.keep(chief.full, 'public official')}`)}</td></tr>
<tr><td>${d.x('Ondersteuning')}</td><td>${br(`${d.name(oov, oov.full)}${d.x(', adviseur openbare orde en veiligheid')}`, `${d.name(jurist, jurist.formal)}${d.x(', jurist')}`,
    `${d.name(notes, notes.full)}${d.x(' (verslag)')}`)}</td></tr></table>
<h4>${d.x('1. Verslag vorige keer')}</h4>${p(d.x('Vastgesteld zonder wijzigingen.'))}
<h4>${d.x('2. Woning aan de Brink: drugshandel')}</h4>
${p(`${d.x('Wijkagent')} ${d.name(agent, agent.full)} ${d.x('heeft drie meldingen van buren ontvangen. Volgens')} ${d.name(agent, agent.surnameAlone)} ${d.x('is er sprake van handel vanuit de woning.')}`)}
${p(`${d.name(oov, oov.first)} ${d.x('stelt voor de woning te sluiten;')} ${d.name(jurist, `${sir(jurist)} ${jurist.surnameAlone}`)} ${d.x(`wijst erop dat ${she(jurist)} eerst de zienswijze van de huurder moet vragen.`)}`)}
${p(d.keep(fresh5Policy(d.rng, 'Damoclesbeleid'), 'policy text'))}
${p(`<b>${d.x('Besluit:')}</b> ${d.x('de burgemeester kondigt een sluiting van drie maanden aan.')}`)}
<div style="border:1px solid #000;padding:3mm;margin:3mm 0"><b>${d.x('Handelingsperspectief voor wijkagenten en handhavers')}</b><br>${d.guidance(fresh5Guidance(d.rng))}</div>
<h4>${d.x('3. Jaarwisseling')}</h4>
${p(`${d.x('De politiechef meldt dat de inzet gelijk blijft. Meldingen van overlast blijven via')} ${general5(d, '0900')} ${d.x('of 112 lopen.')}`)}
<table class="x" style="width:100%;font-size:9pt;margin-top:4mm"><tr><th>${d.x('actie')}</th><th>${d.x('wie')}</th><th>${d.x('wanneer')}</th></tr>
<tr><td>${d.x('Voornemen tot sluiting versturen')}</td><td>${d.name(jurist, ini(jurist))}</td><td>${d.x('binnen een week')}</td></tr>
<tr><td>${d.x('Buurtbrief opstellen')}</td><td>${d.name(oov, ini(oov))}</td><td>${d.x(`${d.rng.int(1, 28)} ${MONTHS[dt.m % 12]}`)}</td></tr></table>
<p style="font-size:8pt">${d.x('Contact over dit verslag:')} ${d.email(notes.local(d.rng.pick(['first.sur', 'i.sur'])), org.domain)}, ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['dash', 'spaced']))}</p>`;
  return { kind: 'verslag', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.keep(`veiligheid@${org.domain}`, 'general mailbox')}` }) };
}

// =============================================================================================
// logboek
// =============================================================================================
function logboek(d) {
  const org = d.rng.pick(GEMEENTEN);
  const shifts = Array.from({ length: 3 }, () => d.person({ noDouble: true }));
  const visitor = d.person();
  const caller = d.person();
  const sec = company(d, 'beveiliging');
  const dt = when(d.rng);
  const title = `Logboek beveiliging stadskantoor ${dt.long}`;
  d.metadata.title = title;
  const txt = d.format === 'txt';
  const c = shifts.map((s) => d.code(s));
  const secPhone = general5(d, '088');
  const callerPhone = d.fmtPhone(d.direct(d.rng.pick(['mobile', 'geo2'])), d.rng.pick(['spaced', 'dash', 'plain', 'dash-spaced']));
  const rows = [
    ['06:58', d.name(shifts[0], c[0]), `${d.x('OVERDRACHT nachtdienst -> dagdienst:')} ${d.name(shifts[0], shifts[0].full)} ${d.x('aan')} ${d.name(shifts[1], shifts[1].full)}${d.x('. Geen bijzonderheden, sleutel kluis 2 ontbreekt.')}`],
    ['08:14', d.name(shifts[1], c[1]), `${d.x('Bezoeker zonder afspraak:')} ${d.name(visitor, `${sir(visitor)} ${visitor.formal}`)}${d.x(', wil een wethouder spreken. Doorverwezen naar de balie.')}`],
    ['09:37', d.name(shifts[1], c[1]), `${d.x('Telefoon van')} ${d.name(caller, caller.full)} ${d.x('over een dreigende buurman; teruggebeld op')} ${callerPhone}${d.x('.')}`],
    ['10:05', d.name(shifts[1], c[1]), `${d.x('Alarm kelder B, melding doorgegeven aan')} ${d.keep(sec.name, 'published company details')} ${d.x('(')}${secPhone}${d.x(').')}`],
    ['11:20', d.name(shifts[1], c[1]), d.guidance(fresh5Guidance(d.rng))],
    ['14:59', d.name(shifts[1], c[1]), `${d.x('OVERDRACHT dagdienst -> avonddienst:')} ${d.name(shifts[1], shifts[1].surnameAlone)} ${d.x('aan')} ${d.name(shifts[2], shifts[2].first)}${d.x('; bezoeker van 08:14 (')}${d.name(visitor, visitor.surnameAlone)}${d.x(') kan terugkomen.')}`],
    ['18:42', d.name(shifts[2], c[2]), d.x('Ruzie bij de ingang, 112 gebeld, politie ter plaatse om 18:51.')],
    ['21:30', d.name(shifts[2], c[2]), d.guidance(fresh5Guidance(d.rng))],
  ];
  const foot = d.keep('Bij calamiteiten eerst 112, daarna de alarmcentrale.', 'policy text');
  if (txt) {
    const lines = [`${org.name.toUpperCase()} - LOGBOEK BEVEILIGING`, `Datum: ${dt.slash}    Locatie: stadskantoor, hoofdingang`, '-'.repeat(72),
      'TIJD   WIE    GEBEURTENIS', '-'.repeat(72), ...rows.map(([t, who, what]) => `${t}  ${who.padEnd(6)} ${what}`), '-'.repeat(72), foot,
      `Codes: ${shifts.map((s, i) => `${d.name(s, c[i])} = ${d.name(s, s.display('first-cap'))}`).join('; ')}`];
    return { kind: 'rapport', format: 'txt', title, body: `${lines.join('\n')}\n` };
  }
  const body = `<div style="font-family:'${d.rng.pick(MONO)}';font-size:13pt">${d.x('Logboek beveiliging')}</div>
<div style="font-size:9pt;margin-bottom:3mm">${d.x(`${org.name} · stadskantoor, hoofdingang · ${dt.slash}`)}</div>
<table class="x" style="width:100%;font-size:9pt"><tr class="hd"><th style="width:14mm">${d.x('tijd')}</th><th style="width:14mm">${d.x('wie')}</th><th>${d.x('gebeurtenis')}</th></tr>
${rows.map(([t, who, what]) => `<tr${/OVERDRACHT/.test(what) ? ' style="background:#f3f3f3"' : ''}><td>${d.x(t)}</td><td>${who}</td><td>${what}</td></tr>`).join('\n')}</table>
<p style="font-size:8.5pt">${foot}<br>${d.x('Codes:')} ${shifts.map((s, i) => `${d.name(s, c[i])} = ${d.name(s, s.display('first-cap'))}`).join('; ')}</p>`;
  return { kind: 'rapport', format: 'html', title, body: page(d, { body, font: d.rng.pick(['Liberation Sans', 'DejaVu Sans']) }) };
}

// =============================================================================================
// organogram
// =============================================================================================
function organogram(d) {
  const org = d.rng.pick(GEMEENTEN);
  const alderman = d.official();
  const director = d.person();
  const heads = Array.from({ length: 3 }, () => d.person());
  const leads = Array.from({ length: 3 }, () => d.person({ noDouble: true }));
  const interim = d.person();
  const staff = Array.from({ length: 2 }, () => d.person());
  const dt = when(d.rng);
  const domain = d.rng.pick(['Sociaal Domein', 'Fysiek Domein', 'Publiekszaken en Veiligheid']);
  const title = `Organogram ${domain} ${dt.y}`;
  d.metadata.title = title;
  const units = d.rng.sample(['Werk en Inkomen', 'Jeugd en Gezin', 'Wmo en Zorg', 'Schuldhulp', 'Handhaving', 'Vergunningen'], 3);
  const box = (role, who, extra = '') => `<td class="bx"><div class="rl">${d.x(role)}</div>${who}${extra}</td>`;
  const body = `<div style="font-size:18pt">${d.x(`Organogram ${domain}`)}</div><div style="font-size:8.5pt;color:#555;margin-bottom:5mm">${d.x(`${org.name} · stand ${dt.long}`)}</div>
<table style="width:100%;text-align:center"><tr><td></td><td class="bx" style="border-style:dashed">${`<div class="rl">${d.x('portefeuillehouder')}</div>${d.x('wethouder')} ${d.keep(alderman.full, 'public official')}`}</td><td></td></tr>
<tr><td></td>${box('directeur', d.name(director, director.full))}<td></td></tr>
<tr>${units.map((u, i) => box(`afdelingshoofd ${u}`, d.name(heads[i], heads[i].full))).join('')}</tr>
<tr>${units.map((u, i) => (i === 2 ? box(`teamleider ${u}`, `<i>${d.x('vacature')}</i>`, `<br>${d.x('a.i.')} ${d.name(interim, interim.formal)}`)
    : box(`teamleider ${u}`, d.name(leads[i], `${leads[i].initials} ${leads[i].surnameAlone}`)))).join('')}</tr></table>
<h4>${d.x('Staf')}</h4>
${p(br(`${d.name(staff[0], staff[0].display('first-cap'))} ${d.x('– controller')}`, `${d.name(staff[1], staff[1].display('first-cap'))} ${d.x('– bestuursadviseur,')} ${d.fmtPhone(d.direct('mobile'), d.rng.pick(['spaced', 'plain', '0031']))}`))}
${p(`${d.x('Secretariaat van de directeur:')} ${d.keep(`secretariaat.${domain.split(' ')[0].toLowerCase()}@${org.domain}`, 'general mailbox')} ${d.x('of')} ${general5(d, '14')}`)}
${p(d.keep(fresh5Policy(d.rng, 'mandaat en volmacht'), 'policy text'))}
<p style="font-size:8pt">${d.x(`Vragen over dit overzicht: ${leads[0].female ? 'mevrouw' : 'de heer'}`)} ${d.name(leads[0], leads[0].surnameAlone)}${d.x(',')} ${d.email(leads[0].local(d.rng.pick(['i.sur', 'first.sur', 'first.parts'])), org.domain)}</p>`;
  const css = '.bx{border:1px solid #333;padding:2mm 3mm;font-size:9pt;width:33%}.rl{font-size:7.5pt;color:#444;text-transform:uppercase}';
  return { kind: 'rapport', format: 'html', title, body: page(d, { body, css, footer: d.x(org.site) }) };
}

// =============================================================================================
// agendaprint
// =============================================================================================
function agendaprint(d) {
  const org = d.rng.pick(ORGS);
  const owner = d.person({ noDouble: true });
  const cols = Array.from({ length: 3 }, () => d.person());
  const citizen = d.person();
  const alderman = d.official();
  const dt = when(d.rng);
  const title = `Agenda week ${dt.week}`;
  d.metadata.title = title;
  const txt = d.format === 'txt';
  const box = d.rng.pick(MAILBOXES);
  const days = d.rng.sample([0, 1, 2, 3, 4], 3).sort();
  const entries = [
    [['09:00', '09:30'], `${d.x('Bila')} ${d.name(cols[0], cols[0].first)}`, [`${d.x('Locatie:')} ${d.x('kamer 4.12')}`]],
    [['10:00', '11:30'], d.x('Casusoverleg'), [`${d.x('Organisator:')} ${d.name(cols[1], cols[1].display('first-cap'))}`,
      `${d.x('Deelnemers:')} ${d.name(owner, owner.display('first-cap'))}; ${d.name(cols[0], cols[0].display('first-cap'))}; ${d.email(box, org.domain, true)}`]],
    [['12:00', '13:00'], d.x('Privé'), []],
    [['13:30', '14:00'], `${d.x('Terugbellen')} ${d.name(citizen, `${sir(citizen)} ${citizen.formal}`)}`, [`${d.x('Tel.')} ${d.fmtPhone(d.direct(d.rng.pick(['mobile', 'geo3'])), d.rng.pick(['dash', 'spaced', 'plain']))}`]],
    [['15:00', '16:30'], `${d.x('Werkbezoek wethouder')} ${d.keep(alderman.full, 'public official')}`, [`${d.x('Locatie:')} ${d.x('wijkcentrum')}`]],
    [['16:30', '17:00'], `${d.x('Voorbereiden gesprek met')} ${d.name(cols[2], cols[2].full)}`, [d.guidance(fresh5Guidance(d.rng))]],
  ];
  const perDay = [entries.slice(0, 2), entries.slice(2, 4), entries.slice(4)];
  const user = owner.local(d.rng.pick(['isur', 'first.sur']));
  if (txt) {
    const out = [`Agenda van ${d.name(owner, owner.full)}`, `Week ${dt.week}, ${dt.y}`, ''];
    days.forEach((di, k) => {
      out.push(`${DAYS[di].toUpperCase()}`, '');
      for (const [[a, b], what, det] of perDay[k]) {
        out.push(`  ${a} - ${b}   ${what}`);
        for (const x of det) out.push(`                  ${x}`);
      }
      out.push('');
    });
    out.push(`Afgedrukt door ${d.email(user, org.domain)} op ${dt.slash}`);
    return { kind: 'e-mail', format: 'txt', title, body: `${out.join('\n')}\n` };
  }
  const body = `<table style="width:100%;border-bottom:2px solid #333"><tr><td style="font-size:15pt">${d.name(owner, owner.full)}</td><td style="text-align:right">${d.x(`Week ${dt.week}, ${dt.y}`)}</td></tr></table>
${days.map((di, k) => `<div style="background:#e8e8e8;margin-top:4mm;padding:1mm 2mm;font-weight:bold">${d.x(DAYS[di])}</div>
<table style="width:100%;font-size:9.5pt">${perDay[k].map(([[a, b], what, det]) => `<tr><td style="width:28mm;color:#333">${d.x(`${a} – ${b}`)}</td><td>${what}${det.length ? `<div style="font-size:8.5pt;color:#444">${det.join('<br>')}</div>` : ''}</td></tr>`).join('')}</table>`).join('\n')}`;
  return { kind: 'e-mail', format: 'html', title, body: page(d, { body, footer: `${d.x('Afgedrukt door')} ${d.email(user, org.domain)} · ${d.x(dt.slash)}` }) };
}

// =============================================================================================
// aanvraagformulier
// =============================================================================================
function aanvraagformulier(d) {
  const org = d.rng.pick(GEMEENTEN);
  const applicant = d.person();
  const partner = d.person({ noDouble: true });
  const guardian = d.person();
  const consulent = d.person();
  const office = company(d, 'bewind');
  const dt = when(d.rng);
  const title = `Aanvraagformulier bijzondere bijstand`;
  d.metadata.title = title;
  const field = (label, value, w = '100%') => `<div class="f" style="width:${w}"><div class="l">${d.x(label)}</div><div class="v">${value || '&nbsp;'}</div></div>`;
  const check = (on, label) => `${on ? '☒' : '☐'} ${d.x(label)}`;
  const row = (...fields) => `<table style="width:100%"><tr>${fields.map((f) => `<td style="padding:0 2mm 0 0">${f}</td>`).join('')}</tr></table>`;
  const body = `<table style="width:100%"><tr><td style="font-size:16pt;font-weight:bold">${d.x('Aanvraag bijzondere bijstand')}</td><td style="text-align:right;font-size:9pt">${d.x(org.name)}<br>${d.x(`formulier BB-${dt.y}`)}</td></tr></table>
<div class="s">${d.x('1  Uw gegevens')}</div>
${row(field('Achternaam', d.name(applicant, applicant.surnameAlone)), field('Voornamen (voluit)', d.name(applicant, [applicant.first, applicant.second].filter(Boolean).join(' '))))}
${row(field('Telefoonnummer', d.fmtPhone(d.direct('mobile'), d.rng.pick(['plain', 'pairs', 'spaced']))), field('E-mailadres', d.email(applicant.local(d.rng.pick(['first.sur', 'isur', 'first.parts'])), d.rng.pick(['gmail.com', 'hotmail.nl', 'icloud.com']))))}
<div class="s">${d.x('2  Gegevens van uw partner')}</div>
<p style="font-size:9pt">${check(true, 'Ik heb een partner')} &nbsp; ${check(false, 'Ik heb geen partner')}</p>
${row(field('Naam partner', d.name(partner, partner.full)), field('Telefoonnummer partner', d.fmtPhone(d.direct(d.rng.pick(['mobile', 'geo2'])), d.rng.pick(['dash', 'spaced']))))}
<div class="s">${d.x('3  Bewindvoering')}</div>
<p style="font-size:9pt">${check(true, 'Mijn inkomen wordt beheerd door een bewindvoerder')}</p>
${row(field('Naam kantoor', d.keep(office.name, 'published company details')), field('KvK-nummer', d.keep(office.kvk, 'published company details')))}
${row(field('Contactpersoon bij het kantoor', d.name(guardian, guardian.formal)), field('Rechtstreeks telefoonnummer', d.fmtPhone(d.direct(d.rng.pick(['geo2', 'geo3', '085'])), d.rng.pick(['spaced', 'paren', 'intl']))))}
<div class="s">${d.x('4  Ondertekening')}</div>
${row(field('Plaats en datum', d.x(`${org.city}, ${dt.slash}`)), field('Handtekening aanvrager', `<span style="font-style:italic">${d.name(applicant, applicant.full)}</span>`))}
${p(d.keep(fresh5Policy(d.rng, 'bijzondere bijstand'), 'policy text'))}
<div style="border:2px solid #000;padding:3mm;margin-top:4mm;background:#f6f6f6"><b>${d.x('In te vullen door de consulent')}</b>
${row(field('Consulent', d.name(consulent, consulent.display('first-cap'))), field('Datum intake', d.x(dt.short)))}
<div style="font-size:9pt">${d.guidance(fresh5Guidance(d.rng))}</div></div>`;
  const css = '.f{margin:1mm 0}.l{font-size:7.5pt;color:#333}.v{border:1px solid #555;padding:1mm 2mm;min-height:5mm}.s{background:#333;color:#fff;padding:1mm 2mm;margin:4mm 0 1mm;font-weight:bold}';
  return { kind: 'formulier', format: 'html', title, body: page(d, { body, css, footer: `${d.x(org.name)} · ${d.keep(org.postbus, 'public address')}` }) };
}

// =============================================================================================
// projectplan
// =============================================================================================
function projectplan(d) {
  const org = d.rng.pick(ORGS);
  const alderman = d.official();
  const sponsor = d.person();
  const lead = d.person();
  const secr = d.person();
  const residents = Array.from({ length: 2 }, () => d.person());
  const dt = when(d.rng);
  const proj = d.rng.pick(['Samen Veilig in de Wijk', 'Schone Straten', 'Thuis in de Buurt', 'Wijkteam 2.0']);
  const title = `Projectplan ${proj}`;
  d.metadata.title = title;
  const roles = [
    ['bestuurlijk opdrachtgever', `${d.x('wethouder')} ${d.keep(alderman.full, 'public official')}`, d.x(org.name), d.x('—')],
    ['ambtelijk opdrachtgever', d.name(sponsor, sponsor.full), d.x(org.name), d.x('2')],
    ['projectleider', d.name(lead, lead.display('first-cap')), d.x(org.name), d.x('24')],
    ['projectsecretaris', d.name(secr, secr.formal), d.x(org.name), d.x('8')],
    ...residents.map((r) => ['klankbordgroep', d.name(r, r.full), d.x('bewonersvertegenwoordiger'), d.x('op afroep')]),
  ];
  const risks = [
    ['Bewoners haken af na de eerste bijeenkomst', 'middel', d.name(lead, d.code(lead))],
    ['Budget voor de tweede fase niet toegekend', 'hoog', d.name(sponsor, d.code(sponsor))],
    ['Privacy bij het delen van signalen', 'hoog', d.name(secr, d.code(secr))],
  ];
  const body = `<div style="font-size:20pt;margin-bottom:1mm">${d.x(title)}</div><div style="color:#555;margin-bottom:5mm">${d.x(`versie 0.${d.rng.int(3, 9)} · ${dt.long}`)}</div>
<h4>${d.x('1  Aanleiding en doel')}</h4>
${p(d.keep(fresh5Policy(d.rng, 'wijkgericht werken'), 'policy text'))}
<h4>${d.x('2  Projectorganisatie')}</h4>
<table class="x" style="width:100%;font-size:9pt"><tr class="hd"><th>${d.x('rol')}</th><th>${d.x('naam')}</th><th>${d.x('organisatie')}</th><th>${d.x('uren per week')}</th></tr>
${roles.map(([a, b, c, e]) => `<tr><td>${d.x(a)}</td><td>${b}</td><td>${c}</td><td>${e}</td></tr>`).join('')}</table>
<h4>${d.x('3  Werkwijze in de wijk')}</h4>
${p(d.guidance(fresh5Guidance(d.rng)))}
${p(d.x('De resultaten worden elk kwartaal met de klankbordgroep besproken.'))}
<h4>${d.x('4  Risico\'s')}</h4>
<table class="x" style="width:100%;font-size:9pt"><tr class="hd"><th>${d.x('risico')}</th><th>${d.x('kans/impact')}</th><th>${d.x('eigenaar')}</th></tr>
${risks.map(([a, b, c]) => `<tr><td>${d.x(a)}</td><td>${d.x(b)}</td><td>${c}</td></tr>`).join('')}</table>
<p style="font-size:8.5pt">${d.x('Eigenaarcodes: zie tabel 2. Contact:')} ${d.name(lead, lead.first)}${d.x(',')} ${d.email(lead.local(d.rng.pick(['first.sur', 'ii.sur', 'first.parts'])), org.domain)}${d.x(',')} ${d.fmtPhone(d.direct(d.rng.pick(['mobile', '085'])), d.rng.pick(['spaced', 'intl', 'dash-spaced']))}</p>`;
  return { kind: 'nota', format: 'html', title, body: page(d, { body, header: d.x(`${org.name} · projectplan ${proj}`), footer: `${d.x('Pagina')} · ${general5(d, '088')}` }) };
}

// =============================================================================================
// aanbesteding
// =============================================================================================
function aanbesteding(d) {
  const org = d.rng.pick(ORGS);
  const chair = d.person();
  const evaluators = Array.from({ length: 3 }, () => d.person({ noDouble: true }));
  const bidders = [company(d, 'bouw'), company(d, 'bouw'), company(d, 'bouw')].filter((b, i, a) => a.findIndex((x) => x.name === b.name) === i);
  const _dt = when(d.rng); // drawn and unused (kept so the random sequence stays)
  const lot = d.rng.pick(['Onderhoud openbaar groen', 'Herinrichting schoolomgevingen', 'Gladheidsbestrijding', 'Onderhoud speelplaatsen']);
  const title = `Beoordelingsverslag aanbesteding ${lot}`;
  d.metadata.title = title;
  const crit = ['Plan van aanpak', 'Duurzaamheid', 'Communicatie met bewoners'];
  const scores = bidders.map(() => crit.map(() => evaluators.map(() => d.rng.pick([4, 6, 7, 8]))));
  const body = `<div style="font-size:15pt;font-weight:bold">${d.x('Beoordelingsverslag')}</div><div style="margin-bottom:4mm">${d.x(`Europese openbare aanbesteding ${lot} · ${org.name}`)}</div>
<h4>${d.x('Inschrijvers')}</h4>
<table class="x" style="font-size:9pt;width:100%"><tr class="hd"><th>${d.x('inschrijver')}</th><th>${d.x('KvK')}</th><th>${d.x('vestiging')}</th></tr>
${bidders.map((b) => `<tr><td>${d.keep(b.name, 'published company details')}</td><td>${d.keep(b.kvk, 'published company details')}</td><td>${d.keep(`${b.street}, ${b.city}`, 'published company details')}</td></tr>`).join('')}</table>
<h4>${d.x('Beoordelingscommissie')}</h4>
${p(`${d.name(chair, chair.full)} ${d.x('(inkoopadviseur, voorzitter zonder stem);')} ${evaluators.map((e) => d.name(e, e.formal)).join(', ')}`)}
<h4>${d.x('Instructie voor de beoordelaars')}</h4>
<ol style="font-size:9.5pt"><li>${d.guidance(fresh5Guidance(d.rng))}</li><li>${d.x('Beoordeel eerst individueel; de consensusscore wordt in de vergadering vastgesteld.')}</li></ol>
<h4>${d.x('Scores')}</h4>
<table class="x" style="font-size:8.5pt;width:100%"><tr class="hd"><th>${d.x('inschrijver')}</th><th>${d.x('criterium')}</th>${evaluators.map((e) => `<th>${d.name(e, e.surnameAlone)}</th>`).join('')}<th>${d.x('consensus')}</th></tr>
${bidders.map((b, bi) => crit.map((c, ci) => `<tr><td>${ci === 0 ? d.x(b.name.split(' ')[0]) : ''}</td><td>${d.x(c)}</td>${scores[bi][ci].map((s) => `<td>${s}</td>`).join('')}<td>${Math.round(scores[bi][ci].reduce((a, x) => a + x, 0) / 3)}</td></tr>`).join('')).join('')}</table>
${p(d.keep('Na verzending van de gunningsbeslissing geldt een opschortende termijn van twintig kalenderdagen.', 'public deadline'))}
${p(d.keep(fresh5Policy(d.rng, 'inkoop'), 'policy text'))}
<p style="font-size:8.5pt">${d.x('Secretaris van de commissie:')} ${d.name(chair, chair.first)} ${d.x('–')} ${d.email(chair.local(d.rng.pick(['first.sur', 'i.sur'])), org.domain)} ${d.x('– vragen van inschrijvers alleen via')} ${d.keep(`inkoop@${org.domain}`, 'general mailbox')}</p>`;
  return { kind: 'rapport', format: 'html', title, body: page(d, { body, footer: `${d.x(org.name)} · ${d.x('Inkoop en Aanbesteden')}` }) };
}

/** The fresh5 templates: `producers` lists which producers render them, in turn. */
export const FRESH5_FAMILIES = [
  { id: 'samenvoegbrief', fresh5: samenvoegbrief, producers: ['soffice', 'chromium'] },
  { id: 'rekenblad', fresh5: rekenblad, producers: ['chromium', 'soffice'] },
  { id: 'handout', fresh5: handout, producers: ['chromium', 'soffice'] },
  { id: 'driehoek', fresh5: driehoek, producers: ['soffice', 'chromium'] },
  { id: 'logboek', fresh5: logboek, producers: ['enscript', 'chromium', 'soffice'] },
  { id: 'organogram', fresh5: organogram, producers: ['chromium', 'soffice'] },
  { id: 'agendaprint', fresh5: agendaprint, producers: ['chromium', 'enscript', 'soffice'] },
  { id: 'aanvraagformulier', fresh5: aanvraagformulier, producers: ['soffice', 'chromium'] },
  { id: 'projectplan', fresh5: projectplan, producers: ['chromium', 'soffice'] },
  { id: 'aanbesteding', fresh5: aanbesteding, producers: ['soffice', 'chromium'] },
];
