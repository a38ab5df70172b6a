import { describe, expect, it } from 'vitest';
import { found, run } from './helpers';

// Issue #11, session 11: positions the names stress set (scripts/names-stress) found missed, by
// class. Every name and layout here was made up for these tests; none is from the stress set's
// pools or templates, nor from any corpus.

describe('names in capitals where a label or a preposition says a person follows', () => {
  it('reads a colophon role in capitals with a name of no lexicon after it', () => {
    const text = 'Jaarverslag toezicht 2024\n\nVERANTWOORDING\nREDACTIE: WOBKE HETTINGA\nFOTOGRAFIE: ILSE DRAAIJER\n1\nDe cijfers zijn voorlopig.';
    const names = found(text, 'name');
    expect(names).toContain('WOBKE HETTINGA');
    expect(names).toContain('ILSE DRAAIJER');
  });

  it('reads small capitals after "door" in running text', () => {
    const names = found('Het dossier is ter inzage gelegd door SJUKKE VELTKAMP op de eerste werkdag.', 'name');
    expect(names).toContain('SJUKKE VELTKAMP');
  });

  it('leaves headings, units and ordinary words in capitals after a label alone', () => {
    const res = run('Werkplan\nONDERWERP: NIEUWE WERKWIJZE HANDHAVING\nAFDELING: VERGUNNINGEN EN TOEZICHT\nStatus: CONCEPT VERSIE\n');
    expect(res.suggestions.filter((s) => s.category === 'name')).toEqual([]);
  });
});

describe('a list of authors under a heading of its own', () => {
  it('suggests each author, one a line, though no lexicon holds the names', () => {
    const text = 'Evaluatie van de pilot wijkteams\n\nAuteurs\nTsjerk Hoogeboom\nWiske Zandbergen-Oldenhof\n\nSamenvatting\nDe pilot liep twee jaar.';
    const names = found(text, 'name');
    expect(names).toContain('Tsjerk Hoogeboom');
    expect(names).toContain('Wiske Zandbergen-Oldenhof');
    expect(names).not.toContain('Samenvatting');
  });
});

describe('old farm names ending in -huis', () => {
  it('reads a surname in -huis that is no compound of dictionary words as a name, an institution as none', () => {
    expect(found('Het interview met Jochem Lentjeshuis vond plaats op 3 maart.', 'name')).toContain('Jochem Lentjeshuis');
    expect(found('Contactpersoon: Lentjeshuis', 'name')).toContain('Lentjeshuis');
    expect(found('De bijeenkomst met Jongerenhuis Zuid vond plaats op 3 maart.', 'name')).toEqual([]);
  });
});

describe('a function cell before an organisation in a table row', () => {
  it('does not take the organisation for a person after the function', () => {
    const text = 'Naam Functie Organisatie\nMarten Oegema inspecteur Dienst Wegverkeer\nNoor Veenhuis adviseur Dienst Wegverkeer\n';
    const names = found(text, 'name');
    expect(names.some((n) => /Dienst|Wegverkeer/.test(n))).toBe(false);
    expect(names).toContain('Marten Oegema');
  });
});
