// Guidance recognised by what a passage does for staff, not by a template's phrasing (issue #11,
// item 5): a colleague addressed as "je", an instruction that introduces a list of bare noun
// phrases, imperatives in lower-case table cells, the person assessed named by an agent noun no
// list holds; and the policy that stays: a regulation set out in articles, a policy sentence
// between two instructions. Every text here is written for these tests.
import { describe, expect, it } from 'vitest';
import { found, run } from './helpers';

const guidance = (text: string) => found(text, 'guidance').map((s) => s.replace(/\s+/g, ' '));

describe('guidance by function', () => {
  it('suggests a statement that tells a colleague ("je") what to do, without an imperative up front', () => {
    const text = [
      'Werkwijzer terugvordering kinderbijslag',
      '',
      'De Algemene Kinderbijslagwet regelt wie recht heeft op kinderbijslag. Een ouder kan binnen zes weken bezwaar maken tegen een besluit tot terugvordering.',
      '',
      'Aanpak',
      'Een vordering van meer dan 2.000 euro leg je voor aan de senior voordat de brief de deur uitgaat.',
      'Twijfel je of het kind nog bij de ouder woont, laat dan eerst een adresonderzoek doen.',
    ].join('\n');
    const got = guidance(text);
    expect(got).toContain('Een vordering van meer dan 2.000 euro leg je voor aan de senior voordat de brief de deur uitgaat.');
    expect(got).toContain('Twijfel je of het kind nog bij de ouder woont, laat dan eerst een adresonderzoek doen.');
    expect(got.join(' ')).not.toContain('Kinderbijslagwet');
    expect(got.join(' ')).not.toContain('bezwaar maken');
  });

  it('suggests the noun phrases of a list that an instruction introduces ("Vraag naar:")', () => {
    const text = [
      'Leidraad intakegesprek taalcursus',
      '',
      'De cursus is bedoeld voor nieuwkomers die de taal nog niet spreken. De gemeente betaalt de cursus.',
      '',
      'Vraag naar:',
      '- diploma\'s en certificaten, ook als die niet zijn erkend;',
      '- werkervaring in het land van herkomst;',
      '- de talen die thuis worden gesproken.',
    ].join('\n');
    const got = guidance(text);
    expect(got.some((s) => s.includes('werkervaring in het land van herkomst'))).toBe(true);
    expect(got.some((s) => s.includes('de talen die thuis worden gesproken'))).toBe(true);
    expect(got.join(' ')).not.toContain('De gemeente betaalt de cursus');
  });

  it('suggests an instruction in a lower-case table cell', () => {
    const text = [
      'Controlekaart marktkraam',
      '',
      'De marktverordening bepaalt wie een standplaats krijgt. Het college wil een levendige markt.',
      '',
      'Situatie                        Wat de marktmeester doet',
      '',
      'standhouder zonder pasje        vraag de standhouder om zijn vergunning en vergelijk het nummer met de lijst',
      '',
      'kraam buiten de lijnen          meet de afstand tot de stoeprand en noteer die op de controlekaart',
    ].join('\n');
    const got = guidance(text);
    expect(got.some((s) => s.includes('vraag de standhouder om zijn vergunning en vergelijk het nummer'))).toBe(true);
    expect(got.some((s) => s.includes('meet de afstand tot de stoeprand'))).toBe(true);
    expect(got.join(' ')).not.toContain('standhouder zonder pasje');
    expect(got.join(' ')).not.toContain('marktverordening');
  });

  it('reads a person assessed by an agent noun no list holds ("de inburgeraar")', () => {
    const text = [
      'Handreiking gesprek met nieuwkomers',
      '',
      'Gebruik een tolk als de inburgeraar het gesprek niet kan volgen, ook als hij zegt dat hij het wel begrijpt.',
    ].join('\n');
    expect(guidance(text)).toContain('Gebruik een tolk als de inburgeraar het gesprek niet kan volgen, ook als hij zegt dat hij het wel begrijpt.');
  });

  it('suggests nothing in a regulation set out in articles, however its criteria are worded', () => {
    const text = [
      'Beleidsregel subsidie groene daken',
      '',
      'Artikel 1 Begrippen',
      'Onder aanvrager wordt verstaan: de eigenaar van een gebouw in de gemeente.',
      '',
      'Artikel 2 Voorwaarden',
      'Bij een dak van meer dan 200 m² wordt de subsidie in twee termijnen betaald.',
      'Als de aanvraag onvolledig is, krijgt de aanvrager twee weken om haar aan te vullen; controleer dan of de offerte is bijgevoegd.',
      '',
      'Artikel 3 Inwerkingtreding',
      'Deze beleidsregel treedt in werking op de dag na bekendmaking.',
    ].join('\n');
    expect(guidance(text)).toEqual([]);
  });

  it('leaves a policy sentence between two instructions readable, on the same line and in the same list item', () => {
    const text = [
      'Werkinstructie huisbezoek',
      '',
      'Werkwijze',
      'Tel bij binnenkomst de tandenborstels in de badkamer. Op grond van artikel 53a van de Participatiewet mag de gemeente een huisbezoek afleggen met toestemming van de bewoner. Vraag de bewoner daarna wie er de afgelopen week heeft overnacht.',
      '- Let op post op naam van anderen. De bewoner heeft het recht het huisbezoek te weigeren. Noteer waar de post lag.',
    ].join('\n');
    const { suggestions } = run(text);
    const taken = suggestions.filter((s) => s.category === 'guidance').map((s) => s.text.replace(/\s+/g, ' '));
    expect(taken.some((s) => s.includes('Tel bij binnenkomst de tandenborstels'))).toBe(true);
    expect(taken.some((s) => s.includes('wie er de afgelopen week heeft overnacht'))).toBe(true);
    expect(taken.some((s) => s.includes('Noteer waar de post lag'))).toBe(true);
    for (const s of taken) {
      expect(s).not.toContain('artikel 53a');
      expect(s).not.toContain('het recht het huisbezoek te weigeren');
    }
  });
});
