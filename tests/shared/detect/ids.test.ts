import { describe, expect, it } from 'vitest';
import { isValidBsn, isValidIban } from '../../../shared/detect';
import { found, run } from './helpers';

describe('check digits', () => {
  it.each([['111222333', true], ['123456782', true], ['123456789', false], ['000000000', false]])('BSN elfproef of %s is %s', (bsn, ok) => {
    expect(isValidBsn(bsn as string)).toBe(ok);
  });
  it.each([['NL91 ABNA 0417 1643 00', true], ['NL91ABNA0417164301', false], ['DE89 3704 0044 0532 0130 00', true]])('IBAN mod 97 of %s is %s', (iban, ok) => {
    expect(isValidIban(iban as string)).toBe(ok);
  });
});

describe('personal numbers and data', () => {
  it('suggests a BSN named as such, with the ground for identification numbers', () => {
    const [s] = run('Betrokkene (BSN 123456782) is gehoord.').suggestions.filter((x) => x.category === 'bsn');
    expect(s?.text).toBe('123456782');
    expect(s?.grounds).toEqual(['10.1.d']);
  });
  it('ignores a nine-digit number that is not called a BSN', () => {
    expect(found('Ons kenmerk 123456782', 'bsn')).toEqual([]);
  });
  it('ignores a number called BSN that fails the elfproef', () => {
    expect(found('BSN: 123456789', 'bsn')).toEqual([]);
  });
  it('suggests an IBAN with a valid check number', () => {
    expect(found('Het bedrag is overgemaakt naar NL91 ABNA 0417 1643 00 op 1 mei.', 'iban')).toEqual(['NL91 ABNA 0417 1643 00']);
  });
  it('suggests a V-nummer', () => {
    expect(found('V-nummer: 1234567890', 'vnummer')).toEqual(['1234567890']);
  });
  it('suggests a date of birth but not other dates', () => {
    expect(found('Betrokkene, geboren op 12 maart 1985, verklaarde op 3 april 2023 dat…', 'birthdate')).toEqual(['12 maart 1985']);
  });
  it('suggests a Dutch licence plate and not a document code', () => {
    expect(found('Het voertuig met kenteken 12-KTV-3 werd gecontroleerd.', 'licenseplate')).toEqual(['12-KTV-3']);
    expect(found('Zie werkinstructie 2019-AB-01 en SZ-12-AE.', 'licenseplate')).toEqual([]);
  });
  it('suggests a home address after its introduction but leaves public addresses', () => {
    expect(found('Betrokkene is woonachtig aan de Lindenlaan 12, 3514 AB Utrecht.', 'address')).toEqual(['Lindenlaan 12, 3514 AB Utrecht']);
    expect(found('Postbus 20301 | 2500 EH Den Haag', 'address')).toEqual([]);
  });
});

describe('address block of a letter to a person', () => {
  it('suggests the street and the postcode line under the name', () => {
    const text = 'De heer J. Zwetsloot\nLindenlaan 12 A\n3514 AB Utrecht\n\nDatum 3 mei 2024';
    expect(found(text, 'address')).toEqual(['Lindenlaan 12 A 3514 AB Utrecht']);
    expect(run(text).suggestions.find((s) => s.category === 'address')?.rects).toHaveLength(2);
  });
  it('leaves a postbus of an organisation', () => {
    expect(found('Mevrouw de voorzitter\nPostbus 20018\n2500 EA Den Haag', 'address')).toEqual([]);
  });
});
