// The fresh3 held-out split is only honest if it shares no name part with the train, test, fresh
// and fresh2 splits, draws no name from faker (whose locales a detector lexicon may be widened
// from), and uses template families and guidance phrasings that none of them uses. No producer
// is needed for these.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { planFresh3, reservedSurname } from '../../../scripts/corpus/fresh3/generate.mjs';
// @ts-expect-error plain .mjs script without types
import { buildFresh3Pools, FRESH3_PARTICLES, olderLocales } from '../../../scripts/corpus/fresh3/names.mjs';
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
const words = (parts: string[]): string[] => parts.flatMap((p) => p.split(/[\s-]+/)).filter(Boolean).map((w) => w.toLowerCase());
const poolWords = (origins: Origin[]): Set<string> => new Set(words(origins.flatMap((o) => [...o.first, ...o.last])));

describe('fresh3 corpus split', () => {
  const fresh3 = buildFresh3Pools().origins as Origin[];
  const olderOrigins = [...buildPools('train').origins, ...buildPools('test').origins, ...buildFreshPools().origins, ...buildFresh2Pools().origins] as Origin[];
  const older = poolWords(olderOrigins);
  const own = poolWords(fresh3);
  const grammar = new Set([...words(FRESH3_PARTICLES as string[]), 'mr', 'mevrouw', 'de', 'heer', 'la', 'del']);

  it('shares no name part with the train, test, fresh or fresh2 pools', () => {
    expect(own.size).toBeGreaterThan(450);
    expect([...own].filter((w) => older.has(w))).toEqual([]);
  });

  it('uses only origins that no other split uses, written by hand rather than taken from faker', () => {
    const olderIds = new Set(olderOrigins.map((o) => o.id));
    expect(fresh3.map((o) => o.id)).toEqual(['pakistani', 'igbo', 'georgian', 'lithuanian', 'korean', 'japanese', 'thai', 'colombian', 'sinhalese', 'congolese', 'bengali']);
    expect(fresh3.filter((o) => olderIds.has(o.id))).toEqual([]);
    expect(fresh3.filter((o) => /faker/i.test(o.source))).toEqual([]);
    for (const o of fresh3) expect(o.first.length + o.last.length).toBeGreaterThan(30);
  });

  it('has no name part in the person lists of the faker locales the other splits read', () => {
    const vals = (x: unknown): string[] => (x ? (Array.isArray(x) ? x : Object.values(x as object).flat()) : []).filter((v): v is string => typeof v === 'string');
    const locales = olderLocales() as string[];
    expect(locales).toEqual(expect.arrayContaining(['nl', 'tr', 'pl', 'en_IN', 'yo_NG', 'vi', 'pt_BR', 'cs_CZ', 'hu']));
    const fk = faker as unknown as Record<string, { person?: { first_name?: unknown; last_name?: unknown } }>;
    const known = new Set(words(locales.flatMap((l) => [...vals(fk[l]?.person?.first_name), ...vals(fk[l]?.person?.last_name)])));
    expect(known.size).toBeGreaterThan(1000);
    expect([...own].filter((w) => known.has(w))).toEqual([]);
  });

  const docs = planFresh3() as Planned[];
  const names = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'name'));

  it('writes documents whose every name item is made of fresh3 name parts, of every origin', () => {
    expect(names.length).toBeGreaterThan(250);
    const partsOf = (m: Mark): string[] => words([m.text.replace(/[(),.]/g, ' ')]).filter((w) => w.length > 1 && !grammar.has(w));
    expect(names.flatMap(partsOf).filter((w) => older.has(w))).toEqual([]);
    expect(names.flatMap(partsOf).filter((w) => !own.has(w))).toEqual([]);
    expect(new Set(names.map((m) => m.origin))).toEqual(new Set(fresh3.map((o) => o.id)));
  });

  it('writes a person in the forms a reviewer meets: first name alone, surname first, initials, e-mail local part', () => {
    const firsts = new Set(fresh3.flatMap((o) => o.first));
    expect(names.some((m) => firsts.has(m.text))).toBe(true); // "Ifeoma" in a roster swap line
    expect(names.some((m) => /^[^,]+, [^,]+$/.test(m.text))).toBe(true); // "Okafor, Ifeoma" in a distribution list
    expect(names.some((m) => /^(\p{Lu}\.)+ /u.test(m.text))).toBe(true); // "K. Ugwu" in a roster
    expect(names.some((m) => /^\p{L}+, (\p{Lu}\.)+$/u.test(m.text))).toBe(true); // "Beridze, L." in a routing table
    const locals = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'email' && !m.mailbox));
    expect(locals.some((m) => /^[a-z-]+\.[a-z.-]+$/.test(m.text))).toBe(true);
    expect(names.some((m) => /[ėšžūąčáéíóúñ]/.test(m.text))).toBe(true);
    expect(names.some((m) => /\p{L}-\p{L}/u.test(m.text))).toBe(true);
  });

  it('has ten template families of its own, covering every category, the keeps and every producer, and is deterministic', () => {
    const olderFamilies = new Set([...(FAMILIES as { id: string }[]), ...(FRESH_FAMILIES as { id: string }[]), ...(FRESH2_FAMILIES as { id: string }[])].map((f) => f.id));
    expect(docs.filter((d) => olderFamilies.has(d.family))).toEqual([]);
    expect(new Set(docs.map((d) => d.family)).size).toBe((FRESH3_FAMILIES as unknown[]).length);
    expect((FRESH3_FAMILIES as unknown[]).length).toBeGreaterThanOrEqual(8);
    expect([...new Set(docs.map((d) => d.producer))].sort()).toEqual(['chromium', 'enscript', 'soffice']);
    const cats = new Set(docs.flatMap((d) => d.doc.marks.map((m) => m.category)));
    expect([...cats].sort()).toEqual(['email', 'guidance', 'name', 'phone']);
    for (const why of ['public official', 'general number', 'general mailbox', 'policy text', 'published company details', 'public address']) {
      expect(docs.some((d) => d.doc.keeps.some((k) => k.why === why))).toBe(true);
    }
    const again = planFresh3() as Planned[];
    expect(again.map((d) => d.doc.marks)).toEqual(docs.map((d) => d.doc.marks));
    expect(again.map((d) => d.body)).toEqual(docs.map((d) => d.body));
  });

  it('writes the layouts it claims: mixed English and Dutch mail headers, a transcript, a routing table, a two-column letterhead', () => {
    const body = (family: string): string => docs.filter((d) => d.family === family).map((d) => d.body).join('\n');
    expect(body('doorgestuurd')).toMatch(/^From: .*\nSent: /m);
    expect(body('doorgestuurd')).toMatch(/^Van: .*\nVerzonden: /m);
    expect(body('transcript')).toMatch(/^WEBVTT/m);
    expect(body('transcript')).toMatch(/\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}\n<v [^>]+>/);
    expect(body('parafenlijst')).toContain('Parafenlijst');
    for (const label of ['Contactpersoon', 'Doorkiesnummer', 'E-mail']) expect(body('briefhoofd')).toContain(`>${label}</div>`);
    expect(body('memo')).toContain('Verzendlijst');
    for (const word of ['Signalen', 'Weegfactoren', 'Escalatieladder']) expect(`${body('afwegingskader')}${body('procesbeschrijving')}`).toContain(word);
  });

  it('gives public officials and streets surnames that no person of the split carries in any document', () => {
    // eval reads the split as one dossier: an alderman sharing a clerk's surname would blur who is public.
    const stripped = (s: string): string[] => s.split('-').map((x) => x.replace(/^(?:\p{Ll}+ )+/u, ''));
    const personSurnames = docs.flatMap((d) => d.doc.people.flatMap((x) => stripped(x.surname)));
    expect(personSurnames.length).toBeGreaterThan(200);
    expect(personSurnames.filter((x) => reservedSurname(x))).toEqual([]);
    const reserved = fresh3.flatMap((o) => o.last).filter((x) => reservedSurname(x));
    const officials = docs.flatMap((d) => d.doc.keeps.filter((k) => k.why === 'public official').map((k) => k.text.replace(/ \(.*\)$/, '')));
    expect(officials.length).toBeGreaterThan(20);
    expect(officials.filter((t) => !reserved.some((r) => t.endsWith(` ${r}`)))).toEqual([]);
  });

  it('phrases its guidance in sentence frames that no other split uses', () => {
    const grams = (s: string): string[] => {
      const w = s.toLowerCase().replace(/[^\p{L}\d\s]/gu, ' ').split(/\s+/).filter(Boolean);
      return w.slice(0, -4).map((_, i) => w.slice(i, i + 5).join(' '));
    };
    const rng = makeRng(11);
    const olderGrams = new Set<string>();
    for (let i = 0; i < 400; i++) for (const g of [trainGuidance, testGuidance, freshGuidance, fresh2Guidance]) grams(g(rng)).forEach((x) => olderGrams.add(x));
    const mine = Array.from({ length: 400 }, () => fresh3Guidance(rng) as string);
    expect(mine.flatMap(grams).filter((g) => olderGrams.has(g))).toEqual([]);
    const planned = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'guidance'));
    expect(planned.length).toBeGreaterThan(35);
  });

});
