// The held-out split is only honest if it shares no name with the train split, and the
// generator only covers Dutch notations if it writes them. No producer is needed for these.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { buildPools } from '../../../scripts/corpus/names.mjs';
// @ts-expect-error plain .mjs script without types
import { formatNumber, makePerson } from '../../../scripts/corpus/people.mjs';
// @ts-expect-error plain .mjs script without types
import { makeRng } from '../../../scripts/corpus/rng.mjs';

interface Origin { id: string; first: string[]; last: string[] }
const parts = (split: string): Set<string> => new Set((buildPools(split).origins as Origin[]).flatMap((o) => [...o.first, ...o.last]));

describe('corpus name pools', () => {
  it('gives the train and the test split no name part in common', () => {
    const train = parts('train');
    const test = parts('test');
    expect(train.size).toBeGreaterThan(1000);
    expect(test.size).toBeGreaterThan(1000);
    expect([...test].filter((p) => train.has(p))).toEqual([]);
  });

  it('holds some origins out of the train split entirely', () => {
    const ids = (split: string): string[] => (buildPools(split).origins as Origin[]).map((o) => o.id);
    for (const held of ['eritrean', 'chinese', 'syrian', 'moluccan']) {
      expect(ids('test')).toContain(held);
      expect(ids('train')).not.toContain(held);
    }
  });

  it('draws the same persons from the same seed', () => {
    const draw = (): string[] => {
      const rng = makeRng(5);
      const pools = buildPools('test');
      const taken = new Set<string>();
      return Array.from({ length: 20 }, () => makePerson(rng, pools, taken).full);
    };
    expect(draw()).toEqual(draw());
  });
});

describe('corpus phone notations', () => {
  const n = { prefix: '070', rest: '3701234', kind: 'geo2' };
  it.each([
    ['spaced', '070 370 12 34'],
    ['dash', '070-3701234'],
    ['paren', '(070) 370 12 34'],
    ['plain', '0703701234'],
    ['intl0', '+31 (0)70 370 1234'],
    ['intl', '+31 70 370 12 34'],
    ['0031', '0031 70 3701234'],
    ['dash-spaced', '070 - 370 12 34'],
  ])('writes %s as %s', (style, expected) => {
    expect(formatNumber(n, style)).toBe(expected);
  });
});
