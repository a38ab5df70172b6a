// Issue #11 items 4 and 6, session 12 (second round): the classes read from (f6)'s phone and
// e-mail misses, each tested here with other names, organisations, numbers and layouts. Every one
// of them is made up.
import { describe, expect, it } from 'vitest';
import { suggestDocument } from '../../../shared/detect';
import { toPageTexts } from '../../helpers/pdftotext-pagetext';
import { run, words } from './helpers';

const phones = (...pages: string[]) => run(...pages).suggestions.filter((s) => s.category === 'phone');
const mails = (...pages: string[]) => run(...pages).suggestions.filter((s) => s.category === 'email');
const keptMails = (...pages: string[]) => run(...pages).kept.filter((s) => s.category === 'email');


/**
 * A phone list whose first rows are a label cell and a number cell, read by the text model column
 * by column (all labels, then all numbers: a word processor's table), then persons' cards.
 */
function phoneList(rows: [string, string][], cards: string[][], apart = true) {
  const labels = rows.map(([label], i) => ({ words: words(label, 40, 80 + i * 16) }));
  const numbers = rows.map(([, n], i) => ({ words: words(n, 160, 80 + i * 16) }));
  const together = rows.map(([label, n], i) => ({ words: [...words(label, 40, 80 + i * 16), ...words(n, 160, 80 + i * 16)] }));
  const y0 = 100 + rows.length * 16;
  const cardLines = cards.flatMap((card, c) => card.map((l, k) => ({ words: words(l, 40, y0 + c * 60 + k * 12) })));
  const blocks = apart ? [{ lines: [{ words: words('Bereikbaarheidslijst team Vergunningen', 40, 50) }] }, { lines: labels }, { lines: numbers }, { lines: cardLines }]
    : [{ lines: [{ words: words('Bereikbaarheidslijst team Vergunningen', 40, 50) }] }, { lines: together }, { lines: cardLines }];
  return toPageTexts([{ width: 595, height: 842, blocks }])[0]!;
}

const listResult = (page: ReturnType<typeof phoneList>) => suggestDocument([page], { law: 'wob' });

describe("a phone list's general rows whose label cell the text model read apart", () => {
  const cards = [
    ['KOVALENKO-RIIS, Maren', 'vergunningverlener', 'dir. 0314 58 27 16', 'mob. 06 29 41 73 85'],
    ['ADEBAYO, Tunde', 'jurist', 'dir. 085 - 217 40 93'],
  ];

  it.each([
    ['Receptie', '(0314) 58 20 00'],
    ['Algemeen nummer', '0314 - 58 20 00'],
    ['Servicedesk ICT', '0314582000'],
    ['Centrale', '0314 58 20 00'],
  ])('keeps the number of the row "%s" with the label in the reason, and the persons\' lines suggested', (label, number) => {
    for (const apart of [true, false]) {
      const r = listResult(phoneList([[label, number], ['Storingsdienst', '0800 024 1188']], cards, apart));
      const found = r.suggestions.filter((s) => s.category === 'phone').map((s) => s.text);
      expect(found).not.toContain(number);
      expect(found).toEqual(expect.arrayContaining(['0314 58 27 16', '06 29 41 73 85', '085 - 217 40 93']));
      const k = r.kept.find((s) => s.category === 'phone' && s.text === number);
      expect(k?.reason).toContain(label);
    }
  });

  it('a row that names a person in the label cell stays a person\'s number', () => {
    const r = listResult(phoneList([['Secretariaat Vermeulen', '0314 58 22 71'], ['Tunde Adebayo', '0314 58 22 72']], cards));
    const found = r.suggestions.filter((s) => s.category === 'phone').map((s) => s.text);
    expect(found).toEqual(expect.arrayContaining(['0314 58 22 71', '0314 58 22 72']));
  });
});

describe("'dir.' labels a person's direct line", () => {
  it.each([
    ['Okonjo, Chidi\nbeleidsadviseur\ndir. 085 - 440 17 29', '085 - 440 17 29'],
    ['Mevrouw L. Strand-Oyelaran\ndir. 0844912270\nmob. 06 51 88 20 47', '0844912270'],
    ['Björn Aaltink, teamleider | dir. 088-3147750', '088-3147750'],
  ])('suggests an 084-088 number after "dir." in a card or signature: %j', (text, number) => {
    expect(phones(text).map((s) => s.text)).toContain(number);
    expect(phones(text).find((s) => s.text === number)?.reason).toMatch(/dir\./);
  });

  it('an unlabelled 085 number of an organisation stays kept', () => {
    expect(phones('Stichting Groenwaard\nHoofdstraat 2, 6711 AB Ede\n085 440 17 00')).toEqual([]);
  });
});

describe('the organisation\'s general mailbox', () => {
  it.each([
    ['Vragen kunnen naar tmbiya@voorbeeldraad.nl of naar de algemene postbus postbus@voorbeeldraad.nl.', 'postbus'],
    ['Stuur de stukken aan postbus@ministerie-voorbeeld.nl, dan worden ze geregistreerd.', 'postbus'],
    ['Wie het niet weet, mailt naar de centrale mailbox vergunningen@gemeente-kleiwaard.nl.', 'vergunningen'],
    ['Je kunt het ook sturen naar ons algemene e-mailadres team-omgeving@waterschapvoorbeeld.nl (niet naar mij).', 'team-omgeving'],
  ])('is kept outside the header fields, with a reason: %j', (text, local) => {
    const k = keptMails(text).find((s) => s.text === local);
    expect(k?.reason).toMatch(/algeme/);
    expect(mails(text).map((s) => s.text)).not.toContain(local);
  });

  it('a person\'s mailbox in the same sentence stays suggested', () => {
    expect(mails('Vragen kunnen naar tmbiya@voorbeeldraad.nl of naar de algemene postbus postbus@voorbeeldraad.nl.').map((s) => s.text)).toEqual(['tmbiya']);
  });

  it('a functional mailbox that the text does not call general stays suggested (internal)', () => {
    expect(mails('Je kunt het ook sturen naar de functionele mailbox vth-intake@gemeente-kleiwaard.nl.').map((s) => s.text)).toEqual(['vth-intake']);
  });

  it('a person\'s address after "algemene" is no general mailbox', () => {
    expect(mails('Naast de algemene postbus kun je ook mailen naar k.osei@voorbeeldraad.nl.').map((s) => s.text)).toEqual(['k.osei']);
  });
});

describe("a switchboard's own words and the public as caller", () => {
  const keptPhones = (text: string) => run(text).kept.filter((s) => s.category === 'phone');
  it.each([
    ['Bel 0513 48 20 00 en kies optie 3 voor de afdeling Vergunningen.', '0513 48 20 00', 'kies optie 3'],
    ['Het kantoor is te bereiken via 0252 - 41 77 00, keuze 2.', '0252 - 41 77 00', 'keuze 2'],
    ['Telefoon 0252 417700 (toets 1 voor parkeren)', '0252 417700', 'toets 1'],
    ['Bel 0513 48 20 00 en vraag naar Ingrid Solheim-Achterberg.', '0513 48 20 00', 'vraag naar'],
    ['Doorverbinden gaat via de telefoniste op 0513 48 20 00.', '0513 48 20 00', 'telefoniste'],
    ['Omwonenden en andere belanghebbenden kunnen bellen naar 0345 - 58 10 10.', '0345 - 58 10 10', 'belanghebbenden'],
    ['Ondernemers bellen voor een ontheffing 0345 58 10 10.', '0345 58 10 10', 'Ondernemers'],
    ['Reception: see below. Phone +31 35 680 00 00 (main)', '+31 35 680 00 00', 'main'],
    ['Bel de gemeente op 0166 - 47 90 00 als de container niet geleegd is.', '0166 - 47 90 00', 'Bel de gemeente op'],
    ['Neem contact op met het Waterschap Lingeveld via 0345 58 10 10.', '0345 58 10 10', 'Waterschap Lingeveld'],
    ['Het nummer van de provincie (026 359 90 00) staat in de brief.', '026 359 90 00', 'nummer van de provincie'],
    ['Stadskantoor: 0166 47 90 00', '0166 47 90 00', 'Stadskantoor'],
    ['Telefoonnummer gemeente 0166-479000', '0166-479000', 'gemeente'],
  ])('keeps %j as the organisation\'s with the cue in the reason', (text, number, cue) => {
    expect(phones(text).map((s) => s.text)).not.toContain(number);
    expect(keptPhones(text).find((s) => s.text === number)?.reason).toContain(cue);
  });

  it.each([
    ['Bel mij op 06 21 48 09 73 en vraag naar Sven als ik niet opneem.', '06 21 48 09 73'],
    ['Ik ben bereikbaar op 0513 48 22 19, keuze 2 is de voicemail.', '0513 48 22 19'],
    ['Direct: 0513 48 22 19, toets 1', '0513 48 22 19'],
    ['Inwoners kunnen contact opnemen met Wiebren Ottink, 0513 48 22 19.', '0513 48 22 19'],
    ['Neem contact op met de gemeente, mevrouw Fenna Zwiers, via 0166 47 92 31.', '0166 47 92 31'],
    ['Bel de gemeente of bel mij direct op 0166 47 92 31.', '0166 47 92 31'],
    ['Bel de gemeente op 06 41 27 90 08 (piketdienst).', '06 41 27 90 08'],
  ])('leaves a person\'s number suggested: %j', (text, number) => {
    expect(phones(text).map((s) => s.text)).toContain(number);
  });
});
