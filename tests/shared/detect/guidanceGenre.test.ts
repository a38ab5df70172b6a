// Operational guidance by class of document and of sentence (issue #11, items 5 and 6): a FAQ
// for staff gives away its method in the answers, not in the questions colleagues ask; a decision
// tree's column header and a sentence that cites the law stay readable; a checklist's boxes and
// scoring rules are read as a list of criteria; a letter to parliament and a FAQ for the public
// hold no internal guidance, however imperative their sentences. Every text here is written for
// these tests (no corpus strings).
import { describe, expect, it } from 'vitest';
import { found, run } from './helpers';

const guidance = (text: string) => found(text, 'guidance').map((s) => s.replace(/\s+/g, ' '));

describe('guidance in a FAQ for staff', () => {
  const text = [
    'Werkinstructie balie rijbewijzen',
    '',
    'De eisen voor een rijbewijs staan in de Wegenverkeerswet en in het Reglement rijbewijzen.',
    '',
    'Vragen van collega\'s',
    'Mag ik een rijbewijs aan de partner van de aanvrager meegeven?',
    'Antwoord: als de partner een machtiging met een kopie van het identiteitsbewijs heeft, leg de machtiging naast het origineel en kijk of de handtekeningen overeenkomen.',
    'Wanneer schakel ik de afdeling documentfraude in?',
    'Antwoord: als de aanvrager binnen een jaar twee keer verlies meldt, schuif de aanvraag door naar de afdeling documentfraude.',
    'Bezwaar en beroep lopen volgens hoofdstuk 6 van de Algemene wet bestuursrecht.',
  ].join('\n');
  const got = guidance(text);

  it('suggests the answers, also one that opens with a condition and goes on with the verb ("als …, schuif … door")', () => {
    expect(got.join(' ')).toContain('leg de machtiging naast het origineel');
    expect(got.join(' ')).toContain('schuif de aanvraag door naar de afdeling documentfraude');
  });

  it('leaves the questions colleagues ask readable ("Mag ik …?", "Wanneer schakel ik … in?")', () => {
    expect(got.join(' ')).not.toContain('Mag ik een rijbewijs');
    expect(got.join(' ')).not.toContain('Wanneer schakel ik');
  });

  it('leaves a sentence that cites the law readable under the staff heading ("Bezwaar en beroep lopen …" is no imperative)', () => {
    expect(got.join(' ')).not.toContain('Algemene wet bestuursrecht');
  });
});

describe('a decision tree set as a table', () => {
  const text = [
    'Beslisboom melding woonfraude',
    '',
    'Stap Vraag Vervolg',
    '1 Staat de melder in de basisregistratie op hetzelfde adres?',
    'Ja → ga naar stap 3; nee → vraag bij de verhuurder het huurcontract op.',
    '2 Is het adres eerder gemeld?',
    'Ja → plan binnen vijf werkdagen een huisbezoek; nee → registreer de melding en sluit de zaak.',
    '',
    'Vragen van collega\'s',
    'Wat doe ik als de verhuurder niet reageert?',
    'Antwoord: stuur na tien werkdagen een herinnering en plan dan het huisbezoek zonder zijn stukken.',
    'Bezwaar en beroep lopen volgens hoofdstuk 6 van de Algemene wet bestuursrecht.',
  ].join('\n');
  const got = guidance(text);

  it('suggests the branches that tell staff what to do', () => {
    expect(got.join(' ')).toContain('vraag bij de verhuurder het huurcontract op');
    expect(got.join(' ')).toContain('plan binnen vijf werkdagen een huisbezoek');
  });

  it('leaves the header row, the step questions under a "Vraag" column and the law readable', () => {
    expect(got.join(' ')).not.toContain('Stap Vraag Vervolg');
    expect(got.join(' ')).not.toContain('Staat de melder');
    expect(got.join(' ')).not.toContain('Algemene wet bestuursrecht');
  });
});

// These pass on main too (no staff heading above them there); they guard the law gate against a
// wider reading of staff headings.
describe('a sentence that cites the law', () => {
  it.each([
    ['two nouns and a plural verb, not an imperative', 'Bezwaar en beroep lopen volgens hoofdstuk 6 van de Algemene wet bestuursrecht.'],
    ['an instruction that only restates the article', 'Beoordeel de aanvraag aan de hand van artikel 12 van de Participatiewet.'],
  ])('stays readable in a section of instructions (%s)', (_why, sentence) => {
    const text = [
      'Werkwijze intake bijstand',
      '',
      'Werkwijze',
      'Vraag de klant naar de bankafschriften van de laatste drie maanden en controleer of er contante stortingen op staan.',
      sentence,
      'Noteer in het dossier wie er op het adres staan ingeschreven.',
    ].join('\n');
    const got = guidance(text);
    expect(got.join(' ')).toContain('contante stortingen');
    expect(got.join(' ')).not.toContain(sentence);
  });
});

describe('a checklist with boxes and scores', () => {
  const text = [
    'Checklist controle woonsituatie',
    '',
    'De bijstandsnorm hangt af van de woonsituatie, zo bepaalt de Participatiewet.',
    '',
    'Scoring',
    '[ ] Tel twee punten als er post van andere volwassenen op het adres ligt.',
    '[ ] Tel één punt als de klant geen huurcontract op eigen naam heeft.',
    '[x] Bij vier punten of meer: plan binnen vijf werkdagen een tweede bezoek.',
  ].join('\n');
  const got = guidance(text);

  it('suggests each line of the checklist, without its box', () => {
    expect(got).toContain('Tel twee punten als er post van andere volwassenen op het adres ligt.');
    expect(got).toContain('Tel één punt als de klant geen huurcontract op eigen naam heeft.');
    expect(got.join(' ')).toContain('plan binnen vijf werkdagen een tweede bezoek');
  });

  it('leaves the law above it readable', () => {
    expect(got.join(' ')).not.toContain('Participatiewet');
  });
});

describe('documents that hold no internal guidance', () => {
  it('suggests nothing in a letter to parliament, even where it says what staff must do', () => {
    const text = [
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      '',
      'Geachte voorzitter,',
      '',
      'Met deze brief informeer ik uw Kamer over de aanpak van fraude met kinderopvangtoeslag.',
      'Medewerkers moeten bij signalen van fraude altijd eerst contact opnemen met de aanvrager.',
      'Bij meer dan drie signalen wordt de aanvraag voorgelegd aan een tweede medewerker.',
      '',
      'Hoogachtend,',
      'de staatssecretaris',
    ].join('\n');
    expect(guidance(text)).toEqual([]);
  });

  it('still suggests the guidance of an internal instruction bound behind such a letter in the same file', () => {
    const letter = [
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      '',
      'Geachte voorzitter,',
      'Hierbij zend ik uw Kamer de werkinstructie over de controle van huurcontracten.',
      'Medewerkers moeten bij twijfel altijd eerst contact opnemen met de verhuurder.',
      '',
      'Hoogachtend,',
      'de Minister van Volkshuisvesting',
    ].join('\n');
    const instruction = [
      'Werkinstructie controle huurcontracten',
      '',
      'Werkwijze',
      'Vraag de huurder naar de laatste drie betalingsbewijzen en vergelijk het bedrag met het contract.',
      'Bij meer dan twee huurders op één adres plan je binnen tien werkdagen een huisbezoek.',
    ].join('\n');
    const got = run(letter, instruction).suggestions.filter((s) => s.category === 'guidance');
    expect(got.filter((s) => s.page === 1)).toEqual([]);
    expect(got.filter((s) => s.page === 2).map((s) => s.text.replace(/\s+/g, ' ')).join(' ')).toContain('vergelijk het bedrag met het contract');
  });

  it('suggests nothing in a FAQ for the public, whose answers tell the reader what to do', () => {
    const text = [
      'Veelgestelde vragen over de zorgtoeslag',
      '',
      'Wat moet ik doen als mijn inkomen stijgt?',
      'Geef de wijziging binnen vier weken door. Dan voorkomt u dat u uw toeslag moet terugbetalen.',
      'Wanneer controleert de dienst mijn gegevens?',
      'Na afloop van het jaar vergelijkt de dienst uw toeslag met uw inkomen.',
    ].join('\n');
    expect(guidance(text)).toEqual([]);
  });
});

describe('a working agreement in minutes', () => {
  it('suggests what the team agreed to do in its cases, not the news around it', () => {
    const text = [
      'Verslag werkoverleg team inkomen',
      '',
      'Mededelingen',
      'De nieuwe beleidsregels zijn op 1 maart in werking getreden en gepubliceerd in het gemeenteblad.',
      '',
      'Werkafspraken',
      'Afgesproken wordt dat aanvragen met inkomen uit het buitenland altijd door twee consulenten worden beoordeeld.',
    ].join('\n');
    const got = guidance(text);
    expect(got.join(' ')).toContain('door twee consulenten worden beoordeeld');
    expect(got.join(' ')).not.toContain('gemeenteblad');
  });
});

describe('a chat export', () => {
  it('judges the message after the timestamp and sender, and leaves those readable', () => {
    const text = [
      '03-06-25, 07:55 - Coördinator: Goedemorgen, vandaag de controles bij de kermis',
      '03-06-25, 07:58 - Toezichthouder: Ik begin bij de ingang',
      '03-06-25, 08:02 - Coördinator: Let op bij de attracties: kijk of het keuringsbewijs hoort bij het serienummer op de machine, daar wordt vaak mee gesjoemeld.',
      '03-06-25, 08:04 - Toezichthouder: Prima, tot straks',
    ].join('\n');
    const got = guidance(text);
    expect(got.join(' ')).toContain('kijk of het keuringsbewijs hoort bij het serienummer');
    expect(got.join(' ')).not.toContain('08:02');
    expect(got.join(' ')).not.toContain('tot straks');
  });
});

describe('a rule of the method in the third person', () => {
  it('suggests a threshold for "één cliënt" (the stressed article) and keeps the right of appeal after the list', () => {
    const text = [
      'Handboek toezicht dagbesteding',
      '',
      'Werkwijze',
      'Declaraties van meer dan 30 uur per week voor één cliënt worden altijd naast de presentielijsten gelegd.',
      '',
      'Signalen',
      '- dezelfde begeleider staat op twee locaties tegelijk ingeroosterd;',
      '- de aanbieder wil alleen telefonisch contact.',
      'Een cliënt die het niet eens is met een besluit kan bezwaar maken bij het college.',
    ].join('\n');
    const got = guidance(text);
    expect(got.join(' ')).toContain('voor één cliënt worden altijd naast de presentielijsten gelegd');
    expect(got.join(' ')).not.toContain('bezwaar maken');
  });
});
