// Issue #11 items 4 and 6, session 13: the classes read from (f7)'s phone misses and wrongly
// suggested general numbers, each tested here with other names, organisations, numbers, wording
// and layouts than the split's. Every one of them is made up.
import { describe, expect, it } from 'vitest';
import { suggestDossier } from '../../../shared/detect';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';
import { run } from './helpers';

const phones = (text: string) => run(text).suggestions.filter((s) => s.category === 'phone');
const found = (text: string) => phones(text).map((s) => s.text);
const keptPhone = (text: string, number: string) => run(text).kept.find((s) => s.category === 'phone' && s.text === number);

describe('a general label without a colon as the whole label of the line', () => {
  it.each([
    ['Met hartelijke groet,\nMirjam Oosterwijk-Baah\nbeleidsadviseur\nAfdeling Ruimte\nM 06 21 43 65 87\nCentrale 0570 69 31 11\nPostbus 4, 7400 AA Deventer', '0570 69 31 11', '06 21 43 65 87', 'Centrale'],
    ['Groet,\nTeun Wiersma-Asante\ntoezichthouder bouw\nT 0511 42 73 90\nReceptie 0511 42 70 00', '0511 42 70 00', '0511 42 73 90', 'Receptie'],
    ['Vriendelijke groeten,\nSvetlana Oyelaran\nadviseur subsidies\nmob. 06-48 12 77 03\nHoofdnummer 088 377 20 00\nwww.fondsvoorbeeld.nl', '088 377 20 00', '06-48 12 77 03', 'Hoofdnummer'],
  ])('keeps the organisation\'s number in a signature and suggests the person\'s: %#', (text, general, direct, label) => {
    expect(found(text)).toContain(direct);
    expect(found(text)).not.toContain(general);
    expect(keptPhone(text, general)?.reason).toContain(label);
  });

  it('a mobile under such a label in a signature stays the person\'s', () => {
    expect(found('Met vriendelijke groet,\nNoor van Aalst\nReceptie 06 29 41 73 85')).toContain('06 29 41 73 85');
  });

  it('the word inside a sentence is no label', () => {
    expect(found('Mijn collega Jeroen Blok regelt het algemeen 0342 41 88 20 maar ik ben er ook.')).toContain('0342 41 88 20');
  });
});

describe('a group of the public named as the label', () => {
  it.each([
    ['Werkinstructie lozingen\nOpsteller: Femke Radstake-Nwosu, tel. 0344 63 81 27\nVoor ondernemers: 0344 63 80 00', '0344 63 80 00', '0344 63 81 27'],
    ['Huurbegeleiding\nInformatie voor huurders: (010) 498 77 00\nBehandelaar: Pieter Ouwerkerk, T (010) 498 71 52', '(010) 498 77 00', '(010) 498 71 52'],
  ])('keeps the number given to the public and suggests the person\'s: %#', (text, general, direct) => {
    expect(found(text)).toContain(direct);
    expect(found(text)).not.toContain(general);
    expect(keptPhone(text, general)?.reason).toMatch(/publiek/);
  });

  it('a mobile under such a label stays suggested', () => {
    expect(found('Persbericht\nVoor de pers: 06 51 18 30 44')).toContain('06 51 18 30 44');
  });
});

describe('a question to the reader before "Bel dan"', () => {
  it.each([
    ['Twijfelt u of u voor de schuur een vergunning nodig heeft? Bel dan 0229 28 14 00.', '0229 28 14 00'],
    ['Ziet u een fout in de aanslag? Bel dan (0543) 49 33 00 en houd het aanslagnummer bij de hand.', '(0543) 49 33 00'],
  ])('keeps the number and names the question in the reason: %j', (text, number) => {
    expect(found(text)).not.toContain(number);
    expect(keptPhone(text, number)?.reason).toMatch(/lezer/);
  });

  it('a person named in the same sentence keeps it a person\'s number', () => {
    expect(found('Twijfelt u nog? Bel dan Ruud Kamphuis op 0229 28 14 37.')).toContain('0229 28 14 37');
  });
});

describe("a function's mailbox or the website as the other way in", () => {
  it.each([
    ['Voor een afspraak aan de balie bel 0341 47 22 00 of mail publiekszaken@gemeente-harderwold.nl.', '0341 47 22 00'],
    ['Storingen aan de brug meldt u via 0591 73 20 00 of kijk op www.brugbeheer-voorbeeld.nl voor de actuele stand.', '0591 73 20 00'],
  ])('keeps the number with the other way in the reason: %j', (text, number) => {
    expect(found(text)).not.toContain(number);
    expect(keptPhone(text, number)?.reason).toMatch(/andere weg/);
  });

  it("a person's own mailbox beside it makes no general number", () => {
    expect(found('Na vieren: 0341 47 22 13 of mail r.kamphuis@gemeente-harderwold.nl.')).toContain('0341 47 22 13');
  });
});

describe('a person named right before the phone label', () => {
  it.each([
    // A service's line first, then the person's field with the number.
    ['Stuurgroep Wijkaanpak\nSecretariaat: secretariaat.stuurgroep@regio-voorbeeld.nl; verslag: Ingrid Vastenhouw, tel. 0346 25 11 84', '0346 25 11 84'],
    ['Bureau Subsidies\nE-mail: subsidies@provincie-voorbeeld.nl\nPlanning: Jelle Hofstra-Mensah (tel. 0512 58 90 41)', '0512 58 90 41'],
    // An 088 number, kept without a tie, is the person's after the name and label.
    ['Aanspreekpunt voor de pilot: Teodora Mihăilescu, telefoon 088 512 40 17', '088 512 40 17'],
  ])('suggests the number: %j', (text, number) => {
    expect(found(text)).toContain(number);
  });

  it.each([
    ['Team Jeugd en Gezin, tel. 0513 48 95 00', '0513 48 95 00'],
    ['Meer informatie: Gemeente Oldebroek, telefoon 0525 63 82 00', '0525 63 82 00'],
  ])("a team's or organisation's name there keeps the number general: %j", (text, number) => {
    expect(found(text)).not.toContain(number);
  });
});

describe("a person's name with a role in brackets in a contact block", () => {
  it('is a person\'s line: the number under it is the person\'s, under a contact heading too', () => {
    const text = 'Contact\n\nMarloes Dijkhuizen (juridisch)\nT 030 286 44 19\nm.dijkhuizen@waterschap-voorbeeld.nl\n\nAlgemeen: 030 286 40 00';
    expect(found(text)).toContain('030 286 44 19');
    expect(found(text)).not.toContain('030 286 40 00');
  });

  it('an 087 number under such a line is the person\'s', () => {
    expect(found('Vragen?\n\nOmid Farahani (planning)\nT +31 87 310 42 77\no.farahani@voorbeeldstad.nl')).toContain('+31 87 310 42 77');
  });

  it("a team's name with a note in brackets stays no person", () => {
    expect(found('Contact\n\nTeam Subsidies (algemeen)\nT 030 286 40 00')).not.toContain('030 286 40 00');
  });
});

describe('one number in the signatures of two or more different persons', () => {
  const thread = (second: string, number: string) => [
    'Van: Oyelaran, Tobi <t.oyelaran@veiligheidsregio-voorbeeld.nl>', 'Aan: Hoekstra-Ramdin, Wietske', 'Onderwerp: RE: oefening', '',
    'Wietske, akkoord met de nieuwe datum.', '', 'Met vriendelijke groet,', 'Tobi Oyelaran', 'planvormer', `T ${number}`, 'M 06 41 20 87 55', '',
    'Van: Hoekstra-Ramdin, Wietske <w.hoekstra@veiligheidsregio-voorbeeld.nl>', 'Aan: Oyelaran, Tobi', 'Onderwerp: oefening', '',
    'Hoi Tobi, kan de oefening een week later?', '', 'Groet,', second, 'adviseur crisisbeheersing', `T ${number}`,
  ].join('\n');

  it('is the organisation\'s shared number, kept with both names in the reason; the mobile stays suggested', () => {
    const text = thread('Wietske Hoekstra-Ramdin', '088 - 311 70 00');
    expect(found(text)).toEqual(['06 41 20 87 55']);
    expect(keptPhone(text, '088 - 311 70 00')?.reason).toMatch(/Oyelaran.*Hoekstra-Ramdin|Hoekstra-Ramdin.*Oyelaran/);
  });

  it('the same person signing twice (initials once) keeps it the person\'s number', () => {
    const text = thread('T. Oyelaran', '0320 27 14 63');
    expect(found(text)).toEqual(expect.arrayContaining(['0320 27 14 63']));
    expect(found(text).filter((t) => t === '0320 27 14 63')).toHaveLength(2);
  });
});

describe("a contact list's phone column read column by column, near the organisation's address line", () => {
  const sheet = ['Contactlijst overleg beekherstel', 'Naam', 'Okafor, Ngozi', 'Pieter Smits-Kuipers', '', 'Telefoon', '', 'Rol', 'voorzitter', 'notulist', '',
    'Waterschap Dommelvallei · Postbus 10001, 5280 DA Boxtel', '', '0411 61 83 27', '088 512 33 90'].join('\n');

  it('is the persons\' column, no letterhead: both numbers suggested', () => {
    expect(found(sheet)).toEqual(['0411 61 83 27', '088 512 33 90']);
  });

  it('a letterhead\'s number under the address stays kept', () => {
    expect(found('Waterschap Dommelvallei\nPostbus 10001\n5280 DA Boxtel\n0411 61 80 00\nwww.dommelvallei-voorbeeld.nl\n\nGeachte heer Smits,')).toEqual([]);
  });
});

describe('one number in the signatures of different persons across the documents of a dossier', () => {
  const letter = (who: string, number: string) => [pageTextFromString(['Gemeente Voorbeeldhaven', '', 'Geachte heer Dijkstra,', '',
    'Hierbij ontvangt u het besluit op uw aanvraag.', '', 'Met vriendelijke groet,', who, 'medewerker vergunningen', `T ${number}`, 'M 06 30 11 52 98'].join('\n'), 1)];

  it('is kept in both letters with both names in the reason', () => {
    const [a, b] = suggestDossier([{ name: 'besluit-1.pdf', pages: letter('Sevda Yıldırım-Bos', '0223 67 81 00') }, { name: 'besluit-2.pdf', pages: letter('Hamza Ouali', '0223 67 81 00') }], { law: 'wob' });
    for (const r of [a!, b!]) {
      expect(r.suggestions.filter((s) => s.category === 'phone').map((s) => s.text)).toEqual(['06 30 11 52 98']);
      expect(r.kept.find((s) => s.text === '0223 67 81 00')?.reason).toMatch(/2 verschillende personen/);
    }
  });

  it('one person signing two letters keeps it that person\'s number', () => {
    const [a] = suggestDossier([{ name: 'besluit-1.pdf', pages: letter('Sevda Yıldırım-Bos', '0223 67 81 44') }, { name: 'besluit-2.pdf', pages: letter('S. Yıldırım-Bos', '0223 67 81 44') }], { law: 'wob' });
    expect(a!.suggestions.map((s) => s.text)).toContain('0223 67 81 44');
  });
});

describe('a unit named after a long label before the number', () => {
  it('keeps it', () => {
    expect(found('Voor vragen over deze rapportage: Waterschap Lingegouw, 0345 63 20 00.')).toEqual([]);
  });
});

describe('an organisation by its name right before "op"/"via" and the number', () => {
  it('keeps the number with the organisation in the reason', () => {
    const text = 'Deze notitie schreef Hanneke Oduya (adviseur). Vragen kunnen naar de Omgevingsdienst Achterhoek op 0314 72 40 00.';
    expect(found(text)).toEqual([]);
    expect(keptPhone(text, '0314 72 40 00')?.reason).toContain('Omgevingsdienst Achterhoek');
  });

  it('a person there, or a mobile, stays suggested', () => {
    expect(found('Vragen kunnen naar Hanneke Oduya op 0314 72 40 19.')).toEqual(['0314 72 40 19']);
    expect(found('Vragen kunnen naar de Omgevingsdienst Achterhoek op 06 20 31 88 45.')).toEqual(['06 20 31 88 45']);
  });
});

describe("the mailboxes of the public's procedures in their short forms", () => {
  const mails = (text: string) => run(text).suggestions.filter((s) => s.category === 'email').map((s) => s.text);
  it.each([
    ['Bent u het niet eens met dit besluit? Maak dan binnen zes weken bezwaar via bezwaar@gemeente-lingewaard-voorbeeld.nl of per post.', 'bezwaar'],
    ['Een zienswijze op het ontwerpbesluit kunt u mailen naar zienswijzen@provincie-voorbeeld.nl.', 'zienswijzen'],
  ])('are kept as published contact addresses: %j', (text, local) => {
    expect(mails(text)).not.toContain(local);
    expect(run(text).kept.find((s) => s.category === 'email' && s.text === local)?.reason).toMatch(/publiek contact/);
  });

  it("a person's address beside them stays suggested", () => {
    expect(mails('Bezwaar via bezwaar@gemeente-lingewaard-voorbeeld.nl; de behandelaar is t.okonjo@gemeente-lingewaard-voorbeeld.nl.')).toEqual(['t.okonjo']);
  });
});
