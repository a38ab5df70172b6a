import { describe, expect, it } from 'vitest';
import { found, keptTexts, run } from './helpers';

describe('names of civil servants and private persons', () => {
  const cases: [string, string[]][] = [
    // Outlook header forms
    ['Van: Bos, A.W. (Anouk) <anouk.bos@politie.nl>', ['Bos, A.W. (Anouk)']],
    ['Aan: Groot, J. (Jeroen) de <j.degroot@politie.nl>; Mulder, R. (Rakesh) <r.mulder@politie.nl>', ['Groot, J. (Jeroen) de', 'Mulder, R. (Rakesh)']],
    ['CC: Berg-Bos, F. (Femke) van den <f.vandenbergbos@politie.nl>', ['Berg-Bos, F. (Femke) van den']],
    ['Aan: El Amrani, T.M. (Thijs) <t.elamrani@minjenv.nl>', ['El Amrani, T.M. (Thijs)']],
    // display names in headers, including unknown first names
    ['Van: Xiomara Quispel <x.quispel@rijksoverheid.nl>\nOnderwerp: overleg', ['Xiomara Quispel']],
    // titles, ranks and initials (seed: convenant IND-politie-KMar)
    ['vertegenwoordigd door mevrouw A. van Dam, hierna te noemen: de IND;', ['mevrouw A. van Dam']],
    ['te dezen vertegenwoordigd door J.A. van den Berg, Politiechef Landelijke Eenheid', ['J.A. van den Berg']],
    ['vertegenwoordigd door kolonel M.M. Kersbergen, plv. Commandant', ['kolonel M.M. Kersbergen']],
    ['Het onderzoek is begeleid door dhr. L. Yilmaz-Dekker, die ook de interviews coördineerde.', ['dhr. L. Yilmaz-Dekker']],
    ['De juridische toets is uitgevoerd door drs. A. Peters van de Directie Migratiebeleid.', ['drs. A. Peters']],
    ['Eigenaar van deze werkinstructie: G. El Amrani-Meer, senior beleidsmedewerker.', ['G. El Amrani-Meer']],
    ['Contactpersoon\nmevrouw G.H. Bos\nDirectie Migratiebeleid', ['mevrouw G.H. Bos']],
    ['Het gesprek werd gevoerd met de heer Th. Verhoeven.', ['de heer Th. Verhoeven']],
    // first name + surname, tussenvoegsels, double surnames
    ['Met vriendelijke groet,\n\nSanne de Boer-Bakker\nbeslismedewerker', ['Sanne de Boer-Bakker']],
    ['Volgens Mohamed Hendriks is de planning haalbaar.', ['Mohamed Hendriks']],
    // names broken over a line end
    ['De toets is uitgevoerd door mevrouw R.G. de Boer-\nMeijer van de Unit 1F.', ['mevrouw R.G. de Boer-Meijer']],
    ['Het advies is opgesteld door J.\nvan der Linden en besproken.', ['J. van der Linden']],
    // signature with an unknown name
    ['Met vriendelijke groet,\n\nQuirijn Zwetsloot\nadviseur', ['Quirijn Zwetsloot']],
    // greeting
    ['Beste Esther,\n\nGraag ontvang ik jullie reactie.', ['Esther']],
  ];
  it.each(cases)('finds the name in %j', (text, expected) => {
    expect(found(text, 'name')).toEqual(expected);
  });

  const negatives: string[] = [
    'De Minister van Binnenlandse Zaken en Koninkrijksrelaties heeft besloten.',
    'Dan volgt meestal ook een terugkeerbesluit en een inreisverbod.',
    'Door de IND, het OM, het Directoraat-Generaal Rechtspleging en Rechtshandhaving is geconcludeerd.',
    'Zie bijlage B. Daarnaast is artikel 5.1, tweede lid, onder e van toepassing.',
    'Wordt artikel 1F tegengeworpen, dan volgt meestal ook een terugkeerbesluit.',
    'Directie Migratiebeleid\nMinisterie van Justitie en Veiligheid\nPostbus 20301 | 2500 EH Den Haag',
    'Beste collega\'s,\n\nHierbij de stukken.',
    'Met vriendelijke groet,\n\nTeam Migratiebeleid',
    'In fase A. Vervolgens wordt het dossier overgedragen.',
  ];
  it.each(negatives)('finds no name in %j', (text) => {
    expect(found(text, 'name')).toEqual([]);
  });

  it('covers only the name with a rectangle per line when it is broken over two lines', () => {
    const { suggestions } = run('Het advies is opgesteld door J.\nvan der Linden en besproken.');
    expect(suggestions[0]?.rects).toHaveLength(2);
  });
});

describe('public roles stay readable', () => {
  it('keeps a minister named in the running text and does not suggest him', () => {
    const text = 'De Minister van Justitie en Veiligheid D.M. van Weel heeft aangegeven de brief te versturen.';
    expect(found(text, 'name')).toEqual([]);
    expect(keptTexts(text, 'name')).toEqual(['D.M. van Weel']);
  });

  it('keeps a state secretary who signs a letter', () => {
    const text = 'Hoogachtend,\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nA. Broekers-Knol';
    expect(keptTexts(text, 'name')).toEqual(['A. Broekers-Knol']);
    expect(found(text, 'name')).toEqual([]);
  });

  it('keeps both ministers of a letter signed side by side', () => {
    const text = 'De Minister van Justitie en Veiligheid,      De Minister van Asiel en Migratie,\n\nD.M. van Weel      Bart van den Brink';
    expect(keptTexts(text, 'name').sort()).toEqual(['Bart van den Brink', 'D.M. van Weel']);
    expect(found(text, 'name')).toEqual([]);
  });

  it('suggests a civil servant who signs on behalf of the minister ("namens deze")', () => {
    const text = 'Hoogachtend,\n\nDe Staatssecretaris van Justitie en Veiligheid,\nnamens deze,\n\nP.J. Vermeulen';
    expect(found(text, 'name')).toEqual(['P.J. Vermeulen']);
  });

  it('keeps other mentions of a public official found elsewhere in the document', () => {
    const { suggestions, kept } = run('De Minister van Justitie en Veiligheid D.M. van Weel opende de vergadering.', 'Later sprak D.M. van Weel de zaal toe.');
    expect(suggestions.filter((s) => s.category === 'name')).toEqual([]);
    expect(kept.map((k) => k.page)).toEqual([1, 2]);
  });
});

describe('a name found once is found everywhere', () => {
  it('finds a surname-only mention on another page', () => {
    const { suggestions } = run('Van: Zwetsloot, Q. (Quirijn) <q.zwetsloot@minjenv.nl>', 'Het voorstel van Zwetsloot is besproken.');
    expect(suggestions.filter((s) => s.page === 2 && s.category === 'name').map((s) => s.text)).toEqual(['Zwetsloot']);
  });

  it('finds a surname known only from a personal e-mail address', () => {
    const { suggestions } = run('Stuur het naar p.verkerk@minjenv.nl voor akkoord.', 'Het concept is daarna door Verkerk goedgekeurd.');
    expect(suggestions.filter((s) => s.page === 2 && s.category === 'name').map((s) => s.text)).toEqual(['Verkerk']);
  });

  it('does not turn a functional mailbox into a name', () => {
    const { suggestions } = run('Mail naar postbus.migratiebeleid@minjenv.nl.\n\nDirectie Migratiebeleid');
    expect(suggestions.filter((s) => s.category === 'name')).toEqual([]);
  });
});

describe('headings and team names are not names', () => {
  it.each([
    'B. Verzoek\n\nU hebt op 3 mei om informatie verzocht.',
    'C. Overwegingen',
    'Met vriendelijke groet,\n\nJuridische Dienstverlening',
    'Beste projectgroep,\n\nHierbij de stukken.',
    'Beste Werkgroep,\n\nHierbij de stukken.',
  ])('finds no name in %j', (text) => {
    expect(found(text, 'name')).toEqual([]);
  });
  it('still finds a signer whose surname is also a word', () => {
    expect(found('Met vriendelijke groet,\n\nJ. Groot\nadviseur', 'name')).toEqual(['J. Groot']);
  });
});

describe('names nobody listed', () => {
  it('finds two unusual capitalised words after a word that introduces a person', () => {
    expect(found('Het gesprek met Xiomara Quispel vond plaats in Utrecht.', 'name')).toEqual(['Xiomara Quispel']);
  });
  it.each(['Het overleg met Landelijk Parket was nuttig.', 'Wij werken samen met Bureau Documenten.', 'Het gesprek met Openbaar Ministerie volgt.'])('leaves organisations alone: %j', (text) => {
    expect(found(text, 'name')).toEqual([]);
  });
});

describe('signatures in other layouts', () => {
  it.each([
    ['Met vriendelijke groet,\n\nXiomara Quispel | senior adviseur | Directie Openbaar Bestuur', ['Xiomara Quispel']],
    ['Met vriendelijke groet, Xiomara Quispel', ['Xiomara Quispel']],
    ['Groet,\nQuirijn Zwetsloot, beleidsmedewerker', ['Quirijn Zwetsloot']],
  ])('finds the signer in %j', (text, expected) => {
    expect(found(text, 'name')).toEqual(expected);
  });
});

describe('a surname after a public role', () => {
  it.each([
    ['Minister Dijkgraaf heeft de Kamer geïnformeerd.', 'Dijkgraaf'],
    ['Op 12 januari heeft staatssecretaris Van der Burg toegezegd de Kamer te informeren.', 'Van der Burg'],
  ])('keeps the name in %j', (text, name) => {
    expect(keptTexts(text, 'name')).toEqual([name]);
    expect(found(text, 'name')).toEqual([]);
  });
  it('does not take the ministry for a name', () => {
    expect(keptTexts('De minister van Justitie en Veiligheid besloot.', 'name')).toEqual([]);
  });
});

describe('street names made of a person\'s name', () => {
  it.each([
    'Rijnstraat 8 | Anna van Buerenplein 1 | 2595 DA Den Haag',
    'Bezoekadres: Johan de Wittlaan 7, 2517 JR Den Haag',
  ])('finds no name in the address %j', (text) => {
    expect(found(text, 'name')).toEqual([]);
  });
});

describe('surnames that look like place words', () => {
  it.each([['dhr. P. van Dijk', 'dhr. P. van Dijk'], ['mevrouw A. Hoogendijk', 'mevrouw A. Hoogendijk'], ['J. Westerveld', 'J. Westerveld']])('finds %j', (text, name) => {
    expect(found(`Het advies kwam van ${text}.`, 'name')).toEqual([name]);
  });
});

describe('the Dutch capital IJ', () => {
  it('finds a surname that starts with IJ', () => {
    expect(found('Het verslag is gemaakt door drs. M. IJsselmuiden.', 'name')).toEqual(['drs. M. IJsselmuiden']);
  });
});
