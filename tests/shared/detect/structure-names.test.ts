import { describe, expect, it } from 'vitest';
import { suggestDossier } from '../../../shared/detect';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';
import { found } from './helpers';

// Issue #11, second round: names whose parts are in no lexicon (Eritrean, Surinamese Creole,
// Moluccan, Cape Verdean, Somali, Tamil, Papiamento …) recognised by where they stand and what is
// said around them. Every name and every layout here was made up for these tests.
describe('names in no lexicon, found by their place in the layout', () => {
  const cases: [string, string[]][] = [
    // e-mail header fields, display names surname-first without initials, "Kopie" instead of CC
    ['Van: Gebrehiwet, Senait\nDatum: dinsdag 4 maart 2025 09:12\nAan: Tewelde, Yonas; Kwaku, Esi\nKopie: Wanjiru, Nyokabi\nOnderwerp: planning', ['Gebrehiwet, Senait', 'Tewelde, Yonas', 'Kwaku, Esi', 'Wanjiru, Nyokabi']],
    ['Kopie aan: Sumter, Rignaldo <r.sumter@voorbeeld-gemeente.nl>\nOnderwerp: stukken', ['Sumter, Rignaldo']],
    // a first name alone as the sign-off, below a short greeting
    ['Dank voor het meedenken.\n\nGroet,\nMerhawit', ['Merhawit']],
    ['Tot morgen!\n\nGr.\nDjaimy', ['Djaimy']],
    // greetings to one or two persons
    ['Hoi Yordanos,\n\nKun je dit bekijken?', ['Yordanos']],
    ['Dag Tsegay en Rignaldo,\n\nHierbij de cijfers.', ['Tsegay', 'Rignaldo']],
    // a report's label table: the value in the next cell, read on the next line
    ['Onderzoeker:\nAbrehet Kidane\nConsultant:\nJurgen Wattimury', ['Abrehet Kidane', 'Jurgen Wattimury']],
    // minutes: attendance with roles, absent with notice, actions in parentheses
    ['Aanwezig: Filmon Haile (voorzitter), Ruth Pattiasina (notulist), Orlando Doran\nAfwezig met bericht: Nyokabi Wanjiru', ['Filmon Haile', 'Ruth Pattiasina', 'Orlando Doran', 'Nyokabi Wanjiru']],
    ['3. De cijfers worden opnieuw bekeken (actie: Tesfalem).', ['Tesfalem']],
    // a speaker in running text
    ['2. Merhawit gaf aan dat de termijn te kort is.', ['Merhawit']],
    ['Volgens de planning licht Rignaldo Sumter het voorstel toe.', ['Rignaldo Sumter']],
    // a table column of contact persons written surname-first, and a substitutes' column of first names
    ['Rol\nCoördinator\nContactpersoon\nTewelde, Yonas\nWattimury, Jurgen\nVervanger\nSenait\nAbrehet', ['Tewelde, Yonas', 'Wattimury, Jurgen', 'Senait', 'Abrehet']],
    // "with the cooperation of", initials included
    ['Met medewerking van Filmon Haile en Ruth Pattiasina.', ['Filmon Haile', 'Ruth Pattiasina']],
    ['Met medewerking van Tjitske Abena en K. ter Wolbrink.\nInleiding', ['Tjitske Abena', 'K. ter Wolbrink']],
    // a contact table read cell by cell: surname-first names, one a line, some after the role cell
    ['Bereikbaarheid\nRol\nBeheer\n\nKidane-Marsman, Yordanos\n\nToezicht Wattilete, Jurgen\n\nVan Heumen, Saskia\n\nOp ten Velde, Rignaldo',
      ['Kidane-Marsman, Yordanos', 'Wattilete, Jurgen', 'Van Heumen, Saskia', 'Op ten Velde, Rignaldo']],
    // an attendance list that wraps over lines, roles and units in parentheses (with "en" inside)
    ['Aanwezig: Filmon Haile (voorzitter), Tsegay Berhane (Afdeling Beleid en Advies), Nyokabi Wanjiru\n(notulist), Orlando Doran (Unit Bijzondere\nZaken), Abrehet Kidane\n\nAgenda',
      ['Filmon Haile', 'Tsegay Berhane', 'Nyokabi Wanjiru', 'Orlando Doran', 'Abrehet Kidane']],
    // two words of no dictionary after "door"
    ['De analyse is gedaan door Sutinah Kromowidjojo.', ['Sutinah Kromowidjojo']],
  ];
  it.each(cases)('finds the names in %j', (text, expected) => {
    expect(found(text, 'name')).toEqual(expected);
  });

  it.each([
    'Groet,\nTeam Handhaving',
    'Hoi allemaal,\n\nDe vergadering gaat niet door.',
    'Aanwezig: directie, afdeling Financiën en het projectteam',
    '3. De cijfers worden opnieuw bekeken (actie: secretariaat).',
    'Onderzoeker:\nBureau Toegankelijkheid',
    'Met medewerking van de gemeente Utrecht en Rijkswaterstaat.',
    'Vervanger\nNiet van toepassing',
    'Vestigingen\nUtrecht, Nederland\nDen Haag, Nederland\nGent, België',
    'Thema\nBeleid, Uitvoering\nToezicht, Handhaving',
    'Dit is gemaakt door Microsoft Azure en gecontroleerd door Adobe Acrobat.',
    'Aanwezig: directie (voorzitter), afdeling Financiën,\nteam Handhaving (notulist)',
  ])('finds no name in %j', (text) => {
    expect(found(text, 'name')).toEqual([]);
  });
});

describe('a name found in a layout place is found in its other forms', () => {
  it('finds the first name of a sender written surname-first in a chat mention and a speech line of another document', () => {
    const [, b] = suggestDossier([
      { name: 'mail.pdf', pages: [pageTextFromString('Van: Gebrehiwet, Senait\nAan: Tewelde, Yonas\nOnderwerp: stand van zaken\n\nHoi Yonas,\n\nZie bijlage.')] },
      { name: 'chat.txt.pdf', pages: [pageTextFromString('[04-03 09:12] Yonas: wie heeft de cijfers?\n[04-03 09:14] Orlando: @Senait heeft ze, denk ik\n[04-03 09:15] Senait: klopt, komen eraan')] },
    ], { law: 'wob' });
    expect(b!.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Yonas', 'Orlando', 'Senait', 'Senait']);
  });
});

// The name a person goes by, in parentheses between initials and surname ("mr. L.K. (Lotte) …"):
// formal Dutch letterheads and contact blocks write it so. Made-up names.
describe('initials with the name a person goes by in parentheses', () => {
  it.each([
    ['Contactpersoon\nmr. T.W. (Tjalling) Oosterhuis-Demir\nT 070 555 0192', ['mr. T.W. (Tjalling) Oosterhuis-Demir']],
    ['Bij het overleg waren J.A. (Joost) van Helvoirt en drs. P. (Priyanka) Ramdhani aanwezig.', ['J.A. (Joost) van Helvoirt', 'drs. P. (Priyanka) Ramdhani']],
  ])('finds the whole name in %j', (text, names) => {
    expect(found(text, 'name')).toEqual(names);
  });
});
