// The guidance stress set, session 12 (issue #11, item 5): invented documents of the classes that
// (f5) showed missed or taken, written by class with other topics, organisations and wording
// (nothing of (f5) copied): mail-merge letters to citizens whose imperatives and terms are the
// addressee's, a plain-text printout (<pre>) whose table rules stand between an instruction and a
// policy sentence, grade thresholds for assessors ("een 8 of hoger … hooguit een 5"), a warning
// to alert someone ("trek aan de bel bij …") when two signs coincide, and as policy, exam rules
// with grade thresholds and a public leaflet that tells residents whom to alert. Same markup as
// docs.mjs; everything is invented.

const box = (label, inner) => `<table border="1" cellpadding="6" width="100%"><tr><td><b>${label}</b> ${inner}</td></tr></table>`;
const rule = '-'.repeat(70);

/** One letter of a mail merge: the same body to another addressee. */
const letter = (name, street, town) => `<p>Retouradres Waterschap Zuidervaart, Postbus 77, 4600 AB Bergwijk</p>
<p>${name}<br>${street}<br>${town}</p>
<p>Ons kenmerk 2027-04-118<br>Onderwerp uw aanvraag kwijtschelding waterschapsbelasting</p>
<p>Geachte ${name.startsWith('Mevrouw') ? 'mevrouw' : 'heer'} ${name.split(' ').slice(-1)[0]},</p>
<p>⟪cit|Wij hebben uw aanvraag om kwijtschelding ontvangen en bekeken.⟫ ⟪cit|Lever het ingevulde inkomensformulier binnen drie weken bij ons in.⟫ ⟪cit|Voeg daarbij de afschriften van al uw bankrekeningen over de laatste twee maanden.⟫</p>
<p>⟪pub|De regels voor kwijtschelding zijn vastgesteld door het algemeen bestuur en staan op onze website.⟫</p>
<p>⟪term|Bent u het niet eens met onze beslissing, dan kunt u binnen zes weken bezwaar maken.⟫</p>
<p>Met vriendelijke groet,<br>namens de dijkgraaf,<br>afdeling Belastingen</p>
<p style="page-break-after: always">Waterschap Zuidervaart · 088 - 410 41 00 · www.zuidervaart.example</p>`;

export const DOCS = [
  {
    name: 's12-samenvoegbrief-kwijtschelding',
    genre: 'brief-burger',
    body: [letter('De heer K. Oudejans', 'Dijkstraat 4', '4611 CD Bergwijk'), letter('Mevrouw P. Rademaker', 'Molenpad 19', '4613 EF Bergwijk'), letter('De heer T. Verschuren', 'Kade 2B', '4610 AA Bergwijk')].join('\n'),
  },
  {
    name: 's12-dienstlogboek-printout',
    genre: 'logboek',
    body: `<pre>
WATERSCHAP ZUIDERVAART - DIENSTLOGBOEK GEMAAL DE HOOP
Datum: 14-03-2027   Dienst: storingsdienst
${rule}
TIJD  WIE  GEBEURTENIS
${rule}
07:10 RV   Overdracht nachtdienst aan dagdienst, pomp 2 in onderhoud.
09:45 RV   Melding van een bewoner over water in de kelder, doorgezet naar planning.
13:20 JB   ⟦imp|Geef een beller nooit een hersteltijd; zeg alleen dat de storingsdienst de melding heeft en noteer zijn nummer.⟧
${rule}
⟪pub|Bij hoogwater geldt het calamiteitenplan van het waterschap.⟫
${rule}
16:05 JB   ⟦esc|Trek aan de bel bij de dijkwacht zodra het peil boven de rode streep komt en de tweede pomp ook uitvalt.⟧
${rule}
⟪law|De zorgplicht voor de waterkering staat in de Waterwet.⟫
</pre>`,
  },
  {
    name: 's12-beoordelingsinstructie-subsidie',
    genre: 'werkinstructie',
    body: `<h1>Instructie voor de beoordelaars van de subsidieronde Groene Daken</h1>
<p>⟪law|De subsidie wordt verstrekt op grond van de Subsidieverordening duurzaamheid 2026.⟫ ⟪pub|Het college heeft het subsidieplafond vastgesteld op 400.000 euro.⟫</p>
<ol>
<li>⟦thr|Een 8 of hoger geef je alleen als de aanvrager met een offerte laat zien wat het dak kost; een aanvraag met alleen een schatting krijgt hooguit een 5.⟧</li>
<li>⟦thr|Scoort een aanvraag op één criterium een 3 of lager, dan bespreek je haar in het overleg voordat je het totaal invult.⟧</li>
</ol>
<p>⟪term|Aanvragers ontvangen binnen dertien weken na de sluiting van de ronde een beschikking.⟫</p>`,
  },
  {
    name: 's12-handout-toezicht-kamerverhuur',
    genre: 'handout',
    body: `<h1>Kamerverhuur: toezicht in de praktijk</h1>
<h2>Hand-out bij de teamdag, alleen voor toezichthouders</h2>
<p>⟪aim|Het doel van het beleid is goed en veilig wonen voor studenten en starters.⟫</p>
${box('Notitie:', '⟦esc|trek meteen aan de bel bij de jurist van het team Wonen zodra een pand meer naambordjes heeft dan kamers in de vergunning; te veel naambordjes alleen is nog geen reden voor een onaangekondigd bezoek.⟧')}
<p>⟪law|Het verbod op kamerverhuur zonder vergunning staat in de Huisvestingsverordening.⟫</p>`,
  },
  {
    name: 's12-overdracht-tabel',
    genre: 'logboek',
    body: `<h1>Overdrachtslijst meldkamer stadstoezicht</h1>
<table border="1" cellpadding="4">
<tr><th>Tijd</th><th>Wie</th><th>Gebeurtenis</th></tr>
<tr><td>08:00</td><td>MB</td><td>Dienst overgenomen, twee handhavers op straat.</td></tr>
<tr><td>11:30</td><td>MB</td><td>⟦hint|Laat een melder die boos wordt nooit wachten aan de lijn; bel hem binnen tien minuten zelf terug.⟧</td></tr>
<tr><td>15:45</td><td>SK</td><td>Melding over een fietswrak bij het station doorgezet.</td></tr>
</table>
<p>⟪pub|Meldingen over de openbare ruimte worden volgens de Meldingenregeling afgehandeld.⟫</p>`,
  },
  {
    name: 's12-examenreglement',
    genre: 'beleid-publiek',
    body: `<h1>Examenreglement vakopleiding handhaving 2027</h1>
<p>⟪pub|Een kandidaat met een 6 of hoger voor elk onderdeel ontvangt het diploma.⟫ ⟪pub|Wie voor één onderdeel een 5 of lager haalt, mag dat onderdeel eenmaal herkansen.⟫</p>
<p>⟪pub|Een praktijkopdracht die te laat wordt ingeleverd, krijgt hooguit een 6.⟫</p>
<p>⟪term|De uitslag wordt binnen vier weken na het examen bekendgemaakt.⟫</p>`,
  },
  {
    name: 's12-folder-bewoners',
    genre: 'beleid-publiek',
    body: `<h1>Overlast in uw buurt? Zo pakken we het samen aan</h1>
<p>⟪pub|Bewoners kunnen aan de bel trekken bij de wijkagent als zij zich zorgen maken over een woning in de straat.⟫ ⟪pub|De gemeente neemt elke melding serieus en laat binnen vijf werkdagen weten wat zij ermee doet.⟫</p>
<p>⟪pub|Meer informatie vindt u op onze website.⟫</p>`,
  },
];
