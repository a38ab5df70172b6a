// Issue #11 item 4, session 11: the classes the phone stress set (scripts/phone-stress.mjs) found
// missed or wrongly suggested on main. Every number, name, organisation and place here is made up.
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../../shared/pdf/textTypes';
import { suggestDocument } from '../../../shared/detect';
import { toPageTexts } from '../../helpers/pdftotext-pagetext';
import { run } from './helpers';

const phones = (...pages: string[]) => run(...pages).suggestions.filter((s) => s.category === 'phone');
const kept = (...pages: string[]) => run(...pages).kept.filter((s) => s.category === 'phone');

/** An A4 page whose lines stand at the given heights (top y in points), ten points high, words six points a character. */
function placed(lines: [string, number][], page: number): PageText {
  const blocks = lines.map(([text, y]) => ({
    lines: [{ words: [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], rect: [72 + (m.index ?? 0) * 6, y, 72 + ((m.index ?? 0) + m[0].length) * 6, y + 10] as [number, number, number, number] })) }],
  }));
  const [pt] = toPageTexts([{ width: 595, height: 842, blocks }]);
  return { ...pt!, page };
}
const body = (from: number, n: number, text: string): [string, number][] => Array.from({ length: n }, (_, i) => [`${text} ${i + 1}.`, from + i * 14]);

describe('the writer\'s own number in a sentence with a time', () => {
  it.each([
    ['Ik ben morgen tot 15.00 uur bereikbaar via 0412 – 73 08 22, daarna weer per mail.', '0412 – 73 08 22'],
    ['Ik ben vandaag na 13.30 uur bereikbaar via 070 520 9095.', '070 520 9095'],
    ['Tussen 9.00 en 12.00 uur ben ik bereikbaar op 0318-65 80 18.', '0318-65 80 18'],
    ['Ik ben tot 16.45 bereikbaar via 0031 (0)70 9779784, daarna niet meer.', '0031 (0)70 9779784'],
  ])('is suggested: %j', (text, number) => {
    const [s] = phones(text);
    expect(s?.text).toBe(number);
    expect(s?.reason).toMatch(/direct nummer van een persoon/);
  });

  it('a desk with its opening hours stays kept', () => {
    const text = 'Het klantcontactcentrum is op werkdagen van 8.30 tot 17.00 uur bereikbaar via 0412 73 00 00.';
    expect(phones(text)).toEqual([]);
    expect(kept(text).map((s) => s.text)).toEqual(['0412 73 00 00']);
  });
});

describe('a number that a page break cut from its signature', () => {
  const page1 = placed([...body(60, 40, 'Dit is de tekst van het bericht over de planning van het overleg'),
    ['Met vriendelijke groet,', 640], ['Jorien Vlasblom', 654], ['projectleider', 668], ['Omgevingsdienst Lindeveld', 682]], 1);
  const continued = (numberLine: string) => placed([[numberLine, 30], ...body(90, 20, 'Van: Gerbrand Oosthoek, over de vergadering van het team')], 2);

  it.each(['tel. 0651455978', 'T 079 482 21 67', 'Tel: 06-46 53 89 00', '(06) 11 38 80 74'])('is the signer\'s at the top of the next page: %j', (line) => {
    const r = suggestDocument([page1, continued(line)], { law: 'wob' });
    const s = r.suggestions.filter((x) => x.category === 'phone');
    expect(s.map((x) => x.text)).toEqual([line.replace(/^[\p{L}.:]+\s/u, '')]);
    expect(s[0]!.reason).toMatch(/direct nummer van een persoon/);
  });

  it('a running header with the organisation\'s number on every page stays kept, also after a signature', () => {
    const header: [string, number] = ['Omgevingsdienst Lindeveld · T 0570 61 49 00', 30];
    const pages = [1, 2, 3].map((n) => placed([header, ...body(90, 30, 'Tekst van het verslag over de aanpak van het project'),
      ...(n === 1 ? [['Met vriendelijke groet,', 640], ['Jorien Vlasblom', 654]] as [string, number][] : [])], n));
    const r = suggestDocument(pages, { law: 'wob' });
    expect(r.suggestions.filter((x) => x.category === 'phone')).toEqual([]);
    expect(r.kept.filter((x) => x.category === 'phone')).toHaveLength(3);
  });

  it('a number alone at the top of a page with no person before it stays the header\'s', () => {
    const p1 = placed(body(60, 40, 'Tekst van het verslag over de aanpak van het project'), 1);
    const p2 = placed([['T 0570 61 49 00', 30], ...body(90, 20, 'Tekst van het verslag over de aanpak van het project')], 2);
    const r = suggestDocument([p1, p2], { law: 'wob' });
    expect(r.suggestions.filter((x) => x.category === 'phone')).toEqual([]);
    expect(r.kept.filter((x) => x.category === 'phone').map((x) => x.reason)).toEqual([expect.stringMatching(/marge/)]);
  });
});

describe('a two-column letterhead whose columns the text model joined', () => {
  const letter = (orgNumber: string, direct: string) => `Behandeld door
Stichting Jeugdzorg Oosterkempen Wendeline Sarmo
Postbus 4127, 5501 AB Veldhoven
T ${orgNumber}
www.jzoosterkempen.nl
Datum 4 oktober 2026
Betreft: uw aanvraag

Geachte heer, mevrouw,

Hierbij ontvangt u het besluit op uw aanvraag.

Hoogachtend,

Wendeline Sarmo
inspecteur

Doorkiesnummer
${direct}`;

  it.each(['088 473 54 24', '(071) 716 61 81', '050-847 21 56', '043 - 444 13 74'])('keeps the organisation\'s number under its postal address: %j', (n) => {
    const text = letter(n, '(071) 981 72 81');
    expect(kept(text).map((s) => [s.text, s.reason])).toContainEqual([n, expect.stringMatching(/briefhoofd direct onder het postadres/)]);
    expect(phones(text).map((s) => s.text)).toEqual(['(071) 981 72 81']);
  });

  it('an address under a person\'s own name is the person\'s block', () => {
    const text = 'Contactpersoon\nWendeline Sarmo\nPostbus 4127, 5501 AB Veldhoven\nT 071 716 61 81\n\nGeachte heer,';
    expect(phones(text).map((s) => s.text)).toEqual(['071 716 61 81']);
  });

  it('a signature with the organisation\'s postal address keeps the signer\'s T number suggested', () => {
    const text = 'Met vriendelijke groet,\n\nWendeline Sarmo\ninspecteur\nStichting Jeugdzorg Oosterkempen\nPostbus 4127, 5501 AB Veldhoven\nT 071 716 61 81';
    expect(phones(text).map((s) => s.text)).toEqual(['071 716 61 81']);
  });
});

describe('a letter-spaced number, one word a digit', () => {
  it.each([
    ['T 0 7 9 - 2 8 2 3 8 3 7', '0 7 9 - 2 8 2 3 8 3 7'],
    ['Mobiel: 0 6 1 8 4 2 7 3 5 9', '0 6 1 8 4 2 7 3 5 9'],
    ['T + 3 1 ( 0 ) 6 - 4 8 0 4 2 2 5 4', '+ 3 1 ( 0 ) 6 - 4 8 0 4 2 2 5 4'],
  ])('is found whole in a signature, with its reason: %j', (line, number) => {
    const s = phones(`Met vriendelijke groet,\n\nGerbrand Oosthoek\nadviseur\n${line}`);
    expect(s.map((x) => x.text)).toEqual([number]);
    expect(s[0]!.reason).toMatch(/gespatieerde cijfers/);
  });

  it('a row of one-digit counts without a phone label is no number', () => {
    expect(phones('Aantal meldingen per maand\nMeldingen 0 6 1 2 3 4 5 6 7 8\nAfgehandeld 0 5 1 2 3 3 5 6 7 7')).toEqual([]);
  });

  it('an organisation\'s letter-spaced number under "Algemeen:" stays kept', () => {
    const text = 'Omgevingsdienst Lindeveld\nAlgemeen: 0 5 7 0 6 1 4 9 0 0';
    expect(phones(text)).toEqual([]);
    expect(kept(text).map((s) => s.text)).toEqual(['0 5 7 0 6 1 4 9 0 0']);
  });
});

describe('"+31 (0)" ending the line, the rest of the number on the next', () => {
  it.each(['T +31 (0)\n6 - 29 84 08 41', 'Telefoon: +31 (0)\n70 362 48 15', 'M 0031 (0)\n6 35 85 97 58'])('is one number: %j', (line) => {
    const s = phones(`Met vriendelijke groet,\n\nGerbrand Oosthoek\nadviseur\n${line}`);
    expect(s).toHaveLength(1);
    expect(s[0]!.text.replace(/\s/g, '')).toBe(line.replace(/^[\p{L}.:]+\s/u, '').replace(/\s/g, ''));
  });
});

describe('every dash a word processor writes between the groups', () => {
  it.each([
    ['non-breaking hyphen', '06\u20111234 5678'], ['figure dash', '070\u2012362 48 15'], ['em dash', '070 \u2014 362 48 15'],
    ['minus sign', '070\u2212362 48 15'], ['hyphen U+2010', '0521\u201073 08 22'], ['non-breaking hyphens after +31', '+31\u20116\u201112345678'],
  ])('%s: %j is found whole', (_, number) => {
    expect(phones(`Met vriendelijke groet,\n\nGerbrand Oosthoek\nadviseur\nT ${number}`).map((s) => s.text)).toEqual([number]);
  });

  it('a period of years with such a dash is no number', () => {
    expect(phones('Het programma loopt in de periode 2019\u20112023 en daarna van 2024\u20122028.')).toEqual([]);
  });
});

describe('a person\'s line repeated as the footer of every page', () => {
  const pages = (line: string) => ['Tekst over het project.', 'Tekst over de planning.', 'Tekst over de aanpak.'].map((t) => `${t}\n\nMeer tekst van dit verslag.\n\n${line}`);

  it.each([
    ['Jorien Vlasblom · adviseur · 070 362 48 15', '070 362 48 15'],
    ['Jorien Vlasblom, adviseur, T 070 362 48 15', '070 362 48 15'],
    ['Opgesteld door: Jorien Vlasblom (0521 73 08 22)', '0521 73 08 22'],
    ['J.M. Vlasblom | beleidsadviseur | 0313-503634', '0313-503634'],
  ])('is the person\'s on every page: %j', (line, number) => {
    const s = phones(...pages(line));
    expect(s.map((x) => x.text)).toEqual([number, number, number]);
    expect(s[0]!.reason).toMatch(/direct nummer van een persoon/);
  });

  it.each([
    ['Gemeente Westerbroek · Postbus 4410 · 9600 AK Westerbroek · T 0598 37 21 00', '0598 37 21 00'],
    ['Stichting Jeugdzorg Oosterkempen, T 0598 37 21 00, www.jzoosterkempen.nl', '0598 37 21 00'],
    ['Omgevingsdienst Lindeveld | Telefoon 0570 61 49 00', '0570 61 49 00'],
  ])('an organisation\'s footer line stays kept: %j', (line, number) => {
    expect(phones(...pages(line))).toEqual([]);
    expect(kept(...pages(line)).map((x) => x.text)).toEqual([number, number, number]);
  });
});

describe('an organisation\'s address line in a language the lexicons do not know', () => {
  it('keeps its number in the footer of every page', () => {
    const line = 'Provinsje Westerkwartier · Postbus 20877, 8900 KL Ljouwert · 088 1111 777';
    const pages = ['Tekst over het project.', 'Tekst over de planning.'].map((t) => `${t}\n\nMeer tekst van dit verslag.\n\n${line}`);
    expect(phones(...pages)).toEqual([]);
  });
});

describe('a number spread over a justified line and read as columns', () => {
  // A justified signature line ended by a manual line break: the word processor spreads its words
  // over the width, and the text model reads every group as a column of its own.
  const spreadPage = (lines: [string[], number][]) => {
    const blocks = lines.flatMap(([ws, y]) => ws.map((w, i) => ({
      lines: [{ words: [{ text: w, rect: [72 + i * (450 / Math.max(1, ws.length - 1)), y, 72 + i * (450 / Math.max(1, ws.length - 1)) + w.length * 6, y + 10] as [number, number, number, number] }] }],
    })));
    const [pt] = toPageTexts([{ width: 595, height: 842, blocks }]);
    return { ...pt!, page: 1 };
  };
  const signature = (numberLine: string[]): [string[], number][] => [[['Met', 'vriendelijke', 'groet,'], 300], [['Gerbrand', 'Oosthoek'], 314],
    [['adviseur'], 328], [['Omgevingsdienst', 'Lindeveld'], 342], [numberLine, 356], [['Dit', 'is', 'de', 'volgende', 'alinea', 'van', 'de', 'brief.'], 400]];

  it.each([
    [['M', '0031', '6', '34', '67', '23', '15'], '0031 6 34 67 23 15'],
    [['M', '06', '12', '34', '56', '78'], '06 12 34 56 78'],
    [['T', '(013-448', '41', '37)'], '013-448 41 37'],
  ])('is found whole, in the number\'s order, with its label: %j', (line, number) => {
    const r = suggestDocument([spreadPage(signature(line))], { law: 'wob' });
    const s = r.suggestions.filter((x) => x.category === 'phone');
    expect(s.map((x) => x.text)).toEqual([number]);
    expect(s[0]!.reason).toMatch(/uitgevulde regel/);
    expect(s[0]!.reason).toMatch(new RegExp(`aanduiding '${line[0]}'`));
  });

  it('another column\'s figure before a number is not read into it', () => {
    const r = suggestDocument([spreadPage([[['Kenmerk', '05', '076-221', '32', '63'], 100], [['Dit', 'is', 'de', 'brief.'], 140]])], { law: 'wob' });
    expect(r.suggestions.filter((x) => x.category === 'phone').map((x) => x.text)).not.toContain('05 076-221 32');
  });
});

describe('"0031" or "+31" ending a line before "(0)" and the rest', () => {
  it.each([['bel mij gerust op 0031\n(0)412 248859.', '0031 (0)412 248859'], ['Bel mij op +31\n(0)43 557 81 10.', '+31 (0)43 557 81 10']])('is one number: %j', (text, number) => {
    expect(phones(text).map((s) => s.text)).toEqual([number]);
  });
});
