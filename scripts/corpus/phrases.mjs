// Sentences for guidance passages (to redact) and the policy text around them (to keep).
// Train and test templates draw from different phrasings: the test split's guidance is written
// with constructions that no train document uses (README.md beside this file).

const TOPICS = ['de reisroute', 'de periode van detentie', 'de werkzaamheden bij de veiligheidsdienst', 'de gezinssamenstelling',
  'de bekering', 'de verblijfplaats van de ouders', 'het werk als journalist', 'de dienstplicht', 'de politieke activiteiten',
  'de aanhouding', 'de schuldenlast', 'de inkomsten uit de eigen onderneming', 'de woonsituatie', 'de identiteitsdocumenten'];
const SIGNALS = ['tegenstrijdigheden in de genoemde data', 'details die alleen een ooggetuige kan kennen', 'wisselende namen van plaatsen',
  'verklaringen die letterlijk overeenkomen met eerdere dossiers', 'een opvallend gebrek aan emotie', 'bedragen die niet bij het inkomen passen'];
const SUBJECTS = ['de vreemdeling', 'de aanvrager', 'de betrokkene', 'de cliënt', 'de gedetineerde', 'de melder'];
const ACTIONS = ['leg het dossier voor aan de unit Bijzondere Zaken', 'plan een tweede gehoor in', 'vraag een taalanalyse aan',
  'neem contact op met de afdeling Documentonderzoek', 'schakel de coördinator fraude in', 'vraag om aanvullende stukken',
  'noteer dit als contra-indicatie in het registratiesysteem', 'bespreek de zaak in het wekelijkse casusoverleg'];
const TEAMS = ['het casusoverleg', 'de teamleider', 'de unit Bijzondere Zaken', 'het fraudeteam', 'de kwaliteitsmedewerker'];

// --- train phrasings -------------------------------------------------------------------------
export function trainGuidance(rng) {
  const t = rng.pick(TOPICS);
  const s = rng.pick(SUBJECTS);
  return rng.pick([
    () => `Vraag tijdens het gehoor door op ${t} en let daarbij op ${rng.pick(SIGNALS)}.`,
    () => `Let op: als ${s} verklaart geen kennis te hebben van ${t}, vraag dan naar namen van collega's en naar de locatie van het kantoor.`,
    () => `Houd ${s} eerdere verklaringen over ${t} pas aan het einde van het gehoor voor, zodat ${s} niet kan anticiperen.`,
    () => `Wees alert op ${rng.pick(SIGNALS)}; dit kan erop wijzen dat ${s} een ingestudeerd verhaal vertelt.`,
    () => `Let op: een verklaring over ${t} zonder concrete data is op zichzelf geen reden om de aanvraag af te wijzen, maar ${rng.pick(ACTIONS)}.`,
  ])();
}

export function trainQuestion(rng) {
  return rng.pick([
    `Kunt u beschrijven hoe ${rng.pick(TOPICS)} verliep?`,
    `Wie kan uw verklaring over ${rng.pick(TOPICS)} bevestigen?`,
    `Welke plaatsen bezocht u tijdens ${rng.pick(TOPICS)}?`,
    `Hoe lang duurde ${rng.pick(TOPICS)} precies en wanneer eindigde die?`,
    `Waarom heeft u niet eerder verteld over ${rng.pick(TOPICS)}?`,
  ]);
}

export function trainPolicy(rng) {
  return rng.pick([
    `Deze werkinstructie is vastgesteld op grond van artikel ${rng.int(2, 9)}.${rng.int(1, 60)} van het Vreemdelingenbesluit 2000.`,
    `De beslissing wordt genomen met inachtneming van hoofdstuk ${rng.pick(['C', 'B', 'A'])}${rng.int(1, 9)} van de Vreemdelingencirculaire 2000.`,
    'Tegen een besluit kan de betrokkene binnen vier weken bezwaar maken of beroep instellen bij de rechtbank.',
    `De bewijslast ligt bij de dienst: er moeten serieuze aanwijzingen zijn voordat artikel ${rng.int(1, 9)}F van het Vluchtelingenverdrag wordt tegengeworpen.`,
    'Het beleid is openbaar en gepubliceerd op de website van de organisatie.',
    'De Algemene wet bestuursrecht is onverkort van toepassing op deze procedure.',
  ]);
}

// --- test phrasings (held out) ---------------------------------------------------------------
export function testGuidance(rng) {
  const t = rng.pick(TOPICS);
  const s = rng.pick(SUBJECTS);
  const n = rng.int(2, 6);
  return rng.pick([
    () => `Tip: begin het gesprek over ${t} met een open vraag en stel pas daarna gesloten vragen over data en namen.`,
    () => `Bij meer dan ${n} meldingen binnen ${rng.pick(['een maand', 'zes weken', 'een kwartaal'])} wordt het dossier voorgelegd aan ${rng.pick(TEAMS)}.`,
    () => `Indien ${s} geen documenten over ${t} kan overleggen, dan ${rng.pick(ACTIONS)}.`,
    () => `Aandachtspunt: bij een bedrag van meer dan ${rng.int(2, 9)}.000 euro per maand zonder aantoonbare bron geldt: ${rng.pick(ACTIONS)}.`,
    () => `Medewerkers controleren bij twijfel over ${t} eerst de registratie en ${rng.pick(ACTIONS)} voordat een besluit wordt voorbereid.`,
    () => `Wanneer ${s} ${n} keer of vaker niet op een afspraak verschijnt, geldt dit als signaal en ${rng.pick(ACTIONS)}.`,
  ])();
}

export function testIndicator(rng) {
  return rng.pick([
    ['Wisselende reisroute', `Noemt ${rng.pick(SUBJECTS)} bij elk gesprek een andere route, ${rng.pick(ACTIONS)}.`],
    ['Onverklaard vermogen', `Vraag door naar de herkomst van het geld en ${rng.pick(ACTIONS)}.`],
    ['Afwijkend adres', `Indien post meer dan ${rng.int(2, 5)} keer retour komt, dan wordt een huisbezoek gepland zonder aankondiging.`],
    ['Identiteit', `Let bij twijfel over de identiteit op de spelling van de naam van de moeder in eerdere registraties.`],
    ['Taalgebruik', `Een plotselinge wisseling van taal of dialect tijdens het gesprek is een indicator; ${rng.pick(ACTIONS)}.`],
  ]);
}

export function testPolicy(rng) {
  return rng.pick([
    `Het beleid is bekendgemaakt in de Staatscourant ${rng.int(2018, 2024)}, nr. ${rng.int(1000, 99999)}.`,
    `Op grond van artikel ${rng.int(2, 8)}:${rng.int(1, 40)} van de Algemene wet bestuursrecht zorgt het bestuursorgaan voor een zorgvuldige voorbereiding van het besluit.`,
    'De minister streeft ernaar dat aanvragen binnen de wettelijke termijn worden afgehandeld.',
    `De Inspectie heeft in haar rapport van ${rng.int(2019, 2023)} geconcludeerd dat de uitvoering op orde is.`,
    `Deze handreiking vervangt de versie van ${rng.int(2015, 2019)} en is openbaar gemaakt.`,
    'Iedere burger heeft recht op een zorgvuldige en tijdige behandeling van zijn aanvraag.',
  ]);
}
