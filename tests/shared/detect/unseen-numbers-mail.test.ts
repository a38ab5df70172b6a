import { describe, expect, it } from 'vitest';
import { suggestDossier } from '../../../shared/detect';
import { numberKind } from '../../../shared/detect/numberingPlan';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';
import { found, run } from './helpers';

// Issue #11 class 4: every Dutch notation, and the organisation's general numbers kept with a reason.
describe('the numbering plan', () => {
  it.each([
    ['0575512345', 'geographic'], ['0201234567', 'geographic'], ['0612345678', 'mobile'], ['0881234567', 'company'],
    ['0851234567', 'nongeographic'], ['0912345678', 'nongeographic'], ['08001234', 'service'], ['0900123456', 'service'],
    ['14020', 'short'], ['140575', 'short'], ['1400', 'short'], ['0123456789', 'invalid'], ['0191234567', 'invalid'],
  ])('reads %s as %s', (digits, kind) => {
    expect(numberKind(digits)).toBe(kind);
  });
});

describe('direct numbers in every notation', () => {
  const cases: [string, string[]][] = [
    ['Bereik mij via (0575) 51 23 45 of per mail.', ['(0575) 51 23 45']],
    ['T 0575-512345', ['0575-512345']],
    ['Telefoon 0575 512 345', ['0575 512 345']],
    ['tel.: +31 (0)575 512345', ['+31 (0)575 512345']],
    ['mob. 06 12 34 56 78', ['06 12 34 56 78']],
    ['doorkiesnummer 070 - 3 40 50 60', ['070 - 3 40 50 60']],
    ['M: 0031 6 2345 6789', ['0031 6 2345 6789']],
    ['| Jansen | beleidsmedewerker | 0205551234 |', ['0205551234']],
    // split over a line end, and over a blank line as two-column text models write it
    ['Bel haar op telefoon (058)\n2134567 voor een afspraak.', ['(058) 2134567']],
    ['Vragen kunnen worden gesteld aan Tessa Mahabier, jurist, telefoon (088)\n\n4137766, of via de mailbox', ['(088) 4137766']],
    // a narrow table cell breaks numbers anywhere
    ['Telefoon\n+31 38 592\n18 76\n06 - 20 31 38\n41', ['+31 38 592 18 76', '06 - 20 31 38 41']],
    // a contact line with a name above a labelled number beside the postal address: the person's
    ['Contact: Anang Ganaka\nTelefoon: 085-2863292\nPostbus 5800, 2280 HV Rijswijk', ['085-2863292']],
  ];
  it.each(cases)('finds the number in %j', (text, expected) => {
    expect(found(text, 'phone')).toEqual(expected);
  });

  it.each([
    'Referentie 0123 456789',
    'Het dossier 0191234567 is gesloten.',
  ])('finds no number with an area code that does not exist: %j', (text) => {
    expect(found(text, 'phone')).toEqual([]);
  });

  it('says in the reason that a split number was written over two lines', () => {
    const [s] = run('Vragen kunnen worden gesteld aan Tessa Mahabier, jurist, telefoon (088)\n\n4137766, of via de mailbox').suggestions.filter((x) => x.category === 'phone');
    expect(s?.reason).toMatch(/over twee regels/);
  });
});

describe('general numbers stay readable, and say why', () => {
  it.each([
    ['Algemene vragen van burgers worden beantwoord via 088 - 413 00 00 en de website.', '088 - 413 00 00', /algemene vragen/i],
    ['Voor vragen kunt u bellen met de receptie: 020 555 12 34.', '020 555 12 34', /receptie|kunt u bellen/],
    ['Voor een afspraak belt u 14 0575.', '14 0575', /kort nummer/],
    ['Linda de Graaf\nbeleidsadviseur\nAlgemeen: 071 865 12 09', '071 865 12 09', /Algemeen/],
    ['Het klantcontactcentrum is bereikbaar op 0800-0123.', '0800-0123', /servicenummer/],
  ])('keeps the number in %j', (text, number, reason) => {
    const r = run(text);
    expect(r.suggestions.filter((s) => s.category === 'phone')).toEqual([]);
    const k = r.kept.find((s) => s.category === 'phone');
    expect(k?.text).toBe(number);
    expect(k?.reason).toMatch(reason);
  });

  it('keeps a number printed in the footer of every page, with that reason', () => {
    const page = (n: number) => `Rapportage toegankelijkheid\n\nBevinding ${n}: de knop heeft geen naam.\n\nKeurmerk BV | Stationsweg 4 | 3811 MK Amersfoort | 0331234567 | pagina ${n}`;
    const r = run(page(1), page(2), page(3));
    expect(r.suggestions.filter((s) => s.category === 'phone')).toEqual([]);
    expect(r.kept.filter((s) => s.category === 'phone')).toHaveLength(3);
    expect(r.kept[0]?.reason).toMatch(/kop- of voettekst|pagina's/);
  });

  it('keeps an 088 number on a line with the organisation named at the head of the letter, even below the signature', () => {
    const text = 'Waterschap Oostelijke Vechtstreek\nPostbus 410, 8000 AK Zwolle\n\nGeachte heer, mevrouw,\nHierbij ons besluit.\nHoogachtend,\nnamens deze,\nP.J. Kloosterboer\nteamleider\n\nWaterschap Oostelijke Vechtstreek · 088 - 233 10 00';
    const r = run(text);
    expect(r.suggestions.filter((s) => s.category === 'phone')).toEqual([]);
    expect(r.kept.find((s) => s.category === 'phone')?.reason).toMatch(/briefhoofd/);
  });

  it('keeps an 088 number beside a role mailbox in a report when only the running text above names persons', () => {
    const text = 'Samenvatting\nDe interviews zijn gehouden door Karel Dijkhuis en de analyse is gedaan door M. Verbeek.\nReacties op dit rapport: onderzoek@waterschap.nl of 088 - 233 10 00.';
    expect(found(text, 'phone')).toEqual([]);
  });

  it('still suggests an 088 number below a contact person written with initials', () => {
    expect(found('Contactpersoon\nJ.P. Kloosterboer\n088 233 45 67', 'phone')).toEqual(['088 233 45 67']);
  });

  it('still suggests a number in a signature below a sign-off, even beside the postal address', () => {
    const text = 'Met vriendelijke groet,\n\nIlse Verhagen\nadviseur\nDirectie Wonen\nPostbus 20011 | 2500 EA Den Haag\nT 070 456 78 90\nwww.example.nl';
    expect(found(text, 'phone')).toEqual(['070 456 78 90']);
  });

  it('keeps a number that stands in three documents of the dossier with nobody\'s label', () => {
    const docs = ['a', 'b', 'c'].map((name) => ({ name: `${name}.pdf`, pages: [pageTextFromString(`Bij vragen over deze regeling: 030 789 10 11, op werkdagen.\n\nDocument ${name}`)] }));
    const results = suggestDossier(docs, { law: 'wob' });
    for (const r of results) {
      expect(r.suggestions.filter((s) => s.category === 'phone')).toEqual([]);
      expect(r.kept.find((s) => s.category === 'phone')?.reason).toMatch(/3 documenten/);
    }
  });

  it('keeps a number everywhere in a document once it is known as general there (one decision per number)', () => {
    const r = run('Het algemene nummer is 030 789 10 11.', 'Bel 030 789 10 11 voor een afspraak.');
    expect(r.suggestions.filter((s) => s.category === 'phone')).toEqual([]);
    expect(r.kept.filter((s) => s.category === 'phone').map((s) => s.page)).toEqual([1, 2]);
  });

  it('keeps a number on the organisation\'s own list', () => {
    const r = suggestDossier([{ name: 'x.pdf', pages: [pageTextFromString('T 050 123 45 67')] }], { law: 'wob', switchboards: ['050-1234567'] });
    expect(r[0]?.suggestions).toEqual([]);
    expect(r[0]?.kept[0]?.reason).toMatch(/lijst/);
  });
});

// Issue #11 class 6 for e-mail: company and authority mailboxes in every footer and placeholders are no personal data.
describe('mailboxes that are no personal data', () => {
  it('keeps a placeholder address and says so', () => {
    const r = run('Schrijf het adres als voornaam.achternaam@organisatie.nl of naam@domein.nl.');
    expect(r.suggestions.filter((s) => s.category === 'email')).toEqual([]);
    expect(r.kept.filter((s) => s.category === 'email').map((s) => s.reason)).toEqual([expect.stringMatching(/voorbeeldadres/), expect.stringMatching(/voorbeeldadres/)]);
  });

  it('keeps a company mailbox printed in the footer of every page, but still suggests a person in it', () => {
    const page = (n: number) => `Testrapport\n\nBevinding ${n} is opgelost.\n\nToegang BV | info@toegang-bv.example.nl | pagina ${n}`;
    const r = run(page(1), page(2), page(3));
    expect(r.suggestions.filter((s) => s.category === 'email')).toEqual([]);
    expect(r.kept.filter((s) => s.category === 'email')).toHaveLength(3);
    const withPerson = (n: number) => `Rapport\n\nTekst ${n}.\n\nAuteur: j.devries@toegang-bv.nl | pagina ${n}`;
    expect(run(withPerson(1), withPerson(2), withPerson(3)).suggestions.filter((s) => s.category === 'email')).toHaveLength(3);
  });

  it('reads an address whose domain is broken over a line end in a table cell', () => {
    expect(found('E-mail\nk.tjon-a-fat@minbzk.\nnl\nTelefoon', 'email')).toEqual(['k.tjon-a-fat']);
  });

  it('gives a functional mailbox 10.2.g and a person 10.2.e', () => {
    const r = run('Stuur het naar postbus.kwaliteit@example-org.nl en cc r.bakker@example-org.nl.');
    const byText = Object.fromEntries(r.suggestions.filter((s) => s.category === 'email').map((s) => [s.text, s.grounds]));
    expect(byText).toEqual({ 'postbus.kwaliteit': ['10.2.g'], 'r.bakker': ['10.2.e'] });
  });
});
