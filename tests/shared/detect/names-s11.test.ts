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

describe('particles of more origins', () => {
  it('reads Welsh ap, Catalan i and Spanish y inside a name, and Irish Ó and Ní opening a surname', () => {
    expect(found('De planning is door Gethin ap Dafydd bijgewerkt.', 'name')).toContain('Gethin ap Dafydd');
    expect(found('Aanwezig: Carme Vidal i Pujades, Tina Oblak', 'name')).toContain('Carme Vidal i Pujades');
    expect(found('Van: Lucía Ortega y Barrios <l.ortega@example.nl>', 'name')).toContain('Lucía Ortega y Barrios');
    const cc = found('CC: Ó Dálaigh, Saoirse; Ní Mhurchú, Eimear', 'name');
    expect(cc).toContain('Ó Dálaigh, Saoirse');
    expect(cc).toContain('Ní Mhurchú, Eimear');
  });
});

describe('informal greetings', () => {
  it('reads the first name after the greetings of everyday mail', () => {
    for (const greeting of ['Ha', 'Hé', 'Hee', 'Moi', 'Goeiemorgen', 'Goedenavond', 'Morgen']) {
      expect(found(`${greeting} Sietske,\n\nKun je de brief nog nakijken?\n\nGroet,\nMarleen`, 'name'), greeting).toContain('Sietske');
    }
  });

  it('does not read a department or a heading after such a word as a name', () => {
    expect(found('Ha Vergunningen,\n\nGraag de stukken voor vrijdag.', 'name')).toEqual([]);
    expect(found('Morgen Overleg\n\nAgenda volgt.', 'name')).toEqual([]);
  });
});
