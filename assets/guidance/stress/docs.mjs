// The guidance stress set (issue #11, item 5; session 11): invented documents in genres the
// training texts and the measuring corpora may not have, written by class for Lakstift (EUPL-1.2).
// Every organisation, name, amount and rule in them is made up; no phrase comes from a corpus.
//
// Markup inside the HTML bodies:
//   ⟦class|text⟧  a passage of operational guidance (one unit: a sentence, list item or cell);
//                 class: imp (an instruction to staff), thr (a criterion or threshold), ind (an
//                 indicator), q (an example question), hint (a let-op/tip/aandachtspunt hint),
//                 esc (escalation: who passes what on), tree (a branch of a decision tree)
//   ⟪class|text⟫  policy text that must stay readable; class: law (law and article references),
//                 pub (published policy), aim (the minister's or board's aims), insp (inspection
//                 findings), term (public deadlines and the public's rights), cit (text addressed
//                 to the citizen)
// Everything else (headings, labels, dates) is neither and only counts as "other text taken".
// The layout of a passage (table cell, list item, box, paragraph) is read from the HTML around it.

const box = (label, inner) => `<table border="1" cellpadding="6" width="100%"><tr><td><b>${label}</b> ${inner}</td></tr></table>`;

export const DOCS = [
  {
    name: 'werkinstructie-energietoeslag',
    genre: 'werkinstructie',
    body: `<h1>Werkinstructie beoordeling aanvraag energietoeslag</h1>
<p>Gemeente Oostervaart, team Inkomensondersteuning. Versie 2.1, vastgesteld door de teammanager.</p>
<h2>1. Kader</h2>
<p>⟪law|De energietoeslag is een categoriale bijzondere bijstand op grond van artikel 36b van de Participatiewet.⟫ ⟪pub|De gemeenteraad heeft in de Verordening energietoeslag Oostervaart 2026 bepaald dat huishoudens met een inkomen tot 130 procent van het sociaal minimum recht hebben op een eenmalige toeslag van € 800.⟫ ⟪aim|Het college wil hiermee voorkomen dat inwoners met een laag inkomen hun energierekening niet meer kunnen betalen.⟫</p>
<h2>2. Werkwijze</h2>
<ol>
<li>⟦imp|Controleer eerst in Suwinet of de aanvrager al een uitkering van de gemeente ontvangt; zo ja, ken de toeslag zonder verdere toets toe.⟧</li>
<li>⟦imp|Vergelijk het opgegeven inkomen met de loongegevens van de laatste drie maanden en noteer verschillen in het dossier.⟧</li>
<li>⟦thr|Bij een verschil van meer dan € 150 per maand wordt de aanvraag niet automatisch afgehandeld maar handmatig beoordeeld.⟧</li>
<li>⟦thr|Indien het vermogen op de bankafschriften boven € 7.500 ligt, dan vraag je de aanvrager om een toelichting voordat je beslist.⟧</li>
</ol>
${box('Let op:', '⟦hint|aanvragen die binnen een week na de publicatie van de toeslag binnenkomen vanaf een adres waar al een toeslag is toegekend, leggen we altijd voor aan de kwaliteitsmedewerker.⟧')}
<h2>3. Termijnen</h2>
<p>⟪term|De aanvrager ontvangt binnen acht weken na ontvangst van de volledige aanvraag een beschikking.⟫ ⟪term|Tegen die beschikking kan binnen zes weken bezwaar worden gemaakt.⟫</p>
${box('Tip:', '⟦hint|bel de aanvrager bij ontbrekende bankafschriften eerst op voordat je een hersteltermijn stuurt; dat scheelt gemiddeld twee weken.⟧')}`,
  },
  {
    name: 'handboek-visserijcontrole-h3',
    genre: 'handboek',
    body: `<h1>Handboek toezicht zeevisserij</h1>
<h2>Hoofdstuk 3. De controle aan boord</h2>
<p>⟪law|Het toezicht op de aanvoer van vis rust op de Visserijwet 1963 en de Europese controleverordening.⟫ ⟪pub|De minister heeft in de Beleidsregel toezicht visserij 2025 vastgelegd dat ieder vaartuig ten minste eenmaal per jaar aan boord wordt gecontroleerd.⟫</p>
<h3>3.1 Voorbereiding</h3>
<p>⟦imp|Raadpleeg voor vertrek het elektronische logboek van het vaartuig over de laatste vier reizen.⟧ ⟦ind|Een vaartuig dat telkens vlak voor middernacht zijn vangst registreert, verdient extra aandacht bij de ruiminspectie.⟧</p>
<h3>3.2 Aan boord</h3>
<ul>
<li>⟦imp|Meet de maaswijdte van ten minste twintig mazen per net en neem het gemiddelde op in het rapport.⟧</li>
<li>⟦thr|Wijkt de gewogen vangst meer dan tien procent af van het logboek, dan wordt de hele lading opnieuw gewogen aan wal.⟧</li>
<li>⟦ind|Verse ijslagen onder een oudere laag vis wijzen erop dat er na het afmelden nog is bijgeladen.⟧</li>
</ul>
${box('Aandachtspunt:', '⟦hint|schippers die het gesprek steeds naar de weersomstandigheden leiden, proberen vaak tijd te winnen terwijl de bemanning het ruim opruimt; laat één collega daarom direct het ruim in gaan.⟧')}
<h3>3.3 Na de controle</h3>
<p>⟪insp|Uit de jaarrapportage 2025 bleek dat bij 14 procent van de gecontroleerde vaartuigen een overtreding werd vastgesteld.⟫ ⟪term|De schipper ontvangt het rapport van bevindingen binnen vijf werkdagen en kan daarop binnen twee weken een zienswijze geven.⟫</p>`,
  },
  {
    name: 'beslisboom-woonoverlast',
    genre: 'beslisboom',
    body: `<h1>Beslisboom meldingen woonoverlast</h1>
<p>Voor de medewerkers van het meldpunt Leefbaarheid, gemeente Dijkerveen.</p>
<p>⟪pub|Het college heeft in het beleidsplan Veilig Wonen 2025-2028 vastgelegd dat iedere melding van woonoverlast binnen vijf werkdagen wordt opgepakt.⟫ ⟪law|De burgemeester kan op grond van artikel 151d van de Gemeentewet een gedragsaanwijzing geven.⟫</p>
<table border="1" cellpadding="4">
<tr><th>Stap</th><th>Vraag</th><th>Ja</th><th>Nee</th></tr>
<tr><td>1</td><td>Gaat het om geweld of een directe bedreiging?</td><td>⟦tree|Verwijs direct naar de politie en sluit de melding.⟧</td><td>Ga naar stap 2.</td></tr>
<tr><td>2</td><td>Zijn er binnen drie maanden drie of meer meldingen over hetzelfde adres?</td><td>⟦tree|Plan binnen een week een huisbezoek met de wijkagent.⟧</td><td>⟦tree|Stuur de standaardbrief en registreer de melding als eerste signaal.⟧</td></tr>
<tr><td>3</td><td>Komen de meldingen van verschillende buren?</td><td>⟦tree|Weeg de melding zwaarder en leg de casus voor aan het casusoverleg.⟧</td><td>⟦tree|Vraag de melder eerst een logboek bij te houden van twee weken.⟧</td></tr>
</table>
${box('Let op:', '⟦hint|een melder die zelf eerder als overlastgever is geregistreerd, meldt soms uit wraak; kijk daarom altijd eerst in het registratiesysteem naar eerdere meldingen over de melder zelf.⟧')}
<p>⟪cit|Bewoners kunnen overlast melden via het online formulier of telefonisch via 14 0570.⟫</p>`,
  },
  {
    name: 'faq-medewerkers-parkeren',
    genre: 'faq',
    body: `<h1>Veelgestelde vragen voor medewerkers parkeervergunningen</h1>
<p>Interne vraagbaak van de afdeling Parkeren, gemeente Hoogkerken. Niet voor publicatie.</p>
<p><b>Wat doe je als een bewoner twee auto's op zijn adres heeft staan?</b></p>
<p>⟦imp|Geef de tweede vergunning alleen af als beide kentekens op naam van een bewoner van het adres staan, en controleer dat in het kentekenregister.⟧</p>
<p><b>Hoe ga je om met een leaseauto?</b></p>
<p>⟦imp|Vraag om het leasecontract en kijk of de bewoner als berijder is genoemd; een verklaring van de werkgever alleen is niet genoeg.⟧</p>
<p><b>Wanneer is een aanvraag verdacht?</b></p>
<p>⟦ind|Een aanvraag voor een adres waar het afgelopen jaar al vier of meer verschillende kentekens een vergunning hadden, wijst vaak op verhuur van vergunningen.⟧ ⟦imp|Meld zo'n adres bij de handhavingscoördinator.⟧</p>
<p><b>Wat zeggen de regels over het aantal vergunningen?</b></p>
<p>⟪pub|Volgens de Parkeerverordening Hoogkerken 2024 krijgt een huishouden ten hoogste twee bewonersvergunningen.⟫ ⟪law|Dat volgt uit artikel 4 van de verordening.⟫</p>`,
  },
  {
    name: 'gespreksleidraad-taxivergunning',
    genre: 'interview',
    body: `<h1>Gespreksleidraad herbeoordeling taxivergunning</h1>
<p>Voor de toezichthouders van de Regionale Vervoersautoriteit Lindenmeer.</p>
<p>⟪law|De vergunning voor taxivervoer wordt verleend op grond van de Wet personenvervoer 2000.⟫ ⟪aim|Het doel van de herbeoordeling is dat reizigers erop kunnen vertrouwen dat iedere chauffeur betrouwbaar is.⟫</p>
<h2>Opening</h2>
<p>⟦imp|Stel jezelf voor, leg uit dat het gesprek ongeveer een half uur duurt en zet de opname pas aan nadat de chauffeur daarmee heeft ingestemd.⟧</p>
<h2>Voorbeeldvragen</h2>
<ul>
<li>⟦q|Hoeveel uur per week rijdt u gemiddeld, en voor welke centrales?⟧</li>
<li>⟦q|Wie maakt uw ritten op als u ziek bent?⟧</li>
<li>⟦q|Kunt u vertellen hoe u aan de auto bent gekomen waarmee u nu rijdt?⟧</li>
</ul>
<h2>Waar let je op</h2>
<p>⟦ind|Noemt de chauffeur een centrale die niet in zijn rittenregistratie voorkomt, dan is dat een aanwijzing voor ritten buiten de boeken.⟧ ⟦imp|Vraag in dat geval door naar de betalingen en noteer de antwoorden letterlijk.⟧</p>
<p>⟪term|De chauffeur ontvangt binnen vier weken een schriftelijk besluit en kan daartegen bezwaar maken.⟫</p>`,
  },
  {
    name: 'risico-indicatoren-vakantieparken',
    genre: 'indicatoren',
    body: `<h1>Risico-indicatoren ondermijning op vakantieparken</h1>
<p>Notitie van het Regionaal Informatie- en Expertisecentrum, alleen voor deelnemende partners.</p>
<p>⟪pub|In het bestuurlijk convenant Vitale Vakantieparken 2025 hebben de gemeenten afgesproken signalen van ondermijning met elkaar te delen.⟫ ⟪insp|De rekenkamer stelde in 2024 vast dat de gemeenten deze signalen nog te weinig registreren.⟫</p>
<table border="1" cellpadding="4">
<tr><th>Indicator</th><th>Toelichting voor de controleur</th></tr>
<tr><td>⟦ind|Contante betaling van de jaarhuur van meer dan € 5.000⟧</td><td>⟦ind|Vooral verdacht als de huurder geen vaste woon- of verblijfplaats in Nederland heeft.⟧</td></tr>
<tr><td>⟦ind|Chalets met afgeplakte ramen en een verhoogd stroomverbruik⟧</td><td>⟦imp|Vraag de netbeheerder om het verbruik van het afgelopen jaar en vergelijk het met vergelijkbare chalets op het park.⟧</td></tr>
<tr><td>⟦ind|Wisselende bewoners op hetzelfde chalet binnen een maand⟧</td><td>⟦thr|Vanaf drie verschillende namen in het nachtregister binnen dertig dagen wordt het chalet op de lijst voor een integrale controle gezet.⟧</td></tr>
</table>
${box('Tip:', '⟦hint|kom niet in een herkenbare dienstauto op het park; de beheerder waarschuwt bewoners vaak binnen enkele minuten.⟧')}`,
  },
  {
    name: 'checklist-oplevering-bouw',
    genre: 'checklist',
    body: `<h1>Checklist bouwtoezicht bij oplevering</h1>
<p>Omgevingsdienst Veluwerand, team Bouw- en woningtoezicht.</p>
<p>⟪law|De eisen aan een nieuw bouwwerk staan in het Besluit bouwwerken leefomgeving.⟫ ⟪pub|De omgevingsdienst controleert volgens het vastgestelde uitvoeringsprogramma 2026 ten minste een op de vijf opleveringen.⟫</p>
<ul>
<li>☐ ⟦imp|Vraag bij aankomst naar het logboek van de aannemer en leg de laatste drie pagina's vast met een foto.⟧</li>
<li>☐ ⟦imp|Meet de vrije doorgang van ten minste twee vluchtdeuren zelf na; vertrouw niet op de opgave van de aannemer.⟧</li>
<li>☐ ⟦thr|Ontbreken meer dan twee brandwerende doorvoeringen, dan wordt de oplevering niet afgetekend en volgt binnen een week een hercontrole.⟧</li>
<li>☐ ⟦ind|Verse kit rond doorvoeringen in een verder opgeleverde ruimte wijst vaak op herstel op het laatste moment; kijk er dan achter.⟧</li>
</ul>
<p>⟪term|De vergunninghouder ontvangt het controlerapport binnen tien werkdagen.⟫</p>
${box('Aandachtspunt:', '⟦hint|plan een hercontrole niet op vrijdagmiddag, want dan is de uitvoerder van de aannemer meestal al vertrokken.⟧')}`,
  },
  {
    name: 'email-tips-subsidie',
    genre: 'email',
    body: `<p>Van: Teamleider Subsidies<br>Aan: Team Subsidies<br>Onderwerp: Vaststelling verenigingssubsidies 2026</p>
<p>Hoi allemaal,</p>
<p>⟪pub|Zoals jullie weten heeft het college de Subsidieregeling Sport en Bewegen 2026 vastgesteld; die staat sinds maart op de website.⟫ ⟪term|Verenigingen moeten hun verantwoording vóór 1 juli indienen.⟫</p>
<p>Een paar dingen voor de vaststelling:</p>
<ul>
<li>⟦imp|Kijk bij elke vereniging of het ledenaantal in de verantwoording overeenkomt met het aantal in de aanvraag.⟧</li>
<li>⟦thr|Is het ledenaantal meer dan 15 procent gedaald, stel de subsidie dan naar rato lager vast.⟧</li>
<li>⟦hint|Verenigingen die hun verantwoording door dezelfde boekhouder laten maken, leveren vaak identieke jaarrekeningen aan; leg die naast elkaar.⟧</li>
</ul>
<p>⟦esc|Twijfel je over een vereniging, zet de vaststelling dan even stil en stuur het dossier door naar mij.⟧</p>
<p>Groet,<br>Teamleider</p>`,
  },
  {
    name: 'protocol-geluid-evenementen',
    genre: 'protocol',
    body: `<h1>Protocol geluidsmetingen bij evenementen</h1>
<p>Versie 3, afdeling Vergunningen, Toezicht en Handhaving, gemeente Zandhoven.</p>
<p>⟪law|Voor evenementen gelden de geluidsnormen uit de evenementenvergunning en artikel 4:6 van de Algemene plaatselijke verordening.⟫ ⟪aim|Het college wil dat evenementen mogelijk blijven zonder dat omwonenden onevenredig worden belast.⟫</p>
<h2>Escalatieladder</h2>
<ol>
<li>⟦thr|Bij een gemeten waarde tot 3 dB(A) boven de norm spreekt de toezichthouder de organisator mondeling aan.⟧</li>
<li>⟦thr|Vanaf 3 dB(A) boven de norm, of na een tweede overschrijding binnen een uur, wordt een schriftelijke waarschuwing uitgereikt.⟧</li>
<li>⟦esc|Blijft de overschrijding na de waarschuwing bestaan, dan belt de toezichthouder de piketambtenaar, die beslist over het stilleggen van de muziek.⟧</li>
</ol>
${box('Let op:', '⟦hint|meet altijd ook op een tweede punt aan de andere kant van het terrein; organisatoren zetten de geluidsbegrenzer soms alleen aan de kant van het meetpunt van vorig jaar.⟧')}
<p>⟪pub|De gemeente publiceert jaarlijks welke evenementen een waarschuwing kregen.⟫ ⟪term|Omwonenden kunnen tot zes weken na het evenement een klacht indienen.⟫</p>`,
  },
  {
    name: 'memo-leerlingenvervoer',
    genre: 'memo',
    body: `<h1>Memo</h1>
<p>Aan: consulenten leerlingenvervoer<br>Van: beleidsadviseur onderwijs<br>Datum: 3 november 2026<br>Onderwerp: nieuwe verordening en werkwijze</p>
<p>⟪pub|Op 1 januari 2027 treedt de nieuwe Verordening leerlingenvervoer Westerbrug in werking.⟫ ⟪law|Daarin is de afstandsgrens voor het basisonderwijs op grond van artikel 4 van de Wet op het primair onderwijs verlaagd van zes naar vijf kilometer.⟫ ⟪aim|De wethouder wil hiermee meer kinderen zelfstandig naar school laten reizen.⟫</p>
<p>Voor jullie betekent dit het volgende.</p>
<p>⟦imp|Bereken de afstand voortaan met de fietsroute in de routeplanner en niet meer met de autoroute.⟧ ⟦thr|Ligt de afstand tussen 4,8 en 5,2 kilometer, meet dan zelf na met de kaart en leg de berekening vast.⟧ ⟦hint|Ouders geven bij een aanvraag vaak het adres van de andere ouder op als dat verder van school ligt; controleer daarom altijd de BRP.⟧</p>
<p>⟪term|Ouders die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken.⟫ ⟪pub|De verordening is gepubliceerd in het Gemeenteblad van 12 oktober 2026.⟫</p>`,
  },
  {
    name: 'brief-aanvrager-kwijtschelding',
    genre: 'brief-burger',
    body: `<p>Gemeente Oostervaart<br>Postbus 410<br>1790 AK Oostervaart</p>
<p>Onderwerp: uw verzoek om kwijtschelding</p>
<p>Geachte heer, mevrouw,</p>
<p>⟪cit|Op 2 oktober 2026 hebben wij uw verzoek om kwijtschelding van de afvalstoffenheffing ontvangen.⟫ ⟪cit|Om uw verzoek te kunnen beoordelen, hebben wij uw bankafschriften van de laatste drie maanden nodig.⟫ ⟪cit|Stuur deze binnen twee weken na de datum van deze brief naar ons op.⟫</p>
<p>⟪law|Wij beoordelen uw verzoek op grond van de Invorderingswet 1990 en de Uitvoeringsregeling Invorderingswet 1990.⟫ ⟪cit|Als uw vermogen hoger is dan het bedrag dat daarin staat, kunnen wij uw verzoek niet toewijzen.⟫ ⟪term|Als u het niet eens bent met ons besluit, kunt u binnen zes weken bezwaar maken.⟫</p>
<p>⟪cit|Heeft u vragen? Bel dan met ons via telefoonnummer 14 0321.⟫</p>
<p>Met vriendelijke groet,<br>het college van burgemeester en wethouders</p>`,
  },
  {
    name: 'inspectierapport-samenvatting',
    genre: 'inspectie',
    body: `<h1>Rapport Inspectie Gezondheidszorg en Jeugd</h1>
<h2>Samenvatting</h2>
<p>⟪insp|De inspectie heeft in september 2026 onaangekondigd toezicht gehouden bij zorgaanbieder De Lindeboom.⟫ ⟪insp|Zij stelde vast dat medicatie niet altijd volgens het voorschrift werd toegediend.⟫ ⟪insp|Bij drie van de tien cliënten ontbrak een actueel zorgplan.⟫</p>
<h2>Wat moet de zorgaanbieder doen?</h2>
<ul>
<li>⟪insp|De zorgaanbieder zorgt binnen drie maanden dat ieder dossier een actueel zorgplan bevat.⟫</li>
<li>⟪insp|De zorgaanbieder laat de toediening van medicatie steeds door een tweede medewerker controleren.⟫</li>
</ul>
<p>⟪law|De inspectie houdt toezicht op grond van de Wet kwaliteit, klachten en geschillen zorg.⟫ ⟪term|De zorgaanbieder kon binnen twee weken op het conceptrapport reageren.⟫ ⟪pub|Dit rapport wordt op de website van de inspectie gepubliceerd.⟫</p>`,
  },
  // ---- second batch: other layouts (a two-column signal/action table, sub-items, V:/A:, a
  // question table) and harder policy: a published enforcement strategy with an escalation
  // ladder, policy rules with thresholds in paragraphs, a council letter, a web page.
  {
    name: 'signalen-actie-tabel-jeugd',
    genre: 'indicatoren',
    body: `<h1>Signalenkaart voor wijkteammedewerkers</h1>
<p>Alleen voor intern gebruik binnen de wijkteams van gemeente Beekstede.</p>
<p>⟪law|De gemeente is op grond van de Jeugdwet verantwoordelijk voor passende jeugdhulp.⟫ ⟪aim|Het doel van de signalenkaart is dat zorgen over een kind vroeg worden besproken.⟫</p>
<table border="1" cellpadding="4">
<tr><th>Signaal</th><th>Wat doe je?</th></tr>
<tr><td>⟦ind|Een kind dat in korte tijd meerdere keren met blauwe plekken op school komt⟧</td><td>⟦imp|Bespreek het binnen twee dagen met de aandachtsfunctionaris en leg je waarneming vast in het dossier.⟧</td></tr>
<tr><td>⟦ind|Ouders die afspraken steeds op het laatste moment afzeggen⟧</td><td>⟦thr|Bij drie afzeggingen achter elkaar plan je een huisbezoek zonder vooraankondiging.⟧</td></tr>
<tr><td>⟦ind|Een jongere die plotseling dure kleding draagt zonder inkomen⟧</td><td>⟦esc|Neem contact op met de jeugdagent en vraag of de jongere bekend is.⟧</td></tr>
</table>
<p>⟪pub|De Meldcode huiselijk geweld en kindermishandeling is voor alle medewerkers verplicht.⟫</p>`,
  },
  {
    name: 'werkwijze-vergunning-subitems',
    genre: 'werkinstructie',
    body: `<h1>Werkwijze toetsing drank- en horecavergunning</h1>
<p>Team Vergunningen, gemeente Rijnwaarde.</p>
<p>⟪law|De vergunning wordt verleend op grond van artikel 3 van de Alcoholwet.⟫ ⟪pub|Het college heeft in de Beleidsregels horeca 2025 bepaald dat een vergunning binnen acht weken wordt verleend.⟫</p>
<ol>
<li>Toets de leidinggevenden:
<ol type="a">
<li>⟦imp|vraag voor iedere leidinggevende een recente verklaring sociale hygiëne op;⟧</li>
<li>⟦imp|raadpleeg het Justitieel Documentatiesysteem en noteer de datum van raadpleging;⟧</li>
<li>⟦thr|staat een leidinggevende bij meer dan twee andere bedrijven ingeschreven, vraag dan naar zijn feitelijke aanwezigheid.⟧</li>
</ol></li>
<li>Toets de inrichting:
<ol type="a">
<li>⟦imp|vergelijk de plattegrond met de situatie ter plaatse tijdens het controlebezoek.⟧</li>
</ol></li>
</ol>
${box('Werkwijze in het kort:', '⟦hint|een aanvraag waarin de financiering grotendeels uit leningen van familie in het buitenland bestaat, leg je altijd voor aan het Bibob-team.⟧')}
<p>⟪term|De aanvrager kan binnen zes weken na de bekendmaking bezwaar maken tegen het besluit.⟫</p>`,
  },
  {
    name: 'vraagbaak-va-toezicht',
    genre: 'faq',
    body: `<h1>Vraagbaak toezicht kinderopvang (intern)</h1>
<p>V: Wat doe je als de houder tijdens de inspectie niet aanwezig is?</p>
<p>A: ⟦imp|Vraag de pedagogisch medewerker de houder te bellen en noteer hoe lang het duurt voordat die reageert.⟧</p>
<p>V: Hoe ga je om met een houder die documenten pas achteraf wil nasturen?</p>
<p>A: ⟦thr|Geef hem ten hoogste twee werkdagen; komen de documenten later, dan beoordeel je de situatie als niet op orde.⟧</p>
<p>V: Welke regels gelden er voor de beroepskracht-kindratio?</p>
<p>A: ⟪law|De ratio staat in het Besluit kwaliteit kinderopvang.⟫ ⟪pub|De rekentool op de website van de rijksoverheid laat zien hoeveel beroepskrachten nodig zijn.⟫</p>`,
  },
  {
    name: 'vragentabel-gehoor-woonfraude',
    genre: 'interview',
    body: `<h1>Vragen voor het gesprek bij vermoeden van woonfraude</h1>
<p>Voor de handhavers van woningcorporatie en gemeente.</p>
<table border="1" cellpadding="4">
<tr><th>Onderwerp</th><th>Vraag</th><th>Let op</th></tr>
<tr><td>Dagelijks leven</td><td>⟦q|Bij welke supermarkt doet u meestal boodschappen?⟧</td><td>⟦hint|Een antwoord dat niet past bij de buurt, is reden om de pinbetalingen op te vragen.⟧</td></tr>
<tr><td>Post</td><td>⟦q|Wie haalt de post uit de brievenbus als u er niet bent?⟧</td><td>⟦hint|Kijk tijdens het gesprek of er post op andere namen op de deurmat ligt.⟧</td></tr>
<tr><td>Huisdieren</td><td>⟦q|Wie zorgt voor de kat als u een weekend weg bent?⟧</td><td></td></tr>
</table>
<p>⟪law|Onderhuur zonder toestemming is verboden op grond van artikel 7:244 van het Burgerlijk Wetboek.⟫</p>`,
  },
  {
    name: 'handhavingsstrategie-gepubliceerd',
    genre: 'beleid-publiek',
    body: `<h1>Handhavingsstrategie omgevingsrecht 2026</h1>
<p>Vastgesteld door het college van burgemeester en wethouders van Heuvelland op 10 maart 2026 en gepubliceerd in het Gemeenteblad.</p>
<h2>Interventieladder</h2>
<p>⟪pub|Het college hanteert bij overtredingen een vaste volgorde van interventies.⟫</p>
<ol>
<li>⟪pub|Bij een eerste geringe overtreding ontvangt de overtreder een waarschuwingsbrief met een hersteltermijn.⟫</li>
<li>⟪pub|Is de overtreding na de hersteltermijn niet beëindigd, dan volgt een voornemen tot een last onder dwangsom.⟫</li>
<li>⟪pub|Bij een ernstige overtreding, zoals een onveilige bouwconstructie, legt het college direct een last onder bestuursdwang op.⟫</li>
</ol>
<p>⟪aim|Met deze strategie wil het college dat inwoners en bedrijven weten waar zij aan toe zijn.⟫ ⟪law|De bevoegdheid tot handhaving volgt uit artikel 5:21 van de Algemene wet bestuursrecht.⟫</p>`,
  },
  {
    name: 'beleidsregels-tegemoetkoming-paragrafen',
    genre: 'beleid-publiek',
    body: `<h1>Beleidsregels tegemoetkoming meerkosten 2026</h1>
<p>⟪pub|Deze beleidsregels zijn gepubliceerd in het Gemeenteblad van Waterdam.⟫</p>
<h2>Hoogte van de tegemoetkoming</h2>
<p>⟪pub|Indien het inkomen van de aanvrager lager is dan 120 procent van het sociaal minimum, dan bedraagt de tegemoetkoming € 400 per jaar.⟫ ⟪pub|Bij een inkomen tussen 120 en 150 procent van het sociaal minimum wordt de tegemoetkoming gehalveerd.⟫ ⟪pub|Woont de aanvrager in een instelling, dan wordt geen tegemoetkoming verstrekt.⟫</p>
<h2>Aanvragen</h2>
<p>⟪cit|Een aanvraag kan het hele jaar worden ingediend via het digitale loket.⟫ ⟪term|Het college beslist binnen acht weken op de aanvraag.⟫</p>`,
  },
  {
    name: 'raadsinformatiebrief-controles',
    genre: 'beleid-publiek',
    body: `<p>Raadsinformatiebrief</p>
<p>Aan de leden van de gemeenteraad van Kanaalzijde</p>
<p>Onderwerp: resultaten controles vakantieverhuur</p>
<p>⟪insp|In 2026 hebben de toezichthouders 212 adressen gecontroleerd waar woningen aan toeristen werden verhuurd.⟫ ⟪insp|Bij 31 adressen werd meer dan het toegestane aantal nachten verhuurd.⟫ ⟪pub|Wij hebben deze verhuurders een boete opgelegd.⟫ ⟪aim|Ons doel blijft dat woningen in de binnenstad beschikbaar blijven voor bewoners.⟫</p>
<p>Hoogachtend,<br>het college van burgemeester en wethouders</p>`,
  },
  {
    name: 'webpagina-melding-overlast',
    genre: 'brief-burger',
    body: `<h1>Overlast melden</h1>
<p>⟪cit|Heeft u last van geluid, stank of afval bij u in de buurt?⟫ ⟪cit|Meld het dan via het formulier op deze pagina.⟫</p>
<h2>Wat gebeurt er met uw melding?</h2>
<ul>
<li>⟪cit|U krijgt binnen drie werkdagen een bevestiging van uw melding.⟫</li>
<li>⟪cit|Bij meer dan drie meldingen over hetzelfde adres komt een toezichthouder langs.⟫</li>
<li>⟪cit|Is de overlast ernstig, dan nemen wij direct contact met u op.⟫</li>
</ul>
<p>⟪cit|Wilt u uw melding aanvullen? Stuur dan een e-mail met uw meldingsnummer.⟫</p>`,
  },
];
