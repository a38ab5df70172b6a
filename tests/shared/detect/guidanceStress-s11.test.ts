// Operational guidance, session 11 (issue #11, item 5): the classes the guidance stress set
// (assets/guidance/stress/) showed missing on unseen templates. An instruction whose verb stem ends
// in -en or -ig ("Bereken", "Wijzig") or is short ("kom"), an indicator stated as "wijst erop
// dat" or as a kind of case that "verdient extra aandacht", and a threshold whose consequence is a
// handling step in the passive ("Vanaf vijf meldingen … wordt het adres op de controlelijst
// gezet", "Wijkt … meer dan …, dan wordt … opnieuw geteld") are guidance; an agreement laid down in
// a covenant or policy plan is the published source's rule and stays readable, also under a
// heading about indicators. Layout and genre: a table cell that describes a case with a relative
// clause ("Ouders die afspraken steeds afzeggen") is a cell under its column header, not a heading;
// "Neem contact op met de jeugdagent" tells staff whom to involve; a document titled as questions
// for an interview or as being for handhavers or controleurs is an instruction; policy rules by
// their title ("Beleidsregels …", "Verordening …") and a rule that sets what the public gets ("dan
// bedraagt de tegemoetkoming …", "wordt de toeslag gehalveerd") are published rules. Every text
// here is written for these tests (no corpus strings).
import { describe, expect, it } from 'vitest';
import { documentFeatures, isImperative } from '../../../shared/detect/guidance/features';
import { segmentView } from '../../../shared/detect/guidance/segment';
import { columnView } from '../../../shared/detect/columns';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';
import { found } from './helpers';

const guidance = (...lines: string[]) => found(lines.join('\n'), 'guidance').map((s) => s.replace(/\s+/g, ' '));

describe('imperatives of every verb stem', () => {
  it('reads stems in -en and -ig, and the short "kom", as imperatives; nouns and adjectives stay nouns', () => {
    for (const verb of ['Bereken', 'Reken', 'Wijzig', 'Beëindig', 'Verwittig', 'Onderteken', 'Kom']) expect(isImperative(verb, 'de'), verb).toBe(true);
    for (const word of ['Open', 'Teken', 'Regen', 'Eigen', 'Binnen', 'Tegen', 'Heden', 'Zuinig', 'Volgen', 'Keten']) expect(isImperative(word, 'de'), word).toBe(false);
  });

  it('suggests a hint that opens with such a verb after its label, and an instruction opening with "Bereken"', () => {
    const out = guidance(
      'Werkinstructie bijzondere bijstand',
      '',
      'Tip: kom niet op de vaste spreekuurdag maar een dag eerder langs; de aanvrager is dan vaak nog niet voorbereid.',
      '',
      'Bereken het gemiddelde inkomen van de aanvrager over de laatste drie maanden.',
      '',
      'De Verordening bijzondere bijstand 2026 regelt welke kosten worden vergoed.',
    );
    expect(out.some((s) => s.includes('kom niet op de vaste spreekuurdag'))).toBe(true);
    expect(out.some((s) => s.startsWith('Bereken het gemiddelde inkomen'))).toBe(true);
    expect(out.join(' ')).not.toContain('Verordening');
  });
});

describe('indicators stated without the word "indicator"', () => {
  it('"wijst erop dat" and a kind of case that "verdient extra aandacht" are indicators', () => {
    const out = guidance(
      'Handboek toezicht bodemsanering',
      'Hoofdstuk 2. Het bezoek aan de locatie',
      '',
      'Vers zand over een verder begroeide strook wijst erop dat er kort voor het bezoek grond is afgevoerd.',
      'Een aannemer die zijn stortbonnen steeds pas na afloop van het werk aanlevert, verdient extra aandacht bij de administratieve controle.',
      'De Wet bodembescherming bevat de regels voor het saneren van verontreinigde grond.',
    );
    expect(out.some((s) => s.includes('wijst erop dat'))).toBe(true);
    expect(out.some((s) => s.includes('verdient extra aandacht'))).toBe(true);
    expect(out.join(' ')).not.toContain('Wet bodembescherming');
  });

  it('a policy sentence that only says something "verdient aandacht" stays readable', () => {
    expect(guidance(
      'Jaarverslag 2026',
      '',
      'De bereikbaarheid van het loket verdient extra aandacht in het komende jaar.',
    )).toEqual([]);
  });
});

describe('thresholds whose consequence is a handling step in the passive', () => {
  it('"Vanaf <aantal> …, wordt …" and "Wijkt … meer dan …, dan wordt … opnieuw …" are criteria', () => {
    const out = guidance(
      'Werkinstructie meldingen illegale kamerverhuur',
      'Voor de toezichthouders van team Wonen.',
      '',
      'Vanaf vijf meldingen over hetzelfde pand binnen een half jaar wordt het adres op de controlelijst gezet.',
      'Wijkt het aantal getelde bedden meer dan twee af van de opgave van de eigenaar, dan wordt het pand binnen een maand opnieuw geteld.',
    );
    expect(out.some((s) => s.startsWith('Vanaf vijf meldingen'))).toBe(true);
    expect(out.some((s) => s.startsWith('Wijkt het aantal getelde bedden'))).toBe(true);
  });

  it('"Vanaf" with a date or a year opens no condition', () => {
    expect(guidance(
      'Nieuwsbrief voor ondernemers',
      '',
      'Vanaf 1 maart 2027 wordt de vergunning voor terrassen digitaal uitgereikt.',
      'Vanaf 2027 wordt de precariobelasting niet meer geheven.',
    )).toEqual([]);
  });
});

describe('an agreement laid down in a covenant or policy plan stays readable', () => {
  it('also under a heading about indicators, while the indicator below it is suggested', () => {
    const out = guidance(
      'Risico-indicatoren arbeidsuitbuiting in de tuinbouw',
      '',
      'Notitie voor de controleurs van de deelnemende diensten.',
      '',
      'In het regionale convenant Eerlijk Werk 2026 hebben de provincie en de gemeenten afgesproken signalen van uitbuiting en fraude met elkaar te delen.',
      'Een werkgever die het loon van al zijn seizoenskrachten contant uitbetaalt, verdient extra aandacht bij de looncontrole.',
    );
    expect(out.join(' ')).not.toContain('convenant');
    expect(out.some((s) => s.includes('seizoenskrachten'))).toBe(true);
  });
});

describe('table cells and the genres of unseen templates', () => {
  it('a cell that describes a case with a relative clause is a signal under its column header, not a heading', () => {
    const out = guidance(
      'Signalenlijst voor baliemedewerkers',
      '',
      'Signaal',
      '',
      'Bezoekers die steeds een andere naam opgeven voor dezelfde aanvraag',
      '',
      'Aanvragers die alleen contant willen betalen en geen rekeningnummer hebben',
      '',
      'De Wet op de identificatieplicht regelt wanneer iemand zich moet legitimeren.',
    );
    expect(out.some((s) => s.includes('Aanvragers die alleen contant'))).toBe(true);
    expect(out.join(' ')).not.toContain('identificatieplicht');
  });

  it('a heading with a relative clause of two words stays a heading', () => {
    const units = segmentView(columnView(pageTextFromString('Zaken die spoed hebben\nBel de aanvrager dezelfde dag nog terug.', 1)));
    expect(units[0]!.kind).toBe('heading');
  });

  it('"Neem contact op met de jeugdagent" is an instruction to staff, "met ons" stays the public\'s', () => {
    const out = guidance(
      'Werkinstructie zorgmeldingen jeugd',
      'Voor de casemanagers van het wijkteam.',
      '',
      'Neem contact op met de jeugdagent en vraag of de jongere bekend is.',
    );
    expect(out.some((s) => s.includes('contact op met de jeugdagent'))).toBe(true);
    expect(guidance(
      'Hulp bij opvoeden',
      '',
      'Heeft u zorgen over uw kind? Neem contact op met ons via het formulier op uw persoonlijke pagina.',
    )).toEqual([]);
  });

  it('a document titled as questions for an interview, or for handhavers, is an instruction', () => {
    expect(documentFeatures('Vragen voor het gesprek bij vermoeden van onderhuur\n\nBij welke bakker haalt u uw brood?').has('doc:instruction')).toBe(true);
    expect(documentFeatures('Werkkaart parkeren\nVoor de handhavers van de binnenstad\n').has('doc:instruction')).toBe(true);
    expect(documentFeatures('Signalenlijst\nVoor wijkteammedewerkers\n').has('doc:instruction')).toBe(true);
  });

  it('policy rules by their title, and a rule that sets what the public gets, stay readable', () => {
    expect(documentFeatures('Beleidsregels bijzondere bijstand 2027\n\nHoogte').has('doc:regulation')).toBe(true);
    expect(documentFeatures('Subsidieregeling buurtinitiatieven\n').has('doc:regulation')).toBe(true);
    expect(documentFeatures('Werkinstructie bij de Beleidsregels bijzondere bijstand\n').has('doc:regulation')).toBe(false);
    expect(guidance(
      'Beleidsregels individuele studietoeslag 2027',
      '',
      'Hoogte',
      'Indien de aanvrager jonger is dan 21 jaar, dan bedraagt de studietoeslag € 150 per maand.',
    )).toEqual([]);
    expect(guidance(
      'Toelichting vergoeding reiskosten',
      '',
      'Bij een reisafstand van meer dan 40 kilometer wordt de vergoeding gehalveerd.',
    )).toEqual([]);
  });
});
