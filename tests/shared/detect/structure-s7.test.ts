import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { found, keptTexts } from './helpers';
import { extractText } from '../../../shared/pdf';
import { suggestDocument } from '../../../shared/detect';
import { FIXTURES } from '../../helpers/paths';
import { isFirstName, isSyllabicGivenName } from '../../../shared/detect/lexicon';

// Issue #11, by class (session 7): East Asian, Filipino and Latin American names; general numbers
// and mailboxes that stay. Every name, number and address here was made up for these tests.
describe('East Asian given names of two syllables joined by a hyphen', () => {
  it('reads a hyphenated given name of two romanised syllables as a given name, second syllable in either case', () => {
    expect(isSyllabicGivenName('Ha-neul')).toBe(true);
    expect(isSyllabicGivenName('Tae-Yang')).toBe(true);
    expect(isFirstName('Ha-neul')).toBe(true);
  });

  it('does not take Dutch or English hyphenated compounds for given names', () => {
    for (const w of ['Pop-up', 'Sit-in', 'Ex-lid', 'Oud-lid', 'Co-op', 'Lay-out', 'Noord-Holland', 'Oud-wethouder']) expect(isSyllabicGivenName(w), w).toBe(false);
  });

  it('finds a Korean name written given name first, in a header, in running text and in a signature', () => {
    const text = 'Van: Ha-neul Seong <h.seong@minbzk.nl>\nAan: Joris Kalkman\nOnderwerp: cijfers\n\nBeste Joris,\n\nIk heb met Tae-yang Hur gesproken. Tae-yang gaf aan dat het klopt.\n\nMet vriendelijke groet,\n\nHa-neul Seong\nBeleidsmedewerker';
    const names = found(text, 'name');
    expect(names).toContain('Ha-neul Seong');
    expect(names).toContain('Tae-yang Hur');
    expect(names).toContain('Tae-yang');
  });

  it('finds a given name of two syllables alone after an action label and in minutes', () => {
    const text = 'Verslag teamoverleg\n\n1. Planning\nDe achterstand loopt terug.\nActie: Su-bin\n\nSu-bin meldt dat de cijfers kloppen.';
    expect(found(text, 'name')).toContain('Su-bin');
  });
});

describe('East Asian names written family name first', () => {
  it('reads the short family name before a syllabic given name as part of the name, also where it is an English word', () => {
    expect(found('Zie ook Moon Ga-eun (adviseur).', 'name')).toEqual(['Moon Ga-eun']);
    expect(found('Ik heb met Jeon Soo-ah gesproken over de planning.', 'name')).toEqual(['Jeon Soo-ah']);
  });

  it('does not take a greeting before the given name for a family name', () => {
    expect(found('Beste Soo-ah,\n\nDank voor je bericht.', 'name')).toEqual(['Soo-ah']);
  });
});

describe('Filipino names with dela, delos and de los', () => {
  it('reads dela and delos as particles of the surname, in either case', () => {
    const text = 'Behandeld door: Rhea Mae dela Torre\nDatum: 3 maart 2025\n\nMet vriendelijke groet,\n\nRhea Mae dela Torre\nAdviseur\n\nAanwezig: Edwin Delos Angeles, Corazon Lualhati';
    const names = found(text, 'name');
    expect(names).toContain('Rhea Mae dela Torre');
    expect(names).toContain('Edwin Delos Angeles');
  });

  it('ends a name of two given names and a surname at its line: the function below is no part of it', () => {
    expect(found('Met vriendelijke groet,\n\nMaria Luisa Santos\nTeamleider Burgerzaken', 'name')).toEqual(['Maria Luisa Santos']);
  });
});

describe('general numbers and mailboxes that stay', () => {
  it('keeps a desk\'s number with its opening hours beside it, and says why', () => {
    const text = 'Contact\n\nHelpdesk Vergunningen\nbereikbaar ma-vr 8.30-16.30\n030 246 81 00\n\nZie de website voor meer informatie.';
    expect(found(text, 'phone')).toEqual([]);
    expect(keptTexts(text, 'phone')).toEqual(['030 246 81 00']);
  });

  it('keeps a number the sentence gives as a service\'s, even when a handler is named in the letter\'s header', () => {
    const text = 'Behandeld door: Ingrid Veldkamp\nDoorkiesnummer: 050 367 12 98\n\nGeachte heer Bosma,\n\nVoor vragen kunt u contact opnemen met het secretariaat, telefonisch via 050 367 00 00.\n\nMet vriendelijke groet,';
    expect(found(text, 'phone')).toEqual(['050 367 12 98']);
    expect(keptTexts(text, 'phone')).toEqual(['050 367 00 00']);
  });

  it('still suggests a person\'s own number when opening hours stand beside it', () => {
    expect(found('Ik ben bereikbaar ma-do 9.00-17.00 op 050 367 12 98.', 'phone')).toEqual(['050 367 12 98']);
    expect(found('Met vriendelijke groet,\n\nIngrid Veldkamp\nAdviseur\nT 050 367 12 98\nbereikbaar ma-vr 9.00-15.00', 'phone')).toEqual(['050 367 12 98']);
  });

  it('keeps a published mailbox of a role word and a department, given to the reader', () => {
    const text = 'Heeft u vragen? Neem dan contact op via secretariaat.omgeving@heuvelrug.nl of bel ons.';
    expect(found(text, 'email')).toEqual([]);
    expect(keptTexts(text, 'email')).toEqual(['secretariaat.omgeving']);
  });

  it('keeps the mailbox for Woo requests printed under a label, and still suggests a person\'s address beside it', () => {
    const text = 'Woo-verzoeken: woo@ministerie-voorbeeld.nl\nAuteur: i.veldkamp@ministerie-voorbeeld.nl';
    expect(keptTexts(text, 'email')).toEqual(['woo']);
    expect(found(text, 'email')).toEqual(['i.veldkamp']);
  });

  it('still suggests a team mailbox that a colleague is pointed to (internal, 10.2.g)', () => {
    expect(found('Voor vragen kun je terecht bij secretariaat.omgeving@heuvelrug.nl.', 'email')).toEqual(['secretariaat.omgeving']);
  });

  it('does not keep a role word joined to a person\'s name in the local part', () => {
    expect(found('Voor vragen kunt u mailen naar secretariaat.ingrid@heuvelrug.nl.', 'email')).toEqual(['secretariaat.ingrid']);
  });
});

describe('text-model artefacts', () => {
  it('reads a name that the text model glued to the label before it (no space, no colon)', () => {
    expect(found('ContactpersoonMarit Zwanenburg\nTelefoon 06-24681357', 'name')).toEqual(['Marit Zwanenburg']);
    expect(found('BehandelaarJi-hoon Seong\nDatum 4 maart 2025', 'name')).toEqual(['Ji-hoon Seong']);
  });

  it('does not read ordinary words glued to a label as a name', () => {
    expect(found('NaamOverheid Nederland\nMedewerkerPublieksZaken', 'name')).toEqual([]);
  });

  it('reads a name in capitals (small capitals) where a person stands, and leaves headings in capitals alone', () => {
    expect(found('Met vriendelijke groet,\n\nMARIT ZWANENBURG\nBeleidsmedewerker', 'name')).toEqual(['MARIT ZWANENBURG']);
    expect(found('Contactpersoon: JI-HOON SEONG', 'name')).toEqual(['JI-HOON SEONG']);
    expect(found('BESLUIT OP HET BEZWAAR VAN DE AANVRAGER\n\nDe IND en het COA hebben het verzoek behandeld.', 'name')).toEqual([]);
  });

  it('finds the name in small capitals in LibreOffice output', async () => {
    const { pages } = await extractText(new Uint8Array(readFileSync(path.join(FIXTURES, 'artefacts', 'soffice-artefacts.pdf'))));
    const names = suggestDocument(pages, { law: 'wob' }).suggestions.filter((s) => s.category === 'name').map((s) => s.text);
    expect(names).toContain('JAN BAKKER');
  });
});

describe('mailboxes in a letterhead or footer line', () => {
  it('keeps a function\'s mailbox on the line of the organisation\'s postal address, and still suggests a person\'s', () => {
    const text = 'Gemeente Heuvelrug | Postbus 200 | 3940 AE Doorn | secretariaat.wonen@heuvelrug.nl\n\nBehandelaar: m.zwanenburg@heuvelrug.nl';
    expect(keptTexts(text, 'email')).toEqual(['secretariaat.wonen']);
    expect(found(text, 'email')).toEqual(['m.zwanenburg']);
  });

  it('still suggests a team mailbox in a message\'s header field', () => {
    expect(found('Van: Marit Zwanenburg\nCC: secretariaat.wonen@heuvelrug.nl; www.heuvelrug.nl\nOnderwerp: planning', 'email')).toEqual(['secretariaat.wonen']);
  });
});
