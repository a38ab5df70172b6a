// The fresh2 held-out split is only honest if it shares no name part with the train, test and
// fresh splits, draws no name from faker (whose locales a detector lexicon may be widened from),
// and uses template families and guidance phrasings that none of them uses. No producer is
// needed for these.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { planFresh2 } from '../../../scripts/corpus/fresh2/generate.mjs';
// @ts-expect-error plain .mjs script without types
import { buildFresh2Pools, FRESH2_PARTICLES } from '../../../scripts/corpus/fresh2/names.mjs';
// @ts-expect-error plain .mjs script without types
import { fresh2Guidance } from '../../../scripts/corpus/fresh2/families.mjs';
// @ts-expect-error plain .mjs script without types
import { buildFreshPools } from '../../../scripts/corpus/fresh/names.mjs';
// @ts-expect-error plain .mjs script without types
import { FRESH_FAMILIES, freshGuidance } from '../../../scripts/corpus/fresh/families.mjs';
// @ts-expect-error plain .mjs script without types
import { FAMILIES } from '../../../scripts/corpus/families.mjs';
// @ts-expect-error plain .mjs script without types
import { buildPools, ORIGINS } from '../../../scripts/corpus/names.mjs';
// @ts-expect-error plain .mjs script without types
import { testGuidance, trainGuidance } from '../../../scripts/corpus/phrases.mjs';
// @ts-expect-error plain .mjs script without types
import { makeRng } from '../../../scripts/corpus/rng.mjs';
import * as faker from '@faker-js/faker';

interface Origin { id: string; source: string; first: string[]; last: string[] }
interface Mark { category: string; text: string; origin?: string }
interface Planned { family: string; producer: string; doc: { marks: Mark[]; keeps: { text: string; why: string }[] } }
const words = (parts: string[]): string[] => parts.flatMap((p) => p.split(/[\s-]+/)).filter(Boolean).map((w) => w.toLowerCase());
const poolWords = (origins: Origin[]): Set<string> => new Set(words(origins.flatMap((o) => [...o.first, ...o.last])));

describe('fresh2 corpus split', () => {
  const fresh2 = buildFresh2Pools().origins as Origin[];
  const older = new Set([...poolWords(buildPools('train').origins), ...poolWords(buildPools('test').origins), ...poolWords(buildFreshPools().origins)]);
  const own = poolWords(fresh2);
  const grammar = new Set([...words(FRESH2_PARTICLES as string[]), 'mr', 'mr.', 'mevrouw', 'de', 'heer', 'dela', 'delos', 'los']);

  it('shares no name part with the train, test or fresh pools', () => {
    expect(own.size).toBeGreaterThan(400);
    expect([...own].filter((w) => older.has(w))).toEqual([]);
  });

  it('uses only origins that no other split uses, written by hand rather than taken from faker', () => {
    const olderIds = new Set([...buildPools('train').origins, ...buildPools('test').origins, ...buildFreshPools().origins].map((o: Origin) => o.id));
    expect(fresh2.map((o) => o.id)).toEqual(expect.arrayContaining(['tamil', 'filipino', 'akan', 'amharic', 'albanian', 'antillean', 'amazigh', 'ukrainian']));
    expect(fresh2.filter((o) => olderIds.has(o.id))).toEqual([]);
    expect(fresh2.filter((o) => /faker/i.test(o.source))).toEqual([]);
    for (const o of fresh2) expect(o.first.length + o.last.length).toBeGreaterThan(20);
  });

  it('has no name part in the person lists of the faker locales the other splits read', () => {
    const vals = (x: unknown): string[] => (x ? (Array.isArray(x) ? x : Object.values(x as object).flat()) : []).filter((v): v is string => typeof v === 'string');
    const locales = new Set((ORIGINS as { source: string }[]).flatMap((o) => [...o.source.matchAll(/faker ([a-z_A-Z]+)/g)].map((m) => m[1])));
    for (const l of ['vi', 'pt_BR', 'cs_CZ', 'hu']) locales.add(l);
    const fk = faker as unknown as Record<string, { person?: { first_name?: unknown; last_name?: unknown } }>;
    const known = new Set(words([...locales].flatMap((l) => [...vals(fk[l]?.person?.first_name), ...vals(fk[l]?.person?.last_name)])));
    expect(known.size).toBeGreaterThan(1000);
    expect([...own].filter((w) => known.has(w))).toEqual([]);
  });

  const docs = planFresh2() as Planned[];
  const names = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'name'));

  it('writes documents whose every name item is made of fresh2 name parts', () => {
    expect(names.length).toBeGreaterThan(150);
    const partsOf = (m: Mark): string[] => words([m.text.replace(/[(),.]/g, ' ')]).filter((w) => w.length > 1 && !grammar.has(w));
    expect(names.flatMap(partsOf).filter((w) => older.has(w))).toEqual([]);
    expect(names.flatMap(partsOf).filter((w) => !own.has(w))).toEqual([]);
  });

  it('writes a person in the forms a reviewer meets: first name alone, surname first, initials, e-mail local part', () => {
    const firsts = new Set(fresh2.flatMap((o) => o.first));
    expect(names.some((m) => firsts.has(m.text))).toBe(true); // "Kobina" in a greeting or a chat sender
    expect(names.some((m) => /^[^,]+, [^,]+$/.test(m.text))).toBe(true); // "Achternaam, Voornaam" in an attendee list
    expect(names.some((m) => /^(\p{Lu}\.)+ /u.test(m.text))).toBe(true); // "A.K. Sivapalan"
    const locals = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'email' && !(m as { mailbox?: boolean }).mailbox));
    expect(locals.some((m) => /^[a-z]+\.[a-z.]+$/.test(m.text))).toBe(true);
    expect(names.some((m) => /[ëçñ]/.test(m.text))).toBe(true);
    expect(names.some((m) => /\p{L}-\p{L}/u.test(m.text))).toBe(true);
  });

  it('has template families of its own, covering every category, the keeps and every producer, and is deterministic', () => {
    const olderFamilies = new Set([...(FAMILIES as { id: string }[]), ...(FRESH_FAMILIES as { id: string }[])].map((f) => f.id));
    expect(docs.filter((d) => olderFamilies.has(d.family))).toEqual([]);
    expect(new Set(docs.map((d) => d.family)).size).toBeGreaterThanOrEqual(6);
    expect([...new Set(docs.map((d) => d.producer))].sort()).toEqual(['chromium', 'enscript', 'soffice']);
    const cats = new Set(docs.flatMap((d) => d.doc.marks.map((m) => m.category)));
    expect([...cats].sort()).toEqual(['email', 'guidance', 'name', 'phone']);
    for (const why of ['public official', 'general number', 'general mailbox', 'policy text']) {
      expect(docs.some((d) => d.doc.keeps.some((k) => k.why === why))).toBe(true);
    }
    const again = planFresh2() as Planned[];
    expect(again.map((d) => d.doc.marks)).toEqual(docs.map((d) => d.doc.marks));
  });

  it('phrases its guidance in sentence frames that no other split uses', () => {
    const grams = (s: string): string[] => {
      const w = s.toLowerCase().replace(/[^\p{L}\d\s]/gu, ' ').split(/\s+/).filter(Boolean);
      return w.slice(0, -4).map((_, i) => w.slice(i, i + 5).join(' '));
    };
    const rng = makeRng(7);
    const olderGrams = new Set<string>();
    for (let i = 0; i < 400; i++) for (const g of [trainGuidance, testGuidance, freshGuidance]) grams(g(rng)).forEach((x) => olderGrams.add(x));
    const mine = Array.from({ length: 400 }, () => fresh2Guidance(rng) as string);
    expect(mine.flatMap(grams).filter((g) => olderGrams.has(g))).toEqual([]);
    const planned = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'guidance'));
    expect(planned.length).toBeGreaterThan(20);
  });
});
