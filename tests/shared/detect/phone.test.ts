import { describe, expect, it } from 'vitest';
import { nationalDigits, phoneKind } from '../../../shared/detect';
import { found, keptTexts } from './helpers';

describe('direct phone numbers', () => {
  const cases: [string, string[]][] = [
    ['T (030) 1378848', ['(030) 1378848']],
    ['M +31 6 88844693', ['+31 6 88844693']],
    ['T +31 38 918 9438', ['+31 38 918 9438']],
    ['M (06) 06689283', ['(06) 06689283']],
    ['T 010 - 445 36 92', ['010 - 445 36 92']],
    ['M 06-68731690', ['06-68731690']],
    ['M 06 - 17 80 85 01', ['06 - 17 80 85 01']],
    ['tel. 070-4521178', ['070-4521178']],
    ['Telefoon: +31 (0)70 123 45 67', ['+31 (0)70 123 45 67']],
    ['Bel mij op 0031 6 12345678 als er iets is.', ['0031 6 12345678']],
    ['Mobiel: 0612345678', ['0612345678']],
    ['T 088 123 45 67 (doorkiesnummer)', ['088 123 45 67']],
    ['M +32 470 12 34 56', ['+32 470 12 34 56']],
  ];
  it.each(cases)('finds the number in %j', (text, expected) => {
    expect(found(text, 'phone')).toEqual(expected);
  });

  const negatives: string[] = [
    'Datum 12-03-2024 en 01.02.2023',
    'Het bedrag van € 1.234.567,00 is overgemaakt; zie ook 0,50 per stuk.',
    'Kamerstukken II 2018/19, 19 637, nr. 2456',
    'ECLI:NL:RVS:2020:1234 en ECLI:NL:RBDHA:2019:10023',
    'Postbus 20301 | 2500 EH Den Haag',
    'Ons kenmerk 0123456789',
    'Zaaknummer: 0612345678',
    'Werkinstructie 2019/30 en informatiebericht 2021/132',
    'Stcrt. 2014, 12345 en Stb. 2021, 356',
    'V-nummer 1234567890',
    'op 06-03-2024 10:30 uur',
    'Zie +32 470 12 34 56 in de bijlage',
  ];
  it.each(negatives)('finds no phone number in %j', (text) => {
    expect(found(text, 'phone')).toEqual([]);
  });
});

describe('general numbers stay readable', () => {
  const cases: [string, string][] = [
    ['Het algemene nummer 070 - 370 79 11 blijft het aanspreekpunt.', '070 - 370 79 11'],
    ['Het algemene nummer 088 043 0430 blijft het aanspreekpunt voor externe partijen.', '088 043 0430'],
    ['De IND is bereikbaar via 088 043 0430 (lokaal tarief).', '088 043 0430'],
    ['Bel gratis 0800-8051.', '0800-8051'],
    ['Informatie: 0900 1234567', '0900 1234567'],
    ['Bel de gemeente via 14 020.', '14 020'],
    ['Telefonisch spreekuur: 020 - 555 12 34 (di en do)', '020 - 555 12 34'],
  ];
  it.each(cases)('keeps the number in %j', (text, number) => {
    expect(found(text, 'phone')).toEqual([]);
    expect(keptTexts(text, 'phone')).toEqual([number]);
  });

  it('does not let a general number in the body make the signature number general', () => {
    const text = 'Het algemene nummer 088 043 0430 blijft het aanspreekpunt.\n\nMet vriendelijke groet,\n\nAnouk Bos\nT 088 765 43 21';
    expect(found(text, 'phone')).toEqual(['088 765 43 21']);
  });
});

describe('numbering plan', () => {
  it.each([
    ['+31 6 12345678', '0612345678'],
    ['0031 (0)20 123 4567', '0201234567'],
    ['(010) 123 45 67', '0101234567'],
  ])('reads %s as %s', (run, digits) => {
    expect(nationalDigits(run)).toBe(digits);
  });
  it.each([
    ['0800123456', 'service'],
    ['0881234567', 'shared'],
    ['0612345678', 'regular'],
    ['012345', 'invalid'],
  ])('classifies %s as %s', (digits, kind) => {
    expect(phoneKind(digits)).toBe(kind);
  });
});

describe('numbers in a letterhead', () => {
  it('keeps the organisation number next to its postal address', () => {
    const text = 'Ministerie van Volksgezondheid, Welzijn en Sport\nPostbus 20350 | 2500 EJ Den Haag\nT 070 340 79 11\nwww.rijksoverheid.nl';
    expect(found(text, 'phone')).toEqual([]);
    expect(keptTexts(text, 'phone')).toEqual(['070 340 79 11']);
  });
  it('suggests a contact person\'s number in the side column even near the postal address', () => {
    const text = 'Directie Migratiebeleid\nPostbus 20301\n2500 EH Den Haag\n\nContactpersoon\nA. Bakker\nT 070 370 1234';
    expect(found(text, 'phone')).toEqual(['070 370 1234']);
  });
  it('suggests the numbers of a signature that ends with the postal address', () => {
    const text = 'Met vriendelijke groet,\n\nSanne de Boer-Bakker\nbeslismedewerker\nPostbus 20301 | 2500 EH Den Haag\nT (020) 1924848';
    expect(found(text, 'phone')).toEqual(['(020) 1924848']);
  });
});
