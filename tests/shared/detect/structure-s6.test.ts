import { describe, expect, it } from 'vitest';
import { found, keptTexts, run } from './helpers';

// Issue #11, by class (session 6): names decided by where they stand in tables, invitations, lists,
// signatures and running text of minutes; agreement with e-mail addresses; phones and officials.
// Every name, number and address here was made up for these tests (origins: Akan, Tigrinya,
// Moluccan, Polish, Surinamese Javanese and Hindustani, Yoruba, Romanian, Arabic).
describe('names in tables', () => {
  it('reads a table written cell by cell: the name column every k lines under a header row of k cells', () => {
    const text = 'Bezetting loket\n\nMedewerker\nDienst\nAkosua Ofori\nmaandag\nMebrahtu Kidane\ndinsdag\nYopie Latuheru\nwoensdag';
    expect(found(text, 'name')).toEqual(['Akosua Ofori', 'Mebrahtu Kidane', 'Yopie Latuheru']);
  });

  it('reads the name column of a table with the column of names in the middle of its header row', () => {
    const text = 'Actiepunten\nNr\nActie\nActiehouder\nStatus\n1\nNotitie opstellen\nSarmi Kartoredjo\nopen\n2\nBrief versturen\nFreweini Tesfamariam\ngesloten';
    expect(found(text, 'name')).toEqual(['Sarmi Kartoredjo', 'Freweini Tesfamariam']);
  });

  it('reads table rows written on one line under a header row that opens with a column of names', () => {
    const text = 'Naam Functie Telefoon\nKwabena Agyeman Jurist 06-12345678\nTsega Woldemichael Adviseur 06-23456789\nObed Manuputty Teamleider 06-34567890';
    expect(found(text, 'name')).toEqual(['Kwabena Agyeman', 'Tsega Woldemichael', 'Obed Manuputty']);
  });

  it('does not read ordinary cells of a table without a column of names as names', () => {
    expect(found('Product\nStatus\nEigenaar\nPortaal\nopen\nDirectie Uitvoering', 'name')).toEqual([]);
  });
});

describe('names under labels, in invitations and header fields', () => {
  it('reads persons listed one a line below a label with a qualifier, with their organisation in parentheses', () => {
    const text = 'Deelnemers overleg:\nDjoko Pawirodimedjo (COA)\nHabtom Gebremedhin (gemeente Voorbeeldstad)\n\nDe agenda is vastgesteld.';
    expect(found(text, 'name')).toEqual(['Djoko Pawirodimedjo', 'Habtom Gebremedhin']);
  });

  it('reads the organiser and the attendees of a meeting invitation, Dutch and English', () => {
    const nl = 'Organisator: Adwoa Boateng\nVerplichte deelnemers: Tsega Haile; Yopie Sahetapy\nOptionele deelnemers: Sumirah Moestadja';
    expect(found(nl, 'name')).toEqual(['Adwoa Boateng', 'Tsega Haile', 'Yopie Sahetapy', 'Sumirah Moestadja']);
    const en = 'Organizer: Adwoa Boateng\nRequired Attendees: Tsega Haile; Yopie Sahetapy';
    expect(found(en, 'name')).toEqual(['Adwoa Boateng', 'Tsega Haile', 'Yopie Sahetapy']);
  });

  it('reads several display names in one header field separated by commas, a unit in parentheses', () => {
    expect(found('Van: Kwabena Ofori, senior adviseur\nCc: Tsega Haile (MT), Yopie Latuheru', 'name')).toEqual(['Kwabena Ofori', 'Tsega Haile', 'Yopie Latuheru']);
  });

  it('reads the sender of a Dutch quoted reply header and finds the other forms of that person', () => {
    const text = 'Op di 4 mrt 2025 om 10:12 schreef Tsega Haile <t.haile@dienst.nl>:\n> Klopt.\n\nHaile heeft gelijk, zie ook wat Tsega eerder schreef.';
    expect(found(text, 'name')).toEqual(['Tsega Haile', 'Haile', 'Tsega']);
  });

  it('reads a surname with the Arabic article joined in lower case', () => {
    expect(found('Behandelaar: Mohamed el-Amrani\nAfzender: Abdel Rahman al-Sayed', 'name')).toEqual(['Mohamed el-Amrani', 'Abdel Rahman al-Sayed']);
  });
});

describe('two columns read as one line', () => {
  it('splits two names side by side at the column gap the page shows', () => {
    const text = 'Nota aan de directeur\n\nOpgesteld door                  Afgestemd met\nKwabena Agyeman                 Tsega Woldemichael\nSenior adviseur                 Jurist';
    expect(found(text, 'name')).toEqual(['Kwabena Agyeman', 'Tsega Woldemichael']);
  });

  it('reads a label further on the line and a routing label of a note', () => {
    expect(found('Opsteller: Kwabena Agyeman          Paraaf: Tsega Woldemichael', 'name')).toEqual(['Kwabena Agyeman', 'Tsega Woldemichael']);
    expect(found('Van: Kwabena Agyeman, beleidsadviseur\nAan: directeur Uitvoering\nVia: Tsega Woldemichael, afdelingshoofd', 'name')).toEqual(['Kwabena Agyeman', 'Tsega Woldemichael']);
  });
});

describe('chat exports and short messages', () => {
  it.each([
    ['Chat\nKwabena Agyeman 09:41\nGoedemorgen, staat het overleg nog?\nTsega Woldemichael 09:43\nJa hoor.'],
    ['[09:41] Kwabena Agyeman\nGoedemorgen, staat het overleg nog?\n[09:43] Tsega Woldemichael (Gast)\nJa hoor.'],
    ['Kwabena Agyeman, 4 maart 2025 09:41\nGoedemorgen\nTsega Woldemichael, 4 maart 2025 09:43\nJa hoor.'],
  ])('reads the sender on a line of its own with the time in %j', (text) => {
    expect(found(text, 'name')).toEqual(['Kwabena Agyeman', 'Tsega Woldemichael']);
  });

  it('reads the sender under a line of thanks and a first name with the initial of the surname', () => {
    expect(found('Dat is prima.\n\nMvg,\nObed M.\n\nDank!\nSarmi\n\nThanks,\nAdwoa', 'name')).toEqual(['Obed M.', 'Sarmi', 'Adwoa']);
  });

  it('reads "Sent by:" and "Verzonden door:" as header fields', () => {
    expect(found('From: Woldemichael, Tsega <t.woldemichael@dienst.nl>\nSent by: Agyeman, Kwabena\nVerzonden door: Obed Manuputty', 'name'))
      .toEqual(['Woldemichael, Tsega', 'Agyeman, Kwabena', 'Obed Manuputty']);
  });
});

describe('signatures', () => {
  it('reads a name above a function line that names its field, without a sign-off', () => {
    expect(found('Hierbij de notitie zoals besproken.\n\nMebrahtu Wiśniewska\nCoördinator bezwaar\nDirectie Migratiebeleid', 'name')).toEqual(['Mebrahtu Wiśniewska']);
  });

  it('reads the signer under a function line ending in a comma, and keeps a public office', () => {
    expect(found('Hoogachtend,\n\nDe teamleider Vergunningen,\n\nSunita Bhoelai', 'name')).toEqual(['Sunita Bhoelai']);
    const mayor = run('Ondertekend door de burgemeester van Voorbeeldstad,\n\nShantie Ramsaroep');
    expect(mayor.suggestions.filter((s) => s.category === 'name')).toEqual([]);
    expect(mayor.kept.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Shantie Ramsaroep']);
  });
});

describe('persons who act in minutes and handovers', () => {
  it('finds a name before an action verb and two first names before a plural verb', () => {
    const text = 'Werkoverleg 4 maart\nActiepunten\n- Tsega stuurt de planning rond\n- Yopie en Wojciech bellen de aanvrager';
    expect(found(text, 'name')).toEqual(['Tsega', 'Yopie', 'Wojciech']);
  });

  it('finds the person who takes over and the person who becomes the contact', () => {
    const text = 'Vanaf 1 april is Yopie Latuheru het aanspreekpunt. Bij afwezigheid neemt Wojciech het over.';
    expect(found(text, 'name')).toEqual(['Yopie Latuheru', 'Wojciech']);
  });
});

describe('names of no lexicon in running text', () => {
  it.each([
    ['Namens Aroha Ngata stuur ik u de stukken.', ['Aroha Ngata']],
    ['Siosaia Taufa (jurist) heeft het advies geschreven.', ['Siosaia Taufa']],
    ['Zoals Aroha Ngata al aangaf, is de termijn verstreken.', ['Aroha Ngata']],
  ])('finds the person in %j', (text, expected) => {
    expect(found(text, 'name')).toEqual(expected);
  });

  it('does not read ordinary words or an organisation before parentheses as a name', () => {
    expect(found('De Raad voor de Kinderbescherming (RvdK) en Lokaal Belang (LB) zijn gehoord.', 'name')).toEqual([]);
  });
});

describe('agreement with the e-mail addresses of the document', () => {
  it('reads a surname of a personal address at the start of a sentence and a first name addressed before a comma', () => {
    const text = 'Van: t.haile@dienst.nl\nAan: yopie.latuheru@dienst.nl\n\nYopie, wil jij dit doen? Haile is er morgen niet.';
    expect(found(text, 'name')).toEqual(['Yopie', 'Haile']);
  });

  it('does not take an ordinary word at the start of a sentence for the surname of an address', () => {
    expect(found('Van: t.haile@dienst.nl\n\nMorgen is er overleg.', 'name')).toEqual([]);
  });
});

describe('public officials stay kept', () => {
  it('does not take a place after "burgemeester van" for a surname', () => {
    const r = run('Het rapport is opgesteld voor de burgemeester van Voorbeeldstad.');
    expect([...r.suggestions, ...r.kept].filter((s) => s.category === 'name')).toEqual([]);
  });

  it('keeps the name after a role that ends in a capitalised word, without that word', () => {
    const r = run('Daarna sprak commissaris van de Koning Darwish de aanwezigen toe.');
    expect(r.suggestions.filter((s) => s.category === 'name')).toEqual([]);
    expect(keptTexts('Daarna sprak commissaris van de Koning Darwish de aanwezigen toe.', 'name')).toEqual(['Darwish']);
  });
});

describe('phone numbers by class', () => {
  it('suggests a mobile number that a weak general cue ("bereikbaar via") stands before', () => {
    expect(found('Kwabena Boateng\nbereikbaar op 06 41 23 45 67', 'phone')).toEqual(['06 41 23 45 67']);
  });

  it('reads "telnr." as a phone label and a mobile number after a bare "nummer", split over a line', () => {
    expect(found('telnr. 0765 123 456', 'phone')).toEqual(['0765 123 456']);
    expect(found('Ik heb haar op nummer 06\n41234567 gebeld.', 'phone')).toHaveLength(1);
  });

  it('keeps a number in the footer of both pages of a two-page letter, however it is spaced', () => {
    const body = 'Geachte heer Adeyemi,\n\nIn uw brief vraagt u om een toelichting op het besluit.\nDe termijn is zes weken.\n\n';
    const r = run(`${body}Ministerie van Voorbeeldzaken\nTelefoon (070) 456 78 90\n1`, `${body}Ministerie van Voorbeeldzaken\nTelefoon 070-4567890\n2`);
    expect(r.suggestions.filter((s) => s.category === 'phone')).toEqual([]);
    expect(r.kept.filter((s) => s.category === 'phone')).toHaveLength(2);
  });

  it('keeps a number in a letterhead block with the organisation\'s postcode, and a number the public is told to call', () => {
    expect(keptTexts('Gemeente Voorbeeldstad\nStadhuisplein 1\n1234 AB Voorbeeldstad\nTelefoon 0345 - 61 23 45\n\nGeachte heer Ogunleye,', 'phone')).toEqual(['0345 - 61 23 45']);
    expect(keptTexts('U kunt ook langskomen bij het wijkteam of bellen: 020 - 555 12 34 (ma t/m vr).', 'phone')).toEqual(['020 - 555 12 34']);
    expect(found('U kunt mij bellen op 020 - 555 12 34.', 'phone')).toEqual(['020 - 555 12 34']);
  });

  it('keeps the number of a team\'s contact block and of a customer contact centre written in words', () => {
    const body = 'Geachte mevrouw Okonkwo,\n\nWij hebben uw aanvraag ontvangen.\n\n';
    expect(keptTexts(`${body}Team Leerlingenvervoer\nTelefoon: 0345 - 61 23 99\nE-mail: leerlingenvervoer@voorbeeldstad.nl`, 'phone')).toEqual(['0345 - 61 23 99']);
    expect(keptTexts(`${body}Voor vragen kunt u contact opnemen met ons Klant Contact Centrum (KCC) via 070 - 353 53 53.`, 'phone')).toEqual(['070 - 353 53 53']);
    expect(found(`${body}Met vriendelijke groet,\n\nNgozi Okafor\nConsulent\nT 0345 - 61 24 87`, 'phone')).toEqual(['0345 - 61 24 87']);
  });
});
