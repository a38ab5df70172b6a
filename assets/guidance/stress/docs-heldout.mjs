// The held-out part of the guidance stress set (session 11): written after every rule of that
// session was made (from docs.mjs and docs-b3.mjs), and measured once on main and once on the
// session's result, with no rule changed for it. Same markup as docs.mjs; everything is invented.

const box = (label, inner) => `<table border="1" cellpadding="6" width="100%"><tr><td><b>${label}</b> ${inner}</td></tr></table>`;

export const DOCS = [
  {
    name: 'h4-werkinstructie-naturalisatie',
    genre: 'werkinstructie',
    body: `<h1>Werkinstructie controle inburgeringsdiploma bij naturalisatie</h1>
<p>Team Burgerzaken, gemeente Lindewijk. Alleen voor medewerkers.</p>
<p>⟪law|De voorwaarden voor naturalisatie staan in artikel 8 van de Rijkswet op het Nederlanderschap.⟫ ⟪pub|De minister beslist op het verzoek; de gemeente adviseert.⟫</p>
<ul>
<li>⟦imp|Vergelijk de naam op het diploma letter voor letter met de naam in de BRP.⟧</li>
<li>⟦thr|Is het diploma ouder dan tien jaar, vraag dan bij de uitgevende instantie een bevestiging op.⟧</li>
<li>⟦ind|Een diploma zonder hologram of met een afwijkend lettertype in de datum is vaak nagemaakt.⟧</li>
</ul>
${box('Let op:', '⟦hint|verzoekers die veel haast hebben, vragen soms of het diploma later mag worden nagestuurd; ga daar nooit mee akkoord.⟧')}
<p>⟪term|De verzoeker betaalt de leges bij het indienen van het verzoek.⟫</p>`,
  },
  {
    name: 'h4-beslistabel-schuldhulp',
    genre: 'beslisboom',
    body: `<h1>Beslistabel toelating schuldhulpverlening</h1>
<p>Voor de consulenten van de Kredietbank Oostland.</p>
<table border="1" cellpadding="4">
<tr><th>Situatie</th><th>Besluit</th></tr>
<tr><td>Nieuwe schulden ontstaan tijdens een eerder traject</td><td>⟦tree|Weiger toelating voor zes maanden en leg de reden vast.⟧</td></tr>
<tr><td>Fraudeschuld bij de gemeente</td><td>⟦tree|Overleg met de teamleider voordat je een besluit neemt.⟧</td></tr>
<tr><td>Meer dan twintig schuldeisers</td><td>⟦tree|Plan direct een tweede intakegesprek met een senior consulent.⟧</td></tr>
</table>
<p>⟪law|Iedere inwoner heeft op grond van de Wet gemeentelijke schuldhulpverlening recht op een beslissing op zijn hulpvraag.⟫ ⟪term|Die beslissing volgt binnen acht weken na het eerste gesprek.⟫</p>`,
  },
  {
    name: 'h4-faq-intern-wmo',
    genre: 'faq',
    body: `<h1>Interne veelgestelde vragen Wmo-consulenten</h1>
<p><b>Wat doe je als de mantelzorger het gesprek overneemt?</b></p>
<p>⟦imp|Vraag de mantelzorger vriendelijk even buiten te wachten en voer het laatste deel van het gesprek alleen met de cliënt.⟧</p>
<p><b>Mag je een indicatie afgeven zonder huisbezoek?</b></p>
<p>⟦thr|Alleen bij een verlenging van minder dan een jaar en als er niets is veranderd; in alle andere gevallen ga je op huisbezoek.⟧</p>
<p><b>Waar staat de eigen bijdrage?</b></p>
<p>⟪pub|De hoogte van de eigen bijdrage staat in de Verordening maatschappelijke ondersteuning en wordt door het CAK geïnd.⟫</p>`,
  },
  {
    name: 'h4-memo-toezicht-horeca',
    genre: 'memo',
    body: `<p>Memo<br>Aan: boa's horecatoezicht<br>Van: teamleider Handhaving<br>Onderwerp: controles terrassen zomer 2027</p>
<p>⟪pub|De gemeenteraad heeft in maart de nieuwe terrassenregeling vastgesteld.⟫ ⟪aim|Het college wil meer ruimte voor terrassen zonder dat voetgangers worden gehinderd.⟫</p>
<p>⟦imp|Meet de vrije doorloopruimte steeds vanaf de rand van het terrasmeubilair en niet vanaf de gevel.⟧ ⟦thr|Is er minder dan 1,5 meter doorloopruimte, maak dan foto's en stuur de ondernemer dezelfde dag een vooraankondiging.⟧ ⟦hint|Ondernemers schuiven hun tafels vaak terug zodra ze een boa zien; maak daarom eerst vanaf de overkant een foto.⟧</p>
<p>⟪term|Ondernemers kunnen binnen twee weken hun zienswijze geven op een vooraankondiging.⟫</p>`,
  },
  {
    name: 'h4-protocol-agressie-balie',
    genre: 'protocol',
    body: `<h1>Protocol agressie aan de publieksbalie</h1>
<p>⟪pub|De gemeente accepteert geen agressie of geweld tegen haar medewerkers; dat staat ook op de borden in de hal.⟫</p>
<ol>
<li>⟦esc|Bij verbale agressie waarschuwt de baliemedewerker de bezoeker één keer en roept bij herhaling de beveiliger.⟧</li>
<li>⟦thr|Bij fysiek geweld of een bedreiging met een wapen wordt direct 112 gebeld en wordt de balie gesloten.⟧</li>
<li>⟦imp|Vul na elk incident binnen 24 uur het incidentformulier in, ook als er geen aangifte wordt gedaan.⟧</li>
</ol>
<p>⟪pub|Bezoekers die zich agressief gedragen, kunnen een toegangsverbod van maximaal een jaar krijgen.⟫</p>`,
  },
  {
    name: 'h4-kamerbrief-toezicht',
    genre: 'beleid-publiek',
    body: `<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p>
<p>Onderwerp: voortgang toezicht op uitzendbureaus</p>
<p>⟪pub|Met deze brief informeer ik uw Kamer over de voortgang van het toezicht op uitzendbureaus.⟫ ⟪insp|De Arbeidsinspectie heeft in 2026 bij 340 uitzendbureaus een inspectie uitgevoerd.⟫ ⟪pub|Bij meer dan een derde van de bureaus werd een overtreding vastgesteld.⟫ ⟪aim|Ik wil dat uitzendkrachten overal in Nederland eerlijk worden betaald.⟫</p>
<p>De Minister van Sociale Zaken en Werkgelegenheid,</p>`,
  },
  {
    name: 'h4-brief-handhaving-burger',
    genre: 'brief-burger',
    body: `<p>Gemeente Lindewijk<br>Afdeling Handhaving</p>
<p>Geachte heer Dekker,</p>
<p>⟪cit|Op 4 mei 2027 heeft een toezichthouder van de gemeente geconstateerd dat op uw perceel een schuur is gebouwd zonder vergunning.⟫ ⟪cit|Wij vragen u de schuur binnen acht weken te verwijderen of een vergunning aan te vragen.⟫ ⟪cit|Doet u dat niet, dan kunnen wij een last onder dwangsom opleggen.⟫</p>
<p>⟪term|U kunt binnen twee weken schriftelijk uw zienswijze geven.⟫</p>
<p>Met vriendelijke groet,<br>de burgemeester van Lindewijk</p>`,
  },
  {
    name: 'h4-evaluatie-rapport',
    genre: 'beleid-publiek',
    body: `<h1>Evaluatie project Vroegsignalering 2025-2026</h1>
<h2>Samenvatting</h2>
<p>⟪insp|Het project heeft 1.200 huishoudens met betalingsachterstanden bereikt.⟫ ⟪insp|Huishoudens die binnen een maand na het eerste signaal werden bezocht, vielen minder vaak terug in nieuwe schulden.⟫</p>
<h2>Aanbevelingen</h2>
<ul>
<li>⟪pub|Breid het project uit naar alle wijken van de gemeente.⟫</li>
<li>⟪pub|Maak afspraken met de energieleveranciers over het delen van signalen.⟫</li>
</ul>`,
  },
];
