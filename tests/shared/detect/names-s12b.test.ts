import { describe, expect, it } from 'vitest';
import { found, run } from './helpers';

// Issue #11, session 12 (second round): the class (f6)'s misses were mostly in, a surname written
// in capitals before the comma ("NAAM, Voornaam"), as staff lists, on-call rosters and contact sheets
// write it. Every name, organisation and layout here was made up for these tests.

describe('a surname in capitals before the comma', () => {
  it('suggests every entry of an on-call list, single, double and particle surnames alike', () => {
    const text = [
      'Bereikbaarheidsrooster Waterschap Hunzeveen — week 12',
      'Receptie',
      '050 123 45 67',
      'KORVEMAKER, Tjitske',
      'teamleider handhaving',
      'mob. 06 12 34 56 78',
      'OYELARAN-BRUINSMA, Adebola',
      'jurist',
      'mob. 06 23 45 67 89',
      'VAN DER ZWAAGSTRA, Gerbrich',
      'adviseur',
      'DA CUNHA, Iolanda',
      'beleidsmedewerker',
      'MCGILLIVRAY, Eilidh',
      'communicatieadviseur',
    ].join('\n');
    const names = found(text, 'name');
    for (const n of ['KORVEMAKER, Tjitske', 'OYELARAN-BRUINSMA, Adebola', 'VAN DER ZWAAGSTRA, Gerbrich', 'DA CUNHA, Iolanda', 'MCGILLIVRAY, Eilidh']) expect(names).toContain(n);
    const one = run(text).suggestions.find((s) => s.text === 'KORVEMAKER, Tjitske')!;
    expect(one.reason).toMatch(/Achternaam, Voornaam/);
  });

  it('parts two cells of a contact sheet that the text joined on one line', () => {
    const text = 'Bereikbaarheid team Toezicht\nWIERSTRA, Hidde NDIAYE-POSTMA, Awa\nteamleider jurist\nmob. 06 11 22 33 44 mob. 06 55 66 77 88\n';
    const names = found(text, 'name');
    expect(names).toContain('WIERSTRA, Hidde');
    expect(names).toContain('NDIAYE-POSTMA, Awa');
  });

  it('suggests one such line alone under a form field', () => {
    expect(found('Aanvraag tijdelijke ontheffing\nBehandelaar\nHIDDINGH, Wobbina\nDatum ontvangst: 3 maart\n', 'name')).toContain('HIDDINGH, Wobbina');
  });

  it('leaves headings, units and places in capitals before a comma alone', () => {
    const text = [
      'Overzicht afdelingen',
      'VERGUNNINGEN, Toezicht en Handhaving',
      'BIJLAGE, Toelichting',
      'ICT, Beheer',
      'UTRECHT, Nieuwegein',
      'NEDERLAND, Marokko',
      'ZAAK, VERTROUWELIJK',
    ].join('\n');
    expect(found(text, 'name')).toEqual([]);
  });
});

describe('an organisation in the next cell of an attendance list', () => {
  it('ends the name at its initials, so the organisation never becomes a surname of the dossier', () => {
    const text = 'Presentielijst\n\nOrganisatie\nGGD\nPolitie\nKamstra, U. Veiligheidsregio\nHolwerda, T. Omgevingsdienst\nAbercrombie, H.\n\nNaam\nSrun, V.\nPortela, C.\n';
    const names = found(text, 'name');
    expect(names).toContain('Kamstra, U.');
    expect(names).toContain('Holwerda, T.');
    expect(names.filter((n) => /Veiligheidsregio|Omgevingsdienst/.test(n))).toEqual([]);
  });
});

describe('a name, a comma and a function on its own line', () => {
  it('suggests a signature line "Naam, functie" and the person\'s later forms', () => {
    const text = 'Rapportage huisbezoek\n\n09:40 — Kees en een collega bellen aan.\n10:05 — Kwakernaat-Oduya noteert de stand.\n\nKees Kwakernaat-Oduya, senior toezichthouder\n12-03-2024\n';
    const names = found(text, 'name');
    expect(names).toContain('Kees Kwakernaat-Oduya');
    expect(names).toContain('Kwakernaat-Oduya');
    const line = run(text).suggestions.find((s) => s.text === 'Kees Kwakernaat-Oduya')!;
    expect(line.reason).toMatch(/functie erachter \('senior toezichthouder'\)/);
  });

  it('reads enforcement and casework functions as functions', () => {
    expect(found('Verslag\n\nRoos Ifeanyichukwu, handhaver\n', 'name')).toContain('Roos Ifeanyichukwu');
    expect(found('Verslag\n\nGerrit Mbuyamba, Wmo-consulent\n', 'name')).toContain('Gerrit Mbuyamba');
  });

  it('leaves organisations, units and headings before a function alone', () => {
    const text = 'Contact\nGemeente Venlo, afdeling vergunningen\nTeam Noord, teamleider\nDagelijks Bestuur, secretaris\nStichting Wielewaal, voorzitter\nNieuwe Regels, toelichting\n';
    expect(found(text, 'name')).toEqual([]);
  });
});
