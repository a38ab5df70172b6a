// Operational guidance, session 9 (issue #11, items 5 and 6): internal handling rules (an internal
// time limit, who passes what on to whom, holding a letter or payment meanwhile), a follow-up
// question with an instruction to record the answer, and the policy and public text around them
// that must stay readable (a contact line in a letter, a form of address in a table cell, the
// decision points of a note to a director, a rule for the public, a rule that names its published
// source, a term of the public process). Every text here is written for these tests (no corpus
// strings).
import { describe, expect, it } from 'vitest';
import { isLabel, splitSentences } from '../../../shared/detect/guidance/segment';
import { found } from './helpers';

const guidance = (text: string) => found(text, 'guidance').map((s) => s.replace(/\s+/g, ' '));

describe('internal handling rules', () => {
  const text = [
    'Werkinstructie meldingen parkeervergunningen',
    'Afdeling Burgerzaken · alleen voor medewerkers',
    '',
    'De parkeerverordening regelt wie een vergunning krijgt. Het college beslist binnen acht weken op een aanvraag.',
    '',
    'Afhandeling',
    'Intern geldt 36 uur: wie een vervalst huurcontract vermoedt, meldt het in die periode aan de fraudecoördinator en houdt de vergunning zolang aan.',
    'Notitie voor de baliemedewerker: wie een tweede aanvraag voor hetzelfde kenteken ziet, geeft beide zaken door aan de senior vergunningverlener en houdt de beschikking aan tot diens oordeel.',
    '',
    'Wie het niet eens is met een besluit, kan bezwaar maken bij het college.',
  ].join('\n');
  const got = guidance(text);

  it('suggests an internal time limit with the rule after its colon ("Intern geldt 36 uur: wie …, meldt … en houdt … aan")', () => {
    const hit = got.find((s) => s.includes('fraudecoördinator'));
    expect(hit).toBeDefined();
    expect(hit).toContain('Intern geldt 36 uur');
    expect(hit).toContain('houdt de vergunning zolang aan');
  });

  it('suggests a rule of conduct for whoever meets a case, passing it on and holding the decision ("wie …, geeft … door aan … en houdt … aan")', () => {
    expect(got.join(' ')).toContain('geeft beide zaken door aan de senior vergunningverlener');
  });

  it('leaves the public\'s right ("Wie …, kan bezwaar maken") and the statutory term readable', () => {
    expect(got.join(' ')).not.toContain('kan bezwaar maken');
    expect(got.join(' ')).not.toContain('beslist binnen acht weken');
  });
});

describe('a follow-up question with an instruction to record the answer', () => {
  const text = [
    'Beoordeling aanvraag tegemoetkoming schoolkosten',
    '',
    'Onderdeel Aanpak Punten',
    'Woonsituatie Extra vraag: "Bij wie woont uw dochter door de week?" Neem de reactie ongewijzigd over in het gespreksverslag en noteer wie het gesprek bijwoonden. 0-2',
    '',
    'Een aanvraag wordt toegekend bij een totaal van ten minste vier punten.',
  ].join('\n');
  const got = guidance(text);

  it('suggests the instruction after the quoted question (the closing quote belongs to the question, the imperative opens the next sentence)', () => {
    expect(got.join(' ')).toContain('Neem de reactie ongewijzigd over in het gespreksverslag');
  });

  it('suggests the quoted question too', () => {
    expect(got.join(' ')).toContain('Bij wie woont uw dochter door de week?');
  });
});

describe('policy and public text that stays readable', () => {
  it('leaves a letter\'s contact line to the public readable ("Heeft u vragen? Bel dan … via …")', () => {
    const text = [
      'Gemeente Voorbeeld',
      'Onderwerp: ontvangst van uw aanvraag',
      '',
      'Beste heer De Groot,',
      '',
      'Wij hebben uw aanvraag ontvangen. Om uw aanvraag te beoordelen hebben wij uw loonstroken nodig. Uw gegevens gebruiken wij alleen voor deze aanvraag.',
      '',
      'Heeft u vragen? Bel dan Marieke via 14 0987 en vraag naar het team Bijzondere Bijstand.',
      '',
      'Met vriendelijke groet,',
      'namens burgemeester en wethouders,',
    ].join('\n');
    expect(guidance(text)).toEqual([]);
  });

  it('leaves a party in a hearing\'s table readable ("mevrouw X, bijgestaan door …" is no imperative)', () => {
    const text = [
      'Verslag van de hoorzitting',
      '',
      'Voorzitter         mr. L. Bakker',
      'Secretaris         Joris van Dam',
      'Bezwaarmaker       mevrouw S. Yilmaz, bijgestaan door haar broer (telefoon 030 123 45 67)',
      'Namens het college meneer T. de Wit, jurist',
      '',
      'De bezwaarmaker licht toe dat de aanvrager de brief nooit heeft ontvangen. De aanvrager woonde toen bij een vriendin.',
      'De commissie brengt binnen vier weken advies uit aan het college.',
    ].join('\n');
    expect(guidance(text)).toEqual([]);
  });

  it('leaves the decision points of a note to a director readable ("Beslispunten: 1. Stem in met …")', () => {
    const text = [
      'Nota aan de directeur',
      'Onderwerp: extra capaciteit voor de controle van aanvragen',
      '',
      'Beslispunten',
      '1. Stem in met de inzet van drie extra controleurs tot 1 oktober.',
      '2. Neem kennis van de achterstand van 900 aanvragen.',
      '',
      'Toelichting',
      'De achterstand is in het afgelopen halfjaar met 20 procent gegroeid.',
    ].join('\n');
    expect(guidance(text)).toEqual([]);
  });

  it('leaves a rule for the public in general ("Een ondernemer die …, vraagt … aan") and a rule that names its source readable, while the instruction beside them is suggested', () => {
    const text = [
      'Werkwijze controle terrassen',
      'Intern werkdocument voor toezichthouders',
      '',
      'Aanpak',
      'Een ondernemer die zijn terras na 23.00 uur open wil houden, vraagt een ontheffing aan.',
      'Bij meer dan twintig stoelen op de stoep is een terrasvergunning nodig; dat staat in de terrasverordening.',
      'De toezichthouder legt zijn bevindingen vast in een rapport dat de ondernemer binnen drie weken ontvangt.',
      'Tel bij een controle na 23.00 uur het aantal bezette stoelen en fotografeer het terras vanaf de overkant.',
    ].join('\n');
    const got = guidance(text);
    expect(got.join(' ')).toContain('Tel bij een controle');
    expect(got.join(' ')).not.toContain('vraagt een ontheffing aan');
    expect(got.join(' ')).not.toContain('terrasverordening');
  });
});

describe('segmentation of an internal rule and a quoted question', () => {
  it('reads a short clause with a subject pronoun before a colon as a clause, not a label', () => {
    expect(isLabel('Wij rekenen intern 36 uur')).toBe(false);
    expect(isLabel('Tip voor de behandelaar')).toBe(true);
  });

  it('ends a quoted question after its closing quote, so the next sentence opens with its own first word', () => {
    const s = 'Extra vraag: "Waar sliep u vannacht?" Noteer het antwoord.';
    const parts = splitSentences(s).map(([a, b]) => s.slice(a, b).trim());
    expect(parts).toEqual(['Extra vraag: "Waar sliep u vannacht?"', 'Noteer het antwoord.']);
  });
});
