// The fresh5 held-out split is only honest if it shares no name part with the train, test, fresh,
// fresh2, fresh3 and fresh4 splits, draws no name from faker (whose locales a detector lexicon may
// be widened from), and uses template families and guidance phrasings that none of them uses. No
// producer is needed for these.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { planFresh5, reservedPart } from '../../../scripts/corpus/fresh5/generate.mjs';
// @ts-expect-error plain .mjs script without types
import { buildFresh5Pools, FRESH5_PARTICLES, olderLocales } from '../../../scripts/corpus/fresh5/names.mjs';
// @ts-expect-error plain .mjs script without types
import { FRESH5_FAMILIES, fresh5Guidance } from '../../../scripts/corpus/fresh5/families.mjs';
// @ts-expect-error plain .mjs script without types
import { buildFresh4Pools } from '../../../scripts/corpus/fresh4/names.mjs';
// @ts-expect-error plain .mjs script without types
import { FRESH4_FAMILIES, fresh4Guidance } from '../../../scripts/corpus/fresh4/families.mjs';
// @ts-expect-error plain .mjs script without types
import { buildFresh3Pools } from '../../../scripts/corpus/fresh3/names.mjs';
// @ts-expect-error plain .mjs script without types
import { FRESH3_FAMILIES, fresh3Guidance } from '../../../scripts/corpus/fresh3/families.mjs';
// @ts-expect-error plain .mjs script without types
import { buildFresh2Pools } from '../../../scripts/corpus/fresh2/names.mjs';
// @ts-expect-error plain .mjs script without types
import { FRESH2_FAMILIES, fresh2Guidance } from '../../../scripts/corpus/fresh2/families.mjs';
// @ts-expect-error plain .mjs script without types
import { buildFreshPools } from '../../../scripts/corpus/fresh/names.mjs';
// @ts-expect-error plain .mjs script without types
import { FRESH_FAMILIES, freshGuidance } from '../../../scripts/corpus/fresh/families.mjs';
// @ts-expect-error plain .mjs script without types
import { FAMILIES } from '../../../scripts/corpus/families.mjs';
// @ts-expect-error plain .mjs script without types
import { buildPools } from '../../../scripts/corpus/names.mjs';
// @ts-expect-error plain .mjs script without types
import { testGuidance, trainGuidance } from '../../../scripts/corpus/phrases.mjs';
// @ts-expect-error plain .mjs script without types
import { makeRng } from '../../../scripts/corpus/rng.mjs';
import * as faker from '@faker-js/faker';

interface Origin { id: string; source: string; first: string[]; last: string[] }
interface Mark { category: string; text: string; origin?: string; mailbox?: boolean }
interface Planned { name: string; family: string; producer: string; body: string; doc: { marks: Mark[]; keeps: { text: string; why: string }[]; people: { surname: string }[] } }
const words = (parts: string[]): string[] => parts.flatMap((p) => p.split(/[\s–-]+/)).filter(Boolean).map((w) => w.toLowerCase());
const poolWords = (origins: Origin[]): Set<string> => new Set(words(origins.flatMap((o) => [...o.first, ...o.last])));

describe('fresh5 corpus split', () => {
  const fresh5 = buildFresh5Pools().origins as Origin[];
  const bySplit: [string, Origin[]][] = [
    ['train', buildPools('train').origins], ['test', buildPools('test').origins], ['fresh', buildFreshPools().origins],
    ['fresh2', buildFresh2Pools().origins], ['fresh3', buildFresh3Pools().origins], ['fresh4', buildFresh4Pools().origins],
  ];
  const olderOrigins = bySplit.flatMap(([, o]) => o);
  const older = poolWords(olderOrigins);
  const grammar = new Set([...words(FRESH5_PARTICLES as string[]), 'mr', 'mevrouw', 'de', 'heer', 'van', 'in', 'uit', 'den', 'la', 'ten', 'ter', "'t", 'uijt', 'op', 'e/v']);
  const own = new Set([...poolWords(fresh5)].filter((w) => !grammar.has(w)));

  it('shares no name part with any of the six older splits, compared split by split', () => {
    expect(own.size).toBeGreaterThan(600);
    for (const [, origins] of bySplit) {
      const theirs = poolWords(origins);
      expect(theirs.size).toBeGreaterThan(100);
      expect([...own].filter((w) => theirs.has(w))).toEqual([]);
    }
  });

  it('uses only origins that no other split uses, written by hand rather than taken from faker', () => {
    const olderIds = new Set(olderOrigins.map((o) => o.id));
    expect(fresh5.map((o) => o.id)).toEqual(['irish', 'welsh', 'icelandic', 'latvian', 'slovene', 'basque', 'catalan', 'cameroonian', 'haitian',
      'burmese', 'hausa', 'oromo', 'tunisian', 'sikh', 'dutch-rare']);
    expect(fresh5.filter((o) => olderIds.has(o.id))).toEqual([]);
    expect(fresh5.filter((o) => /faker/i.test(o.source))).toEqual([]);
    for (const o of fresh5) expect(o.first.length + o.last.length).toBeGreaterThan(30);
  });

  it('has no name part in the person lists of the faker locales the other splits read', () => {
    const vals = (x: unknown): string[] => (x ? (Array.isArray(x) ? x : Object.values(x as object).flat()) : []).filter((v): v is string => typeof v === 'string');
    const locales = olderLocales() as string[];
    expect(locales).toEqual(expect.arrayContaining(['nl', 'tr', 'pl', 'en_IN', 'en_HK', 'sr_RS_latin', 'yo_NG', 'vi', 'pt_BR', 'cs_CZ', 'hu', 'de']));
    const fk = faker as unknown as Record<string, { person?: { first_name?: unknown; last_name?: unknown } }>;
    const known = new Set(words(locales.flatMap((l) => [...vals(fk[l]?.person?.first_name), ...vals(fk[l]?.person?.last_name)])));
    expect(known.size).toBeGreaterThan(1000);
    expect([...own].filter((w) => known.has(w))).toEqual([]);
  });

  const docs = planFresh5() as Planned[];
  const names = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'name'));

  it('writes documents whose every name item is made of fresh5 name parts, of every origin', () => {
    expect(names.length).toBeGreaterThan(250);
    const partsOf = (m: Mark): string[] => words([m.text.replace(/[(),.:]/g, ' ')]).filter((w) => w.length > 1 && !grammar.has(w))
      .filter((w) => !/^\p{Lu}{2,5}$/u.test(m.text.trim()) || own.has(w)); // initials codes such as "ATBI" in a log or sheet
    expect(names.flatMap(partsOf).filter((w) => older.has(w))).toEqual([]);
    expect(names.flatMap(partsOf).filter((w) => !own.has(w))).toEqual([]);
    expect(new Set(names.map((m) => m.origin))).toEqual(new Set(fresh5.map((o) => o.id)));
  });

  it('writes a person in the forms a reviewer meets, with the particles and partner forms of its origins', () => {
    const firsts = new Set(fresh5.flatMap((o) => o.first));
    expect(names.some((m) => firsts.has(m.text))).toBe(true); // "Ferran" in a call list or a greeting
    expect(names.some((m) => /^[^,]+, \p{Lu}\p{Ll}+$/u.test(m.text))).toBe(true); // "Jebali, Chokri"
    expect(names.some((m) => /^[^,]+, (\p{Lu}\.)+$/u.test(m.text))).toBe(true); // "Etxeberria, N.I." in a sheet
    expect(names.some((m) => /^(\p{Lu}\.)+ /u.test(m.text))).toBe(true); // "N.A. Iturriaga"
    expect(names.some((m) => /^\p{Lu}{3,5}$/u.test(m.text))).toBe(true); // staff initials codes
    expect(names.some((m) => /\p{L}–\p{Lu}/u.test(m.text))).toBe(true); // a partner's surname after an en dash
    expect(names.some((m) => / e\/v \p{Lu}/u.test(m.text))).toBe(true); // "... e/v ..." (spouse of)
    expect(names.some((m) => /(^|\s)(Ó|Ní|Nic|Mac) \p{Lu}/u.test(m.text))).toBe(true);
    expect(names.some((m) => / i \p{Lu}/u.test(m.text))).toBe(true); // "Riera i Solé"
    expect(names.some((m) => /(^|\s)(Singh|Kaur) /.test(m.text))).toBe(true);
    expect(names.some((m) => /(^|\s)(van 't|in 't|uit den|de la|ten|ter|'t|[VI]n 't|Uit den|De la|Ten|Ter) \p{Lu}/u.test(m.text))).toBe(true);
    expect(names.some((m) => /[ðþæ]|dóttir/.test(m.text))).toBe(true);
    expect(names.some((m) => /[āēīūķļņ]/.test(m.text))).toBe(true);
    const locals = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'email' && !m.mailbox));
    expect(locals.some((m) => /^[a-z-]+\.[a-z.-]+$/.test(m.text))).toBe(true);
    expect(docs.some((d) => d.doc.marks.some((m) => m.category === 'email' && m.mailbox))).toBe(true); // an internal functional mailbox
  });

  it('has template families of its own, covering every category, the keeps and every producer, and is deterministic', () => {
    const olderFamilies = new Set([...(FAMILIES as { id: string }[]), ...(FRESH_FAMILIES as { id: string }[]), ...(FRESH2_FAMILIES as { id: string }[]),
      ...(FRESH3_FAMILIES as { id: string }[]), ...(FRESH4_FAMILIES as { id: string }[])].map((f) => f.id));
    expect(docs.filter((d) => olderFamilies.has(d.family))).toEqual([]);
    expect(new Set(docs.map((d) => d.family)).size).toBe((FRESH5_FAMILIES as unknown[]).length);
    expect((FRESH5_FAMILIES as unknown[]).length).toBeGreaterThanOrEqual(9);
    expect([...new Set(docs.map((d) => d.producer))].sort()).toEqual(['chromium', 'enscript', 'soffice']);
    const cats = new Set(docs.flatMap((d) => d.doc.marks.map((m) => m.category)));
    expect([...cats].sort()).toEqual(['email', 'guidance', 'name', 'phone']);
    for (const why of ['public official', 'general number', 'general mailbox', 'policy text', 'published company details', 'public address', 'public deadline', 'e-mail domain']) {
      expect(docs.some((d) => d.doc.keeps.some((k) => k.why === why))).toBe(true);
    }
    const again = planFresh5() as Planned[];
    expect(again.map((d) => d.doc.marks)).toEqual(docs.map((d) => d.doc.marks));
    expect(again.map((d) => d.body)).toEqual(docs.map((d) => d.body));
  });

  it('writes the layouts it claims', () => {
    const of = (family: string): Planned[] => docs.filter((d) => d.family === family);
    const body = (family: string): string => of(family).map((d) => d.body).join('\n');
    // a mail merge: one letter per page, each to another resident, the same handler on every page
    for (const d of of('samenvoegbrief')) {
      const letters = d.body.split('page-break-before:always').length;
      expect(letters).toBeGreaterThanOrEqual(3);
      expect((d.body.match(/Geachte (heer|mevrouw) /g) ?? []).length).toBe(letters);
    }
    expect(body('rekenblad')).toMatch(/<th style="text-align:center">G<\/th>/);
    expect(body('rekenblad')).toContain('Blad1');
    expect(body('handout')).toContain('Notities');
    for (const role of ['burgemeester', 'hoofdofficier van justitie', 'politiechef', 'Wijkagent', 'Handelingsperspectief']) expect(body('driehoek')).toContain(role);
    expect(body('logboek')).toMatch(/OVERDRACHT/);
    expect(of('logboek').some((d) => d.producer === 'enscript' && /^\d\d:\d\d {2}\S+ +OVERDRACHT/m.test(d.body))).toBe(true);
    expect(body('organogram')).toContain('vacature');
    expect(body('agendaprint')).toMatch(/Bila /);
    expect(body('agendaprint')).toMatch(/Afgedrukt door/);
    expect(body('aanvraagformulier')).toContain('☒');
    expect(body('aanvraagformulier')).toContain('In te vullen door de consulent');
    expect(body('projectplan')).toContain('uren per week');
    expect(body('aanbesteding')).toContain('consensus');
  });

  it('keeps public roles next to the civil servants who support them: the mayor, prosecutor and police chief stay, the others are items', () => {
    for (const d of docs.filter((x) => x.family === 'driehoek')) {
      const officials = d.doc.keeps.filter((k) => k.why === 'public official');
      expect(officials.length).toBe(3);
      expect(d.doc.marks.filter((m) => m.category === 'name').length).toBeGreaterThanOrEqual(8);
      for (const o of officials) expect(d.doc.marks.some((m) => m.category === 'name' && m.text.includes(o.text))).toBe(false);
    }
  });

  it('gives public officials and streets given names and surnames that no person of the split carries in any document', () => {
    // Surnames are built from whole pool entries ("Ó hEochaidh", "Fils-Aimé"), after a particle and
    // before a partner's entry; none of those entries may be a reserved one.
    const people = docs.flatMap((d) => d.doc.people) as unknown as { first: string; second: string | null; surname: string }[];
    expect(people.length).toBeGreaterThan(200);
    const entries = fresh5.flatMap((o) => o.last);
    const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const holds = (surname: string, entry: string): boolean => new RegExp(`(^|[\\s–-])${esc(entry)}($|[\\s–-])`, 'u').test(surname);
    expect(people.filter((x) => entries.some((e) => reservedPart(e) && holds(x.surname, e))).map((x) => x.surname)).toEqual([]);
    expect(people.filter((x) => !entries.some((e) => holds(x.surname, e))).map((x) => x.surname)).toEqual([]);
    expect(people.flatMap((x) => [x.first, x.second]).filter((x) => x && reservedPart(x))).toEqual([]);
    // and word by word: no capitalised word of an official's name is a word of a person's name
    const capWords = (x: string): string[] => x.split(/[\s–-]+/).filter((w) => /^\p{Lu}/u.test(w) && !['Ó', 'Ní', 'Nic', 'Mac', 'Singh', 'Kaur', 'Ben'].includes(w));
    const personWords = new Set(people.flatMap((x) => [x.first, x.second ?? '', x.surname].flatMap(capWords)));
    const officialWords = docs.flatMap((d) => d.doc.keeps.filter((k) => k.why === 'public official').flatMap((k) => capWords(k.text)));
    expect(officialWords.filter((w) => personWords.has(w))).toEqual([]);
    const reservedLast = fresh5.flatMap((o) => o.last).filter((x) => reservedPart(x));
    const reservedFirst = fresh5.flatMap((o) => o.first).filter((x) => reservedPart(x));
    const officials = docs.flatMap((d) => d.doc.keeps.filter((k) => k.why === 'public official').map((k) => k.text));
    expect(officials.length).toBeGreaterThan(20);
    expect(officials.filter((t) => !reservedLast.some((r) => t.endsWith(` ${r}`)))).toEqual([]);
    expect(officials.filter((t) => !reservedFirst.some((r) => t.startsWith(`${r} `)))).toEqual([]);
  });

  it('phrases its guidance in sentence frames that no other split uses', () => {
    const grams = (s: string): string[] => {
      const w = s.toLowerCase().replace(/[^\p{L}\d\s]/gu, ' ').split(/\s+/).filter(Boolean);
      return w.slice(0, -4).map((_, i) => w.slice(i, i + 5).join(' '));
    };
    const rng = makeRng(13);
    const olderGrams = new Set<string>();
    for (let i = 0; i < 400; i++) for (const g of [trainGuidance, testGuidance, freshGuidance, fresh2Guidance, fresh3Guidance, fresh4Guidance]) grams(g(rng)).forEach((x) => olderGrams.add(x));
    const mine = Array.from({ length: 400 }, () => fresh5Guidance(rng) as string);
    expect(mine.flatMap(grams).filter((g) => olderGrams.has(g))).toEqual([]);
    const planned = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'guidance'));
    expect(planned.length).toBeGreaterThan(40);
  });
});
