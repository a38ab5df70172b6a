import { describe, expect, it } from 'vitest';
import { suggestDossier } from '../../../shared/detect';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';
import { found, keptTexts, run } from './helpers';

// Issue #11 classes 1–3: names of many origins, in layouts and places the corpora do not have.
// Every name here was made up for these tests.
describe('names of many origins', () => {
  const cases: [string, string[]][] = [
    // Turkish, with diacritics, in an Outlook header and after a verb of speech
    ['Van: Yıldırım, Ş. (Şeyma) <s.yildirim@minbzk.nl>\nOnderwerp: planning', ['Yıldırım, Ş. (Şeyma)']],
    ['Het advies is opgesteld door mijn collega Ayşe van der Linde en besproken.', ['Ayşe van der Linde']],
    // Ghanaian, hyphenated double surname, in a signature with the function below
    ['Met vriendelijke groet,\n\nKwabena Owusu-Ansah\nsenior beleidsadviseur', ['Kwabena Owusu-Ansah']],
    // Moroccan with a particle, after a title
    ['Het gesprek werd gevoerd door mevrouw F. El Ouazzani-de Groot.', ['mevrouw F. El Ouazzani-de Groot']],
    // Eritrean, as the signer of a reply
    ['Groet,\nSemhar Tesfamariam, coördinator', ['Semhar Tesfamariam']],
    // Polish first name alone in a greeting
    ['Beste Małgorzata,\n\nDank voor je bericht.', ['Małgorzata']],
    // particles "op den" after initials
    ['Akkoord namens de directie: A.B. op den Kamp', ['A.B. op den Kamp']],
  ];
  it.each(cases)('finds the name in %j', (text, expected) => {
    expect(found(text, 'name')).toEqual(expected);
  });
});

describe('names where the layout says a person stands', () => {
  const cases: [string, string[]][] = [
    // report title pages: a function label with a colon
    ['Rapport toegankelijkheid\nOnderzoeker: Meryem Bakkali\nConsultant: Rakesh Jagroep', ['Meryem Bakkali', 'Rakesh Jagroep']],
    // chat export
    ['[03-04 10:12] Dewi Latumahina: zie de bijlage\n[03-04 10:15] Bram: top, dank', ['Dewi Latumahina', 'Bram']],
    // minutes: speaker before a verb of speech, and an action column
    ['Verslag\nHüseyin merkt op dat de termijn te kort is.', ['Hüseyin']],
    ['Nr\n1\nActie\nCijfers opvragen\nWie\nWiktoria\nWanneer\n12-05', ['Wiktoria']],
    // a name with its function on the same line after a bar
    ['Goedgekeurd\nNaam:\nIrma Sewtahal | Programmadirecteur, Digitale Zaken', ['Irma Sewtahal']],
    // a person's role in the matter, then the name
    ['De contactpersoon voor dit verzoek is Tarik.', ['Tarik']],
    // the header of a quoted reply, Dutch and English
    ['Op 12 mrt. 2024 om 10:02 schreef Bas Hoekstra <b.hoekstra@example-org.nl>:\n> Klopt.', ['Bas Hoekstra']],
    ['On Tue, 12 Mar 2024 at 10:02, Wen Li <w.li@example-org.nl> wrote:\n> Agreed.', ['Wen Li']],
    // attendance list with functions in parentheses, and persons consulted together
    ['Aanwezig: Joost Pattipeilohy (voorzitter), Nazia Rambaran, Jelle Hoekstra', ['Joost Pattipeilohy', 'Nazia Rambaran', 'Jelle Hoekstra']],
    ['Ik heb dit met Stijn en Fleur afgestemd.', ['Stijn', 'Fleur']],
    ['Nadat Gülşen had gebeld, is het verstuurd.', ['Gülşen']],
    // a narrow table column breaks a name after its particle
    ['Naam\nNajat El\nBouazza\nRadjendra Asan', ['Najat El Bouazza', 'Radjendra Asan']],
    // a name below a label in a side column
    ['Kenmerk 2024-000123\nBehandelaar\nMohammed Ait Bouzian', ['Mohammed Ait Bouzian']],
  ];
  it.each(cases)('finds the names in %j', (text, expected) => {
    expect(found(text, 'name')).toEqual(expected);
  });
});

describe('no persons: organisations, products, places, headings and English words', () => {
  it.each([
    'Het college heeft dit afgestemd met het Van Goghmuseum.',
    'De app werkt in de browser van Mozilla Firefox en in Microsoft Edge.',
    'Het contract is gesloten met Tilburg Telecom.',
    'General Provisions\n\nInternational cooperation is essential.',
    'Dit is overlegd met Defensie en met Financiën.',
  ])('finds no name in %j', (text) => {
    expect(found(text, 'name')).toEqual([]);
  });

  it.each([
    'Inspectie Justitie en Veiligheid\nBezoekadres Cornelis Kuijpershof\n50\nPostbus 20301, 2500 EH Den Haag',
    'U vindt ons aan de Johanna Westerdijkplein 75, 2521 EN Den Haag.',
    // a house number and then the place, without a postcode
    'Gemeente Zwolle\nMaartje van der Kleihof 12\nZwolle\nInlichtingen bij',
    'Bezoek: Pieter Smithof 3a, Deventer.',
  ])('reads a street named after a person as an address: %j', (text) => {
    expect(found(text, 'name')).toEqual([]);
  });

  it('reads an English document as English: capitalised words are no names, officials keep their title', () => {
    const text = `The Security Council,
Recalling all its previous relevant resolutions, and welcoming the letter of the Director General
to General Haddad of the Government, Decides that the International Commission shall report.
The Council requests the Secretary-General to inform the General Assembly of the outcome of
the review and of the cooperation of all parties with the Commission and the Agency.
Dear General Haddad,
Yours sincerely,
Paulina Ekström
Executive Chairman`;
    const r = run(text);
    expect(r.suggestions.filter((s) => s.category === 'name')).toEqual([]);
  });
});

describe('persons in a public role stay readable', () => {
  it.each([
    ['Vragen van het lid Van Kessel-Dijkstra (SP) aan de minister van Financiën.', 'Van Kessel-Dijkstra'],
    ['Antwoord op vragen van Marloes de Wit (GL-PvdA) over het woningtekort.', 'Marloes de Wit'],
    ['Op voorstel van wethouder De la Cruz besluit de raad het voorstel aan te houden.', 'De la Cruz'],
  ])('keeps the member of parliament in %j', (text, name) => {
    expect(found(text, 'name')).toEqual([]);
    expect(keptTexts(text, 'name').join(' ')).toContain(name.split(' ').pop()!);
  });

  it('keeps a signer whose public office is on the line below the name', () => {
    const text = 'Hoogachtend,\n\nR.J. Stellingwerf\nMinister van Infrastructuur en Waterstaat';
    expect(found(text, 'name')).toEqual([]);
    expect(keptTexts(text, 'name')).toEqual(['R.J. Stellingwerf']);
  });

  it('keeps the signer under a role line that holds commas', () => {
    const text = 'De Minister van Volksgezondheid, Welzijn en Sport,\nK.L. Ommeren';
    expect(found(text, 'name')).toEqual([]);
  });

  it('keeps the members named in a council\'s decision list, with a reason', () => {
    const text = `Besluitenlijst raadsvergadering 4 maart
De fractie van de VVD dient een motie in. De fractie van het CDA dient een amendement in.
Wethouder Grootveld beantwoordt de vragen. De heer Schipper (raadslid) stelt een vraag.
Het amendement wordt aangenomen; tegen stemden de fracties van D66 en de SP.
Mevrouw Hoekstra-Bos vraagt een hoofdelijke stemming. De motie wordt verworpen.
De griffier leest het raadsbesluit voor. Agendapunt 5 wordt aangehouden.`;
    const r = run(text);
    expect(r.suggestions.filter((s) => s.category === 'name')).toEqual([]);
    const hoekstra = r.kept.find((s) => s.text.includes('Hoekstra-Bos'));
    expect(hoekstra?.reason).toMatch(/volksvertegenwoordiging|publieke/);
  });
});

describe('dossier memory', () => {
  const dossier = (...docs: string[][]) => suggestDossier(docs.map((pages, i) => ({ name: `doc${i + 1}.pdf`, pages: pages.map((p, j) => pageTextFromString(p, j + 1)) })), { law: 'wob' });

  it('finds a confident person\'s first name and surname in another document, and says where it learnt them', () => {
    const [a, b] = dossier(
      ['Van: Noura Haddou <n.haddou@minbzk.nl>\nAan: team\nOnderwerp: stand van zaken\n\nHierbij de stukken.'],
      ['Verslag\n\nDe planning is met Noura afgestemd. Haddou stuurt de cijfers na.'],
    );
    expect(a!.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Noura Haddou']);
    const names = b!.suggestions.filter((s) => s.category === 'name');
    expect(names.map((s) => s.text)).toEqual(['Noura', 'Haddou']);
    expect(names[1]!.reason).toMatch(/zelfde persoon als 'Noura Haddou' \(doc1\.pdf, pagina 1\)/);
  });

  it('recognises a first name written surname-first in a To line ("Achternaam, Voornaam")', () => {
    const [, b] = dossier(['Aan: Bouzid, Ilham; Smit, Jeroen\nOnderwerp: overleg'], ['Dag Ilham,\n\nKun je dit oppakken?']);
    expect(b!.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Ilham']);
  });

  it('finds the first name of a person from their e-mail address', () => {
    const r = run('Graag een reactie van Agata voor vrijdag.\n\nCC: agata.nowicka@example-org.nl');
    expect(r.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toContain('Agata');
  });

  it('never spreads a weak guess to other documents', () => {
    const [, b] = dossier(['Het gesprek met Xiomara Quispel vond plaats in Utrecht.'], ['Quispel is een mooie naam.']);
    expect(b!.suggestions.filter((s) => s.category === 'name')).toEqual([]);
  });

  it('keeps a public official in the other documents too', () => {
    const [, b] = dossier(['Minister Hamstra heeft de Kamer geïnformeerd.'], ['Volgens minister Hamstra is de termijn haalbaar.', 'Hamstra meldde dat de brief verzonden is.']);
    expect(b!.suggestions.filter((s) => s.category === 'name')).toEqual([]);
  });
});

describe('officials remembered across the dossier', () => {
  it('keeps the later mentions of an official with a reason that says where the role was found', () => {
    const [, b] = suggestDossier([
      { name: 'brief.pdf', pages: [pageTextFromString('Minister Hamstra heeft de Kamer geïnformeerd.')] },
      { name: 'mail.pdf', pages: [pageTextFromString('Het stuk gaat vandaag naar Hamstra voor akkoord.')] },
    ], { law: 'wob' });
    expect(b!.suggestions.filter((s) => s.category === 'name')).toEqual([]);
    expect(b!.kept.find((s) => s.text === 'Hamstra')?.reason).toMatch(/publieke functie \(brief\.pdf, pagina 1\)/);
  });

  it('still suggests another person whose name contains the official\'s surname', () => {
    const r = run('Minister Hamstra heeft de Kamer geïnformeerd.\n\nMet vriendelijke groet,\n\nLieke Hamstra\nbeleidsmedewerker');
    expect(r.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Lieke Hamstra']);
  });
});

// Names the lexicons hold badly (a first name that is an ordinary word, letters no list has), and
// lines that a rule about something else took away. Made-up names and addresses.
describe('names in lists and tables, whatever their origin', () => {
  it('takes a name spelled by a personal e-mail address of the document, accents left out, also with only the initial in the address', () => {
    // The table read column by column: no header above the names.
    const text = ['Contactgegevens werkgroep', '', 'Şêrîn Dabo', 'Bank Sowande', '', '06 1234 5678', '', 'serin.dabo@werkgroep-zuid.nl', 'b.sowande@werkgroep-zuid.nl'].join('\n');
    expect(found(text, 'name')).toEqual(['Şêrîn Dabo', 'Bank Sowande']);
  });

  it('takes the initial only where the name fills its line: "Met Sowande" in a sentence is no name', () => {
    const text = ['Met Sowande is afgesproken dat de notitie volgt.', '', 'b.sowande@werkgroep-zuid.nl'].join('\n');
    expect(found(text, 'name')).not.toContain('Met Sowande');
  });

  it('finds an initial and surname below a surname that ends in -en', () => {
    expect(found('Verslag\nS. Harmsen\nH. Oyelaran\nT. Okafor', 'name')).toEqual(['S. Harmsen', 'H. Oyelaran', 'T. Okafor']);
  });

  it('does not make a public official of a name below a line that holds another person\'s role and name', () => {
    const text = 'Verslag overleg 3 maart\nVoorzitter: wethouder Van Dalen\nAanwezig\nNaam\nA.B. Okonjo\nR. Brandsma';
    expect(found(text, 'name')).toEqual(['A.B. Okonjo', 'R. Brandsma']);
    expect(keptTexts(text, 'name')).toEqual(['Van Dalen']);
  });

  it('does not join a first name at a line end to a surname with a capital particle on the next line', () => {
    const text = 'Aanwezig: Fatma Yıldız, J. van der Wal\n\nActielijst\nWie\nFatma\nVan der Wal';
    const names = found(text, 'name');
    expect(names).not.toContain('Fatma Van der Wal');
    expect(names).toEqual(expect.arrayContaining(['Fatma', 'Van der Wal']));
  });

  it('reads a surname alone with its particle in capitals in a column of names, and the names below it', () => {
    expect(found('Actielijst\nWie\nVan der Heijden\nOyelaran\nDe Bruijn', 'name')).toEqual(['Van der Heijden', 'Oyelaran', 'De Bruijn']);
    expect(found('Naam\nDen Haag\nUtrecht', 'name')).toEqual([]);
  });
});

describe('a surname shared by a public official of one document and a person of another', () => {
  it('suggests the surname alone in the document whose own person bears it, and keeps the official where he signs', () => {
    const letter = 'Geachte heer Bakker,\n\nHierbij ontvangt u het besluit.\n\nDe burgemeester van Ommeland,\n\nmr. P. van der Meulen';
    const minutes = 'Verslag overleg 4 maart\nAanwezig\nK. van der Meulen\nJ. Okafor\n\n1. Opening\nVan der Meulen meldt dat de notitie later komt.';
    const [a, b] = suggestDossier([{ name: 'brief.pdf', pages: [pageTextFromString(letter)] }, { name: 'verslag.pdf', pages: [pageTextFromString(minutes)] }], { law: 'wob' });
    expect(a!.kept.map((s) => s.text)).toContain('mr. P. van der Meulen');
    expect(b!.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['K. van der Meulen', 'J. Okafor', 'Van der Meulen']);
    expect(b!.kept.filter((s) => s.category === 'name')).toEqual([]);
  });
});

describe('a list of names written initials first', () => {
  it('reads "I. Surname, I. Surname en I. Surname" as three names, not as \'Achternaam, V.\'', () => {
    expect(found('Auteurs: K.L. Adebayo, R.S. de Wit en P. Dekkers', 'name')).toEqual(['K.L. Adebayo', 'R.S. de Wit', 'P. Dekkers']);
  });
});
