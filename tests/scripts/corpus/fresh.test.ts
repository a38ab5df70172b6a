// The fresh held-out split is only honest if it shares no name part with the train and test
// splits and uses origins and templates they do not. No producer is needed for these.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { planFresh } from '../../../scripts/corpus/fresh/generate.mjs';
// @ts-expect-error plain .mjs script without types
import { buildFreshPools } from '../../../scripts/corpus/fresh/names.mjs';
// @ts-expect-error plain .mjs script without types
import { FAMILIES } from '../../../scripts/corpus/families.mjs';
// @ts-expect-error plain .mjs script without types
import { buildPools } from '../../../scripts/corpus/names.mjs';

interface Origin { id: string; first: string[]; last: string[] }
interface Mark { category: string; text: string; origin?: string }
interface Planned { family: string; doc: { marks: Mark[]; keeps: { text: string; why: string }[]; people: unknown[] } }
const words = (parts: string[]): string[] => parts.flatMap((p) => p.split(/[\s-]+/)).map((w) => w.toLowerCase());
const poolWords = (split: string): Set<string> => new Set(words((buildPools(split).origins as Origin[]).flatMap((o) => [...o.first, ...o.last])));

describe('fresh corpus split', () => {
  const fresh = buildFreshPools().origins as Origin[];
  const old = new Set([...poolWords('train'), ...poolWords('test')]);

  it('shares no name part with the train or the test pools', () => {
    const parts = words(fresh.flatMap((o) => [...o.first, ...o.last]));
    expect(parts.length).toBeGreaterThan(1000);
    expect(parts.filter((p) => old.has(p))).toEqual([]);
  });

  it('uses only origins that neither the train nor the test split uses', () => {
    const oldIds = new Set([...buildPools('train').origins, ...buildPools('test').origins].map((o: Origin) => o.id));
    expect(fresh.map((o) => o.id)).toEqual(expect.arrayContaining(['vietnamese', 'czech', 'somali', 'afghan', 'cape-verdean']));
    expect(fresh.filter((o) => oldIds.has(o.id))).toEqual([]);
  });

  it('writes documents whose every name item is made of fresh name parts', () => {
    const docs = planFresh() as Planned[];
    const names = docs.flatMap((d) => d.doc.marks.filter((m) => m.category === 'name'));
    expect(names.length).toBeGreaterThan(50);
    const titles = new Set(['mr', 'mr.', 'mw.', 'dhr.', 'mevrouw', 'de', 'heer', 'van', 'der', 'den', 'ten', 'ter']);
    const leaked = names.flatMap((m) => words([m.text.replace(/[(),.]/g, ' ')]).filter((w) => w.length > 1 && !titles.has(w) && old.has(w)));
    expect(leaked).toEqual([]);
  });

  it('has template families of its own, covering every category, and is deterministic', () => {
    const docs = planFresh() as Planned[];
    const oldFamilies = new Set((FAMILIES as { id: string }[]).map((f) => f.id));
    expect(docs.filter((d) => oldFamilies.has(d.family))).toEqual([]);
    const cats = new Set(docs.flatMap((d) => d.doc.marks.map((m) => m.category)));
    expect([...cats].sort()).toEqual(['email', 'guidance', 'name', 'phone']);
    expect(docs.some((d) => d.doc.keeps.some((k) => k.why === 'public official'))).toBe(true);
    expect(docs.some((d) => d.doc.keeps.some((k) => k.why === 'general number'))).toBe(true);
    const again = planFresh() as Planned[];
    expect(again.map((d) => d.doc.marks)).toEqual(docs.map((d) => d.doc.marks));
  });
});
