// Issue #11 item 4, session 10: foreign numbers and general numbers by class. Every number, name,
// organisation and place here is made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const phones = (text: string) => run(text).suggestions.filter((s) => s.category === 'phone');
const kept = (text: string) => run(text).kept.filter((s) => s.category === 'phone');

describe('a foreign number is as personal as a Dutch one', () => {
  const numbers = [
    '+32 2 512 73 48', '+32 478 21 93 05', '+44 20 7946 1825', '+44 7700 918 264', '+49 (0)30 2468135', '+49 151 2345 6789',
    '+90 532 417 28 63', '+212 6 61 23 45 87', '+33 1 45 67 82 19', '+1 212 555 0184', '0032 9 234 56 71', '0049 40 3198 2745',
    '+597 852 1934', '+48 512 384 926', '+34 612 45 78 93',
  ];
  const places: [string, (n: string) => string][] = [
    ['a signature with a label', (n) => `Met vriendelijke groet,\n\nMarike Olthof\nliaison officer\nT ${n}`],
    ['a signature without a label', (n) => `Kind regards,\n\nTobias Lindqvist\nSenior adviser\n${n}`],
    ['a phone label', (n) => `Telefoon: ${n}`],
    ['the writer\'s own words', (n) => `Ik ben deze week in het buitenland, bel me gerust op ${n}.`],
    ['a contact person', (n) => `Contactpersoon: Selin Aydoğdu\nTel.: ${n}`],
    ['a citizen named in the sentence', (n) => `De verzoeker, de heer Okonkwo, is bereikbaar op ${n} voor een nadere toelichting.`],
  ];
  for (const [place, make] of places) {
    it(`is found whole in ${place}, every country and grouping`, () => {
      const misses = numbers.filter((n) => !phones(make(n)).some((s) => s.text === n));
      expect(misses).toEqual([]);
    });
  }

  it('says the country in its reason', () => {
    const [s] = phones('Met vriendelijke groet,\n\nMarike Olthof\nT +32 2 512 73 48');
    expect(s?.reason).toMatch(/buitenlands nummer \(\+32, België/);
  });

  it.each([
    'Zie +32 470 12 34 56 in de bijlage.',
    'Het saldo steeg met +1.234.567 euro ten opzichte van 2023.',
    'De score ging van 12 naar +15 punten en daarna +1 234.',
    'Het nummer +44 123 is onvolledig.',
  ])('takes no bare figure with a plus sign: %j', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ['Algemeen: +32 2 512 73 00', '+32 2 512 73 00'],
    ['Receptie +44 20 7946 1000', '+44 20 7946 1000'],
    ['Heeft u vragen? Bel dan ons algemene nummer +49 30 2468 1000.', '+49 30 2468 1000'],
    ['Servicedesk IT-partner (ma-vr 8.00-17.00): +33 1 45 67 00 00', '+33 1 45 67 00 00'],
  ])('keeps an organisation\'s foreign number by the same rules: %j', (text, number) => {
    expect(phones(text)).toEqual([]);
    expect(kept(text).map((s) => s.text)).toEqual([number]);
  });
});

describe('general numbers are kept with a reason, by class', () => {
  it.each([
    ['Het centraal nummer 020 514 90 00 is op werkdagen bereikbaar.', '020 514 90 00', /centraal nummer/],
    ['Centraal nummer: 0313 47 00 00', '0313 47 00 00', /centraal/i],
    ['Voor algemene vragen: receptie 070 392 00 00.', '070 392 00 00', /receptie|algemene vragen/],
    ['Klantenservice: 043 857 00 00', '043 857 00 00', /klantenservice/i],
    ['Het informatienummer van de provincie is 0546 83 00 00.', '0546 83 00 00', /informatienummer/],
    ['Algemeen nummer 0111 65 00 00', '0111 65 00 00', /algemeen/i],
  ])('keeps %j', (text, number, reason) => {
    expect(phones(text)).toEqual([]);
    const k = kept(text);
    expect(k.map((s) => s.text)).toEqual([number]);
    expect(k[0]!.reason).toMatch(reason);
  });

  it('keeps a number in a colophon of the organisation', () => {
    const text = 'Colofon\n\nUitgave: Gemeente Voorbeeldstad, afdeling Communicatie\nPostbus 4120\nTelefoon: 0546 83 10 00\nOntwerp: Studio Grijs';
    expect(phones(text)).toEqual([]);
    expect(kept(text).map((s) => s.text)).toEqual(['0546 83 10 00']);
  });

  it('keeps the number after the organisation\'s name on the first line of a letter', () => {
    const text = 'Waterschap Voorbeeldrijn  ·  Postbus 2210  ·  T 0313 47 20 00\n\nGeachte heer Hamidi,\n\nIn uw brief van 3 maart vraagt u om …';
    expect(phones(text)).toEqual([]);
    expect(kept(text).map((s) => s.text)).toEqual(['0313 47 20 00']);
  });

  it('keeps a number in the top or bottom lines of two pages of a longer document', () => {
    const body = (k: number) => `Paragraaf ${k}\n\nDe aanvraag is getoetst aan het bestemmingsplan.\nDe beoordeling volgt in de volgende paragraaf.\nDaarna komen de zienswijzen aan bod.`;
    const footer = 'Omgevingsdienst Voorbeeldland · T 0546 83 20 00';
    const pages = [`${body(1)}\n\n${footer}`, body(2), body(3), `${body(4)}\n\n${footer}`, body(5)];
    const r = run(...pages);
    expect(r.suggestions.filter((s) => s.category === 'phone')).toEqual([]);
    expect(r.kept.filter((s) => s.category === 'phone').map((s) => s.text)).toEqual(['0546 83 20 00', '0546 83 20 00']);
  });

  it('still suggests a person\'s number that ends two pages under a signature', () => {
    // Two messages of a thread, each signed at the foot of its page (the label written differently,
    // so the lines are no repeated footer).
    const page = (k: number, label: string) => `Bericht ${k}\n\nDe stukken volgen morgen.\n\nMet vriendelijke groet,\n\nFemke Ruitenbeek\n${label} 0546 83 27 14`;
    const r = run(page(1, 'T'), 'Tussenpagina zonder nummer.\nNog een regel.\nEn nog een.\nSlot.', page(3, 'Tel.'), 'Bijlage.\nRegel.\nRegel.\nSlot.');
    expect(r.suggestions.filter((s) => s.category === 'phone').map((s) => s.text)).toEqual(['0546 83 27 14', '0546 83 27 14']);
  });

  it('keeps an 088 number on the organisation\'s address line, whatever language its name is in', () => {
    const text = 'Het advies gaat naar de gedeputeerde.\n\nWetterskip Noardlân · Postbus 4410, 8901 ZZ Ljouwert · 088 2345 678';
    expect(phones(text)).toEqual([]);
    expect(kept(text).map((s) => s.text)).toEqual(['088 2345 678']);
  });

  it('keeps an 088 number beside a service named by two compounds, under a colophon naming a person', () => {
    const text = 'Colofon — opgesteld door K. Vrieling, k.vrieling@voorbeeld.nl, +31 6 27 78 15 90\n\nSport- en Cultuurdienst · 088.765.4321';
    expect(phones(text).map((s) => s.text)).toEqual(['+31 6 27 78 15 90']);
    expect(kept(text).map((s) => s.text)).toEqual(['088.765.4321']);
  });

  it('never keeps a mobile or a number labelled direct for a person, whatever else stands near it', () => {
    const texts = [
      'Met vriendelijke groet,\n\nNoor Haddou\nreceptie\nM 06 48 27 19 35',
      'Met vriendelijke groet,\n\nNoor Haddou\nDirect: 020 618 42 73 (receptie: 020 618 40 00)',
      'Met vriendelijke groet,\n\nNoor Haddou\nsecretariaat directie\nDoorkiesnummer: 0313 47 29 15',
      'Contactpersoon: Noor Haddou, klantcontactcentrum, mobiel 06 10 59 28 46',
    ];
    for (const t of texts) {
      const found = phones(t).map((s) => s.text);
      expect(found.length, t).toBeGreaterThan(0);
      expect(kept(t).filter((s) => /^(?:\+31|0)?6|doorkies|direct/i.test(s.text)), t).toEqual([]);
    }
    expect(phones(texts[1]!).map((s) => s.text)).toEqual(['020 618 42 73']);
    expect(kept(texts[1]!).map((s) => s.text)).toEqual(['020 618 40 00']);
  });
});

describe('an 088-range number is a person\'s beside a name of any origin', () => {
  // Particles and forms of many origins: Catalan "i", Spanish "de la … y", Irish "Ó"/"O'", Welsh "ap"/"ferch", Burmese names of five words.
  const names = ['Jordi Puig i Ferrer', 'Ciarán Ó Briain', "Siobhán O'Connor", 'Rhys ap Gruffydd', 'Daw Khin Ma Ma Lwin', 'Gwenllian ferch Owain', 'D. Ó Súilleabháin', 'Nuria de la Fuente y Marín', 'Jean-Baptiste Pierre-Louis'];
  const places: [string, (n: string) => string][] = [
    ['a name and function above', (n) => `${n}\nbeleidsadviseur\nT 088 123 45 67`],
    ['a case role label with the name', (n) => `Behandelaar: ${n}\nTelefoonnummer: 088 123 45 67`],
    ['a sentence naming the person', (n) => `Voor vragen kunt u contact opnemen met ${n} via 088 123 45 67.`],
    ['a signature line of cells', (n) => `${n} | Senior adviseur | Team Vergunningen\n088 123 45 67 | info@voorbeeld.nl`],
  ];
  it('but a sentence that ends with a capital letter names no person ("bijlage B. Voor vragen …")', () => {
    const text = 'De resultaten staan in bijlage B. Voor vragen over dit rapport belt u 088 123 40 00.';
    expect(phones(text)).toEqual([]);
    expect(kept(text).map((s) => s.text)).toEqual(['088 123 40 00']);
  });

  for (const [place, make] of places) {
    it(`in ${place}`, () => {
      const misses = names.filter((n) => !phones(make(n)).some((s) => s.text === '088 123 45 67'));
      expect(misses).toEqual([]);
    });
  }
});

describe('a person\'s number beside other text the layout glued or set on its line', () => {
  it('ends a whole number where the next cell\'s capitalised word is glued to it', () => {
    expect(phones('Met vriendelijke groet,\n\nEline Vos\nT 020 618 4273E-mail e.vos@voorbeeld.nl').map((s) => s.text)).toEqual(['020 618 4273']);
    // A code of digits and capitals is no number.
    expect(phones('Referentie 020618427AB van de aanvraag.')).toEqual([]);
  });

  it('reads "Bel <naam>, 088 …" as the person\'s number', () => {
    expect(phones('Vragen? Bel Eline Vos, 088 461 73 02, of mail.').map((s) => s.text)).toEqual(['088 461 73 02']);
  });

  it('suggests a number on a line with a person\'s home address (no organisation\'s address line)', () => {
    expect(phones('Ingediend door J. Haak, Dorpsstraat 4, 1234 AB Voorbeeld, tel. 0313 472915.').map((s) => s.text)).toEqual(['0313 472915']);
    expect(phones('Verzoeker: de heer Haak, Dorpsstraat 4, 1234 AB Voorbeeld, 0313 472915').map((s) => s.text)).toEqual(['0313 472915']);
  });
});

