import { describe, expect, it } from 'vitest';
import { suggestDossier } from '../../../shared/detect';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';
import { found, keptTexts, run } from './helpers';

// Issue #11 item 6, by class (session 10): public officials in every form a Dutch government paper
// uses, a company's published details and general or functional mailboxes. Every name, place,
// company, number and address here was made up for these tests.

const keptName = (text: string, name: string) => run(text).kept.find((s) => s.category === 'name' && s.text.includes(name));

describe('public officials in a public role are kept, with the role in the reason', () => {
  it.each([
    ['Korpschef Annelies Wijnbergen lichtte het jaarverslag toe aan de commissie.', 'Wijnbergen', /korpschef/i],
    ['De hoofdofficier van justitie, Gerrit-Jan Zomerdijk, sprak de raad toe.', 'Zomerdijk', /hoofdofficier van justitie/i],
    ['Dijkgraaf Wendel Postma en heemraad Frits Zonneveld openden het gemaal.', 'Zonneveld', /heemraad/i],
    ['De vicepresident van de Raad van State, Tjeerd Hollema, sprak de vergadering toe.', 'Hollema', /vicepresident van de Raad van State/i],
    ['De directeur van de Autoriteit Persoonsgegevens, Aleid Wolfsen, gaf een toelichting.', 'Wolfsen', /Autoriteit Persoonsgegevens/],
    ['De voorzitter van de Raad van Bestuur van het Zorgkantoor Oost, Maarten Camps, reageerde.', 'Camps', /Raad van Bestuur/],
    ['Raadsgriffier Maaike Sterrenburg stuurt de stukken rond.', 'Sterrenburg', /raadsgriffier/i],
    ['De gemeentesecretaris, Hester Bloemendaal, tekent het besluit namens het college.', 'Bloemendaal', /gemeentesecretaris/i],
  ])('%j', (text, name, role) => {
    const k = keptName(text, name);
    expect(k, text).toBeDefined();
    expect(k!.reason).toMatch(role);
    expect(found(text, 'name').join(' ')).not.toMatch(new RegExp(name));
  });

  it('keeps the officials of a table row whose function cell follows the name, and suggests the civil servant between them', () => {
    const text = 'Naam Functie\nHarmke Terpstra burgemeester\nPieter Kolkema beleidsmedewerker\nJorrit Wiersma wethouder';
    const res = run(text);
    expect(res.kept.filter((s) => s.category === 'name').map((s) => s.text).sort()).toEqual(['Harmke Terpstra', 'Jorrit Wiersma']);
    expect(res.kept.find((s) => s.text === 'Harmke Terpstra')!.reason).toMatch(/burgemeester/);
    expect(res.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Pieter Kolkema']);
  });

  it('gives a role that closes a line to the name that opens it, not to the next line\'s name', () => {
    const text = 'Sprekers\nHarmke Terpstra, burgemeester\nTjitske Boersma, inwoner van Zandvoorde\nPieter Kolkema, projectleider';
    const res = run(text);
    expect(res.kept.filter((s) => s.category === 'name').map((s) => s.text)).not.toContain('Tjitske Boersma');
    expect(res.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(expect.arrayContaining(['Tjitske Boersma', 'Pieter Kolkema']));
  });

  it('keeps the police and the public prosecutor at the local triangle, and suggests the adviser who takes the minutes', () => {
    const text = 'Verslag driehoeksoverleg Zandvoorde\nAanwezig:\nHarmke Terpstra (burgemeester)\nEelco Bosma (teamchef politie)\nMarloes Kramer (officier van justitie)\nPieter Kolkema (adviseur openbare orde, notulist)';
    const res = run(text);
    expect(res.kept.filter((s) => s.category === 'name').map((s) => s.text).sort()).toEqual(['Eelco Bosma', 'Harmke Terpstra', 'Marloes Kramer']);
    expect(res.kept.find((s) => s.text === 'Eelco Bosma')!.reason).toMatch(/teamchef/);
    expect(res.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Pieter Kolkema']);
  });

  it('keeps the triangle\'s roles written before the names', () => {
    const text = 'Lokale driehoek, 3 maart\nAanwezig: burgemeester Harmke Terpstra, districtschef Eelco Bosma, officier van justitie Marloes Kramer en Pieter Kolkema (beleidsadviseur OOV).';
    const res = run(text);
    expect(res.kept.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(expect.arrayContaining(['Eelco Bosma', 'Marloes Kramer']));
    expect(res.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toContain('Pieter Kolkema');
  });

  it('suggests a team chief and a prosecutor outside the triangle: civil servants\' functions there', () => {
    const text = 'Intern verslag casusoverleg\nAanwezig:\nEelco Bosma (teamchef politie)\nMarloes Kramer (officier van justitie)\nPieter Kolkema (jurist)';
    const res = run(text);
    expect(res.kept.filter((s) => s.category === 'name')).toEqual([]);
    expect(res.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(expect.arrayContaining(['Eelco Bosma', 'Pieter Kolkema']));
  });

  it('never makes the chair or the secretary of an internal meeting public', () => {
    const text = 'Verslag werkoverleg team Vergunningen\nVoorzitter: Pieter Kolkema\nSecretaris: Ineke Brouwer\nAanwezig: Sanne Veldhuis, Bas Oudeman\n\nPieter Kolkema (voorzitter) opent het overleg.';
    const res = run(text);
    expect(res.kept.filter((s) => s.category === 'name')).toEqual([]);
    expect(res.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(expect.arrayContaining(['Pieter Kolkema', 'Ineke Brouwer', 'Sanne Veldhuis', 'Bas Oudeman']));
  });

  it('suggests the civil servant beside the alderman in one sentence', () => {
    const text = 'Wethouder Jorrit Wiersma heeft met beleidsmedewerker Pieter Kolkema gesproken.';
    expect(keptTexts(text, 'name')).toEqual(['Jorrit Wiersma']);
    expect(found(text, 'name')).toEqual(['Pieter Kolkema']);
  });
});

describe('a company\'s published details are not a civil servant\'s personal data', () => {
  it('keeps the general mailbox and number in a company\'s footer with its KvK and BTW number', () => {
    const text = 'Offerte dakrenovatie\n\nBouwbedrijf Hendriks B.V. | Industrieweg 12, 7421 AB Deventer | KvK 12345678 | BTW NL001234567B01\nsales@hendriksbouw.nl | 0570 123 456';
    const res = run(text);
    expect(res.suggestions).toEqual([]);
    const mail = res.kept.find((s) => s.category === 'email')!;
    expect(mail.text).toBe('sales');
    expect(mail.reason).toMatch(/bedrijf.*Hendriks B\.V\./);
    expect(res.kept.find((s) => s.category === 'phone')!.reason).toMatch(/bedrijf/);
  });

  it('keeps a company\'s contact block headed by its name with the KvK number below', () => {
    const text = 'Contact\nAdvies & Meer\nKerkstraat 3, 1234 AB Zandvoorde\nT 0570 123 456\nE hello@adviesenmeer.nl\nKvK 87654321';
    const res = run(text);
    // Nothing of the block is suggested: not its number or mailbox, and not the ordinary word of
    // the company's name ("Meer", a surname that is also a Dutch word) as a person.
    expect(res.suggestions).toEqual([]);
    expect(res.kept.map((s) => s.category).sort()).toEqual(['email', 'phone']);
  });

  it('still suggests an employee\'s name, number and address in the company\'s signature', () => {
    const text = 'Met vriendelijke groet,\n\nJan Kuipers\nAccountmanager\nBouwbedrijf Hendriks B.V.\nT 0570 123 499\nE j.kuipers@hendriksbouw.nl\nKvK 12345678';
    const res = run(text);
    const sug = res.suggestions.map((s) => `${s.category}:${s.text}`);
    expect(sug).toEqual(expect.arrayContaining(['name:Jan Kuipers', 'phone:0570 123 499', 'email:j.kuipers']));
  });

  it('suggests a one-person business\'s mailbox with the owner\'s name in it', () => {
    expect(found('Eenmanszaak Tjitske Boersma Fotografie, tjitske@boersmafoto.nl, KvK 11223344', 'email')).toEqual(['tjitske']);
  });
});

describe('general and functional mailboxes', () => {
  it.each([
    ['Voor vragen over uw aanvraag kunt u mailen naar vergunningen2@zandvoorde.nl.', 'vergunningen2'],
    ['Colofon\nUitgave: Gemeente Zandvoorde\nE-mail: fd-secretariaat@zandvoorde.nl', 'fd-secretariaat'],
    ['Voor inlichtingen kunt u terecht bij onze klantenservice via customerservice@energiebedrijf.nl.', 'customerservice'],
    ['Heeft u vragen over de aanbesteding? Mail dan naar inkoop-2@zandvoorde.nl.', 'inkoop-2'],
  ])('keeps %j', (text, local) => {
    expect(keptTexts(text, 'email')).toEqual([local]);
    expect(run(text).kept.find((s) => s.category === 'email')!.reason).toMatch(/geen persoon/);
  });

  it('reads an English function word as a mailbox, not a person, in a header field (still suggested there)', () => {
    const res = run('Van: Sanne Veldhuis\nAan: hr@zandvoorde.nl; customercare@zandvoorde.nl\nOnderwerp: verlof');
    const mails = res.suggestions.filter((s) => s.category === 'email');
    expect(mails.map((s) => s.text)).toEqual(['hr', 'customercare']);
    for (const m of mails) expect(m.reason).toMatch(/functionele mailbox/);
  });

  it('suggests a person\'s address written with initials that look like a department word', () => {
    const res = run('Heeft u vragen? Mail dan naar hr.jansen@zandvoorde.nl.');
    expect(res.suggestions.filter((s) => s.category === 'email').map((s) => s.text)).toEqual(['hr.jansen']);
  });

  it('suggests a functional mailbox given to a colleague', () => {
    expect(found('Kun je de stukken naar fd-secretariaat@zandvoorde.nl sturen? Dan regelt het team de rest.', 'email')).toEqual(['fd-secretariaat']);
  });
});

describe('placeholders and lists with a dash', () => {
  it.each([
    'Een adres heeft de vorm initiaal.achternaam@zandvoorde.nl.',
    'Gebruik naam.medewerker@zandvoorde.nl als afzender in het sjabloon.',
  ])('keeps the placeholder in %j', (text) => {
    const res = run(text);
    expect(res.suggestions.filter((s) => s.category === 'email')).toEqual([]);
    expect(res.kept.find((s) => s.category === 'email')!.reason).toMatch(/voorbeeldadres/);
  });

  it("gives the role after a dash to its own line's name, and suggests the civil servant on the next line", () => {
    const text = 'Sprekers\nHarmke Terpstra – burgemeester\nPieter Kolkema – projectleider';
    const res = run(text);
    expect(res.kept.filter((s) => s.category === 'name').map((s) => s.text)).not.toContain('Pieter Kolkema');
    expect(res.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Pieter Kolkema']);
  });
});

describe('the officers of an elected body or its college sign its decisions in public', () => {
  it('keeps the secretary and the mayor under "Burgemeester en wethouders van …", with both offices in the reason', () => {
    const text = 'Burgemeester en wethouders van Zandvoorde,\n\nde secretaris,                 de burgemeester,\n\nH.J. Bloemendaal               mr. H. Terpstra';
    const res = run(text);
    expect(res.suggestions.filter((s) => s.category === 'name')).toEqual([]);
    const kept = res.kept.filter((s) => s.category === 'name');
    expect(kept.map((s) => s.text)).toEqual(['H.J. Bloemendaal', 'mr. H. Terpstra']);
    expect(kept[0]!.reason).toMatch(/secretaris.*Burgemeester en wethouders van Zandvoorde/);
  });

  it('keeps the clerk and the chair who sign a council decision, one signature a line', () => {
    const text = 'Aldus vastgesteld in de openbare vergadering van 12 maart 2025.\n\nDe griffier,\nM. Sterrenburg\n\nDe voorzitter,\nH. Terpstra';
    expect(run(text).suggestions.filter((s) => s.category === 'name')).toEqual([]);
  });

  it('suggests a civil servant under "De voorzitter," where no body\'s heading stands above', () => {
    const text = 'Verslag projectgroep\n\nDe voorzitter,\nM. Sterrenburg';
    expect(found(text, 'name')).toEqual(['M. Sterrenburg']);
  });

  it('keeps the portfolio holder of a council proposal and suggests its writer', () => {
    const text = 'Raadsvoorstel\nPortefeuillehouder: Jorrit Wiersma\nOpsteller: Pieter Kolkema\nDatum: 3 maart 2025';
    expect(keptTexts(text, 'name')).toEqual(['Jorrit Wiersma']);
    expect(found(text, 'name')).toEqual(['Pieter Kolkema']);
  });

  it('keeps an official named in parentheses after the role in a chat, and the later mention of the same name', () => {
    const text = '[14:02] Pieter Kolkema: de wethouder (Jorrit Wiersma) wil het stuk morgen zien\n[14:03] Sanne de Vries: ok, ik stuur het naar Jorrit Wiersma';
    const res = run(text);
    expect(res.kept.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Jorrit Wiersma', 'Jorrit Wiersma']);
    expect(res.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Pieter Kolkema', 'Sanne de Vries']);
  });
});

describe('a company\'s name with a person\'s name in it', () => {
  it('keeps the name of a legal person whole, and still suggests the same person signing', () => {
    const text = 'Offerte van Schildersbedrijf Kees Hoogland B.V., Dorpsstraat 4, 7421 AB Deventer.\n\nMet vriendelijke groet,\n\nKees Hoogland\nDirecteur';
    const res = run(text);
    const kept = res.kept.filter((s) => s.category === 'name');
    expect(kept.map((s) => s.text)).toEqual(['Schildersbedrijf Kees Hoogland B.V.']);
    expect(kept[0]!.reason).toMatch(/bedrijf/);
    expect(res.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Kees Hoogland']);
  });

  it('keeps the mailbox the AVG makes the organisation publish, and a municipality\'s own name as its mailbox', () => {
    expect(keptTexts('Vragen over privacy? Neem contact op met de functionaris gegevensbescherming via fg@zandvoorde.nl.', 'email')).toEqual(['fg']);
    expect(keptTexts('Contact: gemeente@zandvoorde.nl of stadhuis@zandvoorde.nl', 'email')).toEqual(['gemeente', 'stadhuis']);
  });
});

describe('names of organisations and a role before a first name', () => {
  it('keeps an association\'s name with a first name in it, and suggests the person of the same name in the sentence', () => {
    const res = run('Aanvrager\nSportvereniging Olympia Noord\n30006175\nKerkplein 7, Gouda\n\nMet Stichting Anna Pauw is afgesproken dat Anna Pauw de sleutel ophaalt.');
    const kept = res.kept.filter((s) => s.category === 'name').map((s) => s.text);
    expect(kept).toEqual(['Sportvereniging Olympia Noord', 'Stichting Anna Pauw']);
    expect(res.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['Anna Pauw']);
  });
});

describe('a functional mailbox at the edge of a one-page document', () => {
  // Blank lines of spaces push the footer down to the bottom edge of the page, away from the text.
  const body = Array.from({ length: 64 }, (_, i) => `Regel ${i + 1} van de tekst over het besluit.`).join('\n');
  it('keeps a function\'s mailbox in the footer block at the bottom of the page', () => {
    const res = run(`Gemeente Zandvoorde\n\n${body}\n\n \n \n \nKenmerk 2025-0412 · vergunningen.oost@zandvoorde.nl`);
    expect(res.suggestions.filter((s) => s.category === 'email')).toEqual([]);
    const kept = res.kept.find((s) => s.category === 'email')!;
    expect(kept.text).toBe('vergunningen.oost');
    expect(kept.reason).toMatch(/marge/);
  });

  it('suggests a person\'s address there', () => {
    const res = run(`Gemeente Zandvoorde\n\n${body}\n\n \n \n \nKenmerk 2025-0412 · m.kolkema@zandvoorde.nl`);
    expect(res.suggestions.filter((s) => s.category === 'email').map((s) => s.text)).toEqual(['m.kolkema']);
  });

  it('keeps a department\'s mailbox under a label of a colophon', () => {
    expect(keptTexts('Colofon\nDit is een uitgave van de gemeente Zandvoorde.\nMeer informatie: communicatie.oost@zandvoorde.nl', 'email')).toEqual(['communicatie.oost']);
  });
});

describe('an official and another document\'s private person with the same surname', () => {
  it('keeps the mayor whose first name ends a line, where another document of the dossier names a private person of that surname', () => {
    const doc = (name: string, text: string) => ({ name, pages: [pageTextFromString(text, 1)] });
    const [note, decision] = suggestDossier([
      doc('notitie.pdf', 'Telefoonnotitie\nGesprek met mw. S. Kolkema over haar aanvraag. Kolkema belt volgende week terug.'),
      doc('besluit.pdf', 'Het bezwaar is ongegrond. Het college, voorgezeten door burgemeester Wiebren\nKolkema, heeft hierover beslist.'),
    ], { law: 'wob' });
    expect(note!.suggestions.filter((s) => s.category === 'name').map((s) => s.text)).toEqual(['mw. S. Kolkema', 'Kolkema']);
    expect(decision!.suggestions.filter((s) => s.category === 'name')).toEqual([]);
    const kept = decision!.kept.find((s) => s.text === 'Kolkema')!;
    expect(kept.reason).toMatch(/burgemeester/);
  });
});
