/**
 * The command line's compromise (node/lazyCompromise.ts) is the library itself, loaded on first
 * use: the same people found, and a plugin applied through it takes effect.
 */
import { describe, expect, it } from 'vitest';
import compromise from 'compromise';
import lazy from '../../node/lazyCompromise';

const SENTENCES = [
  'Gisteren sprak ik Roos Kaptein over de zaak.',
  'Het overleg met Jan de Vries en Fatima el Amrani is verplaatst naar dinsdag.',
  'Volgens mevrouw Bakker moet de aanvraag opnieuw worden beoordeeld.',
  'John Smith met the minister in The Hague on Monday.',
];

describe('compromise loaded on first use', () => {
  it('finds the same people as compromise itself', () => {
    for (const s of SENTENCES) {
      expect(lazy(s).people().out('array'), s).toEqual(compromise(s).people().out('array'));
    }
    expect(lazy(SENTENCES[3]!).people().out('array')).toContain('John Smith');
  });

  it('passes a plugin on to the library', () => {
    expect(lazy('dat is zorgwekkend').has('#Adjective')).toBe(false);
    lazy.plugin({ words: { zorgwekkend: 'Adjective' } });
    expect(lazy('dat is zorgwekkend').has('#Adjective')).toBe(true);
  });
});
