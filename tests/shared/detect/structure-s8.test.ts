import { describe, expect, it } from 'vitest';
import { found, keptTexts, run } from './helpers';

// Issue #11, by class (session 8). Every name, number and address here was made up for these tests.
describe('other forms of a person named surname-first in a mail header', () => {
  it('finds the surname alone in the body once "Achternaam, Voornaam" stood in a CC or To field', () => {
    const text = 'Van: Saimir Dushku <s.dushku@minbzk.nl>\nAan: Rahimzadeh, Golnar\nCC: Mbemba, Kiese\nOnderwerp: stand van zaken\n\nBeste Golnar,\n\nIk heb het gisteren met Mbemba afgestemd. Rahimzadeh weet ervan.\n\nGroet,\nSaimir';
    const names = found(text, 'name');
    expect(names).toContain('Mbemba');
    expect(names).toContain('Rahimzadeh');
  });
});

describe('a person called by two given names', () => {
  it('finds both given names together once the full name stood after a label, even where the first is also an English word', () => {
    const text = 'Verslag overleg\n\nAanwezig: Precious Joy Macapagal, Ilir Dervishi\n\n1. Stand van zaken\nVolgens Precious Joy kan het sneller. Ilir meldt dat er twee verzoeken openstaan.';
    const names = found(text, 'name');
    expect(names).toContain('Precious Joy');
    expect(names).not.toContain('Joy');
  });
});

describe('a civil servant signing on behalf of a public official', () => {
  it('suggests the name under "Namens de minister van …," and keeps no official there', () => {
    const text = 'Geachte heer Tahiri,\n\nHierbij ontvangt u het besluit.\n\nMet vriendelijke groet,\nNamens de minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nValdete Morina\nhoofd Juridische Zaken';
    const res = run(text);
    const names = res.suggestions.filter((s) => s.category === 'name');
    expect(names.map((s) => s.text)).toContain('Valdete Morina');
    expect(names.find((s) => s.text === 'Valdete Morina')!.reason).toMatch(/namens/i);
    expect(res.kept.filter((s) => s.category === 'name').map((s) => s.text)).not.toContain('Valdete Morina');
  });

  it('suggests the name under "In opdracht van de burgemeester," and a name with "namens de staatssecretaris …" below it', () => {
    const text = 'Hierbij het besluit.\n\nIn opdracht van de burgemeester,\n\nBesnik Haliti\nsenior adviseur\n\nZie ook de brief van vorige week.\n\nDrita Kelmendi\nnamens de staatssecretaris van Financiën';
    const names = found(text, 'name');
    expect(names).toContain('Besnik Haliti');
    expect(names).toContain('Drita Kelmendi');
  });

  it('still keeps the official who signs in person', () => {
    const text = 'Hierbij het besluit.\n\nDe minister van Financiën,\n\nHendrik Zoutewelle';
    expect(keptTexts(text, 'name')).toContain('Hendrik Zoutewelle');
    expect(found(text, 'name')).not.toContain('Hendrik Zoutewelle');
  });

  it('keeps the minister and suggests the name after "Namens de minister …," on one line', () => {
    const text = 'Namens de minister van Financiën, Ardita Rexhepi, hoofd Fiscale Zaken';
    expect(found(text, 'name')).toContain('Ardita Rexhepi');
  });
});

describe('names of any origin in places the sentence decides', () => {
  it('finds an English greeting\'s name and not an office addressed by its title', () => {
    expect(found('Dear Xhensila,\n\nPlease find the documents attached.\n\nKind regards,\nTom', 'name')).toContain('Xhensila');
    expect(found('Dear Sir,\n\nPlease find the documents attached.', 'name')).toEqual([]);
  });

  it('finds the subject between "heeft" and a participle of speech, of an origin no lexicon holds', () => {
    expect(found('In het overleg van dinsdag heeft Khorshid Esfandiarpour aangegeven dat de termijn verloopt.', 'name')).toEqual(['Khorshid Esfandiarpour']);
    expect(found('Gisteren heeft Ngalula Mukendi nog laten weten dat het klopt.', 'name')).toEqual(['Ngalula Mukendi']);
    expect(found('In de vergadering heeft Defensie aangegeven dat het klopt.', 'name')).toEqual([]);
  });

  it('finds a name before "belde" and two surnames of no lexicon before a plural verb of action', () => {
    expect(found('Later belde Dumisani Mahlangu-Okoth terug. Tshilombo en Wickremesekera bellen de aanvrager.', 'name')).toEqual(expect.arrayContaining(['Tshilombo', 'Wickremesekera']));
    expect(found('Vandaag heb ik het stuk gelezen. Bashkim Rrahmani belde later met de vraag of het klaar was.', 'name')).toContain('Bashkim Rrahmani');
    expect(found('Utrecht en Amersfoort bellen de aanvragers.', 'name')).toEqual([]);
  });
});

describe('general numbers and mailboxes of a team, department or service stay', () => {
  it('keeps a number and mailbox on the line of a team or department, and one under a department in a contact block', () => {
    const text = 'Informatie over de aanvraag\n\nAfdeling Burgerzaken: 0320 - 27 89 00\nTeam Handhaving | 030 – 234 56 78 | handhaving@provincie-west.nl\n\nContact\nAfdeling Subsidies\nT 0320 27 89 55\nE subsidies@dijkstede.nl';
    const r = run(text);
    expect(r.suggestions.filter((s) => s.category === 'phone' || s.category === 'email')).toEqual([]);
    const kept = r.kept.filter((s) => s.category === 'phone' || s.category === 'email');
    expect(kept.map((s) => s.text)).toEqual(expect.arrayContaining(['0320 - 27 89 00', '030 – 234 56 78', 'handhaving', '0320 27 89 55', 'subsidies']));
    for (const k of kept) expect(k.reason).toMatch(/afdeling|team|organisatie/i);
  });

  it('keeps the number and a department mailbox the reader (u) is sent to', () => {
    const text = 'Heeft u vragen over dit besluit? Mail dan naar vergunningen@dijkstede.nl of bel 0521 38 44 00.\nU kunt ook mailen naar burgerzaken@dijkstede.nl.';
    const r = run(text);
    expect(r.suggestions.filter((s) => s.category === 'phone' || s.category === 'email')).toEqual([]);
    expect(r.kept.map((s) => s.text)).toEqual(expect.arrayContaining(['vergunningen', '0521 38 44 00', 'burgerzaken']));
  });

  it('still suggests a person\'s number beside a team under the person\'s name, and a person\'s number sent to the reader', () => {
    expect(found('Met vriendelijke groet,\n\nAnouk Verbeek\nTeam Handhaving | 030 – 234 56 99', 'phone')).toEqual(['030 – 234 56 99']);
    expect(found('Heeft u vragen? Bel dan mevrouw Verbeek op 030 234 56 98.', 'phone')).toEqual(['030 234 56 98']);
    expect(found('Van: Anouk Verbeek\nAan: Kees Dam\n\nKees, mail het naar anouk.verbeek@dijkstede.nl.', 'email')).toEqual(['anouk.verbeek']);
  });

  it('reads a local part of ordinary words as a department\'s mailbox, not a person\'s', () => {
    const r = run('Van: Kees Dam\nAan: Anouk Verbeek\nCC: vergunningen@dijkstede.nl\nOnderwerp: stand\n\nZie bijlage.');
    const box = r.suggestions.find((s) => s.text === 'vergunningen');
    expect(box?.reason).toMatch(/functionele mailbox/);
  });
});

describe('a known person\'s first name in lower case', () => {
  it('finds the first name of a header or chat sender written in lower case in a greeting, a sign-off and a chat line', () => {
    const text = 'Van: Vjosa Berisha <v.berisha@minszw.nl>\nAan: Siavash Moradkhani\nOnderwerp: stukken\n\nhoi siavash,\n\nzie bijlage.\n\ngroet,\nvjosa\n\n[02-06 09:12] Yaw Darkwah-Boadu: ok siavash, top\n[02-06 09:14] Siavash Moradkhani: dank je yaw!';
    const names = found(text, 'name');
    expect(names.filter((n) => n === 'siavash')).toHaveLength(2);
    expect(names).toContain('vjosa');
  });

  it('takes a name that is also an English word in lower case only where it is greeted or signs', () => {
    const text = 'Overleg\n\nAanwezig: Precious Joy Dlamini, Tomas Dvorak\n\nhoi precious,\n\nwat een precious moment was dat.\n\ngroet,\ntomas';
    const lows = run(text).suggestions.filter((s) => s.category === 'name' && s.text === 'precious');
    expect(lows).toHaveLength(1);
    expect(text.indexOf('hoi precious') + 4).toBe(text.indexOf('precious'));
  });

  it('leaves a lower-case word that is a Dutch word alone, and never reads inside an address', () => {
    const text = 'Van: Roos Vermeulen <roos.vermeulen@minszw.nl>\nAan: Thandiwe Nkosi\n\nDe roos bloeit. Mail thandiwe.nkosi@minszw.nl of www.thandiwe.nl.';
    const names = found(text, 'name');
    expect(names).not.toContain('roos');
    expect(names).not.toContain('thandiwe');
  });
});

describe('names at a line end and hyphenated given names', () => {
  it('finds a name after "door" at the end of a line when a labelled line follows', () => {
    expect(found('Het stuk is gecontroleerd door Gëzim Dreshaj.\nAanwezig: Piet Jansen', 'name')).toContain('Gëzim Dreshaj');
  });

  it('finds a hyphenated first name alone once the person is known', () => {
    expect(found('Aanwezig: Mohammad-Reza Karimi\n\nVolgens Mohammad-Reza is het goed.', 'name')).toContain('Mohammad-Reza');
  });
});

describe('a person named after a function, "collega", or as the one the writer calls', () => {
  it('finds names of no lexicon after a function or "collega", not a department after a function', () => {
    const text = 'Ook jurist Oluwatoyin Adebanjo-D\'Costa keek mee. Mijn collega Nkechi is morgen terug. De adviseur Juridische Zaken is akkoord.';
    const names = found(text, 'name');
    expect(names).toEqual(expect.arrayContaining(["Oluwatoyin Adebanjo-D'Costa", 'Nkechi']));
    expect(names.join(' ')).not.toMatch(/Juridische|Zaken/);
  });

  it('finds the person the writer calls or speaks, and the one between "heb" and a participle', () => {
    const names = found('Ik bel Forouzan vanmiddag. Ik heb Tuyisenge gisteren gesproken. Ik bel Defensie morgen.', 'name');
    expect(names).toEqual(expect.arrayContaining(['Forouzan', 'Tuyisenge']));
    expect(names).not.toContain('Defensie');
  });
});

describe('a service named beside a number in a signature', () => {
  it('keeps a number labelled by a secretariat or contact centre, or with the service in parentheses, and a mailbox labelled general', () => {
    const text = 'Met vriendelijke groet,\n\nMarjolein Stap\nBeleidsmedewerker\nSecretariaat: 070 456 12 00\nT 0320 27 89 00 (secretariaat)\nKCC: 020 444 33 22\nM 06 11 22 33 44\nAlgemeen e-mailadres: info.vergunningen@dijkstede.nl';
    const r = run(text);
    expect(r.kept.map((s) => s.text)).toEqual(expect.arrayContaining(['070 456 12 00', '0320 27 89 00', '020 444 33 22', 'info.vergunningen']));
    expect(r.suggestions.filter((s) => s.category === 'phone').map((s) => s.text)).toEqual(['06 11 22 33 44']);
  });
});

describe('staff tables with surname and first-name columns, and handover labels', () => {
  it('reads a row-per-line table headed "Achternaam Voornaam Functie Telefoon" and takes no function for a surname', () => {
    const text = 'Overzicht medewerkers\n\nAchternaam\tVoornaam\tFunctie\tTelefoon\nQerimaj\tVesel\tJurist\t06 12 34 56 71\nOppong\tKwaku\tTeamleider\t06 12 34 56 73';
    const names = found(text, 'name');
    expect(names).toEqual(expect.arrayContaining([expect.stringContaining('Qerimaj'), expect.stringContaining('Oppong')]));
    expect(names.join(' ')).not.toMatch(/Teamleider|Jurist/);
  });

  it('reads a cell-per-line table with an "Achternaam" column', () => {
    const names = found('Achternaam\nVoornaam\nFunctie\nHaxhiu\nDrilona\nJurist\nMoradian\nLadan\nAdviseur', 'name');
    expect(names).toEqual(expect.arrayContaining(['Haxhiu', 'Moradian']));
  });

  it('reads a label of a role with an adjective before it ("Nieuwe behandelaar:", "Overdragende medewerker:")', () => {
    const names = found('Overdracht van dossier\nOverdragende medewerker: Sherwin Cijntje\nNieuwe behandelaar: Aušra Paulauskienė', 'name');
    expect(names).toEqual(expect.arrayContaining(['Sherwin Cijntje', 'Aušra Paulauskienė']));
  });
});
