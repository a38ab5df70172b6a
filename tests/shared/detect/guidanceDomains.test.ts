// Operational guidance from other domains than the corpora (UWV, Belastingdienst, gemeente,
// politie, inspecties), written for these tests: the detector must find the instructions,
// criteria, indicators, example questions and internal hints, and leave the policy text around
// them (law, published policy, aims, findings, rights of appeal) readable.
import { describe, expect, it } from 'vitest';
import { suggestDocument } from '../../../shared/detect';
import { toPageTexts } from '../../helpers/pdftotext-pagetext';
import { found, run, words } from './helpers';


describe('guidance in documents of other organisations', () => {
  const documents: [string, string, string[]][] = [
    ['UWV', [
      'Werkinstructie controle WIA-uitkering',
      '',
      '1. Kader',
      'De WIA-uitkering wordt verstrekt op grond van de Wet werk en inkomen naar arbeidsvermogen. De uitkeringsgerechtigde is op grond van artikel 27 verplicht wijzigingen in zijn inkomen door te geven.',
      '',
      '2. Werkwijze',
      'Vergelijk bij elke heroverweging de uren in de polisadministratie met de uren die de klant zelf heeft opgegeven. Als de klant meer dan tien uur per week blijkt te werken, vraag dan naar de werkzaamheden en de naam van de opdrachtgever. De klant ontvangt van elke wijziging een schriftelijke beslissing.',
    ].join('\n'), [
      'Vergelijk bij elke heroverweging de uren in de polisadministratie met de uren die de klant zelf heeft opgegeven.',
      'Als de klant meer dan tien uur per week blijkt te werken, vraag dan naar de werkzaamheden en de naam van de opdrachtgever.',
    ]],
    ['Belastingdienst', [
      'Handleiding controle huurtoeslag',
      '',
      'De huurtoeslag is geregeld in de Wet op de huurtoeslag. Het kabinet wil dat huishoudens met een laag inkomen betaalbaar kunnen wonen.',
      'Bij een huur van meer dan 900 euro per maand wordt altijd het huurcontract opgevraagd. Een huurcontract zonder handtekening van de verhuurder is een aanwijzing dat het contract achteraf is opgesteld.',
      'Tegen de beschikking kan de aanvrager binnen zes weken bezwaar maken.',
    ].join('\n'), [
      'Bij een huur van meer dan 900 euro per maand wordt altijd het huurcontract opgevraagd.',
      'Een huurcontract zonder handtekening van de verhuurder is een aanwijzing dat het contract achteraf is opgesteld.',
    ]],
    ['gemeente', [
      'Protocol adrescontrole Basisregistratie Personen',
      '',
      'De gemeente houdt de Basisregistratie Personen bij op grond van de Wet BRP. Het college rapporteert jaarlijks aan de raad over de kwaliteit van de registratie.',
      '',
      'Signalen van een onjuiste inschrijving:',
      '• op het adres staan meer dan zes personen ingeschreven die geen familie zijn',
      '• de post van de bewoner wordt al maanden niet opgehaald',
      '',
      'Let op:',
      'vertel de verhuurder niet welke bewoner wordt onderzocht, omdat verhuurders soms zelf bij de fraude betrokken zijn.',
    ].join('\n'), [
      'op het adres staan meer dan zes personen ingeschreven die geen familie zijn',
      'de post van de bewoner wordt al maanden niet opgehaald',
      'vertel de verhuurder niet welke bewoner wordt onderzocht, omdat verhuurders soms zelf bij de fraude betrokken zijn.',
    ]],
    ['politie', [
      'Handreiking horen van getuigen',
      '',
      'De getuige is niet verplicht een verklaring af te leggen bij de politie, zoals het Wetboek van Strafvordering bepaalt.',
      'Laat de getuige eerst zonder onderbreking vertellen wat hij heeft gezien en stel pas daarna gerichte vragen.',
      '',
      'Mogelijke vragen:',
      '1. Waar stond u precies toen u het geluid hoorde?',
      '2. Wat had de persoon aan en welke kant liep hij op?',
      '3. Met wie heeft u er daarna over gesproken?',
    ].join('\n'), [
      'Laat de getuige eerst zonder onderbreking vertellen wat hij heeft gezien en stel pas daarna gerichte vragen.',
      'Waar stond u precies toen u het geluid hoorde?',
      'Wat had de persoon aan en welke kant liep hij op?',
      'Met wie heeft u er daarna over gesproken?',
    ]],
    ['inspectie', [
      'Inspectieprotocol hygiëne in de zorg',
      '',
      'De inspectie houdt toezicht op grond van de Wet kwaliteit, klachten en geschillen zorg. De inspectierapporten worden openbaar gemaakt op de website van de inspectie.',
      'Tip voor de inspecteur: controleer eerst de koelkast met medicijnen, voordat het personeel weet dat de inspectie in het gebouw is.',
      'De zorgaanbieder kan binnen twee weken een zienswijze geven op het conceptrapport.',
    ].join('\n'), [
      'Tip voor de inspecteur: controleer eerst de koelkast met medicijnen, voordat het personeel weet dat de inspectie in het gebouw is.',
    ]],
  ];

  it.each(documents)('%s: suggests exactly the guidance passages', (_org, text, expected) => {
    expect(found(text, 'guidance')).toEqual(expected);
  });
});

describe('policy text in an instruction stays readable', () => {
  // Each sentence stands in a casework document, between guidance, where the cues of an
  // instruction (a client, a condition, "moet", "altijd") are all around it.
  const policy = [
    'De uitkering wordt op grond van artikel 20 van de Werkloosheidswet verlaagd als de klant zijn verplichtingen niet nakomt.',
    'De minister heeft de Tweede Kamer toegezegd dat iedere klant na een controle een schriftelijk verslag ontvangt.',
    'Als de klant het niet eens is met het besluit, kan hij binnen zes weken bezwaar maken bij het UWV.',
    'Deze werkinstructie is vastgesteld door de directeur en treedt in werking op 1 januari 2024.',
    'De inspectie concludeert in haar rapport dat de klantmanagers te weinig tijd hebben voor huisbezoeken.',
    'Het doel van de controle is dat uitkeringen terechtkomen bij wie daar recht op heeft.',
    'Tegen het besluit van het college kan de belanghebbende beroep instellen bij de rechtbank.',
    'De klant wordt in de gelegenheid gesteld zijn zienswijze te geven voordat een besluit wordt genomen.',
  ];
  const guidance = 'Vraag de klant tijdens het huisbezoek door op de namen op de brievenbus en noteer letterlijk wat hij zegt.';
  it.each(policy)('%j', (sentence) => {
    const text = ['Werkinstructie huisbezoeken', '', guidance, sentence, 'Controleer daarna of de klant op de opgegeven dagen heeft gewerkt.'].join('\n');
    const texts = found(text, 'guidance');
    expect(texts).toContain(guidance);
    expect(texts.some((t) => t.includes(sentence.slice(0, 30)))).toBe(false);
  });

  it.each([
    'Onderzoek en verifieer daarbij ook de klachten die over de wethouder naar voren zijn gekomen.',
    'Ga na of het college de raad tijdig heeft geïnformeerd.',
  ])('leaves the items of a council decision alone: %j', (item) => {
    const text = ['Besluitenlijst van de gemeenteraad', '', 'De raad besluit unaniem de volgende onderzoeksopdracht vast te stellen:', `1. ${item}`].join('\n');
    expect(found(text, 'guidance')).toEqual([]);
  });

  it.each([
    'Zorg dat elke afbeelding op de website een tekstalternatief heeft.',
    'Controleer daarom de hele website op vergelijkbare problemen.',
    'Denk bijvoorbeeld aan een bezoek aan een speeltuin of een reis met het openbaar vervoer.',
    'Controleer of uw gegevens kloppen en geef wijzigingen binnen vier weken aan ons door.',
  ])('leaves instructions to the public, to developers and explanatory examples alone: %j', (sentence) => {
    expect(found(`Geachte mevrouw,\n\n${sentence}\n\nMet vriendelijke groet,`, 'guidance')).toEqual([]);
  });
});

describe('criteria and thresholds', () => {
  it.each([
    'Bij meer dan drie meldingen in een jaar wordt het dossier voorgelegd aan het team Handhaving.',
    'Indien de ondernemer meer dan 10.000 euro contant afrekent, dan wordt een boekenonderzoek ingepland.',
    'Als de bewoner de deur niet opent, moet de toezichthouder binnen een week een tweede onaangekondigd bezoek afleggen.',
    'Een klant die langer dan twee maanden geen pinbetalingen doet, komt in aanmerking voor een huisbezoek.',
  ])('suggests %j', (sentence) => {
    expect(found(`Werkinstructie handhaving\n\n${sentence}`, 'guidance')).toEqual([sentence]);
  });
});

describe('a sentence cut by a page break', () => {
  it('is judged whole and suggested on both pages, without the running header', () => {
    const page1 = ['Werkinstructie controle | Team Handhaving', '', 'De controle vindt plaats op grond van de Participatiewet.', 'Vraag de klant bij twijfel over de woonsituatie naar de namen van de'].join('\n');
    const page2 = ['Werkinstructie controle | Team Handhaving', '', 'buren en noteer letterlijk wat hij antwoordt.', 'De klant ontvangt een schriftelijke beslissing.'].join('\n');
    const g = run(page1, page2).suggestions.filter((s) => s.category === 'guidance');
    expect(g.map((s) => [s.page, s.text])).toEqual([
      [1, 'Vraag de klant bij twijfel over de woonsituatie naar de namen van de'],
      [2, 'buren en noteer letterlijk wat hij antwoordt.'],
    ]);
  });
});

describe('what an instruction names but does not instruct', () => {
  // Made-up names and numbers.
  const instruction = 'Vraag de klant tijdens het huisbezoek door op de namen op de brievenbus en noteer letterlijk wat hij zegt.';

  const check = 'Controleer of de klant op de opgegeven dagen heeft gewerkt en vergelijk de verklaring van de klant met de registratie.';
  it.each([
    ['Vragen over deze handreiking: Rosalie Brandsma-Okoye, tel. (030) 555 01 87, of', 'handhaving@voorbeeld.nl.'],
    ['Vragen over deze handreiking: Rosalie Brandsma-Okoye, e-mail r.brandsma@voorbeeld.nl.'],
  ])('leaves the document\'s contact line alone: %j', (...line) => {
    const texts = found(['Werkinstructie huisbezoeken', '', 'Werkwijze', instruction, check, '', ...line].join('\n'), 'guidance');
    expect(texts).toEqual([instruction, check]);
  });

  it('leaves the header and the indicators\' names of an indicator table alone, and takes the instruction in the cell beside them', () => {
    // The model reads the first column's cells, the header among them, as one block of lines.
    const page = toPageTexts([{ width: 595, height: 842, blocks: [
      { lines: [{ words: words('Handreiking signalering', 40, 40) }] },
      { lines: [{ words: words('Indicatoren', 40, 60) }] },
      { lines: [{ words: words('Indicator', 40, 90) }, { words: words('Tegenstrijdige', 40, 102) }, { words: words('verklaringen', 40, 114) }, { words: words('Afwijkende woonplaats', 40, 126) }] },
      { lines: [{ words: words('Werkwijze', 220, 90) }, { words: words('Vraag de klant door op de namen op', 220, 110) }, { words: words('de brievenbus en noteer wat hij zegt.', 220, 122) },
        { words: words('Controleer of de klant op het adres', 220, 150) }, { words: words('woont en vergelijk de registratie.', 220, 162) }] },
    ] }])[0]!;
    const texts = suggestDocument([page], { law: 'wob' }).suggestions.filter((s) => s.category === 'guidance').map((s) => s.text);
    expect(texts).toEqual(['Vraag de klant door op de namen op de brievenbus en noteer wat hij zegt.', 'Controleer of de klant op het adres woont en vergelijk de registratie.']);
  });
});

describe('instructions to contact a unit of one\'s own organisation, and checks of an identity or of registers', () => {
  // Made-up sentences of other domains than the corpora.
  it.each([
    'Indien de ondernemer geen kasboek kan tonen, dan neem contact op met het team Toezicht.',
    'Wanneer de klant twee keer niet op het spreekuur verschijnt, neem contact op met de teamleider.',
    'Let bij een nieuwe aanvraag op de identiteit van de ondertekenaar.',
    'Let bij een verhuizing op oude adressen in de administraties van de woningcorporatie.',
  ])('suggests %j', (sentence) => {
    expect(found(`Werkinstructie handhaving\n\nWerkwijze\n\n${sentence}`, 'guidance')).toEqual([sentence]);
  });

  it.each([
    'Heeft u vragen over uw aanvraag? Neem dan contact op met de gemeente.',
    'Neem gerust contact met ons op als uw situatie verandert.',
  ])('leaves an invitation to the public alone: %j', (sentence) => {
    expect(found(`Geachte heer Bakker,\n\nUw aanvraag is ontvangen.\n\n${sentence}\n\nMet vriendelijke groet,`, 'guidance')).toEqual([]);
  });
});
