// The third batch of the guidance stress set (session 11): written after the first rules of that
// session and measured once before any rule was made from it (main R .526, the first rules .579);
// then used as a working set like docs.mjs. Same markup as docs.mjs; everything is invented.

const box = (label, inner) => `<table border="1" cellpadding="6" width="100%"><tr><td><b>${label}</b> ${inner}</td></tr></table>`;

export const DOCS = [
  {
    name: 'ho-werkkaart-rijbewijskeuring',
    genre: 'werkinstructie',
    body: `<h1>Werkkaart beoordeling medische verklaring rijbewijs</h1>
<p>Voor de medisch adviseurs van de afdeling Rijgeschiktheid.</p>
<p>⟪law|De eisen aan de rijgeschiktheid staan in de Regeling eisen geschiktheid 2000.⟫ ⟪aim|Het doel is dat alleen mensen die veilig kunnen rijden een rijbewijs krijgen.⟫</p>
<ol>
<li>⟦imp|Lees eerst de verklaring van de huisarts en markeer iedere medicatie met een rijwaarschuwing.⟧</li>
<li>⟦thr|Heeft de aanvrager in de laatste twaalf maanden meer dan één hypo gehad, dan vraag je altijd een rapport van de internist op.⟧</li>
<li>⟦ind|Een verklaring die precies even lang is als die van vorig jaar en dezelfde zinnen bevat, is vaak overgenomen zonder nieuw onderzoek.⟧</li>
</ol>
${box('NB:', '⟦hint|aanvragers van een vrachtwagenrijbewijs melden hun slaapapneu vaak pas bij de tweede keuring; vraag er bij de eerste keuring al naar.⟧')}
<p>⟪term|De aanvrager ontvangt binnen vier weken na ontvangst van alle stukken een besluit.⟫</p>`,
  },
  {
    name: 'ho-draaiboek-huisuitzetting',
    genre: 'protocol',
    body: `<h1>Draaiboek voorkomen huisuitzettingen</h1>
<p>Team Schuldhulpverlening, gemeente Zuidwold. Intern document.</p>
<p>⟪pub|De gemeente en de woningcorporaties hebben in 2025 een convenant gesloten om huisuitzettingen wegens huurschuld te voorkomen.⟫</p>
<table border="1" cellpadding="4">
<tr><th>Moment</th><th>Actie medewerker</th></tr>
<tr><td>Twee maanden huurachterstand</td><td>⟦imp|Bel de huurder binnen vijf werkdagen na het signaal van de corporatie en maak een afspraak voor een huisbezoek.⟧</td></tr>
<tr><td>Geen contact na drie pogingen</td><td>⟦esc|Draag de zaak over aan het outreachende team en meld dit bij de corporatie.⟧</td></tr>
<tr><td>Dagvaarding ontvangen</td><td>⟦thr|Is de achterstand lager dan € 2.000, bied dan direct een betalingsregeling aan zonder eerst de volledige intake af te ronden.⟧</td></tr>
</table>
<p>⟪cit|Huurders met betalingsproblemen kunnen zelf ook contact opnemen via het gratis nummer van de gemeente.⟫</p>`,
  },
  {
    name: 'ho-email-teamleider-bezwaren',
    genre: 'email',
    body: `<p>Van: Coördinator Bezwaar<br>Aan: Juristen bezwaar en beroep<br>Onderwerp: werkvoorraad WOZ-bezwaren</p>
<p>Collega's,</p>
<p>⟪pub|Het college heeft besloten dat bezwaren tegen de WOZ-waarde dit jaar vóór 1 oktober worden afgehandeld.⟫ ⟪law|De termijn volgt uit de Wet WOZ en de Algemene wet bestuursrecht.⟫</p>
<p>⟦thr|Bij een verschil van minder dan 3 procent tussen de waarde en de verkoopprijs van vergelijkbare woningen kun je het bezwaar zonder taxatie afwijzen.⟧ ⟦hint|Bezwaarmakers die door een no-cure-no-pay-bureau worden vertegenwoordigd, trekken hun bezwaar vaak in als je ze even belt; doe dat dus voordat je een hoorzitting plant.⟧</p>
<p>Succes ermee,<br>Coördinator</p>`,
  },
  {
    name: 'ho-handboek-markttoezicht',
    genre: 'handboek',
    body: `<h1>Handboek markttoezicht consumentenproducten</h1>
<h2>4.2 Kinderspeelgoed op webshops</h2>
<p>⟪law|Speelgoed moet voldoen aan het Warenwetbesluit speelgoed.⟫ ⟪insp|In 2025 bleek bij een steekproef dat een op de vier bestelde speeltjes kleine losse onderdelen had.⟫</p>
<ul>
<li>⟦imp|Bestel het product onder een particuliere naam en laat het rechtstreeks naar het laboratorium sturen.⟧</li>
<li>⟦ind|Een webshop zonder Nederlands retouradres en met alleen betaling via een cadeaukaart wijst erop dat de verkoper buiten de EU zit.⟧</li>
<li>⟦thr|Vanaf vijf klachten over hetzelfde product binnen een maand wordt het product met voorrang getest.⟧</li>
</ul>
<p>⟪pub|De resultaten van de steekproeven worden elk jaar gepubliceerd in het jaarverslag.⟫</p>`,
  },
  {
    name: 'ho-gesprekskaart-leerplicht',
    genre: 'interview',
    body: `<h1>Gesprekskaart verzuimgesprek</h1>
<p>Voor leerplichtambtenaren van de regio Veendal.</p>
<p>⟪law|Ouders zijn op grond van de Leerplichtwet 1969 verantwoordelijk voor het schoolbezoek van hun kind.⟫</p>
<p><b>Voorbeeldvragen aan de jongere</b></p>
<ol>
<li>⟦q|Hoe laat ga je doordeweeks meestal slapen?⟧</li>
<li>⟦q|Met wie trek je op als je niet op school bent?⟧</li>
<li>⟦q|Wat zou er moeten veranderen zodat je weer naar school wilt?⟧</li>
</ol>
<p>⟦hint|Spreek de jongere eerst zonder ouders; jongeren vertellen in het bijzijn van hun ouders zelden waarom ze spijbelen.⟧</p>
<p>⟪term|Na het gesprek ontvangen de ouders binnen twee weken een brief met de afspraken.⟫</p>`,
  },
  {
    name: 'ho-persbericht-controles',
    genre: 'beleid-publiek',
    body: `<h1>Persbericht</h1>
<p>Provincie Duinrand controleert vaker op illegale bewoning van recreatiewoningen</p>
<p>⟪pub|Vanaf januari controleren toezichthouders van de provincie vaker of recreatiewoningen permanent worden bewoond.⟫ ⟪pub|Bij een overtreding krijgt de eigenaar eerst een waarschuwing en daarna een last onder dwangsom.⟫ ⟪aim|Gedeputeerde Van Houten: "We willen dat parken weer parken worden."⟫</p>
<p>Noot voor de redactie: voor meer informatie kunt u contact opnemen met de afdeling communicatie.</p>`,
  },
  {
    name: 'ho-nota-uitvoering-beleid',
    genre: 'beleid-publiek',
    body: `<h1>Uitvoeringsnota Wmo 2026</h1>
<h2>Samenvatting</h2>
<p>⟪pub|In deze nota beschrijft het college hoe de Wmo in 2026 wordt uitgevoerd.⟫ ⟪pub|Inwoners die huishoudelijke hulp nodig hebben, krijgen na een gesprek met een consulent een maatwerkvoorziening.⟫ ⟪pub|Bij een inkomen boven de drie keer het minimumloon wordt een hogere eigen bijdrage gevraagd.⟫</p>
<h2>Conclusies</h2>
<p>⟪insp|Het aantal aanvragen steeg in 2025 met 12 procent.⟫ ⟪aim|Het college wil de wachttijd voor een keukentafelgesprek terugbrengen tot vier weken.⟫</p>`,
  },
  {
    name: 'ho-checklist-evenementenvergunning',
    genre: 'checklist',
    body: `<h1>Controlelijst aanvraag evenementenvergunning (intern)</h1>
<table border="1" cellpadding="4">
<tr><th>Punt</th><th>Toelichting voor de vergunningverlener</th></tr>
<tr><td>Bezoekersaantal</td><td>⟦thr|Verwacht de organisator meer dan 2.000 bezoekers tegelijk, vraag dan advies aan de veiligheidsregio.⟧</td></tr>
<tr><td>Verkeersplan</td><td>⟦imp|Leg het verkeersplan altijd naast de wegwerkzaamhedenkaart van die week.⟧</td></tr>
<tr><td>Organisator</td><td>⟦ind|Een organisator die elk jaar onder een andere stichting aanvraagt, heeft vaak eerder een boete niet betaald.⟧</td></tr>
</table>
<p>⟪law|De vergunningplicht volgt uit artikel 2:25 van de Algemene plaatselijke verordening.⟫ ⟪term|Een aanvraag moet acht weken voor het evenement binnen zijn.⟫</p>`,
  },
];
