// The fresh4 held-out split is only honest if it shares no name part with the train, test, fresh,
// fresh2 and fresh3 splits, draws no name from faker (whose locales a detector lexicon may be
// widened from), and uses template families and guidance phrasings that none of them uses. No
// producer is needed for these.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { planFresh4, reservedPart } from '../../../scripts/corpus/fresh4/generate.mjs';
// @ts-expect-error plain .mjs script without types
import { buildFresh4Pools, FRESH4_PARTICLES, olderLocales } from '../../../scripts/corpus/fresh4/names.mjs';
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
const words = (parts: string[]): string[] => parts.flatMap((p) => p.split(/[\s-]+/)).filter(Boolean).map((w) => w.toLowerCase());
const poolWords = (origins: Origin[]): Set<string> => new Set(words(origins.flatMap((o) => [...o.first, ...o.last])));

describe('fresh4 corpus split', () => {
  const fresh4 = buildFresh4Pools().origins as Origin[];
  const olderOrigins = [...buildPools('train').origins, ...buildPools('test').origins, ...buildFreshPools().origins, ...buildFresh2Pools().origins,
    ...buildFresh3Pools().origins] as Origin[];
  const older = poolWords(olderOrigins);
  const grammar = new Set([...words(FRESH4_PARTICLES as string[]), 'mr', 'mevrouw', 'de', 'heer']);
  const own = new Set([...poolWords(fresh4)].filter((w) => !grammar.has(w)));

  it('shares no name part with the train, test, fresh, fresh2 or fresh3 pools', () => {
    expect(own.size).toBeGreaterThan(550);
    expect([...own].filter((w) => older.has(w))).toEqual([]);
  });

  it('uses only origins that no other split uses, written by hand rather than taken from faker', () => {
    const olderIds = new Set(olderOrigins.map((o) => o.id));
    expect(fresh4.map((o) => o.id)).toEqual(['malaysian', 'iraqi', 'egyptian', 'kenyan', 'shona', 'croatian', 'bulgarian', 'finnic', 'andean', 'nepali',
      'central-asian', 'frisian', 'hebrew', 'mongolian']);
    expect(fresh4.filter((o) => olderIds.has(o.id))).toEqual([]);
    expect(fresh4.filter((o) => /faker/i.test(o.source))).toEqual([]);
    for (const o of fresh4) expect(o.first.length + o.last.length).toBeGreaterThan(30);
  });

  it('has no name part in the person lists of the faker locales the other splits read', () => {
    const vals = (x: unknown): string[] => (x ? (Array.isArray(x) ? x : Object.values(x as object).flat()) : []).filter((v): v is string => typeof v === 'string');
    const locales = olderLocales() as string[];
    expect(locales).toEqual(expect.arrayContaining(['nl', 'tr', 'pl', 'en_IN', 'en_HK', 'sr_RS_latin', 'yo_NG', 'vi', 'pt_BR', 'cs_CZ', 'hu']));
    const fk = faker as unknown as Record<string, { person?: { first_name?: unknown; last_name?: unknown } }>;
    const known = new Set(words(locales.flatMap((l) => [...vals(fk[l]?.person?.first_name), ...vals(fk[l]?.person?.last_name)])));
    expect(known.size).toBeGreaterThan(1000);
    expect([...own].filter((w) => known.has(w))).toEqual([]);
  });

  const docs = planFresh4() as Planned[];
  const names = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'name'));

  it('writes documents whose every name item is made of fresh4 name parts, of every origin', () => {
    expect(names.length).toBeGreaterThan(200);
    const partsOf = (m: Mark): string[] => words([m.text.replace(/[(),.:]/g, ' ')]).filter((w) => w.length > 1 && !grammar.has(w))
      .filter((w) => !/^\p{Lu}{2,4}$/u.test(w.toUpperCase()) || own.has(w)); // initials codes such as "OSRO" in a handling log
    expect(names.flatMap(partsOf).filter((w) => older.has(w))).toEqual([]);
    expect(names.flatMap(partsOf).filter((w) => !own.has(w))).toEqual([]);
    expect(new Set(names.map((m) => m.origin))).toEqual(new Set(fresh4.map((o) => o.id)));
  });

  it('writes a person in the forms a reviewer meets: first name alone, surname first, initials, e-mail local part, spaced double surnames', () => {
    const firsts = new Set(fresh4.flatMap((o) => o.first));
    expect(names.some((m) => firsts.has(m.text))).toBe(true); // "Tatenda" in a chat
    expect(names.some((m) => /^[^,]+, [^,]+$/.test(m.text))).toBe(true); // "Kariuki, Wanjiru" as actiehouder
    expect(names.some((m) => /^(\p{Lu}\.)+ /u.test(m.text))).toBe(true); // "S.B. Tuladhar" in a hearing committee
    expect(names.some((m) => /^(mr|Mr)\. /.test(m.text))).toBe(true); // the objector's lawyer
    expect(names.some((m) => /^\p{L}+ \p{L}+ - \p{L}+/u.test(m.text))).toBe(true); // "Sjoerd Hiemstra - Kamau"
    expect(names.some((m) => / (bin|binti) /.test(m.text))).toBe(true);
    expect(names.some((m) => / y /.test(m.text))).toBe(true); // "Ticona y Chambi"
    const locals = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'email' && !m.mailbox));
    expect(locals.some((m) => /^[a-z-]+\.[a-z.-]+$/.test(m.text))).toBe(true);
    expect(names.some((m) => /[čćđšžäöõü]/.test(m.text))).toBe(true);
  });

  it('has template families of its own, covering every category, the keeps and every producer, and is deterministic', () => {
    const olderFamilies = new Set([...(FAMILIES as { id: string }[]), ...(FRESH_FAMILIES as { id: string }[]), ...(FRESH2_FAMILIES as { id: string }[]),
      ...(FRESH3_FAMILIES as { id: string }[])].map((f) => f.id));
    expect(docs.filter((d) => olderFamilies.has(d.family))).toEqual([]);
    expect(new Set(docs.map((d) => d.family)).size).toBe((FRESH4_FAMILIES as unknown[]).length);
    expect((FRESH4_FAMILIES as unknown[]).length).toBeGreaterThanOrEqual(8);
    expect([...new Set(docs.map((d) => d.producer))].sort()).toEqual(['chromium', 'enscript', 'soffice']);
    const cats = new Set(docs.flatMap((d) => d.doc.marks.map((m) => m.category)));
    expect([...cats].sort()).toEqual(['email', 'guidance', 'name', 'phone']);
    for (const why of ['public official', 'general number', 'general mailbox', 'policy text', 'published company details', 'public address', 'public deadline']) {
      expect(docs.some((d) => d.doc.keeps.some((k) => k.why === why))).toBe(true);
    }
    const again = planFresh4() as Planned[];
    expect(again.map((d) => d.doc.marks)).toEqual(docs.map((d) => d.doc.marks));
    expect(again.map((d) => d.body)).toEqual(docs.map((d) => d.body));
  });

  it('writes the layouts it claims: a ticket export, a reference strip, a speakers list, footnotes, a day-grouped chat', () => {
    const body = (family: string): string => docs.filter((d) => d.family === family).map((d) => d.body).join('\n');
    expect(body('ticketexport')).toMatch(/^Melder {2,}\S/m);
    expect(body('ticketexport')).toMatch(/^Behandelaarsgroep {2,}\S/m);
    for (const label of ['Ons kenmerk', 'Uw kenmerk', 'Behandeld door']) expect(body('kenmerkstrook')).toContain(`<td>${label}</td>`);
    expect(body('sprekerslijst')).toContain('Sprekerslijst');
    expect(body('besluitenlijst')).toContain('actiehouder');
    expect(body('beleidsnotitie')).toMatch(/<sup>\d<\/sup>/);
    expect(body('signal')).toMatch(/^--- (ma|di|wo|do|vr) \d+ \S+ \d{4} ---$/m);
    expect(body('hoorzitting')).toMatch(/>Mr\. [^<]+:</);
    for (const word of ['Criterium', 'Score', 'Tweede lezer']) expect(body('beoordelingsformulier')).toContain(word);
  });

  it('gives public officials and streets given names and surnames that no person of the split carries in any document', () => {
    // eval reads the split as one dossier: an alderman sharing a clerk's first name or surname would blur who is public.
    const stripped = (s: string): string[] => s.split(/ - |-/).map((x) => x.replace(/^(?:\p{Ll}+ )+/u, ''));
    const people = docs.flatMap((d) => d.doc.people) as unknown as { first: string; second: string | null; surname: string }[];
    const personSurnames = people.flatMap((x) => stripped(x.surname));
    expect(personSurnames.length).toBeGreaterThan(150);
    expect(personSurnames.filter((x) => reservedPart(x))).toEqual([]);
    expect(people.flatMap((x) => [x.first, x.second]).filter((x) => x && reservedPart(x))).toEqual([]);
    const reservedLast = fresh4.flatMap((o) => o.last).filter((x) => reservedPart(x));
    const reservedFirst = fresh4.flatMap((o) => o.first).filter((x) => reservedPart(x));
    const officials = docs.flatMap((d) => d.doc.keeps.filter((k) => k.why === 'public official').map((k) => k.text.replace(/ \(.*\)$/, '')));
    expect(officials.length).toBeGreaterThan(20);
    expect(officials.filter((t) => !reservedLast.some((r) => t.endsWith(` ${r}`)))).toEqual([]);
    expect(officials.filter((t) => !reservedFirst.some((r) => t.startsWith(`${r} `)))).toEqual([]);
  });

  it('phrases its guidance in sentence frames that no other split uses', () => {
    const grams = (s: string): string[] => {
      const w = s.toLowerCase().replace(/[^\p{L}\d\s]/gu, ' ').split(/\s+/).filter(Boolean);
      return w.slice(0, -4).map((_, i) => w.slice(i, i + 5).join(' '));
    };
    const rng = makeRng(11);
    const olderGrams = new Set<string>();
    for (let i = 0; i < 400; i++) for (const g of [trainGuidance, testGuidance, freshGuidance, fresh2Guidance, fresh3Guidance]) grams(g(rng)).forEach((x) => olderGrams.add(x));
    const mine = Array.from({ length: 400 }, () => fresh4Guidance(rng) as string);
    expect(mine.flatMap(grams).filter((g) => olderGrams.has(g))).toEqual([]);
    const planned = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'guidance'));
    expect(planned.length).toBeGreaterThan(30);
  });
});
