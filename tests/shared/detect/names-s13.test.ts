import { describe, expect, it } from 'vitest';
import { groupNameBefore } from '../../../shared/detect/detectors/names';
import { found, keptTexts, run } from './helpers';

// Issue #11, session 13: general classes of the misses and wrong suggestions of the development
// split (f7), each written here with other names, other wording and other layouts than that split.

describe('a name inside a group\'s, project\'s or organisation\'s name is no person', () => {
  it('does not suggest a group chat\'s own name as a sender, and still suggests the persons', () => {
    const text = [
      '[03-11-24, 08:02:10] Werkgroep Brug Oosterhaven: Jij hebt deze groep gemaakt',
      '[03-11-24, 08:15:41] Roelof Tammeling: Morgen om tien uur bij de brug?',
      '[03-11-24, 08:17:02] Ingeborg Sluiter: Prima, ik neem de tekeningen mee.',
    ].join('\n');
    const names = found(text, 'name');
    expect(names.some((n) => /Oosterhaven|Werkgroep/.test(n))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['Roelof Tammeling', 'Ingeborg Sluiter']));
  });

  it('does not take a word of a water board\'s or programme\'s name for a surname', () => {
    const text = [
      'Ledenlijst klankbordgroep Hoogheemraadschap Eem en Dijkstra (versie 2)',
      'Naam Functie',
      'K. Tamminga adviseur',
      '',
      'De schouw is uitgevoerd door Gerrit Hanegraaf. Het Programma Droge Voeten Lek stelt de middelen',
      'beschikbaar; de Stuurgroep Lopik en Vianen is geïnformeerd.',
    ].join('\n');
    const names = found(text, 'name');
    expect(names).toEqual(expect.arrayContaining(['Gerrit Hanegraaf', 'K. Tamminga']));
    for (const n of names) expect(n).not.toMatch(/Dijkstra|Vianen|Lopik|Lek\b|Droge/);
  });

  it('finds the head of the name walking back over its words, never over a table\'s cell gap', () => {
    const at = (s: string, w: string) => groupNameBefore(s, s.indexOf(w));
    expect(at('Auditrapport — Wetterskip Boarn en Tsjonger', 'Tsjonger')).toBe('Wetterskip');
    expect(at('[09:12] Kernteam Sluis Zuid: welkom', 'Sluis')).toBe('Kernteam');
    expect(at('Team Handhaving      Wendelien Okkerse', 'Wendelien')).toBeUndefined();
    expect(at('Overleg met Wendelien Okkerse', 'Wendelien')).toBeUndefined();
    expect(at('Afdeling Burgerzaken, Wendelien Okkerse', 'Wendelien')).toBeUndefined();
  });
});

describe('a public role below a name in a list belongs to the next row\'s person', () => {
  it('suggests the name above "wethouder <naam>" in a column read cell by cell, and keeps the official', () => {
    const text = ['Presentielijst overleg 12 juni', 'Naam', 'Brakenhoff, Sietske', 'wethouder Ilse Baardemaker', 'Teun Vlasveld', 'Rosalie Hijmering'].join('\n');
    const res = run(text);
    const names = res.suggestions.filter((s) => s.category === 'name').map((s) => s.text);
    expect(names).toContain('Brakenhoff, Sietske');
    expect(res.kept.filter((s) => s.category === 'name').map((s) => s.text).join(' ')).toMatch(/Ilse Baardemaker/);
  });

  it('still keeps a signatory whose own office stands on the line below', () => {
    const text = 'Met vriendelijke groet,\n\nHarmen Kloosterboer\nburgemeester van Dantumadiel\n';
    expect(keptTexts(text, 'name')).toContain('Harmen Kloosterboer');
  });
});

describe('a list of names where the next item opens with initials', () => {
  it('reads "Voornaam Achternaam, V. Achternaam" as two persons, not as \'Achternaam, V.\'', () => {
    const text = 'Deelnemers: Meike Zandbergen, R. Oldenkamp, H.J. Wierda-Bosscha, T.M. Lutgerink\nAfgemeld: niemand';
    const names = found(text, 'name');
    expect(names).toEqual(expect.arrayContaining(['Meike Zandbergen', 'R. Oldenkamp', 'H.J. Wierda-Bosscha', 'T.M. Lutgerink']));
    // No span starts inside a double surname or joins two persons over the comma.
    for (const n of names) expect(n).not.toMatch(/^Bosscha|Zandbergen, R\.|Bosscha, T\./);
  });

  it('still reads \'Achternaam, V.\' where the initials end the item', () => {
    expect(found('Van: Oldenkamp, R. <r.oldenkamp@voorbeeld.nl>\nOnderwerp: planning', 'name')).toContain('Oldenkamp, R.');
  });
});

describe('a display name written surname-first that the person\'s own address spells', () => {
  it('suggests "Achternaam, Voornaam" whole in the header fields, also with a first name that is a word', () => {
    const text = [
      'Van:       Hollander, Grace <grace.hollander@waterbedrijf-noord.nl>',
      'Verzonden: dinsdag 4 maart 2025 09:12',
      'Aan:       Tjalsma, Wobbe <w.tjalsma@waterbedrijf-noord.nl>',
      'Onderwerp: meetpunten',
      '',
      'Wobbe, de meetpunten staan in de bijlage.',
      '',
      '> Van: Tjalsma, Wobbe',
      '> Aan: Hollander, Grace',
    ].join('\n');
    const names = found(text, 'name');
    expect(names.filter((n) => n === 'Hollander, Grace')).toHaveLength(2);
    // The quoted header's display name: one mention, not a surname and a first name apart.
    const quoted = run(text).suggestions.filter((s) => s.text === 'Hollander, Grace').pop();
    expect(quoted?.reason).toMatch(/e-mailadres 'grace\.hollander@…'/);
  });
});

describe('a person referred to by initials only, after the full name', () => {
  const paper = (note: string) => [
    'Dossiernotitie DN-2025-118',
    'Opgesteld: Y. Harkema, 12-05-2025          Beoordeeld: Stoelinga, W.R.',
    'De bevindingen zijn besproken met de afdeling.',
    note,
  ].join('\n');

  it('suggests the initials of the reviewer in a note, with the full name in the reason', () => {
    const res = run(paper('Opmerking W.R.: de steekproef is te klein, graag uitbreiden.'));
    const s = res.suggestions.find((x) => x.category === 'name' && x.text === 'W.R.');
    expect(s?.reason).toMatch(/initialen van 'Stoelinga, W\.R\.'/);
  });

  it('leaves initials that open another person\'s name, a company\'s legal form and one capital in a sentence', () => {
    const names = found(paper('Afgestemd met W.R. Dijkhuis van Bouwbedrijf Stoelinga B.V. over bijlage W. en de planning.'), 'name');
    expect(names).not.toContain('W.R.');
    expect(names).not.toContain('W.');
    expect(names).not.toContain('B.V.');
  });

  it('leaves initials that two persons of the document share', () => {
    const text = 'Opgesteld: Harkema, W.R.\nBeoordeeld: Stoelinga, W.R.\nOpmerking W.R.: akkoord.';
    expect(found(text, 'name')).not.toContain('W.R.');
  });
});

describe('the attendance row of minutes or an agenda laid out as a table', () => {
  it('reads the persons in the cell after "Aanwezig" read cell by cell, names of no lexicon too', () => {
    const text = ['Agenda Stuurgroep Havenkwartier', '', 'Datum', '', '14 maart 2024', '', 'Aanwezig', '', 'Tsogt Batbayar, R.E. Wijngaarde, Oyunaa Dashdorj, Pim Oudejans', '', '1. Opening'].join('\n');
    const names = found(text, 'name');
    expect(names).toEqual(expect.arrayContaining(['Tsogt Batbayar', 'R.E. Wijngaarde', 'Oyunaa Dashdorj', 'Pim Oudejans']));
  });

  it('reads "Aanwezig" with the list on its line without a colon, and leaves a sentence alone', () => {
    expect(found('Afwezig   Marit Hofstede, Bolormaa Ganbold\n', 'name')).toEqual(expect.arrayContaining(['Marit Hofstede', 'Bolormaa Ganbold']));
    expect(found('Aanwezig\n\nDe leden van de Raad van Toezicht, de Ondernemingsraad en het Bestuur.\n', 'name')).toEqual([]);
  });
});

describe('a surname-first display name that an address with the initial spells', () => {
  it('suggests "Achternaam, Voornaam" of a surname that is also a place, with the address of its row', () => {
    const text = ['Naam                 Functie            E-mail', 'Delft, Joutsen       adviseur           j.delft@wetterskip.example', 'Tamminga, Yfke       jurist             y.tamminga@wetterskip.example'].join('\n');
    expect(found(text, 'name')).toContain('Delft, Joutsen');
  });
});
