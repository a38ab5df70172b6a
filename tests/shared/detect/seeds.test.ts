import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/paths';
import { run } from './helpers';

const read = (f: string) => readFileSync(path.join(FIXTURES, 'seeds', f), 'utf8');

describe('real Dutch government texts (tests/fixtures/seeds)', () => {
  it('suggests nothing in a decision letter that only describes what it withholds', () => {
    expect(run(read('wob-besluit-ind-werkinstructies-2021.txt')).suggestions).toEqual([]);
  });
  it('keeps the state secretary who signs a letter to parliament, and the member whose questions it answers', () => {
    const r = run(read('kamerbrief-ind-intrekkingen-2019.txt'));
    expect(r.kept.map((k) => k.text)).toEqual(['Becker', 'A. Broekers-Knol']);
    expect(r.suggestions.filter((s) => s.category === 'name')).toEqual([]);
  });
  it('keeps both ministers who sign side by side', () => {
    const r = run(read('rapportagebrief-internationale-misdrijven-2024-2025.txt'));
    expect(r.kept.map((k) => k.text).sort()).toEqual(['Bart van den Brink', 'D.M. van Weel']);
    expect(r.suggestions.filter((s) => s.category === 'name')).toEqual([]);
  });
  it('suggests the civil servants who sign a covenant on behalf of their organisations', () => {
    const names = run(read('convenant-ind-politie-kmar-2017.txt')).suggestions.filter((s) => s.category === 'name').map((s) => s.text);
    expect(names).toEqual(['mevrouw A. van Dam', 'J.A. van den Berg', 'kolonel M.M. Kersbergen', 'A. van Dam', 'J.A. van den Berg', 'Kolonel M.M. Kersbergen']);
  });
  it('finds no person in a policy note full of organisation names', () => {
    expect(run(read('beslisnota-gegevensdeling-1f.txt')).suggestions).toEqual([]);
  });
});
