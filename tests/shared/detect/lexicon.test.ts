import { describe, expect, it } from 'vitest';
import { isAmbiguousName, isCommonWord, isFirstName, isKnownSurname } from '../../../shared/detect/lexicon';

describe('lexicons', () => {
  it.each(['Inleiding', 'verzoek', 'Overwegingen', 'besluit', 'aanvullend', 'werkinstructie'])('knows %s as an ordinary Dutch word', (w) => {
    expect(isCommonWord(w)).toBe(true);
  });
  it.each(['Ouahabi', 'Kersbergen', 'Sewnath', 'Quispel', 'Xiomara'])('does not take the name %s for an ordinary word', (w) => {
    expect(isCommonWord(w)).toBe(false);
  });
  it('knows Dutch and other first names and surnames', () => {
    expect(isFirstName('Anouk')).toBe(true);
    expect(isFirstName('Mohamed')).toBe(true);
    expect(isFirstName('Anne-Marie')).toBe(true);
    expect(isKnownSurname('Jansen')).toBe(true);
    expect(isFirstName('Minister')).toBe(false);
  });
  it('flags names that are also Dutch words', () => {
    expect(isAmbiguousName('Roos')).toBe(true);
    expect(isAmbiguousName('Anouk')).toBe(false);
  });
});
