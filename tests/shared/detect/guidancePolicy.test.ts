// Operational guidance, session 10 (issue #11, item 5): precision against policy text. Published
// genres (a proposal or information letter to the council, a press release, an explanatory
// memorandum, answers to a member's written questions), reports whose recommendations are worded
// as imperatives, text for the public ("Meld u aan", a rule for the public, a tip question in a
// newsletter) stay readable; guidance of other kinds (a handbook addressed to "je", an escalation
// scheme, screening criteria, a template's instructions, a call script) is suggested; and a passage
// ends where policy text begins. Every text here is written for these tests (no corpus strings).
import { describe, expect, it } from 'vitest';
import { documentFeatures, publishedGenres } from '../../../shared/detect/guidance/features';
import { found } from './helpers';

const guidance = (...lines: string[]) => found(lines.join('\n'), 'guidance').map((s) => s.replace(/\s+/g, ' '));

describe('policy text of each kind stays unsuggested', () => {
  it('a proposal to the council: its aims, arguments and the rules it proposes', () => {
    expect(guidance(
      'Raadsvoorstel',
      'Onderwerp: Nieuwe regels voor de leerlingenvervoervergoeding',
      '',
      'Argumenten',
      'Ouders van een leerling die meer dan zes kilometer van school woont, krijgen een vergoeding. Vraag bij twijfel over de afstand een routeberekening op en leg die voor aan de consulent.',
      'Het college wil de regeling eenvoudiger maken, zodat minder ouders bezwaar maken.',
    )).toEqual([]);
  });

  it('an information letter to the council, a press release and an explanatory memorandum', () => {
    expect(guidance(
      'Aan de leden van de gemeenteraad',
      '',
      'Geachte raadsleden,',
      'Medewerkers van het team Handhaving bezoeken een adres als er meer dan vier volwassenen zonder familieband staan ingeschreven. Zij vragen de bewoners dan naar hun huurcontract.',
    )).toEqual([]);
    expect(guidance(
      'Persbericht',
      'Provincie controleert strenger op mestfraude',
      'Inspecteurs vergelijken vanaf maart de opgegeven mestafvoer met de satellietbeelden van het perceel. Bij een verschil van meer dan twintig procent volgt een bedrijfsbezoek.',
    )).toEqual([]);
    expect(guidance(
      'Memorie van toelichting',
      '',
      'Het voorgestelde artikel regelt dat de toezichthouder bij een vermoeden van misbruik de betrokkene kan horen. Controleer daartoe de administratie van de onderneming, zo schrijft het voorstel voor.',
    )).toEqual([]);
  });

  it('answers to a member\'s written questions are a letter to parliament, whatever the criteria they name', () => {
    const text = 'Antwoorden op vragen van het lid Wijnbergen over controles bij de huurtoeslag\n\nVraag 2\nWelke signalen gebruikt de dienst?\n\nAntwoord 2\nEen aanvraag wordt nader bekeken als het opgegeven inkomen meer dan dertig procent afwijkt van de gegevens van de werkgever.';
    expect(publishedGenres(text).has('doc:parliament')).toBe(true);
    expect(guidance(text)).toEqual([]);
  });

  it('the recommendations of an evaluation report, imperative as they are worded', () => {
    expect(guidance(
      'Evaluatie van de aanpak van huurachterstanden',
      '',
      'Samenvatting',
      'De evaluatie laat zien dat huisbezoeken binnen twee weken vaker tot een betalingsregeling leidden dan brieven.',
      '',
      'Bevindingen',
      'In vier op de tien dossiers ontbrak een verslag van het eerste contact met de huurder.',
      '',
      'Aanbevelingen',
      '1. Leg de werkwijze voor het eerste contact vast in een werkinstructie voordat de aanpak overal wordt ingevoerd.',
      '2. Registreer het eerste contact in alle gevallen, zodat de resultaten in een volgende evaluatie kunnen worden gemeten.',
    )).toEqual([]);
  });

  it('text for the public: an imperative with the reader after the verb, a rule for the public, a tip question in a newsletter', () => {
    const got = guidance(
      'Nieuwsbrief voor inwoners',
      '',
      'Uw aanvraag voor de energietoeslag',
      'U kunt de toeslag aanvragen als uw inkomen laag is. Uw gegevens worden zorgvuldig bewaard. Neem uw identiteitsbewijs mee naar de balie. Meld u dan aan voor het spreekuur.',
      'Een inwoner die verhuist, moet dat binnen vijf dagen melden.',
      '',
      'Tip: laat uw huis niet leeg',
      'Gaat u op vakantie?',
    );
    expect(got).toEqual([]);
  });
});

describe('guidance of each kind is suggested', () => {
  it('a handbook chapter addressed to "je", with a threshold and an internal norm', () => {
    const got = guidance(
      'Handboek invordering, hoofdstuk 4',
      'Alleen voor intern gebruik',
      '',
      'Een regeling voorstellen',
      'Bij een vordering onder de 900 euro stel je een regeling van maximaal tien maanden voor, zonder onderzoek naar de draagkracht.',
      'Intern hanteren we dat je een verzoek om kwijtschelding pas in behandeling neemt als de laatste betaling minder dan drie maanden oud is.',
    ).join(' ');
    expect(got).toContain('stel je een regeling van maximaal tien maanden voor');
    expect(got).toContain('verzoek om kwijtschelding pas in behandeling neemt');
  });

  it('an escalation scheme and screening criteria in a list', () => {
    const got = guidance(
      'Escalatieschema telefonische dreiging',
      'Klantcontactcentrum, voor medewerkers',
      '',
      'Niveau 2: intimideren of herhaald bellen',
      '- Waarschuw de klant dat het gesprek wordt beëindigd als het gedrag doorgaat, en doe dat ook.',
      '- Schakel je teamleider direct in als de beller al eerder is gemeld.',
      '',
      'Criteria voor nadere screening',
      '- Leg een aanvraag met twee of meer treffers voor aan het team Fraudebestrijding voordat je een beschikking opstelt.',
    ).join(' ');
    expect(got).toContain('Waarschuw de klant');
    expect(got).toContain('Schakel je teamleider direct in');
    expect(got).toContain('Leg een aanvraag met twee of meer treffers voor');
  });

  it('the instructions in a template for a report of a home visit', () => {
    const got = guidance(
      'Sjabloon rapportage controlebezoek',
      'Met instructies voor de opsteller',
      '',
      '3. Waarnemingen',
      'Instructie: beschrijf per ruimte wat je zag, zonder conclusies; tel jassen en schoenen als er twijfel is over het aantal bewoners.',
    ).join(' ');
    expect(got).toContain('tel jassen en schoenen');
  });
});

describe('a passage ends where policy text begins', () => {
  it('cuts a policy clause after a semicolon off an instruction', () => {
    const got = guidance(
      'Werkinstructie intake bijstand',
      'Team Inkomen, alleen voor medewerkers',
      '',
      'Het gesprek',
      'Vraag de klant naar inkomsten uit klussen en noteer wat hij zegt; de inlichtingenplicht staat in artikel 17 van de Participatiewet.',
    );
    expect(got.join(' ')).toContain('Vraag de klant naar inkomsten uit klussen');
    expect(got.join(' ')).not.toContain('artikel 17');
  });

  it('cuts a law sentence off a list item that runs on without a full stop', () => {
    const got = guidance(
      'Werkinstructie adrescontrole',
      'Voor de medewerkers van team Adreskwaliteit',
      '',
      'Let bij het bezoek op:',
      '- Vergelijk de namen op de brievenbus met de inschrijvingen in de BRP. Dit volgt uit artikel 2.21 van de Wet BRP',
      '- Tel de matrassen als er twijfel is over het aantal bewoners',
    );
    expect(got.join(' ')).toContain('Vergelijk de namen op de brievenbus');
    expect(got.join(' ')).not.toContain('artikel 2.21');
  });
});

describe('document kinds (features of the whole document)', () => {
  it('tells a report by its section headings and an instruction by its title', () => {
    expect(documentFeatures('Rapport\n\nSamenvatting\nTekst.\n\nBevindingen\nTekst.\n\nAanbevelingen\nTekst.').has('doc:report')).toBe(true);
    expect(documentFeatures('Werkkaart 3: adresonderzoek\nTekst.').has('doc:instruction')).toBe(true);
    expect(documentFeatures('Werkkaart 3: adresonderzoek\nTekst.').has('doc:report')).toBe(false);
  });
});
