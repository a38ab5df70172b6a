// Issue #11 item 4, session 10: a systematic notation test for phone numbers. A generator writes
// every kind of Dutch number (geographic 2- and 3-digit area codes, 06, 084/085/087/088/091,
// service and short numbers) in every notation (groupings the plan allows and common wrong ones,
// every separator, international prefixes, labels, places in a text) and asserts that a direct
// number with a person's cue is always found whole, that service numbers are always kept, and that
// figures which are no phone numbers are never taken. Every number, name and place is made up.
import { describe, expect, it } from 'vitest';
import { found, run } from './helpers';

/** A made-up national number: trunk 0, its prefix (area code or range) and the subscriber digits. */
interface Num { kind: string; prefix: string; rest: string }

const NUMBERS: Num[] = [
  { kind: 'geo2', prefix: '20', rest: '6184273' },
  { kind: 'geo2', prefix: '70', rest: '3925146' },
  { kind: 'geo2', prefix: '43', rest: '8571620' },
  { kind: 'geo3', prefix: '313', rest: '472915' },
  { kind: 'geo3', prefix: '546', rest: '830271' },
  { kind: 'geo3', prefix: '111', rest: '659402' },
  { kind: 'mobile', prefix: '6', rest: '48271935' },
  { kind: 'mobile', prefix: '6', rest: '10592846' },
  { kind: 'range', prefix: '84', rest: '7261938' },
  { kind: 'range', prefix: '85', rest: '3047196' },
  { kind: 'range', prefix: '87', rest: '2159384' },
  { kind: 'range', prefix: '88', rest: '4617302' },
  { kind: 'range', prefix: '91', rest: '5820473' },
];

/** Groupings of the national digits after the trunk 0 (lengths of the groups; the first group holds the prefix). */
function groupings(n: Num): number[][] {
  const p = n.prefix.length;
  const all = [
    [p, n.rest.length], // 020 6184273, 06 48271935
    [p, 3, n.rest.length - 3], // 020 618 4273, 0313 472 915
    [p, 2, 2, n.rest.length - 4], // 020 61 84 273
    [p, ...(n.rest.length === 8 ? [2, 2, 2, 2] : n.rest.length === 7 ? [3, 2, 2] : [2, 2, 2])], // 06 48 27 19 35, 020 618 42 73, 0313 47 29 15
    [p, ...(n.rest.length === 8 ? [4, 4] : n.rest.length === 7 ? [1, 3, 3] : [3, 3])],
    // Common wrong groupings: the area code cut in the wrong place, pairs from the start.
    [p + 1, n.rest.length - 1], // 0206 184273, 0648 271935
    [p + 1, 3, n.rest.length - 4], // 0206 184 273
    [1, 2, 2, 2, 2], // 02 06 18 42 73, 03 13 47 29 15
    [2, 3, 4], // 031 347 2915
    [3, 3, 3], // 0206 184 273
  ];
  return all.filter((g) => g.reduce((a, b) => a + b, 0) === 9);
}

/** The nine digits after the trunk 0 written in groups with a separator between them. */
function write(n: Num, groups: number[], sep: string): string[] {
  const d = n.prefix + n.rest;
  const parts: string[] = [];
  let at = 0;
  for (const g of groups) {
    parts.push(d.slice(at, at + g));
    at += g;
  }
  const [first, ...rest] = parts;
  const tail = rest.join(sep);
  return [first!, tail];
}

const SEPARATORS: [string, string][] = [
  ['space', ' '], ['dash', '-'], ['spaced dash', ' - '], ['dot', '.'], ['slash', '/'], ['no-break space', '\u00a0'],
  ['thin space', '\u2009'], ['en dash', '\u2013'], ['spaced en dash', ' \u2013 '], ['none', ''],
];
/** A slash parts the area code from the subscriber number only ("020/6184273", "0313/47 29 15"). */
const SLASH = '/';

/** Every way of writing the number: national, with the area code in brackets, +31, +31 (0), 0031 … */
function notations(n: Num): string[] {
  const out = new Set<string>();
  for (const g of groupings(n)) {
    for (const [, sep] of SEPARATORS) {
      if (sep === SLASH) {
        if (g[0] !== n.prefix.length) continue;
        const [first, tail] = write(n, g, ' ');
        out.add(`0${first}/${tail}`);
        out.add(`+31 (0)${first}/${tail}`);
        continue;
      }
      const [first, tail] = write(n, g, sep);
      const rest = tail ? `${sep || ''}${tail}` : '';
      out.add(`0${first}${rest}`);
      if (g[0] === n.prefix.length) {
        const sp = sep === '' ? '' : ' ';
        out.add(`(0${first})${sp}${tail}`);
        out.add(`+31${sp || ' '}${first}${rest}`);
        out.add(`+31 (0)${first}${rest}`);
        out.add(`+31(0)${first}${rest}`);
        out.add(`0031 ${first}${rest}`);
        out.add(`0031 (0)${first}${rest}`);
        out.add(`+31 (0) ${first}${rest}`);
      }
    }
  }
  // Mixed separators: "020-618 42 73", "06-48 27 19 35", "+31 6-4827 1935".
  const d = n.prefix + n.rest;
  out.add(`0${n.prefix}-${n.rest.slice(0, 3)} ${n.rest.slice(3, 5)} ${n.rest.slice(5)}`);
  out.add(`0${n.prefix} - ${n.rest.slice(0, 2)}.${n.rest.slice(2, 4)}.${n.rest.slice(4)}`);
  out.add(`+31 ${n.prefix}-${n.rest.slice(0, 4)} ${n.rest.slice(4)}`);
  out.add(`(0)${d.slice(0, n.prefix.length)} ${n.rest}`);
  return [...out];
}

// Set LAKSTIFT_DUMP to a file to write the misses there, one a line (for reading them by class).
const dump = (name: string, misses: string[]) => {
  const file = process.env.LAKSTIFT_DUMP;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (file) require('node:fs').appendFileSync(file, misses.map((m) => `${name}\t${m}\n`).join(''));
};
const digitsOf = (s: string) => s.replace(/\D/g, '');
const national = (n: Num) => `0${n.prefix}${n.rest}`;

/** A page of text with the number in it; `cue` ties it to a person. */
type Place = (num: string) => string;

const SIGNATURE = (label: string): Place => (num) => `Met vriendelijke groet,\n\nEline Vos\nadviseur vergunningen\n${label}${num}\ne.vos@voorbeeldgemeente.nl`;

/** Labels a person's contact line may carry. */
const LABELS = [
  'T ', 'T: ', 'M ', 'M: ', 'Tel. ', 'Tel: ', 'tel.nr. ', 'Tel.nr.: ', 'Telefoon ', 'Telefoon: ', 'Telefoonnummer: ', 'Mob. ', 'Mobiel: ', 'Mobiel ',
  'GSM ', 'GSM: ', 'Direct: ', 'Direct ', 'Doorkies: ', 'Doorkiesnummer: ', 'Werk: ', 'Privé: ', 'Bereikbaar op ', 'Nummer: ', 'TEL. ', 'MOBIEL: ', '',
  // Glued to the number, as some signatures and text models write them.
  'T:', 'Tel:', 'Tel.', 'tel.nr.:', 'M:', 'Mob.', 'Mobiel:', 'Telefoon:', 'Direct:', 'T.',
];

/** Places in a text where a person's own number stands. */
const PLACES: [string, Place][] = [
  ['signature', SIGNATURE('T ')],
  ['running text, full stop', (num) => `Hallo Sanne,\n\nBel me gerust op ${num}. Ik ben er de hele dag.`],
  ['running text, comma', (num) => `Je kunt mij bereiken op ${num}, ook na vijf uur.`],
  ['running text, semicolon', (num) => `Mijn nummer is ${num}; bel liever niet voor negen uur.`],
  ['brackets', (num) => `Neem contact op met Eline Vos (${num}) over de planning.`],
  ['brackets with label', (num) => `Neem contact op met Eline Vos (tel. ${num}) over de planning.`],
  ['colon at the end', (num) => `Het nummer van mevrouw Vos: ${num}`],
  ['table row', (num) => `Naam    Functie    Telefoon    E-mail\nEline Vos    adviseur    ${num}    e.vos@voorbeeldgemeente.nl`],
  ['table cells one a line', (num) => `Naam\nFunctie\nTelefoon\nEline Vos\nadviseur\n${num}\nJoris Haak\njurist\n06 59 31 72 84`],
  ['all-caps signature', (num) => `MET VRIENDELIJKE GROET,\n\nELINE VOS\nADVISEUR\nTEL. ${num}`],
  ['extension', (num) => `Met vriendelijke groet,\n\nEline Vos\nT ${num} toestel 1234`],
  ['short extension', (num) => `Met vriendelijke groet,\n\nEline Vos\nT ${num} tst. 12`],
  ['contact person', (num) => `Contactpersoon: Eline Vos\nTelefoon: ${num}\nE-mail: e.vos@voorbeeldgemeente.nl`],
];

/** Numbers with their written form for a test, one of each notation, over every kind. */
function sweep(kinds: (n: Num) => boolean): [Num, string][] {
  const out: [Num, string][] = [];
  for (const n of NUMBERS.filter(kinds)) for (const s of notations(n)) out.push([n, s]);
  return out;
}

/** The suggestion that covers the whole number (its digits, with nothing missing), or why not. */
function coveredBy(texts: string[], n: Num, written: string): boolean {
  const want = digitsOf(national(n)).slice(1);
  return texts.some((t) => {
    const d = digitsOf(t.replace(/\(0\)/g, ''));
    return d.endsWith(want) && (t.includes(written.trim()) || t.replace(/\s+/g, ' ') === written.replace(/\s+/g, ' '));
  });
}

describe('every notation of a direct number with a person\'s cue is found whole', () => {
  it('in a signature with a "T" label, every kind and notation', () => {
    const misses: string[] = [];
    for (const [n, s] of sweep(() => true)) {
      const texts = found(SIGNATURE('T ')(s), 'phone');
      if (!coveredBy(texts, n, s)) misses.push(`${JSON.stringify(s)} → ${JSON.stringify(texts)}`);
    }
    dump('signature', misses);
    expect(misses).toEqual([]);
  });

  it('after every label of a contact line', () => {
    const misses: string[] = [];
    for (const n of NUMBERS) {
      for (const s of notations(n).slice(0, 12)) {
        for (const label of LABELS) {
          const texts = found(SIGNATURE(label)(s), 'phone');
          if (!coveredBy(texts, n, s)) misses.push(`${JSON.stringify(label + s)} → ${JSON.stringify(texts)}`);
        }
      }
    }
    dump('label', misses);
    expect(misses).toEqual([]);
  });

  it('in every place a person\'s number stands', () => {
    const misses: string[] = [];
    for (const n of NUMBERS) {
      for (const s of notations(n).filter((_, i) => i % 11 === 0)) {
        for (const [place, make] of PLACES) {
          const texts = found(make(s), 'phone');
          if (!coveredBy(texts, n, s)) misses.push(`${place}: ${JSON.stringify(s)} → ${JSON.stringify(texts)}`);
        }
      }
    }
    dump('place', misses);
    expect(misses).toEqual([]);
  });

  it('split over a line end, at every group boundary', () => {
    const misses: string[] = [];
    for (const n of NUMBERS) {
      for (const g of groupings(n)) {
        const [first, tail] = write(n, g, ' ');
        const parts = tail.split(' ');
        for (let k = 0; k < parts.length; k++) {
          const head = [`0${first}`, ...parts.slice(0, k)].join(' ');
          const rest = parts.slice(k).join(' ');
          const text = `Met vriendelijke groet,\n\nEline Vos\nadviseur, bereikbaar via ${head}\n${rest} of per e-mail.`;
          const texts = found(text, 'phone');
          if (!texts.some((t) => digitsOf(t) === national(n))) misses.push(`${JSON.stringify(`${head} / ${rest}`)} → ${JSON.stringify(texts)}`);
        }
      }
    }
    // The area code with an international prefix or in brackets ends the line; a dash or a slash before the line end.
    for (const n of NUMBERS) {
      for (const [head, rest] of [[`+31 (0)${n.prefix}`, `${n.rest.slice(0, 3)} ${n.rest.slice(3)}`], [`(0${n.prefix})`, n.rest], [`0${n.prefix} -`, n.rest], [`0${n.prefix}/`, n.rest], [`0031 ${n.prefix}`, n.rest]]) {
        const texts = found(`Met vriendelijke groet,\n\nEline Vos\nadviseur, telefoon ${head}\n${rest}`, 'phone');
        if (!texts.some((t) => digitsOf(t.replace(/^\+31|^0031/, '0').replace(/\(0\)/, '')) === national(n))) misses.push(`${JSON.stringify(`${head} / ${rest}`)} → ${JSON.stringify(texts)}`);
      }
    }
    dump('split', misses);
    expect(misses).toEqual([]);
  });
});

describe('service and short numbers are kept in every notation', () => {
  const service = ['0800 0123', '0800-0123', '0800 012 34 56', '0800-0123456', '0900 1234', '0900-123 45 67', '0900 12 34', '0906 1234567', '0909-1234', '0800.0123', '0900\u00a01234567'];
  const short = ['14 020', '14 0313', '140 20', '14 0546', '14020', '1400'];
  it.each([...service, ...short])('keeps %j', (num) => {
    const r = run(`Voor vragen belt u ${num}.`);
    expect(r.suggestions.filter((s) => s.category === 'phone')).toEqual([]);
    expect(r.kept.filter((s) => s.category === 'phone').map((s) => digitsOf(s.text))).toEqual([digitsOf(num)]);
  });
});

describe('figures that are no phone numbers are never taken', () => {
  const negatives = [
    'Het besluit is genomen op 12-03-2024 en verzonden op 12.03.2024.',
    'Verzonden 2024-03-12, ontvangen 12/03/2024 en 1-3-2024.',
    'Het bedrag van € 1.234.567,00 is betaald, zie ook € 0,50 en 0,25 procent.',
    'Het subsidiebedrag is 06.500 euro lager dan begroot.',
    'Postcode 2511 AB, 1234AB of 9712 CP Groningen.',
    'Zaaknummer: 2024-0312-4471 en zaak Z/24/123456.',
    'Zaaknummer 0206184273 en kenmerk 0313472915.',
    'Ons kenmerk: 0648271935',
    'IBAN NL91 ABNA 0417 1643 00 ten name van de gemeente.',
    'Rekeningnummer NL20 INGB 0001 2345 67.',
    'BSN 123456782 en burgerservicenummer 0123.45.678.',
    'Openingstijden ma-vr 08.30-17.00 uur en za 09.00 - 12.00.',
    'Het loket is open van 08:30 - 17:00 uur; spreekuur 08.30-10.00.',
    'Artikel 10, tweede lid, onder e, en artikel 5.1.2 van de Woo.',
    'Documentnummer 0206184273, versie 0.3.1.',
    'Kamerstukken II 2023/24, 32 813, nr. 1234.',
    'Factuurnummer 2024-0001234 van 03-04-2024.',
    'Het aantal steeg van 020 in 2019 naar 0313 in 2023.',
    'De vergadering van 12.03.2024 om 10.00 uur.',
    'Registratienummer 0648271935 in het handelsregister.',
  ];
  it.each(negatives)('takes nothing in %j', (text) => {
    expect(found(text, 'phone')).toEqual([]);
  });
});
