// Issue #11 items 4 and 6, session 9: phone numbers and mailboxes by class. Every number, name and
// address here is made up.
import { describe, expect, it } from 'vitest';
import { suggestDocument, suggestDossier } from '../../../shared/detect';
import { pageTextFromString, toPageTexts } from '../../helpers/pdftotext-pagetext';
import { found, run, words } from './helpers';

const phones = (r: { suggestions: { category: string; text: string }[] }) => r.suggestions.filter((s) => s.category === 'phone').map((s) => s.text);
const keptOf = (r: { kept: { category: string; text: string; reason: string }[] }, category: string) => r.kept.filter((s) => s.category === category);

describe('a number followed by another figure in the next cell of its row', () => {
  it.each([
    ['Behandeld door Telefoon Datum\nZ/24/11 uw brief T. Ouwerkerk 0318 64 22 10 12 juni 2025', '0318 64 22 10'],
    ['Behandeld door Telefoon Datum\nK. Visser\n070-3456789 4 maart 2024', '070-3456789'],
    ['Telefoon Datum\n0575 123 456 3-2-2025', '0575 123 456'],
    ['Mobiel Vast\n06 11 22 33 44 0345 61 72 83', '06 11 22 33 44'],
  ])('ends the number where its ten digits do: %j', (text, number) => {
    expect(found(text, 'phone')).toContain(number);
  });

  it('still reads no number from a long figure that is none', () => {
    expect(found('Het bedrag van 0201 2345 6789 euro is betaald.', 'phone')).toEqual([]);
    expect(found('Referentie 070 345 67 89 12 zonder datum', 'phone')).toEqual([]);
  });
});


describe('a number wrapped to the next line of a table cell', () => {
  it('goes on at the cell\'s left edge, with the bracket of the sentence after it', () => {
    // Label column at x 40, the value cell from x 160: its first line ends with the start of the
    // number, its next line (read elsewhere by the text model) opens with the rest and a bracket.
    const page = toPageTexts([{ width: 595, height: 842, blocks: [
      { lines: [{ words: [...words('Gemachtigde', 40, 100), ...words('mr. Y. Bouzian (kantoor 030 245', 160, 100)] }] },
      { lines: [{ words: words('Namens', 40, 124) }] },
      { lines: [{ words: words('87 61) was aanwezig.', 160, 112) }] },
    ] }])[0]!;
    const got = suggestDocument([page], { law: 'wob' }).suggestions.filter((s) => s.category === 'phone');
    expect(got.map((s) => s.text)).toEqual(['030 245 87 61']);
    expect(got[0]!.reason).toMatch(/stukken over de regels van een tabelcel/);
  });
});

describe('general and direct numbers in one contact block', () => {
  const block = 'Contact over dit verslag\nMeldpunt Zorg\nmeldpunt@zorgvoorbeeld.nl\nR.S. Bakhuis\n088 321 40 00\ndirect: (0511) 45 67 89\ne-mail: r.bakhuis@zorgvoorbeeld.nl';

  it('keeps the unlabelled 088 number beside a number labelled direct, and suggests the direct one', () => {
    const r = run(block);
    expect(phones(r)).toEqual(['(0511) 45 67 89']);
    const k = keptOf(r, 'phone').find((s) => s.text === '088 321 40 00');
    expect(k?.reason).toMatch(/label 'direct'/);
  });

  it('reads "direct" after the number as its own label only on its own line', () => {
    expect(found('R.S. Bakhuis\n088 321 40 55 (direct)', 'phone')).toEqual(['088 321 40 55']);
  });

  it('keeps an 088 number with the organisation named on its line, below a colophon that names a person', () => {
    const r = run('Colofon: opgesteld door W. Hoogendijk, w.hoogendijk@minbzk.nl\n\nMinisterie van Binnenlandse Zaken · +31 88 123 4567');
    expect(phones(r)).toEqual([]);
    expect(keptOf(r, 'phone')[0]?.reason).toMatch(/Ministerie van Binnenlandse Zaken/);
  });
});

describe('a contact person named with "bereikbaar op"', () => {
  it.each([
    'Uw contactpersoon is Vermeulen, bereikbaar op 0318 55 44 33 of via j.vermeulen@gemeente-oost.nl.',
    'Behandelaar: mevrouw Achterberg, bereikbaar op +31 (0)20 555 12 12.',
  ])('suggests the number as the person\'s: %j', (text) => {
    expect(found(text, 'phone')).toHaveLength(1);
  });

  it('keeps a number that is only called reachable, with no person', () => {
    const r = run('Het loket is bereikbaar op 0318 55 44 00.');
    expect(phones(r)).toEqual([]);
  });
});

describe('a column of numbers one a line', () => {
  it('is a table\'s phone column, not a letterhead, however near the footer', () => {
    const text = 'Sprekers\n# naam\n1 Boukes, Aaltje\n2 Yilmaz, Derya\n3 Tuinman, Kees\n\nTelefoon\n06 11 22 33 44\n0345 61 72 83\n06-12312312\n\nwww.voorbeeldstad.nl · Postbus 12, 1234 AB Voorbeeldstad';
    expect(found(text, 'phone')).toEqual(['06 11 22 33 44', '0345 61 72 83', '06-12312312']);
  });

  it('is read as a column also where the text model joined its last number to an organisation\'s cell', () => {
    const text = 'Aanwezig\nOrganisatie\nTelefoon\n0345-617283\n06-12312312\nProvincie Voorbeeldland Directie Water 0318-642210\n1. Opening';
    expect(found(text, 'phone')).toEqual(['0345-617283', '06-12312312', '0318-642210']);
  });
});

describe('the office of an elected body and the public named as subject', () => {
  it('keeps the griffie\'s mailbox and number given to speakers', () => {
    const r = run('Wie wil inspreken, meldt zich uiterlijk een dag vooraf bij de griffie: griffie@voorbeeldstad.nl of (0575) 55 12 12.');
    expect(r.suggestions.filter((s) => s.category === 'phone' || s.category === 'email')).toEqual([]);
    expect(keptOf(r, 'phone')[0]?.reason).toMatch(/griffie/);
    expect(keptOf(r, 'email')[0]?.text).toBe('griffie');
  });

  it('keeps a department\'s mailbox that the public is told to write to, in the third person', () => {
    const r = run('Aanvragers sturen hun bouwtekeningen naar vergunningen@voorbeeldstad.nl.');
    expect(r.suggestions.filter((s) => s.category === 'email')).toEqual([]);
    expect(keptOf(r, 'email')[0]?.reason).toMatch(/Aanvragers/);
  });

  it('still suggests that mailbox where colleagues are told to use it', () => {
    const r = run('Stuur je bouwtekeningen intern naar vergunningen@voorbeeldstad.nl.');
    expect(r.suggestions.filter((s) => s.category === 'email').map((s) => s.text)).toEqual(['vergunningen']);
  });
});

describe('a functional mailbox repeated across the documents of a dossier', () => {
  const doc = (name: string, line: string) => ({ name, pages: [pageTextFromString(`Notitie ${name}\n\nDe stukken gaan ${line}.\n\nVerder niets.`, 1)] });
  const line = 'via aanvragen.jeugd@voorbeeldstad.nl naar de uitvoering';

  it('is kept in three documents, with the count in the reason', () => {
    const results = suggestDossier([doc('a.pdf', line), doc('b.pdf', line), doc('c.pdf', line)], { law: 'wob' });
    for (const r of results) {
      expect(r.suggestions.filter((s) => s.category === 'email')).toEqual([]);
      expect(r.kept.find((s) => s.category === 'email')?.reason).toMatch(/3 documenten van het dossier/);
    }
  });

  it('is suggested as a mailbox in a single document, or where colleagues are addressed', () => {
    const [one] = suggestDossier([doc('a.pdf', line), doc('b.pdf', 'naar de uitvoering')], { law: 'wob' });
    expect(one!.suggestions.filter((s) => s.category === 'email').map((s) => s.text)).toEqual(['aanvragen.jeugd']);
    const internal = 'via aanvragen.jeugd@voorbeeldstad.nl, die je alleen intern gebruikt';
    const results = suggestDossier([doc('a.pdf', internal), doc('b.pdf', internal), doc('c.pdf', internal)], { law: 'wob' });
    for (const r of results) expect(r.suggestions.filter((s) => s.category === 'email').map((s) => s.text)).toEqual(['aanvragen.jeugd']);
  });

  it('never keeps a person\'s address, however often it stands', () => {
    const personal = 'via m.dekker@voorbeeldstad.nl naar de uitvoering';
    const results = suggestDossier([doc('a.pdf', personal), doc('b.pdf', personal), doc('c.pdf', personal)], { law: 'wob' });
    for (const r of results) expect(r.suggestions.filter((s) => s.category === 'email').map((s) => s.text)).toEqual(['m.dekker']);
  });

  it('does not count the header fields of messages', () => {
    const mail = (name: string) => ({ name, pages: [pageTextFromString(`Van: Team Jeugd <aanvragen.jeugd@voorbeeldstad.nl>\nAan: P. Smit <p.smit@voorbeeldstad.nl>\nOnderwerp: stukken\n\nHoi Piet,\n\nZie bijlage.`, 1)] });
    const results = suggestDossier([mail('a.pdf'), mail('b.pdf'), mail('c.pdf')], { law: 'wob' });
    for (const r of results) expect(r.suggestions.filter((s) => s.category === 'email').map((s) => s.text)).toContain('aanvragen.jeugd');
  });
});

describe('more classes of the organisation\'s numbers and mailboxes', () => {
  it('keeps a number labelled "Telefoon" that stands in three documents with no person near it', () => {
    const doc = (name: string) => ({ name, pages: [pageTextFromString(`Notitie ${name}\n\nTelefoon: 0575 44 33 22\n\nDe stukken zijn compleet.`, 1)] });
    const results = suggestDossier([doc('a.pdf'), doc('b.pdf'), doc('c.pdf')], { law: 'wob' });
    for (const r of results) {
      expect(r.suggestions.filter((s) => s.category === 'phone')).toEqual([]);
      expect(r.kept.find((s) => s.category === 'phone')?.reason).toMatch(/3 documenten/);
    }
    // In one document it is a direct number like any other.
    const [one] = suggestDossier([doc('a.pdf'), { name: 'b.pdf', pages: [pageTextFromString('Geen nummer hier.', 1)] }], { law: 'wob' });
    expect(one!.suggestions.filter((s) => s.category === 'phone').map((s) => s.text)).toEqual(['0575 44 33 22']);
  });

  it('keeps a number beside a unit named by a compound ("Wijkteam", "Meldpunt")', () => {
    const r = run('Wijkteam Oost | 0575 12 34 56 | open op werkdagen');
    expect(phones(r)).toEqual([]);
    expect(keptOf(r, 'phone')[0]?.reason).toMatch(/Wijkteam Oost/);
  });

  it('keeps a department\'s mailbox where the reader is told to send something there', () => {
    const r = run('Bent u het niet eens met dit besluit? Stuur uw bezwaarschrift binnen zes weken naar bezwaar@voorbeeldstad.nl.');
    expect(r.suggestions.filter((s) => s.category === 'email')).toEqual([]);
    expect(keptOf(r, 'email')[0]?.text).toBe('bezwaar');
  });
});

describe('one decision per number in the dossier', () => {
  it('keeps in every document a number that one document calls general, and says where', () => {
    const a = { name: 'brief.pdf', pages: [pageTextFromString('Algemene vragen kunt u stellen via het algemene nummer 0575 66 77 88.', 1)] };
    const b = { name: 'notitie.pdf', pages: [pageTextFromString('Overleg\n\nP. de Boer heeft gebeld vanaf 0575 66 77 88 over de planning.', 1)] };
    const [, rb] = suggestDossier([a, b], { law: 'wob' });
    expect(rb!.suggestions.filter((s) => s.category === 'phone')).toEqual([]);
    expect(rb!.kept.find((s) => s.category === 'phone')?.reason).toMatch(/zelfde nummer als in brief\.pdf, pagina 1/);
  });

  it('does not carry over a weak keep (an 088 number with nothing personal beside it)', () => {
    const a = { name: 'a.pdf', pages: [pageTextFromString('Het project loopt via 088 123 45 67 en de website.', 1)] };
    const b = { name: 'b.pdf', pages: [pageTextFromString('Met vriendelijke groet,\n\nP. de Boer\nM 088 123 45 67', 1)] };
    const [, rb] = suggestDossier([a, b], { law: 'wob' });
    expect(rb!.suggestions.filter((s) => s.category === 'phone').map((s) => s.text)).toEqual(['088 123 45 67']);
  });
});

describe('a sender address nobody reads', () => {
  it.each([
    'Van: Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>\nAan: P. de Boer <p.deboer@mail.nl>\nOnderwerp: uw aanvraag',
    'Deze e-mail is verstuurd vanaf niet-beantwoorden@voorbeeldstad.nl.',
  ])('stays readable, with a reason: %j', (text) => {
    const r = run(text);
    expect(r.suggestions.filter((s) => s.category === 'email' && /reply|beantwoorden/.test(s.text))).toEqual([]);
    expect(keptOf(r, 'email').find((s) => /reply|beantwoorden/.test(s.text))?.reason).toMatch(/niemand antwoordt/);
  });
});
